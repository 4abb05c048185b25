import type { Issue, IssueChange } from '../api/contract.js';

const changeWords: Record<IssueChange['change'], string> = {
  changed: 'changed',
  removed: 'dropped with its clause',
  opened: 'left open',
  addressed: 'newly settled',
};

/** The issue-level change summary of a comparison: each issue whose coded option changed, from → to. */
export function IssueSummary({
  changes,
  issues,
}: {
  changes: readonly IssueChange[] | undefined;
  issues: readonly Issue[];
}) {
  if (changes === undefined) {
    return <p className="muted">No issue summary: one of the two proposals carries no issue codes.</p>;
  }
  const label = (issueId: string, optionId: string | null) =>
    optionId === null
      ? 'open'
      : optionId
          .split('|')
          .map((o) => issues.find((i) => i.id === issueId)?.options.find((x) => x.id === o)?.label ?? o)
          .join(' or ');
  return (
    <details className="card issue-summary">
      <summary>
        <h2>Issues that changed ({changes.length})</h2>
      </summary>
      {changes.length === 0 ? (
        <p className="muted">Every coded issue has the same option in both proposals.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Issue</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
              <th scope="col">Change</th>
              <th scope="col">Provisions</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.issue}>
                <th scope="row">{issues.find((i) => i.id === c.issue)?.title ?? c.issue}</th>
                <td>{label(c.issue, c.from)}</td>
                <td>{label(c.issue, c.to)}</td>
                <td>
                  <span className={`change change-${c.change}`}>{changeWords[c.change]}</span>
                </td>
                <td className="muted">
                  {c.fromProvisions.join(', ') || '—'} → {c.toProvisions.join(', ') || '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
