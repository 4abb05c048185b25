// `npm run bench:solve`: the solver's speed on families of seeded random cases against HiGHS on the same
// models (issue #11), values side by side. A default subset of 12 families × 2 seeds; `--full` runs every
// family; `--only 40x6x6` and `--seed 1` narrow them; `--classic` adds the older measurements of issue #4
// (`--quick`: one seed there). Prints numbers;
// asserts nothing. The brute-force and HiGHS references are built here, from the case itself,
// independently of the solver's own compiled model.
import highsModule from 'highs';
import { centralPosition, centralValue, ruleHolds } from '../src/model/index.js';
import type { Case, Rule } from '../src/model/index.js';
import { generateRandomCase, solveCase } from '../src/solver/index.js';
import type { RandomCaseShape, SolutionName, SolveOptions } from '../src/solver/index.js';

// `highs` ships ESM at run time but CommonJS typings, so TypeScript sees the loader one level down.
type LoadHighs = typeof highsModule.default;
const loadHighs: LoadHighs =
  (highsModule as unknown as { default?: LoadHighs }).default ?? (highsModule as unknown as LoadHighs);

const quick = process.argv.includes('--quick');
const seeds = quick ? [1] : [1, 2, 3, 4, 5];

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const seconds = (ms: number): string => (ms < 10 ? `${ms.toFixed(2)} ms` : `${(ms / 1000).toFixed(3)} s`);

function time<T>(f: () => T): [T, number] {
  const start = performance.now();
  const value = f();
  return [value, performance.now() - start];
}

/**
 * CPU milliseconds (user + system) `f` took in this process: on a machine shared with other work the wall
 * clock measures the load as much as the solver, so families print both. Both solvers run in this thread
 * (HiGHS as WebAssembly), so their CPU times compare like for like.
 */
function cpuTime<T>(f: () => T): [T, number, number] {
  const before = process.cpuUsage();
  const [value, ms] = time(f);
  const used = process.cpuUsage(before);
  return [value, ms, (used.user + used.system) / 1000];
}

function shape(
  issues: number,
  options: number,
  parties: number,
  seed: number,
  infeasible = false,
): RandomCaseShape {
  return { issues, options, parties, redLinesPerParty: 3, seed, infeasible };
}

function report(label: string, target: string, runs: { ms: number; proven: boolean }[]): void {
  const ms = median(runs.map((r) => r.ms));
  const proven = runs.every((r) => r.proven)
    ? 'all proven'
    : `${runs.filter((r) => r.proven).length}/${runs.length} proven`;
  console.log(
    `${label.padEnd(52)} median ${seconds(ms).padStart(9)}  (target ${target}; ${proven}; ${runs.length} runs)`,
  );
}

function solveRuns(s: (seed: number) => RandomCaseShape, options: SolveOptions = {}) {
  return seeds.map((seed) => {
    const input = generateRandomCase(s(seed));
    const [result, ms] = time(() => solveCase(input, options));
    return { ms, proven: result.proven, result };
  });
}

// --- the brute-force reference: every package, rules evaluated directly on the model ----------------------

function holds(rule: Rule, input: Case, options: Int32Array, index: Map<string, number>): boolean {
  if ('all' in rule) return rule.all.every((r) => holds(r, input, options, index));
  if ('any' in rule) return rule.any.some((r) => holds(r, input, options, index));
  if ('not' in rule) return !holds(rule.not, input, options, index);
  if ('if' in rule) return !holds(rule.if, input, options, index) || holds(rule.then, input, options, index);
  const i = index.get(rule.issue)!;
  const option = input.issues[i]!.options[options[i]!]!;
  if ('in' in rule) return rule.in.includes(option.id);
  if ('notIn' in rule) return !rule.notIn.includes(option.id);
  if ('min' in rule) return option.value !== undefined && option.value >= rule.min;
  return option.value !== undefined && option.value <= rule.max;
}

function contributions(input: Case): number[][][] {
  return input.positions.map(centralPosition).map((position) => {
    const total = input.issues.reduce((s, issue) => s + (position.weights[issue.id] ?? 0), 0) || 1;
    return input.issues.map((issue) =>
      issue.options.map(
        (o) => ((position.weights[issue.id] ?? 0) * (position.utilities[issue.id]?.[o.id] ?? 0)) / total,
      ),
    );
  });
}

