import { expect, test } from 'vitest';

test('robustness exposes only its public api', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual([
    'Acceptance',
    'Concession',
    'Leverage',
    'LeveragePoint',
    'PackageRobustness',
    'PartyRobustnessReport',
    'ProposalRobustness',
    'RobustnessReport',
    'RobustnessRequest',
    'Sensitivity',
    'SolutionRobustness',
    'acceptanceOf',
    'addTallies',
    'createSampler',
    'createTaskRunner',
    'detailSamplesOf',
    'drawValue',
    'emptyTally',
    'packageProblems',
    'packagesToJudge',
    'partyRobustness',
    'planTasks',
    'robustness',
    'runTask',
    'sampleCase',
    'summariseRobustness',
    'tallyPackages',
    'uncertainParameters',
  ]);
});
