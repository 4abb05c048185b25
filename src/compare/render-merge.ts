import type { MergeBlock, MergeResult } from './merge-proposals.js';

/**
 * The merged proposal as Markdown, numbered as the document numbers it (`6.`, sub-points `a.` indented under
 * their point). A conflict reads as a quoted block under its number: the base text and each author's
 * variant, a deleted variant as *deletes this provision*, so it survives e-mail and any Markdown viewer.
 * @example renderMergeMarkdown(result, 'US plan merged with E3 and Geneva revisions')
 * // '# US plan merged…\n\n1. Ukraine's status…\n\n6. **Conflict**: the revisions disagree.\n   > base: …\n   > e3-counter: …\n'
 */
export function renderMergeMarkdown(result: MergeResult, title: string): string {
  const parts = [`# ${title}`];
  if (result.conflicts > 0) {
    parts.push(
      `${result.conflicts} conflict${result.conflicts === 1 ? '' : 's'} to settle, marked **Conflict** below.`,
    );
  }
  for (const block of result.blocks) parts.push(renderBlock(block));
  return `${parts.join('\n\n')}\n`;
}

function labelOf(block: MergeBlock): { label: string; indent: string } {
  const isSubPoint =
    block.parent !== undefined &&
    block.num.startsWith(block.parent) &&
    block.num.length > block.parent.length;
  return isSubPoint
    ? { label: `${block.num.slice(block.parent!.length)}.`, indent: '    ' }
    : { label: `${block.num}.`, indent: '' };
}

function renderBlock(block: MergeBlock): string {
  const { label, indent } = labelOf(block);
  if (!block.conflict) return `${indent}${label} ${block.text ?? ''}`;
  const lines = [`${indent}${label} **Conflict**: the revisions disagree here.`];
  const quote = `${indent}   >`;
  lines.push(`${quote} base: ${block.conflict.base ?? '*not in the base*'}`);
  for (const variant of block.conflict.variants) {
    const where = variant.nums.length > 0 ? ` (${variant.nums.join(', ')})` : '';
    lines.push(
      `${quote}`,
      `${quote} **${variant.author}**${where}: ${variant.text ?? '*deletes this provision*'}`,
    );
  }
  return lines.join('\n');
}
