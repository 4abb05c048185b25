import { z } from 'zod';
import type { Code } from '../model/index.js';

/**
 * What `compare` needs of a provision. A model `Provision` satisfies it, and so does a segment from
 * `segmentText`: `num` is the label without punctuation (`10a`), `text` excludes the label and sub-points.
 */
export interface ComparableProvision {
  num: string;
  text: string;
  parent?: string | undefined;
  codes?: readonly Code[] | undefined;
}

/**
 * How a provision of A became a provision of B:
 * `same` identical after normalisation (case, punctuation, spacing; the number may differ),
 * `modified` reworded in place, `moved` out of document order (possibly reworded too), `deleted` / `added`
 * present on one side only, `split` one → several, `merged` several → one.
 */
export const PairKind = z.enum(['same', 'modified', 'moved', 'deleted', 'added', 'split', 'merged']);
export type PairKind = z.infer<typeof PairKind>;

/**
 * One step of a word-level redline. Concatenating `equal` and `delete` texts rebuilds the old text exactly;
 * `equal` and `insert` rebuild the new one.
 */
export const RedlineOp = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() });
export type RedlineOp = z.infer<typeof RedlineOp>;

/**
 * Why the aligner paired two provisions (or left one alone): the words both say (`terms`, as A writes them),
 * words that differ but mean or spell alike (`related`, `confirmed ~ reaffirmed`, `sovereign ~ sovereignty`),
 * the figures both state, the issues both code, and where the pair stands: `same number`, `in order` (between
 * pairs in document order), `out of order` (moved), `issue summary` (the issue summary reports the change of
 * an issue from one to the other) or `no counterpart`.
 */
export const PairWhy = z.object({
  terms: z.array(z.string()),
  related: z.array(z.string()),
  numbers: z.array(z.string()),
  codes: z.array(z.string()),
  position: z.enum(['same number', 'in order', 'out of order', 'issue summary', 'no counterpart']),
});
export type PairWhy = z.infer<typeof PairWhy>;

/**
 * One pair of the alignment (DESIGN.md, `parley compare --json`). `from`/`to` are provision numbers, `null` for
 * an added/deleted provision. A merge gives one pair per source provision, all with the same `to`; a split one
 * pair per target. `similarity` is the BM25 cosine in 0..1 (1 for `same`). For a merge or split, `similarity`
 * and `redline` are those of the whole group (its sources, or targets, read in document order as one text),
 * and `group` lists the group's other side.
 */
export const ProvisionPair = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  kind: PairKind,
  similarity: z.number().min(0).max(1),
  redline: z.array(RedlineOp),
  /** For `merged`: every source `num` of the group; for `split`: every target `num`. */
  group: z.array(z.string()).optional(),
  /**
   * The two sides are in different languages: `redline` is empty (every word would be a change) and `texts`
   * holds both sides, to be read side by side.
   */
  translation: z.literal(true).optional(),
  texts: z.object({ from: z.string(), to: z.string() }).optional(),
  /** Set on every pair `compareProposals` makes. */
  why: PairWhy.optional(),
});
export type ProvisionPair = z.infer<typeof ProvisionPair>;

/**
 * How the coded position on one issue changed between two proposals. `changed`: both code it, with different
 * options; `removed`: A codes it and the provisions that did have no counterpart in B (deleted); `opened`: A
 * codes it and B keeps a counterpart of such a provision that no longer codes it; `addressed`: B codes an
 * issue A left open.
 */
export const IssueChange = z.object({
  issue: z.string(),
  change: z.enum(['changed', 'removed', 'opened', 'addressed']),
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** Provisions of A / B that code the issue. */
  fromProvisions: z.array(z.string()),
  toProvisions: z.array(z.string()),
});
export type IssueChange = z.infer<typeof IssueChange>;

/**
 * The result of comparing two proposals. Pairs come in B's document order; a deleted A provision comes right
 * after the last pair of the A provision before it (at the start when it is A's first).
 * `issues` is present when both sides carry issue codes.
 */
export const Comparison = z.object({
  pairs: z.array(ProvisionPair),
  issues: z.array(IssueChange).optional(),
});
export type Comparison = z.infer<typeof Comparison>;
