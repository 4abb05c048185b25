import { lexiconData } from './lexicon-data.js';

let table: Map<string, readonly string[]> | undefined;

/**
 * The WordNet concepts of an English stem (see scripts/build-lexicon.ts): the synsets of its word's commonest
 * senses, their direct hypernyms and their derivationally related synsets, as opaque ids shared with every
 * other stem that has them. Empty for a stem WordNet does not know, and for other languages.
 * @example conceptsOfStem('reaffirm').some((c) => conceptsOfStem('confirm').includes(c)) // true
 */
export function conceptsOfStem(stem: string): readonly string[] {
  if (table === undefined) {
    // Parsed on first use (≈ 60,000 lines), so that code never comparing texts does not pay for it.
    table = new Map();
    for (const line of lexiconData.split('\n')) {
      const space = line.indexOf(' ');
      table.set(line.slice(0, space), line.slice(space + 1).split(' '));
    }
  }
  return table.get(stem) ?? [];
}
