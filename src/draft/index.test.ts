import { expect, test } from 'vitest';

test('draft exposes only its public api', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual([
    'BridgeDraft',
    'DraftFlag',
    'ProvenanceEntry',
    'ProvenanceKind',
    'ProvisionRef',
    'choosePackage',
    'composeBridge',
    'findDraftProblems',
    'formatDraftProblem',
    'placeholderPrefix',
    'redLineInWords',
  ]);
});
