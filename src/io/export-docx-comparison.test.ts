import JSZip from 'jszip';
import { expect, test } from 'vitest';
import { compareProposals } from '../compare/index.js';
import { comparisonToDocx } from './export-docx-comparison.js';
import type { LabelledProvision } from './export-docx-comparison.js';

const date = '2025-11-25T00:00:00Z';

const a: LabelledProvision[] = [
  { num: '1', label: '1.', text: "Ukraine's sovereignty is confirmed." },
  { num: '6', label: '6.', text: "Ukraine's armed forces are capped at 600,000 personnel." },
  { num: '7', label: '7.', text: 'Ukraine amends its constitution to rule out NATO accession.' },
];
const b: LabelledProvision[] = [
  { num: '1', label: '1.', text: "Ukraine's sovereignty is confirmed." },
  { num: '6', label: '6.', text: "Ukraine's armed forces are capped at 800,000 personnel in peacetime." },
  { num: '8', label: '8.', text: 'A large global package is put together to rebuild Ukraine.' },
];

async function documentXml(bytes: Uint8Array): Promise<{ document: string; comments: string }> {
  const zip = await JSZip.loadAsync(bytes);
  return {
    document: await zip.file('word/document.xml')!.async('string'),
    comments: await zip.file('word/comments.xml')!.async('string'),
  };
}

/** `ins:text` / `del:text` for every tracked change, in document order. */
const changes = (xml: string): string[] =>
  [...xml.matchAll(/<w:(ins|del) [^>]*w:author="Parley"[^>]*>(.*?)<\/w:\1>/g)].map(
    (m) => `${m[1]}:${[...m[2]!.matchAll(/<w:(?:t|delText)[^>]*>([^<]*)</g)].map((t) => t[1]).join('')}`,
  );

test('the redline of b against a has word-level changes, a deleted point and an added point', async () => {
  const bytes = await comparisonToDocx(compareProposals(a, b), a, b, {
    from: 'us-28',
    to: 'e3-counter',
    date,
  });
  const { document } = await documentXml(bytes);
  expect(changes(document)).toEqual([
    'del:600,000',
    'ins:800,000',
    'ins: in peacetime',
    'del:7. ',
    'del:Ukraine amends its constitution to rule out NATO accession.',
    'ins:8. ',
    'ins:A large global package is put together to rebuild Ukraine.',
  ]);
});

test('each changed point is commented with what happened to it; an unchanged one is not', async () => {
  const bytes = await comparisonToDocx(compareProposals(a, b), a, b, {
    from: 'us-28',
    to: 'e3-counter',
    date,
  });
  const { document, comments } = await documentXml(bytes);
  expect(comments).toContain('Reworded from us-28#6');
  expect(comments).toContain('Deleted: us-28#7 has no counterpart.');
  expect(comments).toContain('Added: no counterpart in us-28.');
  expect([...document.matchAll(/<w:commentReference/g)]).toHaveLength(3);
});

test('the document is titled with the proposals’ titles when they are given, and cites points by id', async () => {
  const bytes = await comparisonToDocx(compareProposals(a, b), a, b, {
    from: 'us-28',
    to: 'e3-counter',
    fromTitle: 'US 28-point plan',
    toTitle: 'European counter-proposal',
    date,
  });
  const { document, comments } = await documentXml(bytes);
  expect(document).toContain('US 28-point plan → European counter-proposal');
  expect(document).not.toContain('us-28 → e3-counter');
  expect(comments).toContain('Reworded from us-28#6');
});
