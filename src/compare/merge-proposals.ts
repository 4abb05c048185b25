import { z } from 'zod';
import { compareProposals, isSameText } from './compare-proposals.js';
import type { ComparableProvision, ProvisionPair } from './comparison.js';
import { mergeWords } from './merge-words.js';

/** A revision of the base: a name for people (proposal id, authors) and its provisions. */
export interface Revision {
  name: string;
  provisions: readonly ComparableProvision[];
}

/** One side's version in a conflict: its provision numbers and text, `text: null` when it deleted the provision. */
export const MergeVariant = z.object({
  author: z.string(),
  nums: z.array(z.string()),
  text: z.string().nullable(),
});
export type MergeVariant = z.infer<typeof MergeVariant>;

/**
 * One block of the merged proposal, in document order. A provision carries its text and where it came from
 * (`base` untouched, `a`/`b` one revision's change, `both` the same change or a word-level merge of two).
 * A conflict has `text: null` and keeps the base text and both variants with their authors.
 */
export const MergeBlock = z.object({
  num: z.string(),
  parent: z.string().optional(),
  text: z.string().nullable(),
  source: z.enum(['base', 'a', 'b', 'both', 'conflict']),
  conflict: z.object({ base: z.string().nullable(), variants: z.array(MergeVariant) }).optional(),
});
export type MergeBlock = z.infer<typeof MergeBlock>;

/** The merged proposal (`parley merge --json`): its blocks and how many are conflicts. */
export const MergeResult = z.object({ blocks: z.array(MergeBlock), conflicts: z.number().int().min(0) });
export type MergeResult = z.infer<typeof MergeResult>;

/** What one revision did to one base provision. */
type Change =
  | { kind: 'kept'; to: ComparableProvision }
  | { kind: 'edited'; to: ComparableProvision }
  | { kind: 'deleted' }
  | { kind: 'regrouped'; pairs: ProvisionPair[]; to: ComparableProvision[] };

/**
 * Three-way merge of two revisions of one base proposal. Each revision is aligned with the base
 * (`compareProposals`); per base provision, a change made by one side only is taken, the same change made by
 * both is taken once, two different rewordings are merged word by word when their edits touch different
 * words (`mergeWords`), and anything else (two overlapping rewordings, a deletion against a rewording, a
 * merge or split against any other change) is a conflict that keeps the base text and both variants with
 * their authors. Provisions added by a revision follow the provision they follow there, and so do provisions
 * it moved (A's place when both moved one); numbers are those of revision A where it has the provision, else
 * B's, else the base's. Otherwise the order is the base's.
 * @example mergeProposals(us28, { name: 'e3-counter', provisions: e3 }, { name: 'us-ua', provisions: geneva })
 */
export function mergeProposals(base: readonly ComparableProvision[], a: Revision, b: Revision): MergeResult {
  const sideA = changesOf(base, a.provisions);
  const sideB = changesOf(base, b.provisions);
  const done = new Set<number>();
  // First decide each base provision's blocks, then lay them out: a provision one revision moved goes
  // where that revision put it (A's place when both moved it), so the layout needs every decision first.
  const decided = base.map((provision, i): MergeBlock[] => {
    if (done.has(i)) return [];
    const [x, y] = [sideA.changes[i]!, sideB.changes[i]!];
    done.add(i);
    if (x.kind === 'regrouped' || y.kind === 'regrouped')
      return mergeRegrouped(base, i, sideA, sideB, a, b, done);
    const merged = mergeOne(provision, x, y, a, b);
    const mover = sideA.movedTo.has(i) ? 'a' : sideB.movedTo.has(i) ? 'b' : undefined;
    return mover ? merged.map((k) => (k.source === 'base' ? { ...k, source: mover } : k)) : merged;
  });
  const relocated = new Map<number, MergeBlock[]>();
  decided.forEach((blocksOfI, i) => {
    const slot = sideA.movedTo.get(i) ?? sideB.movedTo.get(i);
    if (slot !== undefined) relocated.set(slot, [...(relocated.get(slot) ?? []), ...blocksOfI]);
  });
  const blocks: MergeBlock[] = [];
  const emitAfter = (slot: number): void => {
    blocks.push(...(relocated.get(slot) ?? []));
    const fromA = sideA.added.get(slot) ?? [];
    const fromB = (sideB.added.get(slot) ?? []).filter((p) => !fromA.some((q) => isSameText(q.text, p.text)));
    for (const p of fromA) blocks.push(block(p, 'a'));
    for (const p of fromB) blocks.push(block(p, 'b'));
  };
  emitAfter(-1);
  decided.forEach((blocksOfI, i) => {
    if (!sideA.movedTo.has(i) && !sideB.movedTo.has(i)) blocks.push(...blocksOfI);
    emitAfter(i);
  });
  return { blocks, conflicts: blocks.filter((k) => k.source === 'conflict').length };
}

