import { Form, Input, type ButtonProps } from 'antd';
import { api } from '../api/client.ts';
import { queryKeys } from '../api/query-keys.ts';
import { FormDialog } from '../components/form-dialog.tsx';
import { useApiFeedback } from '../components/use-api-feedback.tsx';
import { useT } from '../i18n/use-t.ts';
import type { TaskDetail } from './programme-types.ts';

/** Task actions with a body (POST /tasks/{id}/{segment}): which field each one asks for. */
export const bodyActions = {
  claimDone: 'note',
  verify: 'note',
  reject: 'reason',
  moveToRoutine: 'reason',
  resume: 'reason',
  withdraw: 'reason',
  comment: 'text',
  urge: 'text',
} as const;
export type BodyAction = keyof typeof bodyActions;

const segmentOf = (action: string) => action.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** A small confirm-with-text form for one task action; the server's guards decide, the buttons follow `allowedActions`. */
export function TaskActionModal({
  task,
  action,
  onClose,
  onDone,
}: {
  task: TaskDetail;
  action: BodyAction | null;
  onClose: () => void;
  onDone: (next: TaskDetail) => void;
}) {
  const t = useT();
  const { showError, message } = useApiFeedback();
  const [form] = Form.useForm<{ value: string }>();
  const field = action ? bodyActions[action] : 'note';

  return (
    <FormDialog<{ value: string }, TaskDetail>
      open={action !== null}
      title={action ? `${t(`prog.action.${action}`)} · ${task.title}` : ''}
      okText={t('prog.action.confirm')}
      okButtonProps={{ 'data-testid': 'task-action-submit' } as ButtonProps}
      form={form}
      submit={({ value }) =>
        api.post<TaskDetail>(`/tasks/${task.id}/${segmentOf(action ?? '')}`, {
          version: task.version,
          [field]: value.trim(),
        })
      }
      invalidates={[queryKeys.tasks, queryKeys.programmes, queryKeys.reports]}
      onDone={(next) => {
        if (action) void message.success(t('prog.action.done', { action: t(`prog.action.${action}`) }));
        onDone(next);
      }}
      onRefused={(error) => {
        showError(error, { onReload: onClose });
        return true;
      }}
      onCancel={onClose}
    >
      <Form.Item
        name="value"
        label={t(`prog.action.${field}`)}
        rules={[{ required: true, whitespace: true, message: t('prog.action.required') }]}
      >
        <Input.TextArea rows={4} maxLength={field === 'reason' ? 1000 : 2000} data-testid="task-action-text" />
      </Form.Item>
    </FormDialog>
  );
}
