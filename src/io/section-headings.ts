import type { Segmentation, UnnumberedSpan } from '../text/index.js';

/**
 * Unnumbered spans as Markdown, a blank line between them: a heading as `<mark> text`, anything else as it
 * reads. Reading the result with `segmentText` gives the same spans back.
 * @example unnumberedMarkdown([{ kind: 'heading', text: 'Part II', start: 0, end: 10 }], '##') // '## Part II'
 */
export const unnumberedMarkdown = (spans: readonly UnnumberedSpan[], headingMark: string): string =>
  spans.map((span) => (span.kind === 'heading' ? `${headingMark} ${span.text}` : span.text)).join('\n\n');

/**
 * For each provision, the unnumbered text the document sets between the provision before it and this one —
 * a section heading (`Part II. Economy`), with any paragraph under it — as Markdown; `undefined` where there
 * is none. Text before the first provision is the preamble, not a heading.
 * It is kept with the provision so that nothing a document says between its points is lost, and so that a
 * document whose sections restart their numbering (`# Part II` then `1.` again) reads back the same.
 * @example headingsBetween(segmentText('1. a\n# Part II\n1. b')) // [undefined, '## Part II']
 */
export function headingsBetween(segmentation: Segmentation): (string | undefined)[] {
  const { provisions, unnumbered } = segmentation;
  // Both lists are in document order, so one walk along the spans serves every provision.
  let next = 0;
  return provisions.map((provision, i) => {
    const between: UnnumberedSpan[] = [];
    for (; next < unnumbered.length && (unnumbered[next]?.start ?? 0) < provision.start; next++)
      if (i > 0) between.push(unnumbered[next]!);
    return between.length === 0 ? undefined : unnumberedMarkdown(between, '##');
  });
}

/**
 * The unnumbered text a document sets after its last provision (an annex heading, signatures) as Markdown;
 * `undefined` when there is none.
 * @example closingOf(segmentText('1. a\n# Signatures\nFor Ukraine')) // '## Signatures\n\nFor Ukraine'
 */
export function closingOf(segmentation: Segmentation): string | undefined {
  const last = segmentation.provisions.at(-1);
  if (!last) return undefined;
  const after = segmentation.unnumbered.filter((span) => span.start > last.start);
  return after.length === 0 ? undefined : unnumberedMarkdown(after, '##');
}
