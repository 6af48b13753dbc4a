import { useCallback, useEffect, useRef, useState } from 'react';
import { API_BASE } from '../api/client.ts';
import type { NotificationView } from './notification-types.ts';

export interface NotificationStream {
  /** Unread notifications of the person (null until the stream said). */
  unread: number | null;
  setUnread: (unread: number) => void;
  /** Notifications that arrived while the page was open, newest first. */
  arrived: NotificationView[];
  /** False while the connection is down and being re-made. */
  live: boolean;
}

const RETRY_MS = 10_000;

/**
 * 消息推送: the live stream (GET /notifications/stream, server-sent events). The browser reconnects
 * by itself after a dropped connection (resuming from the last id); when the server refused the
 * stream outright, a new one is opened after a pause.
 */
export function useNotificationStream(): NotificationStream {
  const [unread, setUnread] = useState<number | null>(null);
  const [arrived, setArrived] = useState<NotificationView[]>([]);
  const [live, setLive] = useState(true);
  const lastId = useRef<number | null>(null);

  useEffect(() => {
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const open = () => {
      const after = lastId.current === null ? '' : `?after=${lastId.current}`;
      source = new EventSource(`${API_BASE}/notifications/stream${after}`);
      source.addEventListener('ready', (event) => {
        setLive(true);
        const data = JSON.parse((event as MessageEvent<string>).data) as { unread: number };
        setUnread(data.unread);
        if ((event as MessageEvent).lastEventId) lastId.current = Number((event as MessageEvent).lastEventId);
      });
      source.addEventListener('notification', (event) => {
        const view = JSON.parse((event as MessageEvent<string>).data) as NotificationView;
        lastId.current = Math.max(lastId.current ?? 0, view.id);
        setArrived((list) => (list.some((n) => n.id === view.id) ? list : [view, ...list].slice(0, 100)));
        if (!view.read) setUnread((count) => (count ?? 0) + 1);
      });
      source.onerror = () => {
        setLive(false);
        if (source?.readyState === EventSource.CLOSED && !stopped) {
          source.close();
          timer = setTimeout(open, RETRY_MS);
        }
      };
    };
    open();
    return () => {
      stopped = true;
      clearTimeout(timer);
      source?.close();
    };
  }, []);

  const set = useCallback((count: number) => setUnread(count), []);
  return { unread, setUnread: set, arrived, live };
}
