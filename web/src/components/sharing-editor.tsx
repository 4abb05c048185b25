import { useState } from 'react';
import { useApp } from '../session.js';
import { SaveFailureNote, useVersionedSave } from './versioned-save.js';
import type { ProcessDetail, ProposalDocument, Visibility } from '../api/contract.js';

const visibilities: { value: Visibility; label: string }[] = [
  { value: 'public', label: 'Public: everyone in the process' },
  { value: 'shared', label: 'Shared: the authors and the parties ticked below' },
  { value: 'private', label: 'Private: the authors and the mediators' },
];

/** Who may read a proposal: its visibility and the parties it is shared with, saved with its version. */
export function SharingEditor({
  process,
  proposal,
  onSaved,
  onStale,
}: {
  process: ProcessDetail;
  proposal: ProposalDocument;
  onSaved: (proposal: ProposalDocument) => void;
  onStale: () => void;
}) {
  const { api } = useApp();
  const [isOpen, setOpen] = useState(false);
  const [visibility, setVisibility] = useState<Visibility>(proposal.visibility);
  const [sharedWith, setSharedWith] = useState<string[]>(proposal.sharedWith);
  const { failure, run } = useVersionedSave();
  if (!isOpen) {
    return (
      <button type="button" className="quiet small" onClick={() => setOpen(true)}>
        Visibility and sharing…
      </button>
    );
  }
  const save = () =>
    run(async () => {
      onSaved(
        await api.updateSharing(process.id, proposal, {
          visibility,
          sharedWith: visibility === 'shared' ? sharedWith : [],
        }),
      );
      setOpen(false);
    });
  return (
    <fieldset className="card sharing-editor">
      <legend>Visibility and sharing</legend>
      {visibilities.map((v) => (
        <label key={v.value} className="radio">
          <input
            type="radio"
            name="visibility"
            value={v.value}
            checked={visibility === v.value}
            onChange={() => setVisibility(v.value)}
          />
          {v.label}
        </label>
      ))}
      {visibility === 'shared' && (
        <div className="share-parties" role="group" aria-label="Share with">
          {process.parties
            .filter((p) => !proposal.authors.includes(p.id))
            .map((p) => (
              <label key={p.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={sharedWith.includes(p.id)}
                  onChange={(e) =>
                    setSharedWith(
                      e.target.checked ? [...sharedWith, p.id] : sharedWith.filter((id) => id !== p.id),
                    )
                  }
                />
                {p.name}
              </label>
            ))}
        </div>
      )}
      <SaveFailureNote failure={failure} onStale={onStale} />
      <div className="actions">
        <button type="button" className="primary" onClick={save}>
          Save sharing
        </button>
        <button type="button" className="quiet" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </fieldset>
  );
}
