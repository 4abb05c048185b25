import { useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { Withheld } from './status.js';
import { ParetoPlot } from './pareto-plot.js';
import { PackageTable } from './package-table.js';
import { ConflictList } from './conflict-list.js';
import { utilityPoints } from '../logic/utility-points.js';
import type { CheckReport, Position, RedLineRef, SolveReport } from '../api/contract.js';
import type { ProcessData } from '../views/process-shell.js';

/**
 * One solver answer laid out: whether agreement is possible, the packages in utility space beside the
 * existing proposals, the bargaining solutions party by party, and — when red lines collide — the
 * conflicts and smallest relaxations (each with a "what if" when `onWhatIf` is given).
 */
export function SolveResult({
  data,
  report,
  check,
  positions,
  onWhatIf,
  aside,
}: {
  data: ProcessData;
  report: SolveReport;
  check: CheckReport | null;
  positions: ReadonlyMap<string, Position>;
  onWhatIf?: (relaxed: RedLineRef[]) => void;
  aside?: ReactNode;
}) {
  const { process, proposals } = data;
  const name = (id: string) => process.parties.find((p) => p.id === id)?.name ?? id;
  // Parties on the axes: those whose utilities the caller may see, in the solver answer or the check report.
  const plotParties = useMemo(() => {
    const seen = new Set<string>();
    for (const s of Object.values(report.solutions))
      for (const party of Object.keys(s?.utilities ?? {})) seen.add(party);
    for (const p of report.pareto ?? []) for (const party of Object.keys(p.utilities)) seen.add(party);
    for (const r of check?.results ?? []) if (r.utility !== null) seen.add(r.party);
    return process.parties.filter((p) => seen.has(p.id) && !report.withheld.includes(p.id));
  }, [report, check, process.parties]);
  const [axes, setAxes] = useState<[string, string] | null>(null);
  useEffect(() => {
    const ids = plotParties.map((p) => p.id);
    if (ids.length >= 2 && (!axes || !axes.every((a) => ids.includes(a)) || axes[0] === axes[1]))
      setAxes([ids[0]!, ids[1]!]);
  }, [plotParties, axes]);
  const labels = useMemo(() => new Map(proposals.map((p) => [p.id, p.id])), [proposals]);
  const points = useMemo(
    () => (axes ? utilityPoints(report, check, axes[0], axes[1], labels) : []),
    [report, check, axes, labels],
  );

  return (
    <>
      <p className={`note solve-summary ${report.agreementZone === false ? 'note-error' : ''}`} role="status">
        {report.agreementZone
          ? 'There are packages every party prefers to no agreement while keeping every red line.'
          : report.feasible === null
            ? 'The search stopped at its time limit before finding any package that keeps every red line; whether one exists is not known.'
            : report.agreementZone === null
              ? 'Every red line can hold at once; the search stopped at its time limit before finding a package that beats no agreement for every party, so whether one exists is not known.'
              : report.feasible
                ? 'Every red line can hold at once, but no such package beats no agreement for every party.'
                : 'No package keeps every red line: some red lines collide. See the conflicts and the smallest relaxations below.'}
        {!report.proven &&
          report.agreementZone !== null &&
          (report.stopped
            ? ' The search stopped at its time limit: the packages below are the best it found, marked where not proven optimal.'
            : ' Some lists below reached their cap and may be incomplete.')}
      </p>
      {report.withheld.length > 0 && (
        <Withheld>
          This search weighs your own position alone: the positions of {report.withheld.map(name).join(', ')}{' '}
          are sealed to you, so the packages below need not respect their red lines. The mediators search with
          every position.
        </Withheld>
      )}
      <div className={aside ? 'converge-layout' : 'converge-layout single'}>
        <section className="card" aria-labelledby="plot-title">
          <h2 id="plot-title">Packages in utility space</h2>
          {axes && plotParties.length >= 2 ? (
            <>
              <div className="axis-pickers">
                {(['Across', 'Up'] as const).map((label, i) => (
                  <label key={label}>
                    {label}
                    <select
                      value={axes[i]}
                      onChange={(e) =>
                        setAxes(i === 0 ? [e.target.value, axes[1]] : [axes[0], e.target.value])
                      }
                    >
                      {plotParties.map((p) => (
                        <option key={p.id} value={p.id}>
                          {p.name}
                        </option>
                      ))}
                    </select>
                  </label>
                ))}
              </div>
              <ParetoPlot
                points={points}
                xLabel={name(axes[0])}
                yLabel={name(axes[1])}
                parties={plotParties}
              />
              <p className="muted">
                {(report.pareto?.length ?? 0) === 0
                  ? report.feasible === false
                    ? 'No package keeps every red line, so only the existing proposals are placed.'
                    : 'The search stopped before it found a package to place, so only the existing proposals are placed.'
                  : report.paretoProven === false
                    ? `${report.pareto!.length} packages found before the search stopped: none of them beats another for every party, but they are not proven Pareto-optimal.`
                    : `${report.pareto!.length} Pareto packages${report.paretoCapped ? ` shown of ${report.paretoCount}` : ''}.`}{' '}
                Hover a point for every party’s utility.
              </p>
            </>
          ) : (
            <Withheld>
              The plot needs the utilities of two parties, and you may read{' '}
              {plotParties.length === 0 ? 'none' : `only ${plotParties.map((p) => p.name).join(', ')}’s`}: the
              other parties’ positions are sealed to you.
            </Withheld>
          )}
        </section>
        {aside}
      </div>
      <PackageTable report={report} process={process} />
      {report.feasible === false && (
        <ConflictList
          conflicts={report.conflicts}
          relaxations={report.relaxations}
          positions={positions}
          coherence={process.coherence}
          partyName={name}
          onWhatIf={onWhatIf}
        />
      )}
    </>
  );
}
