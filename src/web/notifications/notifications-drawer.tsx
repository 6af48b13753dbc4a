import { CheckOutlined } from '@ant-design/icons';
import { Button, Drawer, Empty, Spin, Switch } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { api, isAbort } from '../api/client.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { caseLink } from '../components/case-links.ts';
import { useApiFeedback } from '../components/use-api-feedback.tsx';
import { useT } from '../i18n/use-t.ts';
import type { NotificationList, NotificationView } from './notification-types.ts';
import type { NotificationStream } from './use-notification-stream.ts';
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
  const [pages, setPages] = useState<NotificationView[]>([]);
  const [more, setMore] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [readIds, setReadIds] = useState<Set<number>>(new Set());

  // Read afresh each time the drawer opens or the filter changes; "more" appends older ones.
  const [request, setRequest] = useState<{ beforeId?: number; round: number }>({ round: 0 });
  const [shown, setShown] = useState<{ key: string; done: boolean }>({ key: '', done: false });
  const key = open ? `${unreadOnly}:${request.beforeId ?? ''}:${request.round}` : '';
  const loading = open && shown.key !== key;
  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    const beforeId = request.beforeId;
    api
      .get<NotificationList>(
        '/notifications',
        { limit: PAGE, beforeId, unreadOnly: unreadOnly || undefined },
        controller.signal,
      )
      .then(
        (page) => {
          setPages((current) => (beforeId === undefined ? page.items : [...current, ...page.items]));
          setMore(page.items.length === PAGE);
          setError(null);
          setShown({ key, done: true });
          stream.setUnread(page.unread);
        },
        (caught: unknown) => {
          if (isAbort(caught)) return;
          setError(caught);
          setShown({ key, done: true });
        },
      );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for open, unreadOnly and request
  }, [key]);

  const items = useMemo(() => {
    const seen = new Set<number>();
    return [...stream.arrived, ...pages]
      .filter((n) => (seen.has(n.id) ? false : (seen.add(n.id), true)))
      .map((n) => (readIds.has(n.id) ? { ...n, read: true } : n))
      .filter((n) => !unreadOnly || !n.read)
      .sort((a, b) => b.id - a.id);
  }, [stream.arrived, pages, readIds, unreadOnly]);

  const markRead = async (ids: number[] | 'all') => {
    try {
      const answer = await api.post<{ unread: number }>('/notifications/read', ids === 'all' ? { all: true } : { ids });
      stream.setUnread(answer.unread);
      setReadIds((current) => new Set([...current, ...(ids === 'all' ? items.map((n) => n.id) : ids)]));
    } catch (caught) {
      showError(caught);
    }
  };

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
          <Switch
            size="small"
            checked={unreadOnly}
            onChange={(checked) => {
              setUnreadOnly(checked);
              setRequest((r) => ({ round: r.round + 1 }));
            }}
            aria-label={t('notify.unreadOnly')}
          />
          <span aria-hidden="true">{t('notify.unreadOnly')}</span>
        </label>
        <span className={stream.live ? 'notify-live' : 'notify-down'} role="status">
          <span className="notify-dot" aria-hidden="true" />
          {stream.live ? t('notify.live') : t('notify.reconnecting')}
        </span>
      </div>
      {error !== null && <ApiErrorAlert error={error} />}
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
                  {dayjs(n.at).format('YYYY-MM-DD HH:mm')}
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
      {more && !loading && pages.length > 0 && (
        <div className="notify-more">
          <Button onClick={() => setRequest((r) => ({ beforeId: pages.at(-1)?.id, round: r.round }))}>
            {t('notify.loadMore')}
          </Button>
        </div>
      )}
    </Drawer>
  );
}
