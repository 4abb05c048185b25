import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore } from './store.js';
import type { Store } from './store.js';

/** A database a test suite runs against: SQLite always, PostgreSQL when the environment names one. */
export interface StoreTarget {
  name: 'sqlite' | 'postgres';
  /** A fresh, empty, migrated store; closing it throws its data away. */
  open(): Promise<Store>;
}

/** The PostgreSQL URL tests use (`PARLEY_TEST_DATABASE_URL`), when set. */
export const postgresTestUrl = (): string | undefined => process.env.PARLEY_TEST_DATABASE_URL || undefined;

/** True when CI demands the PostgreSQL run (`PARLEY_REQUIRE_POSTGRES=1`): then skipping is a failure. */
export const isPostgresRequired = (): boolean => process.env.PARLEY_REQUIRE_POSTGRES === '1';

/** The title of the one visible line printed when the PostgreSQL tests are skipped. */
export const postgresSkippedTitle = 'PostgreSQL tests skipped: set PARLEY_TEST_DATABASE_URL';

const sqliteTarget: StoreTarget = { name: 'sqlite', open: () => openStore({ file: ':memory:' }) };

function postgresTarget(url: string): StoreTarget {
  return {
    name: 'postgres',
    async open() {
      // Each store gets its own schema, so parallel runs and files never see each other's rows.
      const schema = `parley_test_${randomBytes(6).toString('hex')}`;
      const store = await openStore({ url, schema, poolSize: 4 });
      return {
        ...store,
        async close() {
          await store.close();
          const client = new pg.Client({ connectionString: url });
          await client.connect();
          try {
            await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
          } finally {
            await client.end();
          }
        },
      };
    },
  };
}

/** The databases to run a store or server suite against. */
export function storeTargets(): StoreTarget[] {
  const url = postgresTestUrl();
  return url ? [sqliteTarget, postgresTarget(url)] : [sqliteTarget];
}
