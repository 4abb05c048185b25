import type { RedLine } from '../api/contract.js';
import type { PreviewRow } from '../logic/position-preview.js';
import { VerdictBadge } from './chips.js';

/**
 * The live preview under the position editor: for each proposal the caller can read, what the draft is worth
 * (marked when not above the reservation) and whether each red line keeps or breaks it. Computed in the
 * browser from the draft alone, so it changes as the draft does.
 */
export function PositionPreview({
  preview,
  redlines,
  reservation,
}: {
  preview: PreviewRow[] | null;
  redlines: readonly RedLine[];
  /** The reservation as the draft holds it, in words (`30`, `20..40`). */
  reservation: string;
}) {
  return (
    <section className="position-preview" aria-labelledby="position-preview-title">
      <h2 id="position-preview-title">Live preview</h2>
      {preview === null ? (
        <p className="muted" role="status">
          Finish the marked rules to see what this position makes of the proposals.
        </p>
      ) : preview.length === 0 ? (
        <p className="muted">There is no proposal you can read yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table preview-table">
            <caption className="sr-only">
              Each proposal you can read, as this draft position judges it
            </caption>
            <thead>
              <tr>
                <th scope="col">Proposal</th>
                <th scope="col">Utility</th>
                {redlines.map((r, i) => (
                  <th scope="col" key={i} title={r.text}>
                    {r.id}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.map((row) => (
                <tr key={row.proposal}>
                  <th scope="row">{row.title}</th>
                  <td className="num">
                    {row.utility.toFixed(1)}
                    {!row.aboveReservation && (
                      <span
                        className="below-reservation"
                        title={`not above the reservation (${reservation})`}
                      >
                        {' '}
                        * <span className="sr-only">not above the reservation</span>
                      </span>
                    )}
                  </td>
                  {row.verdicts.map((verdict, i) => (
                    <td key={i}>
                      <VerdictBadge verdict={verdict} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted small">* not above the reservation ({reservation}).</p>
        </div>
      )}
    </section>
  );
}
