import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatCode } from '../model/index.js';
import type { Case, CaseError, Code } from '../model/index.js';
import { insertCodeComments } from './insert-code-comments.js';
import { loadCase } from './load-case.js';
import { readProposal } from './read-proposal.js';

/** The case with the codes written into it, or every reason they were not. */
export type ProposalCodesWrite =
  { ok: true; file: string; added: number; value: Case } | { ok: false; errors: CaseError[] };

/**
 * Writes codes into `proposals/<id>.md` of a case folder, whole or not at all: each provision's codes go
 * into a new `<!-- parley: … -->` line after it (`insertCodeComments`; every other byte of the file is
 * kept), the new text must read back with exactly those codes added, it is written to a temporary file
 * and renamed over the old one, and the case is loaded again — when that finds a mistake, the old file is
 * put back and the mistakes returned.
 * @example await addProposalCodes('cases/x', 'e3', new Map([['6', [{ issue: 'military.cap', option: 'cap-800k' }]]]))
 */
export async function addProposalCodes(
  dir: string,
  proposalId: string,
  codes: ReadonlyMap<string, readonly Code[]>,
): Promise<ProposalCodesWrite> {
  const loaded = await loadCase(dir);
  if (!loaded.ok) return loaded;
  const file = `proposals/${proposalId}.md`;
  const problem = (message: string): ProposalCodesWrite => ({
    ok: false,
    errors: [{ file, line: 1, code: 'invalid_value', message }],
  });
  const proposal = loaded.value.proposals.find((p) => p.id === proposalId);
  if (!proposal) return problem(`the case has no proposal '${proposalId}'`);
  const path = join(dir, file);
  const original = await readFile(path, 'utf8');
  const { text, skipped } = insertCodeComments(original, proposal.provisions, codes);
  if (skipped.length > 0) return problem(`no provision ${skipped.join(', ')} in ${proposalId} to code`);
  const reread = readProposal(file, text).proposal;
  const expected = proposal.provisions.map((p) => [...p.codes, ...(codes.get(p.num) ?? [])]);
  const same =
    reread?.provisions.length === expected.length &&
    reread.provisions.every((p, k) => sameCodes(p.codes, expected[k]!));
  // A comment placed where another provision would claim it is a bug of insertCodeComments, not the user's.
  if (!same) throw new Error(`codes inserted into ${file} did not read back as written`);
  await replaceFile(dir, path, proposalId, text);
  const reloaded = await loadCase(dir);
  if (!reloaded.ok) {
    await replaceFile(dir, path, proposalId, original);
    return reloaded;
  }
  const added = [...codes.values()].reduce((n, list) => n + list.length, 0);
  return { ok: true, file, added, value: reloaded.value };
}

const sameCodes = (x: readonly Code[], y: readonly Code[]) =>
  x.length === y.length && x.every((c, k) => formatCode(c) === formatCode(y[k]!));

/** Writes next to the target and renames over it, so the file is never half-written. */
async function replaceFile(dir: string, path: string, proposalId: string, text: string): Promise<void> {
  const temporary = join(dir, 'proposals', `.${proposalId}.md.parley-codes`);
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, path);
  } finally {
    await rm(temporary, { force: true });
  }
}
