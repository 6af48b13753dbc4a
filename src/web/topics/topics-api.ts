import { apiRequest } from '../api/client.ts';
import type { Me } from '../api/types.ts';
import type { ApiItem, ApiResponse } from '../api/schema.ts';
import type { ProgrammeSummary } from '../programmes/programme-types.ts';
import type { NotificationList } from '../notifications/notification-types.ts';

/** A topic as the public sees it (GET /public/topics). */
export type PublicTopic = ApiItem<'/public/topics'>;
export type SupportResult = ApiResponse<'/public/topics/{id}/support', 'post'>;

/**
 * The topics pages read with the browser's session (so `supportedByMe` and `mine` are right) and
 * write with the citizen's CSRF token, learnt at sign-in or from /auth/me.
 */
let csrf: string | null = null;
const writeHeaders = (): Record<string, string> => (csrf ? { 'X-CSRF-Token': csrf } : {});

export const topicsApi = {
  me: async (): Promise<Me | null> => {
    try {
      const me = await apiRequest<Me>('GET', '/auth/me');
      csrf = me.csrfToken;
      return me.person.kind === 'citizen' ? me : null;
    } catch {
      return null;
    }
  },
  sendCode: (mobile: string) => apiRequest<{ expiresAt: string }>('POST', '/auth/sms-code', { json: { mobile } }),
  signIn: async (mobile: string, code: string): Promise<Me> => {
    const me = await apiRequest<Me>('POST', '/auth/citizen-login', { json: { mobile, code } });
    csrf = me.csrfToken;
    return me;
  },
  programmes: (signal?: AbortSignal) =>
    apiRequest<{ items: ProgrammeSummary[] }>('GET', '/public/programmes', { signal }),
  topics: (query: { programmeId?: number; sort: 'support' | 'new' }, signal?: AbortSignal) =>
    apiRequest<{ items: PublicTopic[] }>('GET', '/public/topics', { query: { ...query, limit: 50 }, signal }),
  mine: () => apiRequest<{ items: PublicTopic[] }>('GET', '/public/topics/mine'),
  topic: (id: number, signal?: AbortSignal) => apiRequest<PublicTopic>('GET', `/public/topics/${id}`, { signal }),
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
