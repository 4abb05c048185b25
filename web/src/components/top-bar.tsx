import type { ReactNode } from 'react';
import { useApp } from '../session.js';
import { formatRoute } from '../router.js';

/** The bar at the top of every signed-in page: brand, what the page belongs to, the user and sign-out. */
export function TopBar({ children }: { children?: ReactNode }) {
  const { session, signOut } = useApp();
  return (
    <header className="top-bar">
      <a className="brand" href={formatRoute({ name: 'processes' })}>
        <span className="brand-mark" aria-hidden="true">
          ◆
        </span>{' '}
        Parley
      </a>
      <div className="top-bar-middle">{children}</div>
      <a className="user" href={formatRoute({ name: 'account' })} title="Your account: password, API tokens">
        {session.user.email}
      </a>
      <button type="button" className="quiet" onClick={signOut}>
        Sign out
      </button>
    </header>
  );
}
