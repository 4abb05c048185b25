import { useState } from 'react';
import type { FormEvent } from 'react';
import type { ApiClient } from '../api/client.js';
import type { Session } from '../api/contract.js';

/** The sign-in form: e-mail and password, with the server's refusal shown in words. */
export function SignIn({ api, onSignedIn }: { api: ApiClient; onSignedIn: (session: Session) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await api.signIn(email.trim(), password));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="sign-in">
      <form className="card sign-in-card" onSubmit={submit} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">
          <span className="brand-mark" aria-hidden="true">
            ◆
          </span>{' '}
          Parley
        </h1>
        <p className="muted">
          The negotiation workbench. Sign in with the account your process administrator gave you.
        </p>
        <Field label="E-mail" type="email" autoComplete="username" value={email} onChange={setEmail} />
        <Field
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
        />
        {error && (
          <p className="note note-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={isBusy}>
          {isBusy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}

/** One required field of the form, its `name` the input type (`email`, `password`), bound to its state. */
function Field({
  label,
  type,
  autoComplete,
  value,
  onChange,
}: {
  label: string;
  type: 'email' | 'password';
  autoComplete: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <label>
      {label}
      <input
        type={type}
        name={type}
        autoComplete={autoComplete}
        required
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}
