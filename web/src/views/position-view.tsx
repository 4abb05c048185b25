import { useMemo } from 'react';
import { useApp } from '../session.js';
import { useResource } from '../use-resource.js';
import { ApiError } from '../api/problem.js';
import { Loaded } from '../components/status.js';
import { PositionEditor } from '../components/position-editor.js';
import { restoreInfinity } from '../logic/what-if-case.js';
import { navigate } from '../use-route.js';
import { formatRoute } from '../router.js';
import type { CaseManifest, Party, Position, Proposal } from '../api/contract.js';
import type { ProcessData } from './process-shell.js';

/** The parties whose position the caller may edit: a delegate its own, a mediator every one. */
export function editableParties(data: ProcessData): string[] {
  const { access, parties } = data.process;
  if (access.role === 'mediator') return parties.map((p) => p.id);
  return access.role === 'delegate' && access.party ? [access.party] : [];
}

/**
 * One party's position, edited in the browser (issue 14): loads the position (or starts an empty one when
 * the party has none yet) and every proposal the caller may read, for the live preview.
 */
export function PositionView({ data, partyId }: { data: ProcessData; partyId: string }) {
  const party = data.process.parties.find((p) => p.id === partyId);
  // Nothing is asked of the server for a position the caller may not edit: that request could only fail.
  if (!party || !editableParties(data).includes(partyId)) {
    return (
      <section className="position-view">
        <h1 tabIndex={-1}>Position</h1>
        <p className="note">You cannot edit the position of '{partyId}' in this process.</p>
      </section>
    );
  }
  return <EditablePosition data={data} party={party} />;
}

function EditablePosition({ data, party }: { data: ProcessData; party: Party }) {
  const { api } = useApp();
  const { process } = data;
  const partyId = party.id;
  const manifest = useMemo((): CaseManifest => {
    const { access: _access, version: _version, ...rest } = restoreInfinity(process);
    return rest;
  }, [process]);
  const parties = editableParties(data);
  const [loaded, reload] = useResource(`position:${process.id}:${partyId}`, async () => {
    const [position, proposals] = await Promise.all([
      api.readPosition(process.id, partyId).then(
        (p) => {
          const { version, ...rest } = restoreInfinity(p);
          return { position: rest as Position, version: version as number | null };
        },
        (error: unknown) => {
          if (error instanceof ApiError && error.status === 404) {
            const empty: Position = {
              party: partyId,
              reservation: 0,
              weights: {},
              utilities: {},
              redlines: [],
            };
            return { position: empty, version: null };
          }
          throw error;
        },
      ),
      Promise.all(data.proposals.map((p) => api.readProposal(process.id, p.id))),
    ]);
    return { initial: position, proposals: proposals.map((p): Proposal => restoreInfinity(p)) };
  });

  return (
    <section className="position-view">
      <div className="view-header">
        <h1 tabIndex={-1}>Position of {party.name}</h1>
        <p>
          Sealed: only {party.name}'s delegates and the mediators can read or change it.{' '}
          <a
            href={formatRoute({
              name: 'history',
              processId: process.id,
              doc: { kind: 'position', id: partyId },
            })}
          >
            Earlier versions of this position
          </a>
        </p>
      </div>
      {parties.length > 1 && (
        <label className="inline party-choice">
          Party
          <select
            value={partyId}
            onChange={(e) => navigate({ name: 'position', processId: process.id, partyId: e.target.value })}
          >
            {parties.map((id) => (
              <option key={id} value={id}>
                {process.parties.find((p) => p.id === id)?.name ?? id}
              </option>
            ))}
          </select>
        </label>
      )}
      <Loaded resource={loaded} what="the position" onRetry={reload}>
        {({ initial, proposals }) => (
          <>
            {initial.version === null && (
              <p className="note">{party.name} has no position yet; saving creates it.</p>
            )}
            <PositionEditor
              key={`${partyId}:${initial.version ?? 'new'}`}
              manifest={manifest}
              partyName={party.name}
              initial={initial}
              proposals={proposals}
              onStale={reload}
            />
          </>
        )}
      </Loaded>
    </section>
  );
}
