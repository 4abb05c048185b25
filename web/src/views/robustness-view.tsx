import { useEffect, useMemo, useRef, useState } from 'react';
import { useApp } from '../session.js';
import { ErrorNote } from '../components/status.js';
import { EstimatesPanel } from '../components/estimates-panel.js';
import { ReleasedPackages } from '../components/released-packages.js';
import {
  AcceptanceChart,
  ConcessionChart,
  LeverageCharts,
  TornadoChart,
} from '../components/robustness-charts.js';
import {
  acceptanceCells,
  concessionBars,
  isFullReport,
  leveragePoints,
  percent,
  progressText,
  tornadoBars,
} from '../logic/robustness-rows.js';
import type {
  Package,
  PartyRobustnessReport,
  RobustnessReport,
  RobustnessRequest,
  VersionedPosition,
} from '../api/contract.js';
import type { SolveProgress } from '../api/client.js';
import type { ProcessData } from './process-shell.js';

type Run =
  | { status: 'idle' }
  | { status: 'running'; started: number; controller: AbortController; progress?: SolveProgress }
  | { status: 'done'; report: RobustnessReport | PartyRobustnessReport; seconds: number }
  | { status: 'cancelled' }
  | { status: 'failed'; error: Error };

const allParties = 'all parties';

/**
 * How sure (issue 17): Monte Carlo over the uncertain positions on the server. A mediator sees acceptance
 * per party and package, the tornado, the leverage curves and the concession values; a delegate sees its
 * own party's acceptance and the sensitivity to its own parameters, which is all the server sends it. A
 * run shows its progress and can be cancelled, which stops it on the server too.
 */
