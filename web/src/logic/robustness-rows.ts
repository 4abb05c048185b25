import type {
  Concession,
  Package,
  Leverage,
  PartyRobustnessReport,
  RobustnessReport,
  Sensitivity,
} from '../api/contract.js';

/** Whether two packages choose the same option on every issue. */
export const isSamePackage = (a: Package, b: Package): boolean =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([issue, o]) => b[issue] === o);

/**
 * A run's progress for a person: the share of its solves done, and how many of how many.
 * @example progressText({ done: 1024, total: 4096 }) // '25% (1,024 of 4,096 solves)'
 */
export function progressText(progress: { done: number; total?: number }): string {
  if (!progress.total) return `${progress.done.toLocaleString('en')} solves`;
  const share = Math.floor((progress.done / progress.total) * 100);
  return `${share}% (${progress.done.toLocaleString('en')} of ${progress.total.toLocaleString('en')} solves)`;
}

/** Whether a robustness answer is the mediators' whole report (a delegate's has no `zone`). */
export const isFullReport = (report: RobustnessReport | PartyRobustnessReport): report is RobustnessReport =>
  'zone' in report;

/** One cell of the acceptance chart: how likely `party` accepts the row's proposal or package. */
export interface AcceptanceCell {
  row: string;
  kind: 'proposal' | 'package';
  party: string;
  p: number;
}

/** How many of the most frequent Nash packages the acceptance chart shows under the proposals. */
export const shownPackages = 5;

/**
 * The acceptance chart's cells, row by row: each proposal (titled), then the most frequent Nash packages
 * ("Nash package 1 (12.5% of samples)"), then the packages asked about; a column per party in `parties`'
 * order, and for the mediators' report an "all parties" column. A party the report does not cover has no cell.
 * @example acceptanceCells(report, ['ua', 'ru'], titles)[0] // { row: 'US 28-point plan', kind: 'proposal', party: 'ua', p: 0 }
 */
export function acceptanceCells(
  report: RobustnessReport | PartyRobustnessReport,
  parties: readonly string[],
  titles: ReadonlyMap<string, string>,
  allLabel = 'all parties',
): AcceptanceCell[] {
  const full = isFullReport(report);
  const rows: { row: string; kind: AcceptanceCell['kind']; accept: Record<string, number>; all?: number }[] =
    [
      ...report.proposals.map((p) => ({
        row: titles.get(p.proposal) ?? p.proposal,
        kind: 'proposal' as const,
        accept: p.accept,
        ...(full ? { all: (p as RobustnessReport['proposals'][number]).all } : {}),
      })),
      ...(full
        ? report.solutions.slice(0, shownPackages).map((s, i) => ({
            row: `Nash package ${i + 1} (${percent(s.nash)} of samples)`,
            kind: 'package' as const,
            accept: s.accept,
            all: s.all,
          }))
        : []),
      ...report.packages.map((p, i) => ({
        row: `Released package ${i + 1}`,
        kind: 'package' as const,
        accept: p.accept,
        ...('all' in p ? { all: p.all } : {}),
      })),
    ];
  return rows.flatMap(({ row, kind, accept, all }) => [
    ...parties
      .filter((party) => accept[party] !== undefined)
      .map((party) => ({ row, kind, party, p: accept[party]! })),
    ...(all === undefined ? [] : [{ row, kind, party: allLabel, p: all }]),
  ]);
}

/** One bar of the tornado: a parameter and the signed change that is its effect, with what changed. */
export interface TornadoBar {
  parameter: string;
  change: number;
  measure: 'agreement zone' | 'Nash package' | 'own acceptance';
}

/**
 * The tornado's bars, largest effect first: each parameter's signed change with the largest size among
 * P(zone), P(the most frequent Nash package) and its own party's mean acceptance (upper half of its range
 * minus lower half; for a red line, holding minus giving way). Parameters that move nothing are left out.
 * @example tornadoBars([{ parameter: 'ru.redlines.recognition', effect: 0.2, zone: -0.2, nash: 0, accept: 0 }]) // [{ parameter: 'ru.redlines.recognition', change: -0.2, measure: 'agreement zone' }]
 */
export function tornadoBars(sensitivity: readonly Sensitivity[], limit = 12): TornadoBar[] {
  return sensitivity
    .filter((s) => s.effect > 0)
    .slice(0, limit)
    .map((s) => {
      const candidates: [TornadoBar['measure'], number][] = [
        ['agreement zone', s.zone ?? 0],
        ['Nash package', s.nash ?? 0],
        ['own acceptance', s.accept],
      ];
      const [measure, change] = candidates.reduce((best, c) =>
        Math.abs(c[1]) > Math.abs(best[1]) ? c : best,
      );
      return { parameter: s.parameter, change, measure };
    });
}

/** One point of a leverage curve, flat for plotting: null `nash` where no sample had a zone. */
export interface LeveragePlotPoint {
  party: string;
  reservation: number;
  zone: number;
  nash: number | null;
}

/** The leverage curves as plot points, party names in place of ids. */
export function leveragePoints(
  leverage: readonly Leverage[],
  nameOf: (party: string) => string,
): LeveragePlotPoint[] {
  return leverage.flatMap((curve) =>
    curve.points.map((p) => ({
      party: nameOf(curve.party),
      reservation: p.reservation,
      zone: p.zone,
      nash: p.nash,
    })),
  );
}

/** One concession's bar: who gives up which red line, what it is worth to the others, how much the zone opens. */
export interface ConcessionBar {
  label: string;
  total: number;
  zone: number;
  gains: string;
}

/**
 * The concessions worth something (others gain or the zone opens), most valuable first as the report sorts
 * them, each labelled "Russia gives up recognition" with its gains party by party for the tooltip.
 */
export function concessionBars(
  concessions: readonly Concession[],
  nameOf: (party: string) => string,
  limit = 10,
): ConcessionBar[] {
  return concessions
    .filter((c) => c.total !== 0 || c.zone !== 0)
    .slice(0, limit)
    .map((c) => ({
      label: `${nameOf(c.party)} gives up ${c.redline}`,
      total: c.total,
      zone: c.zone,
      gains: Object.entries(c.gains)
        .map(([party, gain]) => `${nameOf(party)} ${gain >= 0 ? '+' : ''}${gain.toFixed(1)}`)
        .join(', '),
    }));
}

/** A probability as a percentage with one decimal: 0.1234 → "12.3%". */
export const percent = (p: number): string => `${(p * 100).toFixed(1)}%`;
