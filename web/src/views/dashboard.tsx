import { useMemo, useState } from 'react';
import { useApp } from '../session.js';
import { useResource } from '../use-resource.js';
import { formatRoute } from '../router.js';
import { layoutTimeline } from '../logic/timeline-layout.js';
import { countVerdictsByProposal } from '../logic/verdict-matrix.js';
import { VisibilityChip } from '../components/chips.js';
import { Withheld } from '../components/status.js';
import { AddProposal } from '../components/add-proposal.js';
import type { Verdict } from '../api/contract.js';
import type { ProcessData } from './process-shell.js';

const laneHeight = 78;
const margin = { left: 70, right: 70, top: 8, bottom: 34 };

/** The process at a glance: tracks as lanes on a timeline, the parties and what they wrote, open conflicts. */
export function Dashboard({ data, onChanged }: { data: ProcessData; onChanged: () => void }) {
  const { api } = useApp();
  const { process, proposals } = data;
  const layout = useMemo(() => layoutTimeline(proposals, process.tracks), [proposals, process.tracks]);
  const [check] = useResource(`check:${process.id}`, () => api.check(process.id));
  const verdicts = check.status === 'ready' ? countVerdictsByProposal(check.data) : null;
  const partyName = (id: string) => process.parties.find((p) => p.id === id)?.name ?? id;
  const [isAdding, setAdding] = useState(false);
  // Mediators and delegates may add proposals (a delegate's own party is their author); observers read.
  const canAdd = process.access.role === 'mediator' || process.access.role === 'delegate';
  const width = 1000;
  const height = margin.top + layout.lanes.length * laneHeight + margin.bottom;
  const xOf = (x: number) => margin.left + x * (width - margin.left - margin.right);
  const yOf = (lane: number) => margin.top + lane * laneHeight + laneHeight / 2;

  return (
    <div className="dashboard">
      <header className="view-header">
        <h1>{process.title}</h1>
        {process.description && <p className="muted">{process.description}</p>}
      </header>

      <section aria-labelledby="timeline-title" className="card">
        <h2 id="timeline-title">Proposals over time</h2>
        {proposals.length === 0 ? (
          <p className="muted">No proposals are visible to you in this process yet.</p>
        ) : (
          // A group, not an image: its proposals are links, and an image's parts are hidden from readers.
          <svg
            className="timeline"
            viewBox={`0 0 ${width} ${height}`}
            role="group"
            aria-labelledby="timeline-title"
          >
            {layout.lanes.map((lane, i) => (
              <g key={lane.id ?? '-'}>
                <line x1={10} x2={width - 10} y1={yOf(i)} y2={yOf(i)} className="lane-line" />
                <text x={10} y={yOf(i) - 22} className="lane-label">
                  {lane.name}
                </text>
              </g>
            ))}
            {layout.ticks.map((tick, i) => (
              <text
                key={tick.date}
                x={xOf(tick.x)}
                y={height - 20 + (i % 2) * 14}
                className="axis-label"
                textAnchor="middle"
              >
                {tick.date}
              </text>
            ))}
            {layout.breaks.map((x) => (
              <text key={x} x={xOf(x)} y={height - 20} className="axis-break" textAnchor="middle">
                … time shortened …
              </text>
            ))}
            {layout.items.map((item) => {
              const target = item.revises === null ? null : layout.items[item.revises];
              if (!target) return null;
              return (
                <path
                  key={`rev-${item.proposal.id}`}
                  className="revises-link"
                  d={`M${xOf(target.x)},${yOf(target.lane)} C${(xOf(target.x) + xOf(item.x)) / 2},${yOf(target.lane) - 30} ${(xOf(target.x) + xOf(item.x)) / 2},${yOf(item.lane) - 30} ${xOf(item.x)},${yOf(item.lane)}`}
                  markerEnd="url(#arrow)"
                />
              );
            })}
            <defs>
              <marker
                id="arrow"
                viewBox="0 0 10 10"
                refX="14"
                refY="5"
                markerWidth="7"
                markerHeight="7"
                orient="auto"
              >
                <path d="M0,0 L10,5 L0,10 z" className="arrow-head" />
              </marker>
            </defs>
            {layout.items.map((item, i) => (
              <a
                key={item.proposal.id}
                href={formatRoute({ name: 'proposal', processId: process.id, proposalId: item.proposal.id })}
                aria-label={`${item.proposal.id}: ${item.proposal.title}, ${item.proposal.date ?? 'undated'}`}
              >
                <circle cx={xOf(item.x)} cy={yOf(item.lane)} r={8} className="timeline-dot" />
                <text
                  x={xOf(item.x)}
                  y={yOf(item.lane) + (i % 2 === 0 ? 24 : -12)}
                  textAnchor="middle"
                  className="timeline-label"
                >
                  {item.proposal.id}
                </text>
              </a>
            ))}
          </svg>
        )}
      </section>

      <section aria-labelledby="proposals-title" className="card">
        <div className="section-heading">
          <h2 id="proposals-title">Proposals</h2>
          {canAdd && !isAdding && (
            <button type="button" onClick={() => setAdding(true)}>
              Add a proposal
            </button>
          )}
        </div>
        {isAdding && (
          <AddProposal
            process={process}
            proposals={proposals}
            onSaved={onChanged}
            onClose={() => setAdding(false)}
          />
        )}
        {process.access.role !== 'mediator' && (
          <Withheld>
            Only the proposals you may read are listed: private proposals of other parties, and those not
            shared with
            {process.access.party ? ` ${partyName(process.access.party)}` : ' you'}, are not shown.
          </Withheld>
        )}
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Proposal</th>
              <th scope="col">Date</th>
              <th scope="col">Provisions</th>
              <th scope="col">Track</th>
              <th scope="col">Authors</th>
              <th scope="col">Revises</th>
              <th scope="col">Visibility</th>
              <th
                scope="col"
                title="How many of the parties' red lines this proposal violates, and leaves open"
              >
                Red lines
              </th>
            </tr>
          </thead>
          <tbody>
            {layout.items.map(({ proposal }) => (
              <tr key={proposal.id}>
                <td>
                  <a href={formatRoute({ name: 'proposal', processId: process.id, proposalId: proposal.id })}>
                    {proposal.title}
                  </a>
                </td>
                <td>{proposal.date ?? '—'}</td>
                <td className="num">{proposal.provisionCount}</td>
                <td>{process.tracks.find((t) => t.id === proposal.track)?.name ?? proposal.track ?? '—'}</td>
                <td>{proposal.authors.map(partyName).join(', ') || '—'}</td>
                <td>{proposal.revises ?? '—'}</td>
                <td>
                  <VisibilityChip visibility={proposal.visibility} sharedWith={proposal.sharedWith} />
                </td>
                <td>{verdicts ? <VerdictCounts counts={verdicts.get(proposal.id)} /> : '…'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="parties-title" className="card">
        <h2 id="parties-title">Parties</h2>
        <ul className="party-list">
          {process.parties.map((party) => {
            const authored = proposals.filter((p) => p.authors.includes(party.id));
            return (
              <li key={party.id}>
                <strong>{party.name}</strong>{' '}
                {party.kind === 'mediator' && <span className="chip">mediator</span>}
                <span className="muted">
                  {' '}
                  {authored.length === 0 ? 'no proposals' : `wrote ${authored.map((p) => p.id).join(', ')}`}
                </span>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}

/** `✕ 8 violated · ? 3 open`, or `✓ none violated or open`. */
function VerdictCounts({ counts }: { counts: Record<Verdict, number> | undefined }) {
  if (!counts || counts.violated + counts.open === 0)
    return <span className="verdict verdict-satisfied">✓ none violated or open</span>;
  return (
    <span className="verdict-counts">
      {counts.violated > 0 && <span className="verdict verdict-violated">✕ {counts.violated} violated</span>}
      {counts.open > 0 && <span className="verdict verdict-open">? {counts.open} open</span>}
    </span>
  );
}
