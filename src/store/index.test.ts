import { expect, test } from 'vitest';

test('store exposes only its public api', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual([
    'AuditEntry',
    'Membership',
    'ProcessSettings',
    'Role',
    'Session',
    'TokenInfo',
    'User',
    'UserRecord',
    'databaseOptionsFrom',
    'defaultDatabaseFile',
    'openStore',
  ]);
});

test('the command line picks --db, else a postgres URL from the environment, else ./parley.db', async () => {
  const { databaseOptionsFrom } = await import('./index.js');
  expect(databaseOptionsFrom('x.db', { PARLEY_DATABASE_URL: 'postgres://h/db' })).toEqual({ file: 'x.db' });
  expect(databaseOptionsFrom(undefined, { PARLEY_DATABASE_URL: 'postgres://h/db' })).toEqual({
    url: 'postgres://h/db',
  });
  expect(databaseOptionsFrom(undefined, {})).toEqual({ file: './parley.db' });
});
