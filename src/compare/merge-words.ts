// The array diff alone: the package's index loads every diff, patch and format it has.
import { diffArrays } from 'diff/lib/diff/array.js';
import { tokenizeText } from '../text/index.js';

/** An edit of one revision against the base: base tokens [start, end) replaced by `tokens`. */
interface Hunk {
  start: number;
  end: number;
  tokens: string[];
}

/**
 * Word-level three-way merge of one provision: both revisions' edits against the base are applied when they
 * touch different words, and the merged text is returned; `undefined` when the edits overlap (or one
 * inserts where the other rewrites) and differ, which is a true conflict. Identical edits count once.
 * Tokens are those of `tokenizeText`, so Cyrillic words and numbers are never cut.
 * @example mergeWords('capped at 600,000 personnel.', 'capped at 800,000 personnel.', 'capped at 600,000 personnel in peacetime.')
 * // 'capped at 800,000 personnel in peacetime.'
 */
export function mergeWords(base: string, a: string, b: string): string | undefined {
  const o = tokenizeText(base).map((t) => t.text);
  const hunksA = hunksOf(
    o,
    tokenizeText(a).map((t) => t.text),
  );
  const hunksB = hunksOf(
    o,
    tokenizeText(b).map((t) => t.text),
  );
  if (!hunksA || !hunksB) return undefined;
  const all = [...hunksA.map((h) => ({ ...h, side: 'a' })), ...hunksB.map((h) => ({ ...h, side: 'b' }))].sort(
    (x, y) => x.start - y.start || x.end - y.end || (x.side < y.side ? -1 : 1),
  );
  const applied: Hunk[] = [];
  for (const hunk of all) {
    const last = applied[applied.length - 1];
    if (last && overlaps(last, hunk)) {
      if (last.start === hunk.start && last.end === hunk.end && last.tokens.join('') === hunk.tokens.join(''))
        continue;
      return undefined;
    }
    applied.push(hunk);
  }
  const out: string[] = [];
  let at = 0;
  for (const hunk of applied) {
    out.push(...o.slice(at, hunk.start), ...hunk.tokens);
    at = hunk.end;
  }
  out.push(...o.slice(at));
  return out.join('');
}

function hunksOf(base: string[], revised: string[]): Hunk[] | undefined {
  const changes = diffArrays(base, revised, { maxEditLength: 1_000 });
  if (!changes) return undefined;
  const hunks: Hunk[] = [];
  let at = 0;
  let isInHunk = false;
  for (const change of changes) {
    if (!change.added && !change.removed) {
      at += change.value.length;
      isInHunk = false;
      continue;
    }
    // Consecutive removals and additions, in either order, are one edit of one stretch of the base.
    const hunk = isInHunk ? hunks[hunks.length - 1]! : { start: at, end: at, tokens: [] as string[] };
    if (!isInHunk) hunks.push(hunk);
    isInHunk = true;
    if (change.removed) {
      at += change.value.length;
      hunk.end = at;
    } else hunk.tokens.push(...change.value);
  }
  return hunks;
}

/**
 * Two edits collide when their base ranges intersect or touch, or they start at the same place: an edit right
 * next to another one usually belongs to the same phrase ("within 100 days" rewritten by one side, "of the
 * ceasefire" appended by the other), and joining them silently would make nonsense.
 */
function overlaps(x: Hunk, y: Hunk): boolean {
  return x.start === y.start || Math.max(x.start, y.start) <= Math.min(x.end, y.end);
}
