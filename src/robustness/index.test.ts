import { expect, test } from 'vitest';

test('robustness exposes only its public api', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual([
    'Acceptance',
    'Concession',
    'Leverage',
    'LeveragePoint',
    'PartyRobustnessReport',
    'ProposalRobustness',
    'RobustnessReport',
    'Sensitivity',
    'SolutionRobustness',
    'detailSamplesOf',
    'drawValue',
    'partyRobustness',
    'planTasks',
    'robustness',
    'runTask',
    'sampleCase',
    'summariseRobustness',
    'uncertainParameters',
  ]);
});
