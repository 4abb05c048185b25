import { readFile, stat } from 'node:fs/promises';
import { formatMegabytes, maxCaseFileBytes } from './file-limits.js';

/** A file's text, or the one-line reason it cannot be read, already prefixed with the file: `x.md: …`. */
export type TextFileOutcome = { ok: true; text: string } | { ok: false; message: string };

/**
 * Reads a proposal given as a loose file (`parley segment x.md`, `parley compare a.txt b.txt`): it must
 * exist, be a file of at most 10 MB (as a case file), contain no NUL bytes and be UTF-8. A byte-order mark
 * is kept, so offsets count every character of the file. `usage` completes the messages: what to give instead.
 * @example await readTextFile('nope.md', 'give a .md or .txt file') // { ok: false, message: "nope.md: no such file (…)" }
 */
export async function readTextFile(file: string, usage: string): Promise<TextFileOutcome> {
  const fail = (what: string): TextFileOutcome => ({ ok: false, message: `${file}: ${what}` });
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error)
    return fail(
      info.code === 'ENOENT' ? `no such file (${usage})` : `cannot be read (${info.code ?? info.message})`,
    );
  if (info.isDirectory()) return fail(`is a folder, not a file (${usage})`);
  // The same limit as for a case folder's files: a proposal is text, and 10 MB is far beyond any treaty.
  if (info.size > maxCaseFileBytes)
    return fail(
      `is ${formatMegabytes(info.size)} MB, over the ${formatMegabytes(maxCaseFileBytes)} MB limit for a proposal`,
    );
  const bytes = await readFile(file);
  if (bytes.includes(0))
    return fail('looks binary (it contains NUL bytes); Parley reads plain text or Markdown');
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return fail('is not UTF-8 text; save it as UTF-8 and try again');
  }
}