export function RobustnessView({ data }: { data: ProcessData }) {
  const { api } = useApp();
  const { process } = data;
  const [request, setRequest] = useState<Required<Omit<RobustnessRequest, 'packages'>>>({
    samples: 1000,
    seed: 1,
    detailSamples: 50,
    use: 'entered',
  });
  const [run, setRun] = useState<Run>({ status: 'idle' });
  const role = process.access.role;
  // The mediators' own material: their estimates (which a run may weigh) and the packages they released.
  const [estimates, setEstimates] = useState<VersionedPosition[]>([]);
  const [released, setReleased] = useState<Package[]>([]);
  useEffect(() => {
    if (role !== 'mediator') return;
    api.estimates(process.id).then(setEstimates, () => setEstimates([]));
    api.releasedPackages(process.id).then(
      (r) => setReleased(r.packages),
      () => setReleased([]),
    );
  }, [api, process.id, role]);
  const current = useRef<AbortController | null>(null);
  // Leaving the page cancels a run still going: nobody would read its answer.
  useEffect(() => () => current.current?.abort(), []);
  const name = (id: string) => process.parties.find((p) => p.id === id)?.name ?? id;

  const start = () => {
    const controller = new AbortController();
    current.current = controller;
    const started = performance.now();
    setRun({ status: 'running', started, controller });
    // Delegates never weigh estimates: the server refuses, so they are not asked for.
    const asked = role === 'mediator' ? request : { ...request, use: 'entered' as const };
    const onProgress = (progress: SolveProgress) =>
      setRun((r) => (r.status === 'running' && r.controller === controller ? { ...r, progress } : r));
    api.robustnessWithProgress(process.id, asked, onProgress, controller.signal).then(
      (report) => setRun({ status: 'done', report, seconds: (performance.now() - started) / 1000 }),
      (error: unknown) =>
        setRun(
          controller.signal.aborted
            ? { status: 'cancelled' }
            : { status: 'failed', error: error instanceof Error ? error : new Error(String(error)) },
        ),
    );
  };
  const field = (key: keyof typeof request, label: string, min: number, max: number) => (
    <label className="field-inline">
      {label}{' '}
      <input
        type="number"
        min={min}
        max={max}
        value={request[key]}
        onChange={(event) => setRequest({ ...request, [key]: Number(event.target.value) })}
        disabled={run.status === 'running'}
      />
    </label>
  );

  if (role === 'observer')
    return (
      <div className="robustness-view">
        <header className="view-header">
          <h1>How sure</h1>
        </header>
        <p className="note">
          The robustness analysis reads positions: mediators see every party, a delegate its own. An observer
          holds none, so there is nothing to show here.
        </p>
      </div>
    );

  return (
    <div className="robustness-view">
      <header className="view-header">
        <h1>How sure</h1>
        <p className="muted">
          {role === 'mediator'
            ? 'Draw the uncertain weights, utilities, reservations and red-line firmness many times, and see how likely each party accepts each proposal and package, which numbers matter most, what a better alternative to agreement is worth, and which concession buys the most.'
            : `Draw ${name(process.access.party ?? '')}'s uncertain weights, utilities, reservation and red-line firmness many times, and see how likely it accepts each proposal and which of its own numbers matter most. Everything else combines other parties' sealed positions, so it stays with the mediators.`}
        </p>
        <form
          className="actions robustness-form"
          onSubmit={(event) => {
            event.preventDefault();
            start();
          }}
        >
          {field('samples', 'Samples', 1, 20000)}
          {field('seed', 'Seed', 0, 4294967295)}
          {role === 'mediator' && field('detailSamples', 'Detail samples', 0, 200)}
          {role === 'mediator' && (
            <label className="field-inline">
              Positions weighed{' '}
              <select
                value={request.use}
                onChange={(event) =>
                  setRequest({
                    ...request,
                    use: event.target.value === 'estimates' ? 'estimates' : 'entered',
                  })
                }
                disabled={run.status === 'running'}
              >
                <option value="entered">as the parties entered them</option>
                <option value="estimates" disabled={estimates.length === 0}>
                  the mediators' estimates
                </option>
              </select>
            </label>
          )}
          <button type="submit" className="primary" disabled={run.status === 'running'}>
            {run.status === 'done' ? 'Run again' : 'Run the analysis'}
          </button>
          {run.status === 'running' && (
            <>
              <RunProgress run={run} samples={request.samples} />
              <button type="button" onClick={() => run.controller.abort()}>
                Cancel
              </button>
            </>
          )}
        </form>
      </header>
      {run.status === 'cancelled' && (
        <p className="note" role="status">
          Cancelled: the run was stopped on the server and nothing was kept.
        </p>
      )}
      {run.status === 'failed' && <ErrorNote error={run.error} onRetry={start} />}
      {run.status === 'done' && (
        <RobustnessReportView data={data} report={run.report} seconds={run.seconds} />
      )}
      {run.status === 'done' && isFullReport(run.report) && (
        <section className="card" aria-labelledby="release-title">
          <h2 id="release-title">Packages for the delegates</h2>
          <ReleasedPackages
            processId={process.id}
            issues={process.issues}
            report={run.report}
            released={released}
            onChange={setReleased}
          />
        </section>
      )}
      {role === 'mediator' && (
        <section className="card" aria-labelledby="estimates-title">
          <h2 id="estimates-title">The mediators' estimates</h2>
          <EstimatesPanel
            processId={process.id}
            estimates={estimates}
            parties={process.parties}
            onRemoved={(party) => setEstimates((all) => all.filter((e) => e.party !== party))}
          />
        </section>
      )}
    </div>
  );
}

/**
 * A run's progress: the share of its solves done (a mediator's run streams it; a delegate's answers at once),
 * and the seconds since it started, announced politely to screen readers.
 */
function RunProgress({ run, samples }: { run: Extract<Run, { status: 'running' }>; samples: number }) {
  const [now, setNow] = useState(run.started);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(performance.now()), 250);
    return () => window.clearInterval(timer);
  }, []);
  const { progress } = run;
  return (
    <span className="progress" role="status" aria-live="polite">
      {progress?.total ? (
        <progress aria-label="Robustness running" max={progress.total} value={progress.done} />
      ) : (
        <progress aria-label="Robustness running" />
      )}{' '}
      drawing {samples.toLocaleString('en')} samples on the server
      {progress ? `: ${progressText(progress)}` : '…'} {((now - run.started) / 1000).toFixed(1)} s
    </span>
  );
}

