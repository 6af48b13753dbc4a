import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { api } from '../api/client.ts';
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
  const [saving, setSaving] = useState(false);
  const field = action ? bodyActions[action] : 'note';

  const submit = async () => {
    if (!action) return;
    const { value } = await form.validateFields();
    setSaving(true);
    try {
      const next = await api.post<TaskDetail>(`/tasks/${task.id}/${segmentOf(action)}`, {
        version: task.version,
        [field]: value.trim(),
      });
      void message.success(t('prog.action.done', { action: t(`prog.action.${action}`) }));
      onDone(next);
    } catch (error) {
      showError(error, { onReload: onClose });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={action !== null}
      title={action ? `${t(`prog.action.${action}`)} · ${task.title}` : ''}
      okText={t('prog.action.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: saving, ...({ 'data-testid': 'task-action-submit' } as Record<string, string>) }}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="value"
          label={t(`prog.action.${field}`)}
          rules={[{ required: true, whitespace: true, message: t('prog.action.required') }]}
        >
          <Input.TextArea rows={4} maxLength={field === 'reason' ? 1000 : 2000} data-testid="task-action-text" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
