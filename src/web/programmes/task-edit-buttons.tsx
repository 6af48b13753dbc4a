import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useT } from '../i18n/use-t.ts';
import type { ProgrammeDetail, TaskDetail } from './programme-types.ts';
import { type TaskDialog, TaskFormModal } from './task-form-modal.tsx';

/** 编辑任务 (the task's `update` action) and 新增子任务 (the programme's `addTask`, under a task still being worked on). */
export function TaskEditButtons({
  task,
  programme,
  onDone,
  onReload,
}: {
  task: TaskDetail;
  programme: ProgrammeDetail | undefined;
  onDone: (next: TaskDetail) => void;
  onReload: () => void;
}) {
  const t = useT();
  const [dialog, setDialog] = useState<TaskDialog | null>(null);
  const canEdit = task.allowedActions.includes('update');
  const canAddChild =
    programme !== undefined &&
    programme.allowedActions.includes('addTask') &&
    (task.status === 'active' || task.status === 'routine');
  if (!canEdit && !canAddChild) return null;
  return (
    <>
      {canEdit && (
        <Button
          icon={<EditOutlined aria-hidden="true" />}
          onClick={() => setDialog({ kind: 'edit', task })}
          data-testid="task-edit"
        >
          {t('progEdit.taskEdit')}
        </Button>
      )}
      {canAddChild && (
        <Button
          icon={<PlusOutlined aria-hidden="true" />}
          onClick={() => setDialog({ kind: 'create', parent: { id: task.id, title: task.title } })}
          data-testid="subtask-create"
        >
          {t('progEdit.subTaskCreate')}
        </Button>
      )}
      <TaskFormModal
        programmeId={task.programmeId}
        phases={programme?.phases ?? []}
        dialog={dialog}
        onClose={() => setDialog(null)}
        onReload={onReload}
        onSaved={(saved) => {
          const kind = dialog?.kind;
          setDialog(null);
          // An edit answers this task; a new sub-task answers itself, and this task is read again
          // through the cache (the save invalidates the tasks).
          if (kind === 'edit') onDone(saved);
        }}
      />
    </>
  );
}