/** Nash, egalitarian and utilitarian values by enumeration (Kalai needs a second pass; left out). */
function bruteForce(input: Case): { nash: number; egalitarian: number; utilitarian: number } {
  const index = new Map(input.issues.map((issue, i) => [issue.id, i]));
  const rules = input.positions.flatMap((p) => p.redlines.map((r) => r.rule));
  const c = contributions(input);
  const d = input.positions.map((p) => centralValue(p.reservation));
  const options = new Int32Array(input.issues.length);
  let nash = -Infinity;
  let egalitarian = -Infinity;
  let utilitarian = -Infinity;
  for (;;) {
    if (rules.every((rule) => holds(rule, input, options, index))) {
      const u = c.map((rows) => rows.reduce((s, row, i) => s + row[options[i]!]!, 0));
      const gains = u.map((x, p) => x - d[p]!);
      utilitarian = Math.max(
        utilitarian,
        u.reduce((s, x) => s + x, 0),
      );
      if (gains.every((g) => g > 0)) {
        nash = Math.max(
          nash,
          gains.reduce((s, g) => s * g, 1),
        );
        egalitarian = Math.max(egalitarian, Math.min(...gains));
      }
    }
    let i = 0;
    while (i < options.length && ++options[i]! === input.issues[i]!.options.length) options[i++] = 0;
    if (i === options.length) break;
  }
  return { nash, egalitarian, utilitarian };
}

// --- the same model for HiGHS: x_i_o binary, Σ_o x_i_o = 1, red lines linearised with one binary per node ----

/**
 * U_p > d_p as a MIP row HiGHS cannot misread: with utilities in tenths and weights in halves, distinct
 * values of U_p are at least 1/(20·Σw) apart, so U_p ≥ d_p + half of that is the strict inequality exactly,
 * with a margin far above HiGHS's feasibility tolerance (1e-6, which `d_p + 1e-6` was within: HiGHS then
 * took packages with U_p = d_p into the zone and reported an ideal point above the true one).
 */
const zoneMargin = (input: Case, position: { weights: Record<string, number> }): number =>
  0.5 / (20 * (input.issues.reduce((s, issue) => s + (position.weights[issue.id] ?? 0), 0) || 1));

/** The MIP of one objective: Σ U_p over feasible packages, max–min gain over the zone, or one party's U over the zone. */
function highsModel(input: Case, objective: 'utilitarian' | 'egalitarian' | { party: number }): string {
  const index = new Map(input.issues.map((issue, i) => [issue.id, i]));
  const rows: string[] = [];
  const binaries: string[] = [];
  let aux = 0;
  type Expr = { terms: Map<string, number>; constant: number };
  const add = (a: Expr, b: Expr, k = 1): Expr => {
    const terms = new Map(a.terms);
    for (const [v, c] of b.terms) terms.set(v, (terms.get(v) ?? 0) + k * c);
    return { terms, constant: a.constant + k * b.constant };
  };
  const text = (e: Expr): string =>
    [...e.terms].map(([v, c]) => `${c >= 0 ? '+' : '-'} ${Math.abs(c)} ${v}`).join(' ') || '+ 0 x_0_0';
  const constrain = (e: Expr, sense: '<=' | '>=' | '=', rhs: number): void => {
    rows.push(` r${rows.length}: ${text(e)} ${sense} ${rhs - e.constant}`);
  };
  const encode = (rule: Rule): Expr => {
    if ('issue' in rule) {
      const i = index.get(rule.issue)!;
      const terms = new Map<string, number>();
      input.issues[i]!.options.forEach((option, o) => {
        const ok =
          'in' in rule
            ? rule.in.includes(option.id)
            : 'notIn' in rule
              ? !rule.notIn.includes(option.id)
              : 'min' in rule
                ? option.value !== undefined && option.value >= rule.min
                : option.value !== undefined && option.value <= rule.max;
        if (ok) terms.set(`x_${i}_${o}`, 1);
      });
      return { terms, constant: 0 };
    }
    if ('not' in rule) return add({ terms: new Map(), constant: 1 }, encode(rule.not), -1);
    const children =
      'all' in rule
        ? rule.all.map(encode)
        : 'any' in rule
          ? rule.any.map(encode)
          : [add({ terms: new Map(), constant: 1 }, encode(rule.if), -1), encode(rule.then)];
    const z = `z_${aux++}`;
    binaries.push(z);
    const zExpr: Expr = { terms: new Map([[z, 1]]), constant: 0 };
    const sum = children.reduce((s, e) => add(s, e), { terms: new Map(), constant: 0 } as Expr);
    if ('all' in rule) {
      for (const child of children) constrain(add(zExpr, child, -1), '<=', 0);
      constrain(add(zExpr, sum, -1), '>=', 1 - children.length);
    } else {
      for (const child of children) constrain(add(zExpr, child, -1), '>=', 0);
      constrain(add(zExpr, sum, -1), '<=', 0);
    }
    return zExpr;
  };
  input.issues.forEach((issue, i) => {
    const terms = new Map(issue.options.map((_, o) => [`x_${i}_${o}`, 1]));
    issue.options.forEach((_, o) => binaries.push(`x_${i}_${o}`));
    constrain({ terms, constant: 0 }, '=', 1);
  });
  for (const position of input.positions)
    for (const r of position.redlines) constrain(encode(r.rule), '=', 1);
  const c = contributions(input);
  const utility = (p: number): Expr => ({
    terms: new Map(c[p]!.flatMap((row, i) => row.map((v, o): [string, number] => [`x_${i}_${o}`, v]))),
    constant: 0,
  });
  let goal: string;
  if (objective === 'utilitarian') {
    goal = text(c.reduce((s, _, p) => add(s, utility(p)), { terms: new Map(), constant: 0 } as Expr));
  } else if (typeof objective === 'object') {
    goal = text(utility(objective.party));
    input.positions.map(centralPosition).forEach((position, p) => {
      constrain(utility(p), '>=', position.reservation + zoneMargin(input, position)); // U_p > d_p
    });
  } else {
    goal = '+ 1 t';
    input.positions.map(centralPosition).forEach((position, p) => {
      constrain(
        add({ terms: new Map([['t', 1]]), constant: 0 }, utility(p), -1),
        '<=',
        -position.reservation,
      );
      constrain(utility(p), '>=', position.reservation + zoneMargin(input, position)); // U_p > d_p
    });
  }
  return `Maximize\n obj: ${goal}\nSubject To\n${rows.join('\n')}\nBounds\n${objective === 'egalitarian' ? ' -1000 <= t <= 1000\n' : ''}Binaries\n ${binaries.join(' ')}\nEnd\n`;
}

