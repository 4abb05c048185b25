import { expect, test } from 'vitest';
import { Case, closestId, editDistance, validateCase } from './index.js';

/** A small consistent case in the shape of the demo case; each test breaks one thing in a copy. */
const base = (): Case =>
  Case.parse({
    id: 'ukraine-2025',
    title: 'Russia–Ukraine settlement',
    parties: [
      { id: 'ua', name: 'Ukraine' },
      { id: 'ru', name: 'Russia' },
      { id: 'us', name: 'United States', kind: 'mediator' },
    ],
    tracks: [{ id: 'us-ua', name: 'US–Ukraine track', parties: ['us', 'ua'] }],
    issues: [
      {
        id: 'military.cap',
        title: 'Army cap',
        options: [
          { id: 'none', label: 'No cap', value: Infinity },
          { id: 'cap-800k', label: '800,000', value: 800000 },
          { id: 'cap-600k', label: '600,000', value: 600000 },
        ],
      },
      {
        id: 'nato.membership',
        title: 'NATO',
        options: [
          { id: 'open', label: 'Open' },
          { id: 'excluded', label: 'Excluded' },
        ],
      },
    ],
    proposals: [
      {
        id: 'us-28',
        title: 'US 28-point plan',
        authors: ['us'],
        provisions: [
          {
            num: '6',
            label: '6.',
            text: 'Capped at 600,000.',
            codes: [{ issue: 'military.cap', option: 'cap-600k' }],
          },
          {
            num: '7',
            label: '7.',
            text: 'No NATO.',
            codes: [{ issue: 'nato.membership', option: 'excluded' }],
          },
        ],
      },
      { id: 'e3-counter', title: 'E3 counter', revises: 'us-28', track: 'us-ua' },
    ],
    positions: [
      {
        party: 'ua',
        reservation: 20,
        weights: { 'military.cap': 10 },
        utilities: { 'military.cap': { none: 100, 'cap-800k': 70 } },
        redlines: [
          { id: 'army-floor', text: 'No cap below 800k', rule: { issue: 'military.cap', min: 800000 } },
        ],
      },
    ],
  });

test('a consistent case has no problems', () => {
  expect(validateCase(base())).toEqual([]);
});

test('edit distance counts insertions, deletions and substitutions', () => {
  expect(editDistance('nato.membershp', 'nato.membership')).toBe(1);
  expect(editDistance('', 'abc')).toBe(3);
  expect(editDistance('kitten', 'sitting')).toBe(3);
});

test('a close id is suggested, a far one is not', () => {
  expect(closestId('nato.membershp', ['military.cap', 'nato.membership'])).toBe('nato.membership');
  expect(closestId('territory', ['military.cap', 'nato.membership'])).toBeUndefined();
  expect(closestId('eu', ['ua', 'ru'])).toBeUndefined();
});

test('two equally close ids make no suggestion', () => {
  expect(closestId('cap-700k', ['cap-600k', 'cap-800k'])).toBeUndefined();
});

test('an unknown option in a red line is reported with the options that exist', () => {
  const c = base();
  c.positions[0]!.redlines[0]!.rule = { issue: 'military.cap', in: ['cap-800k', 'cap-999k'] };
  expect(validateCase(c)).toEqual([
    {
      at: { document: 'position', party: 'ua', index: 0 },
      path: ['redlines', 0, 'rule', 'in', 1],
      code: 'unknown_option',
      message: "unknown option 'cap-999k' for issue military.cap",
      expected: ['none', 'cap-800k', 'cap-600k'],
    },
  ]);
});

test('a mistyped issue in a nested rule suggests the issue that was meant', () => {
  const c = base();
  c.positions[0]!.redlines[0]!.rule = { all: [{ not: { issue: 'nato.membershp', in: ['open'] } }] };
  const [problem] = validateCase(c);
  expect(problem?.path).toEqual(['redlines', 0, 'rule', 'all', 0, 'not', 'issue']);
  expect(problem?.message).toBe(
    "'nato.membershp' is not an issue of this case (did you mean nato.membership?)",
  );
});

