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
import { readEarlierPositions, recordRevision } from './revision-store.js';
import type { Author } from './revision-store.js';
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
  /**
   * Stores a whole case as a new process, the mediators' estimates and released packages included; `exists` when a process with its
   * id is already there.
   */
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
  /** The version `If-Match` must name to change the manifest; undefined when there is no such process. */
  readManifestVersion(processId: string): Promise<number | undefined>;
  /**
   * Replaces title, description, parties, tracks, issues and coherence rules in one transaction when the
   * manifest's version is `ifVersion`; the caller has checked that proposals and positions still fit.
   */
  writeManifest(processId: string, manifest: ManifestContent, ifVersion: number): Promise<VersionedWrite>;
  /** The whole case, positions included; the mediators' estimates are not (`listEstimates` reads them). */
  readCase(processId: string): Promise<Case | undefined>;
  listProposals(processId: string): Promise<Versioned<Proposal>[]>;
  readProposal(processId: string, proposalId: string): Promise<Versioned<Proposal> | undefined>;
  /** Only the version of a proposal: enough to tell whether a cached copy is current. */
  readProposalVersion(processId: string, proposalId: string): Promise<number | undefined>;
  /**
   * Replaces a proposal when its stored version is `ifVersion` (compare-and-set, so concurrent writers
   * never lose an update); with `ifVersion` null, adds it and fails as `stale` if it already exists.
   */
  writeProposal(
    processId: string,
    proposal: Proposal,
    ifVersion: number | null,
    author?: Author,
  ): Promise<VersionedWrite>;
  listPositions(processId: string): Promise<Versioned<Position>[]>;
  readPosition(processId: string, partyId: string): Promise<Versioned<Position> | undefined>;
  /** Like `writeProposal`, for the position of `position.party`. */
  writePosition(
    processId: string,
    position: Position,
    ifVersion: number | null,
    author?: Author,
  ): Promise<VersionedWrite>;
}

/** What set-up changes: the manifest without its id, which never changes. */
export type ManifestContent = Omit<CaseManifest, 'id'>;

// A write without an author comes from the command line or a test: nobody signed in, now.
export const anonymous = (): Author => ({ userId: null, at: new Date().toISOString() });

/**
 * The version a new proposal or position starts at: random in 1..2^30 (room for a billion writes in a 32-bit column), so an entity deleted and created
 * again under the same id never repeats a version, and answers cached by version (the server's) cannot
 * serve the old one. Versions only grow by one per write after that; clients treat them as opaque.
 */
