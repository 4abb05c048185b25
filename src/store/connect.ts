import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { migrationProvider } from './migrations.js';
import type { Dialect } from './migrations.js';
import type { Database } from './tables.js';

/**
 * Where the data lives: a SQLite file (the embedded default, `./parley.db`), or a PostgreSQL URL.
 * `schema` (PostgreSQL only) puts every table in that schema, created when missing; tests use one per run.
 */
export interface DatabaseOptions {
  file?: string;
  url?: string;
  schema?: string;
  /** Most PostgreSQL connections the pool opens (10 by default); test suites running in parallel use fewer. */
  poolSize?: number;
}

/** An open, migrated database and how to close it. */
export interface OpenDatabase {
  db: Kysely<Database>;
  dialect: Dialect;
  /** PostgreSQL: the schema our tables live in; the migrator must look there and nowhere else. */
  schema?: string;
  close(): Promise<void>;
}

/** The default SQLite file, relative to the working directory. */
export const defaultDatabaseFile = './parley.db';

/**
 * Opens the database and runs every pending migration. Throws when a migration fails or PostgreSQL is
 * unreachable: a server without its storage must not start.
 * @example const { db, close } = await openDatabase({ url: process.env.PARLEY_DATABASE_URL });
 */
export async function openDatabase(options: DatabaseOptions): Promise<OpenDatabase> {
  const opened = options.url
    ? await openPostgres(options.url, options.schema, options.poolSize)
    : openSqlite(options.file);
  // Kysely's migrator otherwise takes its tables' existence from any schema of the database, so a schema
  // left by another run (or another application) made it skip creating its lock table in ours.
  const migrator = new Migrator({
    db: opened.db,
    provider: migrationProvider(opened.dialect),
    ...(opened.schema ? { migrationTableSchema: opened.schema } : {}),
  });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    await opened.close();
    throw error instanceof Error ? error : new Error(String(error));
  }
  return opened;
}

function openSqlite(file = defaultDatabaseFile): OpenDatabase {
  const database = new BetterSqlite3(file);
  // WAL lets readers run beside the writer. With WAL, synchronous=NORMAL keeps every acknowledged commit
  // through a crash or kill -9 of the server (the WAL is in the OS's cache before the answer goes out) and
  // fsyncs at checkpoints; only a power cut can lose the last commits, never consistency. Set
  // PARLEY_SQLITE_SYNCHRONOUS=FULL to fsync every commit, at several times the cost of a write.
  database.pragma('journal_mode = WAL');
  database.pragma(`synchronous = ${process.env.PARLEY_SQLITE_SYNCHRONOUS === 'FULL' ? 'FULL' : 'NORMAL'}`);
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  cacheStatements(database);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

const statementCacheSize = 500;

// Kysely prepares every query anew, and preparing costs more than running a small query; the SQL of our
// queries is fixed text with placeholders, so a bounded cache of prepared statements serves nearly all.
function cacheStatements(database: BetterSqlite3.Database): void {
  const cache = new Map<string, BetterSqlite3.Statement>();
  const prepare = database.prepare.bind(database);
  database.prepare = ((source: string) => {
    let statement = cache.get(source);
    if (!statement) {
      statement = prepare(source);
      if (cache.size >= statementCacheSize) cache.delete(cache.keys().next().value!);
      cache.set(source, statement);
    }
    return statement;
  }) as typeof database.prepare;
}

async function openPostgres(url: string, schema?: string, poolSize = 10): Promise<OpenDatabase> {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema))
    throw new Error(`invalid schema name '${schema}'`);
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  const current = await pool.query<{ schema: string }>('SELECT current_schema() AS schema');
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', schema: current.rows[0]?.schema ?? schema, close: () => db.destroy() };
}

/**
 * Where the command line's data lives: `--db FILE` when given, else `PARLEY_DATABASE_URL` when it is a
 * `postgres://` or `postgresql://` URL, else `./parley.db`.
 * @example databaseOptionsFrom(undefined, { PARLEY_DATABASE_URL: 'postgres://localhost/parley' }) // { url: … }
 */
export function databaseOptionsFrom(
  dbFile: string | undefined,
  env: Record<string, string | undefined>,
): DatabaseOptions {
  if (dbFile !== undefined) return { file: dbFile };
  const url = env.PARLEY_DATABASE_URL;
  if (url && /^postgres(ql)?:\/\//.test(url)) return { url };
  return { file: defaultDatabaseFile };
}
