import { readFile, stat } from 'node:fs/promises';
import { readDocument } from '../documents/index.js';
import type { DocumentRead } from '../documents/index.js';
import { formatMegabytes } from './file-limits.js';

/** The largest document Parley reads: a 300-page PDF with its fonts stays far below it. */
export const maxDocumentBytes = 50 * 1024 * 1024;

/**
 * Reads a document file (.docx, .pdf, .html, .txt, .md, told apart by content) into its plain text, or the
 * one-line reason it cannot, prefixed with the file: `plan.pdf: this PDF has no text layer …`. The file
 * must exist and be at most 50 MB.
 * @example await readDocumentFile('plan.docx') // { ok: true, value: { format: 'docx', source: '1. …' } }
 */
export async function readDocumentFile(file: string): Promise<DocumentRead> {
  const fail = (what: string): DocumentRead => ({ ok: false, message: `${file}: ${what}` });
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error)
    return fail(
      info.code === 'ENOENT'
        ? 'no such file (give a .docx, .pdf, .html, .txt or .md file)'
        : `cannot be read (${info.code ?? info.message})`,
    );
  if (info.isDirectory())
    return fail('is a folder, not a file (give a .docx, .pdf, .html, .txt or .md file)');
  if (info.size > maxDocumentBytes)
    return fail(
      `is ${formatMegabytes(info.size)} MB, over the ${formatMegabytes(maxDocumentBytes)} MB limit for a document`,
    );
  const read = await readDocument(new Uint8Array(await readFile(file)), file);
  return read.ok ? read : fail(read.message);
}
