import { useState } from 'react';
import { describeSaveError } from './save-error.js';

/** Why the last save failed, as `describeSaveError` words it; `isStale` when someone else saved first. */
export type SaveFailure = ReturnType<typeof describeSaveError>;

/**
 * The save of an editor that writes a proposal with the version it was read at: `run(write)` clears the last
 * failure, marks the editor busy while `write` runs, and keeps what went wrong for `SaveFailureNote`.
 * @example const { failure, isBusy, run } = useVersionedSave(); run(async () => onSaved(await api.updateCodes(…)))
 */
export function useVersionedSave(what?: string): {
  failure: SaveFailure | null;
  isBusy: boolean;
  run: (write: () => Promise<void>) => Promise<void>;
} {
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [isBusy, setBusy] = useState(false);
  const run = async (write: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    try {
      await write();
    } catch (error) {
      setFailure(describeSaveError(error, what));
    } finally {
      setBusy(false);
    }
  };
  return { failure, isBusy, run };
}

/** The failure of a versioned save, with a reload button when someone else saved the proposal first. */
export function SaveFailureNote({
  failure,
  onStale,
  reloadLabel = 'Reload the proposal',
}: {
  failure: SaveFailure | null;
  onStale: () => void;
  reloadLabel?: string;
}) {
  if (!failure) return null;
  return (
    <div className="note note-error" role="alert">
      {failure.message}
      {failure.isStale && (
        <button type="button" className="link-button" onClick={onStale}>
          {reloadLabel}
        </button>
      )}
    </div>
  );
}
