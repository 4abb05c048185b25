import type { Provision } from '../model/index.js';

/** Where a new provision goes in the draft and how it is numbered. `index` is its place in the provision list. */
export interface NewPlace {
  index: number;
  num: string;
  label: string;
  parent?: string;
}

/**
 * The top-level point a provision belongs to: itself, or the ancestor without a parent.
 * @example topLevelOf(draft, '10b') // '10'
 */
export function topLevelOf(provisions: readonly Provision[], num: string): string {
  const byNum = new Map(provisions.map((p) => [p.num, p]));
  let current = byNum.get(num);
  // A parent chain is at most as long as the list; the bound guards against a cycle in malformed input.
  for (let step = 0; current?.parent !== undefined && step < provisions.length; step++) {
    const parent = byNum.get(current.parent);
    if (!parent) break;
    current = parent;
  }
  return current?.num ?? num;
}

/**
 * The place for a provision inserted after top-level point `anchor` (after its last sub-point), numbered so
 * that the draft's Markdown reads back with the same numbers (the text layer's list rules): after letter
 * sub-points `a.`…`c.` it is the next letter (`d.`, num `10d`); under a point with no sub-points, or with
 * decimal ones, it is the next decimal (`6.1.`, num `6-1`). Returns undefined when neither fits (roman or
 * bullet sub-points, a label that is not `N.`); the caller then appends at the end.
 * @example placeAfter(draft, '6') // { index: 7, num: '6-1', label: '6.1.', parent: '6' }
 */
export function placeAfter(provisions: readonly Provision[], anchor: string): NewPlace | undefined {
  const at = provisions.findIndex((p) => p.num === anchor);
  const point = provisions[at];
  if (!point || point.parent !== undefined) return undefined;
  let end = at + 1;
  while (end < provisions.length && topLevelOf(provisions, provisions[end]!.num) === anchor) end++;
  const children = provisions.slice(at + 1, end).filter((p) => p.parent === anchor);
  const taken = new Set(provisions.map((p) => p.num));
  const last = children.at(-1);
  const letter = last && /^(\(?)([a-y])([.)])$/.exec(last.label);
  if (letter) {
    const [, open = '', name = 'a', close = '.'] = letter;
    const next = String.fromCharCode(name.charCodeAt(0) + 1);
    const num = `${anchor}${next}`;
    return taken.has(num) ? undefined : { index: end, num, label: `${open}${next}${close}`, parent: anchor };
  }
  const decimal = /^(\d+)\.$/.exec(point.label);
  const lastDecimal = last ? new RegExp(`^${anchor}\\.(\\d+)\\.$`).exec(last.label) : null;
  if (!decimal || decimal[1] !== anchor || (last && !lastDecimal)) return undefined;
  const next = lastDecimal ? Number(lastDecimal[1]) + 1 : 1;
  const num = `${anchor}-${next}`;
  return taken.has(num) ? undefined : { index: end, num, label: `${anchor}.${next}.`, parent: anchor };
}

/**
 * The place for a provision appended at the end as a new top-level point: the number after the largest
 * top-level number (`29.` after `28.`), or after the count of top-level points when none is a number.
 * @example placeAtEnd(draft) // { index: 52, num: '29', label: '29.' }
 */
export function placeAtEnd(provisions: readonly Provision[]): NewPlace {
  const numbers = provisions
    .filter((p) => p.parent === undefined)
    .map((p) => (/^\d+$/.test(p.num) ? Number(p.num) : 0));
  const taken = new Set(provisions.map((p) => p.num));
  let next = Math.max(numbers.length, ...numbers) + 1;
  while (taken.has(String(next))) next++;
  return { index: provisions.length, num: String(next), label: `${next}.` };
}