// --- the benchmark ----------------------------------------------------------------------------------------

// --- families: Parley's time to all four solutions proven vs HiGHS on the same models, values side by side --

interface Family {
  issues: number;
  options: number;
  parties: number;
  redLines: number;
  utilities: 'independent' | 'correlated' | 'opposed';
}

const axes = {
  issues: [10, 20, 40, 60],
  options: [4, 6, 8],
  parties: [2, 4, 6, 8],
  redLines: [1, 3, 8],
  utilities: ['independent', 'correlated', 'opposed'] as const,
};
const family = (
  issues: number,
  options: number,
  parties: number,
  redLines: number,
  utilities: Family['utilities'],
): Family => ({ issues, options, parties, redLines, utilities });
/** About a dozen families that cover every value of every axis, the hardest targets among them. */
const defaultFamilies: Family[] = [
  family(10, 4, 2, 1, 'independent'),
  family(10, 8, 8, 3, 'opposed'),
  family(20, 6, 4, 3, 'correlated'),
  family(20, 4, 6, 8, 'opposed'),
  family(40, 6, 6, 3, 'independent'),
  family(40, 6, 6, 3, 'correlated'),
  family(40, 6, 6, 3, 'opposed'),
  family(40, 6, 6, 8, 'independent'),
  family(40, 8, 4, 1, 'independent'),
  family(60, 4, 2, 3, 'opposed'),
  family(60, 8, 8, 8, 'independent'),
  family(60, 8, 8, 8, 'correlated'),
];
const allFamilies: Family[] = axes.issues.flatMap((i) =>
  axes.options.flatMap((k) =>
    axes.parties.flatMap((p) =>
      axes.redLines.flatMap((r) => axes.utilities.map((u) => family(i, k, p, r, u))),
    ),
  ),
);
const capMs = 60_000;

interface Run {
  parleyMs: number;
  parleyCpuMs: number;
  parleyProven: boolean;
  highsMs: number;
  highsCpuMs: number;
  highsProven: boolean;
  /** utilitarian, egalitarian and each ideal point: Parley's value, HiGHS's value. */
  values: [string, number | null, number | null][];
  /** For each of HiGHS's answers: whether its package keeps every red line and the agreement zone, exactly. */
  checks: string[];
}