interface Side {
  changes: Change[];
  /** Provisions the revision added, by the index of the base provision they follow (-1: at the start). */
  added: Map<number, ComparableProvision[]>;
  /** Base provisions the revision moved, to the index of the base provision they now follow (-1: start). */
  movedTo: Map<number, number>;
}

function changesOf(base: readonly ComparableProvision[], revised: readonly ComparableProvision[]): Side {
  const indexOfBase = new Map(base.map((p, i) => [p.num, i]));
  const byNum = new Map(revised.map((p) => [p.num, p]));
  const pairs = compareProposals(base, revised).pairs;
  const changes: Change[] = base.map(() => ({ kind: 'deleted' }));
  const added = new Map<number, ComparableProvision[]>();
  const movedTo = new Map<number, number>();
  let slot = -1;
  for (const pair of pairs) {
    if (pair.from === null) {
      const list = added.get(slot) ?? [];
      list.push(byNum.get(pair.to!)!);
      added.set(slot, list);
      continue;
    }
    const i = indexOfBase.get(pair.from)!;
    if (pair.to === null) continue; // deleted, the default
    // A moved provision is placed after the in-order provision before it; it is not itself a place-mark.
    if (pair.kind === 'moved') movedTo.set(i, slot);
    else slot = Math.max(slot, i);
    const to = byNum.get(pair.to)!;
    if (pair.kind === 'merged' || pair.kind === 'split') {
      const previous = changes[i]!;
      if (previous.kind === 'regrouped') {
        previous.pairs.push(pair);
        if (!previous.to.includes(to)) previous.to.push(to);
      } else changes[i] = { kind: 'regrouped', pairs: [pair], to: [to] };
    } else changes[i] = { kind: to.text === base[i]!.text ? 'kept' : 'edited', to };
  }
  return { changes, added, movedTo };
}

function block(p: ComparableProvision, source: MergeBlock['source']): MergeBlock {
  return { num: p.num, ...(p.parent === undefined ? {} : { parent: p.parent }), text: p.text, source };
}

function textOf(change: Change): string | null {
  if (change.kind === 'deleted') return null;
  if (change.kind === 'regrouped') return change.to.map((p) => p.text).join(' ');
  return change.to.text;
}

function numsOf(change: Change): string[] {
  if (change.kind === 'deleted') return [];
  if (change.kind === 'regrouped') return change.to.map((p) => p.num);
  return [change.to.num];
}

function conflict(
  num: string,
  parent: string | undefined,
  baseText: string | null,
  x: Change,
  y: Change,
  a: Revision,
  b: Revision,
): MergeBlock {
  return {
    num,
    ...(parent === undefined ? {} : { parent }),
    text: null,
    source: 'conflict',
    conflict: {
      base: baseText,
      variants: [
        { author: a.name, nums: numsOf(x), text: textOf(x) },
        { author: b.name, nums: numsOf(y), text: textOf(y) },
      ],
    },
  };
}

