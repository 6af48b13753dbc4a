import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  api,
  ApiError,
  isAbort,
  isApiError,
  setApiLocale,
  setCsrfToken,
  setSessionLostHandler,
} from '../api/client.ts';
import { resetCaches } from '../api/cache-reset.ts';
import type { Me, Permission, Session } from '../api/types.ts';
import { useLocale } from '../i18n/use-locale.ts';
import { AuthContext, type AuthContextValue } from './auth-context.ts';

/** Loads who is signed in at start, and keeps the API client's CSRF token and language current. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const { locale, t } = useLocale();
  const [me, setMeState] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);
  const [startupError, setStartupError] = useState<ApiError | null>(null);
  const [sessionNotice, setSessionNotice] = useState<string | null>(null);
  const [signedOut, setSignedOut] = useState(false);

  // Layout effects run before any page's data-loading effect, so the first request already has them.
  useLayoutEffect(() => setApiLocale(locale), [locale]);

  const personId = useRef<number | null>(null);
  const setMe = useCallback((next: Me | null) => {
    setCsrfToken(next?.csrfToken ?? null);
    // What one person read is not shown to the next one signed in here.
    const nextId = next?.person.id ?? null;
    if (nextId !== personId.current) resetCaches();
    personId.current = nextId;
    setMeState(next);
  }, []);

  /**
   * Asks the server who is signed in (/auth/session answers "nobody" with 200, so the sign-in page
   * logs no failed request); a failure is a startup error.
   */
  const load = useCallback(
    (signal?: AbortSignal) =>
      api.get<Session>('/auth/session', undefined, signal).then(
        (next) => {
          setMe(next.me);
          setStartupError(null);
          setLoading(false);
        },
        (error: unknown) => {
          if (isAbort(error)) return;
          if (isApiError(error) && error.status === 401) {
            setMe(null);
            setStartupError(null);
          } else {
            setStartupError(isApiError(error) ? error : new ApiError(0, 'NETWORK_ERROR', String(error), null));
          }
          setLoading(false);
        },
      ),
    [setMe],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  const refresh = useCallback(() => load(), [load]);

  useEffect(() => {
    setSessionLostHandler((error) => {
      // The person was signed in a moment ago: "please sign in first" would puzzle them.
      setSessionNotice(error.code === 'UNAUTHENTICATED' ? t('login.sessionEnded') : error.message);
      setMe(null);
    });
    return () => setSessionLostHandler(null);
  }, [setMe, t]);

  const signIn = useCallback(
    async (login: string, password: string) => {
      const next = await api.post<Me>('/auth/login', { login, password });
      setSessionNotice(null);
      setSignedOut(false);
      setMe(next);
      return next;
    },
    [setMe],
  );

  const signOut = useCallback(async () => {
    try {
      await api.post('/auth/logout');
    } finally {
      setSessionNotice(null);
      setSignedOut(true);
      setMe(null);
    }
  }, [setMe]);

  const value = useMemo<AuthContextValue>(
    () => ({
      me,
      loading,
      startupError,
      sessionNotice,
      signedOut,
      signIn,
      signOut,
      refresh,
      can: (permission: Permission) => me?.permissions.includes(permission) ?? false,
      canDistrictWide: (permission: Permission) => me?.districtWide.includes(permission) ?? false,
    }),
    [me, loading, startupError, sessionNotice, signedOut, signIn, signOut, refresh],
  );

  return <AuthContext value={value}>{children}</AuthContext>;
}
