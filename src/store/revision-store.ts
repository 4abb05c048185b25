import type { Kysely } from 'kysely';
import type { Position, Proposal } from '../model/index.js';
import { decodeJson } from './json-codec.js';
import type { Database } from './tables.js';

/** Which kind of versioned document a revision belongs to. */
export type RevisionKind = 'proposal' | 'position' | 'estimate';

/** Who saved a version and when; `userId` null for imports and the command line. */
export interface Author {
  userId: string | null;
  at: string;
}

/** One saved version of a document, as the history lists it. `at` is null for a version saved before history was kept. */
export interface Revision<T> {
  version: number;
  userId: string | null;
  at: string | null;
  value: T;
}

/** The document type of each kind. */
export interface RevisionValue {
  proposal: Proposal;
  position: Position;
  estimate: Position;
}

/**
 * History (issue 14): every saved version of every proposal and position, and of the mediators' estimates
 * (issue 17). Versions are written by the case and estimate stores in the same transaction as the document
 * itself (`recordRevision`), so the history never misses a saved version nor holds one that was not saved.
 */
export interface RevisionStore {
  /** Every kept version of one document, newest first (the current one included); empty when there is none. */
  listRevisions<K extends RevisionKind>(
    processId: string,
    kind: K,
    docId: string,
  ): Promise<Revision<RevisionValue[K]>[]>;
  /** One kept version, or undefined. */
  readRevision<K extends RevisionKind>(
    processId: string,
    kind: K,
    docId: string,
    version: number,
  ): Promise<Revision<RevisionValue[K]> | undefined>;
}

/**
 * Keeps one version of a document. A version already kept (the one before a write, when history began after
 * it was saved) is left as it is.
 */
export async function recordRevision(
  tx: Kysely<Database>,
  row: { processId: string; kind: RevisionKind; docId: string; version: number; doc: string; author: Author },
): Promise<void> {
  await tx
    .insertInto('revision')
    .values({
      process_id: row.processId,
      kind: row.kind,
      doc_id: row.docId,
      version: row.version,
      doc: row.doc,
      user_id: row.author.userId,
      at: row.author.at,
    })
    .onConflict((c) => c.columns(['process_id', 'kind', 'doc_id', 'version']).doNothing())
    .execute();
}

/** The current row of a document, to list it even when it was saved before history was kept. */
async function currentRow(db: Kysely<Database>, processId: string, kind: RevisionKind, docId: string) {
  return kind === 'proposal'
    ? db
        .selectFrom('proposal')
        .select(['doc', 'version'])
        .where('process_id', '=', processId)
        .where('id', '=', docId)
        .executeTakeFirst()
    : db
        .selectFrom(kind)
        .select(['doc', 'version'])
        .where('process_id', '=', processId)
        .where('party_id', '=', docId)
        .executeTakeFirst();
}

/** A `RevisionStore` over a Kysely database. */
export function createRevisionStore(db: Kysely<Database>): RevisionStore {
  const list = async (processId: string, kind: RevisionKind, docId: string) => {
    const [rows, current] = await Promise.all([
      db
        .selectFrom('revision')
        .selectAll()
        .where('process_id', '=', processId)
        .where('kind', '=', kind)
        .where('doc_id', '=', docId)
        .orderBy('version', 'desc')
        .execute(),
      currentRow(db, processId, kind, docId),
    ]);
    const revisions = rows.map((r) => ({
      version: r.version,
      userId: r.user_id,
      at: r.at === '' ? null : r.at,
      value: decodeJson(r.doc),
    }));
    if (current && !revisions.some((r) => r.version === current.version))
      revisions.unshift({ version: current.version, userId: null, at: null, value: decodeJson(current.doc) });
    return revisions;
  };
  return {
    // Documents were validated by the model's schemas before they were written (STYLE.md §5).
    listRevisions: async (processId, kind, docId) => (await list(processId, kind, docId)) as never,
    readRevision: async (processId, kind, docId, version) =>
      (await list(processId, kind, docId)).find((r) => r.version === version) as never,
  };
}

/**
 * The earlier versions of the positions (`Case.earlierPositions`, issue 15), read from the history: for each
 * dated current position, the kept versions whose `asOf` is before its own, the last saved one for each date,
 * oldest date first. A saved version with the current `asOf` is a correction of the current position, not an
 * earlier one; a current position without `asOf` has none.
 */
export async function readEarlierPositions(
  db: Kysely<Database>,
  processId: string,
  current: readonly { value: Position; version: number }[],
): Promise<Position[]> {
  if (!current.some((p) => p.value.asOf !== undefined)) return [];
  const rows = await db
    .selectFrom('revision')
    .select(['doc_id', 'version', 'doc'])
    .where('process_id', '=', processId)
    .where('kind', '=', 'position')
    .orderBy('version', 'asc')
    .execute();
  return current.flatMap(({ value, version }) => {
    const asOf = value.asOf;
    if (asOf === undefined) return [];
    const byDate = new Map<string, Position>();
    for (const row of rows) {
      if (row.doc_id !== value.party || row.version === version) continue;
      const earlier = decodeJson(row.doc) as Position;
      if (earlier.asOf !== undefined && earlier.asOf < asOf) byDate.set(earlier.asOf, earlier);
    }
    return [...byDate.keys()].sort().map((date) => byDate.get(date)!);
  });
}
