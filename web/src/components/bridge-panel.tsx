import { useState } from 'react';
import { useApp } from '../session.js';
import { ErrorNote } from './status.js';
import type { SolveReport } from '../api/contract.js';
import type { ProcessData } from '../views/process-shell.js';

/**
 * "Bridge these proposals": the package closest to a chosen set of proposals (fewest, least weighted
 * changes to what they code), and what it changes in each.
 */
export function BridgePanel({
  data,
  onFound,
}: {
  data: ProcessData;
  /** Told the bridging package when one is found (so it can be drafted from), `null` when none is. */
  onFound?: (bridge: { near: string[]; options: Record<string, string> } | null) => void;
}) {
  const { api } = useApp();
  const { process, proposals } = data;
  const [chosen, setChosen] = useState<string[]>(proposals.slice(-2).map((p) => p.id));
  const [state, setState] = useState<
    | { status: 'idle' }
    | { status: 'running' }
    | { status: 'done'; report: SolveReport }
    | { status: 'failed'; error: Error }
  >({ status: 'idle' });
  const optionLabel = (issueId: string, optionId: string) =>
    process.issues.find((i) => i.id === issueId)?.options.find((o) => o.id === optionId)?.label ?? optionId;
  const issueTitle = (issueId: string) => process.issues.find((i) => i.id === issueId)?.title ?? issueId;
  const bridge = state.status === 'done' ? state.report.bridge : undefined;

  const run = () => {
    setState({ status: 'running' });
    api.solve(process.id, { near: chosen }).then(
      (report) => {
        setState({ status: 'done', report });
        const found = report.bridge?.solution;
        onFound?.(found ? { near: chosen, options: found.options } : null);
      },
      (error: Error) => setState({ status: 'failed', error }),
    );
  };
  return (
    <section className="card" aria-labelledby="bridge-title">
      <h2 id="bridge-title">Bridge these proposals</h2>
      <fieldset>
        <legend>Proposals to bridge</legend>
        {proposals.map((p) => (
          <label key={p.id} className="checkbox">
            <input
              type="checkbox"
              checked={chosen.includes(p.id)}
              onChange={(e) =>
                setChosen(e.target.checked ? [...chosen, p.id] : chosen.filter((id) => id !== p.id))
              }
            />
            {p.title}
          </label>
        ))}
      </fieldset>
      <div className="actions">
        <button type="button" onClick={run} disabled={chosen.length === 0 || state.status === 'running'}>
          {state.status === 'running' ? 'Searching…' : 'Find the bridging package'}
        </button>
      </div>
      {state.status === 'failed' && <ErrorNote error={state.error} />}
      {state.status === 'done' &&
        (bridge?.solution ? (
          <div className="bridge-result">
            <p>
              {bridge.inAgreementZone
                ? 'This package is acceptable to every party.'
                : 'No package near these proposals is acceptable to every party; this is the closest one that keeps the red lines.'}{' '}
              It changes {bridge.changes.length} coded position{bridge.changes.length === 1 ? '' : 's'}.
            </p>
            <ul>
              {bridge.changes.map((c) => (
                <li key={`${c.proposal}:${c.issue}`}>
                  <strong>{c.proposal}</strong>, {issueTitle(c.issue)}: {optionLabel(c.issue, c.from)} →{' '}
                  <strong>{optionLabel(c.issue, c.to)}</strong>
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <p className="muted">No package bridges these proposals while keeping every red line.</p>
        ))}
    </section>
  );
}
