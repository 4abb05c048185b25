// Every kind of job the server runs off its event loop, in one place. A job is a pure function of plain
// data (a case or proposals in, a JSON-able answer out), so it runs the same in an in-process worker thread
// (job-pool.ts) and could run on another machine. To add a kind: add an entry below; the pool and its
// threads pick it up with no other change (docs/DESIGN.md).
import { checkCase } from '../analysis/index.js';
import type { CheckSelection } from '../analysis/index.js';
import { alignMatrix, compareProposals, mergeProposals } from '../compare/index.js';
import type { MatrixProposal, Revision } from '../compare/index.js';
import { choosePackage, composeBridge } from '../draft/index.js';
import type { ChosenPackage, ComposeOptions, ComposeResult, PackageRequest } from '../draft/index.js';
import type { CaseFiles, ImportedProposal, ImportOptions } from '../io/index.js';
import type { Case, Package, Proposal, Provision, Result } from '../model/index.js';
import { suggestCodes } from '../suggest/index.js';
import type { SuggestContext } from '../suggest/index.js';
import {
  createTaskRunner,
  partyRobustness,
  tallyPackages,
  uncertainParameters,
} from '../robustness/index.js';
import type {
  PackageTally,
  PartyRobustnessReport,
  RobustnessOptions,
  RobustnessTask,
  TaskOutcome,
} from '../robustness/index.js';
import { solveCase } from '../solver/index.js';
import type { SearchControl, SolveOptions } from '../solver/index.js';

/** What a running job is given besides its input. */
export interface JobContext {
  /**
   * A search control that stops after `ms` of this job's own time (for anytime searches that answer the
   * best found so far), and passes the search's progress on to whoever waits for the job.
   */
  searchFor(ms: number): SearchControl;
}

/** One kind of job: the work, and how long one request's job may run before it is stopped (a 422). */
export interface JobDefinition<Input, Output> {
  /** Hard limit: past it the worker running the job is stopped and the request answers 422 `time_limit`. */
  timeLimitMs: number;
  run(input: Input, context: JobContext): Output | Promise<Output>;
}

const define = <Input, Output>(definition: JobDefinition<Input, Output>) => definition;

/** `draft`: the package (given, or found by the solver within `searchMs`) and the draft composed towards it. */
export interface DraftJob {
  theCase: Case;
  /** The package to draft towards, or how to find it. */
  towards: { package: Package } | { request: PackageRequest; searchMs: number };
  compose: Omit<ComposeOptions, 'package'>;
}
export type DraftJobResult =
  | { chosen: Extract<ChosenPackage, { ok: false }> }
  | {
      chosen: { package: Package; relaxed: Extract<ChosenPackage, { ok: true }>['relaxed'] };
      composed: ComposeResult;
    };

/** `robustness`: one chunk of a Monte Carlo run's solves (run-robustness.ts splits a run into chunks). */
export interface RobustnessChunk {
  theCase: Case;
  seed: number;
  tasks: RobustnessTask[];
}

/** `robustnessPackages`: each party's acceptance of packages over samples `from`..`to` of a run (its tally). */
export interface RobustnessPackagesChunk {
  theCase: Case;
  seed: number;
  from: number;
  to: number;
  packages: Package[];
}

