import type { Party, VersionedPosition } from '../api/contract.js';
import { formatRoute } from '../router.js';

/** How a weight, utility or reservation reads: a number, a range `20..40`, or `low–mode–high`. */
const formatValue = (value: unknown): string =>
  typeof value === 'object' && value !== null
    ? Object.values(value as Record<string, number>).join('–')
    : String(value);

/**
 * The mediators' estimates of parties' positions (issue 17): per estimated party its reservation, its weights
 * and its red lines with their firmness, with links to edit each (the estimate view) and to its earlier
 * versions, and to estimate a party not estimated yet. Also kept in the case folder
 * (`estimates/<party>.yaml`); the robustness run weighs them when asked to.
 */
export function EstimatesPanel({
  processId,
  estimates,
  parties,
}: {
  processId: string;
  estimates: readonly VersionedPosition[];
  parties: readonly Party[];
}) {
  const name = (id: string) => parties.find((p) => p.id === id)?.name ?? id;
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
        <p className="muted">
          No estimates yet: the mediators may keep their own estimate of a party's position, sealed to them.
        </p>
        {toEstimate}
      </>
    );
  return (
    <>
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
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {toEstimate}
    </>
  );
}
