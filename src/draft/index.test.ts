import { expect, test } from 'vitest';

test('draft exposes only its public api', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual([
    'BridgeDraft',
    'DraftAnswer',
    'DraftFlag',
    'DraftRequest',
    'ProvenanceEntry',
    'ProvenanceKind',
    'ProvisionRef',
    'RedactedBridgeDraft',
    'choosePackage',
    'composeBridge',
    'draftForDocument',
    'findDraftProblems',
    'formatDraftProblem',
    'placeholderPrefix',
    'redLineInWords',
    'redactDraft',
  ]);
});
