/** The formats Parley reads a proposal from. */
export type DocumentFormat = 'docx' | 'pdf' | 'html' | 'text';

/**
 * A document's plain text as Parley segments it (`source`): one line per paragraph, automatic numbers
 * written out, sub-lists indented four spaces a level, headings as Markdown `#` lines, footnotes at the end
 * as `[^1]: …`. `title` when the document states one.
 */
export interface DocumentText {
  format: DocumentFormat;
  source: string;
  title?: string;
}

/** A document read, or the one-line reason it cannot be, saying what to do. */
export type DocumentRead = { ok: true; value: DocumentText } | { ok: false; message: string };
