import { expect, test } from 'vitest';

test('io exposes only its public api', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual([
    'caseFromFiles',
    'caseToFiles',
    'codeComment',
    'loadCase',
    'maxCaseFileBytes',
    'readProposal',
    'saveCase',
    'writeProposal',
  ]);
});
