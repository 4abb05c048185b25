/** The languages the aligner tells apart: English, Russian, Ukrainian; anything else is `other`. */
export type Language = 'en' | 'ru' | 'uk' | 'other';

// Letters only Ukrainian writes (і ї є ґ, either case) and letters only Russian writes (ы э ъ ё).
const UKRAINIAN = new Set([...'іїєґІЇЄҐ'].map((ch) => ch.charCodeAt(0)));
const RUSSIAN = new Set([...'ыэъёЫЭЪЁ'].map((ch) => ch.charCodeAt(0)));

/**
 * The language of a text by its letters: Latin → English; Cyrillic → Ukrainian when it holds more letters that
 * only Ukrainian writes (і ї є ґ) than letters only Russian writes (ы э ъ ё), else Russian; no letters → other.
 * Counts every letter, so a Latin name in a Russian text (OSCE) does not change its language.
 * @example languageOf('Сторони відкривають гуманітарні коридори') // 'uk'
 */
export function languageOf(text: string): Language {
  let [latin, cyrillic, ukrainian, russian] = [0, 0, 0, 0];
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    // ASCII and Latin-1/Extended-A letters; the basic Cyrillic block (Ukrainian letters included).
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x17f)) latin++;
    else if (code >= 0x400 && code <= 0x4ff) {
      cyrillic++;
      if (UKRAINIAN.has(code)) ukrainian++;
      else if (RUSSIAN.has(code)) russian++;
    }
  }
  if (latin === 0 && cyrillic === 0) return 'other';
  if (latin >= cyrillic) return 'en';
  return ukrainian > russian ? 'uk' : 'ru';
}
