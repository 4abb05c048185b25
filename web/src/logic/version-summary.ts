import type { CaseManifest, Position, Proposal } from '../api/contract.js';
import { diffPositions } from './position-diff.js';

/** One line of a history list: what a version changed against the one before it. */
export type ChangeSummary = string;

/**
 * What a version of a proposal changed against the version before it, counted by provision number (cheap,
 * for the list; the redline of any two versions is the server's alignment): provisions reworded, added,
 * removed and recoded, and front-matter fields that changed.
 * @example summariseProposalChange(v1, v2) // 'reworded 1 · codes of 2 · visibility'
 */
export function summariseProposalChange(before: Proposal, after: Proposal): ChangeSummary {
  const old = new Map(before.provisions.map((p) => [p.num, p]));
  const now = new Map(after.provisions.map((p) => [p.num, p]));
  const reworded: string[] = [];
  const recoded: string[] = [];
  for (const [num, p] of now) {
    const q = old.get(num);
    if (!q) continue;
    if (q.text !== p.text || q.label !== p.label) reworded.push(num);
    if (JSON.stringify(q.codes) !== JSON.stringify(p.codes)) recoded.push(num);
  }
  const added = [...now.keys()].filter((num) => !old.has(num));
  const removed = [...old.keys()].filter((num) => !now.has(num));
  const parts = [
    listed('reworded', reworded),
    listed('added', added),
    listed('removed', removed),
    listed('codes of', recoded),
  ];
  const meta = (Object.keys({ ...before, ...after }) as (keyof Proposal)[]).filter(
    (key) => key !== 'provisions' && JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  return joinParts([...parts, ...meta.map((key) => String(key))]);
}

/**
 * What a version of a position changed against the one before, as field names (`Reservation · Weight of
 * NATO membership · 2 more`).
 */
export function summarisePositionChange(
  before: Position,
  after: Position,
  issues: CaseManifest['issues'],
): ChangeSummary {
  const fields = diffPositions(before, after, issues).map((c) => c.field);
  const shown = fields.slice(0, 3);
  if (fields.length > shown.length) shown.push(`${fields.length - shown.length} more`);
  return joinParts(shown);
}

function listed(what: string, nums: string[]): string {
  if (nums.length === 0) return '';
  const shown = nums.slice(0, 5).join(', ');
  return `${what} ${shown}${nums.length > 5 ? ` and ${nums.length - 5} more` : ''}`;
}

function joinParts(parts: string[]): ChangeSummary {
  const kept = parts.filter(Boolean);
  return kept.length === 0 ? 'no change' : kept.join(' · ');
}
