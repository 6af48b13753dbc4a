import { ArrowLeftOutlined, CheckCircleFilled, ClockCircleOutlined } from '@ant-design/icons';
import { Alert, Card, Empty, Progress, Timeline } from 'antd';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../components/api-error-alert.tsx';
import { useT } from '../i18n/use-t.ts';
import { LoadingBlock } from '../components/loading-block.tsx';
import { TaskStatusTag } from '../programmes/status-tag.tsx';
import { useApiGet } from '../api/queries.ts';
import type { PublicTopic } from './topics-api.ts';
import { formatDay } from '../components/date-format.ts';
import './topics.css';

/** The public progress of a selected topic's task: status, progress, milestones and public updates. */
export function PublicTopicPage() {
  const t = useT();
  const id = Number(useParams().id);
  const query = useApiGet<PublicTopic>(`/public/topics/${id}`);
  const topic = query.data?.id === id ? query.data : null;
  const error = topic ? null : query.error;

  return (
    <div className="topics-page" data-testid="topic-progress">
      <Link to="/m/topics">
        <ArrowLeftOutlined aria-hidden="true" /> {t('topics.back')}
      </Link>
      {error && <Alert type="error" showIcon title={errorMessage(error)} />}
      {!topic && !error && <LoadingBlock />}
      {topic && (
        <>
          <h1 className="citizen-heading">{topic.title}</h1>
          <p className="topics-muted">
            {topic.programmeTitle} · {t('topics.supports', { count: topic.supportCount })}
          </p>
          <p>{topic.description}</p>
          {!topic.task ? (
            <Empty description={t('topics.noTask')} />
          ) : (
            <>
              <Card size="small" title={t('topics.progressTitle')}>
                <TaskStatusTag status={topic.task.displayStatus} />
                <Progress percent={Math.round(topic.task.progress)} aria-label={t('topics.progressTitle')} />
                {topic.task.dueOn && <p className="topics-muted">{topic.task.dueOn}</p>}
                <ul className="topics-milestones">
                  {topic.task.milestones.map((m) => (
                    <li key={`${m.title}-${m.dueOn}`}>
                      {m.completed ? (
                        <CheckCircleFilled className="topics-done" aria-hidden="true" />
                      ) : (
                        <ClockCircleOutlined aria-hidden="true" />
                      )}{' '}
                      {m.title} <span className="topics-muted">{m.dueOn}</span>
                    </li>
                  ))}
                </ul>
              </Card>
              {topic.task.updates.length > 0 && (
                <Card size="small" title={t('topics.updates')}>
                  <Timeline
                    items={[...topic.task.updates].reverse().map((u, i) => ({
                      key: i,
                      content: (
                        <div>
                          <div className="topics-muted">{formatDay(u.at)}</div>
                          {u.text}
                        </div>
                      ),
                    }))}
                  />
                </Card>
              )}
            </>
          )}
        </>
      )}
    </div>
  );
}
