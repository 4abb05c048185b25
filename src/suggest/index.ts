// The suggest layer: codes proposed for a proposal's provisions, with a confidence and the evidence in words.
export { suggestCodes, suggestionThreshold } from './suggest-codes.js';
export { Suggestion, SuggestionReport } from './suggestion.js';
export type { SuggestContext } from './evidence.js';
export { stripCodes } from './strip-codes.js';
