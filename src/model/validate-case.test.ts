import { expect, test } from 'vitest';
import {
  buildCase,
  buildIssue,
  buildParty,
  buildPosition,
  buildProposal,
  buildProvision,
  buildRedLine,
} from '../../test/case-builder.test-support.js';
import { closestId, editDistance, validateCase } from './index.js';
import type { Case } from './index.js';

/**
 * A small consistent case in the shape of the demo case; each test breaks one thing in a copy. The tests
 * rely on the ids, the option order of military.cap, the three parties and provisions 6 and 7 of us-28.
 */
const base = (): Case =>
  buildCase({
    id: 'ukraine-2025',
    parties: [buildParty('ua'), buildParty('ru'), buildParty('us', { kind: 'mediator' })],
    tracks: [{ id: 'us-ua', name: 'US–Ukraine track', parties: ['us', 'ua'] }],
    issues: [
      buildIssue('military.cap', [
        ['none', Infinity],
        ['cap-800k', 800000],
        ['cap-600k', 600000],
      ]),
      buildIssue('nato.membership', ['open', 'excluded']),
    ],
    proposals: [
      buildProposal(
        'us-28',
        [
          buildProvision('6', 'Capped at 600,000.', { 'military.cap': 'cap-600k' }),
          buildProvision('7', 'No NATO.', { 'nato.membership': 'excluded' }),
        ],
        { authors: ['us'] },
      ),
      buildProposal('e3-counter', [], { revises: 'us-28', track: 'us-ua' }),
    ],
    positions: [
      buildPosition('ua', {
        reservation: 20,
        weights: { 'military.cap': 10 },
        utilities: { 'military.cap': { none: 100, 'cap-800k': 70 } },
        redlines: [buildRedLine('army-floor', { issue: 'military.cap', min: 800000 })],
      }),
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

test('whenSilent must name an option of its own issue', () => {
  const c = base();
  c.issues[1]!.whenSilent = 'barred';
  expect(validateCase(c)).toEqual([
    {
      at: { document: 'case' },
      path: ['issues', 1, 'whenSilent'],
      code: 'unknown_option',
      message: "unknown option 'barred' for issue nato.membership",
      expected: ['open', 'excluded'],
    },
  ]);
  c.issues[1]!.whenSilent = 'excluded';
  expect(validateCase(c)).toEqual([]);
});

test('a coherence rule names known issues and options, has its own id, and can be satisfied', () => {
  const c = base();
  const rule = {
    id: 'cap-or-nato',
    text: 'A cap or no NATO',
    rule: { issue: 'military.cap', in: ['cap-600k'] },
  };
  c.coherence = [
    rule,
    { ...rule, rule: { issue: 'military.cap', in: ['cap-999k'] } },
    {
      id: 'never',
      text: 'Open and excluded at once',
      rule: {
        all: [
          { issue: 'nato.membership', in: ['open'] },
          { issue: 'nato.membership', in: ['excluded'] },
        ],
      },
    },
  ];
  expect(validateCase(c).map((p) => [p.path.join('.'), p.code, p.message])).toEqual([
    ['coherence.1.id', 'duplicate_id', "coherence rule 'cap-or-nato' is defined twice"],
    ['coherence.1.rule.in.0', 'unknown_option', "unknown option 'cap-999k' for issue military.cap"],
    [
      'coherence.2.rule',
      'unsatisfiable_coherence',
      "coherence rule 'never' holds for no choice of options, so no package could obey it",
    ],
  ]);
});
