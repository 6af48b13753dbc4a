import { CalendarOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Modal, Space } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useApiMutation } from '../../api/queries.ts';
import { useApiFeedback } from '../../components/use-api-feedback.tsx';
import { useT } from '../../i18n/use-t.ts';
import type { ProgrammeDetail, TopicWindow } from '../../programmes/programme-types.ts';
import { ColourTag } from '../../programmes/status-tag.tsx';
import { TopicWindowModal, topicWindowInvalidates } from './topic-window-modal.tsx';
import { formatTime } from '../../components/date-format.ts';

type WindowState = 'open' | 'scheduled' | 'ended' | 'unset';

function windowState(w: TopicWindow, now: number): WindowState {
  if (w.open) return 'open';
  if (!w.opensAt || !w.closesAt) return 'unset';
  return new Date(w.opensAt).getTime() > now && new Date(w.closesAt).getTime() > now ? 'scheduled' : 'ended';
}

const stateColours: Record<WindowState, string> = {
  open: 'green',
  scheduled: 'blue',
  ended: 'default',
  unset: 'default',
};

/**
 * 点题征集: the window (open or not, its dates and limits), and the office's buttons to set, move or
 * close it. A change refetches the programme; `onReload` reads it again after a version conflict.
 */
export function TopicWindowCard({ programme, onReload }: { programme: ProgrammeDetail; onReload: () => void }) {
  const t = useT();
  const { showError, message } = useApiFeedback();
  // A confirmation of its own (not the app's), so it takes the page's theme (the deeper red).
  const [modal, confirmHolder] = Modal.useModal();
  const [editing, setEditing] = useState(false);
  const closing = useApiMutation(
    () => api.post<ProgrammeDetail>(`/programmes/${programme.id}/topic-window/close`, { version: programme.version }),
    topicWindowInvalidates,
  );
  const [now] = useState(() => Date.now());
  const topicWindow = programme.topicWindow;
  const state = windowState(topicWindow, now);
  const can = (action: ProgrammeDetail['allowedActions'][number]) => programme.allowedActions.includes(action);

  const closeNow = () =>
    modal.confirm({
      title: t('topicOffice.window.closeConfirmTitle'),
      content: t('topicOffice.window.closeConfirmBody'),
      okText: t('topicOffice.window.close'),
      okButtonProps: { danger: true, ...({ 'data-testid': 'topic-window-close-confirm' } as Record<string, string>) },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await closing.mutateAsync();
          void message.success(t('topicOffice.window.closed'));
        } catch (error) {
          showError(error, { onReload });
        }
      },
    });

  const hint =
    programme.visibility !== 'public'
      ? t('topicOffice.window.internalHint')
      : programme.status !== 'active' && !can('openTopicWindow')
        ? t('topicOffice.window.inactiveHint')
        : null;
  return (
    <Card
      size="small"
      title={t('topicOffice.window.title')}
      data-testid="topic-window"
      data-state={state}
      extra={
        <Space wrap size={8}>
          {can('openTopicWindow') && (
            <Button
              icon={<CalendarOutlined aria-hidden="true" />}
              onClick={() => setEditing(true)}
              data-testid="topic-window-edit"
            >
              {state === 'unset' ? t('topicOffice.window.edit') : t('topicOffice.window.move')}
            </Button>
          )}
          {can('closeTopicWindow') && (
            <Button
              danger
              icon={<StopOutlined aria-hidden="true" />}
              onClick={closeNow}
              data-testid="topic-window-close"
            >
              {t('topicOffice.window.close')}
            </Button>
          )}
        </Space>
      }
    >
      {confirmHolder}
      {hint && <Alert type="info" showIcon title={hint} className="topic-office-hint" />}
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
        <Descriptions.Item label={t('topicOffice.window.state')}>
          <ColourTag color={stateColours[state]} data-testid="topic-window-state" data-status={state}>
            {t(`topicOffice.window.${state}`)}
          </ColourTag>
        </Descriptions.Item>
        <Descriptions.Item label={t('topicOffice.window.opensAt')}>{formatTime(topicWindow.opensAt)}</Descriptions.Item>
        <Descriptions.Item label={t('topicOffice.window.closesAt')}>
          {formatTime(topicWindow.closesAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('topicOffice.window.supportLimit')}>
          {t('topicOffice.window.items', { count: topicWindow.supportLimit })}
        </Descriptions.Item>
        <Descriptions.Item label={t('topicOffice.window.proposalLimit')}>
          {t('topicOffice.window.items', { count: topicWindow.proposalLimit })}
        </Descriptions.Item>
        <Descriptions.Item label={t('topicOffice.window.intro')}>
          {topicWindow.intro ?? <span className="prog-muted">{t('topicOffice.window.noIntro')}</span>}
        </Descriptions.Item>
      </Descriptions>
      {editing && (
        <TopicWindowModal programme={programme} onClose={() => setEditing(false)} onDone={() => setEditing(false)} />
      )}
    </Card>
  );
}
