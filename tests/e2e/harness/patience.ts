/**
 * How long an end-to-end wait waits for its condition before it fails, in milliseconds.
 *
 * Every wait in the harness polls for a condition and returns as soon as it holds, so a long
 * limit costs a passing test nothing; it only decides how slow a machine may be before a test
 * fails. 10 s was too short beside another CPU-heavy job on two cores (a route change and a
 * reactivation took longer to show there), so the default is 30 s.
 * `ADMIN_COACH_E2E_WAIT_MS` sets another limit (a positive whole number of milliseconds).
 *
 * @throws at import when `ADMIN_COACH_E2E_WAIT_MS` is set but not a positive whole number.
 */
export const PATIENCE_MS: number = patienceFrom(process.env.ADMIN_COACH_E2E_WAIT_MS);

function patienceFrom(value: string | undefined): number {
  if (value === undefined || value === '') return 30_000;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms <= 0) throw new Error(`ADMIN_COACH_E2E_WAIT_MS must be a positive whole number of milliseconds, not ${JSON.stringify(value)}`);
  return ms;
}
