import type { Case, Position, Proposal } from '../../../src/model/index.js';
import type { ProcessDetail, RedLineRef } from '../api/contract.js';

/**
 * JSON cannot spell infinity, so the API sends an option `value` or a rule's `min`/`max` of ±Infinity as the
 * string "Infinity" (src/server/app.ts); this puts the numbers back, anywhere in a value.
 * @example restoreInfinity({ id: 'none', value: 'Infinity' }) // { id: 'none', value: Infinity }
 */
export function restoreInfinity<T>(value: T): T {
  if (Array.isArray(value)) return value.map(restoreInfinity) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const isNumeric = key === 'value' || key === 'min' || key === 'max';
    out[key] =
      isNumeric && v === 'Infinity'
        ? Infinity
        : isNumeric && v === '-Infinity'
          ? -Infinity
          : restoreInfinity(v);
  }
  return out as T;
}

/** A whole case put together from what the API answered (a mediator reads every part of it). */
export function assembleCase(
  process: ProcessDetail,
  proposals: readonly Proposal[],
  positions: readonly Position[],
): Case {
  const { access: _access, version: _version, ...manifest } = restoreInfinity(process);
  return {
    ...manifest,
    proposals: proposals.map((p) => restoreInfinity(p)),
    positions: positions.map((p) => restoreInfinity(p)),
  };
}

/**
 * The case as it would be if the named red lines were given up: those red lines are removed from their
 * parties' positions; everything else is unchanged.
 */
export function withoutRedLines(theCase: Case, relaxed: readonly RedLineRef[]): Case {
  const isRelaxed = (party: string, id: string) => relaxed.some((r) => r.party === party && r.redline === id);
  return {
    ...theCase,
    positions: theCase.positions.map((p) => ({
      ...p,
      redlines: p.redlines.filter((r) => !isRelaxed(p.party, r.id)),
    })),
  };
}

/**
 * How many red lines a what-if gives up, and whose: `2 red lines given up (Ukraine 1, Russia 1)`, parties
 * in the order they first appear, each red line counted once.
 * @example describeGivenUp([{ party: 'ua', redline: 'nato' }], (id) => 'Ukraine') // '1 red line given up (Ukraine 1)'
 */
export function describeGivenUp(relaxed: readonly RedLineRef[], partyName: (id: string) => string): string {
  const distinct = new Map(relaxed.map((r) => [`${r.party}\u0000${r.redline}`, r]));
  const byParty = new Map<string, number>();
  for (const r of distinct.values()) byParty.set(r.party, (byParty.get(r.party) ?? 0) + 1);
  const parts = [...byParty].map(([party, n]) => `${partyName(party)} ${n}`).join(', ');
  const count = distinct.size;
  return `${count} red ${count === 1 ? 'line' : 'lines'} given up${count > 0 ? ` (${parts})` : ''}`;
}
