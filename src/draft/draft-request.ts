import { z } from 'zod';
import { Id } from '../model/index.js';
import { SolutionName } from '../solver/index.js';

/**
 * What a caller asks `POST …/draft` for: the base proposal, at most one source of the package to draft
 * towards — a bargaining solution (the Nash package when none is named), the bridge near some proposals, or
 * a package given by hand, issue → option — and the format of the answer. The server's route validates with
 * it and the web app's request type is its `z.input`.
 */
export const DraftRequest = z.strictObject({
  base: Id,
  solution: SolutionName.optional(),
  near: z.array(Id).min(1).max(10).optional(),
  package: z.record(Id, Id).optional(),
  towards: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe(
      'the package in words for the title, e.g. "the Nash solution" (default: "a package given by hand")',
    ),
  format: z.enum(['json', 'md', 'docx', 'html']).default('json'),
});
export type DraftRequest = z.infer<typeof DraftRequest>;
