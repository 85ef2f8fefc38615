/** `npm start`: builds the web app when its sources are newer than the build, then serves. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from './main';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function webBuildIsCurrent(): boolean {
  const built = path.join(root, 'dist/web/index.html');
  if (!existsSync(built)) return false;
  const sources = Math.max(
    newestChange(path.join(root, 'src/web')),
    newestChange(path.join(root, 'src/contracts')),
  );
  return statSync(built).mtimeMs >= sources;
}

if (!webBuildIsCurrent()) {
  process.stdout.write('Building the web app…\n');
  const result = spawnSync('npx', ['vite', 'build', '--config', 'vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
await main();
