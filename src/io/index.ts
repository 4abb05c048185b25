// The io layer: case folders (YAML + Markdown) in and out, every mistake with its file and line.

// Folders on disk.
export { loadCase, maxCaseFileBytes } from './load-case.js';
export { readTextFile } from './read-text-file.js';
export { readDocumentFile, maxDocumentBytes } from './read-document-file.js';
export type { TextFileOutcome } from './read-text-file.js';
export { saveCase } from './save-case.js';

// The same format as strings, for archives and the server.
export { caseFromFiles } from './case-from-files.js';
export type { CaseFiles } from './case-from-files.js';
export { caseToFiles } from './case-to-files.js';

// One proposal file.
export { splitFrontMatter, isFrontMatterProblem, blankFrontMatter } from './front-matter.js';
export type { FrontMatterSplit, FrontMatterProblem } from './front-matter.js';
export { readProposal } from './read-proposal.js';
export { proposalFromDocument, proposalFromBytes, findStatedDate } from './proposal-from-document.js';
export type { ImportOptions, ImportedProposal } from './proposal-from-document.js';
export { addProposalFile } from './import-proposal-file.js';
export { addProposalCodes } from './add-proposal-codes.js';
export { insertCodeComments } from './insert-code-comments.js';
export type { ReadProposal } from './read-proposal.js';
export { writeProposal, codeComment } from './write-proposal.js';

// Bridging drafts and redlines for people: Markdown with provenance, Word with tracked changes, HTML.
export { writeDraftMarkdown, provenanceComment } from './export-draft-markdown.js';
export { draftToDocx } from './export-docx-draft.js';
export { comparisonToDocx } from './export-docx-comparison.js';
export type { LabelledProvision } from './export-docx-comparison.js';
export { revisionAuthor } from './export-docx-runs.js';
export { draftToHtml } from './export-html-draft.js';
export { readPackageFile } from './read-package-file.js';
export type { ReadPackageFile } from './read-package-file.js';
