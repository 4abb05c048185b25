import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Case, CaseError, Proposal } from '../model/index.js';
import { loadCase } from './load-case.js';

/** The case with the new proposal written into it, or every reason it was not written. */
export type ProposalFileWrite = { ok: true; file: string; value: Case } | { ok: false; errors: CaseError[] };

/**
 * Adds a new proposal file to a case folder, whole or not at all: the case must load, the id must be new,
 * and the track, authors and proposal revised must exist in it; the Markdown is written to a temporary
 * file, renamed into `proposals/<id>.md`, and the case loaded again — when that finds a mistake the file is
 * removed and the mistakes returned.
 * @example await addProposalFile('cases/ukraine-2025', proposal, markdown) // { ok: true, file: 'proposals/x.md', … }
 */
export async function addProposalFile(
  dir: string,
  proposal: Proposal,
  markdown: string,
): Promise<ProposalFileWrite> {
  const loaded = await loadCase(dir);
  if (!loaded.ok) return loaded;
  const c = loaded.value;
  const file = `proposals/${proposal.id}.md`;
  const problem = (message: string, expected?: string[]): CaseError => ({
    file,
    line: 1,
    code: 'invalid_value',
    message,
    ...(expected ? { expected } : {}),
  });
  const errors: CaseError[] = [];
  if (c.proposals.some((p) => p.id === proposal.id) || (await stat(join(dir, file)).catch(() => undefined)))
    errors.push(problem(`the case already has a proposal '${proposal.id}'; give another --id`));
  if (proposal.track !== undefined && !c.tracks.some((t) => t.id === proposal.track))
    errors.push(
      problem(
        `unknown track '${proposal.track}'`,
        c.tracks.map((t) => t.id),
      ),
    );
  for (const author of proposal.authors)
    if (!c.parties.some((p) => p.id === author))
      errors.push(
        problem(
          `unknown party '${author}' in --authors`,
          c.parties.map((p) => p.id),
        ),
      );
  if (proposal.revises !== undefined && !c.proposals.some((p) => p.id === proposal.revises))
    errors.push(
      problem(
        `unknown proposal '${proposal.revises}' in --revises`,
        c.proposals.map((p) => p.id),
      ),
    );
  if (errors.length > 0) return { ok: false, errors };
  const target = join(dir, file);
  const temporary = join(dir, 'proposals', `.${proposal.id}.md.parley-import`);
  try {
    await writeFile(temporary, markdown, 'utf8');
    await rename(temporary, target);
  } finally {
    await rm(temporary, { force: true });
  }
  const reloaded = await loadCase(dir);
  if (!reloaded.ok) {
    await rm(target, { force: true });
    return reloaded;
  }
  return { ok: true, file, value: reloaded.value };
}
