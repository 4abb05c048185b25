import { expect, test } from 'vitest';

test('analysis exposes only its public api', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual([
    'AlternativeVerdict',
    'CheckReport',
    'CheckResult',
    'Finding',
    'Incoherence',
    'RedLineFinding',
    'RedactedCheckReport',
    'RedactedCheckResult',
    'Verdict',
    'alternativeVerdicts',
    'checkCase',
    'checkProposal',
    'codedPackage',
    'compareProvisionNums',
    'compileAcceptance',
    'evaluateRule',
    'findIncoherence',
    'guaranteedUtility',
    'isAllSatisfied',
    'possibleOptionIds',
    'proposalUtility',
    'redLinesKeptBy',
    'redactCheck',
    'sortProvisionNums',
    'utilityOf',
  ]);
});
