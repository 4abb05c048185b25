import { createContext, useContext } from 'react';
import type { ApiClient } from './api/client.js';
import type { Session } from './api/contract.js';

/** What every view needs: the API client and the signed-in session. */
export interface AppContext {
  api: ApiClient;
  session: Session;
  signOut: () => void;
}

const Context = createContext<AppContext | null>(null);

/** Provides the API client and session to the views under it. */
export const AppContextProvider = Context.Provider;

/** The API client and session; only views rendered after sign-in call it. */
export function useApp(): AppContext {
  const value = useContext(Context);
  if (!value) throw new Error('useApp is used outside AppContextProvider');
  return value;
}
