import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { useResource } from '../use-resource.js';
import { ApiError } from '../api/problem.js';
import { Loaded } from './status.js';
import { PositionEditor } from './position-editor.js';
import { restoreInfinity } from '../logic/what-if-case.js';
import { formatRoute } from '../router.js';
import type { CaseManifest, Party, Position, Proposal, VersionedPosition } from '../api/contract.js';
import type { ProcessData } from '../views/process-shell.js';

/** What the page loads: the document to start from (`version` null: not saved yet) and the readable proposals. */
export interface PositionPageData {
  initial: { position: Position; version: number | null };
  proposals: Proposal[];
}

/**
 * A page that edits one party's position-shaped document — its position (issue 14) or the mediators'
 * estimate of it (issue 17): a heading and what it is, a link to its earlier versions, a choice of party,
 * and the position editor over what `load` read, saving with `write`.
 */
export function PositionPage({
  data,
  party,
  noun,
  title,
  intro,
  parties,
  onChooseParty,
  load,
  newNote,
  write,
}: {
  data: ProcessData;
  party: Party;
  noun: 'position' | 'estimate';
  title: string;
  intro: ReactNode;
  /** The parties the caller may switch to (no choice is shown for one). */
  parties: readonly Party[];
  onChooseParty: (partyId: string) => void;
  load: () => Promise<PositionPageData & { note?: string }>;
  /** What to say above the editor when the document is not saved yet. */
  newNote: (loaded: PositionPageData & { note?: string }) => string;
  write: (document: Position, version: number | null) => Promise<VersionedPosition>;
}) {
  const { process } = data;
  const manifest = useMemo((): CaseManifest => {
    const { access: _access, version: _version, ...rest } = restoreInfinity(process);
    return rest;
  }, [process]);
  const [loaded, reload] = useResource(`${noun}:${process.id}:${party.id}`, load);
  return (
    <section className="position-view">
      <div className="view-header">
        <h1 tabIndex={-1}>{title}</h1>
        <p>
          {intro}{' '}
          <a
            href={formatRoute({
              name: 'history',
              processId: process.id,
              doc: { kind: noun, id: party.id },
            })}
          >
            Earlier versions of this {noun}
          </a>
        </p>
      </div>
      {parties.length > 1 && (
        <label className="inline party-choice">
          Party
          <select value={party.id} onChange={(e) => onChooseParty(e.target.value)}>
            {parties.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <Loaded resource={loaded} what={`the ${noun}`} onRetry={reload}>
        {(page) => (
          <>
            {page.initial.version === null && <p className="note">{newNote(page)}</p>}
            <PositionEditor
              key={`${party.id}:${page.initial.version ?? 'new'}`}
              manifest={manifest}
              partyName={party.name}
              noun={noun}
              write={write}
              initial={page.initial}
              proposals={page.proposals}
              onStale={reload}
            />
          </>
        )}
      </Loaded>
    </section>
  );
}

/** A stored position or estimate as the editor starts from it: without its version, which the save names apart. */
export function unversioned(p: VersionedPosition): { position: Position; version: number } {
  const { version, ...rest } = restoreInfinity(p);
  return { position: rest as Position, version };
}

/** A 404 (nothing stored yet) as undefined; any other failure is still an error. */
export function unlessMissing(error: unknown): undefined {
  if (error instanceof ApiError && error.status === 404) return undefined;
  throw error;
}

/** A party's position with nothing in it yet. */
export const emptyPosition = (party: string): Position => ({
  party,
  reservation: 0,
  weights: {},
  utilities: {},
  redlines: [],
});
