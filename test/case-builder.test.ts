import { expect, test } from 'vitest';
import { validateCase } from '../src/model/index.js';
import {
  buildCase,
  buildIssue,
  buildParty,
  buildPosition,
  buildProposal,
  buildProvision,
  buildRedLine,
} from './case-builder.test-support.js';

test('short forms fill in the defaults the schema would give', () => {
  expect(buildIssue('cap', ['none', ['low', 600_000]])).toEqual({
    id: 'cap',
    title: 'cap',
    options: [
      { id: 'none', label: 'none' },
      { id: 'low', label: 'low', value: 600_000 },
    ],
  });
  expect(buildParty('ua')).toEqual({ id: 'ua', name: 'ua', kind: 'party' });
  expect(buildPosition('ua')).toEqual({
    party: 'ua',
    reservation: 0,
    weights: {},
    utilities: {},
    redlines: [],
  });
  expect(buildRedLine('floor', { issue: 'cap', min: 1 })).toEqual({
    id: 'floor',
    text: 'floor',
    rule: { issue: 'cap', min: 1 },
  });
});

test('a sub-point is labelled by the part of its number after its parent', () => {
  expect(buildProvision('21a', 'de facto', { cap: 'low' }, { parent: '21' })).toEqual({
    num: '21a',
    label: 'a.',
    text: 'de facto',
    parent: '21',
    codes: [{ issue: 'cap', option: 'low' }],
  });
  expect(buildProvision('6', 'x').label).toBe('6.');
});

test('a built case is what the schema parses, and a consistent one validates', () => {
  const built = buildCase({
    parties: [buildParty('ua')],
    issues: [buildIssue('cap', ['none', 'low'])],
    proposals: [buildProposal('p', [buildProvision('1', 'x', { cap: 'low' })])],
    positions: [buildPosition('ua', { redlines: [buildRedLine('floor', { issue: 'cap', in: ['none'] })] })],
  });
  expect(validateCase(built)).toEqual([]);
  expect(built.proposals[0]).toMatchObject({ title: 'p', visibility: 'public', preamble: '' });
});

test('a malformed fixture fails at once', () => {
  expect(() => buildCase({ issues: [buildIssue('Not An Id', ['x'])] })).toThrow();
});
