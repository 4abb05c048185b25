// Labelled alignment pairs in test/fixtures/compare and how an alignment is scored against them; shared by
// the quality test (src/compare/compare-quality.test.ts) and `npm run bench:compare-quality`.
import { readFileSync } from 'node:fs';
import type { ComparableProvision } from '../src/compare/index.js';
import { proposalFromBytes, readProposal } from '../src/io/index.js';
import { formatCaseError } from '../src/model/index.js';
import { segmentText } from '../src/text/index.js';

/**
 * One labelled pair of documents and the expected alignment `<truth>.json`. A side named without extension is
 * `<name>.md`: plain text segmented by `segmentText`, or a proposal file with front matter read by `io` with its
 * issue codes; a `.docx` or `.pdf` side goes through the documents importer, as a user's upload does. A name
 * with a folder in it is a path from the project's root (`cases/ukraine-2025/proposals/us-28`).
 */
export interface LabelledCase {
  from: string;
  to: string;
  truth: string;
  /** What kind of rewrite it is, for the report. */
  hand: string;
  /**
   * Written for issue 16 after the aligner's tuning and never looked at while changing it: the tuning grid
   * does not see these pairs, they are scored only with the setting chosen on the others.
   */
  heldOut?: boolean;
  /**
   * Held out and also kept out of sight while the aligner changes (issue 16, third round): written and scored
   * before any change, then scored again only at the end. `npm run bench:compare-quality` leaves them out unless
   * given `--sealed`.
   */
  sealed?: boolean;
  /**
   * Issue codes laid over a side's provisions (`codes-<name>.json`: number → `issue=option` list), so that a
   * plain text is also compared as a coded one without a second copy of it.
   */
  codes?: { from?: string; to?: string };
}

export const labelledCases: readonly LabelledCase[] = [
  { from: 'us-28', to: 'e3-counter', truth: 'align-us28-e3', hand: 'revision (given)' },
  { from: 'ceasefire-a', to: 'ceasefire-b', truth: 'align-ceasefire', hand: 'renumbered revision' },
  { from: 'ru-a', to: 'ru-b', truth: 'align-ru', hand: 'Russian revision' },
  { from: 'us-28', to: 'framework-19', truth: 'align-us28-framework', hand: 'renumbered fold' },
  { from: 'us-28', to: 'us28-plain', truth: 'align-us28-plain', hand: 'heavy paraphrase, folds' },
  { from: 'humanitarian-a', to: 'humanitarian-b', truth: 'align-humanitarian', hand: 'paraphrase, split' },
  { from: 'ceasefire-a', to: 'ceasefire-ru', truth: 'align-ceasefire-ru', hand: 'translation en → ru' },
  {
    from: 'ceasefire-b',
    to: 'ceasefire-uk',
    truth: 'align-ceasefire-uk',
    hand: 'translation en → uk, reordered',
  },
  { from: 'ru-a', to: 'ru-en', truth: 'align-ru-en', hand: 'translation ru → en, folded' },
  {
    from: 'water-a',
    to: 'water-b',
    truth: 'align-water',
    hand: 'plain-words rewrite, reordered, fold, split',
  },
  {
    from: 'prisoners-ru',
    to: 'prisoners-en',
    truth: 'align-prisoners-ru-en',
    hand: 'translation ru → en, restructured',
  },
  {
    from: 'cases/ukraine-2025/proposals/us-28',
    to: 'cases/ukraine-2025/proposals/e3-counter',
    truth: 'align-us28-e3',
    hand: 'revision (given), coded as in the demo case',
  },
  {
    from: 'water-a',
    to: 'water-b',
    truth: 'align-water',
    hand: 'the plain-words rewrite, both sides coded',
    codes: { from: 'codes-water-a', to: 'codes-water-b' },
  },
  {
    from: 'cases/ukraine-2025/proposals/us-28',
    to: 'us28-plain',
    truth: 'align-us28-plain',
    hand: 'the heavy paraphrase, both sides coded',
    codes: { to: 'codes-us28-plain' },
  },
  { from: 'mines-a', to: 'mines-b', truth: 'align-mines', hand: 'coded counter-draft, split, moves' },
  {
    from: 'grain-a',
    to: 'grain-b.docx',
    truth: 'align-grain',
    hand: 'plain-words rewrite in Word, fold, split, moves',
    heldOut: true,
  },
  {
    from: 'elections-en',
    to: 'elections-uk',
    truth: 'align-elections-uk',
    hand: 'translation en → uk, restructured',
    heldOut: true,
  },
  {
    from: 'gaza-a',
    to: 'gaza-b',
    truth: 'align-gaza',
    hand: 'rival plan, coded, folds, moves',
    heldOut: true,
  },
  {
    from: 'nuclear-ru',
    to: 'nuclear-en.pdf',
    truth: 'align-nuclear-ru-en',
    hand: 'translation ru → en as PDF, folds, swap',
    heldOut: true,
  },
  {
    from: 'detainees-a',
    to: 'detainees-b',
    truth: 'align-detainees',
    hand: 'plain-words rewrite, fold of non-neighbours, split, swaps',
    heldOut: true,
  },
  {
    from: 'energy-en',
    to: 'energy-ru',
    truth: 'align-energy-ru',
    hand: 'translation en → ru, restructured',
    heldOut: true,
  },
  {
    from: 'ports-a',
    to: 'ports-b.docx',
    truth: 'align-ports',
    hand: 'plain-words rewrite in Word, headings apart, splits',
    heldOut: true,
  },
  {
    from: 'monitoring-a',
    to: 'monitoring-b',
    truth: 'align-monitoring',
    hand: 'resolution against bullet notes, swaps, fold of non-neighbours',
    heldOut: true,
    sealed: true,
  },
  {
    from: 'returns-a',
    to: 'returns-b',
    truth: 'align-returns',
    hand: 'lists folded into prose paragraphs, move',
    heldOut: true,
    sealed: true,
  },
  {
    from: 'fund-a',
    to: 'fund-b',
    truth: 'align-fund',
    hand: 'points split into sub-points, move',
    heldOut: true,
    sealed: true,
  },
  {
    from: 'transport-ru',
    to: 'transport-en',
    truth: 'align-transport-ru-en',
    hand: 'English paraphrase of a Russian text, restructured',
    heldOut: true,
    sealed: true,
  },
];

