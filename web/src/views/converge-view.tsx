import { useEffect, useMemo, useRef, useState } from 'react';
import { useApp } from '../session.js';
import { useResource } from '../use-resource.js';
import { ErrorNote } from '../components/status.js';
import { Elapsed } from '../components/elapsed.js';
import { SolveResult } from '../components/solve-result.js';
import { BridgePanel } from '../components/bridge-panel.js';
import { DraftPanel } from '../components/draft-panel.js';
import { packageChoices } from '../logic/draft-choices.js';
import { assembleCase, describeGivenUp, withoutRedLines } from '../logic/what-if-case.js';
import { focusNewContent } from '../focus.js';
import { useLocalSolve } from '../solve/use-local-solve.js';
import type { LocalSolve } from '../solve/use-local-solve.js';
import type { Position, RedLineRef, SolveReport } from '../api/contract.js';
import type { ProcessData } from './process-shell.js';

type ServerRun =
  | { status: 'idle' }
  | { status: 'running'; started: number; phase?: string; nodes?: number; proven?: string[] }
  | { status: 'done'; report: SolveReport }
  | { status: 'failed'; error: Error };

/**
 * Converge: run the solver, see the packages in utility space with the existing proposals and the four
 * bargaining solutions, read each package party by party, and, when no package keeps every red line, the
 * red lines that collide, the cheapest relaxations and (for mediators) the packages each relaxation opens.
 */
export function ConvergeView({ data }: { data: ProcessData }) {
  const { api } = useApp();
  const { process } = data;
  const [run, setRun] = useState<ServerRun>({ status: 'idle' });
  const [check] = useResource(`check:${process.id}`, () => api.check(process.id));
  const [theCase] = useResource(`case:${process.id}`, () => api.readCase(process.id));
  const [whatIf, setWhatIf] = useState<RedLineRef[] | null>(null);
  const [local, startLocal] = useLocalSolve();
  const positions = new Map<string, Position>(
    theCase.status === 'ready' ? theCase.data.positions.map((p) => [p.party, p]) : [],
  );
  const checkReport = check.status === 'ready' ? check.data : null;
  const name = (id: string) => process.parties.find((p) => p.id === id)?.name ?? id;

  const stopper = useRef<AbortController | null>(null);
  // Leaving the view closes the progress stream, which stops the search on the server.
  useEffect(() => () => stopper.current?.abort(), []);
  const start = () => {
    setWhatIf(null);
    const started = performance.now();
    setRun({ status: 'running', started });
    const controller = new AbortController();
    stopper.current = controller;
    api
      .solveWithProgress(
        process.id,
        ({ phase, done, proven }) => setRun({ status: 'running', started, phase, nodes: done, proven }),
        controller.signal,
      )
      .then(
        (report) => setRun({ status: 'done', report }),
        (error: Error) =>
          setRun(controller.signal.aborted ? { status: 'idle' } : { status: 'failed', error }),
      );
  };
  const stop = () => stopper.current?.abort();
  const explore = (relaxed: RedLineRef[]) => {
    if (theCase.status !== 'ready') return;
    setWhatIf(relaxed);
    const { process: detail, proposals, positions: readable } = theCase.data;
    startLocal(withoutRedLines(assembleCase(detail, proposals, readable), relaxed));
  };
  const canExplore = process.access.role === 'mediator' && theCase.status === 'ready';
  const [bridge, setBridge] = useState<{ near: string[]; options: Record<string, string> } | null>(null);
  // The packages on screen, to draft from: the what-if's while it is shown, else the server's, and the bridge.
  const isWhatIf = whatIf !== null && local.status === 'done';
  const shown = isWhatIf ? local.report : run.status === 'done' ? run.report : null;
  const choices = useMemo(() => packageChoices(shown, isWhatIf, bridge), [shown, isWhatIf, bridge]);
  // The relaxation buttons sit at the foot of the page: focus (and so scroll to) the what-if's heading.
  useEffect(() => {
    if (whatIf) focusNewContent(() => document.getElementById('what-if-title'));
  }, [whatIf]);
  // A finished search: focus its first words (whether agreement is possible), where the answer starts.
  const isDone = run.status === 'done';
  useEffect(() => {
    if (isDone) focusNewContent(() => document.querySelector<HTMLElement>('.converge-view .solve-summary'));
  }, [isDone, run]);

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
          {run.status === 'running' && (
            <>
              <Elapsed
                started={run.started}
                what={
                  run.phase === undefined
                    ? 'searching packages on the server'
                    : `searching packages on the server (${run.phase}: ${(run.nodes ?? 0).toLocaleString('en')} nodes explored${
                        run.proven?.length ? `; proven so far: ${run.proven.map(provenLabel).join(', ')}` : ''
                      })`
                }
              />
              <button type="button" className="quiet" onClick={stop}>
                Stop the search
              </button>
            </>
          )}
        </div>
      </header>
      {run.status === 'failed' && <ErrorNote error={run.error} onRetry={start} />}
      {whatIf && (
        <section className="card what-if" aria-labelledby="what-if-title">
          <h2 id="what-if-title">What if these red lines were given up?</h2>
          <ul>
            {whatIf.map((r) => (
              <li key={`${r.party}:${r.redline}`}>
                <strong>{name(r.party)}</strong>:{' '}
                {positions.get(r.party)?.redlines.find((x) => x.id === r.redline)?.text ?? r.redline}
              </li>
            ))}
          </ul>
          <LocalProgress local={local} givenUp={describeGivenUp(whatIf, name)} />
          <div className="actions">
            <button type="button" className="quiet" onClick={() => setWhatIf(null)}>
              Back to the case as it is
            </button>
          </div>
        </section>
      )}
      {whatIf && local.status === 'done' ? (
        <SolveResult
          data={data}
          report={{ ...local.report, withheld: [] }}
          check={checkReport}
          positions={positions}
        />
      ) : (
        run.status === 'done' && (
          <SolveResult
            data={data}
            report={run.report}
            check={checkReport}
            positions={positions}
            onWhatIf={canExplore ? explore : undefined}
            aside={<BridgePanel data={data} onFound={setBridge} />}
          />
        )
      )}
      {choices.length > 0 && <DraftPanel data={data} choices={choices} />}
    </div>
  );
}

/** A part of the solver's answer, as the progress names it, for a person. */
const provenLabel = (part: string): string =>
  ({ feasible: 'whether every red line can hold', agreementZone: 'whether an agreement zone exists' })[
    part
  ] ?? part.replace(/^best of /, 'ideal point of ');

/** A browser run's visible progress: the search phase, nodes explored and seconds so far. */
function LocalProgress({ local, givenUp }: { local: LocalSolve; givenUp: string }) {
  if (local.status === 'running') {
    return (
      <Elapsed
        started={local.started}
        what={`${local.phase}: ${local.nodes.toLocaleString('en')} nodes explored`}
      />
    );
  }
  if (local.status === 'failed') return <ErrorNote error={local.error} />;
  if (local.status === 'done')
    return (
      <p className="muted">
        Searched in your browser in {local.seconds.toFixed(1)} s with {givenUp}. The packages below are
        hypothetical.
      </p>
    );
  return null;
}
