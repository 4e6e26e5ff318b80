/**
 * Finds the browsers the end-to-end tests, `npm start` and the benchmark drive, and installs
 * them where the project can: one place for "which Chromium, which Firefox", used by
 * tests/e2e/global-setup.ts, the harness launchers, scripts/start.ts, bench/ and `.ci/run`
 * (through scripts/ensure-browsers.ts).
 *
 * Order of search for each browser: its variable (`CHROMIUM_PATH`, `FIREFOX_PATH`), then the
 * usual install places (Debian/Ubuntu packages, snaps, macOS app bundles). When one is missing
 * on Debian or Ubuntu and the user is root (or `sudo -n` works), it is installed with
 * `apt-get` (packages `chromium`, `firefox-esr`), one line before and one after. Anywhere else
 * the caller gets a {@link BrowserMissingError} saying which browser, which package or download
 * gives it, and which variable to set.
 *
 * Branded Google Chrome is not searched for: since Chrome 137 it ignores `--load-extension`,
 * so it cannot load the unpacked build from the command line; Chromium and Chrome for Testing
 * still can (Chrome Enterprise release notes, https://support.google.com/chrome/a/answer/7679408,
 * "Chrome 137").
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';

/** The browsers the project drives. */
export type BrowserName = 'chromium' | 'firefox';

/** Every browser the project drives, in the order the tests run them. */
export const BROWSER_NAMES: readonly BrowserName[] = ['chromium', 'firefox'];

/** What the finder knows of one browser: where to look and what installs it. */
interface BrowserSpec {
  /** Shown in messages. */
  readonly label: string;
  /** The variable that names the binary, checked first. */
  readonly variable: 'CHROMIUM_PATH' | 'FIREFOX_PATH';
  /** Debian's package (apt-get install). */
  readonly aptPackage: string;
  /** Install places on Linux, best first: the real binary before a wrapper script. */
  readonly linux: readonly string[];
  /** Install places on macOS. */
  readonly darwin: readonly string[];
  /** Where to get it elsewhere. */
  readonly download: string;
}

const SPECS: Readonly<Record<BrowserName, BrowserSpec>> = {
  chromium: {
    label: 'Chromium',
    variable: 'CHROMIUM_PATH',
    aptPackage: 'chromium',
    linux: [
      // Debian's real binary; /usr/bin/chromium is a wrapper that adds flags of its own.
      '/usr/lib/chromium/chromium',
      '/usr/lib/chromium-browser/chromium-browser',
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/snap/bin/chromium',
    ],
    darwin: ['/Applications/Chromium.app/Contents/MacOS/Chromium'],
    download: 'a Chromium build from https://www.chromium.org/getting-involved/download-chromium/',
  },
  firefox: {
    label: 'Firefox',
    variable: 'FIREFOX_PATH',
    aptPackage: 'firefox-esr',
    linux: ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox/firefox', '/snap/bin/firefox'],
    darwin: ['/Applications/Firefox.app/Contents/MacOS/firefox', '/Applications/Firefox ESR.app/Contents/MacOS/firefox'],
    download: 'Firefox or Firefox ESR from https://www.mozilla.org/firefox/enterprise/',
  },
};

/** What the finder may ask of the machine; faked in its unit test. */
export interface BrowserHost {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** `process.platform`. */
  readonly platform: NodeJS.Platform;
  /** True when `path` exists and may be executed. */
  isExecutable(path: string): boolean;
  /** The text of /etc/os-release, or undefined where there is none. */
  osRelease(): string | undefined;
  /** True when running as root. */
  isRoot(): boolean;
  /** True when `sudo -n true` succeeds (sudo without a password prompt). */
  canSudo(): boolean;
  /** Runs a command with inherited output; resolves its exit status. */
  run(command: string, args: readonly string[]): number;
  /** Milliseconds since some fixed point (for "took N s"). */
  now(): number;
  /** Prints one line to the user. */
  log(line: string): void;
}

/** A browser that is neither found nor installable here; `message` says what to do. */
export class BrowserMissingError extends Error {
  constructor(
    readonly browser: BrowserName,
    message: string,
  ) {
    super(message);
    this.name = 'BrowserMissingError';
  }
}

/**
 * Where `name` is installed, or undefined.
 * @throws BrowserMissingError when its variable names a file that is not an executable (a typo
 *   must not silently fall back to another browser).
 */
export function findBrowser(name: BrowserName, host: BrowserHost): string | undefined {
  const spec = SPECS[name];
  const fromVariable = host.env[spec.variable];
  if (fromVariable) {
    if (host.isExecutable(fromVariable)) return fromVariable;
    throw new BrowserMissingError(name, `${spec.variable}=${fromVariable} is not an executable file: point it at ${spec.label}, or unset it.`);
  }
  const places = host.platform === 'darwin' ? spec.darwin : host.platform === 'linux' ? spec.linux : [];
  return places.find((path) => host.isExecutable(path));
}

