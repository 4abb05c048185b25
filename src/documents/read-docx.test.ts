import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { segmentText } from '../text/index.js';
import { readDocument } from './index.js';

// A Word list definition in one of several common styles: the level-0 and level-1 formats and texts, and
// how the labels must read back (`num` of the k-th sub-point of point n).
const listStyles = {
  plain: {
    top: [LevelFormat.DECIMAL, '%1.'],
    sub: [LevelFormat.LOWER_LETTER, '%2)'],
    num: (n: number, k: string) => `${n}${k}`,
  },
  parens: {
    top: [LevelFormat.DECIMAL, '(%1)'],
    sub: [LevelFormat.LOWER_ROMAN, '(%2)'],
    num: (n: number, k: string) => `${n}${k}`,
  },
  legal: {
    top: [LevelFormat.DECIMAL, '%1.'],
    sub: [LevelFormat.DECIMAL, '%1.%2.'],
    num: (n: number, k: string) => `${n}-${k}`,
  },
  compound: {
    top: [LevelFormat.DECIMAL, '%1.'],
    sub: [LevelFormat.LOWER_LETTER, '%1%2.'],
    num: (n: number, k: string) => `${n}${k}`,
  },
} as const;
const letters = 'abcdefghijklmnopqrstuvwxyz';
const romans = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];
const subName = (style: keyof typeof listStyles, k: number): string =>
  style === 'legal' ? `${k + 1}` : style === 'parens' ? (romans[k] ?? '') : (letters[k] ?? '');

const word = fc.constantFrom(
  'The',
  'parties',
  'agree',
  'on',
  'a',
  'ceasefire',
  '600,000',
  'troops',
  'in',
  '2022',
  'NATO',
);
const sentence = fc.array(word, { minLength: 2, maxLength: 8 }).map((words) => `${words.join(' ')}.`);
const wordDocument = fc.record({
  style: fc.constantFrom(...(Object.keys(listStyles) as (keyof typeof listStyles)[])),
  start: fc.integer({ min: 1, max: 30 }),
  hasTitle: fc.boolean(),
  points: fc.array(
    fc.record({
      text: sentence,
      footnote: fc.option(sentence, { nil: undefined }),
      subPoints: fc.array(sentence, { maxLength: 6 }),
    }),
    { minLength: 1, maxLength: 8 },
  ),
});

async function writeWord(
  doc: typeof wordDocument extends fc.Arbitrary<infer T> ? T : never,
): Promise<{ bytes: Uint8Array; expected: { num: string; text: string }[] }> {
  const style = listStyles[doc.style];
  const expected: { num: string; text: string }[] = [];
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  const notes: { num: string; text: string }[] = [];
  const children: Paragraph[] = doc.hasTitle
    ? [new Paragraph({ text: 'A framework', heading: HeadingLevel.TITLE })]
    : [];
  doc.points.forEach((point, i) => {
    const n = doc.start + i;
    const runs: (TextRun | FootnoteReferenceRun)[] = [new TextRun(point.text)];
    let text = point.text;
    if (point.footnote !== undefined) {
      const id = notes.length + 1;
      footnotes[id] = { children: [new Paragraph(point.footnote)] };
      runs.push(new FootnoteReferenceRun(id));
      notes.push({ num: `fn${id}`, text: point.footnote });
      text += `[^${id}]`;
    }
    children.push(new Paragraph({ children: runs, numbering: { reference: 'points', level: 0 } }));
    expected.push({ num: `${n}`, text });
    point.subPoints.forEach((sub, k) => {
      children.push(new Paragraph({ text: sub, numbering: { reference: 'points', level: 1 } }));
      expected.push({ num: style.num(n, subName(doc.style, k)), text: sub });
    });
  });
  const document = new Document({
    numbering: {
      config: [
        {
          reference: 'points',
          levels: [
            {
              level: 0,
              format: style.top[0],
              text: style.top[1],
              start: doc.start,
              alignment: AlignmentType.START,
            },
            { level: 1, format: style.sub[0], text: style.sub[1], alignment: AlignmentType.START },
          ],
        },
      ],
    },
    footnotes,
    sections: [{ children }],
  });
  return { bytes: new Uint8Array(await Packer.toBuffer(document)), expected: [...expected, ...notes] };
}

const segmentDocument = async (bytes: Uint8Array) => {
  const read = await readDocument(bytes, 'x.docx');
  if (!read.ok) throw new Error(read.message);
  return segmentText(read.value.source);
};

describe('readDocument on Word files', () => {
  test('a Word file numbered automatically segments back to exactly the points it was made from', async () => {
    await fc.assert(
      fc.asyncProperty(wordDocument, async (doc) => {
        const { bytes, expected } = await writeWord(doc);
        const segmentation = await segmentDocument(bytes);
        expect(segmentation.provisions.map(({ num, text }) => ({ num, text }))).toEqual(expected);
        expect(segmentation.warnings).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  test('a restarted list counts from its start again, headings are unnumbered, tables are text', async () => {
    const numbering = { reference: 'points', level: 0 };
    const document = new Document({
      title: 'Core title',
      numbering: {
        config: [
          {
            reference: 'points',
            levels: [
              { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', alignment: AlignmentType.START },
            ],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ text: 'Part one', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: 'First.', numbering }),
            new Paragraph({ text: 'Second.', numbering }),
            new Paragraph({ text: 'Part two', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: 'Again first.', numbering: { ...numbering, instance: 2 } }),
            new Paragraph('3. A typed number stays.'),
            new Table({
              rows: [
                new TableRow({
                  children: [
                    new TableCell({ children: [new Paragraph('Crossing')] }),
                    new TableCell({ children: [new Paragraph('Open')] }),
                  ],
                }),
              ],
            }),
          ],
        },
      ],
    });
    const read = await readDocument(new Uint8Array(await Packer.toBuffer(document)));
    expect(read).toMatchObject({ ok: true, value: { format: 'docx', title: 'Core title' } });
    if (!read.ok) return;
    expect(read.value.source).toBe(
      '# Part one\n\nI. First.\n\nII. Second.\n\n# Part two\n\nI. Again first.\n\n3. A typed number stays.\n\nCrossing | Open',
    );
  });

  test('a damaged, unsafe or non-Word zip is refused with what to do', async () => {
    const read = (bytes: Uint8Array) => readDocument(bytes, 'x.docx');
    expect(await read(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^this Word file cannot be opened: it is a damaged zip archive .*; open it in Word and save it again$/,
      ),
    });
    expect(await read(zipSync({ 'readme.txt': new TextEncoder().encode('hi') }))).toEqual({
      ok: false,
      message: 'this zip file is not a Word document (it has no word/document.xml); save it as .docx',
    });
    expect(await read(zipSync({ '../evil.xml': new Uint8Array([1]) }))).toEqual({
      ok: false,
      message:
        "this Word file cannot be opened: it holds a part with an unsafe name '../evil.xml'; open it in Word and save it again",
    });
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(51 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await read(bomb)).toEqual({
      ok: false,
      message:
        "this Word file cannot be opened: its part 'word/document.xml' unpacks to more than 50 MB; open it in Word and save it again",
    });
    expect(
      await read(zipSync({ 'word/document.xml': new TextEncoder().encode('<w:document><w:body>') })),
    ).toEqual({
      ok: false,
      message:
        'this Word file is damaged (its main part is not valid XML); open it in Word and save it again',
    });
  });
});
