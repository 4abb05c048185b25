import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useApp } from '../session.js';
import { ApiError } from '../api/problem.js';
import { Id } from '../../../src/model/index.js';
import { navigate } from '../use-route.js';
import type { FieldErrors } from '../logic/position-draft.js';
import { FieldError, invalidProps } from './field-error.js';
import { serverFieldErrors } from './save-error.js';

/**
 * "New process" (admins): a button that opens a small form for the id and title; creating the process takes
 * the admin to its set-up, where parties, tracks and issues are added. Mistakes show at their field and
 * nothing is sent.
 */
export function NewProcessForm() {
  const { api } = useApp();
  const [isOpen, setOpen] = useState(false);
  const [id, setId] = useState('');
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const idRef = useRef<HTMLInputElement>(null);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (id === '') found.id = 'give the process an id, like ukraine-2025';
    else if (!Id.safeParse(id).success)
      found.id = `'${id}': use lower-case letters, digits, "." and "-", starting with a letter or digit`;
    if (title.trim() === '') found.title = 'give the process a title';
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await api.createProcess({ id, title: title.trim() });
      navigate({ name: 'setup', processId: id });
    } catch (error) {
      if (error instanceof ApiError && (error.status === 400 || error.status === 409)) {
        const fields = serverFieldErrors(error);
        setErrors(Object.keys(fields).length > 0 ? fields : { id: error.message });
      } else setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  if (!isOpen)
    return (
      <button
        type="button"
        className="primary"
        onClick={() => {
          setOpen(true);
          requestAnimationFrame(() => idRef.current?.focus());
        }}
      >
        New process
      </button>
    );
  return (
    <form className="card new-process" aria-label="New process" onSubmit={create} noValidate>
      <label className="setup-field">
        <span>Process id</span>
        <input
          ref={idRef}
          type="text"
          value={id}
          onChange={(e) => setId(e.target.value)}
          {...invalidProps(errors, 'id')}
        />
        <FieldError errors={errors} path="id" />
      </label>
      <label className="setup-field setup-field-wide">
        <span>Process title</span>
        <input
          type="text"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          {...invalidProps(errors, 'title')}
        />
        <FieldError errors={errors} path="title" />
      </label>
      {failure && (
        <p className="note note-error" role="alert">
          {failure}
        </p>
      )}
      <button type="submit" className="primary" disabled={isBusy}>
        Create the process
      </button>
      <button type="button" className="quiet" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  );
}
