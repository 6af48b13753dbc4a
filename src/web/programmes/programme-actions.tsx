import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, type ButtonProps, Space } from 'antd';
import { useState } from 'react';
import { api } from '../api/client.ts';
import { useApiMutation } from '../api/queries.ts';
import { queryKeys } from '../api/query-keys.ts';
import { useApiFeedback } from '../components/use-api-feedback.tsx';
import { CasesTheme } from '../cases/cases-theme.tsx';
import { useT } from '../i18n/use-t.ts';
import { type ProgrammeDialog, ProgrammeFormModal } from './programme-form-modal.tsx';
import type { ProgrammeDetail } from './programme-types.ts';
import { type TaskDialog, TaskFormModal } from './task-form-modal.tsx';

type Lifecycle = 'activate' | 'close' | 'reopen';
const lifecycle: readonly Lifecycle[] = ['activate', 'close', 'reopen'];

/**
 * The programme office's buttons on the board: edit, add a task, and the lifecycle (启动 / 结束 /
 * 重新启动), each shown only when the programme's `allowedActions` has it, each confirmed first.
 * The board refreshes from the cache after each write; `onReload` reads it again after a conflict.
 */
export function ProgrammeActions({ programme, onReload }: { programme: ProgrammeDetail; onReload: () => void }) {
  const t = useT();
  const { showError, message, modal } = useApiFeedback();
  const [editing, setEditing] = useState<ProgrammeDialog | null>(null);
  const [adding, setAdding] = useState<TaskDialog | null>(null);
  const allowed = new Set<string>(programme.allowedActions);
  // Starting or closing a programme changes its tasks' lights and reports, and what the public site lists.
  const step = useApiMutation(
    (action: Lifecycle) =>
      api.post<ProgrammeDetail>(`/programmes/${programme.id}/${action}`, { version: programme.version }),
    [queryKeys.programmes, queryKeys.tasks, queryKeys.reports, queryKeys.publicProgrammes],
  );

  const confirm = (action: Lifecycle) =>
    modal.confirm({
      title: t(`progEdit.${action}Title`, { title: programme.title }),
      content: t(`progEdit.${action}Body`),
      okText: t(`progEdit.${action}`),
      okButtonProps: { 'data-testid': 'programme-confirm-ok' } as ButtonProps,
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await step.mutateAsync(action);
          void message.success(t(`progEdit.${action}Done`));
        } catch (error) {
          showError(error, { onReload });
        }
      },
    });

  if (!allowed.has('update') && !allowed.has('addTask') && !lifecycle.some((a) => allowed.has(a))) return null;
  return (
    // The case screens' deeper red keeps the close button readable (4.5:1).
    <CasesTheme>
      <Space
        wrap
        size={8}
        role="group"
        aria-label={t('progEdit.programmeActions')}
        className="prog-actions"
        data-testid="programme-actions"
      >
        {allowed.has('addTask') && (
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden="true" />}
            onClick={() => setAdding({ kind: 'create' })}
            data-testid="task-create"
          >
            {t('progEdit.taskCreate')}
          </Button>
        )}
        {allowed.has('update') && (
          <Button
            icon={<EditOutlined aria-hidden="true" />}
            onClick={() => setEditing({ kind: 'edit', programme })}
            data-testid="programme-edit"
          >
            {t('progEdit.programmeEdit')}
          </Button>
        )}
        {lifecycle
          .filter((a) => allowed.has(a))
          .map((a) => (
            <Button
              key={a}
              type={a === 'activate' ? 'primary' : 'default'}
              danger={a === 'close'}
              onClick={() => confirm(a)}
              data-testid={`programme-${a}`}
            >
              {t(`progEdit.${a}`)}
            </Button>
          ))}
        <ProgrammeFormModal
          dialog={editing}
          onClose={() => setEditing(null)}
          onReload={onReload}
          onSaved={() => setEditing(null)}
        />
        <TaskFormModal
          programmeId={programme.id}
          phases={programme.phases}
          dialog={adding}
          onClose={() => setAdding(null)}
          onReload={onReload}
          onSaved={() => setAdding(null)}
        />
      </Space>
    </CasesTheme>
  );
}