function runFamily(f: Family, seed: number, highs: Awaited<ReturnType<LoadHighs>>): Run {
  const input = generateRandomCase({
    issues: f.issues,
    options: f.options,
    parties: f.parties,
    redLinesPerParty: f.redLines,
    seed,
    opposed: f.utilities === 'opposed',
    correlated: f.utilities === 'correlated',
  });
  const deadline = performance.now() + capMs;
  const [report, parleyMs, parleyCpuMs] = cpuTime(() =>
    solveCase(input, {
      control: {
        shouldStop: () => performance.now() > deadline,
        remaining: () => deadline - performance.now(),
      },
    }),
  );
  const d = input.positions.map((p) => centralValue(p.reservation));
  const sum = (u: Record<string, number>) => Object.values(u).reduce((s, x) => s + x, 0);
  const minGain = (u: Record<string, number>) => Math.min(...Object.values(u).map((x, p) => x - d[p]!));
  const ours: [string, number | null][] = [
    ['utilitarian', report.solutions.utilitarian ? sum(report.solutions.utilitarian.utilities) : null],
    ['egalitarian', report.solutions.egalitarian ? minGain(report.solutions.egalitarian.utilities) : null],
    ...input.positions.map((p): [string, number | null] => [
      `B ${p.party}`,
      report.idealPoints?.[p.party] ?? null,
    ]),
  ];
  const models = [
    highsModel(input, 'utilitarian'),
    highsModel(input, 'egalitarian'),
    ...input.positions.map((_, p) => highsModel(input, { party: p })),
  ];
  let highsMs = 0;
  let highsCpuMs = 0;
  let highsProven = true;
  const packages: (number[] | null)[] = [];
  const theirs = models.map((model) => {
    const left = Math.max(1, (capMs - highsMs) / 1000);
    const [result, ms, cpuMs] = cpuTime(() =>
      highs.solve(model, { output_flag: false, mip_rel_gap: 0, time_limit: left }),
    );
    highsMs += ms;
    highsCpuMs += cpuMs;
    if (result.Status === 'Infeasible') return null;
    if (result.Status !== 'Optimal') highsProven = false;
    packages.push('Columns' in result ? packageOf(input, result.Columns) : null);
    return 'ObjectiveValue' in result ? result.ObjectiveValue : null;
  });
  return {
    parleyMs,
    parleyCpuMs,
    parleyProven: report.proven,
    highsMs,
    highsCpuMs,
    highsProven,
    values: ours.map(([name, value], k) => [name, value, theirs[k] ?? null]),
    checks: packages.map((pkg) => (pkg ? checkPackage(input, pkg) : 'no package')),
  };
}

/** The package a HiGHS solution picks: the option whose x_i_o is (within its tolerance) 1, per issue. */
function packageOf(input: Case, columns: Record<string, { Primal: number }>): number[] {
  return input.issues.map((issue, i) => {
    const o = issue.options.findIndex((_, k) => (columns[`x_${i}_${k}`]?.Primal ?? 0) > 0.5);
    return Math.max(0, o);
  });
}

/**
 * Whether a package keeps every red line (evaluated on the model's rules) and how far each party is above
 * its reservation, on exact rationals: utilities and reservations of generated cases are whole numbers or
 * tenths and weights whole numbers or halves, so 20·Σw·(U_p − d_p) = Σ 2w·10u − 10d·2Σw is an integer.
 */
function checkPackage(input: Case, pkg: number[]): string {
  const optionOf = (id: string) => {
    const i = input.issues.findIndex((issue) => issue.id === id);
    return input.issues[i]!.options[pkg[i]!]!;
  };
  const broken = input.positions.flatMap((p) => p.redlines.filter((r) => !ruleHolds(r.rule, optionOf)));
  const surplus = input.positions.map(centralPosition).map((position) => {
    const w2 = input.issues.map((issue) => Math.round(2 * (position.weights[issue.id] ?? 0)));
    const total = w2.reduce((a, b) => a + b, 0);
    const n = input.issues.reduce(
      (sum, issue, i) =>
        sum + w2[i]! * Math.round(10 * (position.utilities[issue.id]?.[issue.options[pkg[i]!]!.id] ?? 0)),
      0,
    );
    return n - Math.round(10 * position.reservation) * total;
  });
  const outside = surplus.filter((g) => g <= 0).length;
  return `${broken.length} red lines broken, ${outside} parties at or below their reservation`;
}

