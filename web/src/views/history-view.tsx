import { canReadEstimate, canReadPosition } from '../../../src/model/index.js';
import { navigate } from '../use-route.js';
import { DocumentHistory } from '../components/document-history.js';
import type { HistoryDoc } from '../router.js';
import type { ProcessData } from './process-shell.js';

/**
 * History (tab *History*, issue 14): the saved versions of a proposal or a position the caller may read
 * now — who saved each, when, what it changed — the difference between any two, and Restore. Only what the
 * access policy lets the caller read is offered, so no request is made that could only be refused.
 */
export function HistoryView({
  data,
  doc,
  onChanged,
}: {
  data: ProcessData;
  doc?: HistoryDoc;
  onChanged: () => void;
}) {
  const { process, proposals } = data;
  const positions = process.parties.filter((p) => canReadPosition(process.access, p.id));
  // The mediators' estimates are theirs alone: offered to a mediator only, every party's.
  const estimates = canReadEstimate(process.access) ? positions : [];
  const offered: HistoryDoc[] = [
    ...proposals.map((p) => ({ kind: 'proposal' as const, id: p.id })),
    ...positions.map((p) => ({ kind: 'position' as const, id: p.id })),
    ...estimates.map((p) => ({ kind: 'estimate' as const, id: p.id })),
  ];
  const chosen = doc ?? offered[0];
  const isOffered = chosen && offered.some((d) => d.kind === chosen.kind && d.id === chosen.id);
  const valueOf = (d: HistoryDoc) => `${d.kind}:${d.id}`;
  const partyName = (id: string) => process.parties.find((p) => p.id === id)?.name ?? id;
  const nameOf = (d: HistoryDoc) =>
    d.kind === 'proposal'
      ? (proposals.find((p) => p.id === d.id)?.title ?? d.id)
      : d.kind === 'estimate'
        ? `Estimate of ${partyName(d.id)}'s position`
        : `Position of ${partyName(d.id)}`;

  return (
    <section className="history-view">
      <header className="view-header">
        <h1>History</h1>
        <p>
          Every saved version of a proposal or a position you may read (and, for mediators, of their
          estimates), who saved it and when.
        </p>
      </header>
      <div className="proposal-pickers">
        <label>
          Document
          <select
            value={chosen && isOffered ? valueOf(chosen) : ''}
            onChange={(e) => {
              const next = offered.find((d) => valueOf(d) === e.target.value);
              if (next) navigate({ name: 'history', processId: process.id, doc: next }, true);
            }}
          >
            {!isOffered && <option value="">Choose a document…</option>}
            <optgroup label="Proposals">
              {proposals.map((p) => (
                <option key={p.id} value={`proposal:${p.id}`}>
                  {p.title}
                </option>
              ))}
            </optgroup>
            {positions.length > 0 && (
              <optgroup label="Positions">
                {positions.map((p) => (
                  <option key={p.id} value={`position:${p.id}`}>
                    Position of {p.name}
                  </option>
                ))}
              </optgroup>
            )}
            {estimates.length > 0 && (
              <optgroup label="The mediators' estimates">
                {estimates.map((p) => (
                  <option key={p.id} value={`estimate:${p.id}`}>
                    Estimate of {p.name}'s position
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </label>
      </div>
      {!chosen ? (
        <p className="muted">Nothing here has a history you may read.</p>
      ) : !isOffered ? (
        <p className="note">
          You cannot see the history of{' '}
          {chosen.kind === 'proposal'
            ? 'proposal'
            : chosen.kind === 'estimate'
              ? 'the estimate of'
              : 'the position of'}{' '}
          '{chosen.id}'.
        </p>
      ) : (
        <DocumentHistory
          key={valueOf(chosen)}
          data={data}
          doc={chosen}
          name={nameOf(chosen)}
          onChanged={onChanged}
        />
      )}
    </section>
  );
}