export interface LabelledPair {
  from: string | null;
  to: string | null;
  kind: string;
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  kindAgreement: number;
  missed: string[];
  extra: string[];
}

const fixtures = new URL('fixtures/compare/', import.meta.url);
// A name with a folder in it is a path from the project's root (a proposal of a case folder).
const where = (name: string): URL =>
  name.includes('/') ? new URL(`../${name}`, import.meta.url) : new URL(name, fixtures);
const read = (name: string): string => readFileSync(where(name), 'utf8');
const keyOf = (p: LabelledPair): string => `${p.from ?? '∅'} → ${p.to ?? '∅'}`;

const reversedKind: Record<string, string> = {
  merged: 'split',
  split: 'merged',
  deleted: 'added',
  added: 'deleted',
};

/** The provisions of one side of a labelled pair (see `LabelledCase`); throws with the file's errors. */
async function provisionsOf(name: string): Promise<ComparableProvision[]> {
  if (/\.(docx|pdf)$/.test(name)) {
    const bytes = new Uint8Array(readFileSync(where(name)));
    const imported = await proposalFromBytes(bytes, { id: 'labelled', title: name, fileName: name });
    if (!imported.ok) throw new Error(`${name}: ${imported.errors.join('; ')}`);
    return imported.proposal.provisions;
  }
  const text = read(`${name}.md`);
  if (!text.startsWith('---')) return segmentText(text).provisions;
  const proposal = readProposal(`proposals/${name.split('/').pop()!}.md`, text);
  if (!proposal.proposal || proposal.errors.length > 0)
    throw new Error(proposal.errors.map(formatCaseError).join('\n'));
  return proposal.proposal.provisions;
}

/** The provisions with the codes of `codes-….json` laid over them (none given: as they are). */
function withCodes(provisions: ComparableProvision[], file: string | undefined): ComparableProvision[] {
  if (file === undefined) return provisions;
  const table = (JSON.parse(read(`${file}.json`)) as { codes: Record<string, string[]> }).codes;
  return provisions.map((p) => ({
    ...p,
    codes: (table[p.num] ?? []).map((code) => {
      const [issue = '', option = ''] = code.split('=');
      return { issue, option };
    }),
  }));
}

/** The two documents' provisions and the expected pairs; `reversed` swaps the sides (merges become splits). */
export async function loadCase(
  c: LabelledCase,
  reversed = false,
): Promise<{ a: ComparableProvision[]; b: ComparableProvision[]; expected: LabelledPair[] }> {
  const [a, b] = await Promise.all([
    provisionsOf(c.from).then((ps) => withCodes(ps, c.codes?.from)),
    provisionsOf(c.to).then((ps) => withCodes(ps, c.codes?.to)),
  ]);
  const expected = (JSON.parse(read(`${c.truth}.json`)) as { pairs: LabelledPair[] }).pairs;
  if (!reversed) return { a, b, expected };
  return {
    a: b,
    b: a,
    expected: expected.map((p) => ({ from: p.to, to: p.from, kind: reversedKind[p.kind] ?? p.kind })),
  };
}

/** Precision and recall of (from, to) pairs, deleted and added ones included, and kind agreement on the hits. */
export function scoreAlignment(found: readonly LabelledPair[], expected: readonly LabelledPair[]): Score {
  const truth = new Map(expected.map((p) => [keyOf(p), p.kind]));
  const foundKeys = new Set(found.map(keyOf));
  const hits = found.filter((p) => truth.has(keyOf(p)));
  const precision = hits.length / Math.max(1, found.length);
  const recall = expected.filter((p) => foundKeys.has(keyOf(p))).length / Math.max(1, expected.length);
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    kindAgreement: hits.filter((p) => truth.get(keyOf(p)) === p.kind).length / Math.max(1, hits.length),
    missed: expected.filter((p) => !foundKeys.has(keyOf(p))).map(keyOf),
    extra: found.filter((p) => !truth.has(keyOf(p))).map(keyOf),
  };
}
