import { useState } from 'react';
import type { FormEvent } from 'react';
import { Id } from '../../../src/model/index.js';
import { useApp } from '../session.js';
import { ApiError } from '../api/problem.js';
import { formatRoute } from '../router.js';
import { FieldError, invalidProps } from './field-error.js';
import { saveBlob } from './save-blob.js';
import { settleMerge } from '../logic/merge-choices.js';
import type { MergeChoice, MergeSources } from '../logic/merge-choices.js';
import type { FieldErrors } from '../logic/position-draft.js';
import type { MergeBlock, Proposal } from '../api/contract.js';
import type { ProcessData } from '../views/process-shell.js';

/**
 * Saving a settled merge: an id and a title, then *Save as a new proposal* (revising the base, written by
 * the caller's party for a delegate, else by A's and B's authors; public only when base, A and B all are) or
 * *Download the merge as Word* (tracked changes against the base). A conflict left open, an empty title or
 * a malformed or taken id is shown at its place, and nothing is sent or saved.
 */
export function MergeSave({
  data,
  blocks,
  choices,
  sources,
  onUnsettled,
  onSaved,
}: {
  data: ProcessData;
  blocks: readonly MergeBlock[];
  choices: ReadonlyMap<number, MergeChoice>;
  sources: MergeSources;
  onUnsettled: (places: number[]) => void;
  onSaved: () => void;
}) {
  const { api } = useApp();
  const { process } = data;
  const { base, a, b } = sources;
  const [id, setId] = useState(`${base.id}-merged`);
  const [title, setTitle] = useState(`${base.title}, merged with ${a.title} and ${b.title}`);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [state, setState] = useState<
    { kind: 'idle' | 'working' } | { kind: 'failed'; message: string } | { kind: 'saved'; proposal: Proposal }
  >({ kind: 'idle' });

  /** The settled provisions, or null after showing every mistake at its place. */
  const settled = (needsId: boolean) => {
    const next: FieldErrors = {};
    if (title.trim() === '') next.title = 'Give the merged proposal a title.';
    if (needsId && !Id.safeParse(id).success)
      next.id = 'Use lower-case letters, digits, dots and dashes, starting with a letter or digit.';
    else if (needsId && data.proposals.some((p) => p.id === id))
      next.id = `The id '${id}' is already used in this process; choose another.`;
    const merge = settleMerge(blocks, choices, sources);
    setErrors(next);
    if (!merge.ok) {
      onUnsettled(merge.unsettled);
      document.getElementById(`merge-place-${merge.unsettled[0]}`)?.scrollIntoView({ block: 'center' });
    }
    if (!merge.ok || Object.keys(next).length > 0) {
      const open = merge.ok ? 0 : merge.unsettled.length;
      setState({
        kind: 'failed',
        message: `Nothing was saved: ${[
          open > 0 ? `${open} conflict${open === 1 ? '' : 's'} still to settle` : '',
          Object.keys(next).length > 0 ? 'see the fields marked below' : '',
        ]
          .filter(Boolean)
          .join('; ')}.`,
      });
      return null;
    }
    return merge.provisions;
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const provisions = settled(true);
    if (!provisions) return;
    const party = process.access.role === 'delegate' ? process.access.party : null;
    const isPublic = [base, a, b].every((p) => p.visibility === 'public');
    const proposal: Proposal = {
      id,
      title: title.trim(),
      authors: party ? [party] : [...new Set([...a.authors, ...b.authors])],
      ...(base.track ? { track: base.track } : {}),
      date: new Date().toISOString().slice(0, 10),
      status: 'merged draft',
      revises: base.id,
      visibility: isPublic ? 'public' : 'private',
      sharedWith: [],
      preamble: '',
      provisions,
    };
    setState({ kind: 'working' });
    try {
      const saved = await api.createProposal(process.id, proposal);
      setState({ kind: 'saved', proposal: saved });
      onSaved();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setErrors({ id: `The id '${id}' is already used in this process; choose another.` });
        setState({ kind: 'failed', message: 'Nothing was saved: see the fields marked below.' });
      } else setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const download = async () => {
    const provisions = settled(false);
    if (!provisions) return;
    setState({ kind: 'working' });
    try {
      const { blob, filename } = await api.downloadMerge(process.id, {
        base: base.id,
        title: title.trim(),
        provisions,
      });
      saveBlob(blob, filename);
      setState({ kind: 'idle' });
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <form className="merge-save" aria-label="Save the merge" onSubmit={save} noValidate>
      <label className="setup-field">
        <span>Id of the new proposal</span>
        <input value={id} onChange={(e) => setId(e.target.value)} {...invalidProps(errors, 'id')} />
        <FieldError errors={errors} path="id" />
      </label>
      <label className="setup-field setup-field-wide">
        <span>Title</span>
        <input value={title} onChange={(e) => setTitle(e.target.value)} {...invalidProps(errors, 'title')} />
        <FieldError errors={errors} path="title" />
      </label>
      <div className="actions">
        <button type="submit" className="primary" disabled={state.kind === 'working'}>
          Save as a new proposal
        </button>
        <button type="button" onClick={() => void download()} disabled={state.kind === 'working'}>
          Download the merge as Word
        </button>
      </div>
      {state.kind === 'failed' && (
        <p className="note note-error" role="alert">
          {state.message}
        </p>
      )}
      {state.kind === 'saved' && (
        <p className="note" role="status">
          Saved as{' '}
          <a href={formatRoute({ name: 'proposal', processId: process.id, proposalId: state.proposal.id })}>
            {state.proposal.title}
          </a>
          , revising {base.title}.
        </p>
      )}
    </form>
  );
}
