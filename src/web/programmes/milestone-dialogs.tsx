import { type ButtonProps, DatePicker, Form, Input, Select, type UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { api } from '../api/client.ts';
import { queryKeys } from '../api/query-keys.ts';
import { EvidenceUpload, uploadedTokens, uploadsPending } from '../cases/evidence-upload.tsx';
import { FormDialog } from '../components/form-dialog.tsx';
import { useApiFeedback } from '../components/use-api-feedback.tsx';
import { useT } from '../i18n/use-t.ts';
import { fromDay, toDay, trimmedOrUndefined } from './local-date.ts';
import type { Milestone, Phase, TaskDetail } from './programme-types.ts';
import { useDialogRefusal } from './use-dialog-refusal.ts';

/** What a milestone dialog is for: add one, edit one, mark one reached (完成), or reopen one (撤回完成). */
export type MilestoneDialog =
  | { kind: 'add' }
  | { kind: 'edit'; milestone: Milestone }
  | { kind: 'complete'; milestone: Milestone }
  | { kind: 'reopen'; milestone: Milestone };

interface Values {
  title?: string;
  dueOn?: Dayjs;
  phaseId?: number | null;
  note?: string;
  reason?: string;
  attachments?: UploadFile[];
}

const FIELDS = ['title', 'dueOn', 'phaseId', 'note', 'reason', 'attachments'] as const;

interface MilestoneModalProps {
  task: TaskDetail;
  phases: readonly Phase[];
  dialog: MilestoneDialog | null;
  onClose: () => void;
  onDone: (next: TaskDetail) => void;
  onReload: () => void;
}

/** Sends what a dialog asks for, with the task's version. */
function send(task: TaskDetail, dialog: MilestoneDialog, v: Values): Promise<TaskDetail> {
  const base = `/tasks/${task.id}/milestones`;
  const version = task.version;
  switch (dialog.kind) {
    case 'add':
      return api.post<TaskDetail>(base, {
        version,
        title: (v.title ?? '').trim(),
        dueOn: fromDay(v.dueOn),
        ...(v.phaseId ? { phaseId: v.phaseId } : {}),
      });
    case 'edit': {
      const m = dialog.milestone;
      const changes: Record<string, unknown> = { version };
      if ((v.title ?? '').trim() !== m.title) changes['title'] = (v.title ?? '').trim();
      if (!m.completedAt && fromDay(v.dueOn) !== m.dueOn) changes['dueOn'] = fromDay(v.dueOn);
      if ((v.phaseId ?? null) !== m.phaseId) changes['phaseId'] = v.phaseId ?? null;
      return api.patch<TaskDetail>(`${base}/${m.id}`, changes);
    }
    case 'complete':
      return api.post<TaskDetail>(`${base}/${dialog.milestone.id}/complete`, {
        version,
        note: trimmedOrUndefined(v.note),
        attachments: uploadedTokens(v.attachments),
      });
    case 'reopen':
      return api.post<TaskDetail>(`${base}/${dialog.milestone.id}/reopen`, {
        version,
        reason: (v.reason ?? '').trim(),
      });
  }
}

/**
 * 佐证材料: images and PDFs uploaded at once (the case loop's upload), sent by their tokens; checked
 * on sending, not while a file is on its way. `required`: at least one file has finished uploading.
 */
export function EvidenceField({ required = false }: { required?: boolean }) {
  const t = useT();
  return (
    <Form.Item
      name="attachments"
      label={t('prog.task.evidence')}
      extra={t('progEdit.evidenceHint')}
      valuePropName="fileList"
      validateTrigger={[]}
      rules={[
        {
          validator: async (_, files: UploadFile[] | undefined) => {
            if (uploadsPending(files)) throw new Error(t('progEdit.uploadPending'));
            if (required && uploadedTokens(files).length === 0) throw new Error(t('progEdit.evidenceNone'));
          },
        },
      ]}
    >
      <EvidenceUpload />
    </Form.Item>
  );
}

/** 新增节点 / 编辑节点 / 完成节点 (with a note and evidence) / 撤回节点完成 (with the reason). */
export function MilestoneModal({ task, phases, dialog, onClose, onDone, onReload }: MilestoneModalProps) {
  const t = useT();
  const { message } = useApiFeedback();
  const [form] = Form.useForm<Values>();
  const onRefused = useDialogRefusal({ form, fields: FIELDS, onClose, onReload });
  const milestone = dialog && dialog.kind !== 'add' ? dialog.milestone : null;
  const initial = useMemo<Values>(
    () => (milestone ? { title: milestone.title, dueOn: toDay(milestone.dueOn), phaseId: milestone.phaseId } : {}),
    [milestone],
  );
  const kind = dialog?.kind ?? 'add';
  const titles = {
    add: t('progEdit.milestoneAdd'),
    edit: t('progEdit.milestoneEdit'),
    complete: t('prog.task.completeMilestone'),
    reopen: t('progEdit.milestoneReopen'),
  };
  const done = {
    add: t('progEdit.milestoneAdded'),
    edit: t('common.saved'),
    complete: t('progEdit.milestoneCompleted'),
    reopen: t('progEdit.milestoneReopened'),
  };

  return (
    <FormDialog<Values, TaskDetail>
      open={dialog !== null}
      title={milestone ? `${titles[kind]} · ${milestone.title}` : titles[kind]}
      okText={kind === 'add' || kind === 'edit' ? t('common.save') : titles[kind]}
      okButtonProps={{ danger: kind === 'reopen', 'data-testid': 'milestone-submit' } as ButtonProps}
      form={form}
      formClassName="prog-edit-form"
      formTestId="milestone-form"
      initialValues={initial}
      submit={(values) => (dialog ? send(task, dialog, values) : Promise.reject(new Error('no milestone dialog open')))}
      invalidates={[queryKeys.tasks, queryKeys.programmes]}
      onDone={(next) => {
        void message.success(done[kind]);
        onDone(next);
      }}
      onRefused={onRefused}
      onCancel={onClose}
    >
      {(kind === 'add' || kind === 'edit') && (
        <>
          <Form.Item
            name="title"
            label={t('progEdit.milestoneTitle')}
            rules={[{ required: true, whitespace: true, message: t('progEdit.milestoneTitleRequired') }]}
          >
            <Input maxLength={120} data-testid="milestone-title" />
          </Form.Item>
          <Form.Item
            name="dueOn"
            label={t('progEdit.milestoneDue')}
            extra={milestone?.completedAt ? t('progEdit.milestoneDateKept') : undefined}
            rules={[{ required: true, message: t('progEdit.dateRequired') }]}
          >
            <DatePicker disabled={Boolean(milestone?.completedAt)} data-testid="milestone-due" />
          </Form.Item>
          {phases.length > 0 && (
            <Form.Item name="phaseId" label={t('progEdit.phase')}>
              <Select
                allowClear
                options={phases.map((p) => ({ value: p.id, label: p.name }))}
                style={{ maxWidth: 240 }}
                aria-label={t('progEdit.phase')}
              />
            </Form.Item>
          )}
        </>
      )}
      {kind === 'complete' && (
        <>
          <Form.Item name="note" label={t('progEdit.completeNote')}>
            <Input.TextArea rows={3} maxLength={1000} data-testid="milestone-note" />
          </Form.Item>
          <EvidenceField />
        </>
      )}
      {kind === 'reopen' && (
        <Form.Item
          name="reason"
          label={t('prog.action.reason')}
          rules={[{ required: true, whitespace: true, message: t('prog.action.required') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} data-testid="milestone-reason" />
        </Form.Item>
      )}
    </FormDialog>
  );
}
