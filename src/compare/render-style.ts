import type { PairKind } from './comparison.js';

/**
 * How human output marks text. The CLI passes colours (deletions red and struck through, insertions green
 * and underlined); `plainStyle` marks changes in the text itself, so meaning never rests on colour alone.
 */
export interface RenderStyle {
  deleted(text: string): string;
  inserted(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  kind(kind: PairKind, text: string): string;
}

/**
 * Marks without colour, as in `git diff --word-diff`: `[-deleted-]` and `{+inserted+}`.
 * @example plainStyle.deleted('600,000') // '[-600,000-]'
 */
export const plainStyle: RenderStyle = {
  deleted: (text) => `[-${text}-]`,
  inserted: (text) => `{+${text}+}`,
  dim: (text) => text,
  bold: (text) => text,
  kind: (_kind, text) => text,
};
