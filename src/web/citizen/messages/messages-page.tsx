import { Alert, Button, Empty, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Me } from '../../api/types.ts';
import { errorMessage } from '../../components/api-error-alert.tsx';
import { useT } from '../../i18n/use-t.ts';
import type { NotificationView } from '../../notifications/notification-types.ts';
import { CitizenSignIn } from '../../topics/citizen-sign-in.tsx';
import { topicsApi } from '../../topics/topics-api.ts';
import { formatTime } from '../../components/date-format.ts';
import './messages.css';

const PAGE = 20;

/** 我的消息: what the district told a signed-in citizen (a topic published, not taken up, made a task), newest first. */
export function MessagesPage() {
  const t = useT();
  const navigate = useNavigate();
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [items, setItems] = useState<NotificationView[] | null>(null);
  const [unread, setUnread] = useState(0);
  const [more, setMore] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    void topicsApi.me().then(setMe);
  }, []);

  // State is set only when the page arrives (never synchronously inside the effect).
  const fetchPage = (beforeId: number | undefined, signal?: AbortSignal) =>
    topicsApi
      .messages(beforeId, signal)
      .then(
        (page) => {
          setItems((current) => (beforeId === undefined ? page.items : [...(current ?? []), ...page.items]));
          setUnread(page.unread);
          setMore(page.items.length === PAGE);
          setError(null);
        },
        (caught: unknown) => {
          if (!signal?.aborted) setError(caught);
        },
      )
      .finally(() => setBusy(false));
  useEffect(() => {
    if (!me) return;
    const controller = new AbortController();
    void fetchPage(undefined, controller.signal);
    return () => controller.abort();
  }, [me]);
  const loadMore = () => {
    setBusy(true);
    void fetchPage(items?.at(-1)?.id);
  };

  const markRead = async (ids: number[] | 'all') => {
    try {
      const answer = await topicsApi.markMessagesRead(ids);
      setUnread(answer.unread);
      setItems((current) =>
        (current ?? []).map((n) => (ids === 'all' || ids.includes(n.id) ? { ...n, read: true } : n)),
      );
    } catch (caught) {
      setError(caught);
    }
  };
  // Citizens' notifications lead to their pages under /m; anything else is only read here.
  const openOne = (n: NotificationView) => {
    if (!n.read) void markRead([n.id]);
    if (n.link?.startsWith('/m/')) void navigate(n.link);
  };

  return (
    <div className="citizen-messages" data-testid="citizen-messages">
      <h1 className="citizen-heading">{t('citizen.messages.title')}</h1>
      {me === undefined && <Spin aria-label={t('app.loading')} />}
      {me === null && (
        <>
          <p className="citizen-messages-hint">{t('citizen.messages.signInHint')}</p>
          <CitizenSignIn onSignedIn={setMe} />
        </>
      )}
      {me && (
        <>
          <div className="citizen-messages-bar">
            <span role="status" data-testid="citizen-messages-unread">
              {t('citizen.messages.unread', { count: unread })}
            </span>
            <Button
              size="small"
              onClick={() => void markRead('all')}
              disabled={unread === 0}
              data-testid="citizen-messages-read-all"
            >
              {t('citizen.messages.markAllRead')}
            </Button>
          </div>
          {error !== null && (
            <Alert
              type="error"
              showIcon
              title={errorMessage(error)}
              action={
                items === null ? (
                  <Button size="small" onClick={loadMore}>
                    {t('citizen.retry')}
                  </Button>
                ) : undefined
              }
            />
          )}
          {items !== null && items.length === 0 && (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('citizen.messages.empty')} />
          )}
          {items !== null && items.length > 0 && (
            <ul className="citizen-messages-list">
              {items.map((n) => (
                <li
                  key={n.id}
                  className={n.read ? 'citizen-message' : 'citizen-message citizen-message-unread'}
                  data-testid="citizen-message"
                >
                  <button type="button" onClick={() => openOne(n)}>
                    <span className="citizen-message-title">
                      {!n.read && <span className="citizen-message-badge">{t('citizen.messages.new')}</span>}
                      {n.title}
                    </span>
                    <span className="citizen-message-body">{n.body}</span>
                    <time dateTime={n.at}>{formatTime(n.at)}</time>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {(busy || (items === null && error === null)) && <Spin aria-label={t('app.loading')} />}
          {more && !busy && (
            <Button block onClick={loadMore} data-testid="citizen-messages-more">
              {t('citizen.messages.more')}
            </Button>
          )}
        </>
      )}
    </div>
  );
}
