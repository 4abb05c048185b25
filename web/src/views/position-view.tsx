import { useApp } from '../session.js';
import { emptyPosition, PositionPage, unlessMissing, unversioned } from '../components/position-page.js';
import { restoreInfinity } from '../logic/what-if-case.js';
import { navigate } from '../use-route.js';
import type { Party, Proposal } from '../api/contract.js';
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
  const editable = editableParties(data);
  const choices = process.parties.filter((p) => editable.includes(p.id));
  return (
    <PositionPage
      data={data}
      party={party}
      noun="position"
      title={`Position of ${party.name}`}
      intro={`Sealed: only ${party.name}'s delegates and the mediators can read or change it.`}
      parties={choices}
      onChooseParty={(partyId) => navigate({ name: 'position', processId: process.id, partyId })}
      load={async () => {
        const [position, proposals] = await Promise.all([
          api.readPosition(process.id, party.id).catch(unlessMissing),
          Promise.all(data.proposals.map((p) => api.readProposal(process.id, p.id))),
        ]);
        return {
          initial: position ? unversioned(position) : { position: emptyPosition(party.id), version: null },
          proposals: proposals.map((p): Proposal => restoreInfinity(p)),
        };
      }}
      newNote={() => `${party.name} has no position yet; saving creates it.`}
      write={(position, version) => api.writePosition(process.id, position, version)}
    />
  );
}
