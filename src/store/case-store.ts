import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type {
  Case,
  CaseManifest,
  CoherenceRule,
  Issue,
  Party,
  Position,
  Proposal,
  Track,
} from '../model/index.js';
import { atomically } from './atomically.js';
import { decodeJson, encodeJson } from './json-codec.js';
import type { ProcessSettings, VersionedWrite } from './records.js';
import type { Database } from './tables.js';

/** A stored document with the version that `If-Match` must name to change it. */
export interface Versioned<T> {
  value: T;
  version: number;
}

/** A process as listed: its id and title. */
export interface ProcessSummary {
  id: string;
  title: string;
}

/**
 * The negotiation data of every process: the case's entities, one row each, with versions on what people
 * edit (proposals with their provisions and codes, positions). Access control is the server's job.
 */
export interface CaseStore {
  /** Stores a whole case as a new process; `exists` when a process with its id is already there. */
  createProcess(value: Case): Promise<{ ok: true } | { ok: false; reason: 'exists' }>;
  /** Removes a process and everything in it; false when there was none. */
  deleteProcess(processId: string): Promise<boolean>;
  /** Every process, by id. */
  listProcesses(): Promise<ProcessSummary[]>;
  /** Parties, tracks and issues of a process, in the order the case gave them. */
  readManifest(processId: string): Promise<CaseManifest | undefined>;
  /** The process's settings; undefined when there is no such process. */
  readSettings(processId: string): Promise<ProcessSettings | undefined>;
  /** Replaces the process's settings; false when there is no such process. */
  writeSettings(processId: string, settings: ProcessSettings): Promise<boolean>;
  /** The whole case, positions included. */
  readCase(processId: string): Promise<Case | undefined>;
  listProposals(processId: string): Promise<Versioned<Proposal>[]>;
  readProposal(processId: string, proposalId: string): Promise<Versioned<Proposal> | undefined>;
  /** Only the version of a proposal: enough to tell whether a cached copy is current. */
  readProposalVersion(processId: string, proposalId: string): Promise<number | undefined>;
  /**
   * Replaces a proposal when its stored version is `ifVersion` (compare-and-set, so concurrent writers
   * never lose an update); with `ifVersion` null, adds it and fails as `stale` if it already exists.
   */
  writeProposal(processId: string, proposal: Proposal, ifVersion: number | null): Promise<VersionedWrite>;
  listPositions(processId: string): Promise<Versioned<Position>[]>;
  readPosition(processId: string, partyId: string): Promise<Versioned<Position> | undefined>;
  /** Like `writeProposal`, for the position of `position.party`. */
  writePosition(processId: string, position: Position, ifVersion: number | null): Promise<VersionedWrite>;
}

/**
 * The version a new proposal or position starts at: random in 1..2^30 (room for a billion writes in a 32-bit column), so an entity deleted and created
 * again under the same id never repeats a version, and answers cached by version (the server's) cannot
 * serve the old one. Versions only grow by one per write after that; clients treat them as opaque.
 */
const firstVersion = (): number => randomInt(1, 2 ** 30);

// Documents in the database were validated by the model's schemas before they were written, so reads
// trust them (STYLE.md §5) instead of paying a zod parse on every request.
const decode = <T>(text: string): T => decodeJson(text) as T;

