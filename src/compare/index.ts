// The compare layer: alignment of provisions, word-level redline, n-way matrix, three-way merge (DESIGN.md).
export { compareProposals, isSameText } from './compare-proposals.js';
export { defaultTuning } from './align-provisions.js';
export type { AlignTuning } from './align-provisions.js';
export { redlineText } from './redline.js';
export { summarizeIssueChanges } from './issue-changes.js';
export { Comparison, IssueChange, PairKind, ProvisionPair, RedlineOp } from './comparison.js';
export type { ComparableProvision } from './comparison.js';
export { renderComparison, inlineRedline } from './render-comparison.js';
export type { RenderOptions } from './render-comparison.js';
export { renderComparisonHtml, escapeHtml } from './render-html.js';
export { plainStyle } from './render-style.js';
export type { RenderStyle } from './render-style.js';
export { alignMatrix, MatrixCell, MatrixRow, ProposalMatrix } from './align-matrix.js';
export type { MatrixProposal } from './align-matrix.js';
export { mergeProposals, MergeBlock, MergeResult, MergeVariant } from './merge-proposals.js';
export type { Revision } from './merge-proposals.js';
export { mergeWords } from './merge-words.js';
export { renderMergeMarkdown } from './render-merge.js';
