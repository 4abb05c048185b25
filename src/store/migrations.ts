import { sql } from 'kysely';
import type { Kysely, Migration, MigrationProvider } from 'kysely';

/** Which SQL engine a store talks to; the only place the schema differs is the audit log's serial id. */
export type Dialect = 'sqlite' | 'postgres';

// Versioned migrations, applied in name order at start. Never edit a released migration: add the next one.
function initial(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('process')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('description', 'text')
        .execute();
      for (const table of ['party', 'track', 'issue'] as const) {
        await db.schema
          .createTable(table)
          .addColumn('process_id', 'text', (c) => c.notNull().references('process.id').onDelete('cascade'))
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('ord', 'integer', (c) => c.notNull())
          .addColumn('doc', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint(`${table}_pk`, ['process_id', 'id'])
          .execute();
      }
      await db.schema
        .createTable('proposal')
        .addColumn('process_id', 'text', (c) => c.notNull().references('process.id').onDelete('cascade'))
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('ord', 'integer', (c) => c.notNull())
        .addColumn('doc', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('proposal_pk', ['process_id', 'id'])
        .execute();
      await db.schema
        .createTable('position')
        .addColumn('process_id', 'text', (c) => c.notNull().references('process.id').onDelete('cascade'))
        .addColumn('party_id', 'text', (c) => c.notNull())
        .addColumn('doc', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('position_pk', ['process_id', 'party_id'])
        .execute();
      await db.schema
        .createTable('app_user')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('password_hash', 'text')
        .addColumn('is_admin', 'integer', (c) => c.notNull())
        .addColumn('failed_logins', 'integer', (c) => c.notNull())
        .addColumn('locked_until', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('membership')
        .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
        .addColumn('process_id', 'text', (c) => c.notNull().references('process.id').onDelete('cascade'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('party_id', 'text')
        .addPrimaryKeyConstraint('membership_pk', ['user_id', 'process_id'])
        .execute();
      await db.schema
        .createTable('api_token')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .execute();
      await db.schema
        .createTable('session')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('login_link')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('audit')
        .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
          dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('process_id', 'text')
        .addColumn('target', 'text')
        .addColumn('ip', 'text')
        .addColumn('detail', 'text')
        .execute();
      await db.schema.createIndex('audit_process').on('audit').columns(['process_id', 'id']).execute();
      // The audit log is append-only: the database itself refuses to change or remove a line.
      if (dialect === 'sqlite') {
        await sql`CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END`.execute(
          db,
        );
        await sql`CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END`.execute(
          db,
        );
      } else {
        await sql`CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit log is append-only'; END $$`.execute(
          db,
        );
        await sql`CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit FOR EACH ROW EXECUTE FUNCTION audit_append_only()`.execute(
          db,
        );
      }
    },
  };
}

/** Process settings (issue 10): mediators may release overall verdicts; off by default. */
const processSettings: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('process')
      .addColumn('share_verdicts', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  },
};

/** The case's coherence rules (issue 15), kept like parties, tracks and issues: one document per rule, in order. */
const coherence: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('coherence')
      .addColumn('process_id', 'text', (c) => c.notNull().references('process.id').onDelete('cascade'))
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('ord', 'integer', (c) => c.notNull())
      .addColumn('doc', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('coherence_pk', ['process_id', 'id'])
      .execute();
  },
};

/**
 * Set-up in the browser (issue 14): the manifest (title, description, parties, tracks, issues, coherence) is
 * edited as one versioned document, so two set-up screens cannot overwrite each other's change.
 */
const manifestVersion: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('process')
      .addColumn('manifest_version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
  },
};

/**
 * History (issue 14): every saved version of a proposal or a position, kept with who saved it and when. The
 * current row of `proposal`/`position` stays the one to read and write; this table only grows.
 */
const revisions: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('revision')
      .addColumn('process_id', 'text', (c) => c.notNull().references('process.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('doc_id', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('doc', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text')
      .addColumn('at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('revision_pk', ['process_id', 'kind', 'doc_id', 'version'])
      .execute();
    // What was saved before history was kept is its first version, by an unknown author at an unknown time ('').
    await sql`INSERT INTO revision (process_id, kind, doc_id, version, doc, user_id, at)
      SELECT process_id, 'proposal', id, version, doc, NULL, '' FROM proposal`.execute(db);
    await sql`INSERT INTO revision (process_id, kind, doc_id, version, doc, user_id, at)
      SELECT process_id, 'position', party_id, version, doc, NULL, '' FROM position`.execute(db);
  },
};

/**
 * Mediators' estimates and released packages (issue 17): an estimate of a party's position kept beside the
 * one it entered, one versioned document per party, read by mediators alone; and the packages the mediators
 * released, whose acceptance each delegate may then read for its own party.
 */
const estimates: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('estimate')
      .addColumn('process_id', 'text', (c) => c.notNull().references('process.id').onDelete('cascade'))
      .addColumn('party_id', 'text', (c) => c.notNull())
      .addColumn('doc', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('estimate_pk', ['process_id', 'party_id'])
      .execute();
    await db.schema
      .alterTable('process')
      .addColumn('released_packages', 'text', (c) => c.notNull().defaultTo('[]'))
      .execute();
  },
};

/** The migrations of a store, by version name. */
export function migrationProvider(dialect: Dialect): MigrationProvider {
  return {
    getMigrations: async () => ({
      '0001-initial': initial(dialect),
      '0002-coherence': coherence,
      '0003-process-settings': processSettings,
      '0004-manifest-version': manifestVersion,
      '0005-revisions': revisions,
      '0006-estimates': estimates,
    }),
  };
}
