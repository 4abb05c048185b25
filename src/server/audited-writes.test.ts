// Issue #10: after a crash, one committed write had no audit entry — the write and its entry were separate
// transactions. Generated from the route table: every write route, as a caller allowed to use it, leaves an
// audit entry; and when the database refuses the audit insert (a trigger injects the failure), the write
// is rolled back with it — every other table is exactly as before.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openStore } from '../store/index.js';
import { postgresTestUrl } from '../store/store-targets.test-support.js';
import type { StoreTarget } from '../store/store-targets.test-support.js';
import { routeCases } from './route-cases.test-support.js';
import { openHarness } from './harness.test-support.js';
import type { Harness } from './harness.test-support.js';

/** A database whose tables a test can read and whose audit inserts it can make fail, from outside. */
interface InjectableTarget extends StoreTarget {
  /** Runs SQL on a connection of its own; answers the rows. */
  query(text: string): Promise<Record<string, unknown>[]>;
  tables(): Promise<string[]>;
  failAudits: string;
  restoreAudits: string;
  cleanUp(): Promise<void>;
}

async function sqliteTarget(): Promise<InjectableTarget> {
  const dir = await mkdtemp(join(tmpdir(), 'parley-audited-'));
  const file = join(dir, 'parley.db');
  const query = async (text: string) => {
    const db = new BetterSqlite3(file);
    try {
      const statement = db.prepare(text);
      return statement.reader ? (statement.all() as Record<string, unknown>[]) : (statement.run(), []);
    } finally {
      db.close();
    }
  };
  return {
    name: 'sqlite',
    open: () => openStore({ file }),
    query,
    tables: async () =>
      (await query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")).map(
        (r) => String(r.name),
      ),
    failAudits:
      "CREATE TRIGGER audit_fails BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'injected audit failure'); END",
    restoreAudits: 'DROP TRIGGER audit_fails',
    cleanUp: () => rm(dir, { recursive: true, force: true }),
  };
}

function postgresTarget(url: string): InjectableTarget {
  const schema = `parley_audited_${randomBytes(6).toString('hex')}`;
  const query = async (text: string) => {
    const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
    await client.connect();
    try {
      return (await client.query<Record<string, unknown>>(text)).rows;
    } finally {
      await client.end();
    }
  };
  return {
    name: 'postgres',
    open: () => openStore({ url, schema, poolSize: 4 }),
    query,
    tables: async () =>
      (
        await query(
          `SELECT table_name FROM information_schema.tables WHERE table_schema = '${schema}' AND table_type = 'BASE TABLE'`,
        )
      ).map((r) => String(r.table_name)),
    failAudits: `CREATE FUNCTION audit_fails() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected audit failure'; END $$;
      CREATE TRIGGER audit_fails BEFORE INSERT ON audit FOR EACH ROW EXECUTE FUNCTION audit_fails()`,
    restoreAudits: 'DROP TRIGGER audit_fails ON audit; DROP FUNCTION audit_fails()',
    cleanUp: async () => void (await query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)),
  };
}

/** Every row of every table but the audit log, in a canonical order. */
async function dumpExceptAudit(target: InjectableTarget): Promise<Record<string, string[]>> {
  const dump: Record<string, string[]> = {};
  for (const table of (await target.tables()).sort()) {
    if (table === 'audit') continue;
    dump[table] = (await target.query(`SELECT * FROM ${table}`)).map((r) => JSON.stringify(r)).sort();
  }
  return dump;
}

// POST routes that store nothing: they compute an answer (a few log that they read). Every other route
// that is not a GET writes, so a new route is a write — and must audit it — unless it is listed here.
const computations = new Set([
  'POST /api/processes/:processId/check',
  'POST /api/processes/:processId/compare',
  'POST /api/processes/:processId/matrix',
  'POST /api/processes/:processId/merge',
  'POST /api/processes/:processId/merge/docx',
  'POST /api/processes/:processId/solve',
  'POST /api/processes/:processId/robustness',
  'POST /api/processes/:processId/draft',
  'POST /api/processes/:processId/proposals/import',
  'POST /api/processes/:processId/proposals/:proposalId/suggestions',
]);
const isWrite = (route: string) => !route.startsWith('GET ') && !computations.has(route);
const writeCases = Object.entries(routeCases)
  .filter(([route]) => isWrite(route))
  .flatMap(([route, cases]) => cases.map((routeCase) => ({ route, routeCase })));

const targets = async (): Promise<InjectableTarget[]> => {
  const url = postgresTestUrl();
  return url ? [await sqliteTarget(), postgresTarget(url)] : [await sqliteTarget()];
};

describe.each(await targets())('writes and their audit entries on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness(target);
  });
  afterAll(async () => {
    await h?.close();
    await target.cleanUp();
  });

  const auditCount = async () => (await target.query('SELECT COUNT(*) AS n FROM audit'))[0]!.n;

  test('the route table has write routes to check', () => {
    expect(writeCases.length).toBeGreaterThanOrEqual(10);
  });

  for (const { route, routeCase } of writeCases) {
    const caller = routeCase.allow[0]!;
    const name = `${route}${routeCase.variant ? ` (${routeCase.variant})` : ''} as ${caller}`;

    test(`${name} leaves an audit entry`, async () => {
      const request = await routeCase.request(h, caller);
      const before = Number(await auditCount());
      const response = await h.app.inject(request);
      expect(response.statusCode, response.body).toBeLessThan(300);
      expect(Number(await auditCount())).toBeGreaterThan(before);
    });

    test(`${name} is rolled back when its audit entry cannot be written`, async () => {
      const request = await routeCase.request(h, caller);
      const before = await dumpExceptAudit(target);
      const entries = await auditCount();
      await target.query(target.failAudits);
      try {
        const response = await h.app.inject(request);
        expect(response.statusCode, response.body).toBe(500);
        expect(response.headers['set-cookie']).toBeUndefined();
      } finally {
        await target.query(target.restoreAudits);
      }
      expect(await auditCount()).toEqual(entries);
      expect(await dumpExceptAudit(target)).toEqual(before);
    });
  }
});
