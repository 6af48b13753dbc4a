import { CheckOutlined } from '@ant-design/icons';
import { Button, Drawer, Empty, Spin, Switch } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api/client.ts';
import { useApiMutation, useApiPages } from '../api/queries.ts';
import { queryKeys } from '../api/query-keys.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { caseLink } from '../components/case-links.ts';
import { useApiFeedback } from '../components/use-api-feedback.tsx';
import { useT } from '../i18n/use-t.ts';
import type { NotificationList, NotificationView } from './notification-types.ts';
import type { NotificationStream } from './use-notification-stream.ts';
import { formatTime } from '../components/date-format.ts';
import './notifications.css';

const PAGE = 20;

/** 消息通知: newest first, the live ones on top; opening one marks it read and goes to its case, task, report or topic. */
export default function NotificationsDrawer({
  open,
  onClose,
  stream,
}: {
  open: boolean;
  onClose: () => void;
  stream: NotificationStream;
}) {
  const t = useT();
  const navigate = useNavigate();
  const { showError } = useApiFeedback();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [readIds, setReadIds] = useState<Set<number>>(new Set());

  // Read afresh each time the drawer opens or the filter changes; "more" appends older pages.
  const list = useApiPages<NotificationList>(
    open ? '/notifications' : null,
    { limit: PAGE, unreadOnly: unreadOnly || undefined },
    (last) => (last.items.length === PAGE ? { beforeId: last.items.at(-1)?.id } : undefined),
  );
  const pages = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data]);
  // A spinner for the first page and older ones; a refresh (reopening, after marking read) keeps the list shown.
  const loading = open && list.isFetching && !list.isRefetching;
  // Once a read has settled, its newest page's count is the person's unread count (the bell shows it).
  const unread = open && !list.isFetching && !list.isPlaceholderData ? list.data?.pages.at(-1)?.unread : undefined;
  const { setUnread } = stream;
  useEffect(() => {
    if (unread !== undefined) setUnread(unread);
  }, [unread, list.dataUpdatedAt, setUnread]);

  const items = useMemo(() => {
    const seen = new Set<number>();
    return [...stream.arrived, ...pages]
      .filter((n) => (seen.has(n.id) ? false : (seen.add(n.id), true)))
      .map((n) => (readIds.has(n.id) ? { ...n, read: true } : n))
      .filter((n) => !unreadOnly || !n.read)
      .sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id); // newest first by time, as the server lists them
  }, [stream.arrived, pages, readIds, unreadOnly]);

  const marking = useApiMutation(
    (ids: number[] | 'all') =>
      api.post<{ unread: number }>('/notifications/read', ids === 'all' ? { all: true } : { ids }),
    [queryKeys.notifications],
  );
  const markRead = (ids: number[] | 'all') =>
    marking.mutateAsync(ids).then(
      (answer) => {
        stream.setUnread(answer.unread);
        setReadIds((current) => new Set([...current, ...(ids === 'all' ? items.map((n) => n.id) : ids)]));
      },
      (caught: unknown) => showError(caught),
    );

  const openOne = (n: NotificationView) => {
    if (!n.read) void markRead([n.id]);
    const target = n.caseId !== null ? caseLink(n.caseId) : n.link;
    if (target) {
      onClose();
      void navigate(target);
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('notify.title')}
      size={400}
      closable={{ 'aria-label': t('common.close') }}
      extra={
        <Button
          size="small"
          icon={<CheckOutlined aria-hidden="true" />}
          onClick={() => void markRead('all')}
          disabled={(stream.unread ?? 0) === 0}
          data-testid="notify-read-all"
        >
          {t('notify.markAllRead')}
        </Button>
      }
      styles={{ body: { padding: 0 } }}
    >
      <div className="notify-bar">
        <label className="notify-switch">
          <Switch size="small" checked={unreadOnly} onChange={setUnreadOnly} aria-label={t('notify.unreadOnly')} />
          <span aria-hidden="true">{t('notify.unreadOnly')}</span>
        </label>
        <span className={stream.live ? 'notify-live' : 'notify-down'} role="status">
          <span className="notify-dot" aria-hidden="true" />
          {stream.live ? t('notify.live') : t('notify.reconnecting')}
        </span>
      </div>
      <ApiErrorAlert error={list.error} />
      {items.length === 0 && !loading ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notify.empty')} />
      ) : (
        <ul className="notify-list" data-testid="notify-list">
          {items.map((n) => (
            <li key={n.id} className={n.read ? 'notify-item' : 'notify-item notify-unread'} data-testid="notify-item">
              <button type="button" className="notify-open" onClick={() => openOne(n)}>
                <span className="notify-title">
                  {!n.read && <span className="notify-badge">{t('notify.unread')}</span>}
                  {n.title}
                </span>
                <span className="notify-body">{n.body}</span>
                <time className="notify-time" dateTime={n.at}>
                  {formatTime(n.at)}
                </time>
              </button>
              {!n.read && (
                <Button size="small" type="link" onClick={() => void markRead([n.id])}>
                  {t('notify.markRead')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {loading && (
        <div className="notify-loading" role="status">
          <Spin size="small" aria-hidden="true" /> {t('app.loading')}
        </div>
      )}
      {list.hasNextPage && !loading && pages.length > 0 && (
        <div className="notify-more">
          <Button onClick={() => void list.fetchNextPage()}>{t('notify.loadMore')}</Button>
        </div>
      )}
    </Drawer>
  );
}
