import { compileAcceptance } from '../analysis/index.js';
import type { Case, Package } from '../model/index.js';
import { acceptanceOf, tallyPackages } from './package-acceptance.js';
import type { PackageTally } from './package-acceptance.js';
import { uncertainParameters } from './parameters.js';
import type { UncertainParameter } from './parameters.js';
import { defaultLeverageGrid, detailSamplesOf, planTasks } from './plan-tasks.js';
import type { RobustnessOptions } from './plan-tasks.js';
import type {
  Concession,
  Leverage,
  PartyRobustnessReport,
  RobustnessReport,
  Sensitivity,
  SolutionRobustness,
} from './robustness-report.js';
import type { TaskOutcome } from './run-task.js';
import { createSampler } from './sample-case.js';
import type { Sample } from './sample-case.js';

const round = (x: number): number => Math.round(x * 10_000) / 10_000;
const share = (count: number, total: number): number => (total === 0 ? 0 : round(count / total));
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Most Nash packages listed; the rest are rarer than every one listed. */
const maxSolutions = 10;

/** Upper-half-minus-lower-half counters of one parameter (see `Sensitivity`). */
interface Split {
  samples: [number, number];
  zone: [number, number];
  nash: [number, number];
  accept: [number, number];
}
const newSplit = (): Split => ({ samples: [0, 0], zone: [0, 0], nash: [0, 0], accept: [0, 0] });
const difference = (pair: [number, number], samples: [number, number], per = 1): number =>
  samples[0] === 0 || samples[1] === 0
    ? 0
    : round(pair[1] / (samples[1] * per) - pair[0] / (samples[0] * per));

/**
 * Acceptance of every proposal and every party's parameter sensitivity, sample by sample, for a delegate's
 * report (a case holding its own position alone, walked on one thread; the mediators' report reads the
 * facts its sample tasks answered instead).
 */
function walkSamples(
  theCase: Case,
  parameters: readonly UncertainParameter[],
  options: RobustnessOptions,
  visit: (sample: Sample, index: number, accepted: Map<string, Map<string, boolean>>) => void,
): { accepted: Map<string, Map<string, number>> } {
  const parties = theCase.positions.map((p) => p.party);
  const accepted = new Map(
    theCase.proposals.map((p) => [p.id, new Map(parties.map((party) => [party, 0]))] as const),
  );
  const draw = createSampler(theCase, parameters);
  const judge = compileAcceptance(theCase);
  for (let index = 0; index < options.samples; index++) {
    const sample = draw(options.seed, index);
    const verdicts = judge(sample.theCase.positions);
    for (const [proposal, row] of verdicts) {
      for (const [party, yes] of row)
        if (yes) accepted.get(proposal)!.set(party, accepted.get(proposal)!.get(party)! + 1);
    }
    visit(sample, index, verdicts);
  }
  return { accepted };
}

const acceptedCount = (verdicts: Map<string, Map<string, boolean>>, party: string): number =>
  [...verdicts.values()].filter((row) => row.get(party)).length;

function sensitivityOf(
  parameters: readonly UncertainParameter[],
  splits: Split[],
  proposals: number,
  full: boolean,
): Sensitivity[] {
  return parameters
    .map((parameter, k) => {
      const split = splits[k]!;
      const accept = difference(split.accept, split.samples, Math.max(1, proposals));
      if (!full) return { parameter: parameter.name, effect: Math.abs(accept), accept };
      const zone = difference(split.zone, split.samples);
      const nash = difference(split.nash, split.samples);
      return {
        parameter: parameter.name,
        effect: Math.max(Math.abs(zone), Math.abs(nash), Math.abs(accept)),
        zone,
        nash,
        accept,
      };
    })
    .sort((a, b) => b.effect - a.effect || byText(a.parameter, b.parameter));
}

/** The Nash packages of a run's samples, most frequent first (ties by option ids), the first `maxSolutions`. */
function rankNash(
  outcomes: readonly TaskOutcome[],
  samples: number,
): [string, { options: string[]; count: number }][] {
  const found = new Map<string, { options: string[]; count: number }>();
  for (let i = 0; i < samples; i++) {
    const nash = outcomes[i]!.nash;
    if (!nash) continue;
    const key = nash.join('\u0000');
    const entry = found.get(key) ?? { options: nash, count: 0 };
    entry.count++;
    found.set(key, entry);
  }
  return [...found.entries()]
    .sort((a, b) => b[1].count - a[1].count || byText(a[0], b[0]))
    .slice(0, maxSolutions);
}

