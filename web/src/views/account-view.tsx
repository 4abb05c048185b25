import { useState } from 'react';
import type { FormEvent } from 'react';
import { useApp } from '../session.js';
import { useResource } from '../use-resource.js';
import { ApiError } from '../api/problem.js';
import { Loaded } from '../components/status.js';
import { TopBar } from '../components/top-bar.js';
import { FieldError, invalidProps } from '../components/field-error.js';
import { serverFieldErrors } from '../components/save-error.js';
import type { FieldErrors } from '../logic/position-draft.js';
import { loginAddress } from './members-view.js';

/**
 * One's own account (issue 14): set or change the password (someone invited by a link sets their first one
 * here), API tokens for scripts, and for admins every user with "Add a user".
 */
export function AccountView() {
  const { session } = useApp();
  return (
    <>
      <TopBar />
      <main className="page" id="main-content" tabIndex={-1}>
        <h1 tabIndex={-1}>Your account</h1>
        <p className="muted">Signed in as {session.user.email}.</p>
        <PasswordForm />
        <Tokens />
        {session.user.isAdmin && <Users />}
      </main>
    </>
  );
}

function PasswordForm() {
  const { api } = useApp();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [note, setNote] = useState<string | null>(null);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setNote(null);
    if (next.length < 12) {
      setErrors({ newPassword: 'use at least 12 characters' });
      return;
    }
    setErrors({});
    try {
      await api.setPassword(current, next);
      setCurrent('');
      setNext('');
      setNote('Your password is set. Sign in with it from now on.');
    } catch (error) {
      if (error instanceof ApiError && (error.status === 400 || error.status === 403)) {
        const fields = serverFieldErrors(error);
        setErrors(Object.keys(fields).length > 0 ? fields : { currentPassword: error.message });
      } else setNote(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <form className="setup-section" aria-label="Password" onSubmit={save} noValidate>
      <h2>Password</h2>
      <p className="muted">
        Leave the current password empty if you came in by a one-time link and have none yet.
      </p>
      <div className="setup-row">
        <label className="setup-field">
          <span>Current password</span>
          <input
            type="password"
            autoComplete="current-password"
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
            {...invalidProps(errors, 'currentPassword')}
          />
          <FieldError errors={errors} path="currentPassword" />
        </label>
        <label className="setup-field">
          <span>New password</span>
          <input
            type="password"
            autoComplete="new-password"
            value={next}
            onChange={(e) => setNext(e.target.value)}
            {...invalidProps(errors, 'newPassword')}
          />
          <FieldError errors={errors} path="newPassword" />
        </label>
        <button type="submit" className="primary">
          Set password
        </button>
      </div>
      {note && (
        <p className="note" role="status">
          {note}
        </p>
      )}
    </form>
  );
}

function Tokens() {
  const { api } = useApp();
  const [tokens, reload] = useResource('tokens', () => api.listTokens());
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return setError('give the token a name, like "nightly script"');
    setError(null);
    const created = await api.createToken(name.trim());
    setSecret(created.token);
    setName('');
    reload();
  };
  return (
    <section className="setup-section">
      <h2>API tokens</h2>
      <form className="setup-row" aria-label="New API token" onSubmit={(e) => void create(e)} noValidate>
        <label className="setup-field">
          <span>Token name</span>
          <input
            type="text"
            value={name}
            onChange={(e) => setName(e.target.value)}
            {...invalidProps(error ? { name: error } : {}, 'name')}
          />
          <FieldError errors={error ? { name: error } : {}} path="name" />
        </label>
        <button type="submit" className="quiet">
          Create a token
        </button>
      </form>
      {secret && (
        <p className="note" role="status">
          The token, shown this once: <code>{secret}</code> — send it as <code>Authorization: Bearer …</code>.
        </p>
      )}
      <Loaded resource={tokens} what="your tokens" onRetry={reload}>
        {(list) =>
          list.length === 0 ? (
            <p className="muted">No token yet.</p>
          ) : (
            <ul>
              {list.map((t) => (
                <li key={t.id}>
                  {t.name} — created {t.createdAt.slice(0, 10)}
                  {t.revokedAt ? ` — revoked ${t.revokedAt.slice(0, 10)}` : ''}{' '}
                  {!t.revokedAt && (
                    <button
                      type="button"
                      className="quiet"
                      onClick={() => void api.revokeToken(t.id).then(reload)}
                    >
                      Revoke {t.name}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
}

function Users() {
  const { api } = useApp();
  const [users, reload] = useResource('users', () => api.listUsers());
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [link, setLink] = useState<string | null>(null);
  const add = async (event: FormEvent) => {
    event.preventDefault();
    setLink(null);
    try {
      const added = await api.addUser(email, false);
      setErrors({});
      setEmail('');
      if (added.loginLink) setLink(loginAddress(added.loginLink));
      reload();
    } catch (error) {
      setErrors({ email: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <section className="setup-section">
      <h2>Users</h2>
      <form className="setup-row" aria-label="Add a user" onSubmit={(e) => void add(e)} noValidate>
        <label className="setup-field setup-field-wide">
          <span>E-mail of the new user</span>
          <input
            type="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            {...invalidProps(errors, 'email')}
          />
          <FieldError errors={errors} path="email" />
        </label>
        <button type="submit" className="quiet">
          Add a user
        </button>
      </form>
      {link && (
        <p className="note" role="status">
          One-time login link for the new user: <code>{link}</code>
        </p>
      )}
      <Loaded resource={users} what="the users" onRetry={reload}>
        {(list) => (
          <ul>
            {list.map((u) => (
              <li key={u.id}>
                {u.email}
                {u.isAdmin ? ' (admin)' : ''}
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </section>
  );
}