/** The registry: kind → definition. */
export const jobKinds = {
  compare: define({
    timeLimitMs: 60_000,
    run: (input: { a: Provision[]; b: Provision[] }) => compareProposals(input.a, input.b),
  }),
  matrix: define({
    timeLimitMs: 60_000,
    run: (input: { proposals: MatrixProposal[]; base: string }) => alignMatrix(input.proposals, input.base),
  }),
  merge: define({
    timeLimitMs: 60_000,
    run: (input: { base: Provision[]; a: Revision; b: Revision }) =>
      mergeProposals(input.base, input.a, input.b),
  }),
  check: define({
    timeLimitMs: 60_000,
    run: (input: { theCase: Case; selection: CheckSelection }) => checkCase(input.theCase, input.selection),
  }),
  solve: define({
    // The search itself stops at `searchMs` and answers the best found (`proven: false`); the hard limit
    // leaves room for what follows the search (conflicts, relaxations, explanations).
    timeLimitMs: 60_000,
    run: (input: { theCase: Case; options: Omit<SolveOptions, 'control'>; searchMs: number }, context) =>
      solveCase(input.theCase, { ...input.options, control: context.searchFor(input.searchMs) }),
  }),
  draft: define({
    timeLimitMs: 60_000,
    run: (input: DraftJob, context): DraftJobResult => {
      const towards = input.towards;
      const chosen =
        'package' in towards
          ? { ok: true as const, package: towards.package, relaxed: [] }
          : choosePackage(input.theCase, towards.request, context.searchFor(towards.searchMs));
      if (!chosen.ok) return { chosen };
      return {
        chosen: { package: chosen.package, relaxed: chosen.relaxed },
        composed: composeBridge(input.theCase, { ...input.compose, package: chosen.package }),
      };
    },
  }),
  import: define({
    // Reading a 300-page PDF takes tens of seconds (bench:documents); the limit leaves room for that.
    timeLimitMs: 120_000,
    // io (Word, zip and YAML libraries) is loaded by the first import, not by every thread as it starts:
    // a thread's heap stays small for the jobs that never read a document.
    run: async (input: { bytes: Uint8Array; options: ImportOptions }): Promise<ImportedProposal> =>
      (await import('../io/index.js')).proposalFromBytes(input.bytes, input.options),
  }),
  readCase: define({
    // An uploaded case folder: up to 50 MiB of YAML and Markdown (archive.ts), parsed with line positions
    // and validated — seconds of work for the largest, so never on the request thread.
    timeLimitMs: 60_000,
    run: async (input: { files: CaseFiles }): Promise<Result<Case>> =>
      (await import('../io/index.js')).caseFromFiles(input.files),
  }),
  suggest: define({
    timeLimitMs: 60_000,
    run: (input: { target: Proposal; context: SuggestContext; minConfidence: number }) =>
      suggestCodes(input.target, input.context, input.minConfidence),
  }),
  partyRobustness: define({
    // A delegate's run: its own position alone, so one thread walks every sample (no chunks to merge).
    timeLimitMs: 60_000,
    run: (input: { theCase: Case; party: string; options: RobustnessOptions }): PartyRobustnessReport =>
      partyRobustness(input.theCase, input.party, input.options),
  }),
  robustness: define({
    // A chunk is a few dozen solves; the run as a whole has its own limit (run-robustness.ts).
    timeLimitMs: 60_000,
    run: (input: RobustnessChunk): TaskOutcome[] => {
      const run = createTaskRunner(input.theCase, uncertainParameters(input.theCase), input.seed);
      return input.tasks.map((task) => run(task));
    },
  }),
  robustnessPackages: define({
    // A slice of a run's samples drawn again and judged against a few packages: no solve, quick.
    timeLimitMs: 60_000,
    run: (input: RobustnessPackagesChunk): PackageTally =>
      tallyPackages(
        input.theCase,
        uncertainParameters(input.theCase),
        input.seed,
        input.from,
        input.to,
        input.packages,
      ),
  }),
};

/** The name of a kind of job. */
export type JobKind = keyof typeof jobKinds;
/** What a job of kind `K` takes. */
export type JobInput<K extends JobKind> = Parameters<(typeof jobKinds)[K]['run']>[0];
/** What a job of kind `K` answers. */
export type JobOutput<K extends JobKind> = Awaited<ReturnType<(typeof jobKinds)[K]['run']>>;

/** Whether `kind` names a job of the registry (a worker checks what arrives from a queue). */
export const isJobKind = (kind: unknown): kind is JobKind =>
  typeof kind === 'string' && Object.prototype.hasOwnProperty.call(jobKinds, kind);
