/** What an effect returns: its cleanup, or nothing. */
export type EffectCleanup = (() => void) | undefined;

/**
 * A layout effect for a Preact class component, called from `componentDidMount` and
 * `componentDidUpdate`: {@link KeyedEffect.run} runs `effect` again, after the last run's
 * cleanup, only when one of its keys changed (compared with `Object.is`), as `useLayoutEffect`
 * does with those dependencies; {@link KeyedEffect.stop} cleans up on unmount. The tour UI's
 * components are classes so that it carries no hooks runtime (docs/architecture.md, "Choices").
 */
export class KeyedEffect {
  #keys: readonly unknown[] | null = null;
  #cleanup: EffectCleanup;

  /** Runs `effect` when `keys` differ from the last run's (always on the first run). */
  run(keys: readonly unknown[], effect: () => EffectCleanup): void {
    const last = this.#keys;
    if (last && last.length === keys.length && keys.every((key, at) => Object.is(key, last[at]))) return;
    this.stop();
    this.#keys = keys;
    this.#cleanup = effect();
  }

  /** Calls the last run's cleanup, if any; the next run runs the effect whatever its keys. Idempotent. */
  stop(): void {
    const cleanup = this.#cleanup;
    this.#cleanup = undefined;
    this.#keys = null;
    cleanup?.();
  }
}
