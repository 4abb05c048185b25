import { canReadEstimate } from '../../../src/model/index.js';
import { useApp } from '../session.js';
import { emptyPosition, PositionPage, unlessMissing, unversioned } from '../components/position-page.js';
import { restoreInfinity } from '../logic/what-if-case.js';
import { navigate } from '../use-route.js';
import type { Party, Proposal } from '../api/contract.js';
import type { ProcessData } from './process-shell.js';

/**
 * The mediators' estimate of one party's position (issue 17), edited in the browser by a mediator with the
 * position editor: weights, utilities and reservation (one number, a range or a triangle), red lines with
 * their firmness, and the live preview. Saved as one versioned write (`If-Match`), audited by the server.
 * A party the mediators have not estimated yet starts from the position it entered (or an empty one).
 * Nobody else is offered it: the estimate is sealed to the mediators, the estimated party included.
 */
export function EstimateView({ data, partyId }: { data: ProcessData; partyId: string }) {
  const party = data.process.parties.find((p) => p.id === partyId);
  if (!party || !canReadEstimate(data.process.access)) {
    return (
      <section className="position-view">
        <h1 tabIndex={-1}>Estimate</h1>
        <p className="note">Only the mediators keep and read estimates of parties' positions.</p>
      </section>
    );
  }
  return <EditableEstimate data={data} party={party} />;
}

function EditableEstimate({ data, party }: { data: ProcessData; party: Party }) {
  const { api } = useApp();
  const { process } = data;
  return (
    <PositionPage
      data={data}
      party={party}
      noun="estimate"
      title={`Estimate of ${party.name}'s position`}
      intro={`The mediators' own judgement of what ${party.name} holds, kept beside the position it entered. Sealed to the mediators: not even ${party.name}'s delegates read it. Robustness, check and solve weigh it when asked to.`}
      parties={process.parties.filter((p) => p.kind !== 'mediator')}
      onChooseParty={(partyId) => navigate({ name: 'estimate', processId: process.id, partyId })}
      load={async () => {
        const [estimate, entered, proposals] = await Promise.all([
          api.readEstimate(process.id, party.id).catch(unlessMissing),
          api.readPosition(process.id, party.id).catch(unlessMissing),
          Promise.all(data.proposals.map((p) => api.readProposal(process.id, p.id))),
        ]);
        const start = entered ? unversioned(entered).position : emptyPosition(party.id);
        return {
          initial: estimate ? unversioned(estimate) : { position: start, version: null },
          proposals: proposals.map((p): Proposal => restoreInfinity(p)),
          note: entered ? ': this starts from the position it entered' : '',
        };
      }}
      newNote={({ note }) =>
        `The mediators have no estimate of ${party.name}'s position yet${note ?? ''}; saving creates it.`
      }
      write={(estimate, version) => api.writeEstimate(process.id, estimate, version)}
    />
  );
}
