import { useApp } from '../session.js';
import { useResource } from '../use-resource.js';
import { ApiError } from '../api/problem.js';
import { Loaded, Withheld } from './status.js';
import { VerdictBadge } from './chips.js';
import { formatRoute } from '../router.js';
import type { MatrixCell } from '../logic/verdict-matrix.js';
import type { Position } from '../api/contract.js';
import type { ProcessData } from '../views/process-shell.js';

/** How a red line would fare under one bracketed alternative, as marks that read without colour. */
const alternativeMarks = { satisfied: '✓', violated: '✕', open: '?' } as const;

/**
 * The reasons behind one matrix cell: each of the party's red lines with its verdict, its text (from the
 * party's position, when the caller may read it) and the provisions of the proposal that decided it; a red line
 * left open by bracketed alternatives shows its verdict under each.
 */
export function EvidencePanel({ data, cell }: { data: ProcessData; cell: MatrixCell }) {
  const { api } = useApp();
  const { process } = data;
  const result = cell.result!;
  const [resource, reload] = useResource(
    `evidence:${process.id}:${cell.proposal}:${cell.party}`,
    async () => {
      const proposal = await api.readProposal(process.id, cell.proposal);
      const position = result.sealed
        ? null
        : await readPositionOrNull(() => api.readPosition(process.id, cell.party));
      return { proposal, position };
    },
  );
  const partyName = process.parties.find((p) => p.id === cell.party)?.name ?? cell.party;
  const issueTitle = (id: string) => process.issues.find((i) => i.id === id)?.title ?? id;
  /** The label of the option an issue takes when a proposal is silent on it (`whenSilent`). */
  const silentLabel = (id: string) => {
    const issue = process.issues.find((i) => i.id === id);
    return issue?.options.find((o) => o.id === issue.whenSilent)?.label ?? issue?.whenSilent ?? id;
  };
  const optionLabel = (issueId: string, optionId: string) =>
    process.issues.find((i) => i.id === issueId)?.options.find((o) => o.id === optionId)?.label ?? optionId;

  return (
    <section className="card evidence-panel" aria-live="polite" aria-labelledby="evidence-title">
      <h2 id="evidence-title">
        {data.proposals.find((p) => p.id === cell.proposal)?.title ?? cell.proposal} for {partyName}
      </h2>
      <p className="evidence-summary">
        <VerdictBadge verdict={result.verdict} />
        {result.utility !== null && (
          <span>
            utility <strong>{result.utility.toFixed(1)}</strong>
            {result.best !== null &&
              result.best !== result.utility &&
              ` (up to ${result.best.toFixed(1)} if open issues go its way)`}
            {result.reservation !== null && `; no agreement is worth ${result.reservation.toFixed(1)}`}
          </span>
        )}
      </p>
      {result.sealed && (
        <Withheld>
          {partyName}’s position is sealed to you. Its red lines, reasons and utility are withheld; only the
          verdict is shown.
        </Withheld>
      )}
      <Loaded resource={resource} what="the evidence" onRetry={reload}>
        {({ proposal, position }) => (
          <ul className="redline-list">
            {result.redlines.length === 0 && (
              <li className="muted">{partyName} has no red lines in this process.</li>
            )}
            {result.redlines.map((line, i) => {
              const redline = position?.redlines.find((r) => r.id === line.id);
              return (
                <li key={`${line.id}-${i}`} className={`redline-item redline-${line.verdict}`}>
                  <div className="redline-head">
                    <VerdictBadge verdict={line.verdict} />
                    <strong>{redline?.text ?? line.text ?? line.id}</strong>
                  </div>
                  {line.evidence.length > 0 && (
                    <ul className="evidence-list" aria-label="Provisions that decided it">
                      {line.evidence.map((num) => {
                        const provision = proposal.provisions.find((p) => p.num === num);
                        return (
                          <li key={num}>
                            <a
                              href={formatRoute({
                                name: 'proposal',
                                processId: process.id,
                                proposalId: proposal.id,
                                point: num,
                              })}
                              className="provision-ref"
                            >
                              point {num}
                            </a>{' '}
                            {provision?.text}
                          </li>
                        );
                      })}
                    </ul>
                  )}
                  {(line.impliedBySilence ?? []).map((issueId) => (
                    <p key={issueId} className="implied-by-silence">
                      Implied by silence: the proposal says nothing about {issueTitle(issueId)}, which reads
                      as “{silentLabel(issueId)}”.
                    </p>
                  ))}
                  {line.alternatives ? (
                    <p className="alternatives">
                      Open between bracketed alternatives:{' '}
                      {line.alternatives.map((alt, k) => (
                        <span key={`${alt.issue}-${alt.option}`} className={`alternative-${alt.verdict}`}>
                          {k > 0 && ', '}
                          {alternativeMarks[alt.verdict]} if {issueTitle(alt.issue)} is “
                          {optionLabel(alt.issue, alt.option)}”
                        </span>
                      ))}
                      .
                    </p>
                  ) : (
                    line.openIssues.length > 0 && (
                      <p className="muted">
                        Open: the proposal does not settle {line.openIssues.map(issueTitle).join(', ')}.
                      </p>
                    )
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </Loaded>
    </section>
  );
}

async function readPositionOrNull(read: () => Promise<Position>): Promise<Position | null> {
  try {
    return await read();
  } catch (error) {
    // 404 means the caller may not read this position; the check report already withholds what it must.
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}
