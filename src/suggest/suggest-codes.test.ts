import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { Issue, Proposal, Provision } from '../model/index.js';
import { loadCase } from '../io/index.js';
import { stripCodes, suggestCodes, suggestionThreshold } from './index.js';

const militaryCap: Issue = {
  id: 'military.cap',
  title: "Peacetime cap on the country's armed forces",
  options: [
    { id: 'none', label: 'No cap', value: Infinity },
    { id: 'cap-800k', label: '800,000 in peacetime', value: 800_000 },
    { id: 'cap-600k', label: '600,000', value: 600_000 },
  ],
};
const elections: Issue = {
  id: 'elections',
  title: 'Elections',
  options: [
    { id: 'soon', label: 'As soon as possible after signature' },
    { id: 'within-100-days', label: 'Within 100 days' },
  ],
};
const issues = [militaryCap, elections];

const provision = (num: string, text: string, codes: Provision['codes'] = []): Provision => ({
  num,
  label: `${num}.`,
  text,
  codes,
});
const proposal = (id: string, provisions: Provision[], revises?: string): Proposal => ({
  id,
  title: id,
  authors: [],
  visibility: 'public',
  sharedWith: [],
  preamble: '',
  provisions,
  ...(revises ? { revises } : {}),
});

const original = proposal('plan', [
  provision('1', 'The parties agree to a lasting settlement of the conflict.'),
  provision('2', 'The armed forces are capped at 600,000 personnel.', [
    { issue: 'military.cap', option: 'cap-600k' },
  ]),
  provision('3', 'Elections are held within 100 days of signature.', [
    { issue: 'elections', option: 'within-100-days' },
  ]),
  provision('4', 'A joint commission hears every dispute about this agreement.'),
]);
const revision = proposal(
  'counter',
  [
    provision('1', 'The parties agree to a lasting settlement of the conflict.'),
    provision('2', 'The armed forces are capped at 800,000 personnel in peacetime.'),
    provision('3', 'Elections are held within 100 days of signature.'),
    provision('4', 'A joint commission hears every dispute about this agreement.'),
  ],
  'plan',
);

test('a provision kept word for word keeps the code of the provision it revises', () => {
  const { suggestions } = suggestCodes(revision, { issues, proposals: [original, revision] });
  const three = suggestions.find((s) => s.provision === '3');
  expect(three).toMatchObject({ issue: 'elections', option: 'within-100-days' });
  expect(three!.confidence).toBeGreaterThanOrEqual(0.8); // below 0.95: "signature" is also a word of the other option
  expect(three!.because).toContain('plan 3, which this proposal revises');
});

test('a reworded figure moves the code to the option that names the new figure', () => {
  const { suggestions } = suggestCodes(revision, { issues, proposals: [original, revision] });
  const two = suggestions.filter((s) => s.provision === '2');
  expect(two).toEqual([expect.objectContaining({ issue: 'military.cap', option: 'cap-800k' })]);
  expect(two[0]!.because).toContain("'600,000' became '800,000'");
});

test('provisions that say nothing of any issue get no suggestion', () => {
  const { suggestions } = suggestCodes(revision, { issues, proposals: [original, revision] });
  expect(suggestions.filter((s) => s.provision === '1' || s.provision === '4')).toEqual([]);
});

test('an issue a provision already codes is never suggested for it again', () => {
  const coded = proposal(
    'counter',
    revision.provisions.map((p) =>
      p.num === '3' ? { ...p, codes: [{ issue: 'elections', option: 'soon' }] } : p,
    ),
    'plan',
  );
  const { suggestions } = suggestCodes(coded, { issues, proposals: [original, coded] }, 0);
  expect(suggestions.some((s) => s.provision === '3' && s.issue === 'elections')).toBe(false);
});

test('without a revised proposal the nearest coded provision of another proposal lends its code', () => {
  const other = proposal('other', [
    provision('7', 'Elections are held within 100 days of the signature of the deal.'),
  ]);
  const { suggestions } = suggestCodes(other, { issues, proposals: [original, other] });
  expect(suggestions).toEqual([
    expect.objectContaining({ provision: '7', issue: 'elections', option: 'within-100-days' }),
  ]);
  expect(suggestions[0]!.because).toContain('plan 3');
});

test('suggestions are in document order, each confidence in 0..1 and at or above the threshold asked for', () => {
  const texts = fc.array(
    fc.constantFrom(
      ...original.provisions.map((p) => p.text),
      'Armies are capped at 800,000.',
      'No cap applies.',
      'Voting takes place as soon as possible.',
    ),
    { minLength: 1, maxLength: 6 },
  );
  fc.assert(
    fc.property(texts, fc.double({ min: 0, max: 1, noNaN: true }), (list, threshold) => {
      const target = proposal(
        't',
        list.map((text, k) => provision(String(k + 1), text)),
      );
      const { suggestions } = suggestCodes(target, { issues, proposals: [original, target] }, threshold);
      const order = suggestions.map((s) => Number(s.provision));
      expect(order).toEqual([...order].sort((x, y) => x - y));
      for (const s of suggestions) {
        expect(s.confidence).toBeGreaterThanOrEqual(threshold);
        expect(s.confidence).toBeLessThanOrEqual(1);
      }
    }),
    { numRuns: 40 },
  );
});

test('the demo counter-proposal, its codes removed, gets the army cap its rewording names (800,000, not 600,000)', async () => {
  const loaded = await loadCase('cases/ukraine-2025');
  if (!loaded.ok) throw new Error('the demo case must load');
  const c = loaded.value;
  const e3 = stripCodes(c.proposals.find((p) => p.id === 'e3-counter')!);
  const proposals = c.proposals.map((p) => (p.id === e3.id ? e3 : p));
  const { suggestions } = suggestCodes(e3, { issues: c.issues, proposals });
  expect(suggestions.find((s) => s.provision === '6' && s.issue === 'military.cap')).toMatchObject({
    option: 'cap-800k',
  });
  expect(suggestions.every((s) => s.confidence >= suggestionThreshold)).toBe(true);
});

test('suggest exposes only its public api', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual([
    'Suggestion',
    'SuggestionReport',
    'stripCodes',
    'suggestCodes',
    'suggestionThreshold',
  ]);
});
