import { z } from 'zod';

/**
 * One code Parley proposes for a provision (`parley suggest --json`, DESIGN.md): `issue=option` on the
 * provision numbered `provision`, with a confidence in 0..1 (2 decimals) and the evidence in words.
 */
export const Suggestion = z.object({
  provision: z.string(),
  issue: z.string(),
  option: z.string(),
  confidence: z.number().min(0).max(1),
  because: z.string(),
});
export type Suggestion = z.infer<typeof Suggestion>;

/** The answer of `parley suggest --json` and of the suggestions route. */
export const SuggestionReport = z.object({ suggestions: z.array(Suggestion) });
export type SuggestionReport = z.infer<typeof SuggestionReport>;
