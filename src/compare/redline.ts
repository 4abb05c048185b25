// The array diff alone: the package's index loads every diff, patch and format it has.
import { diffArrays } from 'diff/lib/diff/array.js';
import { isStopWord, tokenizeText } from '../text/index.js';
import type { RedlineOp } from './comparison.js';

// Beyond this many edits Myers' diff gets slow on very long provisions; past it the provision is shown as
// replaced, which is what a reader would make of that many changes anyway.
const MAX_EDIT_LENGTH = 1_000;
// An unchanged stretch between two changes is absorbed into them when it holds at most this many real words
// (stop words, spaces and punctuation do not count), so "the" and "," do not cut a phrase change in pieces.
const MAX_ABSORBED_WORDS = 0;

/**
 * A word-level redline from `before` to `after`, tidied to read like a lawyer's: tokens come from
 * `Intl.Segmenter` (whole Cyrillic words, whole numbers), the token arrays are diffed (Myers, jsdiff
 * `diffArrays`), then a short unchanged stretch between two changes (only spaces, punctuation and stop words)
 * joins the change, and each changed stretch reads as one deletion followed by one insertion.
 * Exact: `equal`+`delete` texts rebuild `before`, `equal`+`insert` texts rebuild `after`. No empty ops.
 * @example redlineText('capped at 600,000 personnel.', 'capped at 800,000 personnel in peacetime.')
 * // [equal 'capped at ', delete '600,000', insert '800,000', equal ' personnel', insert ' in peacetime', equal '.']
 */
export function redlineText(before: string, after: string): RedlineOp[] {
  if (before === after) return before === '' ? [] : [{ op: 'equal', text: before }];
  const old = tokenizeText(before).map((t) => t.text);
  const neu = tokenizeText(after).map((t) => t.text);
  const changes = diffArrays(old, neu, { maxEditLength: MAX_EDIT_LENGTH });
  if (!changes)
    return compact([
      { op: 'delete', text: before },
      { op: 'insert', text: after },
    ]);
  const raw: RedlineOp[] = changes.map((c) => ({
    op: c.added ? 'insert' : c.removed ? 'delete' : 'equal',
    text: c.value.join(''),
  }));
  return tidy(raw);
}

/** Absorbs insignificant equal stretches between changes, then orders each changed stretch delete-then-insert. */
function tidy(ops: RedlineOp[]): RedlineOp[] {
  const out: RedlineOp[] = [];
  let deleted = '';
  let inserted = '';
  const flush = (): void => {
    if (deleted) out.push({ op: 'delete', text: deleted });
    if (inserted) out.push({ op: 'insert', text: inserted });
    deleted = inserted = '';
  };
  ops.forEach((op, k) => {
    if (op.op === 'delete') deleted += op.text;
    else if (op.op === 'insert') inserted += op.text;
    else if ((deleted || inserted) && k < ops.length - 1 && isInsignificant(op.text)) {
      deleted += op.text;
      inserted += op.text;
    } else {
      flush();
      out.push(op);
    }
  });
  flush();
  return compact(out);
}

function isInsignificant(text: string): boolean {
  if (text.length > 24) return false; // too long to absorb whatever it holds; no need to read its words
  let words = 0;
  for (const token of tokenizeText(text)) {
    if (token.isWord && !isStopWord(token.text)) words += 1;
  }
  return words <= MAX_ABSORBED_WORDS;
}

/** Drops empty ops and joins neighbours of the same kind. */
function compact(ops: RedlineOp[]): RedlineOp[] {
  const out: RedlineOp[] = [];
  for (const op of ops) {
    if (op.text === '') continue;
    const last = out[out.length - 1];
    if (last && last.op === op.op) last.text += op.text;
    else out.push({ ...op });
  }
  return out;
}
