import { lexiconData } from './lexicon-data.js';

// Where each line of the lexicon starts, found on first use. The lines are sorted by stem (as strings compare,
// by UTF-16 code units; scripts/build-lexicon.ts sorts them so), so a stem is found by binary search in the
// text itself: splitting ≈ 60,000 lines into a table cost more than a whole comparison of two short texts.
let lineStarts: Int32Array | undefined;

/**
 * The WordNet concepts of an English stem (see scripts/build-lexicon.ts): the synsets of its word's commonest
 * senses, their direct hypernyms and their derivationally related synsets, as opaque ids shared with every
 * other stem that has them. Empty for a stem WordNet does not know, and for other languages.
 * @example conceptsOfStem('reaffirm').some((c) => conceptsOfStem('confirm').includes(c)) // true
 */
export function conceptsOfStem(stem: string): readonly string[] {
  const at = lineOf(stem);
  return at < 0 ? [] : lexiconData.slice(at + stem.length + 1, lineEnd(at)).split(' ');
}

function lineEnd(start: number): number {
  const end = lexiconData.indexOf('\n', start);
  return end < 0 ? lexiconData.length : end;
}

/** The offset of the line of `stem` in the lexicon, or −1. */
function lineOf(stem: string): number {
  lineStarts ??= indexLines();
  let [lo, hi] = [0, lineStarts.length - 1];
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const order = compareStem(stem, lineStarts[mid]!);
    if (order === 0) return lineStarts[mid]!;
    if (order < 0) hi = mid - 1;
    else lo = mid + 1;
  }
  return -1;
}

/** `stem` against the stem of the line at `start` (up to its space), by UTF-16 code units as `<` compares. */
function compareStem(stem: string, start: number): number {
  for (let k = 0; ; k++) {
    const code = lexiconData.charCodeAt(start + k);
    const theirs = code === 32 ? -1 : code; // the line's stem ends at its space
    const mine = k < stem.length ? stem.charCodeAt(k) : -1;
    if (mine !== theirs) return mine - theirs;
    if (mine === -1) return 0;
  }
}

function indexLines(): Int32Array {
  const starts = [0];
  for (let at = lexiconData.indexOf('\n'); at >= 0; at = lexiconData.indexOf('\n', at + 1))
    starts.push(at + 1);
  return Int32Array.from(starts);
}
