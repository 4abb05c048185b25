import type { CoherenceRef, Position, RedLineRef } from '../api/contract.js';

/**
 * Why no package keeps every red line: the minimal sets of red lines that cannot hold together, and the
 * cheapest sets whose removal would make agreement possible. A sealed red line of another party is named
 * only as such; a coherence rule of the case (options that make no sense together) takes part in a
 * conflict but is never offered for relaxation.
 */
export function ConflictList({
  conflicts,
  relaxations,
  positions,
  coherence,
  partyName,
  onWhatIf,
}: {
  conflicts: readonly (RedLineRef | CoherenceRef)[][];
  relaxations: readonly RedLineRef[][];
  positions: ReadonlyMap<string, Position>;
  /** The case's coherence rules, to name those in a conflict. */
  coherence: readonly { id: string; text: string }[];
  partyName: (id: string) => string;
  /** Offered per relaxation when the caller may see the packages without those red lines. */
  onWhatIf?: (relaxed: RedLineRef[]) => void;
}) {
  const describe = (ref: RedLineRef) =>
    ref.text ?? positions.get(ref.party)?.redlines.find((r) => r.id === ref.redline)?.text ?? ref.redline;
  const list = (refs: readonly (RedLineRef | CoherenceRef)[]) => (
    <ul>
      {refs.map((ref) =>
        'coherence' in ref ? (
          <li key={`coherence:${ref.coherence}`}>
            <strong>Coherence rule</strong>:{' '}
            {coherence.find((rule) => rule.id === ref.coherence)?.text ?? ref.coherence}
          </li>
        ) : (
          <li key={`${ref.party}:${ref.redline}`}>
            <strong>{partyName(ref.party)}</strong>: {describe(ref)}
          </li>
        ),
      )}
    </ul>
  );
  return (
    <section className="card" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">Red lines that collide</h2>
      {conflicts.length === 0 ? (
        <p className="muted">No conflict set was found.</p>
      ) : (
        <ol className="conflict-list">
          {conflicts.map((set, i) => (
            <li key={i}>
              These cannot all hold together:
              {list(set)}
            </li>
          ))}
        </ol>
      )}
      <h2>Smallest relaxations</h2>
      {relaxations.length === 0 ? (
        <p className="muted">No relaxation was found.</p>
      ) : (
        <ol className="conflict-list">
          {relaxations.map((set, i) => (
            <li key={i}>
              Agreement becomes possible if these are given up:
              {list(set)}
              {onWhatIf && !set.some((r) => r.redline === 'sealed') && (
                <button type="button" className="small" onClick={() => onWhatIf(set)}>
                  See the packages without these red lines
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
