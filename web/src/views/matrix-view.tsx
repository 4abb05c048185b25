import { useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useApp } from '../session.js';
import { useResource } from '../use-resource.js';
import { Loaded, Withheld } from '../components/status.js';
import { VerdictBadge } from '../components/chips.js';
import { EvidencePanel } from '../components/evidence-panel.js';
import { buildVerdictMatrix } from '../logic/verdict-matrix.js';
import { moveInGrid } from '../logic/grid-focus.js';
import type { MatrixCell } from '../logic/verdict-matrix.js';
import type { CheckReport } from '../api/contract.js';
import type { ProcessData } from './process-shell.js';

/**
 * The red-line matrix: proposals × parties, each cell coloured (and labelled) by verdict with the party's
 * utility. Choosing a cell lists the party's red lines and the provisions that decided them. Arrow keys move
 * between cells.
 */
export function MatrixView({ data }: { data: ProcessData }) {
  const { api } = useApp();
  const { process, proposals } = data;
  const [report, reload] = useResource(`check:${process.id}`, () => api.check(process.id));
  const [selected, setSelected] = useState<{ proposal: string; party: string } | null>(null);
  const partiesInReport = useMemo(
    () => (report.status === 'ready' ? new Set(report.data.results.map((r) => r.party)) : new Set<string>()),
    [report],
  );
  const parties = process.parties.filter((p) => partiesInReport.has(p.id));

  return (
    <div className="matrix-view">
      <header className="view-header">
        <h1>Red lines</h1>
        <p className="muted">
          Each proposal tested against each party’s red lines. A red line is <em>open</em> when the proposal
          leaves an issue it depends on unsettled. Utility is 0–100; open issues count at the party’s worst
          option; <strong aria-hidden="true">*</strong> marks a utility not above the party’s reservation (no
          better than no agreement).
        </p>
      </header>
      <Loaded resource={report} what="the red-line analysis" onRetry={reload}>
        {(loaded) => {
          const matrix = buildVerdictMatrix(
            loaded,
            proposals.map((p) => p.id),
            parties.map((p) => p.id),
          );
          const hasSealed = process.access.role !== 'mediator';
          const cell =
            selected &&
            matrix.flat().find((c) => c.proposal === selected.proposal && c.party === selected.party);
          return (
            <div className="matrix-layout">
              <div className="table-scroll">
                <table
                  className="verdict-matrix"
                  onKeyDown={(event) => moveFocus(event, matrix.length, parties.length)}
                >
                  <caption className="sr-only">Verdict of each proposal for each party</caption>
                  <thead>
                    <tr>
                      <th scope="col">Proposal</th>
                      {parties.map((p) => (
                        <th scope="col" key={p.id}>
                          {p.name}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {matrix.map((row, i) => (
                      <tr key={proposals[i]!.id}>
                        <th scope="row">
                          {proposals[i]!.title}{' '}
                          {loaded.incoherent?.some((x) => x.proposal === proposals[i]!.id) && (
                            <span
                              className="chip chip-incoherent"
                              title="Breaks a coherence rule of the case"
                            >
                              incoherent
                            </span>
                          )}
                        </th>
                        {row.map((c, j) => (
                          <td key={c.party} data-row={i} data-column={j}>
                            <MatrixCellButton
                              cell={c}
                              partyName={parties.find((p) => p.id === c.party)?.name ?? c.party}
                              proposalTitle={proposals[i]!.title}
                              isSelected={selected?.proposal === c.proposal && selected.party === c.party}
                              onSelect={() => setSelected({ proposal: c.proposal, party: c.party })}
                            />
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <IncoherenceList data={data} report={loaded} />
              {hasSealed && (
                <Withheld>
                  The other parties’ positions are sealed to you: you see each proposal tested against your
                  own party’s position, and against another party’s only where a mediator released it.
                </Withheld>
              )}
              {cell ? (
                <EvidencePanel key={`${cell.proposal}:${cell.party}`} data={data} cell={cell} />
              ) : (
                <p className="muted">
                  Choose a cell to see the red lines and the provisions that decided them.
                </p>
              )}
            </div>
          );
        }}
      </Loaded>
    </div>
  );
}

/** Arrow keys, Home and End move between the matrix cells, so the grid can be read cell by cell by keyboard. */
function moveFocus(event: KeyboardEvent<HTMLTableElement>, rows: number, columns: number) {
  const cell = (event.target as HTMLElement).closest('td[data-row]');
  if (!(cell instanceof HTMLElement)) return;
  const next = moveInGrid(
    event.key,
    { row: Number(cell.dataset.row), column: Number(cell.dataset.column) },
    rows,
    columns,
  );
  if (!next) return;
  event.preventDefault();
  event.currentTarget
    .querySelector<HTMLElement>(`td[data-row="${next.row}"][data-column="${next.column}"] button`)
    ?.focus();
}

function MatrixCellButton({
  cell,
  partyName,
  proposalTitle,
  isSelected,
  onSelect,
}: {
  cell: MatrixCell;
  partyName: string;
  proposalTitle: string;
  isSelected: boolean;
  onSelect: () => void;
}) {
  if (!cell.result) return <span className="muted">no position</span>;
  const { verdict, utility, aboveReservation } = cell.result;
  // As the CLI's `*`: the proposal guarantees the party no more than no agreement would.
  const isBelow = aboveReservation === false;
  // The name is the cell's own words with the rest said to screen readers only ("US 28-point plan for
  // Ukraine: violated, utility 42.3, not above the reservation. Show red lines."), so the words shown are
  // in the name as they are shown (WCAG 2.5.3) and a voice command naming them finds the cell.
  return (
    <button type="button" className={`cell cell-${verdict}`} aria-pressed={isSelected} onClick={onSelect}>
      <span className="sr-only">
        {proposalTitle} for {partyName}:{' '}
      </span>
      <VerdictBadge verdict={verdict} />
      <span className="sr-only">, </span>
      {utility === null ? (
        <span className="cell-sealed">utility sealed</span>
      ) : (
        <>
          <span className="sr-only">utility </span>
          <span className="cell-utility">
            {utility.toFixed(1)}
            {isBelow && (
              <span className="below-reservation" aria-hidden="true">
                *
              </span>
            )}
          </span>
          {isBelow && <span className="sr-only">, not above the reservation</span>}
        </>
      )}
      <span className="sr-only">. Show red lines.</span>
      <span className="cell-counts" aria-hidden="true">
        {cell.counts.violated > 0 && `${cell.counts.violated} ✕ `}
        {cell.counts.open > 0 && `${cell.counts.open} ? `}
        {cell.counts.satisfied > 0 && `${cell.counts.satisfied} ✓`}
      </span>
    </button>
  );
}

/**
 * The proposals that break a coherence rule of the case (options that make no sense together), each with
 * the rule in words and the points that break it. Nothing when the case has no coherence rules.
 */
function IncoherenceList({ data, report }: { data: ProcessData; report: CheckReport }) {
  const { process, proposals } = data;
  if (report.incoherent === undefined) return null;
  if (report.incoherent.length === 0)
    return <p className="muted">Every proposal obeys the case’s coherence rules.</p>;
  return (
    <section className="card" aria-labelledby="incoherent-title">
      <h2 id="incoherent-title">Options that make no sense together</h2>
      <ul>
        {report.incoherent.map((x) => (
          <li key={`${x.proposal}:${x.rule}`}>
            <strong>{proposals.find((p) => p.id === x.proposal)?.title ?? x.proposal}</strong> breaks the
            coherence rule “{process.coherence.find((r) => r.id === x.rule)?.text ?? x.rule}”
            {x.evidence.length > 0 && ` (points ${x.evidence.join(', ')})`}
            {x.impliedBySilence && ` (by its silence on ${x.impliedBySilence.join(', ')})`}.
          </li>
        ))}
      </ul>
    </section>
  );
}
