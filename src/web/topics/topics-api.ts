import { useEffect } from 'react';
import { apiRequest } from '../api/client.ts';
import { useApiGet } from '../api/queries.ts';
import type { Me, Session } from '../api/types.ts';
import type { ApiItem, ApiResponse } from '../api/schema.ts';
import type { NotificationList } from '../notifications/notification-types.ts';

/** A topic as the public sees it (GET /public/topics). */
export type PublicTopic = ApiItem<'/public/topics'>;
export type SupportResult = ApiResponse<'/public/topics/{id}/support', 'post'>;

/**
 * The topics pages read with the browser's session (so `supportedByMe` and `mine` are right) and
 * write with the citizen's CSRF token, learnt at sign-in or from /auth/session.
 */
let csrf: string | null = null;
const writeHeaders = (): Record<string, string> => (csrf ? { 'X-CSRF-Token': csrf } : {});

/** Remembers the citizen's CSRF token for the writes below. */
function remember(me: Me): void {
  csrf = me.csrfToken;
}

export const topicsApi = {
  me: async (): Promise<Me | null> => {
    try {
      const { me } = await apiRequest<Session>('GET', '/auth/session');
      if (!me) return null;
      remember(me);
      return me.person.kind === 'citizen' ? me : null;
    } catch {
      return null;
    }
  },
  sendCode: (mobile: string) => apiRequest<{ expiresAt: string }>('POST', '/auth/sms-code', { json: { mobile } }),
  signIn: async (mobile: string, code: string): Promise<Me> => {
    const me = await apiRequest<Me>('POST', '/auth/citizen-login', { json: { mobile, code } });
    remember(me);
    return me;
  },
  propose: (body: { programmeId: number; title: string; description: string }) =>
    apiRequest<PublicTopic>('POST', '/public/topics', { json: body, headers: writeHeaders() }),
  support: (id: number) =>
    apiRequest<SupportResult>('POST', `/public/topics/${id}/support`, { headers: writeHeaders() }),
  withdraw: (id: number) =>
    apiRequest<SupportResult>('DELETE', `/public/topics/${id}/support`, { headers: writeHeaders() }),
  /** 我的消息: the signed-in citizen's notifications, newest first, a page before `beforeId`. */
  messages: (beforeId: number | undefined, signal?: AbortSignal) =>
    apiRequest<NotificationList>('GET', '/notifications', { query: { limit: 20, beforeId }, signal }),
  markMessagesRead: (ids: number[] | 'all') =>
    apiRequest<{ unread: number }>('POST', '/notifications/read', {
      json: ids === 'all' ? { all: true } : { ids },
      headers: writeHeaders(),
    }),
};

/**
 * The signed-in citizen (GET /auth/session through the shared cache), or null for anyone else; their
 * CSRF token is remembered for the writes above.
 */
export function useCitizen(): Me | null {
  const { data } = useApiGet<Session>('/auth/session');
  const me = data?.me?.person.kind === 'citizen' ? data.me : null;
  useEffect(() => {
    if (me) remember(me);
  }, [me]);
  return me;
}
