import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { issuesOfRule } from '../../../src/model/index.js';
import type { Position, Rule } from '../../../src/model/index.js';
import { arbitraryRule } from '../../../test/arbitrary-rule.test-support.js';
import { talksManifest } from './fixtures.test-support.js';
import {
  changeRuleKind,
  freshRedLineId,
  kindOfRule,
  positionToSave,
  ruleKinds,
  validatePositionDraft,
  weightShares,
} from './position-draft.js';

const manifest = talksManifest;

const ua: Position = {
  party: 'ua',
  reservation: 20,
  weights: { 'military.cap': 3, nato: 1 },
  utilities: { 'military.cap': { none: 100, 'cap-800k': 70, 'cap-600k': 10 } },
  redlines: [
    { id: 'army-floor', text: 'No cap below 800,000', rule: { issue: 'military.cap', min: 800_000 } },
  ],
};

describe('rule kinds', () => {
  test('every kind of the grammar is offered and read back from the rule it makes', () => {
    const leaf: Rule = { issue: 'nato', in: ['barred'] };
    for (const kind of ruleKinds) expect(kindOfRule(changeRuleKind(leaf, kind, 'nato'))).toBe(kind);
  });

  test('switching between in and notIn keeps the issue and the options', () => {
    expect(changeRuleKind({ issue: 'nato', in: ['barred'] }, 'notIn', 'x')).toEqual({
      issue: 'nato',
      notIn: ['barred'],
    });
  });

  test('a compound made from a rule holds that rule, so nothing built is lost', () => {
    const leaf: Rule = { issue: 'military.cap', min: 800_000 };
    expect(changeRuleKind(leaf, 'not', 'nato')).toEqual({ not: leaf });
    expect(changeRuleKind(leaf, 'all', 'nato')).toEqual({ all: [leaf] });
  });

  test('a leaf made from any rule names an issue the rule mentions', () => {
    fc.assert(
      fc.property(arbitraryRule(manifest.issues, { bounds: fc.integer(), maxDepth: 3 }), (rule) => {
        const leaf = changeRuleKind(rule, 'in', 'fallback');
        expect('issue' in leaf && issuesOfRule(rule).includes(leaf.issue)).toBe(true);
      }),
    );
  });
});

describe('weight shares', () => {
  test('each weight as a percentage of the total', () => {
    expect(weightShares({ a: 3, b: 1 })).toEqual({ a: 75, b: 25 });
  });
  test('an uncertain weight counts its central value', () => {
    expect(weightShares({ a: '2..4', b: { low: 0, mode: 1, high: 5 } })).toEqual({ a: 75, b: 25 });
  });
  test('all zero weights give zero shares rather than dividing by zero', () => {
    expect(weightShares({ a: 0 })).toEqual({ a: 0 });
  });
});

test('a fresh red-line id is not one already used', () => {
  expect(freshRedLineId(['redline-1', 'redline-3'])).toBe('redline-2');
});

describe('validating a position draft', () => {
  test('a valid position has no field errors', () => {
    expect(validatePositionDraft(manifest, ua)).toEqual({});
  });

  test('a weight below 0 is an error at that weight', () => {
    const errors = validatePositionDraft(manifest, { ...ua, weights: { ...ua.weights, nato: -1 } });
    expect(Object.keys(errors)).toEqual(['weights.nato']);
  });

  test('a utility above 100 is an error at that option', () => {
    const errors = validatePositionDraft(manifest, {
      ...ua,
      utilities: { 'military.cap': { none: 101 } },
    });
    expect(Object.keys(errors)).toEqual(['utilities.military.cap.none']);
  });

  test('an emptied number field asks for a number', () => {
    expect(validatePositionDraft(manifest, { ...ua, reservation: NaN })).toEqual({
      reservation: 'enter a number',
    });
  });

  test('an uncertain value within bounds is valid as written', () => {
    expect(
      validatePositionDraft(manifest, {
        ...ua,
        reservation: '20..40',
        weights: { nato: { low: 1, high: 3 } },
      }),
    ).toEqual({});
  });

  test('a rule condition with no option chosen asks for one', () => {
    const redlines = [{ id: 'x', text: 'x', rule: { issue: 'nato', in: [] } }];
    expect(validatePositionDraft(manifest, { ...ua, redlines })).toEqual({
      'redlines.0.rule.in': 'choose at least one option',
    });
  });

  test('an empty red-line text is an error at the text', () => {
    const redlines = [{ ...ua.redlines[0]!, text: '' }];
    expect(Object.keys(validatePositionDraft(manifest, { ...ua, redlines }))).toEqual(['redlines.0.text']);
  });

  test('a rule naming an unknown option is an error at that option, listing the known ones', () => {
    const redlines = [{ id: 'x', text: 'x', rule: { issue: 'nato', in: ['closed'] } }];
    const errors = validatePositionDraft(manifest, { ...ua, redlines });
    expect(errors['redlines.0.rule.in.0']).toMatch(/closed.*expected one of: open, barred/);
  });

  test('two red lines with one id are refused at the second', () => {
    const redlines = [ua.redlines[0]!, ua.redlines[0]!];
    expect(Object.keys(validatePositionDraft(manifest, { ...ua, redlines }))).toEqual(['redlines.1.id']);
  });
});

test('the saved position is the draft as read without its version, every other field kept', () => {
  const read = { ...ua, notes: 'kept', version: 4 };
  expect(positionToSave(read)).toEqual({ ...ua, notes: 'kept' });
});