test('min on an issue whose options have no value is an error', () => {
  const c = base();
  c.positions[0]!.redlines[0]!.rule = { issue: 'nato.membership', min: 1 };
  expect(validateCase(c).map((p) => [p.code, p.path])).toEqual([
    ['issue_without_values', ['redlines', 0, 'rule', 'min']],
  ]);
});

test('unknown weights and utilities keys are reported at their key', () => {
  const c = base();
  c.positions[0]!.weights = { 'militry.cap': 3 };
  c.positions[0]!.utilities = { 'military.cap': { 'cap-700k': 10 } };
  expect(validateCase(c).map((p) => [p.code, p.path])).toEqual([
    ['unknown_issue', ['weights', 'militry.cap']],
    ['unknown_option', ['utilities', 'military.cap', 'cap-700k']],
  ]);
});

test('duplicate ids are reported at the second occurrence', () => {
  const c = base();
  c.parties.push({ id: 'ua', name: 'Ukraine again', kind: 'party' });
  c.issues[1]!.options.push({ id: 'open', label: 'Open again' });
  c.positions.push({ ...c.positions[0]! });
  c.proposals[0]!.provisions.push({ num: '7', label: '7.', text: 'again', codes: [] });
  expect(validateCase(c).map((p) => [p.at.document, p.path, p.message])).toEqual([
    ['case', ['parties', 3, 'id'], "party 'ua' is defined twice"],
    ['case', ['issues', 1, 'options', 2, 'id'], "option 'open' of issue nato.membership is defined twice"],
    ['position', ['party'], "party 'ua' has more than one position"],
    ['proposal', ['provisions', 2, 'num'], 'provision 7 is defined twice'],
  ]);
});

test('references from proposals and tracks to parties, tracks and proposals must resolve', () => {
  const c = base();
  c.tracks[0]!.parties.push('eu');
  c.proposals[0]!.authors = ['usa'];
  c.proposals[1]!.track = 'ua-ru';
  c.proposals[1]!.revises = 'us-29';
  expect(validateCase(c).map((p) => [p.code, p.path])).toEqual([
    ['unknown_party', ['tracks', 0, 'parties', 2]],
    ['unknown_party', ['authors', 0]],
    ['unknown_track', ['track']],
    ['unknown_proposal', ['revises']],
  ]);
});

test('a revision cycle is reported on every proposal in it', () => {
  const c = base();
  c.proposals[0]!.revises = 'e3-counter';
  const problems = validateCase(c);
  expect(problems.map((p) => p.code)).toEqual(['revises_cycle', 'revises_cycle']);
  expect(problems[0]?.message).toBe("proposal 'us-28' revises itself through us-28 → e3-counter → us-28");
});

test('a proposal coding one issue two ways has conflicting codes; the same option twice is fine', () => {
  const c = base();
  const provisions = c.proposals[0]!.provisions;
  provisions.push({
    num: '8',
    label: '8.',
    text: 'Same cap.',
    codes: [{ issue: 'military.cap', option: 'cap-600k' }],
  });
  expect(validateCase(c)).toEqual([]);
  provisions.push({
    num: '9',
    label: '9.',
    text: 'Other cap.',
    codes: [{ issue: 'military.cap', option: 'cap-800k' }],
  });
  expect(validateCase(c).map((p) => [p.code, p.path, p.message])).toEqual([
    [
      'conflicting_codes',
      ['provisions', 3, 'codes', 0, 'option'],
      'provision 9 codes military.cap=cap-800k, but provision 6 codes it as cap-600k',
    ],
  ]);
});

test('a provision may code an issue only once', () => {
  const c = base();
  c.proposals[0]!.provisions[0]!.codes.push({ issue: 'military.cap', option: 'cap-600k' });
  expect(validateCase(c).map((p) => p.code)).toEqual(['duplicate_code']);
});

test('sharedWith needs visibility shared', () => {
  const c = base();
  c.proposals[0]!.sharedWith = ['ua'];
  expect(validateCase(c).map((p) => [p.code, p.path])).toEqual([['invalid_sharing', ['sharedWith']]]);
  c.proposals[0]!.visibility = 'shared';
  expect(validateCase(c)).toEqual([]);
});
