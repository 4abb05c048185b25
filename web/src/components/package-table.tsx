import { useState } from 'react';
import { solutionNames } from '../api/contract.js';
import type { ProcessDetail, SolutionName, SolveReport } from '../api/contract.js';

const solutionLabels: Record<SolutionName, string> = {
  nash: 'Nash',
  kalai: 'Kalai–Smorodinsky',
  egalitarian: 'Egalitarian',
  utilitarian: 'Utilitarian',
};

/**
 * The four bargaining solutions side by side, issue by issue, with each party's utility; and for the
 * chosen solution, what it means to each party: utility against no agreement, red lines kept, and the
 * issues that cost the party most.
 */
export function PackageTable({ report, process }: { report: SolveReport; process: ProcessDetail }) {
  const [chosen, setChosen] = useState<SolutionName>('nash');
  const present = solutionNames.filter((n) => report.solutions[n] !== null);
  const optionLabel = (issueId: string, optionId: string | undefined) =>
    optionId === undefined
      ? '—'
      : (process.issues.find((i) => i.id === issueId)?.options.find((o) => o.id === optionId)?.label ??
        optionId);
  const parties = process.parties.filter((p) =>
    present.some((n) => report.solutions[n]!.utilities[p.id] !== undefined),
  );
  const explained = report.explain?.[chosen] ?? [];
  const name = (id: string) => process.parties.find((p) => p.id === id)?.name ?? id;

  if (present.length === 0) {
    return (
      <section className="card">
        <h2>Packages</h2>
        <p className="muted">
          No bargaining solution exists: no package keeps every red line and beats no agreement for all.
        </p>
      </section>
    );
  }
  return (
    <section className="card" aria-labelledby="packages-title">
      <h2 id="packages-title">The bargaining solutions</h2>
      <div className="table-scroll">
        <table className="data-table package-table">
          <thead>
            <tr>
              <th scope="col">Issue</th>
              {present.map((n) => (
                <th scope="col" key={n}>
                  {solutionLabels[n]}
                  {report.optimality[n]?.proven === false && (
                    <span className="muted" title="The search stopped before proving this the best package">
                      {' '}
                      (best found, not proven
                      {report.optimality[n]?.gap != null ? `; gap ≤ ${report.optimality[n]!.gap}` : ''})
                    </span>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {process.issues.map((issue) => {
              const options = present.map((n) => report.solutions[n]!.options[issue.id]);
              const differs = options.some((o) => o !== options[0]);
              return (
                <tr key={issue.id} className={differs ? 'differs' : ''}>
                  <th scope="row">{issue.title}</th>
                  {options.map((o, i) => (
                    <td key={present[i]}>{optionLabel(issue.id, o)}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            {parties.map((party) => (
              <tr key={party.id}>
                <th scope="row">Utility for {party.name}</th>
                {present.map((n) => (
                  <td key={n} className="num">
                    {report.solutions[n]!.utilities[party.id]?.toFixed(1) ?? 'sealed'}
                  </td>
                ))}
              </tr>
            ))}
          </tfoot>
        </table>
      </div>
      {explained.length > 0 && (
        <>
          <h3>What each party gets</h3>
          <div className="segmented" role="group" aria-label="Solution to explain">
            {present.map((n) => (
              <button key={n} type="button" aria-pressed={n === chosen} onClick={() => setChosen(n)}>
                {solutionLabels[n]}
              </button>
            ))}
          </div>
          <div className="explain-grid">
            {explained.map((e) => {
              const costs = [...e.issues]
                .filter((i) => i.delta < 0)
                .sort((a, b) => a.delta - b.delta || (a.issue < b.issue ? -1 : 1));
              return (
                <article key={e.party} className="explain-card">
                  <h4>{name(e.party)}</h4>
                  <p>
                    Utility <strong>{e.utility.toFixed(1)}</strong> against {e.reservation.toFixed(1)} for no
                    agreement ({e.surplus >= 0 ? '+' : ''}
                    {e.surplus.toFixed(1)}).
                  </p>
                  {e.redlines.length > 0 && (
                    <p>
                      Red lines kept: {e.redlines.filter((r) => r.holds).length} of {e.redlines.length}
                    </p>
                  )}
                  {costs.length > 0 && (
                    <ul className="muted">
                      {costs.slice(0, 3).map((c) => (
                        <li key={c.issue}>
                          {process.issues.find((i) => i.id === c.issue)?.title ?? c.issue}:{' '}
                          {optionLabel(c.issue, c.option)} instead of {optionLabel(c.issue, c.bestOption)} (
                          {c.delta.toFixed(1)})
                        </li>
                      ))}
                    </ul>
                  )}
                </article>
              );
            })}
          </div>
        </>
      )}
    </section>
  );
}
