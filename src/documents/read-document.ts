import type { DocumentFormat, DocumentRead } from './document-text.js';
import { readDocx } from './read-docx.js';
import { readHtml } from './read-html.js';
import { readPdf } from './read-pdf.js';

/** What a file's bytes are, by content: a format Parley reads, or the one reason it cannot read them. */
export type SniffedFormat = { ok: true; format: DocumentFormat } | { ok: false; message: string };

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  signature.every((byte, i) => bytes[at + i] === byte);
const latin1 = new TextDecoder('latin1');
const htmlStart =
  /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<(?:p|div|ol|ul|h[1-6]|table|meta|title)[\s>])/i;

/**
 * Tells a document's format from its first bytes, not its name: `%PDF-` (within the first KB) is a PDF, a
 * zip is a Word document (checked further when read), text that opens with an HTML element is HTML, other
 * UTF-8 text is text (`.txt`, `.md`). Refused with what to do: a legacy or password-protected Word file
 * (an OLE container), RTF, images, and other binary files. `name` only breaks a tie: HTML named `.md`/`.txt`
 * is read as text.
 * @example sniffFormat(new TextEncoder().encode('%PDF-1.7…')) // { ok: true, format: 'pdf' }
 */
export function sniffFormat(bytes: Uint8Array, name = ''): SniffedFormat {
  if (bytes.length === 0) return { ok: false, message: 'the file is empty: give a document with text' };
  if (latin1.decode(bytes.subarray(0, 1024)).includes('%PDF-')) return { ok: true, format: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return { ok: true, format: 'docx' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    return {
      ok: false,
      message:
        'this is an old-format (.doc) or password-protected Word file: open it in Word and save it as .docx without a password',
    };
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66]))
    return { ok: false, message: 'this is an RTF file: save it as .docx, PDF or plain text and import that' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff]))
    return { ok: false, message: 'this is an image: run OCR on it first and import the text' };
  const head = bytes.subarray(0, 4096);
  if (head.includes(0))
    return {
      ok: false,
      message: 'this is a binary file Parley does not read: give a .docx, .pdf, .html, .txt or .md file',
    };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: 'this text is not UTF-8: save it as UTF-8 and try again' };
  }
  const start = new TextDecoder('utf-8').decode(head).replace(/^\uFEFF/, '');
  const isHtml =
    htmlStart.test(start) && !(/\.(md|markdown|txt)$/i.test(name) && !/^\s*<(!doctype|html)/i.test(start));
  return { ok: true, format: isHtml ? 'html' : 'text' };
}

/**
 * Reads a document of any format Parley knows (chosen by `sniffFormat`) into its plain text. A text or
 * Markdown file is its own source (a byte-order mark kept, so offsets count every character). A document
 * with no text at all is refused. Never throws for a bad file.
 * @example await readDocument(bytes, 'plan.docx') // { ok: true, value: { format: 'docx', source: '1. …' } }
 */
export async function readDocument(bytes: Uint8Array, name = ''): Promise<DocumentRead> {
  const sniffed = sniffFormat(bytes, name);
  if (!sniffed.ok) return sniffed;
  const read = await readAs(sniffed.format, bytes);
  if (read.ok && read.value.source.trim() === '')
    return {
      ok: false,
      message: 'the document has no text: give a document with text (a scan needs OCR first)',
    };
  return read;
}

async function readAs(format: DocumentFormat, bytes: Uint8Array): Promise<DocumentRead> {
  switch (format) {
    case 'pdf':
      return readPdf(bytes);
    case 'docx':
      return readDocx(bytes);
    case 'html':
      return readHtml(new TextDecoder('utf-8').decode(bytes));
    case 'text':
      return {
        ok: true,
        value: { format, source: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) },
      };
  }
}