/** True on Debian, Ubuntu and their derivatives (os-release `ID` or `ID_LIKE`, freedesktop.org's os-release spec). */
function isDebianLike(osRelease: string | undefined): boolean {
  if (!osRelease) return false;
  const ids = [...osRelease.matchAll(/^(?:ID|ID_LIKE)=(.*)$/gm)].flatMap((match) => (match[1] ?? '').replace(/["']/g, '').split(/\s+/));
  return ids.some((id) => id === 'debian' || id === 'ubuntu');
}

/** The message for a browser that cannot be had here. */
function missingMessage(name: BrowserName, host: BrowserHost, why: string): string {
  const spec = SPECS[name];
  const others = BROWSER_NAMES.filter((other) => other !== name).join(',');
  return [
    `${spec.label} was not found (${why}).`,
    `Install it: on Debian or Ubuntu \`sudo apt-get install ${spec.aptPackage}\`, elsewhere ${spec.download};`,
    `then set ${spec.variable}=/path/to/its/binary if it is not in a usual place.`,
    host.env.ADMIN_COACH_BROWSERS ? '' : `Or run the end-to-end tests in the other browser only: ADMIN_COACH_BROWSERS=${others}.`,
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * Finds each browser in `names`, installing the missing ones with apt-get where it can (one
 * `apt-get install` for all of them). Returns each browser's binary path.
 * @throws BrowserMissingError naming the first browser that is missing and cannot be installed
 *   here, or whose installation failed.
 */
export function ensureBrowsers(names: readonly BrowserName[], host: BrowserHost): Record<BrowserName, string> {
  const found: Partial<Record<BrowserName, string>> = {};
  const missing: BrowserName[] = [];
  for (const name of names) {
    const path = findBrowser(name, host);
    if (path) found[name] = path;
    else missing.push(name);
  }
  const [first] = missing;
  if (first) {
    if (!isDebianLike(host.osRelease())) throw new BrowserMissingError(first, missingMessage(first, host, 'this is not Debian or Ubuntu, so it is not installed for you'));
    const root = host.isRoot();
    if (!root && !host.canSudo()) throw new BrowserMissingError(first, missingMessage(first, host, 'installing it needs root or password-less sudo'));
    const packages = missing.map((name) => SPECS[name].aptPackage);
    // `env` sets DEBIAN_FRONTEND for apt-get alone, under sudo too (sudo drops the caller's variables).
    const aptGet = (...args: string[]) => host.run(root ? 'env' : 'sudo', [...(root ? [] : ['-n', 'env']), 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args]);
    host.log(`Installing ${packages.join(' and ')} with apt-get (not found: ${missing.map((name) => SPECS[name].label).join(', ')})…`);
    const started = host.now();
    const update = aptGet('update', '-qq');
    const install = update === 0 ? aptGet('install', '-y', '-qq', ...packages) : update;
    if (install !== 0) throw new BrowserMissingError(first, missingMessage(first, host, `apt-get exited with status ${install}`));
    for (const name of missing) {
      const path = findBrowser(name, host);
      if (!path) throw new BrowserMissingError(name, missingMessage(name, host, `apt-get installed ${SPECS[name].aptPackage}, yet no binary is in a usual place`));
      found[name] = path;
    }
    host.log(`Installed ${packages.join(' and ')} in ${Math.round((host.now() - started) / 1000)} s.`);
  }
  return found as Record<BrowserName, string>;
}

/** The real machine, for {@link ensureBrowsers} and {@link findBrowser}. */
export const SYSTEM_HOST: BrowserHost = {
  env: process.env,
  platform: process.platform,
  isExecutable(path) {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  },
  osRelease() {
    try {
      return readFileSync('/etc/os-release', 'utf8');
    } catch {
      return undefined;
    }
  },
  isRoot: () => process.getuid?.() === 0,
  canSudo: () => spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0,
  run: (command, args) => spawnSync(command, [...args], { stdio: ['ignore', 'inherit', 'inherit'] }).status ?? 1,
  now: () => Date.now(),
  log: (line) => console.log(line),
};

/**
 * The browsers this run uses: `ADMIN_COACH_BROWSERS` (comma-separated names) when the user
 * chose, else both.
 * @throws Error naming an unknown browser in the variable.
 */
export function chosenBrowsers(env: Readonly<Record<string, string | undefined>> = process.env): readonly BrowserName[] {
  const chosen = env.ADMIN_COACH_BROWSERS;
  if (!chosen) return BROWSER_NAMES;
  const names = chosen.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !BROWSER_NAMES.includes(name as BrowserName));
  if (unknown.length > 0 || names.length === 0) throw new Error(`ADMIN_COACH_BROWSERS=${chosen}: expected a comma-separated list of ${BROWSER_NAMES.join(', ')}`);
  return names as BrowserName[];
}

/**
 * The binary of one browser on this machine, installing it when missing where the project can.
 * @throws BrowserMissingError as {@link ensureBrowsers}.
 */
export function browserPath(name: BrowserName): string {
  return ensureBrowsers([name], SYSTEM_HOST)[name];
}
