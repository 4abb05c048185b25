import { expect, test } from 'vitest';

test('io exposes only its public api', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual([
    'addProposalCodes',
    'addProposalFile',
    'blankFrontMatter',
    'caseFromFiles',
    'caseToFiles',
    'codeComment',
    'comparisonToDocx',
    'draftToDocx',
    'draftToHtml',
    'findStatedDate',
    'insertCodeComments',
    'isFrontMatterProblem',
    'loadCase',
    'maxCaseFileBytes',
    'maxDocumentBytes',
    'proposalFromBytes',
    'proposalFromDocument',
    'provenanceComment',
    'readDocumentFile',
    'readPackageFile',
    'readProposal',
    'readTextFile',
    'revisionAuthor',
    'saveCase',
    'splitFrontMatter',
    'writeDraftMarkdown',
    'writeProposal',
  ]);
});

test('docs/errors.md says how to fix every error code', async () => {
  const { readFile } = await import('node:fs/promises');
  const read = (path: string) => readFile(new URL(`../../${path}`, import.meta.url), 'utf8');
  const codes = [...(await read('src/model/case-error.ts')).matchAll(/\| '([a-z_]+)'/g)].map((m) => m[1]);
  const documented = [...(await read('docs/errors.md')).matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
  expect(codes.length).toBeGreaterThan(20);
  expect([...documented].sort()).toEqual([...codes].sort());
});
