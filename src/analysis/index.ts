// The analysis layer: red lines tested in three-valued logic with the provisions as evidence, utilities of
// (partial) packages, and the compliance matrix of proposals × parties. Pure: plain data in, plain data out.

// Reading a proposal as a package
export { codedPackage } from './coded-package.js';
export { compareProvisionNums, sortProvisionNums } from './provision-order.js';

// Red lines
export { Verdict, Finding, AlternativeVerdict } from './finding.js';
export { evaluateRule, alternativeVerdicts, redLinesKeptBy } from './evaluate-rule.js';

// Utilities
export { utilityOf, proposalUtility, possibleOptionIds, guaranteedUtility } from './utility.js';
export type { ProposalUtility, PossibleOptions } from './utility.js';

// The compliance matrix
export {
  RedLineFinding,
  CheckResult,
  CheckReport,
  Incoherence,
  RedactedCheckResult,
  RedactedCheckReport,
  redactCheck,
} from './check-report.js';
export { checkProposal, checkCase, findIncoherence, isAllSatisfied } from './check-case.js';
export type { CheckSelection } from './check-case.js';
export { compileAcceptance } from './acceptance.js';
export type { AcceptanceMatrix } from './acceptance.js';
