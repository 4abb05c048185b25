import { z } from 'zod';

/** The three values of a red line in a proposal: decided either way, or `open` while an issue it needs is open. */
export const Verdict = z.enum(['satisfied', 'violated', 'open']);
export type Verdict = z.infer<typeof Verdict>;

/**
 * A verdict and its evidence: the provision numbers (`"6"`, `"21a"`) that decided it, distinct and in
 * document order (2 < 10 < 10a < 11). An `open` verdict may have empty evidence. `impliedBySilence` (present
 * only when not empty) lists the issues that decided it although the proposal is silent on them, each read
 * as its `whenSilent` option; a red line decided by silence alone has `evidence: []`.
 * @example { verdict: 'violated', evidence: ['21a', '21d'] }
 * @example { verdict: 'satisfied', evidence: [], impliedBySilence: ['amnesty'] }
 */
export const Finding = z.object({
  verdict: Verdict,
  evidence: z.array(z.string()),
  impliedBySilence: z.array(z.string()).optional(),
});
export type Finding = z.infer<typeof Finding>;

/**
 * A red line's verdict if a bracketed alternative were chosen: `issue` fixed at `option`, everything else as
 * the proposal has it (`✓ if none, ✗ if blanket`).
 * @example { issue: 'amnesty', option: 'blanket', verdict: 'violated' }
 */
export const AlternativeVerdict = z.object({ issue: z.string(), option: z.string(), verdict: Verdict });
export type AlternativeVerdict = z.infer<typeof AlternativeVerdict>;