function mergeOne(
  provision: ComparableProvision,
  x: Change,
  y: Change,
  a: Revision,
  b: Revision,
): MergeBlock[] {
  const numbered = (p: ComparableProvision, text: string, source: MergeBlock['source']): MergeBlock =>
    block({ ...p, text }, source);
  if (x.kind === 'regrouped' || y.kind === 'regrouped')
    throw new Error('mergeOne: regrouped changes go to mergeRegrouped');
  if (x.kind === 'deleted' && y.kind === 'deleted') return [];
  if (x.kind === 'deleted')
    return y.kind === 'kept' ? [] : [conflict(provision.num, provision.parent, provision.text, x, y, a, b)];
  if (y.kind === 'deleted')
    return x.kind === 'kept' ? [] : [conflict(x.to.num, x.to.parent, provision.text, x, y, a, b)];
  if (x.kind === 'kept' && y.kind === 'kept') return [numbered(x.to, provision.text, 'base')];
  if (y.kind === 'kept') return [numbered(x.to, x.to.text, 'a')];
  if (x.kind === 'kept') return [numbered(x.to, y.to.text, 'b')];
  if (x.to.text === y.to.text) return [numbered(x.to, x.to.text, 'both')];
  const merged = mergeWords(provision.text, x.to.text, y.to.text);
  return merged === undefined
    ? [conflict(x.to.num, x.to.parent, provision.text, x, y, a, b)]
    : [numbered(x.to, merged, 'both')];
}

/**
 * A base provision that one side merged with others or split: the whole group is taken from that side when
 * the other side kept every base provision of the group; otherwise the group is one conflict.
 */
function mergeRegrouped(
  base: readonly ComparableProvision[],
  i: number,
  sideA: Side,
  sideB: Side,
  a: Revision,
  b: Revision,
  done: Set<number>,
): MergeBlock[] {
  const indexOfBase = new Map(base.map((p, k) => [p.num, k]));
  const group = new Set<number>([i]);
  // A merged pair lists its base sources in `group`; a split pair's `group` lists targets, its source is `from`.
  for (const side of [sideA, sideB]) {
    const change = side.changes[i]!;
    if (change.kind === 'regrouped')
      for (const pair of change.pairs)
        for (const num of pair.kind === 'merged' ? (pair.group ?? []) : [pair.from!])
          if (indexOfBase.has(num)) group.add(indexOfBase.get(num)!);
  }
  const members = [...group].sort((x, y) => x - y);
  for (const k of members) done.add(k);
  const isKept = (side: Side) => members.every((k) => side.changes[k]!.kind === 'kept');
  const takeFrom = (side: Side, source: MergeBlock['source']): MergeBlock[] => {
    const seen = new Set<string>();
    const out: MergeBlock[] = [];
    for (const k of members) {
      const change = side.changes[k]!;
      const targets = change.kind === 'regrouped' ? change.to : change.kind === 'deleted' ? [] : [change.to];
      for (const p of targets.filter((t) => !seen.has(t.num))) {
        seen.add(p.num);
        out.push(block(p, source));
      }
    }
    return out;
  };
  if (isKept(sideB)) return takeFrom(sideA, 'a');
  if (isKept(sideA)) return takeFrom(sideB, 'b');
  const textsOf = (side: Side) =>
    takeFrom(side, 'a')
      .map((p) => p.text)
      .join(' ');
  const numsOfSide = (side: Side) => takeFrom(side, 'a').map((p) => p.num);
  const [textA, textB] = [textsOf(sideA), textsOf(sideB)];
  if (textA === textB) return takeFrom(sideA, 'both');
  const first = base[members[0]!]!;
  return [
    {
      num: first.num,
      ...(first.parent === undefined ? {} : { parent: first.parent }),
      text: null,
      source: 'conflict',
      conflict: {
        base: members.map((k) => base[k]!.text).join(' '),
        variants: [
          { author: a.name, nums: numsOfSide(sideA), text: textA || null },
          { author: b.name, nums: numsOfSide(sideB), text: textB || null },
        ],
      },
    },
  ];
}
