/**
 * The browser finder (scripts/browsers.ts) on faked machines: found by variable, found in
 * place, installed with apt-get, and not installable, which must say what to install.
 */
import { describe, expect, it } from 'vitest';
import { type BrowserHost, BrowserMissingError, chosenBrowsers, ensureBrowsers, findBrowser } from '../../scripts/browsers';

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\n';

/** Files an apt package puts where the finder looks. */
const PACKAGE_FILES: Record<string, string> = { chromium: '/usr/lib/chromium/chromium', 'firefox-esr': '/usr/bin/firefox-esr' };

interface FakeOptions {
  files?: string[];
  env?: Record<string, string>;
  platform?: NodeJS.Platform;
  osRelease?: string;
  root?: boolean;
  sudo?: boolean;
  /** Exit status of apt-get install; 0 puts the packages' files in place. */
  aptStatus?: number;
}

/** A fake machine that records the commands run and the lines logged. */
function fakeHost(options: FakeOptions = {}) {
  const files = new Set(options.files ?? []);
  const commands: string[] = [];
  const lines: string[] = [];
  let clock = 0;
  const host: BrowserHost = {
    env: options.env ?? {},
    platform: options.platform ?? 'linux',
    isExecutable: (path) => files.has(path),
    osRelease: () => options.osRelease,
    isRoot: () => options.root ?? false,
    canSudo: () => options.sudo ?? false,
    run(command, args) {
      commands.push([command, ...args].join(' '));
      clock += 42_000;
      const status = args.includes('install') ? (options.aptStatus ?? 0) : 0;
      if (status === 0 && args.includes('install')) for (const name of args) if (PACKAGE_FILES[name]) files.add(PACKAGE_FILES[name]);
      return status;
    },
    now: () => clock,
    log: (line) => lines.push(line),
  };
  return { host, commands, lines };
}

describe('findBrowser', () => {
  it('takes the variable first, over a browser in a usual place', () => {
    const { host } = fakeHost({ files: ['/opt/my/chromium', '/usr/lib/chromium/chromium'], env: { CHROMIUM_PATH: '/opt/my/chromium' } });
    expect(findBrowser('chromium', host)).toBe('/opt/my/chromium');
  });

  it('refuses a variable that names no executable instead of quietly using another browser', () => {
    const { host } = fakeHost({ files: ['/usr/bin/firefox-esr'], env: { FIREFOX_PATH: '/opt/typo/firefox' } });
    expect(() => findBrowser('firefox', host)).toThrow(/FIREFOX_PATH=\/opt\/typo\/firefox is not an executable/);
  });

  it("prefers Debian's real Chromium binary over the wrapper script", () => {
    const { host } = fakeHost({ files: ['/usr/bin/chromium', '/usr/lib/chromium/chromium'] });
    expect(findBrowser('chromium', host)).toBe('/usr/lib/chromium/chromium');
  });

  it('finds Firefox (not ESR) and the macOS app bundles', () => {
    expect(findBrowser('firefox', fakeHost({ files: ['/usr/bin/firefox'] }).host)).toBe('/usr/bin/firefox');
    const mac = fakeHost({ platform: 'darwin', files: ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Firefox.app/Contents/MacOS/firefox'] }).host;
    expect(findBrowser('chromium', mac)).toBe('/Applications/Chromium.app/Contents/MacOS/Chromium');
    expect(findBrowser('firefox', mac)).toBe('/Applications/Firefox.app/Contents/MacOS/firefox');
  });

  it('finds nothing where nothing is installed', () => {
    expect(findBrowser('chromium', fakeHost().host)).toBeUndefined();
  });
});

describe('ensureBrowsers', () => {
  it('installs nothing when both are there', () => {
    const { host, commands } = fakeHost({ files: ['/usr/lib/chromium/chromium', '/usr/bin/firefox-esr'], osRelease: DEBIAN, root: true });
    expect(ensureBrowsers(['chromium', 'firefox'], host)).toEqual({ chromium: '/usr/lib/chromium/chromium', firefox: '/usr/bin/firefox-esr' });
    expect(commands).toEqual([]);
  });

  it('installs the missing ones with one apt-get as root on Debian, saying so before and after', () => {
    const { host, commands, lines } = fakeHost({ files: [], osRelease: DEBIAN, root: true });
    expect(ensureBrowsers(['chromium', 'firefox'], host)).toEqual({ chromium: '/usr/lib/chromium/chromium', firefox: '/usr/bin/firefox-esr' });
    expect(commands).toEqual(['env DEBIAN_FRONTEND=noninteractive apt-get update -qq', 'env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium firefox-esr']);
    expect(lines[0]).toMatch(/^Installing chromium and firefox-esr with apt-get/);
    expect(lines[1]).toBe('Installed chromium and firefox-esr in 84 s.');
  });

  it('uses sudo -n on Ubuntu when not root, and installs only what is missing', () => {
    const { host, commands } = fakeHost({ files: ['/usr/lib/chromium/chromium'], osRelease: UBUNTU, sudo: true });
    expect(ensureBrowsers(['chromium', 'firefox'], host).firefox).toBe('/usr/bin/firefox-esr');
    expect(commands[1]).toBe('sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr');
  });

  it('asks only for the chosen browsers', () => {
    const { host, commands } = fakeHost({ files: ['/usr/bin/firefox-esr'], osRelease: FEDORA });
    expect(ensureBrowsers(['firefox'], host)).toEqual({ firefox: '/usr/bin/firefox-esr' });
    expect(commands).toEqual([]);
  });

  it('without root or sudo: one message naming the browser, its package, its download and its variable', () => {
    const { host, commands } = fakeHost({ files: ['/usr/bin/firefox-esr'], osRelease: DEBIAN });
    const error = (() => {
      try {
        ensureBrowsers(['chromium', 'firefox'], host);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(BrowserMissingError);
    const message = (error as Error).message;
    expect(message).toContain('Chromium was not found (installing it needs root or password-less sudo)');
    expect(message).toContain('sudo apt-get install chromium');
    expect(message).toContain('https://www.chromium.org/');
    expect(message).toContain('CHROMIUM_PATH=');
    expect(message).toContain('ADMIN_COACH_BROWSERS=firefox');
    expect(commands).toEqual([]);
  });

  it('off Debian and Ubuntu: the message instead of an install', () => {
    const { host, commands } = fakeHost({ osRelease: FEDORA, root: true });
    expect(() => ensureBrowsers(['firefox'], host)).toThrow(/Firefox was not found \(this is not Debian or Ubuntu.*FIREFOX_PATH=/);
    expect(commands).toEqual([]);
    expect(() => ensureBrowsers(['chromium'], fakeHost({ platform: 'darwin' }).host)).toThrow(/Chromium was not found/);
  });

  it('a failed apt-get is reported with its status', () => {
    const { host } = fakeHost({ osRelease: DEBIAN, root: true, aptStatus: 100 });
    expect(() => ensureBrowsers(['chromium'], host)).toThrow(/Chromium was not found \(apt-get exited with status 100\)/);
  });
});

describe('chosenBrowsers', () => {
  it('is both unless ADMIN_COACH_BROWSERS chooses, and refuses unknown names', () => {
    expect(chosenBrowsers({})).toEqual(['chromium', 'firefox']);
    expect(chosenBrowsers({ ADMIN_COACH_BROWSERS: 'firefox' })).toEqual(['firefox']);
    expect(() => chosenBrowsers({ ADMIN_COACH_BROWSERS: 'chrome' })).toThrow(/ADMIN_COACH_BROWSERS=chrome: expected/);
  });
});
