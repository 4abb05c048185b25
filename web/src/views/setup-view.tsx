import { useEffect, useMemo, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useApp } from '../session.js';
import { ApiError } from '../api/problem.js';
import { IssueSetupFields, PartyFields, TrackFields } from '../components/manifest-fields.js';
import { FieldError, invalidProps } from '../components/field-error.js';
import { serverFieldErrors } from '../components/save-error.js';
import { SaveFailureNote, useVersionedSave } from '../components/versioned-save.js';
import { validateManifestDraft } from '../logic/manifest-draft.js';
import type { ManifestDraft } from '../logic/manifest-draft.js';
import type { FieldErrors } from '../logic/position-draft.js';
import { restoreInfinity } from '../logic/what-if-case.js';
import type { ProcessData } from './process-shell.js';

/** Whether the caller may change a process's set-up: its mediators and admins. */
export const canSetUp = (data: ProcessData, isAdmin: boolean): boolean =>
  isAdmin || data.process.access.role === 'mediator';

/**
 * Set-up of a process (issue 14): title, description, parties, tracks, issues and options, saved in one
 * versioned write. Mistakes show at their field and nothing is sent; a change the server refuses because the
 * case still uses what it removes lists every place, and nothing is saved.
 */
export function SetupView({ data, onSaved }: { data: ProcessData; onSaved: () => void }) {
  const { api, session } = useApp();
  const { process } = data;
  const initial = useMemo((): ManifestDraft => {
    const { access: _access, version: _version, id: _id, ...rest } = restoreInfinity(process);
    return rest;
  }, [process]);
  const storedIds = useMemo(
    () => ({
      parties: new Set(initial.parties.map((p) => p.id)),
      tracks: new Set(initial.tracks.map((t) => t.id)),
      issues: new Set(initial.issues.map((i) => i.id)),
      options: new Map(initial.issues.map((i) => [i.id, new Set(i.options.map((o) => o.id))])),
    }),
    [initial],
  );
  const [draft, setDraft] = useState(initial);
  // A new set-up read (after a save, or "Reload" when someone saved first) replaces the draft.
  useEffect(() => setDraft(initial), [initial]);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [inUse, setInUse] = useState<{ path: string; message: string }[]>([]);
  const [note, setNote] = useState<string | null>(null);
  const { failure, isBusy, run } = useVersionedSave('the set-up of this process');
  const formRef = useRef<HTMLFormElement>(null);
  const localErrors = useMemo(() => validateManifestDraft(draft), [draft]);
  const errors = { ...serverErrors, ...localErrors };

  if (!canSetUp(data, session.user.isAdmin)) {
    return (
      <section>
        <h1 tabIndex={-1}>Set-up</h1>
        <p className="note">Only an admin or the mediators of this process can change its set-up.</p>
      </section>
    );
  }

  const change = (next: ManifestDraft) => {
    setDraft(next);
    setServerErrors({});
    setInUse([]);
    setNote(null);
  };
  const focusFirstError = () =>
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (Object.keys(localErrors).length > 0) {
      setNote(`Nothing was saved: ${Object.keys(localErrors).length} field(s) need fixing.`);
      focusFirstError();
      return;
    }
    void run(async () => {
      try {
        const saved = await api.writeManifest(process.id, draft, process.version);
        setNote(`Saved as version ${saved.version}.`);
        onSaved();
      } catch (error) {
        if (error instanceof ApiError && error.status === 409 && error.problem.code === 'in_use') {
          setInUse((error.problem.errors ?? []) as { path: string; message: string }[]);
          return;
        }
        if (error instanceof ApiError && (error.status === 400 || error.status === 422)) {
          setServerErrors(serverFieldErrors(error));
          focusFirstError();
        }
        throw error;
      }
    });
  };

  return (
    <section className="setup-view">
      <div className="view-header">
        <h1 tabIndex={-1}>Set-up of {process.title}</h1>
        <p>
          Parties, tracks, issues and options. Ids name stored data and never change; retire an entry to
          remove it. A change that proposals, positions or members still depend on is refused with the places
          to change first.
        </p>
      </div>
      <form aria-label={`Set-up of ${process.title}`} onSubmit={save} noValidate ref={formRef}>
        <fieldset className="setup-section">
          <legend>Process</legend>
          <label className="setup-field setup-field-wide">
            <span>Title</span>
            <input
              type="text"
              value={draft.title}
              onChange={(e) => change({ ...draft, title: e.target.value })}
              {...invalidProps(errors, 'title')}
            />
            <FieldError errors={errors} path="title" />
          </label>
          <label className="setup-field setup-field-wide">
            <span>Description</span>
            <textarea
              value={draft.description ?? ''}
              rows={3}
              onChange={(e) => {
                const { description: _old, ...rest } = draft;
                change(e.target.value === '' ? rest : { ...rest, description: e.target.value });
              }}
            />
          </label>
        </fieldset>
        <PartyFields draft={draft} storedIds={storedIds} errors={errors} onChange={change} />
        <TrackFields draft={draft} storedIds={storedIds} errors={errors} onChange={change} />
        <IssueSetupFields draft={draft} storedIds={storedIds} errors={errors} onChange={change} />
        {inUse.length > 0 && (
          <div className="note note-error" role="alert">
            <p>
              Nothing was saved: the change would break {inUse.length} place(s) that still use what it
              removes. Change them first, or keep what they use.
            </p>
            <ul>
              {inUse.map((place, i) => (
                <li key={i}>
                  <strong>{place.path}</strong>: {place.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        <SaveFailureNote
          failure={inUse.length > 0 ? null : failure}
          onStale={onSaved}
          reloadLabel="Reload the set-up"
        />
        {note && (
          <p className="note" role="status">
            {note}
          </p>
        )}
        <button type="submit" className="primary" disabled={isBusy}>
          Save set-up
        </button>
      </form>
    </section>
  );
}
