import { expect, test } from 'vitest';

test('draft exposes only its public api', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual([
    'BridgeDraft',
    'DraftFlag',
    'ProvenanceEntry',
    'ProvenanceKind',
    'ProvisionRef',
    'composeBridge',
    'findDraftProblems',
    'formatDraftProblem',
    'placeholderPrefix',
  ]);
});
