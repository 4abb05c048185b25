import { useRef, useState } from 'react';
import { useApp } from '../session.js';
import { navigate } from '../use-route.js';
import {
  joinWithPrevious,
  previewProblems,
  renumberProvision,
  splitProvision,
} from '../logic/proposal-preview.js';
import type {
  ImportPreview,
  ProcessDetail,
  ProposalSummary,
  Provision,
  Visibility,
} from '../api/contract.js';

/**
 * "Add a proposal": a Word, PDF, HTML or text file (or pasted text) is read by the server into numbered
 * provisions, shown here for review — a person can fix a number, split a provision at the cursor, join one
 * to the previous — and saved as a new proposal only when they say so. Nothing is stored before that.
 */
export function AddProposal({
  process,
  proposals,
  onSaved,
  onClose,
}: {
  process: ProcessDetail;
  proposals: readonly ProposalSummary[];
  onSaved: () => void;
  onClose: () => void;
}) {
  const { api } = useApp();
  const [file, setFile] = useState<File | null>(null);
  const [pasted, setPasted] = useState('');
  const [revises, setRevises] = useState('');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [provisions, setProvisions] = useState<Provision[]>([]);
  const [meta, setMeta] = useState({ id: '', title: '', visibility: 'public' as Visibility });
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const texts = useRef(new Map<number, HTMLTextAreaElement>());

  const read = async () => {
    setBusy(true);
    setError(null);
    try {
      const document = file ? { file } : { text: pasted };
      const answer = await api.importDocument(process.id, document, { revises });
      setPreview(answer);
      setProvisions(answer.proposal.provisions);
      setMeta({
        id: answer.proposal.id,
        title: answer.proposal.title,
        visibility: answer.proposal.visibility,
      });
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    if (!preview) return;
    setBusy(true);
    setError(null);
    try {
      const saved = await api.createProposal(process.id, { ...preview.proposal, ...meta, provisions });
      onSaved();
      navigate({ name: 'proposal', processId: process.id, proposalId: saved.id });
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const problems = preview ? previewProblems(provisions) : [];
  return (
    <section className="card add-proposal" aria-labelledby="add-proposal-title">
      <h2 id="add-proposal-title">New proposal from a document</h2>
      {!preview ? (
        <div className="add-proposal-source">
          <label>
            Document (Word, PDF, HTML or text)
            <input type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          </label>
          <label>
            Or paste its text
            <textarea rows={8} value={pasted} onChange={(e) => setPasted(e.target.value)} />
          </label>
          <label>
            Revises
            <select value={revises} onChange={(e) => setRevises(e.target.value)}>
              <option value="">— no earlier proposal —</option>
              {proposals.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
          </label>
          <div className="actions">
            <button type="button" onClick={read} disabled={isBusy || (!file && pasted.trim() === '')}>
              Read the document
            </button>
            <button type="button" className="quiet" onClick={onClose}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div className="add-proposal-preview">
          <div className="coding-row">
            <label>
              Title
              <input value={meta.title} onChange={(e) => setMeta({ ...meta, title: e.target.value })} />
            </label>
            <label>
              Id
              <input value={meta.id} onChange={(e) => setMeta({ ...meta, id: e.target.value })} />
            </label>
            <label>
              Who may read it
              <select
                value={meta.visibility}
                onChange={(e) => setMeta({ ...meta, visibility: e.target.value as Visibility })}
              >
                <option value="public">everyone in the process</option>
                <option value="private">its authors and the mediators</option>
              </select>
            </label>
          </div>
          {preview.warnings.length > 0 && (
            <ul className="note" aria-label="Warnings">
              {preview.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          <p className="muted">
            {provisions.length} provisions. Check each number and text; put the cursor where a new provision
            begins to split one.
          </p>
          <ol className="preview-provisions">
            {provisions.map((p, index) => (
              <li key={`${index}:${p.num}`} className={p.parent ? 'sub' : undefined}>
                <input
                  className="preview-number"
                  defaultValue={p.label || p.num}
                  aria-label={`Number of provision ${index + 1}`}
                  onBlur={(e) => setProvisions(renumberProvision(provisions, index, e.target.value))}
                />
                <textarea
                  aria-label={`Text of provision ${index + 1}`}
                  rows={Math.min(6, Math.ceil(p.text.length / 90) + 1)}
                  value={p.text}
                  ref={(el) => {
                    if (el) texts.current.set(index, el);
                    else texts.current.delete(index);
                  }}
                  onChange={(e) =>
                    setProvisions(
                      provisions.map((x, k) => (k === index ? { ...x, text: e.target.value } : x)),
                    )
                  }
                />
                <div className="actions">
                  <button
                    type="button"
                    className="quiet small"
                    aria-label={`Split provision ${index + 1} at the cursor`}
                    onClick={() =>
                      setProvisions(
                        splitProvision(provisions, index, texts.current.get(index)?.selectionStart ?? 0),
                      )
                    }
                  >
                    Split at the cursor
                  </button>
                  {index > 0 && (
                    <button
                      type="button"
                      className="quiet small"
                      aria-label={`Join provision ${index + 1} to the previous one`}
                      onClick={() => setProvisions(joinWithPrevious(provisions, index))}
                    >
                      Join to the previous
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ol>
          {problems.length > 0 && (
            <ul className="note note-error" aria-label="Before saving">
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
          <div className="actions">
            <button type="button" onClick={save} disabled={isBusy || problems.length > 0}>
              Save the proposal
            </button>
            <button type="button" className="quiet" onClick={() => setPreview(null)}>
              Back to the document
            </button>
            <button type="button" className="quiet" onClick={onClose}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {error && (
        <p className="note note-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

/** The server's own words (problem detail: what is wrong and what to do), e.g. an id already taken. */
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
