import { useEffect, useMemo, useState } from 'react';
import { useApp } from '../session.js';
import { useResource } from '../use-resource.js';
import { ErrorNote, Withheld } from '../components/status.js';
import { ParetoPlot } from '../components/pareto-plot.js';
import { PackageTable } from '../components/package-table.js';
import { ConflictList } from '../components/conflict-list.js';
import { BridgePanel } from '../components/bridge-panel.js';
import { utilityPoints } from '../logic/utility-points.js';
import { ApiError } from '../api/problem.js';
import type { Position, SolveReport } from '../api/contract.js';
import type { ProcessData } from './process-shell.js';

type Run =
  | { status: 'idle' }
  | { status: 'running'; started: number }
  | { status: 'done'; report: SolveReport }
  | { status: 'failed'; error: Error };

/**
 * Converge: run the solver, see the packages in utility space with the existing proposals and the four
 * bargaining solutions, read each package party by party, and, when no package is acceptable to all, the
 * red lines that collide and the cheapest relaxations.
 */
export function ConvergeView({ data }: { data: ProcessData }) {
  const { api } = useApp();
  const { process, proposals } = data;
  const [run, setRun] = useState<Run>({ status: 'idle' });
  const [check] = useResource(`check:${process.id}`, () => api.check(process.id));
  const [positions] = useResource(`positions:${process.id}`, () =>
    readPositions(data, (party) => api.readPosition(process.id, party)),
  );
  const start = () => {
    setRun({ status: 'running', started: performance.now() });
    api.solve(process.id).then(
      (report) => setRun({ status: 'done', report }),
      (error: Error) => setRun({ status: 'failed', error }),
    );
  };
  const report = run.status === 'done' ? run.report : null;
  const visibleParties = useMemo(() => {
    if (!report) return [];
    const withUtility = new Set(
      Object.values(report.solutions).flatMap((s) => (s ? Object.keys(s.utilities) : [])),
    );
    for (const p of report.pareto ?? []) for (const party of Object.keys(p.utilities)) withUtility.add(party);
    return process.parties.filter((p) => withUtility.has(p.id));
  }, [report, process.parties]);
  const [axes, setAxes] = useState<[string, string] | null>(null);
  useEffect(() => {
    if (visibleParties.length >= 2 && (!axes || !axes.every((a) => visibleParties.some((p) => p.id === a)))) {
      setAxes([visibleParties[0]!.id, visibleParties[1]!.id]);
    }
  }, [visibleParties, axes]);
  const labels = useMemo(() => new Map(proposals.map((p) => [p.id, p.id])), [proposals]);
  const points = useMemo(
    () =>
      report && axes
        ? utilityPoints(report, check.status === 'ready' ? check.data : null, axes[0], axes[1], labels)
        : [],
    [report, axes, check, labels],
  );
  const name = (id: string) => process.parties.find((p) => p.id === id)?.name ?? id;
  const positionMap = positions.status === 'ready' ? positions.data : new Map<string, Position>();

  return (
    <div className="converge-view">
      <header className="view-header">
        <h1>Converge</h1>
        <p className="muted">
          Search every package (one option per issue) for those all parties can accept, and rank them by the
          Nash, Kalai–Smorodinsky, egalitarian and utilitarian solutions.
        </p>
        <div className="progress">
          <button type="button" className="primary" onClick={start} disabled={run.status === 'running'}>
            {run.status === 'done' ? 'Run the solver again' : 'Run the solver'}
          </button>
          {run.status === 'running' && <Running started={run.started} />}
        </div>
      </header>
      {run.status === 'failed' && <ErrorNote error={run.error} onRetry={start} />}
      {report && (
        <>
          <p className={`note ${report.agreementZone ? '' : 'note-error'}`} role="status">
            {report.agreementZone
              ? 'There are packages every party prefers to no agreement while keeping every red line.'
              : report.feasible
                ? 'Every red line can hold at once, but no such package beats no agreement for every party.'
                : 'No package keeps every red line: some red lines collide. See the conflicts and the cheapest relaxations below.'}
            {report.proven === false &&
              ' The search stopped at its time limit, so the answers may not be optimal.'}
          </p>
          {(report.withheld?.length ?? 0) > 0 && (
            <Withheld>
              The utilities of {report.withheld!.map(name).join(', ')} are sealed to you and are not shown;
              the packages still respect their red lines.
            </Withheld>
          )}
          <div className="converge-layout">
            <section className="card" aria-labelledby="plot-title">
              <h2 id="plot-title">Packages in utility space</h2>
              {axes && visibleParties.length >= 2 ? (
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
                          {visibleParties.map((p) => (
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
                    parties={visibleParties.map((p) => p.id)}
                  />
                  <p className="muted">
                    {report.pareto?.length ?? 0} Pareto packages
                    {report.paretoCapped ? ` shown of ${report.paretoCount}` : ''}. Hover or focus a point for
                    every party’s utility.
                  </p>
                </>
              ) : (
                <p className="muted">A plot needs the utilities of two parties; you may read fewer.</p>
              )}
            </section>
            <BridgePanel data={data} />
          </div>
          <PackageTable report={report} process={process} />
          {!report.feasible && (
            <ConflictList
              conflicts={report.conflicts ?? []}
              relaxations={report.relaxations ?? []}
              positions={positionMap}
              partyName={name}
            />
          )}
        </>
      )}
    </div>
  );
}

/** The visible progress of a run: an indeterminate bar and the seconds so far. */
function Running({ started }: { started: number }) {
  const [now, setNow] = useState(started);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(performance.now()), 250);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <span className="progress" role="status" aria-live="polite">
      <progress aria-label="Solver running" /> searching packages… {((now - started) / 1000).toFixed(1)} s
    </span>
  );
}

/** The positions the caller may read, by party; a 404 (sealed) simply leaves the party out. */
async function readPositions(
  data: ProcessData,
  read: (party: string) => Promise<Position>,
): Promise<Map<string, Position>> {
  const entries = await Promise.all(
    data.process.parties.map(async (party) => {
      try {
        return [party.id, await read(party.id)] as const;
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    }),
  );
  return new Map(entries.filter((e) => e !== null));
}
