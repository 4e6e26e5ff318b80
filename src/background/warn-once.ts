const warned = new Set<string>();

/**
 * Logs a dropped message or ignored value once per kind per background lifetime, so a
 * hostile or broken sender cannot flood the console
 * (docs/architecture.md, "Messages": anything that does not parse is dropped).
 */
export function warnOnce(kind: string, detail: string): void {
  if (warned.has(kind)) return;
  warned.add(kind);
  console.warn(`Admin Coach: ${kind}: ${detail}`);
}