/**
 * The packages whose acceptance a run's report gives, in the order `summariseRobustness` takes their tally:
 * the most frequent Nash packages of the sample outcomes, then the packages asked about.
 */
export function packagesToJudge(
  theCase: Case,
  options: RobustnessOptions,
  outcomes: readonly TaskOutcome[],
): Package[] {
  const ranked = rankNash(outcomes, options.samples).map(([, entry]) =>
    Object.fromEntries(theCase.issues.map((issue, i) => [issue.id, entry.options[i]!])),
  );
  return [...ranked, ...(options.packages ?? [])];
}

/**
 * The mediators' robustness report (DESIGN.md, `parley robustness`) from the outcomes of `planTasks`'
 * tasks, in that order, and the tally of `packagesToJudge` over every sample (`tallyPackages`; judged here
 * when not given). It reads each sample's facts in index order and draws nothing, so the answer does not
 * depend on how the solves and tallies were spread over threads. Probabilities are shares of samples,
 * rounded to 4 decimals.
 */
export function summariseRobustness(
  theCase: Case,
  options: RobustnessOptions,
  outcomes: readonly TaskOutcome[],
  tally?: PackageTally,
): RobustnessReport {
  const parameters = uncertainParameters(theCase);
  const parties = theCase.positions.map((p) => p.party);
  const tasks = planTasks(theCase, options);
  if (outcomes.length !== tasks.length)
    throw new Error(`expected ${tasks.length} outcomes, got ${outcomes.length}`);
  const { samples } = options;

  const ranked = rankNash(outcomes, samples);
  const modal = ranked[0]?.[0];
  const asked = options.packages ?? [];
  const judged = packagesToJudge(theCase, options, outcomes);
  const packages = judged.slice(0, ranked.length);
  const packageAccepted = tally ?? tallyPackages(theCase, parameters, options.seed, 0, samples, judged);
  if (packageAccepted.all.length !== judged.length)
    throw new Error(`expected a tally of ${judged.length} packages, got ${packageAccepted.all.length}`);

  const splits = parameters.map(newSplit);
  const detail = detailSamplesOf(options);
  const detailReservations: number[][] = [];
  const partyIndex = new Map(parties.map((p, k) => [p, k]));
  const accepted = theCase.proposals.map(() => parties.map(() => 0));
  const allAccepted = theCase.proposals.map(() => 0);
  let zoneCount = 0;
  let undecided = 0;
  for (let index = 0; index < samples; index++) {
    const outcome = outcomes[index]!;
    const facts = outcome.facts;
    if (!facts) throw new Error(`sample ${index} was answered without its facts`);
    if (outcome.zone === true) zoneCount++;
    if (outcome.zone === null) undecided++;
    const isModal = modal !== undefined && outcome.nash?.join('\u0000') === modal;
    const acceptedBy = parties.map(() => 0);
    facts.accepts.forEach((row, p) => {
      for (let k = 0; k < parties.length; k++)
        if (row[k] === '1') {
          accepted[p]![k]!++;
          acceptedBy[k]!++;
        }
      if (!row.includes('0')) allAccepted[p]!++;
    });
    parameters.forEach((parameter, k) => {
      const half = facts.halves[k] === '1' ? 1 : 0;
      const split = splits[k]!;
      split.samples[half]++;
      if (outcome.zone === true) split.zone[half]++;
      if (isModal) split.nash[half]++;
      split.accept[half] += acceptedBy[partyIndex.get(parameter.party)!] ?? 0;
    });
    if (index < detail) detailReservations.push(facts.reservations);
  }

  const acceptance = (j: number) => ({
    accept: Object.fromEntries(parties.map((p, k) => [p, share(packageAccepted.byParty[j]![k]!, samples)])),
    all: share(packageAccepted.all[j]!, samples),
  });
  const solutions: SolutionRobustness[] = ranked.map(([, entry], j) => ({
    package: packages[j]!,
    nash: share(entry.count, samples),
    ...acceptance(j),
  }));

  // Detail tasks follow the samples in planTasks' order.
  const utilityAt = (outcome: TaskOutcome, sample: number, party: string): number =>
    outcome.zone && outcome.utilities
      ? outcome.utilities[party]!
      : detailReservations[sample]![partyIndex.get(party)!]!;
  const concessions: Concession[] = [];
  const leverage: Leverage[] = parties.map((party) => ({ party, points: [] }));
  for (let t = samples; t < tasks.length; t += detail) {
    const task = tasks[t]!;
    if (task.kind === 'concession') {
      let opened = 0;
      const gains = new Map(parties.map((p) => [p, 0]));
      for (let j = 0; j < detail; j++) {
        const before = outcomes[j]!;
        const after = outcomes[t + j]!;
        opened += (after.zone === true ? 1 : 0) - (before.zone === true ? 1 : 0);
        for (const p of parties)
          gains.set(p, gains.get(p)! + utilityAt(after, j, p) - utilityAt(before, j, p));
      }
      const others = parties.filter((p) => p !== task.party);
      const gain = Object.fromEntries(others.map((p) => [p, round(gains.get(p)! / detail)]));
      concessions.push({
        party: task.party,
        redline: task.redline,
        zone: share(opened, detail),
        gains: gain,
        total: round(others.reduce((s, p) => s + gains.get(p)!, 0) / detail),
        own: round(gains.get(task.party)! / detail),
      });
    } else if (task.kind === 'leverage') {
      let zones = 0;
      let utility = 0;
      for (let j = 0; j < detail; j++) {
        const outcome = outcomes[t + j]!;
        if (outcome.zone && outcome.utilities) {
          zones++;
          utility += outcome.utilities[task.party]!;
        }
      }
      leverage
        .find((l) => l.party === task.party)!
        .points.push({
          reservation: task.reservation,
          zone: share(zones, detail),
          nash: zones === 0 ? null : round(utility / zones),
        });
    }
  }
  concessions.sort(
    (a, b) =>
      b.total - a.total || b.zone - a.zone || byText(a.party, b.party) || byText(a.redline, b.redline),
  );

  return {
    samples,
    seed: options.seed,
    detailSamples: detail,
    parameters: parameters.map((p) => p.name),
    zone: share(zoneCount, samples),
    undecided,
    proposals: theCase.proposals.map((proposal, p) => ({
      proposal: proposal.id,
      accept: Object.fromEntries(parties.map((party, k) => [party, share(accepted[p]![k]!, samples)])),
      all: share(allAccepted[p]!, samples),
    })),
    solutions,
    packages: asked.map((pkg, k) => ({ package: pkg, ...acceptance(packages.length + k) })),
    sensitivity: sensitivityOf(parameters, splits, theCase.proposals.length, true),
    leverage: (options.leverageGrid ?? defaultLeverageGrid).length > 0 && detail > 0 ? leverage : [],
    concessions,
  };
}

