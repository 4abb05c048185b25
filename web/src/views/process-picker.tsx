import { useApp } from '../session.js';
import { useResource } from '../use-resource.js';
import { Loaded } from '../components/status.js';
import { TopBar } from '../components/top-bar.js';
import { formatRoute } from '../router.js';
import { NewProcessForm } from '../components/new-process-form.js';

/** The processes the user may open, one card each. */
export function ProcessPicker({ notFound }: { notFound: string | null }) {
  const { api, session } = useApp();
  const [processes, reload] = useResource('processes', () => api.listProcesses());
  return (
    <>
      <TopBar />
      <main className="page">
        {notFound && (
          <p className="note" role="alert">
            There is no page at “{notFound}”. Choose a process below.
          </p>
        )}
        <h1>Your negotiation processes</h1>
        {session.user.isAdmin && <NewProcessForm />}
        <Loaded resource={processes} what="processes" onRetry={reload}>
          {(list) =>
            list.length === 0 ? (
              <p className="muted">
                You are not a member of any process yet. Ask a process administrator to add you.
              </p>
            ) : (
              <ul className="process-list">
                {list.map((p) => (
                  <li key={p.id}>
                    <a
                      className="card process-card"
                      href={formatRoute({ name: 'dashboard', processId: p.id })}
                    >
                      <strong>{p.title}</strong>
                      <span className="chip chip-role">
                        {p.access.role}
                        {p.access.party ? ` · ${p.access.partyName ?? p.access.party}` : ''}
                      </span>
                    </a>
                  </li>
                ))}
              </ul>
            )
          }
        </Loaded>
      </main>
    </>
  );
}
