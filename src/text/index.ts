// The text layer: segmentation of raw text into provisions; tokenizing, normalising, stemming.
export { segmentText } from './segment-text.js';
export { Segment, Segmentation, UnnumberedSpan } from './segment-types.js';
export { tokenizeText } from './tokenize.js';
export type { Token } from './tokenize.js';
export { indexTermOf, isStopWord, termsOf } from './tokenize-terms.js';
export type { IndexTerm } from './tokenize-terms.js';
export { quantitiesOf, quantityTerms } from './quantities.js';
export { stemWord, stemLanguageOf } from './stem.js';
export type { StemLanguage } from './stem.js';
export { conceptsOfStem } from './concepts.js';
export { transliterate, latinNumber } from './transliterate.js';
export { languageOf } from './language.js';
export type { Language } from './language.js';
