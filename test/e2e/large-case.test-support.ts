import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** How many provisions each proposal of the large case has (issue #6: a 2,000-provision comparison). */
export const largeCaseSize = 2000;

// 80 chapters of 24 sub-points (a–x) each: 80 + 80 × 24 = 2,000 provisions. Sub-points keep every label
// short, as the segmenter reads at most three-digit point numbers (a four-digit "2025." is a year).
const chapters = 80;
const letters = 'abcdefghijklmnopqrstuvwx';

const words = [
  'the',
  'parties',
  'agree',
  'that',
  'monitoring',
  'of',
  'the',
  'line',
  'continues',
  'under',
  'joint',
  'supervision',
];

/** Provision text that differs from point to point, so the aligner has real work to do. */
const textOf = (n: number) =>
  `item ${n}: ${words.map((w, i) => (i === n % words.length ? `${w}-${n}` : w)).join(' ')} in sector ${n % 97};`;

/**
 * Writes a case folder with two 2,000-provision proposals, the second revising the first: every 7th
 * sub-point reworded, every 50th deleted (the rest relabelled), so the comparison has several kinds of row.
 * Deterministic.
 */
export async function writeLargeCase(dir: string): Promise<void> {
  await mkdir(join(dir, 'proposals'), { recursive: true });
  await writeFile(
    join(dir, 'case.yaml'),
    [
      'id: large-2000',
      'title: Large comparison (2,000 provisions)',
      'parties:',
      '  - { id: north, name: North }',
      '  - { id: south, name: South }',
      'issues:',
      '  - id: monitoring',
      '    title: Monitoring',
      '    options:',
      '      - { id: joint, label: Joint }',
      '      - { id: none, label: None }',
      '',
    ].join('\n'),
  );
  const front = (id: string, extra: string[]) => [
    '---',
    `id: ${id}`,
    `title: Draft ${id}`,
    'authors: [north]',
    ...extra,
    '---',
    '',
  ];
  const before: string[] = front('draft-a', ['date: 2025-01-01']);
  const after: string[] = front('draft-b', ['date: 2025-02-01', 'revises: draft-a']);
  let n = 0;
  for (let chapter = 1; chapter <= chapters; chapter += 1) {
    before.push(`${chapter}. Chapter ${chapter} covers these matters:`);
    after.push(`${chapter}. Chapter ${chapter} covers these matters:`);
    // The revision relabels the sub-points it keeps, as a real edit does: a, b, d would not read as a list.
    let kept = 0;
    for (const letter of letters) {
      n += 1;
      before.push(`    ${letter}. ${textOf(n)}`);
      if (n % 50 === 0) continue;
      const text =
        n % 7 === 0 ? textOf(n).replace('joint supervision', 'international supervision') : textOf(n);
      after.push(`    ${letters[kept++]}. ${text}`);
    }
    before.push('');
    after.push('');
  }
  await writeFile(join(dir, 'proposals', 'draft-a.md'), before.join('\n'));
  await writeFile(join(dir, 'proposals', 'draft-b.md'), after.join('\n'));
}
