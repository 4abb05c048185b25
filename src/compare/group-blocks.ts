import type { ComparableProvision } from './comparison.js';
import { containment, cosine, markShared, newCoverage, sumVectors, type TermVector } from './term-vectors.js';

/** A candidate group: the provisions `parts` of one side, read as one text, against one provision of the other. */
export interface Group {
  parts: number[];
  /** Cosine of the parts' summed vector with the whole. */
  similarity: number;
  /** Numbering is kept and a part has the whole's number (20 + 20a → 20). */
  isSameLabel: boolean;
}

// Which neighbours may join a group (docs/compare.md, "Merges and splits"); the alignment's score decides
// which of the groups grown this way, if any, is taken.
const MIN_CONTAINED = 0.5; // share of a part's weight found in the whole: the part was folded into it
const MIN_NEW_COVERAGE = 0.15; // or the part accounts for this share of what the whole says beyond the group…
const MIN_PARTLY_CONTAINED = 0.2; // …while the whole still contains this share of the part
const MAX_PARTS = 16; // a longer list folded into one point is cut here (its tail stays a deletion)
const MAX_MISSES = 2; // neighbours that do not fit, in a row, before growing stops on that side

/** What growing a group needs to know about one side. */
export interface GroupSide {
  provisions: readonly ComparableProvision[];
  vectors: readonly TermVector[];
  /** Numbering is kept: a part with the whole's number that is the anchor's parent, sub-point or sibling joins. */
  isNumberingKept: boolean;
  /** Share of its weight the whole must contain for a parent, sub-point or sibling of the anchor to join. */
  familyContained: number;
}

/**
 * The groups grown around `anchor` (a provision of `side`) towards the provision `whole` of the other side:
 * neighbours join, nearest first on each side, while they fit — they keep the whole's number (numbering kept,
 * and they are the anchor's family), they are the anchor's family (parent, sub-point, sibling) and the whole
 * contains `familyContained` of their weight, the whole contains at least half of their weight and the group explains
 * the whole better with them (a folded part), or they account for a
 * good share of what the whole says beyond the group while the whole contains a fifth of them. Every step of
 * the growth is returned as a candidate (after each part joins on the right, then on the left with the whole
 * right side), so that the alignment can take as much of a list as fits. Empty when no neighbour fits.
 * @example growGroups(us28Side, 23, e3[22], e3Whole, '24') // 24 + 24a–d → E3 24, one group per step
 */
export function growGroups(
  side: GroupSide,
  anchor: number,
  whole: TermVector,
  wholeProvision: ComparableProvision,
): Group[] {
  const { provisions, vectors } = side;
  const members = [anchor];
  // Which of the whole's terms the group already has: newCoverage reads only those, by their place in the whole.
  const known = new Uint8Array(whole.ids.length);
  markShared(vectors[anchor]!, whole, known);
  const out: Group[] = [];
  let similarity = cosine(vectors[anchor]!, whole);
  const fits = (x: number): boolean => {
    if (
      side.isNumberingKept &&
      provisions[x]!.num === wholeProvision.num &&
      isFamily(provisions[x]!, provisions[anchor]!)
    )
      return true;
    const contained = containment(vectors[x]!, whole);
    // A sub-point, its parent or a sibling of the anchor is a part of one list: folded into one point, its words
    // are often rewritten, so a smaller share of it in the whole suffices.
    // A part of the list with no feature to compare (across languages: no figure, name or shared gram) says
    // nothing against belonging with the rest of its list.
    if (
      isFamily(provisions[x]!, provisions[anchor]!) &&
      (contained >= side.familyContained || vectors[x]!.ids.length === 0)
    )
      return true;
    if (contained < MIN_PARTLY_CONTAINED) return false;
    if (newCoverage(vectors[x]!, whole, known) >= MIN_NEW_COVERAGE) return true;
    return (
      contained >= MIN_CONTAINED &&
      cosine(sumVectors([...members, x].map((p) => vectors[p]!)), whole) > similarity
    );
  };
  const emit = (): void => {
    const parts = [...members].sort((x, y) => x - y);
    similarity = cosine(sumVectors(parts.map((p) => vectors[p]!)), whole);
    // The anchor must belong as much as its neighbours do: without it the group has to explain the whole less
    // well. Otherwise this group is better grown from another anchor (US 3 is not part of US 4 + 5 → 3).
    const others = parts.filter((p) => p !== anchor);
    if (cosine(sumVectors(others.map((p) => vectors[p]!)), whole) >= similarity) return;
    out.push({
      parts,
      similarity,
      isSameLabel: side.isNumberingKept && parts.some((p) => provisions[p]!.num === wholeProvision.num),
    });
  };
  for (const step of [1, -1]) {
    let misses = 0;
    for (let x = anchor + step; x >= 0 && x < vectors.length && members.length < MAX_PARTS; x += step) {
      if (!fits(x)) {
        if (++misses >= MAX_MISSES) break;
        continue;
      }
      misses = 0;
      members.push(x);
      markShared(vectors[x]!, whole, known);
      emit();
    }
  }
  return out;
}

/** Parent and sub-point, or two sub-points of one parent. */
function isFamily(x: ComparableProvision, y: ComparableProvision): boolean {
  return x.parent === y.num || y.parent === x.num || (x.parent !== undefined && x.parent === y.parent);
}