async function runFamilies(): Promise<void> {
  // `--only 40x6x6` (or `40x6x6x3`, `40x6x6x3-opposed`) keeps the families whose label starts so; `--seed 2`
  // runs one seed: a family can be measured, profiled and measured again without the rest.
  const argument = (flag: string) => {
    const at = process.argv.indexOf(flag);
    return at >= 0 ? process.argv[at + 1] : undefined;
  };
  const only = argument('--only');
  const seedArgument = argument('--seed');
  const key = (f: Family) => `${f.issues}x${f.options}x${f.parties}x${f.redLines}-${f.utilities}`;
  const families = (process.argv.includes('--full') ? allFamilies : defaultFamilies).filter(
    (f) => only === undefined || key(f).startsWith(only),
  );
  const seedsToRun = seedArgument === undefined ? [1, 2] : [Number(seedArgument)];
  const highs = await loadHighs();
  // Both solvers are compiled as they first run (HiGHS's WebAssembly took ~2.5 s of CPU the first time, which
  // the first family measured as HiGHS's): one small family, not reported, warms both up.
  runFamily(family(20, 6, 4, 3, 'opposed'), 99, highs);
  console.log(
    `parley vs HiGHS: ${families.length} families × 2 seeds, ${capMs / 1000} s cap per run; Parley = all four` +
      ` solutions proven, HiGHS = utilitarian + egalitarian + every ideal point\n`,
  );
  console.log(
    'family (I×K×P, red lines, utilities)      seed   parley      highs   ratio  parley cpu highs cpu  ratio  values agree',
  );
  // Parley prints utilities rounded to 4 decimals: a sum of P of them is within P·5e-5 of the exact value.
  const agreeNear = (a: number | null, b: number | null) =>
    a === null || b === null ? a === b : Math.abs(a - b) <= 1e-3;
  for (const f of families)
    for (const seed of seedsToRun) {
      const run = runFamily(f, seed, highs);
      const label = `${f.issues}×${f.options}×${f.parties}, ${f.redLines} red lines, ${f.utilities}`;
      const mark = (ms: number, proven: boolean) => `${seconds(ms)}${proven ? '' : '*'}`.padStart(10);
      const disagreements = run.values.flatMap(([n, a, b], k) =>
        agreeNear(a, b) ? [] : [`${n} ${a} vs ${b} (HiGHS's package: ${run.checks[k]})`],
      );
      // A search stopped by the cap returns its best package so far, not the optimum: values may then differ.
      const agree =
        disagreements.length === 0
          ? 'yes'
          : `${run.parleyProven && run.highsProven ? 'NO' : 'differ (a search was stopped)'}: ${disagreements.join('; ')}`;
      console.log(
        `${label.padEnd(42)} ${String(seed).padStart(4)} ${mark(run.parleyMs, run.parleyProven)} ${mark(run.highsMs, run.highsProven)} ${(run.parleyMs / run.highsMs).toFixed(2).padStart(6)}× ${seconds(run.parleyCpuMs).padStart(9)} ${seconds(run.highsCpuMs).padStart(9)} ${(run.parleyCpuMs / run.highsCpuMs).toFixed(2).padStart(6)}×  ${agree}`,
      );
      if (process.argv.includes('--values'))
        for (const [name, a, b] of run.values) console.log(`    ${name.padEnd(14)} parley ${a}  highs ${b}`);
    }
  console.log(
    '\n* = not proven within the cap. ratio = Parley time / HiGHS time (target ≤ 1.5), by the wall clock and by' +
      ' CPU time in this process (the wall clock also measures whatever else the machine runs).',
  );
}

const classic = process.argv.includes('--classic');

await runFamilies();

