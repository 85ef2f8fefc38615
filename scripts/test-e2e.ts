/** Builds the web app, then runs the Playwright specs against a server on a fresh database. */
import { spawnSync } from 'node:child_process';

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  });
  return result.status ?? 1;
}

const built = run('npx', ['vite', 'build', '--config', 'vite.config.ts', '--logLevel', 'warn']);
process.exit(built !== 0 ? built : run('npx', ['playwright', 'test', ...process.argv.slice(2)]));
