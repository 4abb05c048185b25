import type { Party, VersionedPosition } from '../api/contract.js';

/** How a weight, utility or reservation reads: a number, a range `20..40`, or `low–mode–high`. */
const formatValue = (value: unknown): string =>
  typeof value === 'object' && value !== null
    ? Object.values(value as Record<string, number>).join('–')
    : String(value);

/**
 * The mediators' estimates of parties' positions (issue 17), read-only: per estimated party its reservation,
 * its weights and its red lines with their firmness. Edited in the case folder (`estimates/<party>.yaml`) or
 * through `PUT …/estimates/{partyId}`; the robustness run weighs them when asked to.
 */
export function EstimatesPanel({
  estimates,
  parties,
}: {
  estimates: readonly VersionedPosition[];
  parties: readonly Party[];
}) {
  const name = (id: string) => parties.find((p) => p.id === id)?.name ?? id;
  if (estimates.length === 0)
    return (
      <p className="muted">
        No estimates yet: the mediators may keep their own estimate of a party's position
        (estimates/&lt;party&gt;.yaml in the case folder), sealed to them.
      </p>
    );
  return (
    <table className="data-table estimates-table">
      <thead>
        <tr>
          <th scope="col">Party</th>
          <th scope="col">Reservation</th>
          <th scope="col">Weights</th>
          <th scope="col">Red lines (firmness)</th>
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
          </tr>
        ))}
      </tbody>
    </table>
  );
}
