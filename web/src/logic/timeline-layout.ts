import type { ProposalSummary, Track } from '../api/contract.js';

/** A proposal placed on the dashboard timeline. */
export interface TimelineItem {
  proposal: ProposalSummary;
  lane: number;
  /** Horizontal place, 0..1 across the span of dates; undated proposals sit at 1 (the latest). */
  x: number;
  /** Index in `items` of the proposal this one revises, when it is on the timeline. */
  revises: number | null;
}

/** The timeline: one lane per track (plus "No track" when needed), items in date order. */
export interface TimelineLayout {
  lanes: { id: string | null; name: string }[];
  items: TimelineItem[];
  /** Each distinct date with its place, for the axis ticks. */
  ticks: { date: string; x: number }[];
  /** Places (0..1) where a long quiet stretch was shortened, drawn as axis breaks. */
  breaks: number[];
}

/** The longest gap between two dates, in days, drawn at full length; longer ones are shortened to it. */
export const longestGapDays = 30;

/**
 * Orders proposals by date, then id (compared with < and >, so the order never depends on the locale);
 * undated proposals come last. Every view lists proposals in this order.
 */
export const byDate = (
  a: Pick<ProposalSummary, 'date' | 'id'>,
  b: Pick<ProposalSummary, 'date' | 'id'>,
): number => {
  const da = a.date ?? '9999-99-99';
  const db = b.date ?? '9999-99-99';
  return da < db ? -1 : da > db ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

const day = (iso: string): number =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

/**
 * Places proposals on lanes by track and on x by date. Order is by date, then id (written down so the
 * layout never depends on the order the server lists them in); undated proposals come last. Time runs
 * linearly except that a gap longer than `longestGapDays` is shortened to that length and marked as a break,
 * so proposals days apart do not pile up when one dates from years before.
 */
export function layoutTimeline(
  proposals: readonly ProposalSummary[],
  tracks: readonly Track[],
): TimelineLayout {
  const sorted = [...proposals].sort((a, b) => {
    const da = a.date ?? '9999-99-99';
    const db = b.date ?? '9999-99-99';
    return da < db ? -1 : da > db ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  const lanes: TimelineLayout['lanes'] = tracks
    .filter((t) => sorted.some((p) => p.track === t.id))
    .map((t) => ({ id: t.id, name: t.name }));
  if (sorted.some((p) => !p.track || !tracks.some((t) => t.id === p.track)))
    lanes.push({ id: null, name: 'No track' });
  const dates = [...new Set(sorted.flatMap((p) => (p.date ? [p.date] : [])))];
  const offsets: number[] = [];
  const breakOffsets: number[] = [];
  dates.forEach((date, i) => {
    if (i === 0) return offsets.push(0);
    const gap = day(date) - day(dates[i - 1]!);
    const previous = offsets[i - 1]!;
    if (gap > longestGapDays) breakOffsets.push(previous + longestGapDays / 2);
    offsets.push(previous + Math.min(gap, longestGapDays));
  });
  const span = offsets[offsets.length - 1] ?? 0;
  const placeOf = new Map(dates.map((date, i) => [date, span > 0 ? offsets[i]! / span : 0.5]));
  const index = new Map(sorted.map((p, i) => [p.id, i]));
  const items = sorted.map((proposal) => {
    const laneIndex = lanes.findIndex((l) => l.id === (proposal.track ?? null));
    return {
      proposal,
      lane: laneIndex === -1 ? lanes.length - 1 : laneIndex,
      x: proposal.date ? placeOf.get(proposal.date)! : 1,
      revises: proposal.revises ? (index.get(proposal.revises) ?? null) : null,
    };
  });
  const ticks = dates.map((date) => ({ date, x: placeOf.get(date)! }));
  return { lanes, items, ticks, breaks: breakOffsets.map((o) => (span > 0 ? o / span : 0.5)) };
}
