import { stemWord } from './stem.js';
import { tokenizeText } from './tokenize.js';

// Function words that say nothing about which provision is which. Weighting (BM25) already discounts
// common words; dropping these also keeps short provisions from matching on "the" and "of".
const STOP_WORDS = new Set(
  (
    'a an and are as at be been by for from had has have in into is it its of on or that the their them ' +
    'there these this those to was were which while with will would shall may any all each its both not no ' +
    'such than then so if also upon per ' +
    'и в во на с со к ко по о об от до из у за для не ни что как а но или же ли бы то это его ее её их он она ' +
    'они мы вы при под над без'
  ).split(' '),
);

const NUMBER = /^\d[\d,.\u00a0\u202f\u2009 ]*$/;

/**
 * Whether a (lower-case) word is a function word of English or Russian that matching ignores.
 * @example isStopWord('the') // true
 */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word.toLowerCase());
}

/** What one word of a text is to matching: a figure (separators removed) or a stem; stop words are none. */
export interface IndexTerm {
  term: string;
  isNumber: boolean;
}

// Every word of a 200,000-word pair is looked up here, most of them many times over ("the", the same stems):
// the index term is a pure function of the word as written, so it is remembered per spelling, which spares
// the lower-casing, the stop-word set and the stemmer's own cache on each repeat. Bounded like the stem cache.
const termOfWord = new Map<string, IndexTerm | null>();
const TERM_CACHE_LIMIT = 200_000;

/**
 * The index term of one word as the text writes it (a token of `tokenizeText` that is a word): a number with its
 * group separators removed (`600,000` → `600000`), or its Snowball stem; `undefined` for a stop word.
 * @example indexTermOf('Forces') // { term: 'forc', isNumber: false }
 */
export function indexTermOf(word: string): IndexTerm | undefined {
  let known = termOfWord.get(word);
  if (known === undefined) {
    known = NUMBER.test(word)
      ? { term: word.replace(/[,\u00a0\u202f\u2009 ]/g, ''), isNumber: true }
      : isStopWord(word)
        ? null
        : { term: stemWord(word), isNumber: false };
    if (termOfWord.size >= TERM_CACHE_LIMIT) termOfWord.clear();
    termOfWord.set(word, known);
  }
  return known ?? undefined;
}

/**
 * The index terms of a text, in order: its words lower-cased, NFC-normalised and Snowball-stemmed (language
 * by script), numbers with their group separators removed (`600,000` → `600000`, `800 000` → `800000`),
 * stop words dropped. Spaces and punctuation are not terms.
 * @example termsOf('The armed forces are capped at 600,000.') // ['arm', 'forc', 'cap', '600000']
 */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  for (const token of tokenizeText(text)) {
    if (!token.isWord) continue;
    const known = indexTermOf(token.text);
    if (known !== undefined) terms.push(known.term);
  }
  return terms;
}
