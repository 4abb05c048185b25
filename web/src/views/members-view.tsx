import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useApp } from '../session.js';
import { useResource } from '../use-resource.js';
import { ApiError } from '../api/problem.js';
import { Loaded } from '../components/status.js';
import { FieldError, invalidProps } from '../components/field-error.js';
import { serverFieldErrors } from '../components/save-error.js';
import type { FieldErrors } from '../logic/position-draft.js';
import type { Member, Role } from '../api/contract.js';
import type { ProcessData } from './process-shell.js';
import { canSetUp } from './setup-view.js';

const roles: readonly Role[] = ['mediator', 'delegate', 'observer'];

/** The address a one-time login link token opens: the app signs in with it once (app.tsx). */
export const loginAddress = (token: string): string =>
  `${window.location.origin}${window.location.pathname}?login=${encodeURIComponent(token)}`;

/**
 * Members of a process (issue 14, admins and mediators): who holds which role, a role changed or a member
 * removed (from their next request on, every session and token), and "Invite a member" by e-mail, which for a
 * new account gives a one-time link to copy and pass on.
 */
export function MembersView({ data }: { data: ProcessData }) {
  const { api, session } = useApp();
  const { process } = data;
  const [members, reload] = useResource(`members:${process.id}`, () => api.listMembers(process.id));
  const [note, setNote] = useState<string | null>(null);
  if (!canSetUp(data, session.user.isAdmin))
    return (
      <section>
        <h1 tabIndex={-1}>Members</h1>
        <p className="note">Only an admin or the mediators of this process can see and change its members.</p>
      </section>
    );
  const partyName = (id: string | null) => (id ? (process.parties.find((p) => p.id === id)?.name ?? id) : '');
  return (
    <section className="members-view">
      <div className="view-header">
        <h1 tabIndex={-1}>Members of {process.title}</h1>
        <p>
          Mediators read everything; a delegate reads its own party's sealed position; an observer reads
          public proposals.
        </p>
      </div>
      <InviteForm data={data} onInvited={reload} />
      {note && (
        <p className="note" role="status">
          {note}
        </p>
      )}
      <Loaded resource={members} what="the members" onRetry={reload}>
        {(list) => (
          <table className="data-table">
            <caption className="sr-only">Members</caption>
            <thead>
              <tr>
                <th scope="col">E-mail</th>
                <th scope="col">Role</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {list.map((m) => (
                <MemberRow
                  key={m.userId}
                  member={m}
                  data={data}
                  label={`${m.role}${m.party ? ` · ${partyName(m.party)}` : ''}`}
                  onChanged={(message) => {
                    setNote(message);
                    reload();
                  }}
                />
              ))}
            </tbody>
          </table>
        )}
      </Loaded>
    </section>
  );
}

function PartySelect({
  data,
  value,
  label,
  onChange,
  errors = {},
  path = 'party',
}: {
  data: ProcessData;
  value: string | null;
  label: string;
  onChange: (party: string | null) => void;
  errors?: FieldErrors;
  path?: string;
}) {
  return (
    <label className="setup-field">
      <span>{label}</span>
      <select
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value || null)}
        {...invalidProps(errors, path)}
      >
        <option value="">(none)</option>
        {data.process.parties.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <FieldError errors={errors} path={path} />
    </label>
  );
}

function MemberRow({
  member,
  data,
  label,
  onChanged,
}: {
  member: Member;
  data: ProcessData;
  label: string;
  onChanged: (message: string) => void;
}) {
  const { api } = useApp();
  const [role, setRole] = useState<Role>(member.role);
  const [party, setParty] = useState<string | null>(member.party);
  const [failure, setFailure] = useState<string | null>(null);
  const act = async (work: () => Promise<unknown>, message: string) => {
    setFailure(null);
    try {
      await work();
      onChanged(message);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <tr>
      <td>{member.email}</td>
      <td>{label}</td>
      <td>
        <div className="setup-row">
          <label className="setup-field">
            <span>Role of {member.email}</span>
            <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {roles.map((r) => (
                <option key={r}>{r}</option>
              ))}
            </select>
          </label>
          {role === 'delegate' && (
            <PartySelect data={data} value={party} label={`Party of ${member.email}`} onChange={setParty} />
          )}
          <button
            type="button"
            className="quiet"
            onClick={() =>
              void act(
                () =>
                  api.setMemberRole(data.process.id, member.userId, role, role === 'delegate' ? party : null),
                `${member.email} is now ${role}.`,
              )
            }
          >
            Save role of {member.email}
          </button>
          <button
            type="button"
            className="quiet"
            onClick={() =>
              void act(
                () => api.removeMember(data.process.id, member.userId),
                `${member.email} was removed; their sessions and tokens lost this process at once.`,
              )
            }
          >
            Remove {member.email}
          </button>
        </div>
        {failure && (
          <p className="note note-error" role="alert">
            {failure}
          </p>
        )}
      </td>
    </tr>
  );
}

/** "Invite a member": e-mail, role and (for a delegate) party; a new account's one-time link to copy. */
function InviteForm({ data, onInvited }: { data: ProcessData; onInvited: () => void }) {
  const { api } = useApp();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('delegate');
  const [party, setParty] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [result, setResult] = useState<{ email: string; link: string | null } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const linkRef = useRef<HTMLInputElement>(null);

  const invite = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!/^[^\s@]+@[^\s@]+$/.test(email.trim()))
      found.email = 'enter an e-mail address, like name@example.org';
    if (role === 'delegate' && party === null) found.party = 'choose the party this delegate acts for';
    setErrors(found);
    setFailure(null);
    setResult(null);
    if (Object.keys(found).length > 0) return;
    try {
      const answer = await api.invite(data.process.id, {
        email,
        role,
        party: role === 'delegate' ? party : null,
      });
      setResult({ email: answer.email, link: answer.loginLink ? loginAddress(answer.loginLink) : null });
      setEmail('');
      onInvited();
      requestAnimationFrame(() => linkRef.current?.focus());
    } catch (error) {
      if (error instanceof ApiError && error.status === 400) setErrors(serverFieldErrors(error));
      else setFailure(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <form className="card new-process" aria-label="Invite a member" onSubmit={invite} noValidate>
      <label className="setup-field setup-field-wide">
        <span>E-mail</span>
        <input
          type="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          {...invalidProps(errors, 'email')}
        />
        <FieldError errors={errors} path="email" />
      </label>
      <label className="setup-field">
        <span>Role</span>
        <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {roles.map((r) => (
            <option key={r}>{r}</option>
          ))}
        </select>
      </label>
      {role === 'delegate' && (
        <PartySelect data={data} value={party} label="Party" onChange={setParty} errors={errors} />
      )}
      <button type="submit" className="primary">
        Invite a member
      </button>
      {failure && (
        <p className="note note-error" role="alert">
          {failure}
        </p>
      )}
      {result && (
        <div className="note" role="status">
          {result.link ? (
            <div className="copy-link">
              <label className="setup-field">
                <span>One-time login link for {result.email} (valid 30 minutes, once)</span>
                <input
                  ref={linkRef}
                  type="text"
                  readOnly
                  value={result.link}
                  onFocus={(e) => e.target.select()}
                />
              </label>
              <button
                type="button"
                className="quiet"
                onClick={() => void navigator.clipboard?.writeText(result.link ?? '')}
              >
                Copy link
              </button>
            </div>
          ) : (
            <p>{result.email} already has an account and now has this role; they sign in as usual.</p>
          )}
        </div>
      )}
    </form>
  );
}
