import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { api } from '../api/client.ts';
import { useApiFeedback } from '../components/use-api-feedback.tsx';
import { validValues } from '../components/form-errors.ts';
import { useT } from '../i18n/use-t.ts';
import type { BoardLine } from './board-types.ts';

/** 督办: an instruction to the lead unit's head, through the case's own action (POST /cases/{id}/urge). */
export function UrgeModal({
  line,
  onClose,
  onUrged,
}: {
  line: BoardLine | null;
  onClose: () => void;
  onUrged: () => void;
}) {
  const t = useT();
  const { showError, message } = useApiFeedback();
  const [form] = Form.useForm<{ note: string }>();
  const [saving, setSaving] = useState(false);
  const unit = line?.leadUnit?.nameZh ?? '';

  const submit = async () => {
    if (!line) return;
    const values = await validValues(form);
    if (!values) return;
    const note = values.note;
    setSaving(true);
    try {
      await api.post(`/cases/${line.id}/urge`, { note: note.trim() });
      void message.success(t('board.urged', { unit }));
      onUrged();
    } catch (error) {
      showError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={line !== null}
      title={line ? t('board.urgeTitle', { title: line.title }) : ''}
      okText={t('board.urgeSubmit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: saving, ...({ 'data-testid': 'urge-submit' } as Record<string, string>) }}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
      afterOpenChange={(open) => open && form.setFieldsValue({ note: t('board.urgeNoteDefault') })}
    >
      <p className="board-muted">{t('board.urgeHint', { unit })}</p>
      <Form form={form} layout="vertical" initialValues={{ note: t('board.urgeNoteDefault') }}>
        <Form.Item
          name="note"
          label={t('board.urgeNote')}
          rules={[{ required: true, whitespace: true, message: t('board.urgeNoteRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={1000} data-testid="urge-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
