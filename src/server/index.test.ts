import { expect, test } from 'vitest';

test('server exposes only its public api', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual([
    'Problem',
    'addUser',
    'buildApp',
    'createApiToken',
    'createLoginLink',
    'defaultLoadShedding',
    'defaultPasswordCost',
    'normaliseEmail',
    'prepareUser',
    'redactCheck',
    'redactSolve',
    'routeTable',
    'storeUser',
    'toProblem',
  ]);
});
