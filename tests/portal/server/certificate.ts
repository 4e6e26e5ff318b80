/**
 * A self-signed TLS certificate for every replica host, made at start with `selfsigned` (v5:
 * async, WebCrypto based). Browsers accept it with `--ignore-certificate-errors` (Chromium) or
 * `acceptInsecureCerts` (Firefox).
 */
import { generate } from 'selfsigned';

/** PEM key and certificate for `https.createServer`. */
export interface TlsMaterial {
  key: string;
  cert: string;
}

/**
 * Makes a key pair and a certificate valid for one day with every host as a DNS SAN, plus
 * 127.0.0.1 and ::1. Takes well under a second.
 * @param hosts DNS names; the first is the common name.
 */
export async function makeCertificate(hosts: readonly string[]): Promise<TlsMaterial> {
  const notBeforeDate = new Date(Date.now() - 60_000);
  const notAfterDate = new Date(notBeforeDate.getTime() + 24 * 3600_000);
  const pems = await generate([{ name: 'commonName', value: hosts[0] ?? 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [...hosts.map((value) => ({ type: 2 as const, value })), { type: 7, ip: '127.0.0.1' }, { type: 7, ip: '::1' }],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}
