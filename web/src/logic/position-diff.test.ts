import { describe, expect, test } from 'vitest';
import { Position } from '../../../src/model/index.js';
import { diffPositions, ruleInWords } from './position-diff.js';
import { summarisePositionChange, summariseProposalChange } from './version-summary.js';
import { e3, talksManifest, us28 } from './fixtures.test-support.js';

const { issues } = talksManifest;

const ua = Position.parse({
  party: 'ua',
  reservation: 20,
  weights: { 'military.cap': 3, nato: 2 },
  utilities: { 'military.cap': { none: 100, 'cap-600k': 10 }, nato: { barred: 0, open: 100 } },
  redlines: [
    { id: 'no-cap', text: 'No cap on the army', rule: { issue: 'military.cap', in: ['none'] } },
    { id: 'nato-open', text: 'NATO stays open', rule: { issue: 'nato', notIn: ['barred'] } },
  ],
});

describe('the field-by-field difference of two positions', () => {
  test('names each changed number by the issue and option a delegate reads, with both values', () => {
    const after = {
      ...ua,
      reservation: 55,
      utilities: { ...ua.utilities, 'military.cap': { none: 100, 'cap-600k': 25 } },
    };
    expect(diffPositions(ua, after, issues)).toEqual([
      { field: 'Reservation', before: '20', after: '55' },
      { field: 'Utility of 600,000 (Army cap)', before: '10', after: '25' },
    ]);
  });

  test('a red line inserted first is one addition, not a change of every red line after it', () => {
    const extra = {
      id: 'first',
      text: 'A new first line',
      rule: { not: { issue: 'nato', in: ['barred'] } },
    };
    const after = { ...ua, redlines: [extra, ...ua.redlines] };
    expect(diffPositions(ua, after, issues)).toEqual([
      {
        field: 'Red line first',
        before: null,
        after: 'A new first line — not (NATO is one of Barred)',
      },
    ]);
  });

  test('a changed rule reads in words; a removed red line and a field the editor does not show are there too (removals first)', () => {
    const after = {
      ...ua,
      redlines: [{ ...ua.redlines[0]!, rule: { issue: 'military.cap', notIn: ['cap-600k'] } }],
      notes: 'kept from the CLI',
    };
    expect(diffPositions(ua, after, issues)).toEqual([
      {
        field: 'Red line nato-open',
        before: 'NATO stays open — NATO is none of Barred',
        after: null,
      },
      {
        field: 'Red line no-cap: Rule',
        before: 'Army cap is one of No cap',
        after: 'Army cap is none of 600,000',
      },
      { field: 'Notes', before: null, after: 'kept from the CLI' },
    ]);
    expect(diffPositions(ua, ua, issues)).toEqual([]);
  });

  test('every rule form has its words', () => {
    const leaf = { issue: 'military.cap', min: 600_000 };
    expect(ruleInWords({ if: { all: [leaf] }, then: { any: [{ issue: 'x', max: 3 }] } }, issues)).toBe(
      'if all of (Army cap: value at least 600000) then any of (x: value at most 3)',
    );
  });
});

describe('what a version changed, for the history list', () => {
  test('a proposal: reworded, added, removed and recoded provisions by number, and changed front matter', () => {
    expect(summariseProposalChange(us28, e3)).toMatch(/^reworded 6 · removed 3 · /);
    expect(summariseProposalChange(us28, e3)).toContain('revises');
    expect(summariseProposalChange(us28, us28)).toBe('no change');
  });

  test('a position: the first three field names and how many more', () => {
    const after = { ...ua, reservation: 1, weights: { 'military.cap': 1, nato: 1 }, notes: 'n' };
    expect(summarisePositionChange(ua, after, issues)).toBe(
      'Reservation · Weight of Army cap · Weight of NATO · 1 more',
    );
  });
});
