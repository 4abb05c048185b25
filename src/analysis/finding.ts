import { z } from 'zod';

/** The three values of a red line in a proposal: decided either way, or `open` while an issue it needs is open. */
export const Verdict = z.enum(['satisfied', 'violated', 'open']);
export type Verdict = z.infer<typeof Verdict>;

/**
 * A verdict and its evidence: the provision numbers (`"6"`, `"21a"`) that decided it, distinct and in
 * document order (2 < 10 < 10a < 11). An `open` verdict may have empty evidence.
 * @example { verdict: 'violated', evidence: ['21a', '21d'] }
 */
export const Finding = z.object({ verdict: Verdict, evidence: z.array(z.string()) });
export type Finding = z.infer<typeof Finding>;
