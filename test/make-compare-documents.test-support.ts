// Writes the labelled compare fixtures that come as documents rather than text, from their sources in
// test/fixtures/compare: grain-b.docx (a Word file whose paragraphs open with a bold
// "Article N.", from grain-b.txt), ports-b.docx (each "Article N" a heading paragraph above its text, from ports-b.txt)
// and nuclear-en.pdf (printed by Chromium, as a person's "Print to PDF" would, from
// nuclear-en.html). The quality test and bench read them through the documents importer, as a user's upload is.
// Run `node bin/run-ts.js test/make-compare-documents.test-support.ts` after editing a source; the outputs are committed.
import { readFileSync, writeFileSync } from 'node:fs';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { closePdfPrinter, printPdf } from './print-pdf.test-support.js';

const fixtures = new URL('fixtures/compare/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, fixtures), 'utf8');

const [title, ...articles] = read('grain-b.txt')
  .split(/\n\s*\n/)
  .map((block) => block.trim())
  .filter((block) => block !== '');
const children = [new Paragraph({ text: title!, heading: HeadingLevel.TITLE })];
for (const article of articles) {
  const [, label, body] = /^(Article \d+)\.\s+([\s\S]*)$/.exec(article) ?? [];
  if (label === undefined || body === undefined) throw new Error(`grain-b.txt: not an article: ${article}`);
  children.push(
    new Paragraph({ children: [new TextRun({ text: `${label}. `, bold: true }), new TextRun(body)] }),
  );
}
const word = new Document({ sections: [{ children }] });
writeFileSync(new URL('grain-b.docx', fixtures), await Packer.toBuffer(word));

// ports-b.docx: each "Article N" is a heading paragraph of its own, its text the paragraph below it.
const [portsTitle, ...portsArticles] = read('ports-b.txt')
  .split(/\n\s*\n/)
  .map((block) => block.trim())
  .filter((block) => block !== '');
const portsChildren = [new Paragraph({ text: portsTitle!, heading: HeadingLevel.TITLE })];
for (const article of portsArticles) {
  const [, label, body] = /^(Article \d+)\n([\s\S]*)$/.exec(article) ?? [];
  if (label === undefined || body === undefined) throw new Error(`ports-b.txt: not an article: ${article}`);
  portsChildren.push(
    new Paragraph({ text: label, heading: HeadingLevel.HEADING_2 }),
    new Paragraph({ text: body }),
  );
}
const portsWord = new Document({ sections: [{ children: portsChildren }] });
writeFileSync(new URL('ports-b.docx', fixtures), await Packer.toBuffer(portsWord));

try {
  const pdf = await printPdf(read('nuclear-en.html'), { header: 'Unofficial translation' });
  writeFileSync(new URL('nuclear-en.pdf', fixtures), pdf);
} finally {
  await closePdfPrinter();
}
console.log('wrote grain-b.docx, ports-b.docx and nuclear-en.pdf');
