// The draft layer: a bridging draft composed from the provisions already on the table, towards a package,
// with the provenance of every provision and every party's verdicts on it. Pure: plain data in and out.

// Composing
export { composeBridge } from './compose-bridge.js';
export type { ComposeOptions, ComposeResult } from './compose-bridge.js';
export { findDraftProblems, formatDraftProblem } from './draft-problems.js';
export { placeholderPrefix } from './choose-provision.js';

// Choosing the package to draft towards
export { choosePackage, redLineInWords } from './choose-package.js';
export type { ChosenPackage, PackageRequest } from './choose-package.js';

// What a draft holds
export {
  BridgeDraft,
  DraftAnswer,
  DraftFlag,
  ProvenanceEntry,
  ProvenanceKind,
  ProvisionRef,
  RedactedBridgeDraft,
} from './bridge-draft.js';
export type { DraftProblem } from './bridge-draft.js';

// What a caller asks for
export { DraftRequest } from './draft-request.js';

// What one reader may see of a draft (the JSON answer) and of its document (Markdown, Word, HTML)
export { draftForDocument, redactDraft } from './redact-draft.js';
