import { expect, test } from 'vitest';

test('analysis exposes only its public api', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual([
    'CheckReport',
    'CheckResult',
    'Finding',
    'RedLineFinding',
    'RedactedCheckResult',
    'Verdict',
    'checkCase',
    'checkProposal',
    'codedPackage',
    'compareProvisionNums',
    'evaluateRule',
    'isAllSatisfied',
    'proposalUtility',
    'sortProvisionNums',
    'utilityOf',
  ]);
});
