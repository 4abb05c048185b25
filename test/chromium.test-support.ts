// The Chromium that the browser tests, the PDF printer of the document tests and the screenshot script drive.
// No machine path is written down: PARLEY_CHROMIUM names the executable, or else the first `chromium`
// (Debian's package, which CI installs) or `chromium-browser` found on PATH is used.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The names looked up on PATH, in order. */
const chromiumNames = ['chromium', 'chromium-browser'];

/** Whether `path` is a file this process may execute. */
function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The Chromium executable to drive: `PARLEY_CHROMIUM` when it is set (and names an executable file), else
 * the first of `chromium`, `chromium-browser` on `PATH`; undefined when there is none. Reads the
 * environment when called.
 * @example findChromium({ PATH: '/opt/bin' }) // '/opt/bin/chromium' when that file is executable
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const named = env.PARLEY_CHROMIUM;
  if (named) return isExecutable(named) ? named : undefined;
  const folders = (env.PATH ?? '').split(delimiter).filter((folder) => folder !== '');
  for (const name of chromiumNames)
    for (const folder of folders) if (isExecutable(join(folder, name))) return join(folder, name);
  return undefined;
}

/** Whether a Chromium can be found (`findChromium`); browser suites run only then. */
export const hasChromium = (env: NodeJS.ProcessEnv = process.env): boolean => findChromium(env) !== undefined;

/**
 * Why no Chromium was found, and what to do, in one line (for a skip line or an error).
 * @example chromiumMissing({}) // 'no Chromium: no chromium or chromium-browser on PATH; install it (Debian: apt-get install chromium) or set PARLEY_CHROMIUM to its executable'
 */
export function chromiumMissing(env: NodeJS.ProcessEnv = process.env): string {
  const named = env.PARLEY_CHROMIUM;
  if (named) return `no Chromium: PARLEY_CHROMIUM is '${named}', which is not an executable file`;
  return `no Chromium: no ${chromiumNames.join(' or ')} on PATH; install it (Debian: apt-get install chromium) or set PARLEY_CHROMIUM to its executable`;
}

/** The Chromium executable (`findChromium`), or an error saying why there is none and what to do. */
export function requireChromium(env: NodeJS.ProcessEnv = process.env): string {
  const path = findChromium(env);
  if (path === undefined) throw new Error(chromiumMissing(env));
  return path;
}