/**
 * A delegate's robustness report: how likely its own party accepts each proposal, and which of its own
 * parameters move that most. It reads the party's position alone — every other position is dropped before
 * anything is drawn — so no number in it depends on another party's sealed position. With the same seed
 * its numbers equal the party's numbers in the mediators' report (each party draws from its own stream).
 */
export function partyRobustness(
  theCase: Case,
  party: string,
  options: RobustnessOptions,
): PartyRobustnessReport {
  const own: Case = { ...theCase, positions: theCase.positions.filter((p) => p.party === party) };
  const parameters = uncertainParameters(own);
  const splits = parameters.map(newSplit);
  const asked = options.packages ?? [];
  const accepts = asked.map((pkg) => acceptanceOf(own, pkg));
  const packageAccepted = asked.map(() => 0);
  const { accepted } = walkSamples(own, parameters, options, (sample, _index, verdicts) => {
    const position = sample.theCase.positions[0];
    if (position) accepts.forEach((isAccepted, j) => (packageAccepted[j]! += isAccepted(position) ? 1 : 0));
    parameters.forEach((_parameter, k) => {
      const half = sample.draws[k]! >= 0.5 ? 1 : 0;
      splits[k]!.samples[half]++;
      splits[k]!.accept[half] += acceptedCount(verdicts, party);
    });
  });
  return {
    samples: options.samples,
    seed: options.seed,
    party,
    parameters: parameters.map((p) => p.name),
    proposals: own.proposals.map((proposal) => ({
      proposal: proposal.id,
      accept: { [party]: share(accepted.get(proposal.id)?.get(party) ?? 0, options.samples) },
    })),
    packages: asked.map((pkg, j) => ({
      package: pkg,
      accept: own.positions.length > 0 ? { [party]: share(packageAccepted[j]!, options.samples) } : {},
    })),
    sensitivity: sensitivityOf(parameters, splits, own.proposals.length, false).map(
      ({ parameter, effect, accept }) => ({
        parameter,
        effect,
        accept,
      }),
    ),
  };
}
