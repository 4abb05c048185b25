// snowball-stemmers ships no types; this is the part of its API Parley uses (see its README).
declare module 'snowball-stemmers' {
  export interface Stemmer {
    /** Stems one lower-case word. */
    stem(word: string): string;
  }
  export function newStemmer(algorithm: string): Stemmer;
  export function algorithms(): string[];
}
