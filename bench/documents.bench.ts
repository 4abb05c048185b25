// `npm run bench:documents`: reading documents in — a 300-page PDF (printed by Chromium from HTML, with a
// running header and page numbers) and a 2,000-provision Word file with automatic numbering — each read
// and segmented, with the time and the memory it took. Prints numbers; asserts nothing.
import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from 'docx';
import { readDocument } from '../src/documents/index.js';
import { segmentText } from '../src/text/index.js';
import { closePdfPrinter, printPdf } from '../test/print-pdf.test-support.js';

const isQuick = process.argv.includes('--quick');
const words =
  'the parties agree that a ceasefire line troops guarantees sanctions reconstruction prisoners elections shall be monitored'.split(
    ' ',
  );
// The same text every run: word k of sentence n is fixed by n and k.
const sentence = (n: number, length: number): string =>
  `${Array.from({ length }, (_, k) => words[(n * 7 + k * 3) % words.length]).join(' ')}.`;

async function measure(name: string, bytes: Uint8Array, expected: number): Promise<void> {
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const started = performance.now();
  const read = await readDocument(bytes);
  const readMs = performance.now() - started;
  if (!read.ok) throw new Error(`${name}: ${read.message}`);
  const segmented = performance.now();
  const { provisions, warnings } = segmentText(read.value.source);
  const segmentMs = performance.now() - segmented;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  console.log(
    `${name}: ${(bytes.length / 1024).toFixed(0)} KB file, ${read.value.source.length.toLocaleString('en')} characters of text, ` +
      `${provisions.length} provisions (expected ${expected}), ${warnings.length} warnings; ` +
      `read ${readMs.toFixed(0)} ms, segment ${segmentMs.toFixed(0)} ms; peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB, heap +${heapMb.toFixed(0)} MB`,
  );
}

async function pdfBench(): Promise<void> {
  const points = isQuick ? 300 : 3800;
  const items = Array.from({ length: points }, (_, i) => `<li>${sentence(i, 38)}</li>`).join('');
  const html = `<html><body style="font-family:serif;font-size:12pt"><h1>Framework</h1><ol>${items}</ol></body></html>`;
  const pdf = await printPdf(html, { header: 'Draft for discussion' });
  await closePdfPrinter();
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  console.log(`PDF: ${document.numPages} pages`);
  await document.destroy();
  await measure('PDF', pdf, points);
}

async function wordBench(): Promise<void> {
  const points = isQuick ? 200 : 2000;
  const numbering = { reference: 'points', level: 0 };
  const children = Array.from(
    { length: points },
    (_, i) =>
      new Paragraph({
        text: sentence(i, 40),
        numbering: i % 10 === 9 ? { ...numbering, level: 1 } : numbering,
      }),
  );
  const tops = children.filter((_, i) => i % 10 !== 9).length;
  const document = new Document({
    numbering: {
      config: [
        {
          reference: 'points',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)', alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [{ children }],
  });
  await measure('Word', new Uint8Array(await Packer.toBuffer(document)), tops + (points - tops));
}

await wordBench();
await pdfBench();
