// Suggestions for mistyped ids: the edit distance between two names and the one close candidate.

/**
 * Levenshtein distance between two strings (insertions, deletions and substitutions each cost 1).
 * @example editDistance('nato.membershp', 'nato.membership') // 1
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidate closest to a mistyped id, when it is close enough to be a likely typo (at most a third of the
 * name's length away, so ids of one or two characters get no suggestion) and no other candidate is as close:
 * with two equally close candidates there is nothing to suggest.
 * @example closestId('nato.membershp', ['nato.membership', 'military.cap']) // 'nato.membership'
 * @example closestId('cap-700k', ['cap-600k', 'cap-800k']) // undefined
 */
export function closestId(name: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.floor(name.length / 3);
  let best: { id: string | undefined; distance: number } = { id: undefined, distance: limit + 1 };
  for (const id of new Set(candidates)) {
    const distance = editDistance(name, id);
    if (distance < best.distance) best = { id, distance };
    else if (distance === best.distance) best = { id: undefined, distance };
  }
  return best.id;
}
