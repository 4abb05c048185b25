import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, test } from 'vitest';
import { openDatabase } from './connect.js';
import { postgresTestUrl } from './store-targets.test-support.js';

// A schema another run left behind (a killed test, another application on the same database) holds
// Kysely's migration tables; a store opened in its own schema must still create and use its own.
describe.skipIf(!postgresTestUrl())('opening a PostgreSQL store beside schemas left by others', () => {
  const url = postgresTestUrl()!;
  const leftover = `parley_leftover_${randomBytes(6).toString('hex')}`;
  const ours = `parley_test_${randomBytes(6).toString('hex')}`;

  async function sql(text: string): Promise<pg.QueryResult> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await client.query(text);
    } finally {
      await client.end();
    }
  }

  afterAll(async () => {
    await sql(`DROP SCHEMA IF EXISTS ${leftover} CASCADE; DROP SCHEMA IF EXISTS ${ours} CASCADE`);
  });

  test('migrates its own schema even when another schema has migration tables', async () => {
    await sql(
      `CREATE SCHEMA ${leftover};
       CREATE TABLE ${leftover}.kysely_migration (name varchar(255) PRIMARY KEY, timestamp varchar(255));
       CREATE TABLE ${leftover}.kysely_migration_lock (id varchar(255) PRIMARY KEY, is_locked integer);`,
    );
    const opened = await openDatabase({ url, schema: ours });
    await opened.close();
    const tables = await sql(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = '${ours}' ORDER BY table_name`,
    );
    const names = tables.rows.map((row: { table_name: string }) => row.table_name);
    expect(names).toEqual(expect.arrayContaining(['kysely_migration', 'kysely_migration_lock']));
    expect(names.length).toBeGreaterThan(2);
  });
});
