import { UploadOutlined } from '@ant-design/icons';
import { type ButtonProps, Button, Card, Form, Input, type UploadFile } from 'antd';
import { useState } from 'react';
import { api } from '../api/client.ts';
import { queryKeys } from '../api/query-keys.ts';
import { CaseAttachments } from '../cases/case-attachments.tsx';
import { uploadedTokens } from '../cases/evidence-upload.tsx';
import { FormDialog } from '../components/form-dialog.tsx';
import { useApiFeedback } from '../components/use-api-feedback.tsx';
import { useT } from '../i18n/use-t.ts';
import { trimmedOrUndefined } from './local-date.ts';
import { EvidenceField } from './milestone-dialogs.tsx';
import type { TaskDetail } from './programme-types.ts';
import { useDialogRefusal } from './use-dialog-refusal.ts';
import '../cases/cases.css';

interface Values {
  attachments?: UploadFile[];
  note?: string;
}

const FIELDS = ['attachments', 'note'] as const;

/** 上传佐证材料: files proving the work, uploaded and then attached to the task in one step. */
function EvidenceModal({
  task,
  open,
  onClose,
  onDone,
  onReload,
}: {
  task: TaskDetail;
  open: boolean;
  onClose: () => void;
  onDone: (next: TaskDetail) => void;
  onReload: () => void;
}) {
  const t = useT();
  const { message } = useApiFeedback();
  const [form] = Form.useForm<Values>();
  const onRefused = useDialogRefusal({ form, fields: FIELDS, onClose, onReload });

  return (
    <FormDialog<Values, TaskDetail>
      open={open}
      title={`${t('prog.event.addEvidence')} · ${task.title}`}
      okText={t('progEdit.evidenceAttach')}
      okButtonProps={{ 'data-testid': 'evidence-submit' } as ButtonProps}
      form={form}
      formClassName="prog-edit-form"
      formTestId="evidence-form"
      initialValues={{ attachments: [] }}
      submit={(values) =>
        api.post<TaskDetail>(`/tasks/${task.id}/evidence`, {
          version: task.version,
          attachments: uploadedTokens(values.attachments),
          note: trimmedOrUndefined(values.note),
        })
      }
      invalidates={[queryKeys.tasks, queryKeys.programmes]}
      onDone={(next, values) => {
        void message.success(t('progEdit.evidenceAdded', { count: uploadedTokens(values.attachments).length }));
        onDone(next);
      }}
      onRefused={onRefused}
      onCancel={onClose}
    >
      <EvidenceField required />
      <Form.Item name="note" label={t('progEdit.evidenceNote')}>
        <Input.TextArea rows={2} maxLength={1000} data-testid="evidence-note" />
      </Form.Item>
    </FormDialog>
  );
}

/** 佐证材料 on the task page: images as previews, PDFs as links; the lead unit and the office add more. */
export function TaskEvidence({
  task,
  onDone,
  onReload,
}: {
  task: TaskDetail;
  onDone: (next: TaskDetail) => void;
  onReload: () => void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <Card
      size="small"
      title={t('prog.task.evidence')}
      data-testid="task-evidence"
      extra={
        task.allowedActions.includes('addEvidence') && (
          <Button
            size="small"
            icon={<UploadOutlined aria-hidden="true" />}
            onClick={() => setOpen(true)}
            data-testid="evidence-add"
          >
            {t('prog.event.addEvidence')}
          </Button>
        )
      }
    >
      {task.evidence.length === 0 ? (
        <p className="prog-muted">{t('prog.task.noEvidence')}</p>
      ) : (
        <CaseAttachments attachments={task.evidence} />
      )}
      <EvidenceModal
        task={task}
        open={open}
        onClose={() => setOpen(false)}
        onReload={onReload}
        onDone={(next) => {
          setOpen(false);
          onDone(next);
        }}
      />
    </Card>
  );
}
