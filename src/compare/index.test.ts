import { expect, test } from 'vitest';

test('compare exposes only its public api', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual([
    'Comparison',
    'IssueChange',
    'MatrixCell',
    'MatrixRow',
    'MergeBlock',
    'MergeResult',
    'MergeVariant',
    'PairKind',
    'ProposalMatrix',
    'ProvisionPair',
    'RedlineOp',
    'alignMatrix',
    'compareProposals',
    'defaultTuning',
    'escapeHtml',
    'inlineRedline',
    'isSameText',
    'mergeProposals',
    'mergeWords',
    'plainStyle',
    'provisionSimilarities',
    'redlineText',
    'renderComparison',
    'renderComparisonHtml',
    'renderMergeMarkdown',
    'summarizeIssueChanges',
  ]);
});