if (classic) {
  console.log(
    `parley solver benchmark (${quick ? 'quick, 1 seed' : `${seeds.length} seeds`} per size; 3 red lines per party)\n`,
  );

  report(
    'I=20 K=5 P=4 (~10^14 packages), all four solutions',
    '< 0.5 s',
    solveRuns((s) => shape(20, 5, 4, s)),
  );
  report(
    'I=40 K=6 P=6, all four solutions',
    '< 5 s, proven',
    solveRuns((s) => shape(40, 6, 6, s)),
  );
  report(
    'opposed parties (odd ones reverse party 0) I=40 K=6 P=4',
    'no target',
    solveRuns((s) => ({ ...shape(40, 6, 4, s), opposed: true })),
  );
  for (const [issues, options, parties, target] of [
    [30, 5, 2, '< 2 s'],
    [15, 4, 3, '< 5 s'],
  ] as const) {
    const runs = solveRuns((s) => shape(issues, options, parties, s), { pareto: {}, solutions: [] });
    report(`Pareto frontier P=${parties} I=${issues} K=${options}`, target, runs);
    console.log(`${''.padEnd(52)} frontier sizes ${runs.map((r) => r.result.paretoCount ?? 0).join(', ')}`);
  }
  const infeasible = solveRuns((s) => shape(40, 6, 6, s, true), { afterRelaxation: false });
  report('conflicts + relaxations, infeasible I=40 K=6 P=6', '< 2 s', infeasible);
  const first = infeasible[0]!.result;
  console.log(
    `${''.padEnd(52)} e.g. ${first.conflicts.length} conflicts, ${first.relaxations.length} relaxations of cost ${first.relaxationCost}`,
  );

  // 10^7 packages: I=10, K=5 (9,765,625 packages), P=4.
  {
    const input = generateRandomCase(shape(10, 5, 4, 1));
    const [brute, bruteMs] = time(() => bruteForce(input));
    const solverRuns = [1, 2, 3].map(() =>
      time(() => solveCase(input, { solutions: ['nash', 'egalitarian', 'utilitarian'] })),
    );
    const solverMs = median(solverRuns.map(([, ms]) => ms));
    const solved = solverRuns[0]![0].solutions;
    const d = input.positions.map((p) => centralValue(p.reservation));
    const gains = (u: Record<string, number>): number[] => Object.values(u).map((x, p) => x - d[p]!);
    const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-3 * Math.max(1, Math.abs(b));
    const agrees =
      near(
        Object.values(solved.utilitarian!.utilities).reduce((s, u) => s + u, 0),
        brute.utilitarian,
      ) &&
      near(Math.min(...gains(solved.egalitarian!.utilities)), brute.egalitarian) &&
      near(
        gains(solved.nash!.utilities).reduce((s, g) => s * g, 1),
        brute.nash,
      );
    console.log(
      `\n10^7 packages (I=10 K=5 P=4): brute force ${seconds(bruteMs)}, solver ${seconds(solverMs)} — ${Math.round(bruteMs / solverMs)}× faster (target ≥ 1000×; values agree with brute force: ${agrees})`,
    );
  }

  // The same models given to HiGHS (WASM).
  {
    const highs = await loadHighs();
    const rows: string[] = [];
    for (const [issues, options, parties] of [
      [20, 5, 4],
      [40, 6, 6],
    ] as const) {
      for (const objective of ['utilitarian', 'egalitarian'] as const) {
        const ours: number[] = [];
        const theirs: number[] = [];
        for (const seed of seeds.slice(0, 3)) {
          const input = generateRandomCase(shape(issues, options, parties, seed));
          const [, oursMs] = time(() => solveCase(input, { solutions: [objective as SolutionName] }));
          const model = highsModel(input, objective);
          const [result, theirsMs] = time(() => highs.solve(model, { output_flag: false, mip_rel_gap: 0 }));
          if (result.Status !== 'Optimal' && result.Status !== 'Infeasible')
            throw new Error(`HiGHS: ${result.Status}`);
          ours.push(oursMs);
          theirs.push(theirsMs);
        }
        const ratio = median(theirs) / median(ours);
        rows.push(
          `  ${objective.padEnd(12)} I=${issues} K=${options} P=${parties}: solver ${seconds(median(ours))}, HiGHS ${seconds(median(theirs))} — ratio ${ratio.toFixed(1)}× (target ≥ 1×)`,
        );
      }
    }
    console.log(
      `\nagainst the HiGHS MIP solver, same model (median of ${Math.min(3, seeds.length)} seeds):\n${rows.join('\n')}`,
    );
  }

  // How time grows with I (K=5, P=4, all four solutions).
  {
    const lines: string[] = [];
    for (const issues of [10, 20, 30, 40, 50, 60]) {
      const runs = solveRuns((s) => shape(issues, 5, 4, s));
      lines.push(`  I=${String(issues).padStart(2)}: ${seconds(median(runs.map((r) => r.ms)))}`);
    }
    console.log(`\ngrowth with I (K=5, P=4, all four solutions, median):\n${lines.join('\n')}`);
  }

  console.log(
    `\npeak memory (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (target < 1024 MB)`,
  );
}
