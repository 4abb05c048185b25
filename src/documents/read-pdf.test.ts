import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { encryptedPdf } from '../../test/encrypted-pdf.test-support.js';
import { closePdfPrinter, printPdf } from '../../test/print-pdf.test-support.js';
import { segmentText } from '../text/index.js';
import { readDocument } from './index.js';

afterAll(closePdfPrinter);

const word = fc.constantFrom(
  'The',
  'parties',
  'agree',
  'on',
  'a',
  'ceasefire',
  'line',
  'troops',
  'in',
  '2022',
  'NATO',
  'guarantees',
);
const sentence = fc.array(word, { minLength: 3, maxLength: 40 }).map((words) => `${words.join(' ')}.`);
const pdfDocument = fc.record({
  points: fc.array(fc.record({ text: sentence, subPoints: fc.array(sentence, { maxLength: 4 }) }), {
    minLength: 1,
    maxLength: 40,
  }),
  fontSize: fc.constantFrom(10, 11, 12),
  font: fc.constantFrom('serif', 'sans-serif'),
});

describe('readDocument on PDF files printed by Chromium', () => {
  test('a printed list segments back to exactly its points, with running headers and page numbers dropped', async () => {
    await fc.assert(
      fc.asyncProperty(pdfDocument, async ({ points, fontSize, font }) => {
        const items = points
          .map(({ text, subPoints }) => {
            const subs = subPoints.map((sub) => `<li>${sub}</li>`).join('');
            return `<li>${text}${subs ? `<ol type="a">${subs}</ol>` : ''}</li>`;
          })
          .join('');
        const html = `<html><body style="font-family:${font};font-size:${fontSize}pt"><h1>Framework</h1><p>Preamble.</p><ol>${items}</ol></body></html>`;
        const read = await readDocument(await printPdf(html));
        if (!read.ok) throw new Error(read.message);
        // A running header recurs on every page and is dropped; on a single page nothing tells it from a title.
        expect(read.value.source.split('Confidential draft').length).toBeLessThanOrEqual(2);
        const expected = points.flatMap(({ text, subPoints }, i) => [
          { num: `${i + 1}`, text },
          ...subPoints.map((sub, k) => ({ num: `${i + 1}${'abcd'[k]}`, text: sub })),
        ]);
        const { provisions } = segmentText(read.value.source);
        expect(provisions.map(({ num, text }) => ({ num, text }))).toEqual(expected);
      }),
      { numRuns: 4 },
    );
  }, 240_000);

  test('a PDF without a text layer and a damaged PDF are refused with what to do', async () => {
    const image = await printPdf(
      '<svg width="400" height="300"><rect width="300" height="200" fill="teal"/></svg>',
      { hasHeaderFooter: false },
    );
    expect(await readDocument(image)).toEqual({
      ok: false,
      message:
        'this PDF has no text layer (its pages are images): run OCR on it first, then import the result',
    });
    const damaged = await readDocument(new TextEncoder().encode('%PDF-1.7\nnot really a pdf'));
    expect(damaged).toEqual({
      ok: false,
      message: expect.stringMatching(/^this PDF is damaged \(.*\); save or print it to PDF again$/),
    });
  }, 120_000);
});

test('a password-protected PDF is refused in one line that says what to do', async () => {
  const read = await readDocument(encryptedPdf());
  expect(read).toEqual({
    ok: false,
    message: 'this PDF is protected by a password: save a copy without the password and import that',
  });
});
