import { z } from 'zod';
import { Id } from './id.js';
import { Rule } from './rule.js';

const Score = z.number().min(0).max(100);

/** Something a party will not accept, as a rule that every acceptable package must satisfy. */
export const RedLine = z.strictObject({
  id: Id,
  text: z.string().min(1),
  rule: Rule,
  /** Cost of giving this red line up, for weighted relaxations; 1 when absent. Higher means harder. */
  priority: z.number().positive().optional(),
  /** Where the party said so: a citation or address. */
  source: z.string().optional(),
});
export type RedLine = z.infer<typeof RedLine>;

/**
 * One party's sealed position (`positions/<party>.yaml`): utilities, weights, reservation, red lines.
 * U_p = Σ_i w_i·u_i(option_i) / Σ_i w_i, in 0..100; an unlisted issue weighs 0, an unlisted option scores 0.
 */
export const Position = z.strictObject({
  party: Id,
  /** Utility of no agreement (the disagreement point d_p), 0..100. */
  reservation: Score.default(0),
  weights: z.record(Id, z.number().min(0)).default({}),
  utilities: z.record(Id, z.record(Id, Score)).default({}),
  redlines: z.array(RedLine).default([]),
  notes: z.string().optional(),
});
export type Position = z.infer<typeof Position>;
