import { useState } from 'react';
import { useApp } from '../session.js';
import { SaveFailureNote, useVersionedSave } from './versioned-save.js';
import type { Code, ProcessDetail, ProposalDocument, Provision } from '../api/contract.js';

/**
 * Edits one provision's issue codes: choose an issue and one of its options per row, or, for a disputed or
 * bracketed point, several alternatives (`issue=a|b`). Saves with the version
 * the proposal was read at; on a conflicting edit says so and offers a reload.
 */
export function CodingEditor({
  process,
  proposal,
  provision,
  onSaved,
  onStale,
  onCancel,
}: {
  process: ProcessDetail;
  proposal: ProposalDocument;
  provision: Provision;
  onSaved: (proposal: ProposalDocument) => void;
  onStale: () => void;
  onCancel: () => void;
}) {
  const { api } = useApp();
  const [codes, setCodes] = useState<Code[]>(provision.codes);
  const { failure, isBusy, run } = useVersionedSave();
  const firstFree = process.issues.find((i) => !codes.some((c) => c.issue === i.id));

  const setRow = (index: number, code: Code) => setCodes(codes.map((c, i) => (i === index ? code : c)));
  const save = () =>
    run(async () => onSaved(await api.updateCodes(process.id, proposal, provision.num, codes)));

  return (
    <fieldset className="coding-editor">
      <legend>Issue codes of point {provision.label || provision.num}</legend>
      {codes.length === 0 && <p className="muted">No issue is coded here yet.</p>}
      {codes.map((code, index) => {
        const issue = process.issues.find((i) => i.id === code.issue);
        return (
          <div className="coding-row" key={index}>
            <label>
              Issue
              <select
                value={code.issue}
                onChange={(e) => {
                  const next = process.issues.find((i) => i.id === e.target.value);
                  if (next?.options[0]) setRow(index, { issue: next.id, option: next.options[0].id });
                }}
              >
                {process.issues
                  .filter((i) => i.id === code.issue || !codes.some((c) => c.issue === i.id))
                  .map((i) => (
                    <option key={i.id} value={i.id}>
                      {i.title}
                    </option>
                  ))}
              </select>
            </label>
            <label>
              {'options' in code ? 'Alternatives' : 'Option'}
              <select
                multiple={'options' in code}
                value={'options' in code ? code.options : code.option}
                onChange={(e) => {
                  const chosen = [...e.target.selectedOptions].map((o) => o.value);
                  // Fewer than two alternatives is no longer a bracket: it keeps the first choice.
                  if ('options' in code && chosen.length >= 2)
                    setRow(index, { issue: code.issue, options: chosen });
                  else if (chosen[0]) setRow(index, { issue: code.issue, option: chosen[0] });
                }}
              >
                {(issue?.options ?? []).map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
            <label className="inline">
              <input
                type="checkbox"
                checked={'options' in code}
                disabled={(issue?.options.length ?? 0) < 2}
                onChange={(e) => {
                  const first = 'options' in code ? code.options[0]! : code.option;
                  const second = issue?.options.find((o) => o.id !== first)?.id;
                  if (e.target.checked && second)
                    setRow(index, { issue: code.issue, options: [first, second] });
                  else setRow(index, { issue: code.issue, option: first });
                }}
              />{' '}
              bracketed alternatives
            </label>
            <button
              type="button"
              className="quiet small"
              onClick={() => setCodes(codes.filter((_, i) => i !== index))}
              aria-label={`Remove the code for ${issue?.title ?? code.issue}`}
            >
              Remove
            </button>
          </div>
        );
      })}
      <SaveFailureNote failure={failure} onStale={onStale} />
      <div className="actions">
        {firstFree?.options[0] && (
          <button
            type="button"
            className="quiet"
            onClick={() => setCodes([...codes, { issue: firstFree.id, option: firstFree.options[0]!.id }])}
          >
            + Add an issue
          </button>
        )}
        <button type="button" className="primary" onClick={save} disabled={isBusy}>
          {isBusy ? 'Saving…' : 'Save codes'}
        </button>
        <button type="button" className="quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </fieldset>
  );
}
