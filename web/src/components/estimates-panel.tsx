import { useState } from 'react';
import type { Party, VersionedPosition } from '../api/contract.js';
import { formatRoute } from '../router.js';
import { useApp } from '../session.js';

/** How a weight, utility or reservation reads: a number, a range `20..40`, or `low–mode–high`. */
const formatValue = (value: unknown): string =>
  typeof value === 'object' && value !== null
    ? Object.values(value as Record<string, number>).join('–')
    : String(value);

/**
 * The mediators' estimates of parties' positions (issue 17): per estimated party its reservation, its weights
 * and its red lines with their firmness, with links to edit each (the estimate view) and to its earlier
 * versions, to remove one (after a confirmation: its versions go with it), and to estimate a party not
 * estimated yet. Also kept in the case folder (`estimates/<party>.yaml`); the robustness run weighs them
 * when asked to. `onRemoved` hears the party whose estimate the server removed.
 */
export function EstimatesPanel({
  processId,
  estimates,
  parties,
  onRemoved,
}: {
  processId: string;
  estimates: readonly VersionedPosition[];
  parties: readonly Party[];
  onRemoved: (party: string) => void;
}) {
  const { api } = useApp();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const name = (id: string) => parties.find((p) => p.id === id)?.name ?? id;
  const remove = async (party: string) => {
    setFailure(null);
    try {
      await api.removeEstimate(processId, party);
      setConfirming(null);
      setRemoved(party);
      onRemoved(party);
    } catch (error) {
      setFailure(
        `The estimate of ${name(party)} was not removed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
  const notes = (
    <>
      {removed && (
        <p className="note" role="status">
          The estimate of {name(removed)} was removed, with its versions; the position it entered is
          unchanged.
        </p>
      )}
      {failure && (
        <p className="note note-error" role="alert">
          {failure}
        </p>
      )}
    </>
  );
  const unestimated = parties.filter(
    (p) => p.kind !== 'mediator' && !estimates.some((e) => e.party === p.id),
  );
  const toEstimate = unestimated.length > 0 && (
    <p>
      {estimates.length === 0 ? 'Estimate a position: ' : 'Estimate another position: '}
      {unestimated.map((p, i) => (
        <span key={p.id}>
          {i > 0 && ' · '}
          <a href={formatRoute({ name: 'estimate', processId, partyId: p.id })}>{p.name}</a>
        </span>
      ))}
    </p>
  );
  if (estimates.length === 0)
    return (
      <>
        {notes}
        <p className="muted">
          No estimates yet: the mediators may keep their own estimate of a party's position, sealed to them.
        </p>
        {toEstimate}
      </>
    );
  return (
    <>
      {notes}
      <table className="data-table estimates-table">
        <thead>
          <tr>
            <th scope="col">Party</th>
            <th scope="col">Reservation</th>
            <th scope="col">Weights</th>
            <th scope="col">Red lines (firmness)</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {estimates.map((e) => (
            <tr key={e.party}>
              <th scope="row">{name(e.party)}</th>
              <td className="num">{formatValue(e.reservation)}</td>
              <td>
                {Object.entries(e.weights)
                  .map(([issue, w]) => `${issue} ${formatValue(w)}`)
                  .join(', ') || '—'}
              </td>
              <td>{e.redlines.map((r) => `${r.id} (${String(r.firmness ?? 'firm')})`).join(', ') || '—'}</td>
              <td>
                <a href={formatRoute({ name: 'estimate', processId, partyId: e.party })}>
                  Edit<span className="sr-only"> the estimate of {name(e.party)}</span>
                </a>
                {' · '}
                <a
                  href={formatRoute({
                    name: 'history',
                    processId,
                    doc: { kind: 'estimate', id: e.party },
                  })}
                >
                  History<span className="sr-only"> of the estimate of {name(e.party)}</span>
                </a>
                {' · '}
                {confirming === e.party ? (
                  <span role="group" aria-label={`Remove the estimate of ${name(e.party)}?`}>
                    Remove it and all its versions? This cannot be undone.{' '}
                    <button type="button" className="quiet small" onClick={() => void remove(e.party)}>
                      Remove estimate<span className="sr-only"> of {name(e.party)}</span>
                    </button>{' '}
                    <button type="button" className="quiet small" onClick={() => setConfirming(null)}>
                      Keep it
                    </button>
                  </span>
                ) : (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      setRemoved(null);
                      setConfirming(e.party);
                    }}
                  >
                    Remove<span className="sr-only"> the estimate of {name(e.party)}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {toEstimate}
    </>
  );
}
