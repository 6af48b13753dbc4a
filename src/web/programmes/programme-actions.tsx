import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, type ButtonProps, Space } from 'antd';
import { useState } from 'react';
import { api } from '../api/client.ts';
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
 */
export function ProgrammeActions({ programme, onChanged }: { programme: ProgrammeDetail; onChanged: () => void }) {
  const t = useT();
  const { showError, message, modal } = useApiFeedback();
  const [editing, setEditing] = useState<ProgrammeDialog | null>(null);
  const [adding, setAdding] = useState<TaskDialog | null>(null);
  const allowed = new Set<string>(programme.allowedActions);

  const confirm = (action: Lifecycle) =>
    modal.confirm({
      title: t(`progEdit.${action}Title`, { title: programme.title }),
      content: t(`progEdit.${action}Body`),
      okText: t(`progEdit.${action}`),
      okButtonProps: { 'data-testid': 'programme-confirm-ok' } as ButtonProps,
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await api.post<ProgrammeDetail>(`/programmes/${programme.id}/${action}`, { version: programme.version });
          void message.success(t(`progEdit.${action}Done`));
          onChanged();
        } catch (error) {
          showError(error, { onReload: onChanged });
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
          onReload={onChanged}
          onSaved={() => {
            setEditing(null);
            onChanged();
          }}
        />
        <TaskFormModal
          programmeId={programme.id}
          phases={programme.phases}
          dialog={adding}
          onClose={() => setAdding(null)}
          onReload={onChanged}
          onSaved={() => {
            setAdding(null);
            onChanged();
          }}
        />
      </Space>
    </CasesTheme>
  );
}
