import { expect, test } from 'vitest';

test('compare exposes only its public api', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual([
    'Comparison',
    'IssueChange',
    'PairKind',
    'ProvisionPair',
    'RedlineOp',
    'compareProposals',
    'escapeHtml',
    'inlineRedline',
    'isSameText',
    'plainStyle',
    'redlineText',
    'renderComparison',
    'renderComparisonHtml',
    'summarizeIssueChanges',
  ]);
});
