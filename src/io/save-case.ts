import { mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Case } from '../model/index.js';
import { caseToFiles } from './case-to-files.js';

const caseFile = /^(proposals\/[^/]+\.md|(positions|estimates)\/[^/]+\.ya?ml)$/;

/** Writes every file into a fresh folder (its subfolders created), nothing else. */
async function writeAll(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  for (const [file, text] of files) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), text, 'utf8');
  }
}

/** Case files already in a folder (proposals, positions and estimates), relative with `/`. */
async function existingCaseFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const folder of ['proposals', 'positions', 'estimates']) {
    const names = await readdir(join(dir, folder)).catch(() => []);
    found.push(...names.map((name) => `${folder}/${name}`).filter((file) => caseFile.test(file)));
  }
  return found;
}

/**
 * Writes a case as a folder (the format of `caseToFiles`), so that a failure leaves nothing half-written.
 * A new folder is written whole next to its target and renamed into place. In an existing folder each file
 * is first written to a temporary folder inside it, and only when all are written and every target folder
 * exists are they renamed over the old ones (a rename within a folder does not fail half-way);
 * proposal and position files the case no longer has are then removed, and other files (a README, `.git`)
 * are left alone. File-system failures throw; the folder then holds the old files.
 * @example await saveCase(c, 'cases/ukraine-2025')
 */
export async function saveCase(c: Case, dir: string): Promise<void> {
  const files = caseToFiles(c);
  const target = await stat(dir).catch(() => undefined);
  if (!target) {
    await mkdir(dirname(dir), { recursive: true });
    const temporary = await mkdtemp(join(dirname(dir), `.${basename(dir)}.parley-`));
    try {
      await writeAll(temporary, files);
      await rename(temporary, dir);
    } catch (error) {
      await rm(temporary, { recursive: true, force: true });
      throw error;
    }
    return;
  }
  if (!target.isDirectory()) throw new Error(`saveCase: '${dir}' is a file, not a folder`);

  const staging = await mkdtemp(join(dir, '.parley-'));
  try {
    await writeAll(staging, files);
    const stale = (await existingCaseFiles(dir)).filter((file) => !files.has(file));
    // Make every target folder before the first rename, so a folder that cannot be made fails the save
    // while the old files are all still in place.
    const folders = [...new Set([...files.keys()].map((file) => dirname(join(dir, file))))];
    for (const folder of folders) {
      const found = await stat(folder).catch(() => undefined);
      if (found && !found.isDirectory())
        throw new Error(`saveCase: '${folder}' is a file where a folder belongs`);
    }
    for (const folder of folders) await mkdir(folder, { recursive: true });
    for (const file of files.keys()) await rename(join(staging, file), join(dir, file));
    for (const file of stale) await rm(join(dir, file));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
