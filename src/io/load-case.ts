import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Case, CaseError, Result } from '../model/index.js';
import { caseFromFiles, notACase } from './case-from-files.js';
import { formatMegabytes, maxCaseFileBytes } from './file-limits.js';

export { formatMegabytes, maxCaseFileBytes };

/** The case files of a folder, relative with `/`: case.yaml, proposals/*.md, positions/*.yaml, estimates/*.yaml. */
async function listCaseFiles(dir: string): Promise<string[]> {
  const inFolder = async (folder: string, extension: RegExp): Promise<string[]> => {
    const entries = await readdir(join(dir, folder), { withFileTypes: true }).catch(() => []);
    return entries.filter((e) => e.isFile() && extension.test(e.name)).map((e) => `${folder}/${e.name}`);
  };
  return [
    'case.yaml',
    ...(await inFolder('proposals', /\.md$/)),
    ...(await inFolder('positions', /\.ya?ml$/)),
    ...(await inFolder('estimates', /\.ya?ml$/)),
  ];
}

/** Reads one file as UTF-8 text, or says why it cannot be a case file: too large, binary, unreadable. */
async function readCaseFile(dir: string, file: string): Promise<string | CaseError> {
  const path = join(dir, file);
  try {
    const { size } = await stat(path);
    if (size > maxCaseFileBytes) {
      return {
        file,
        line: 0,
        code: 'file_too_large',
        message: `the file is ${formatMegabytes(size)} MB, over the ${formatMegabytes(maxCaseFileBytes)} MB limit for a case file`,
      };
    }
    const bytes = await readFile(path);
    if (bytes.includes(0))
      return {
        file,
        line: 0,
        code: 'binary_file',
        message: 'this is a binary file, not text: case files are UTF-8 YAML or Markdown',
      };
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    if (error instanceof TypeError)
      return { file, line: 0, code: 'binary_file', message: 'the file is not UTF-8 text: save it as UTF-8' };
    const reason = (error as NodeJS.ErrnoException).code ?? 'an unknown reason';
    return { file, line: 0, code: 'unreadable_file', message: `the file cannot be read (${reason})` };
  }
}

/**
 * Reads a case folder (DESIGN.md, the case folder): `case.yaml`, `proposals/*.md`, `positions/*.yaml`.
 * Every mistake of every file comes back with its file (relative to the folder) and line; a folder that does
 * not exist, is a file, or has no `case.yaml` is a `not_a_case` error naming the path as given. A file over
 * 10 MB is refused before it is read. Nothing is ever written.
 * @example await loadCase('cases/ukraine-2025') // { ok: true, value: { id: 'ukraine-2025', … } }
 */
export async function loadCase(dir: string): Promise<Result<Case>> {
  const folder = await stat(dir).catch(() => undefined);
  if (!folder) return notACase(dir, 'no such folder: expected a case folder holding case.yaml');
  if (!folder.isDirectory())
    return notACase(dir, 'this is a file, not a case folder: pass the folder that holds case.yaml');
  const caseYaml = await stat(join(dir, 'case.yaml')).catch(() => undefined);
  if (!caseYaml?.isFile())
    return notACase(
      'case.yaml',
      `missing in '${dir}': a case folder holds case.yaml, proposals/<id>.md and positions/<party>.yaml`,
    );

  const files = new Map<string, string>();
  const unreadable: CaseError[] = [];
  for (const file of await listCaseFiles(dir)) {
    const read = await readCaseFile(dir, file);
    if (typeof read === 'string') files.set(file, read);
    else unreadable.push(read);
  }
  return caseFromFiles(files, unreadable);
}
