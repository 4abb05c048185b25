// The model layer: zod schemas are the single source of truth; every type is inferred from them.
export { Id, IsoDate } from './id.js';
export {
  maxOptionsPerIssue,
  Option,
  OptionValue,
  Issue,
  Party,
  Track,
  CoherenceRule,
  CaseManifest,
  Case,
} from './case.js';
export { LeafRule, CompoundRule, Rule, issuesOfRule, ruleHolds, isRuleSatisfiable } from './rule.js';
export { RedLine, Position, centralPosition, isInForce } from './position.js';
export { positionAt, judgingDate, latestCase } from './position-history.js';
export { PositionSource, positionsToUse } from './estimates.js';
export type { AsOf } from './position-history.js';
export type { CertainPosition } from './position.js';
export {
  UncertainNumber,
  Firmness,
  spreadOf,
  centralValue,
  isUncertain,
  holdProbability,
} from './uncertain.js';
export type { Spread } from './uncertain.js';
export {
  Code,
  SettledCode,
  AlternativeCode,
  optionsOfCode,
  formatCode,
  isSameCoding,
  Provision,
  Visibility,
  ProposalMeta,
  Proposal,
} from './proposal.js';
export { codeInWords, optionLabelsOf } from './code-words.js';
export { Package, ReleasedPackages, possibleOptions } from './package.js';
export type { CodedAlternatives, CodedOption, CodedPackage } from './package.js';
export { formatCaseError } from './case-error.js';
export type { CaseError, CaseErrorCode, Result } from './case-error.js';
export { validateCase } from './validate-case.js';
export { closestId, editDistance } from './closest-id.js';
export type { CaseProblem, ProblemLocation } from './validate-case.js';
export {
  Role,
  canReadProposal,
  canEditProposal,
  canReadPosition,
  canReadEstimate,
  unsealedParties,
  sealedRedLine,
} from './access.js';
export type { Access, Reader } from './access.js';
export {
  AccessInfo,
  ImportPreview,
  Member,
  Membership,
  ProcessSummary,
  SessionInfo,
  TokenInfo,
  User,
  VersionEntry,
} from './api-shapes.js';
