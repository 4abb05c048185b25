import { expect, test } from 'vitest';
import type { ComparableProvision, ProvisionPair } from './comparison.js';
import { summarizeIssueChanges } from './issue-changes.js';

const coded = (num: string, ...codes: [string, string][]): ComparableProvision => ({
  num,
  text: 'text',
  codes: codes.map(([issue, option]) => ({ issue, option })),
});

test('issues that changed option, became open or were newly addressed are listed with their provisions', () => {
  const a = [coded('6', ['military.cap', 'cap-600k']), coded('26', ['amnesty', 'full-amnesty'])];
  const b = [
    coded('6', ['military.cap', 'cap-800k']),
    coded('14', ['assets.frozen', 'frozen-until-compensation']),
  ];
  expect(summarizeIssueChanges(a, b)).toEqual([
    {
      issue: 'amnesty',
      change: 'opened',
      from: 'full-amnesty',
      to: null,
      fromProvisions: ['26'],
      toProvisions: [],
    },
    {
      issue: 'assets.frozen',
      change: 'addressed',
      from: null,
      to: 'frozen-until-compensation',
      fromProvisions: [],
      toProvisions: ['14'],
    },
    {
      issue: 'military.cap',
      change: 'changed',
      from: 'cap-600k',
      to: 'cap-800k',
      fromProvisions: ['6'],
      toProvisions: ['6'],
    },
  ]);
});

test('an issue coded alike on both sides is not a change, even from other provisions', () => {
  expect(summarizeIssueChanges([coded('7', ['nato', 'barred'])], [coded('3', ['nato', 'barred'])])).toEqual(
    [],
  );
});

test('without codes on both sides nothing can be said about issues', () => {
  expect(
    summarizeIssueChanges([coded('6', ['military.cap', 'cap-600k'])], [{ num: '6', text: 'x' }]),
  ).toBeUndefined();
});

test('given the alignment, an issue whose clause was deleted is removed, one whose clause stays uncoded is opened', () => {
  const a = [coded('6', ['military.cap', 'cap-600k']), coded('26', ['amnesty', 'full-amnesty'])];
  const b = [{ num: '6', text: 'text' }, coded('7', ['nato', 'barred'])];
  const pair = (from: string | null, to: string | null, kind: ProvisionPair['kind']): ProvisionPair => ({
    from,
    to,
    kind,
    similarity: 1,
    redline: [],
  });
  const pairs = [pair('6', '6', 'modified'), pair('26', null, 'deleted'), pair(null, '7', 'added')];
  expect(summarizeIssueChanges(a, b, pairs)?.map((c) => [c.issue, c.change])).toEqual([
    ['amnesty', 'removed'],
    ['military.cap', 'opened'],
    ['nato', 'addressed'],
  ]);
});
