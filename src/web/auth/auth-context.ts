import { createContext } from 'react';
import type { ApiError } from '../api/client.ts';
import type { Me, Permission } from '../api/types.ts';

export interface AuthContextValue {
  /** The signed-in person, or null. */
  me: Me | null;
  /** True until the first `/auth/session` answer. */
  loading: boolean;
  /** Set when `/auth/session` failed (server unreachable…). */
  startupError: ApiError | null;
  /** Why the session ended while the app was open (shown on the sign-in page), if it did. */
  sessionNotice: string | null;
  /** True after the person signed out on purpose (no "come back to" address then). */
  signedOut: boolean;
  signIn: (login: string, password: string) => Promise<Me>;
  signOut: () => Promise<void>;
  refresh: () => Promise<void>;
  /** Holds the permission somewhere in the unit tree. */
  can: (permission: Permission) => boolean;
  /** Holds the permission over the whole district. */
  canDistrictWide: (permission: Permission) => boolean;
}

export const AuthContext = createContext<AuthContextValue | null>(null);
