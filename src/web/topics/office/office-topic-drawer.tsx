import { Descriptions, Drawer, Progress, Space, Tag } from 'antd';
import { Link } from 'react-router';
import { taskPath } from '../../../shared/app-paths.ts';
import { useApiGet } from '../../api/queries.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { LoadingBlock } from '../../components/loading-block.tsx';
import { useT } from '../../i18n/use-t.ts';
import { TaskStatusTag } from '../../programmes/status-tag.tsx';
import { formatTime } from '../../components/date-format.ts';
import type { OfficeTopic, OfficeTopicAction } from './office-topic-types.ts';
import { RelatedCasesList } from './related-cases-list.tsx';
import { TopicActionButtons } from './topic-actions.tsx';
import { TopicStatusTag } from './topic-status-tag.tsx';
import { useLocalName } from '../../i18n/local-name.ts';

interface OfficeTopicDrawerProps {
  topicId: number | null;
  onClose: () => void;
  onAction: (action: OfficeTopicAction, topic: OfficeTopic) => void;
}

/** 题目详情: everything the office knows of one topic, its allowed actions, the task it became, and the related cases. */
export function OfficeTopicDrawer({ topicId, onClose, onAction }: OfficeTopicDrawerProps) {
  const t = useT();
  const name = useLocalName();
  // An action invalidates every topic read: the open topic and its related cases are read again.
  const query = useApiGet<OfficeTopic>(topicId === null ? null : `/topics/${topicId}`);
  const topic = query.data && query.data.id === topicId ? query.data : undefined;

  return (
    <Drawer
      open={topicId !== null}
      onClose={onClose}
      title={topic?.title ?? t('topicOffice.detail.title')}
      size={560}
      closable={{ 'aria-label': t('common.close') }}
      rootClassName="topic-office-drawer"
      destroyOnHidden
    >
      <ApiErrorAlert error={query.error} />
      {!topic ? (
        !query.error && <LoadingBlock />
      ) : (
        <div className="topic-office-detail">
          <TopicActionButtons topic={topic} onAction={(action) => onAction(action, topic)} size="middle" />
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('topicOffice.detail.status')}>
              <TopicStatusTag status={topic.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('topicOffice.col.proposer')}>
              {topic.proposer ? (
                <Space wrap size={8}>
                  <span>{topic.proposer.name}</span>
                  {topic.proposer.mobile && <span>{topic.proposer.mobile}</span>}
                  {topic.proposer.masked && <span className="prog-muted">{t('topicOffice.detail.masked')}</span>}
                </Space>
              ) : (
                t('topicOffice.anonymous')
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('topicOffice.col.supports')}>{topic.supportCount}</Descriptions.Item>
            <Descriptions.Item label={t('topicOffice.col.cases')}>{topic.relatedCases}</Descriptions.Item>
            <Descriptions.Item label={t('topicOffice.col.created')}>{formatTime(topic.createdAt)}</Descriptions.Item>
            <Descriptions.Item label={t('topicOffice.detail.category')}>
              {topic.category ? name(topic.category) : t('topicOffice.detail.none')}
            </Descriptions.Item>
            <Descriptions.Item label={t('topicOffice.detail.keywords')}>
              {topic.keywords.length > 0
                ? topic.keywords.map((k) => <Tag key={k}>{k}</Tag>)
                : t('topicOffice.detail.none')}
            </Descriptions.Item>
            {topic.moderatedAt && (
              <Descriptions.Item label={t('topicOffice.detail.moderatedAt')}>
                {formatTime(topic.moderatedAt)}
              </Descriptions.Item>
            )}
            {topic.moderationNote && (
              <Descriptions.Item label={t('topicOffice.detail.note')}>{topic.moderationNote}</Descriptions.Item>
            )}
            {topic.task && (
              <Descriptions.Item label={t('topicOffice.detail.task')}>
                <div className="topic-office-task" data-testid="topic-drawer-task">
                  <Link to={taskPath(topic.task.id)}>{topic.task.title}</Link>
                  <Space size={8}>
                    <TaskStatusTag status={topic.task.displayStatus} />
                    <Progress
                      percent={Math.round(topic.task.progress)}
                      size="small"
                      className="topic-office-progress"
                      aria-label={t('topicOffice.detail.taskProgress', { progress: Math.round(topic.task.progress) })}
                    />
                  </Space>
                </div>
              </Descriptions.Item>
            )}
          </Descriptions>
          <section aria-labelledby="topic-text-title">
            <h3 id="topic-text-title" className="topic-office-subtitle">
              {t('topicOffice.detail.description')}
            </h3>
            <p className="topic-office-full-text">{topic.description}</p>
          </section>
          <RelatedCasesList key={topic.id} topicId={topic.id} />
        </div>
      )}
    </Drawer>
  );
}
