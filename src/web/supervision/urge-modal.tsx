import { Form, Input, type ButtonProps } from 'antd';
import { api } from '../api/client.ts';
import { queryKeys } from '../api/query-keys.ts';
import { FormDialog } from '../components/form-dialog.tsx';
import { useApiFeedback } from '../components/use-api-feedback.tsx';
import { useT } from '../i18n/use-t.ts';
import type { BoardLine } from './board-types.ts';
import { useLocalName } from '../i18n/local-name.ts';

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
  const name = useLocalName();
  const { showError, message } = useApiFeedback();
  const [form] = Form.useForm<{ note: string }>();
  const unit = line?.leadUnit ? name(line.leadUnit) : '';

  return (
    <FormDialog<{ note: string }, void>
      open={line !== null}
      title={line ? t('board.urgeTitle', { title: line.title }) : ''}
      okText={t('board.urgeSubmit')}
      okButtonProps={{ 'data-testid': 'urge-submit' } as ButtonProps}
      form={form}
      initialValues={{ note: t('board.urgeNoteDefault') }}
      submit={({ note }) => api.post<void>(`/cases/${line?.id}/urge`, { note: note.trim() })}
      invalidates={[queryKeys.supervision, queryKeys.cases]}
      onDone={() => {
        void message.success(t('board.urged', { unit }));
        onUrged();
      }}
      onRefused={(error) => {
        showError(error);
        return true;
      }}
      onCancel={onClose}
    >
      <p className="board-muted">{t('board.urgeHint', { unit })}</p>
      <Form.Item
        name="note"
        label={t('board.urgeNote')}
        rules={[{ required: true, whitespace: true, message: t('board.urgeNoteRequired') }]}
      >
        <Input.TextArea rows={4} maxLength={1000} data-testid="urge-note" />
      </Form.Item>
    </FormDialog>
  );
}
