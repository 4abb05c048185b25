import { useState } from 'react';
import { useApp } from '../session.js';
import { SaveFailureNote, useVersionedSave } from './versioned-save.js';
import type { Code, ProcessDetail, ProposalDocument, Provision, Suggestion } from '../api/contract.js';

type Decision = 'accepted' | 'rejected';
const keyOf = (s: Suggestion) => `${s.provision}|${s.issue}|${s.option}`;

/** The suggestions shown for a proposal and what the person decided on each, before one save. */
export interface SuggestionState {
  suggestions: Suggestion[];
  decisions: ReadonlyMap<string, Decision>;
  decide(suggestion: Suggestion, decision: Decision | null): void;
}

/**
 * Suggested codes for the uncoded provisions of a proposal (asked for with the button), each accepted or
 * rejected, or all at or above a confidence at once; the accepted ones are saved as one versioned edit
 * of the proposal (`If-Match`), so a proposal someone else saved meanwhile is not overwritten.
 */
export function useSuggestions(
  process: ProcessDetail,
  proposal: ProposalDocument,
  onSaved: (proposal: ProposalDocument) => void,
) {
  const { api } = useApp();
  const [suggestions, setSuggestions] = useState<Suggestion[] | null>(null);
  const [decisions, setDecisions] = useState<Map<string, Decision>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [isLoading, setLoading] = useState(false);
  const save = useVersionedSave('this proposal');
  const uncoded = new Set(proposal.provisions.filter((p) => p.codes.length === 0).map((p) => p.num));
  const shown = (suggestions ?? []).filter((s) => uncoded.has(s.provision));

  const load = async () => {
    setLoading(true);
    setError(null);
    try {
      setSuggestions((await api.suggestCodes(process.id, proposal.id)).suggestions);
      setDecisions(new Map());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setLoading(false);
    }
  };
  const decide = (s: Suggestion, decision: Decision | null) => {
    const next = new Map(decisions);
    if (decision === null) next.delete(keyOf(s));
    else {
      // One option per issue and provision: accepting one sets aside another accepted for the same issue.
      if (decision === 'accepted')
        for (const other of shown)
          if (other.provision === s.provision && other.issue === s.issue && keyOf(other) !== keyOf(s))
            next.delete(keyOf(other));
      next.set(keyOf(s), decision);
    }
    setDecisions(next);
  };
  const acceptAbove = (threshold: number) => {
    const next = new Map(decisions);
    for (const s of shown)
      if (s.confidence >= threshold && !next.has(keyOf(s))) next.set(keyOf(s), 'accepted');
    setDecisions(next);
  };
  const accepted = shown.filter((s) => decisions.get(keyOf(s)) === 'accepted');
  const saveAccepted = () =>
    save.run(async () => {
      const byProvision = new Map<string, Code[]>();
      for (const s of accepted)
        byProvision.set(s.provision, [
          ...(byProvision.get(s.provision) ?? []),
          { issue: s.issue, option: s.option },
        ]);
      const provisions = [...byProvision].map(([num, codes]) => ({
        num,
        codes: [...(proposal.provisions.find((p) => p.num === num)?.codes ?? []), ...codes],
      }));
      onSaved(await api.updateManyCodes(process.id, proposal, provisions));
      setSuggestions(null);
      setDecisions(new Map());
    });
  return {
    suggestions,
    shown,
    decisions,
    error,
    isLoading,
    load,
    decide,
    acceptAbove,
    accepted,
    saveAccepted,
    save,
  };
}

/** The bar above the provisions: ask for suggestions, accept all above a confidence, save the accepted ones. */
export function SuggestionBar({
  state,
  onStale,
}: {
  state: ReturnType<typeof useSuggestions>;
  onStale: () => void;
}) {
  const [threshold, setThreshold] = useState('0.7');
  if (state.suggestions === null)
    return (
      <div className="suggestion-bar">
        <button type="button" onClick={state.load} disabled={state.isLoading}>
          {state.isLoading ? 'Suggesting codes…' : 'Suggest codes'}
        </button>
        {state.error && (
          <p className="note note-error" role="alert">
            {state.error}
          </p>
        )}
      </div>
    );
  const value = Number(threshold);
  return (
    <div className="suggestion-bar" role="region" aria-label="Suggested codes">
      <p>
        {state.shown.length === 0
          ? 'No suggestions for the uncoded provisions.'
          : `${state.shown.length} suggested codes for uncoded provisions; ${state.accepted.length} accepted.`}
      </p>
      {state.shown.length > 0 && (
        <div className="actions">
          <label>
            Confidence from
            <input
              type="number"
              min={0}
              max={1}
              step={0.05}
              value={threshold}
              onChange={(e) => setThreshold(e.target.value)}
            />
          </label>
          <button
            type="button"
            disabled={!Number.isFinite(value) || value < 0 || value > 1}
            onClick={() => state.acceptAbove(value)}
          >
            Accept all above this confidence
          </button>
          <button
            type="button"
            onClick={state.saveAccepted}
            disabled={state.accepted.length === 0 || state.save.isBusy}
          >
            Save {state.accepted.length} accepted codes
          </button>
        </div>
      )}
      <SaveFailureNote failure={state.save.failure} onStale={onStale} />
    </div>
  );
}

/** The suggestions for one uncoded provision, beside its text: each with accept and reject. */
export function ProvisionSuggestions({
  provision,
  process,
  state,
}: {
  provision: Provision;
  process: ProcessDetail;
  state: ReturnType<typeof useSuggestions>;
}) {
  const mine = state.shown.filter((s) => s.provision === provision.num);
  if (mine.length === 0) return null;
  return (
    <ul className="suggestions" aria-label={`Suggested codes for point ${provision.label || provision.num}`}>
      {mine.map((s) => {
        const issue = process.issues.find((i) => i.id === s.issue);
        const option = issue?.options.find((o) => o.id === s.option);
        const decision = state.decisions.get(keyOf(s));
        const name = `${issue?.title ?? s.issue}: ${option?.label ?? s.option}`;
        return (
          <li key={keyOf(s)} className={`suggestion${decision ? ` suggestion-${decision}` : ''}`}>
            <span className="suggestion-code">
              {name} <span className="muted">· confidence {s.confidence.toFixed(2)}</span>
              {decision && <strong> · {decision}</strong>}
            </span>
            <small className="suggestion-because">because {s.because}</small>
            <span className="actions">
              {decision ? (
                <button
                  type="button"
                  className="quiet small"
                  onClick={() => state.decide(s, null)}
                  aria-label={`Undo: ${name}`}
                >
                  Undo
                </button>
              ) : (
                <>
                  <button
                    type="button"
                    className="small"
                    onClick={() => state.decide(s, 'accepted')}
                    aria-label={`Accept ${name}`}
                  >
                    Accept
                  </button>
                  <button
                    type="button"
                    className="quiet small"
                    onClick={() => state.decide(s, 'rejected')}
                    aria-label={`Reject ${name}`}
                  >
                    Reject
                  </button>
                </>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
