import { Table } from 'antd';
import type { HTMLAttributes } from 'react';
import { formatTime } from '../../components/date-format.ts';
import { useT } from '../../i18n/use-t.ts';
import type { OfficeTopic, OfficeTopicAction, OfficeTopicTab } from './office-topic-types.ts';
import { TopicActionButtons } from './topic-actions.tsx';

interface OfficeTopicTableProps {
  tab: OfficeTopicTab;
  topics: OfficeTopic[];
  loading: boolean;
  onOpen: (topic: OfficeTopic) => void;
  onAction: (action: OfficeTopicAction, topic: OfficeTopic) => void;
}

/** One tab's topics: title and text, proposer (as the server masks it), supports, related cases, time, and the allowed actions. */
export function OfficeTopicTable({ tab, topics, loading, onOpen, onAction }: OfficeTopicTableProps) {
  const t = useT();
  return (
    <Table<OfficeTopic>
      data-testid="topic-table"
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={topics}
      pagination={false}
      locale={{ emptyText: t(`topicOffice.empty.${tab}`) }}
      scroll={{ x: 980 }}
      onRow={(topic) =>
        ({ 'data-testid': 'topic-row', 'data-topic-id': topic.id }) as HTMLAttributes<HTMLTableRowElement>
      }
      columns={[
        {
          key: 'topic',
          title: t('topicOffice.col.topic'),
          render: (_, topic) => (
            <div className="topic-office-cell">
              <button
                type="button"
                className="prog-link-button topic-office-title"
                onClick={() => onOpen(topic)}
                data-testid="topic-open"
              >
                {topic.title}
              </button>
              <p className="topic-office-text">{topic.description}</p>
              {topic.status === 'rejected' && topic.moderationNote && (
                <p className="topic-office-note">
                  {t('topicOffice.detail.note')}：{topic.moderationNote}
                </p>
              )}
            </div>
          ),
        },
        {
          key: 'proposer',
          title: t('topicOffice.col.proposer'),
          width: 130,
          render: (_, topic) =>
            topic.proposer ? (
              <div className="topic-office-cell">
                <span>{topic.proposer.name}</span>
                {topic.proposer.mobile && <span className="prog-muted">{topic.proposer.mobile}</span>}
              </div>
            ) : (
              <span className="prog-muted">{t('topicOffice.anonymous')}</span>
            ),
        },
        {
          key: 'supports',
          title: t('topicOffice.col.supports'),
          width: 90,
          align: 'right',
          render: (_, topic) => <span data-testid="topic-supports">{topic.supportCount}</span>,
        },
        {
          key: 'cases',
          title: t('topicOffice.col.cases'),
          width: 100,
          align: 'right',
          render: (_, topic) => <span data-testid="topic-related">{topic.relatedCases}</span>,
        },
        {
          key: 'created',
          title: t('topicOffice.col.created'),
          width: 150,
          render: (_, topic) => formatTime(topic.createdAt),
        },
        {
          key: 'actions',
          title: t('topicOffice.col.actions'),
          width: 250,
          render: (_, topic) => <TopicActionButtons topic={topic} onAction={(action) => onAction(action, topic)} />,
        },
      ]}
    />
  );
}
