// Whether dist/ (the CLI compiled ahead of time by build-cli.js) still matches src/. Shared by the build
// and by bin/parley.js, which runs the sources through tsx instead whenever dist/ is missing or stale, so an
// edited source is never shadowed by an old build.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));
export const stampFile = join(projectRoot, 'dist', '.built-from');

/** The newest modification time (ms) of anything under src/, folders included (a deleted file touches its folder). */
export function newestSource(folder = join(projectRoot, 'src')) {
  let newest = statSync(folder).mtimeMs;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** The source time dist/ was built from, or -1 when there is no build. */
export function builtFrom() {
  if (!existsSync(stampFile)) return -1;
  return Number(readFileSync(stampFile, 'utf8')) || -1;
}
