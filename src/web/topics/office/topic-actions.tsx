import { CheckOutlined, CloseOutlined, FlagOutlined, LinkOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { taskPath } from '../../../shared/app-paths.ts';
import { useT } from '../../i18n/use-t.ts';
import type { ProgrammeDetail } from '../../programmes/programme-types.ts';
import { type OfficeTopic, type OfficeTopicAction, officeTopicActions } from './office-topic-types.ts';
import { PublishTopicModal } from './publish-topic-modal.tsx';
import { RejectTopicModal } from './reject-topic-modal.tsx';
import { SelectTopicModal } from './select-topic-modal.tsx';

const icons: Record<OfficeTopicAction, ReactNode> = {
  publish: <CheckOutlined aria-hidden="true" />,
  reject: <CloseOutlined aria-hidden="true" />,
  select: <FlagOutlined aria-hidden="true" />,
};

/** Exactly the buttons the server allows for this topic (its `allowedActions`), and the task it became. */
export function TopicActionButtons({
  topic,
  onAction,
  size = 'small',
}: {
  topic: OfficeTopic;
  onAction: (action: OfficeTopicAction) => void;
  size?: 'small' | 'middle';
}) {
  const t = useT();
  const allowed = officeTopicActions.filter((action) => topic.allowedActions.includes(action));
  if (allowed.length === 0 && !topic.task) return <span className="prog-muted">{t('topicOffice.noActions')}</span>;
  return (
    <Space wrap size={4}>
      {allowed.map((action) => (
        <Button
          key={action}
          size={size}
          type={action === 'reject' ? 'default' : 'primary'}
          danger={action === 'reject'}
          ghost={action === 'select'}
          icon={icons[action]}
          onClick={() => onAction(action)}
          aria-label={`${t(`topicOffice.action.${action}`)}：${topic.title}`}
          data-testid={`topic-action-${action}`}
        >
          {t(`topicOffice.action.${action}`)}
        </Button>
      ))}
      {topic.task && (
        <Link to={taskPath(topic.task.id)} data-testid="topic-task-link">
          <LinkOutlined aria-hidden="true" /> {t('topicOffice.openTask')}
        </Link>
      )}
    </Space>
  );
}

export interface TopicDialog {
  action: OfficeTopicAction;
  topic: OfficeTopic;
}

/** The open action dialog, if any. */
export function TopicDialogs({
  dialog,
  programme,
  onClose,
  onDone,
}: {
  dialog: TopicDialog | null;
  programme: ProgrammeDetail;
  onClose: () => void;
  onDone: (next: OfficeTopic) => void;
}) {
  if (!dialog) return null;
  const key = `${dialog.action}:${dialog.topic.id}`;
  const props = { topic: dialog.topic, onClose, onDone };
  if (dialog.action === 'publish') return <PublishTopicModal key={key} {...props} />;
  if (dialog.action === 'reject') return <RejectTopicModal key={key} {...props} />;
  return <SelectTopicModal key={key} {...props} programme={programme} />;
}