/** A `CaseStore` over a Kysely database. */
export function createCaseStore(db: Kysely<Database>): CaseStore {
  const readVersion = async (table: 'proposal' | 'position', processId: string, id: string) => {
    const row =
      table === 'proposal'
        ? await db
            .selectFrom('proposal')
            .select('version')
            .where('process_id', '=', processId)
            .where('id', '=', id)
            .executeTakeFirst()
        : await db
            .selectFrom('position')
            .select('version')
            .where('process_id', '=', processId)
            .where('party_id', '=', id)
            .executeTakeFirst();
    return row?.version;
  };

  const afterWrite = async (
    updated: bigint,
    table: 'proposal' | 'position',
    processId: string,
    id: string,
    ifVersion: number,
  ): Promise<VersionedWrite> => {
    if (updated > 0n) return { ok: true, version: ifVersion + 1 };
    const current = await readVersion(table, processId, id);
    return current === undefined
      ? { ok: false, reason: 'missing' }
      : { ok: false, reason: 'stale', currentVersion: current };
  };

  // Two creators can both pass the existence check; the primary key lets one in and the other gets `stale`.
  // ON CONFLICT DO NOTHING rather than catching the key violation: inside a PostgreSQL transaction (a write
  // with its audit entry) an error aborts the transaction, and the version could no longer be read.
  const insertOnce = async (
    processId: string,
    id: string,
    table: 'proposal' | 'position',
    insert: (version: number) => Promise<{ numInsertedOrUpdatedRows?: bigint }>,
  ): Promise<VersionedWrite> => {
    const version = firstVersion();
    const inserted = await insert(version);
    if ((inserted.numInsertedOrUpdatedRows ?? 0n) > 0n) return { ok: true, version };
    const current = await readVersion(table, processId, id);
    return current === undefined
      ? { ok: false, reason: 'missing' }
      : { ok: false, reason: 'stale', currentVersion: current };
  };

  const processExists = async (processId: string) =>
    (await db.selectFrom('process').select('id').where('id', '=', processId).executeTakeFirst()) !==
    undefined;

  const store: CaseStore = {
    async createProcess(value) {
      if (await processExists(value.id)) return { ok: false, reason: 'exists' };
      await atomically(db, async (tx) => {
        await tx
          .insertInto('process')
          .values({ id: value.id, title: value.title, description: value.description ?? null })
          .execute();
        const rows = <T extends { id: string }>(items: T[]) =>
          items.map((item, ord) => ({ process_id: value.id, id: item.id, ord, doc: encodeJson(item) }));
        if (value.parties.length > 0) await tx.insertInto('party').values(rows(value.parties)).execute();
        if (value.tracks.length > 0) await tx.insertInto('track').values(rows(value.tracks)).execute();
        if (value.issues.length > 0) await tx.insertInto('issue').values(rows(value.issues)).execute();
        if (value.coherence.length > 0)
          await tx.insertInto('coherence').values(rows(value.coherence)).execute();
        for (const row of rows(value.proposals))
          await tx
            .insertInto('proposal')
            .values({ ...row, version: firstVersion() })
            .execute();
        for (const position of value.positions) {
          await tx
            .insertInto('position')
            .values({
              process_id: value.id,
              party_id: position.party,
              doc: encodeJson(position),
              version: firstVersion(),
            })
            .execute();
        }
      });
      return { ok: true };
    },

    async deleteProcess(processId) {
      const result = await db.deleteFrom('process').where('id', '=', processId).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    async listProcesses() {
      return db.selectFrom('process').select(['id', 'title']).orderBy('id').execute();
    },

    async readSettings(processId) {
      const row = await db
        .selectFrom('process')
        .select('share_verdicts')
        .where('id', '=', processId)
        .executeTakeFirst();
      return row && { shareVerdicts: row.share_verdicts === 1 };
    },

    async writeSettings(processId, settings) {
      const result = await db
        .updateTable('process')
        .set({ share_verdicts: settings.shareVerdicts ? 1 : 0 })
        .where('id', '=', processId)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async readManifest(processId) {
      const process = await db
        .selectFrom('process')
        .selectAll()
        .where('id', '=', processId)
        .executeTakeFirst();
      if (!process) return undefined;
      const docs = async (table: 'party' | 'track' | 'issue' | 'coherence') =>
        (
          await db
            .selectFrom(table)
            .select('doc')
            .where('process_id', '=', processId)
            .orderBy('ord')
            .execute()
        ).map((r) => r.doc);
      const [parties, tracks, issues, coherence] = await Promise.all([
        docs('party'),
        docs('track'),
        docs('issue'),
        docs('coherence'),
      ]);
      return {
        id: process.id,
        title: process.title,
        ...(process.description !== null ? { description: process.description } : {}),
        parties: parties.map((d) => decode<Party>(d)),
        tracks: tracks.map((d) => decode<Track>(d)),
        issues: issues.map((d) => decode<Issue>(d)),
        coherence: coherence.map((d) => decode<CoherenceRule>(d)),
      };
    },

    async readCase(processId) {
      const manifest = await store.readManifest(processId);
      if (!manifest) return undefined;
      const [proposals, positions] = await Promise.all([
        store.listProposals(processId),
        store.listPositions(processId),
      ]);
      return {
        ...manifest,
        proposals: proposals.map((p) => p.value),
        positions: positions.map((p) => p.value),
      };
    },

    async listProposals(processId) {
      const rows = await db
        .selectFrom('proposal')
        .select(['doc', 'version'])
        .where('process_id', '=', processId)
        .orderBy('ord')
        .execute();
      return rows.map((r) => ({ value: decode<Proposal>(r.doc), version: r.version }));
    },

    readProposalVersion: (processId, proposalId) => readVersion('proposal', processId, proposalId),

    async readProposal(processId, proposalId) {
      const row = await db
        .selectFrom('proposal')
        .select(['doc', 'version'])
        .where('process_id', '=', processId)
        .where('id', '=', proposalId)
        .executeTakeFirst();
      return row && { value: decode<Proposal>(row.doc), version: row.version };
    },

    async writeProposal(processId, proposal, ifVersion) {
      if (ifVersion === null) {
        if (!(await processExists(processId))) return { ok: false, reason: 'missing' };
        const current = await readVersion('proposal', processId, proposal.id);
        if (current !== undefined) return { ok: false, reason: 'stale', currentVersion: current };
        const last = await db
          .selectFrom('proposal')
          .select(({ fn }) => fn.max('ord').as('ord'))
          .where('process_id', '=', processId)
          .executeTakeFirst();
        return insertOnce(processId, proposal.id, 'proposal', (version) =>
          db
            .insertInto('proposal')
            .values({
              process_id: processId,
              id: proposal.id,
              ord: Number(last?.ord ?? -1) + 1,
              doc: encodeJson(proposal),
              version,
            })
            .onConflict((oc) => oc.doNothing())
            .executeTakeFirst(),
        );
      }
      const result = await db
        .updateTable('proposal')
        .set({ doc: encodeJson(proposal), version: ifVersion + 1 })
        .where('process_id', '=', processId)
        .where('id', '=', proposal.id)
        .where('version', '=', ifVersion)
        .executeTakeFirst();
      return afterWrite(result.numUpdatedRows, 'proposal', processId, proposal.id, ifVersion);
    },

    async listPositions(processId) {
      const rows = await db
        .selectFrom('position')
        .select(['doc', 'version'])
        .where('process_id', '=', processId)
        .orderBy('party_id')
        .execute();
      return rows.map((r) => ({ value: decode<Position>(r.doc), version: r.version }));
    },

    async readPosition(processId, partyId) {
      const row = await db
        .selectFrom('position')
        .select(['doc', 'version'])
        .where('process_id', '=', processId)
        .where('party_id', '=', partyId)
        .executeTakeFirst();
      return row && { value: decode<Position>(row.doc), version: row.version };
    },

    async writePosition(processId, position, ifVersion) {
      if (ifVersion === null) {
        if (!(await processExists(processId))) return { ok: false, reason: 'missing' };
        const current = await readVersion('position', processId, position.party);
        if (current !== undefined) return { ok: false, reason: 'stale', currentVersion: current };
        return insertOnce(processId, position.party, 'position', (version) =>
          db
            .insertInto('position')
            .values({
              process_id: processId,
              party_id: position.party,
              doc: encodeJson(position),
              version,
            })
            .onConflict((oc) => oc.doNothing())
            .executeTakeFirst(),
        );
      }
      const result = await db
        .updateTable('position')
        .set({ doc: encodeJson(position), version: ifVersion + 1 })
        .where('process_id', '=', processId)
        .where('party_id', '=', position.party)
        .where('version', '=', ifVersion)
        .executeTakeFirst();
      return afterWrite(result.numUpdatedRows, 'position', processId, position.party, ifVersion);
    },
  };
  return store;
}