export const firstVersion = (): number => randomInt(1, 2 ** 30);

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
    doc: string,
    author: Author,
    insert: (tx: Kysely<Database>, version: number) => Promise<{ numInsertedOrUpdatedRows?: bigint }>,
  ): Promise<VersionedWrite> => {
    const version = firstVersion();
    // The first version is kept in the history in the same transaction.
    const isInserted = await atomically(db, async (tx) => {
      const inserted = await insert(tx, version);
      if ((inserted.numInsertedOrUpdatedRows ?? 0n) === 0n) return false;
      await recordRevision(tx, { processId, kind: table, docId: id, version, doc, author });
      return true;
    });
    if (isInserted) return { ok: true, version };
    const current = await readVersion(table, processId, id);
    return current === undefined
      ? { ok: false, reason: 'missing' }
      : { ok: false, reason: 'stale', currentVersion: current };
  };

  // Compare-and-set of a document and its next version in the history, in one transaction.
  const replace = async (
    table: 'proposal' | 'position',
    processId: string,
    id: string,
    doc: string,
    ifVersion: number,
    author: Author,
  ): Promise<VersionedWrite> => {
    const updated = await atomically(db, async (tx) => {
      const result =
        table === 'proposal'
          ? await tx
              .updateTable('proposal')
              .set({ doc, version: ifVersion + 1 })
              .where('process_id', '=', processId)
              .where('id', '=', id)
              .where('version', '=', ifVersion)
              .executeTakeFirst()
          : await tx
              .updateTable('position')
              .set({ doc, version: ifVersion + 1 })
              .where('process_id', '=', processId)
              .where('party_id', '=', id)
              .where('version', '=', ifVersion)
              .executeTakeFirst();
      if (result.numUpdatedRows > 0n)
        await recordRevision(tx, { processId, kind: table, docId: id, version: ifVersion + 1, doc, author });
      return result.numUpdatedRows;
    });
    return afterWrite(updated, table, processId, id, ifVersion);
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
          .values({
            id: value.id,
            title: value.title,
            description: value.description ?? null,
            // The packages the mediators released travel in a case archive (released-packages.yaml).
            ...(value.releasedPackages?.length
              ? { released_packages: encodeJson(value.releasedPackages) }
              : {}),
          })
          .execute();
        const rows = <T extends { id: string }>(items: T[]) =>
          items.map((item, ord) => ({ process_id: value.id, id: item.id, ord, doc: encodeJson(item) }));
        if (value.parties.length > 0) await tx.insertInto('party').values(rows(value.parties)).execute();
        if (value.tracks.length > 0) await tx.insertInto('track').values(rows(value.tracks)).execute();
        if (value.issues.length > 0) await tx.insertInto('issue').values(rows(value.issues)).execute();
        if (value.coherence.length > 0)
          await tx.insertInto('coherence').values(rows(value.coherence)).execute();
        const author = anonymous();
        for (const row of rows(value.proposals)) {
          const version = firstVersion();
          await tx
            .insertInto('proposal')
            .values({ ...row, version })
            .execute();
          await recordRevision(tx, {
            processId: value.id,
            kind: 'proposal',
            docId: row.id,
            version,
            doc: row.doc,
            author,
          });
        }
        for (const estimate of value.estimates ?? []) {
          const [version, doc] = [firstVersion(), encodeJson(estimate)];
          await tx
            .insertInto('estimate')
            .values({ process_id: value.id, party_id: estimate.party, doc, version })
            .execute();
          await recordRevision(tx, {
            processId: value.id,
            kind: 'estimate',
            docId: estimate.party,
            version,
            doc,
            author,
          });
        }
        for (const position of value.positions) {
          // Earlier versions (`positions/<party>@<date>.yaml`) go into the history first, oldest first, with
          // the versions before the current one, so that the history reads as the position's own past.
          const earlier = (value.earlierPositions ?? [])
            .filter((p) => p.party === position.party)
            .sort((a, b) => ((a.asOf ?? '') < (b.asOf ?? '') ? -1 : 1));
          const first = firstVersion();
          for (const [i, version] of earlier.entries())
            await recordRevision(tx, {
              processId: value.id,
              kind: 'position',
              docId: position.party,
              version: first + i,
              doc: encodeJson(version),
              author,
            });
          const version = first + earlier.length;
          const doc = encodeJson(position);
          await tx
            .insertInto('position')
            .values({ process_id: value.id, party_id: position.party, doc, version })
            .execute();
          await recordRevision(tx, {
            processId: value.id,
            kind: 'position',
            docId: position.party,
            version,
            doc,
            author,
          });
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

    async readManifestVersion(processId) {
      const row = await db
        .selectFrom('process')
        .select('manifest_version')
        .where('id', '=', processId)
        .executeTakeFirst();
      return row?.manifest_version;
    },

    async writeManifest(processId, manifest, ifVersion) {
      const updated = await atomically(db, async (tx) => {
        const result = await tx
          .updateTable('process')
          .set({
            title: manifest.title,
            description: manifest.description ?? null,
            manifest_version: ifVersion + 1,
          })
          .where('id', '=', processId)
          .where('manifest_version', '=', ifVersion)
          .executeTakeFirst();
        if (result.numUpdatedRows === 0n) return false;
        const rows = <T extends { id: string }>(items: T[]) =>
          items.map((item, ord) => ({ process_id: processId, id: item.id, ord, doc: encodeJson(item) }));
        const lists = {
          party: manifest.parties,
          track: manifest.tracks,
          issue: manifest.issues,
          coherence: manifest.coherence,
        } as const;
        for (const [table, items] of Object.entries(lists) as [keyof typeof lists, { id: string }[]][]) {
          await tx.deleteFrom(table).where('process_id', '=', processId).execute();
          if (items.length > 0) await tx.insertInto(table).values(rows(items)).execute();
        }
        return true;
      });
      if (updated) return { ok: true, version: ifVersion + 1 };
      const current = await store.readManifestVersion(processId);
      return current === undefined
        ? { ok: false, reason: 'missing' }
        : { ok: false, reason: 'stale', currentVersion: current };
    },

    async readCase(processId) {
      const manifest = await store.readManifest(processId);
      if (!manifest) return undefined;
      const [proposals, positions] = await Promise.all([
        store.listProposals(processId),
        store.listPositions(processId),
      ]);
      const earlierPositions = await readEarlierPositions(db, processId, positions);
      return {
        ...manifest,
        proposals: proposals.map((p) => p.value),
        positions: positions.map((p) => p.value),
        ...(earlierPositions.length > 0 ? { earlierPositions } : {}),
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

    async writeProposal(processId, proposal, ifVersion, author = anonymous()) {
      const doc = encodeJson(proposal);
      if (ifVersion === null) {
        if (!(await processExists(processId))) return { ok: false, reason: 'missing' };
        const current = await readVersion('proposal', processId, proposal.id);
        if (current !== undefined) return { ok: false, reason: 'stale', currentVersion: current };
        const last = await db
          .selectFrom('proposal')
          .select(({ fn }) => fn.max('ord').as('ord'))
          .where('process_id', '=', processId)
          .executeTakeFirst();
        return insertOnce(processId, proposal.id, 'proposal', doc, author, (tx, version) =>
          tx
            .insertInto('proposal')
            .values({
              process_id: processId,
              id: proposal.id,
              ord: Number(last?.ord ?? -1) + 1,
              doc,
              version,
            })
            .onConflict((oc) => oc.doNothing())
            .executeTakeFirst(),
        );
      }
      return replace('proposal', processId, proposal.id, doc, ifVersion, author);
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

    async writePosition(processId, position, ifVersion, author = anonymous()) {
      const doc = encodeJson(position);
      if (ifVersion === null) {
        if (!(await processExists(processId))) return { ok: false, reason: 'missing' };
        const current = await readVersion('position', processId, position.party);
        if (current !== undefined) return { ok: false, reason: 'stale', currentVersion: current };
        return insertOnce(processId, position.party, 'position', doc, author, (tx, version) =>
          tx
            .insertInto('position')
            .values({ process_id: processId, party_id: position.party, doc, version })
            .onConflict((oc) => oc.doNothing())
            .executeTakeFirst(),
        );
      }
      return replace('position', processId, position.party, doc, ifVersion, author);
    },
  };
  return store;
}
