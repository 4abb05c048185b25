import type { DocumentRead } from './document-text.js';
import { pdfText } from './pdf-lines.js';
import type { PositionedText } from './pdf-lines.js';

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/**
 * Reads a PDF's text layer with pdf.js into plain text (see `pdfText` for lines, headers, footers and
 * hyphenation). Refuses, with what to do: a password-protected PDF, a damaged one, and one without a text
 * layer (scanned pages: run OCR first). The title is the PDF's Title property when it has one.
 * @example await readPdf(bytes) // { ok: true, value: { format: 'pdf', source: '1. The parties…', … } }
 */
export async function readPdf(bytes: Uint8Array): Promise<DocumentRead> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes the buffer over, so it gets a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  });
  try {
    const document = await task.promise;
    const pages: PositionedText[][] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      pages.push(
        (content.items as TextItem[])
          .filter((item) => typeof item.str === 'string')
          .map((item) => ({
            text: item.str,
            x: item.transform[4] ?? 0,
            y: item.transform[5] ?? 0,
            width: item.width,
            size: Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) || item.height || 1,
          })),
      );
      page.cleanup();
    }
    const metadata = await document.getMetadata().catch(() => undefined);
    const info = metadata?.info as { Title?: unknown } | undefined;
    // A browser's print names the PDF after the page's address when the page has no title: that is no title.
    const title = typeof info?.Title === 'string' && !/^[a-z]+:/i.test(info.Title) ? info.Title.trim() : '';
    if (!pages.some((runs) => runs.some((run) => run.text.trim() !== '')))
      return {
        ok: false,
        message:
          'this PDF has no text layer (its pages are images): run OCR on it first, then import the result',
      };
    return { ok: true, value: { format: 'pdf', source: pdfText(pages), ...(title ? { title } : {}) } };
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException')
      return {
        ok: false,
        message: 'this PDF is protected by a password: save a copy without the password and import that',
      };
    return {
      ok: false,
      message: `this PDF is damaged (${(error as Error).message}); save or print it to PDF again`,
    };
  } finally {
    await task.destroy();
  }
}
