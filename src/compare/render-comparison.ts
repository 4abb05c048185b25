import type { Comparison, IssueChange, PairKind, ProvisionPair, RedlineOp } from './comparison.js';
import { plainStyle, type RenderStyle } from './render-style.js';

/** Options of the terminal views: `width` in columns for side-by-side (default 100). */
export interface RenderOptions {
  style?: RenderStyle;
  sideBySide?: boolean;
  width?: number;
}

const kindOrder: PairKind[] = ['same', 'modified', 'moved', 'merged', 'split', 'deleted', 'added'];

/**
 * The terminal view of a comparison: the issue-level summary first (when both sides are coded), a count per
 * kind, then one entry per change in pair order: a kind badge, `from → to`, the similarity, and the redline
 * inline (`[-old-]{+new+}` without colour) or side by side. a merge or
 * split is shown once for its whole group.
 * @example renderComparison(compareProposals(a, b)) // 'modified  6 → 6  0.65\n    …capped at [-600,000-]{+800,000+} personnel{+ in peacetime+}.\n'
 */
export function renderComparison(comparison: Comparison, options: RenderOptions = {}): string {
  const style = options.style ?? plainStyle;
  const lines: string[] = [];
  if (comparison.issues && comparison.issues.length > 0) {
    lines.push(style.bold('Issues'), ...comparison.issues.map((c) => `  ${describeIssue(c)}`), '');
  }
  const counts = kindOrder
    .map((kind) => [kind, comparison.pairs.filter((p) => p.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => style.kind(kind, `${n} ${kind}`));
  lines.push(counts.length > 0 ? counts.join(', ') : 'both documents are empty', '');
  let unchanged: string[] = [];
  const flushUnchanged = (): void => {
    if (unchanged.length > 0)
      lines.push(style.dim(`${style.kind('same', 'same'.padEnd(9))} ${unchanged.join(', ')}`));
    unchanged = [];
  };
  for (const group of groupPairs(comparison.pairs)) {
    const first = group[0]!;
    if (first.kind === 'same') {
      unchanged.push(first.from === first.to ? first.from! : `${first.from} → ${first.to}`);
      continue;
    }
    flushUnchanged();
    const from = [...new Set(group.map((p) => p.from ?? '—'))].join(', ');
    const to = [...new Set(group.map((p) => p.to ?? '—'))].join(', ');
    const badge = style.kind(first.kind, first.kind.padEnd(9));
    const head = `${badge} ${from} → ${to}${first.translation ? ' (translation)' : ''}`;
    const score =
      first.kind === 'added' || first.kind === 'deleted' ? '' : `  ${style.dim(first.similarity.toFixed(2))}`;
    lines.push(style.bold(head) + score);
    if (first.texts) {
      // A translation: both texts as they stand, one after the other, instead of a redline of every word.
      lines.push(
        ...wrap(`${style.dim('◂')} ${first.texts.from}`, 4),
        ...wrap(`${style.dim('▸')} ${first.texts.to}`, 4),
      );
    } else if (options.sideBySide) lines.push(...sideBySide(first.redline, style, options.width ?? 100));
    else lines.push(...wrap(inlineRedline(first.redline, style), 4));
    lines.push('');
  }
  flushUnchanged();
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The redline as one string, changes marked by `style`. */
export function inlineRedline(ops: readonly RedlineOp[], style: RenderStyle = plainStyle): string {
  return ops
    .map((o) =>
      o.op === 'equal' ? o.text : o.op === 'delete' ? style.deleted(o.text) : style.inserted(o.text),
    )
    .join('');
}

function describeIssue(c: IssueChange): string {
  const where = `(${c.fromProvisions.join(', ') || '—'} → ${c.toProvisions.join(', ') || '—'})`;
  if (c.change === 'changed') return `${c.issue}: ${c.from} → ${c.to} ${where}`;
  if (c.change === 'removed')
    return `${c.issue}: ${c.from} → open (the clause that settled it was deleted) ${where}`;
  if (c.change === 'opened')
    return `${c.issue}: ${c.from} → open (its clause stays but no longer settles it) ${where}`;
  return `${c.issue}: newly addressed as ${c.to} ${where}`;
}

/** Consecutive pairs of one merge (same `to` and group) or one split (same `from` and group) form one entry. */
function groupPairs(pairs: readonly ProvisionPair[]): ProvisionPair[][] {
  const groups: ProvisionPair[][] = [];
  for (const pair of pairs) {
    const last = groups[groups.length - 1]?.[0];
    const isSameGroup =
      last !== undefined &&
      last.kind === pair.kind &&
      ((pair.kind === 'merged' && last.to === pair.to) || (pair.kind === 'split' && last.from === pair.from));
    if (isSameGroup) groups[groups.length - 1]!.push(pair);
    else groups.push([pair]);
  }
  return groups;
}

function wrap(text: string, indent: number): string[] {
  return text.split('\n').map((line) => ' '.repeat(indent) + line);
}

/** Two columns: the old text with deletions marked, the new with insertions, each wrapped to half the width. */
function sideBySide(ops: readonly RedlineOp[], style: RenderStyle, width: number): string[] {
  const column = Math.max(20, Math.floor((width - 7) / 2));
  const left = wrapSpans(
    ops.filter((o) => o.op !== 'insert'),
    column,
  ).map((line) => paintLine(line, style));
  const right = wrapSpans(
    ops.filter((o) => o.op !== 'delete'),
    column,
  ).map((line) => paintLine(line, style));
  const out: string[] = [];
  for (let k = 0; k < Math.max(left.length, right.length); k++) {
    const [l, r] = [left[k] ?? '', right[k] ?? ''];
    const pad = ' '.repeat(Math.max(0, column - visibleLength(l)));
    out.push(`    ${l}${pad} │ ${r}`.trimEnd());
  }
  return out;
}

// ANSI colour sequences take no room on screen; built from a string so the source holds no control character.
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

function visibleLength(text: string): number {
  return [...text.replace(ANSI, '')].length;
}

/** Pieces of one line joined per kind of op, then marked, so a changed phrase is marked once, not per word. */
function paintLine(pieces: readonly RedlineOp[], style: RenderStyle): string {
  const joined: RedlineOp[] = [];
  for (const piece of pieces) {
    const last = joined[joined.length - 1];
    if (last && last.op === piece.op) last.text += piece.text;
    else joined.push({ ...piece });
  }
  return joined
    .map((o) =>
      o.op === 'equal' ? o.text : o.op === 'delete' ? style.deleted(o.text) : style.inserted(o.text),
    )
    .join('');
}

/** Wraps ops at spaces into lines of at most `width` characters; a word longer than the width is cut. */
function wrapSpans(ops: readonly RedlineOp[], width: number): RedlineOp[][] {
  const lines: RedlineOp[][] = [];
  let line: RedlineOp[] = [];
  let length = 0;
  for (const op of ops) {
    for (const word of op.text.replace(/\s+/g, ' ').split(/(?<= )/)) {
      let rest = word;
      while (rest.length > 0) {
        const room = width - length;
        if (length > 0 && (rest.trimEnd().length > room || room <= 0)) {
          lines.push(line);
          line = [];
          length = 0;
          rest = rest.trimStart();
          continue;
        }
        const piece = rest.slice(0, Math.max(1, room));
        line.push({ op: op.op, text: piece });
        length += piece.length;
        rest = rest.slice(piece.length);
      }
    }
  }
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines;
}
