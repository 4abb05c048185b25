import type { Kysely } from 'kysely';
import type { Package, Position } from '../model/index.js';
import { atomically } from './atomically.js';
import { anonymous, firstVersion } from './case-store.js';
import type { Versioned } from './case-store.js';
import { decodeJson, encodeJson } from './json-codec.js';
import type { VersionedWrite } from './records.js';
import { recordRevision } from './revision-store.js';
import type { Author } from './revision-store.js';
import type { Database } from './tables.js';

/**
 * What the mediators keep for themselves (issue 17): their estimates of parties' positions, one versioned
 * document per party beside the position the party entered, and the packages they released to the
 * delegates. Every saved version of an estimate is kept in the history (`RevisionStore`, kind `estimate`)
 * in the same transaction as the estimate. Who may read or change them is the server's job (only
 * mediators, estimates included).
 */
export interface EstimateStore {
  /** Every estimate of a process, by party id. */
  listEstimates(processId: string): Promise<Versioned<Position>[]>;
  readEstimate(processId: string, partyId: string): Promise<Versioned<Position> | undefined>;
  /** Like `writePosition`: replaces when the stored version is `ifVersion`, or adds when it is null. */
  writeEstimate(
    processId: string,
    estimate: Position,
    ifVersion: number | null,
    author?: Author,
  ): Promise<VersionedWrite>;
  /** Removes a party's estimate and its history; false when there was none. */
  deleteEstimate(processId: string, partyId: string): Promise<boolean>;
  /** The packages the mediators released, in the order they released them; undefined when there is no such process. */
  readReleasedPackages(processId: string): Promise<Package[] | undefined>;
  /** Replaces the released packages; false when there is no such process. */
  writeReleasedPackages(processId: string, packages: Package[]): Promise<boolean>;
}

/** An `EstimateStore` over a Kysely database. */
export function createEstimateStore(db: Kysely<Database>): EstimateStore {
  const versionOf = async (processId: string, partyId: string) =>
    (
      await db
        .selectFrom('estimate')
        .select('version')
        .where('process_id', '=', processId)
        .where('party_id', '=', partyId)
        .executeTakeFirst()
    )?.version;
  const failed = async (processId: string, partyId: string): Promise<VersionedWrite> => {
    const current = await versionOf(processId, partyId);
    return current === undefined
      ? { ok: false, reason: 'missing' }
      : { ok: false, reason: 'stale', currentVersion: current };
  };
  return {
    async listEstimates(processId) {
      const rows = await db
        .selectFrom('estimate')
        .select(['doc', 'version'])
        .where('process_id', '=', processId)
        .orderBy('party_id')
        .execute();
      return rows.map((r) => ({ value: decodeJson(r.doc) as Position, version: r.version }));
    },

    async readEstimate(processId, partyId) {
      const row = await db
        .selectFrom('estimate')
        .select(['doc', 'version'])
        .where('process_id', '=', processId)
        .where('party_id', '=', partyId)
        .executeTakeFirst();
      return row && { value: decodeJson(row.doc) as Position, version: row.version };
    },

    async writeEstimate(processId, estimate, ifVersion, author = anonymous()) {
      const doc = encodeJson(estimate);
      const party = estimate.party;
      const remember = (tx: Kysely<Database>, version: number) =>
        recordRevision(tx, { processId, kind: 'estimate', docId: party, version, doc, author });
      if (ifVersion === null) {
        const process = await db
          .selectFrom('process')
          .select('id')
          .where('id', '=', processId)
          .executeTakeFirst();
        if (!process) return { ok: false, reason: 'missing' };
        const version = firstVersion();
        // ON CONFLICT DO NOTHING: of two creators one gets in, the other is told the version now stored.
        const isInserted = await atomically(db, async (tx) => {
          const inserted = await tx
            .insertInto('estimate')
            .values({ process_id: processId, party_id: party, doc, version })
            .onConflict((oc) => oc.doNothing())
            .executeTakeFirst();
          if ((inserted.numInsertedOrUpdatedRows ?? 0n) === 0n) return false;
          await remember(tx, version);
          return true;
        });
        if (isInserted) return { ok: true, version };
        return failed(processId, party);
      }
      const isUpdated = await atomically(db, async (tx) => {
        // An estimate saved before its history was kept (store migration 0006) keeps that version too.
        const before = await tx
          .selectFrom('estimate')
          .select(['doc', 'version'])
          .where('process_id', '=', processId)
          .where('party_id', '=', party)
          .where('version', '=', ifVersion)
          .executeTakeFirst();
        if (!before) return false;
        const updated = await tx
          .updateTable('estimate')
          .set({ doc, version: ifVersion + 1 })
          .where('process_id', '=', processId)
          .where('party_id', '=', party)
          .where('version', '=', ifVersion)
          .executeTakeFirst();
        if (updated.numUpdatedRows === 0n) return false;
        await recordRevision(tx, {
          processId,
          kind: 'estimate',
          docId: party,
          version: ifVersion,
          doc: before.doc,
          author: { userId: null, at: '' },
        });
        await remember(tx, ifVersion + 1);
        return true;
      });
      if (isUpdated) return { ok: true, version: ifVersion + 1 };
      return failed(processId, party);
    },

    async deleteEstimate(processId, partyId) {
      return atomically(db, async (tx) => {
        const deleted = await tx
          .deleteFrom('estimate')
          .where('process_id', '=', processId)
          .where('party_id', '=', partyId)
          .executeTakeFirst();
        if (deleted.numDeletedRows === 0n) return false;
        await tx
          .deleteFrom('revision')
          .where('process_id', '=', processId)
          .where('kind', '=', 'estimate')
          .where('doc_id', '=', partyId)
          .execute();
        return true;
      });
    },

    async readReleasedPackages(processId) {
      const row = await db
        .selectFrom('process')
        .select('released_packages')
        .where('id', '=', processId)
        .executeTakeFirst();
      return row && (decodeJson(row.released_packages) as Package[]);
    },

    async writeReleasedPackages(processId, packages) {
      const result = await db
        .updateTable('process')
        .set({ released_packages: encodeJson(packages) })
        .where('id', '=', processId)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
  };
}
