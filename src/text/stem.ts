import { newStemmer } from 'snowball-stemmers';

const english = newStemmer('english');
const russian = newStemmer('russian');

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
// Stems are pure functions of the word, so they can be remembered; the cap keeps memory bounded on huge inputs.
const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

/** The language a word is stemmed as, decided by its script: Cyrillic → Russian, Latin → English. */
export type StemLanguage = 'english' | 'russian' | 'none';

/**
 * The script-decided stemming language of one word. A word that mixes scripts (a Latin `c` typed in a
 * Cyrillic word) goes by its first letter's script; digits and other scripts are not stemmed.
 * @example stemLanguageOf('переговоры') // 'russian'
 */
export function stemLanguageOf(word: string): StemLanguage {
  for (const ch of word) {
    if (CYRILLIC.test(ch)) return 'russian';
    if (LATIN.test(ch)) return 'english';
  }
  return 'none';
}

/**
 * The Snowball stem of one word (Porter2 for English, Snowball Russian), after NFC, lower-casing,
 * `’` → `'` and `ё` → `е`. A word in neither script, or with a digit in it (`10a`, `G8`), comes back normalised
 * but unstemmed.
 * @example stemWord('Negotiations') // 'negoti'
 * @example stemWord('переговоры') // 'переговор'
 */
export function stemWord(word: string): string {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const normal = word
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2019\u02bc]/g, "'");
  // Codes and labels such as `10a`, `G8` or `START-1` are names, not inflected words: stemming would only blur them.
  const language = /\d/.test(normal) ? 'none' : stemLanguageOf(normal);
  const stem =
    language === 'english'
      ? english.stem(normal)
      : language === 'russian'
        ? russian.stem(normal.replace(/ё/g, 'е'))
        : normal;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, stem);
  return stem;
}
