/**
 * The replica's HTTPS server: serves the built replica (`dist/portal`, `npm run portal:build`)
 * for every admin-center host, a My account page, the fwlink redirector, a product-key page,
 * and a plain page for any other host, each response under a strict Content-Security-Policy.
 * The Host header decides what is served; the app itself reads its cloud from the host name.
 *
 * Run directly: `npm run portal:serve [-- --port 8443]` prints the URL.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { makeCertificate } from './server/certificate';
import { classifyRequest, fwlinkTarget, hostName, PORTAL_HOSTS } from './server/hosts';
import { myAccountPage, notFoundPage, plainPage, productKeyPage } from './server/pages';

export { ADMIN_HOSTS, PORTAL_HOSTS } from './server/hosts';

/** The CSP of every response: no inline script, no eval; Fluent injects styles at runtime. */
export const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'";

/** Options of `startPortalServer`. */
export interface PortalServerOptions {
  /** TCP port; 0 or absent: a free port. Firefox (network.dns.localDomains) needs 443. */
  port?: number;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** Directory of the built replica; default `<repo>/dist/portal`. */
  root?: string;
}

/** A running server. */
export interface PortalServer {
  /** The port it listens on. */
  port: number;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

const here = dirname(fileURLToPath(import.meta.url));
const DEFAULT_ROOT = join(here, '../../dist/portal');

const TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff': 'font/woff',
  '.html': 'text/html; charset=utf-8',
  '.map': 'application/json',
};

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(body);
}

async function serveFile(res: ServerResponse, root: string, urlPath: string): Promise<void> {
  const file = normalize(join(root, decodeURIComponent(urlPath)));
  if (!file.startsWith(root + sep)) return send(res, 404, 'text/html; charset=utf-8', notFoundPage(urlPath));
  try {
    send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
  } catch {
    send(res, 404, 'text/html; charset=utf-8', notFoundPage(urlPath));
  }
}

async function handle(req: IncomingMessage, res: ServerResponse, root: string): Promise<void> {
  const host = hostName(req.headers.host);
  const url = new URL(req.url ?? '/', 'https://replica.invalid');
  const html = 'text/html; charset=utf-8';
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed', { Allow: 'GET, HEAD' });
  if (url.pathname === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
  const request = classifyRequest(host, url.pathname);
  switch (request.kind) {
    case 'admin-app':
      try {
        return send(res, 200, html, await readFile(join(root, 'index.html')));
      } catch {
        return send(res, 500, 'text/plain; charset=utf-8', `The replica is not built: run \`npm run portal:build\` (looked in ${root}).`);
      }
    case 'admin-asset':
      return serveFile(res, root, request.path);
    case 'my-account':
      return send(res, 200, html, myAccountPage());
    case 'product-key':
      return send(res, 200, html, productKeyPage(url.searchParams.get('key')));
    case 'fwlink': {
      let target = fwlinkTarget(url.searchParams.get('linkid') ?? url.searchParams.get('LinkId') ?? '');
      // Off port 443 (development), the redirect keeps the port the request came in on.
      const port = /:(\d+)$/.exec(req.headers.host ?? '')?.[1];
      if (target && port && port !== '443') target = target.replace(/^(https:\/\/[^/]+)/, `$1:${port}`);
      return target ? send(res, 302, 'text/plain', '', { Location: target }) : send(res, 200, html, plainPage(host));
    }
    case 'plain':
      return send(res, 200, html, plainPage(host));
    default:
      return send(res, 404, html, notFoundPage(url.pathname));
  }
}

/**
 * Starts the server with a fresh self-signed certificate for `PORTAL_HOSTS`.
 * @throws when the port cannot be bound (e.g. 443 without privileges, or in use).
 */
export async function startPortalServer(options: PortalServerOptions = {}): Promise<PortalServer> {
  const root = normalize(options.root ?? DEFAULT_ROOT);
  const tls = await makeCertificate(PORTAL_HOSTS);
  const server: Server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    handle(req, res, root).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain', String(error));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function main(): Promise<void> {
  const portArg = process.argv.indexOf('--port');
  const port = Number(portArg > 0 ? process.argv[portArg + 1] : (process.env.PORT ?? 8443));
  const server = await startPortalServer({ port });
  const rules = PORTAL_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${server.port}`).join(', ');
  console.log(`Replica admin center: https://localhost:${server.port}/Adminportal/Home#/homepage`);
  console.log(`Chromium: --ignore-certificate-errors --host-resolver-rules="${rules}"`);
  console.log(`then https://admin.microsoft.com/Adminportal/Home#/homepage (Germany: https://portal.office.de/adminportal/home)`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
