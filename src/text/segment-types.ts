import { z } from 'zod';

/**
 * One numbered point of a document, as `segmentText` found it.
 * - `num`: the label without punctuation, unique in the document: `1`, `10`, `10a`, `10a-i`, `10-1` (see `segmentText`).
 * - `label`: the label as written: `10.`, `a.`, `(b)`, `Article 5`, `•`; empty for a paragraph of an unnumbered document.
 * - `text`: the provision's own text, without its label and sub-points, whitespace collapsed, HTML comments removed.
 * - `start`/`end`: UTF-16 offsets in the original input; `input.slice(start, end)` is the label and the own text.
 * - `parent`: `num` of the enclosing point, for a sub-point. `depth`: 0 for a top-level point, 1 for its sub-points, …
 * @example { num: '10a', label: 'a.', text: 'the US receives compensation…', start: 1234, end: 1290, parent: '10', depth: 1 }
 */
export const Segment = z.strictObject({
  num: z.string().min(1),
  label: z.string(),
  text: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  parent: z.string().optional(),
  depth: z.number().int().min(0),
});
export type Segment = z.infer<typeof Segment>;

/**
 * Text that belongs to no provision: a preamble or title before the first point, a Markdown heading, or a
 * paragraph that follows a heading before the next point. `text` and offsets are as for `Segment`.
 */
export const UnnumberedSpan = z.strictObject({
  kind: z.enum(['preamble', 'heading', 'paragraph']),
  text: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type UnnumberedSpan = z.infer<typeof UnnumberedSpan>;

/**
 * A document split into its provisions (in document order) and the text around them (in document order),
 * with a warning for each line that looks like a label but was kept as running text
 * (`line 12: '5a.' looks like a label but is kept as text: there is no point 5 before it`).
 */
export const Segmentation = z.strictObject({
  provisions: z.array(Segment),
  unnumbered: z.array(UnnumberedSpan),
  warnings: z.array(z.string()),
});
export type Segmentation = z.infer<typeof Segmentation>;
