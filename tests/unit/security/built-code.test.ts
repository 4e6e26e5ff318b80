/**
 * No HTML or code from strings in what ships (README.md, "Security and privacy"): the built
 * JavaScript of both builds is scanned for the sinks that turn a string into markup or code. Our
 * sources never use them (biome: noGlobalEval, noDangerouslySetInnerHtml; the overlay renders the
 * catalog's inline tree, docs/architecture.md, "Choices"). A dependency that has one is listed
 * below with why it is safe and exactly how often it occurs, so a new occurrence, ours or a
 * dependency's, fails.
 *
 * The scan also proves "sends nothing": the bundles contain no network API at all.
 */
import { describe, expect, it } from 'vitest';
import { BUILDS, type BuiltFile, builtFiles } from './built-files';

/** Sinks that parse a string as HTML or as code. */
const SINKS: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: 'innerHTML', pattern: /\binnerHTML\b/g },
  { name: 'outerHTML', pattern: /\bouterHTML\b/g },
  { name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\b/g },
  { name: 'document.write', pattern: /\bdocument\.write(ln)?\b/g },
  { name: 'eval(', pattern: /(?<![\w$.])eval\s*\(/g },
  { name: 'new Function', pattern: /\bnew\s+Function\s*\(/g },
  { name: 'setTimeout/setInterval with a string', pattern: /\bset(Timeout|Interval)\s*\(\s*["'`]/g },
  { name: 'createContextualFragment', pattern: /\bcreateContextualFragment\b/g },
  { name: 'srcdoc', pattern: /\bsrcdoc\b/g },
];

/** APIs that reach the network; Admin Coach makes no requests of its own (docs/architecture.md, "Data flow"). */
const NETWORK: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: 'fetch(', pattern: /(?<![\w$.])fetch\s*\(|\.fetch\s*\(/g },
  { name: 'XMLHttpRequest', pattern: /\bXMLHttpRequest\b/g },
  { name: 'WebSocket', pattern: /\bWebSocket\b/g },
  { name: 'EventSource', pattern: /\bEventSource\b/g },
  { name: 'sendBeacon', pattern: /\bsendBeacon\b/g },
  { name: 'importScripts', pattern: /\bimportScripts\b/g },
];

/**
 * Known dependency occurrences. `file` names the bundle (hashes stripped), `context` must match
 * the minified code around the hit, `count` is exact.
 */
const ALLOWED: ReadonlyArray<{ sink: string; file: RegExp; context: RegExp; count: number; reason: string }> = [
  {
    sink: 'innerHTML',
    file: /^assets\/index\.html-[\w-]+\.js$/,
    context: /__html==\w+\.innerHTML|\.innerHTML=\w+\.__html/,
    count: 2,
    reason:
      "Preact's diff (in the popup bundle) supports dangerouslySetInnerHTML: it reads and writes innerHTML only for a vnode " +
      'that has that prop. No code of ours passes it (biome noDangerouslySetInnerHtml is an error), so it never runs.',
  },
  {
    sink: 'innerHTML',
    file: /^tour-ui\.js$/,
    context: /__html==\w+\.innerHTML|\.innerHTML=\w+\.__html/,
    count: 2,
    reason: 'The same Preact diff, bundled into the tour UI; the overlay renders text nodes from the catalog inline tree only.',
  },
];

interface Hit {
  readonly sink: string;
  readonly file: string;
  readonly context: string;
}

function hitsIn(file: BuiltFile, sinks: typeof SINKS): Hit[] {
  const hits: Hit[] = [];
  for (const { name, pattern } of sinks) {
    for (const match of file.text.matchAll(pattern)) {
      const at = match.index ?? 0;
      hits.push({ sink: name, file: file.path, context: file.text.slice(Math.max(0, at - 60), at + 60) });
    }
  }
  return hits;
}

describe.each(BUILDS)('the %s build', (build) => {
  const files = builtFiles(build, ['.js']);

  it('has no HTML or code sink beyond the allow-listed dependency ones, each exactly as often as listed', () => {
    const hits = files.flatMap((file) => hitsIn(file, SINKS));
    const unexplained = hits.filter(
      (hit) => !ALLOWED.some((entry) => entry.sink === hit.sink && entry.file.test(hit.file) && entry.context.test(hit.context)),
    );
    expect(unexplained, 'a new sink: remove it, or allow-list a dependency occurrence with its reason').toEqual([]);
    for (const entry of ALLOWED) {
      const count = hits.filter((hit) => hit.sink === entry.sink && entry.file.test(hit.file) && entry.context.test(hit.context)).length;
      expect(count, `${entry.sink} in ${entry.file}: ${entry.reason}`).toBe(entry.count);
    }
  });

  it('has no network API (the extension sends nothing anywhere)', () => {
    expect(files.flatMap((file) => hitsIn(file, NETWORK))).toEqual([]);
  });

  it('keeps the always-injected content script free of any sink', () => {
    const detect = files.find((file) => file.path === 'src/content/detect.js');
    expect(detect, 'src/content/detect.js is built').toBeDefined();
    expect(hitsIn(detect as BuiltFile, [...SINKS, ...NETWORK])).toEqual([]);
  });
});

describe('the scanner', () => {
  it('finds each sink in a sample, and not in look-alikes', () => {
    const sample: BuiltFile = {
      path: 'x.js',
      text: 'a.innerHTML=b;a.outerHTML;a.insertAdjacentHTML();document.write(1);eval("1");new Function("x");setTimeout("x",1);fetch(u)',
    };
    expect(hitsIn(sample, SINKS).map((hit) => hit.sink)).toEqual([
      'innerHTML',
      'outerHTML',
      'insertAdjacentHTML',
      'document.write',
      'eval(',
      'new Function',
      'setTimeout/setInterval with a string',
    ]);
    expect(hitsIn(sample, NETWORK).map((hit) => hit.sink)).toEqual(['fetch(']);
    const lookAlikes: BuiltFile = { path: 'y.js', text: 'x.evaluate(1);retrieval(2);prefetch;myFunction(3);innerHTMLish' };
    expect(hitsIn(lookAlikes, [...SINKS, ...NETWORK])).toEqual([]);
  });
});
