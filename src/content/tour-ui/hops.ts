/**
 * When each hop of the tour's first coach mark happened (ms since the epoch, see
 * src/messaging/tour-ui-payload.ts MessageHops): those carried in the messages and the tour
 * UI's own (started, body ready, first coach mark placed). Kept in a global of the isolated
 * world, invisible to the page, where the benchmark reads them (bench/figures/first-mark.ts);
 * the first time of each hop counts.
 */
export type Hops = Record<string, number>;

const KEY = Symbol.for('admin-coach.hops');

/** This world's hop record. */
export function hops(): Hops {
  const slot = globalThis as { [KEY]?: Hops };
  slot[KEY] ??= {};
  return slot[KEY];
}

/** Records when `hop` first happened (later times of the same hop are ignored). */
export function recordHop(hop: string, at: number): void {
  const record = hops();
  if (!(hop in record) && Number.isFinite(at) && at > 0) record[hop] = at;
}
