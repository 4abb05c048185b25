import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiClient } from './api/client.js';
import type { Session } from './api/contract.js';
import { AppContextProvider } from './session.js';
import { ErrorNote, Loading } from './components/status.js';
import { SignIn } from './views/sign-in.js';
import { ProcessPicker } from './views/process-picker.js';
import { ProcessShell } from './views/process-shell.js';
import { AccountView } from './views/account-view.js';
import { useRoute } from './use-route.js';

type SessionState =
  { status: 'checking' } | { status: 'signed-out' } | { status: 'signed-in'; session: Session };

/** The whole app: sign-in until there is a session, then the process picker or one process's views. */
export function App() {
  const api = useMemo(() => new ApiClient(), []);
  const [state, setState] = useState<SessionState>({ status: 'checking' });
  const [failure, setFailure] = useState<Error | null>(null);
  const route = useRoute();

  const hasStarted = useRef(false);
  useEffect(() => {
    // React's development mode runs effects twice; a one-time link must be spent once, and only one of
    // the two answers may decide the state.
    if (hasStarted.current) return;
    hasStarted.current = true;
    // A session that ends while the app is open (expired, signed out elsewhere) brings back the sign-in form.
    api.onSessionEnded(() => setState({ status: 'signed-out' }));
    // `parley serve` prints a one-time login link, `/?login=<token>`: use it once, then drop it from the address.
    const link = new URLSearchParams(window.location.search).get('login');
    if (link) window.history.replaceState(null, '', window.location.pathname + window.location.hash);
    const signedIn = link
      ? api.signInWithLink(link).catch((error: Error) => {
          setFailure(error);
          return api.readSession();
        })
      : api.readSession();
    signedIn.then(
      (session) => setState(session ? { status: 'signed-in', session } : { status: 'signed-out' }),
      (error: Error) => {
        setFailure(error);
        setState({ status: 'signed-out' });
      },
    );
  }, [api]);

  const signOut = useCallback(() => {
    api.signOut().finally(() => setState({ status: 'signed-out' }));
  }, [api]);

  if (state.status === 'checking') return <Loading what="your session" />;
  if (state.status === 'signed-out') {
    return (
      <>
        {failure && <ErrorNote error={failure} />}
        <SignIn api={api} onSignedIn={(session) => setState({ status: 'signed-in', session })} />
      </>
    );
  }
  return (
    <AppContextProvider value={{ api, session: state.session, signOut }}>
      {route.name === 'processes' || route.name === 'not-found' ? (
        <ProcessPicker notFound={route.name === 'not-found' ? route.path : null} />
      ) : route.name === 'account' ? (
        <AccountView />
      ) : (
        <ProcessShell route={route} />
      )}
    </AppContextProvider>
  );
}