function RobustnessReportView({
  data,
  report,
  seconds,
}: {
  data: ProcessData;
  report: RobustnessReport | PartyRobustnessReport;
  seconds: number;
}) {
  const { process, proposals } = data;
  const name = (id: string) => process.parties.find((p) => p.id === id)?.name ?? id;
  const titles = useMemo(() => new Map(proposals.map((p) => [p.id, p.title])), [proposals]);
  const full = isFullReport(report);
  // Columns in the case's party order: those the report covers (every party with a position, or one's own).
  const covered = new Set(
    full ? Object.keys(report.proposals[0]?.accept ?? report.solutions[0]?.accept ?? {}) : [report.party],
  );
  const parties = process.parties.map((p) => p.id).filter((id) => covered.has(id));
  const cells = acceptanceCells(report, parties, titles, allParties).map((c) => ({
    ...c,
    party: c.party === allParties ? c.party : name(c.party),
  }));
  const columns = [...parties.map(name), ...(full ? [allParties] : [])];
  const bars = tornadoBars(report.sensitivity);
  return (
    <>
      <section className="card robustness-summary" aria-labelledby="robustness-summary-title">
        <h2 id="robustness-summary-title">
          {full
            ? `An agreement zone exists in ${percent(report.zone)} of samples`
            : `How likely ${name(report.party)} accepts each proposal`}
        </h2>
        <p className="muted">
          {report.samples.toLocaleString('en')} samples (seed {report.seed}) over {report.parameters.length}{' '}
          uncertain parameters, in {seconds.toFixed(1)} s
          {full && `; leverage and concessions over the first ${report.detailSamples}`}
          {full && report.undecided > 0 && `; ${report.undecided} undecided (the search was stopped)`}.{' '}
          {report.uses === 'estimates' && full
            ? `Weighing the mediators' estimates of ${(report.estimated ?? []).map(name).join(', ')} in place of the positions they entered.`
            : 'Weighing the positions as the parties entered them.'}{' '}
          The ranges and firmness are the position authors' judgement, not published probabilities.
        </p>
      </section>
      {cells.length > 0 && (
        <section className="card" aria-labelledby="acceptance-title">
          <h2 id="acceptance-title">Acceptance</h2>
          <AcceptanceChart cells={cells} columns={columns} />
        </section>
      )}
      <section className="card" aria-labelledby="tornado-title">
        <h2 id="tornado-title">What matters most</h2>
        {bars.length > 0 ? (
          <TornadoChart bars={bars} />
        ) : (
          <p className="muted">No uncertain parameter moves the answer.</p>
        )}
      </section>
      {full && report.leverage.length > 0 && (
        <section className="card" aria-labelledby="leverage-title">
          <h2 id="leverage-title">Leverage</h2>
          <LeverageCharts points={leveragePoints(report.leverage, name)} />
        </section>
      )}
      {full && (
        <section className="card" aria-labelledby="concessions-title">
          <h2 id="concessions-title">Value of each concession</h2>
          <ConcessionSection report={report} name={name} />
        </section>
      )}
    </>
  );
}

function ConcessionSection({ report, name }: { report: RobustnessReport; name: (id: string) => string }) {
  const bars = concessionBars(report.concessions, name);
  if (bars.length === 0)
    return <p className="muted">No single red line given up changes the zone or the others' utilities.</p>;
  return (
    <>
      <ConcessionChart bars={bars} />
      <table className="data-table concession-table">
        <thead>
          <tr>
            <th scope="col">Concession</th>
            <th scope="col">Others gain</th>
            <th scope="col">Zone opens by</th>
            <th scope="col">Party by party</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((b) => (
            <tr key={b.label}>
              <th scope="row">{b.label}</th>
              <td className="num">{b.total.toFixed(1)}</td>
              <td className="num">{(b.zone * 100).toFixed(0)} pts</td>
              <td>{b.gains}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
