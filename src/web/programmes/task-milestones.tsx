import { PlusOutlined } from '@ant-design/icons';
import { Button, type ButtonProps, Card, Empty, Space, Tag } from 'antd';
import { useState } from 'react';
import { api } from '../api/client.ts';
import { useApiMutation } from '../api/queries.ts';
import { queryKeys } from '../api/query-keys.ts';
import { useApiFeedback } from '../components/use-api-feedback.tsx';
import { useT } from '../i18n/use-t.ts';
import { type MilestoneDialog, MilestoneModal } from './milestone-dialogs.tsx';
import type { Milestone, Phase, TaskDetail } from './programme-types.ts';
import { ColourTag } from './status-tag.tsx';
import { CasesTheme } from '../cases/cases-theme.tsx';
import { formatDay } from '../components/date-format.ts';

interface TaskMilestonesProps {
  task: TaskDetail;
  phases: readonly Phase[];
  onDone: (next: TaskDetail) => void;
  onReload: () => void;
}

/**
 * 工作节点: each milestone with its date, phase and state; the buttons follow the task's
 * `allowedActions` (add, edit and delete with `update`, complete, reopen).
 */
export function TaskMilestones({ task, phases, onDone, onReload }: TaskMilestonesProps) {
  const t = useT();
  const { showError, message, modal } = useApiFeedback();
  const [dialog, setDialog] = useState<MilestoneDialog | null>(null);
  const allowed = new Set<string>(task.allowedActions);
  const phaseName = (id: number | null) => phases.find((p) => p.id === id)?.name;
  const deletion = useApiMutation(
    (m: Milestone) => api.delete<TaskDetail>(`/tasks/${task.id}/milestones/${m.id}`),
    [queryKeys.tasks, queryKeys.programmes],
  );

  const remove = (m: Milestone) =>
    modal.confirm({
      title: t('progEdit.milestoneDeleteTitle', { title: m.title }),
      content: t('progEdit.milestoneDeleteBody'),
      okText: t('progEdit.delete'),
      okButtonProps: { 'data-testid': 'milestone-delete-ok' } as ButtonProps,
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          onDone(await deletion.mutateAsync(m));
          void message.success(t('progEdit.milestoneDeleted'));
        } catch (error) {
          showError(error, { onReload });
        }
      },
    });

  return (
    // The case screens' deeper red keeps the delete and reopen buttons readable (4.5:1).
    <CasesTheme>
      <Card
        size="small"
        title={t('prog.task.milestones')}
        extra={
          allowed.has('addMilestone') && (
            <Button
              size="small"
              icon={<PlusOutlined aria-hidden="true" />}
              onClick={() => setDialog({ kind: 'add' })}
              data-testid="milestone-add"
            >
              {t('progEdit.milestoneAdd')}
            </Button>
          )
        }
      >
        {task.milestones.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('prog.task.noMilestones')} />
        ) : (
          <ul className="prog-list-plain" data-testid="task-milestones">
            {task.milestones.map((m) => (
              <li key={m.id} data-testid="milestone-item" data-done={m.completedAt ? 'true' : 'false'}>
                <div className="prog-form-line">
                  <Space wrap size={6}>
                    <strong>{m.title}</strong>
                    <span className="prog-muted">{m.dueOn}</span>
                    {phaseName(m.phaseId) && <Tag>{phaseName(m.phaseId)}</Tag>}
                    {m.completedAt ? (
                      <ColourTag color="green">
                        {t('prog.task.milestoneDone', { date: formatDay(m.completedAt) })}
                      </ColourTag>
                    ) : (
                      <Tag>{t('prog.task.milestoneOpen')}</Tag>
                    )}
                    {m.late && <ColourTag color="red">{t('prog.task.milestoneLate')}</ColourTag>}
                  </Space>
                  <Space wrap size={4}>
                    {!m.completedAt && allowed.has('completeMilestone') && (
                      <Button
                        size="small"
                        type="primary"
                        onClick={() => setDialog({ kind: 'complete', milestone: m })}
                        data-testid="milestone-complete"
                      >
                        {t('prog.task.completeMilestone')}
                      </Button>
                    )}
                    {m.completedAt && allowed.has('reopenMilestone') && (
                      <Button
                        size="small"
                        onClick={() => setDialog({ kind: 'reopen', milestone: m })}
                        data-testid="milestone-reopen"
                      >
                        {t('progEdit.milestoneReopen')}
                      </Button>
                    )}
                    {allowed.has('update') && (
                      <Button
                        size="small"
                        onClick={() => setDialog({ kind: 'edit', milestone: m })}
                        data-testid="milestone-edit"
                      >
                        {t('common.edit')}
                      </Button>
                    )}
                    {!m.completedAt && allowed.has('update') && (
                      <Button size="small" danger onClick={() => remove(m)} data-testid="milestone-delete">
                        {t('progEdit.delete')}
                      </Button>
                    )}
                  </Space>
                </div>
                {m.completionNote && <div className="prog-muted">{m.completionNote}</div>}
              </li>
            ))}
          </ul>
        )}
        <MilestoneModal
          task={task}
          phases={phases}
          dialog={dialog}
          onClose={() => setDialog(null)}
          onReload={onReload}
          onDone={(next) => {
            setDialog(null);
            onDone(next);
          }}
        />
      </Card>
    </CasesTheme>
  );
}
