import { validateCase } from '../model/index.js';
import type { Case } from '../model/index.js';
import { HttpProblem } from './problem.js';

/** Which edited document of a case to hold to account. */
export type EditedDocument =
  { document: 'proposal'; id: string } | { document: 'position' | 'estimate'; party: string };

/**
 * Throws a 422 problem listing every cross-reference mistake (unknown issue, option, party…) that the
 * edited document has inside the case it is being written into; mistakes elsewhere are not its author's.
 */
export function assertConsistent(theCase: Case, edited: EditedDocument): void {
  const problems = validateCase(theCase).filter((p) =>
    edited.document === 'proposal'
      ? p.at.document === 'proposal' && p.at.id === edited.id
      : p.at.document === edited.document && p.at.party === edited.party,
  );
  const first = problems[0];
  if (!first) return;
  const errors = problems.map((p) => ({
    path: p.path.join('.'),
    message: p.message + (p.expected ? ` (expected one of: ${p.expected.slice(0, 20).join(', ')})` : ''),
  }));
  throw new HttpProblem(422, first.code, `${errors[0]?.path}: ${errors[0]?.message}`, { errors });
}
