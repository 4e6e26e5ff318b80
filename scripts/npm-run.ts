import { spawnSync } from 'node:child_process';

/**
 * Runs `npm run <script>` in the foreground with its output shown, for the scripts that
 * chain others (start.ts, package.ts): a child process keeps each build's environment
 * (ADMIN_COACH_TARGET, Vite's config) apart from the caller's.
 * @throws naming the script when it exits non-zero or cannot be started.
 */
export function npmRun(script: string): void {
  console.log(`> npm run ${script}`);
  const result = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' });
  if (result.error) throw new Error(`\`npm run ${script}\` could not start: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`\`npm run ${script}\` failed (exit ${result.status ?? result.signal})`);
}
