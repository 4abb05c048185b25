// Whether dist/ (the CLI compiled ahead of time by build-cli.js) still matches src/. Shared by the build
// and by bin/parley.js, which runs the sources through tsx instead whenever dist/ is missing or stale, so an
// edited source is never shadowed by an old build. Each function takes the project's root, so that tests
// can judge a scratch project.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));
/** The newest source time the build in dist/ was made from (newestSource() when it started). */
export const stampFile = (root = projectRoot) => join(root, 'dist', '.built-from');
/** Which sources each command was built from (scripts/cli-sources.js), as paths from the project root. */
export const commandSourcesFile = (root = projectRoot) => join(root, 'dist', 'cli', 'sources.json');

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
export function builtFrom(root = projectRoot) {
  if (!existsSync(stampFile(root))) return -1;
  return Number(readFileSync(stampFile(root), 'utf8')) || -1;
}

/**
 * Whether dist/ is current for `parley <command>`: no source its modules were built from (commandSourcesFile)
 * changed or went missing since the build. A few dozen stats instead of newestSource()'s walk of all of src/
 * (a tenth of `parley check`'s start): a source the command does not load cannot make its run stale, and a
 * file it starts to load is named by an edit to one it loaded. Anything not listed (no command, an unknown
 * one, a build without the lists) is judged by the walk.
 */
export function isBuiltFor(command, root = projectRoot) {
  const built = builtFrom(root);
  if (built < 0) return false;
  const listFile = commandSourcesFile(root);
  const lists = existsSync(listFile) ? JSON.parse(readFileSync(listFile, 'utf8')) : {};
  if (command === undefined || !Object.hasOwn(lists, command))
    return built >= newestSource(join(root, 'src'));
  return lists[command].every((source) => {
    const stats = statSync(join(root, source), { throwIfNoEntry: false });
    return stats !== undefined && stats.mtimeMs <= built;
  });
}
