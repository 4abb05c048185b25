/**
 * The answers of the API as the app reads them. Proposals, parties and positions are the model's own types
 * (src/model, pure, imported by relative path); the check, compare and solve answers are the types of the
 * zod schemas the server answers with, declared in the layer that computes them with their projection onto
 * one reader (src/analysis/check-report.ts, src/solver/solve-report.ts).
 */
import type {
  Access,
  CaseManifest,
  Package,
  Position,
  Proposal,
  ProposalMeta,
} from '../../../src/model/index.js';
import type {
  RedactedCheckReport,
  RedactedCheckResult,
  RedLineFinding,
  Verdict,
} from '../../../src/analysis/index.js';
import type {
  Comparison,
  IssueChange,
  MergeBlock,
  MergeResult,
  PairKind,
  ProvisionPair,
  RedlineOp,
} from '../../../src/compare/index.js';
import type {
  DraftAnswer,
  DraftFlag,
  DraftRequest as DraftRequestSchema,
  ProvenanceEntry,
  ProvenanceKind,
} from '../../../src/draft/index.js';
import type { RobustnessRequest as RobustnessRequestSchema } from '../../../src/robustness/index.js';
import type { z } from 'zod';
import type { Suggestion, SuggestionReport } from '../../../src/suggest/index.js';
import type {
  Bridge,
  CoherenceRef,
  IssueExplanation,
  PartyExplanation,
  RedactedSolveReport,
  RedLineRef,
  Solution,
  SolutionName,
} from '../../../src/solver/index.js';

export type { CaseManifest, Package, Position, Proposal, ProposalMeta };
export type { Suggestion, SuggestionReport };

// The API's own answers (who is signed in, memberships, process lists, history entries, import previews)
// are the server's route schemas, declared in the pure core (src/model/api-shapes.ts).
export type {
  ImportPreview,
  Member,
  Membership,
  ProcessSummary,
  TokenInfo,
  User,
  VersionEntry,
} from '../../../src/model/index.js';
/** `POST /api/session` and `GET /api/session`: who is signed in, where, and the token to send on changes. */
export type { SessionInfo as Session } from '../../../src/model/index.js';
export type {
  Concession,
  Leverage,
  PartyRobustnessReport,
  RobustnessReport,
  Sensitivity,
} from '../../../src/robustness/index.js';

/**
 * `POST …/robustness` body (src/robustness's `RobustnessRequest`, every field defaulted): how many samples,
 * from which seed, how many feed leverage and concessions, which packages, which positions a mediator's run
 * weighs.
 */
export type RobustnessRequest = z.input<typeof RobustnessRequestSchema>;
export type {
  Issue,
  Option,
  Party,
  Track,
  Provision,
  Code,
  RedLine,
  Rule,
  Visibility,
} from '../../../src/model/index.js';

// Roles and access are the pure core's (src/model/access.ts), the same the server enforces.
export type { Access, Role } from '../../../src/model/index.js';

/** `GET /api/processes/{processId}`: the manifest and the caller's access. */
export type ProcessDetail = CaseManifest & {
  access: Access;
  /** The set-up version, which `PUT /processes/{id}/manifest` names in `If-Match`. */
  version: number;
};

/** A position as read or saved, with the version (its ETag) its next save must name in `If-Match`. */
export type VersionedPosition = Position & { version: number };

/** What a history is kept of: a proposal (by id) or a party's position. */
export type HistoryKind = 'proposal' | 'position' | 'estimate';

/** A proposal in a list: its front matter, its version and how many provisions it has. */
export type ProposalSummary = ProposalMeta & { version: number; provisionCount: number };

/** A proposal as read, with the version (the response's ETag) its next edit must name in `If-Match`. */
export type ProposalDocument = Proposal & { version?: number };

export type { RedLineFinding, Verdict };

/**
 * One cell of `POST …/check`: the analysis result (src/analysis), redacted for the caller. For a party
 * sealed to the caller, `sealed` is true, the numbers are null, and each red line keeps only its verdict
 * with id `sealed` and the text "a sealed red line of <party>".
 */
export type CheckResult = RedactedCheckResult;

/**
 * `POST …/check`: results by proposal, then party, in case order; `incoherent` (when the case has coherence
 * rules) lists each proposal that breaks one, with the provisions that do.
 */
export type CheckReport = RedactedCheckReport;

export type { IssueChange, RedlineOp };
/** How a provision changed between two proposals (src/compare). */
export type ChangeKind = PairKind;
/** One aligned pair: `from` in the first proposal, `to` in the second; `null` is a gap. */
export type ComparePair = ProvisionPair;
/** `POST …/compare`: pairs in the second proposal's order; `issues` when both sides carry codes. */
export type CompareReport = Comparison;

export type { Bridge, IssueExplanation, PartyExplanation, SolutionName };

/** A package with each party's utility. */
export type ScoredPackage = Solution;

/** The bargaining solutions DESIGN.md defines, in the order the app shows them. */
export const solutionNames: readonly SolutionName[] = ['nash', 'kalai', 'egalitarian', 'utilitarian'];

/** A red line named by its party; another party's sealed red line comes as `redline: 'sealed'` with a text. */
export type { CoherenceRef, RedLineRef };

/**
 * `POST …/solve`: the solver's report (DESIGN.md's `parley solve --json` shape and more), redacted for the
 * caller: another party's utilities are dropped from every package and listed in `withheld`, and its red
 * lines in conflicts and relaxations are named only as sealed.
 */
export type SolveReport = RedactedSolveReport;

export type { MergeBlock, MergeResult };

export type { DraftFlag, ProvenanceEntry, ProvenanceKind };

/** The formats `POST …/draft` answers besides JSON: Markdown, Word with tracked changes, an HTML page. */
export type DraftFormat = Exclude<z.infer<typeof DraftRequestSchema>['format'], 'json'>;

/**
 * `POST …/draft` body without its format (src/draft's `DraftRequest`): the base proposal and the package to
 * draft towards, issue → option, or a solution the server finds (past the cheapest relaxation when red
 * lines collide), or the bridge near some proposals; `towards` names it for the title.
 */
export type DraftRequest = Omit<z.input<typeof DraftRequestSchema>, 'format'>;

/**
 * `POST …/draft` answer (src/draft's `DraftAnswer`), redacted for the caller: `verdicts` as check gives
 * them, and a flag about another party's red line reads "a sealed red line of <party> …" with no provisions.
 */
export type { DraftAnswer };
