import { z } from 'zod';
import { Id } from './id.js';

/** One issue settled by a provision: `military.cap=cap-600k` in `<!-- parley: … -->`. */
export const SettledCode = z.strictObject({ issue: Id, option: Id });
export type SettledCode = z.infer<typeof SettledCode>;

/**
 * Bracketed or disputed alternatives on one issue (`[A / B]`, "Ukraine proposes X, Russia Y"):
 * `territory.donbas=no-withdrawal|free-economic-zone` in `<!-- parley: … -->`. The provision leaves the issue
 * open among the listed options (at least two, distinct, in the order written).
 */
export const AlternativeCode = z.strictObject({ issue: Id, options: z.array(Id).min(2) });
export type AlternativeCode = z.infer<typeof AlternativeCode>;

/** An issue code of a provision: one option, or alternatives among several. */
export const Code = z.union([SettledCode, AlternativeCode]);
export type Code = z.infer<typeof Code>;

/**
 * The options a code names: the one it settles, or its alternatives in the order written.
 * @example optionsOfCode({ issue: 'amnesty', options: ['none', 'blanket'] }) // ['none', 'blanket']
 */
export const optionsOfCode = (code: Code): string[] => ('options' in code ? code.options : [code.option]);

/**
 * A code as the comment writes it: `issue=option`, or `issue=a|b` for alternatives.
 * @example formatCode({ issue: 'amnesty', options: ['none', 'blanket'] }) // 'amnesty=none|blanket'
 */
export const formatCode = (code: Code): string => `${code.issue}=${optionsOfCode(code).join('|')}`;

/** Whether two codes of one issue say the same thing (the same option, or the same set of alternatives). */
export function isSameCoding(a: Code, b: Code): boolean {
  const left = [...new Set(optionsOfCode(a))].sort();
  const right = [...new Set(optionsOfCode(b))].sort();
  return left.length === right.length && left.every((option, i) => option === right[i]);
}

/**
 * A numbered point of a proposal as the document numbers it. The list is flat: a sub-point names its
 * parent (`10a` has parent `10`), so provisions can be compared and cited by `num` alone.
 */
export const Provision = z.strictObject({
  /** The label without punctuation, unique in its proposal: `1`, `10a`, `art5`; `0` is an unnumbered preamble. */
  num: z.string().min(1),
  /** The label as written: `10.`, `a.`, `(b)`, `Article 5`, `•`. Empty for a preamble. */
  label: z.string(),
  /** The provision's own text, without its label and without sub-points. */
  text: z.string(),
  /** `num` of the enclosing point, when this is a sub-point. */
  parent: z.string().optional(),
  /**
   * What the document sets between the point before and this one, as Markdown: a section heading
   * (`## Part II. Economy`) and any paragraph under it. Kept so nothing is lost and so that a document whose
   * sections restart their numbering reads back the same.
   */
  heading: z.string().optional(),
  codes: z.array(Code).default([]),
  /** Offsets of the provision (label included) in the text it was read from. */
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(0).optional(),
});
export type Provision = z.infer<typeof Provision>;

export const Visibility = z.enum(['public', 'shared', 'private']);
export type Visibility = z.infer<typeof Visibility>;

/** The front matter of `proposals/<id>.md`. */
export const ProposalMeta = z.strictObject({
  id: Id,
  title: z.string().min(1),
  /** Party ids of the authors. */
  authors: z.array(Id).default([]),
  track: Id.optional(),
  /** ISO date, `YYYY-MM-DD`. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'use an ISO date, YYYY-MM-DD')
    .optional(),
  status: z.string().optional(),
  /** The proposal this one revises. */
  revises: Id.optional(),
  visibility: Visibility.default('public'),
  /** Party ids a `shared` proposal is shared with. */
  sharedWith: z.array(Id).default([]),
  source: z.string().optional(),
});
export type ProposalMeta = z.infer<typeof ProposalMeta>;

/** A proposal: its front matter, an optional heading/preamble, and its provisions in document order. */
export const Proposal = ProposalMeta.extend({
  /** Text before the first numbered provision (title line, preamble), kept for a lossless round trip. */
  preamble: z.string().default(''),
  provisions: z.array(Provision).default([]),
  /** What the document sets after its last provision (an annex heading, signatures), as Markdown. */
  closing: z.string().optional(),
});
export type Proposal = z.infer<typeof Proposal>;
