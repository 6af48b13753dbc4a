import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Progress, Space, Timeline } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../api/client.ts';
import { useApiGet, useApiMutation } from '../api/queries.ts';
import { queryKeys } from '../api/query-keys.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { LoadingBlock } from '../components/loading-block.tsx';
import { useApiFeedback } from '../components/use-api-feedback.tsx';
import { useT } from '../i18n/use-t.ts';
import type { ProgrammeDetail, ReportDetail, StatusReason, TaskDetail } from './programme-types.ts';
import { ColourTag, ReportStatusTag, TaskStatusTag } from './status-tag.tsx';
import { type BodyAction, bodyActions, TaskActionModal } from './task-action-modal.tsx';
import { EventTimeline } from './event-timeline.tsx';
import { TaskEditButtons } from './task-edit-buttons.tsx';
import { TaskEvidence } from './task-evidence.tsx';
import { TaskMilestones } from './task-milestones.tsx';
import { formatTime } from '../components/date-format.ts';
import './programmes.css';
import { useLocalName } from '../i18n/local-name.ts';

/** 任务详情: fields, milestones, reports, supervision comments, evidence, and the actions the person may take. */
export function TaskPage() {
  const t = useT();
  const name = useLocalName();
  const navigate = useNavigate();
  const { showError } = useApiFeedback();
  const taskId = Number(useParams().taskId);
  const query = useApiGet<TaskDetail>(`/tasks/${taskId}`);
  // A write's answer shows at once: until the read it invalidated lands, and after that while it is newer.
  const [answer, setAnswer] = useState<{ task: TaskDetail; readAt: number } | null>(null);
  const [action, setAction] = useState<BodyAction | null>(null);
  const showAnswer = (next: TaskDetail) => setAnswer({ task: next, readAt: query.dataUpdatedAt });
  const task =
    answer &&
    answer.task.id === taskId &&
    (answer.readAt === query.dataUpdatedAt || answer.task.version > (query.data?.version ?? 0))
      ? answer.task
      : query.data;
  const programme = useApiGet<ProgrammeDetail>(task ? `/programmes/${task.programmeId}` : null);
  const filing = useApiMutation(
    (formId: number) => api.post<ReportDetail>(`/tasks/${taskId}/reports`, { formId }),
    [queryKeys.reports, queryKeys.tasks],
  );

  if (!task)
    return <div className="prog-page">{query.error ? <ApiErrorAlert error={query.error} /> : <LoadingBlock />}</div>;
  const allowed = new Set<string>(task.allowedActions);
  const forms = (programme.data?.forms ?? []).filter((f) => f.active);

  const fileReport = (formId: number) =>
    filing.mutate(formId, {
      onSuccess: (report) => void navigate(`/reports/${report.id}`),
      onError: (error) => showError(error),
    });
  const reason = (r: StatusReason) => {
    if (r.code === 'milestone_late' || r.code === 'milestone_due_soon')
      return t(`prog.reason.${r.code}`, { title: r.title ?? '' });
    const plain = ['task_late', 'task_due_soon', 'report_overdue', 'progress_behind', 'before_start'] as const;
    const code = plain.find((c) => c === r.code);
    return code ? t(`prog.reason.${code}`) : r.code;
  };

  return (
    <div className="prog-page" data-testid="task-page">
      <Link to={`/programmes/${task.programmeId}`} className="prog-back">
        <ArrowLeftOutlined aria-hidden="true" /> {task.programmeTitle}
      </Link>
      <div className="prog-head">
        <div>
          <h1 className="prog-title" data-testid="task-title">
            {task.externalId ? `${task.externalId} ` : ''}
            {task.title}
          </h1>
          <Space wrap size={4}>
            <TaskStatusTag status={task.displayStatus} />
            <span className="prog-muted">{name(task.leadUnit)}</span>
          </Space>
        </div>
        <Space wrap size={8} role="group" aria-label={t('prog.task.actions')} data-testid="task-actions">
          <TaskEditButtons
            task={task}
            programme={programme.data}
            onDone={showAnswer}
            onReload={() => void query.refetch()}
          />
          {allowed.has('fileReport') &&
            forms.map((f) => (
              <Button key={f.id} type="primary" onClick={() => fileReport(f.id)} data-testid="task-file-report">
                {t('prog.task.fileReport')} · {f.name}
              </Button>
            ))}
          {(Object.keys(bodyActions) as BodyAction[])
            .filter((a) => allowed.has(a))
            .map((a) => (
              <Button
                key={a}
                type={a === 'verify' || a === 'claimDone' ? 'primary' : 'default'}
                danger={a === 'withdraw' || a === 'reject'}
                onClick={() => setAction(a)}
                data-testid={`task-action-${a}`}
              >
                {t(`prog.action.${a}`)}
              </Button>
            ))}
        </Space>
      </div>

      <div className="prog-task-grid">
        <div>
          <Card size="small" title={t('prog.task.fields')}>
            <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered>
              <Descriptions.Item label={t('prog.col.lead')}>{name(task.leadUnit)}</Descriptions.Item>
              <Descriptions.Item label={t('prog.task.supporting')}>
                {task.supportingUnits.map((u) => name(u)).join('、') || '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('prog.col.leader')}>{task.leaderName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('prog.task.owner')}>{task.ownerName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('prog.task.period')}>
                {task.startsOn ?? '—'} – {task.dueOn ?? '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('prog.task.target')}>
                {task.target.text ?? '—'}
                {task.target.value !== null &&
                  ` (${task.target.actual ?? '—'} / ${task.target.value}${task.target.unit ?? ''})`}
              </Descriptions.Item>
              <Descriptions.Item label={t('prog.col.progress')} span={2}>
                <Progress percent={Math.round(task.progress)} size="small" aria-label={t('prog.col.progress')} />
              </Descriptions.Item>
              {task.parent && (
                <Descriptions.Item label={t('prog.task.parent')} span={2}>
                  <Link to={`/programmes/${task.programmeId}/tasks/${task.parent.id}`}>{task.parent.title}</Link>
                </Descriptions.Item>
              )}
              {task.description && (
                <Descriptions.Item label={t('prog.task.description')} span={2}>
                  {task.description}
                </Descriptions.Item>
              )}
              {task.statusReasons.length > 0 && (
                <Descriptions.Item label={t('prog.task.reasons')} span={2}>
                  {task.statusReasons.map(reason).join('；')}
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>

          <TaskMilestones
            task={task}
            phases={programme.data?.phases ?? []}
            onDone={showAnswer}
            onReload={() => void query.refetch()}
          />

          {task.children.length > 0 && (
            <Card size="small" title={t('prog.task.children')}>
              <ul className="prog-list-plain">
                {task.children.map((c) => (
                  <li key={c.id}>
                    <Space wrap size={6}>
                      <Link to={`/programmes/${task.programmeId}/tasks/${c.id}`}>{c.title}</Link>
                      <TaskStatusTag status={c.displayStatus} />
                      <span className="prog-muted">{name(c.leadUnit)}</span>
                    </Space>
                  </li>
                ))}
              </ul>
            </Card>
          )}

          <Card size="small" title={t('prog.task.reports')}>
            {task.reports.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('prog.task.noReports')} />
            ) : (
              <Timeline
                data-testid="task-reports"
                items={task.reports.map((r) => ({
                  key: r.id,
                  color: r.status === 'accepted' ? 'green' : r.late ? 'red' : 'blue',
                  content: (
                    <div>
                      <Space wrap size={6}>
                        <Link to={`/reports/${r.id}`}>
                          {r.formName} · {r.periodKey}
                        </Link>
                        <ReportStatusTag status={r.status} late={r.late} />
                        {r.progress !== null && <span className="prog-muted">{r.progress}%</span>}
                      </Space>
                      {r.summary && <div>{r.summary}</div>}
                    </div>
                  ),
                }))}
              />
            )}
          </Card>
        </div>

        <div>
          <Card
            size="small"
            title={t('prog.task.comments')}
            extra={
              allowed.has('comment') && (
                <Button size="small" onClick={() => setAction('comment')}>
                  {t('prog.action.comment')}
                </Button>
              )
            }
          >
            {task.comments.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('prog.task.noComments')} />
            ) : (
              <ul className="prog-list-plain" data-testid="task-comments">
                {task.comments.map((c) => (
                  <li key={c.id}>
                    <div className="prog-muted">
                      {c.kind === 'urge' && <ColourTag color="red">{t('prog.task.urgeTag')}</ColourTag>}
                      {c.authorLabel ?? ''} · {formatTime(c.at)}
                    </div>
                    <div>{c.text}</div>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <TaskEvidence task={task} onDone={showAnswer} onReload={() => void query.refetch()} />
          <EventTimeline events={task.timeline} kind="task" testId="task-timeline" />
        </div>
      </div>

      <TaskActionModal
        task={task}
        action={action}
        onClose={() => {
          setAction(null);
          query.refetch();
        }}
        onDone={(next) => {
          showAnswer(next);
          setAction(null);
        }}
      />
    </div>
  );
}
