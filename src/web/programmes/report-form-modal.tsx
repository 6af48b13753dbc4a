import { Alert, type ButtonProps, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { api, isApiError } from '../api/client.ts';
import { queryKeys } from '../api/query-keys.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { FormDialog } from '../components/form-dialog.tsx';
import { useApiFeedback } from '../components/use-api-feedback.tsx';
import { useT } from '../i18n/use-t.ts';
import { type ReportFrequency, reportFrequencies } from '../../shared/programmes.ts';
import { fromDay, toDay, trimmedOrUndefined } from './local-date.ts';
import type { ProgrammeDetail, ReportFormView } from './programme-types.ts';
import { ReportFieldRows } from './report-field-rows.tsx';
import { fieldOfRow, type FieldRowValues, rowOfField } from './report-form-rules.ts';
import { useDialogRefusal } from './use-dialog-refusal.ts';

export type ReportFormDialog = { kind: 'create' } | { kind: 'edit'; form: ReportFormView };

interface Values {
  name: string;
  description?: string;
  frequency: ReportFrequency;
  startsOn?: Dayjs;
  dueWorkingDay: number;
  remindWorkingDays: number;
  fields?: FieldRowValues[];
}

// Problems with the fields (a list) are shown in the dialog's alert.
const FIELDS = ['name', 'description', 'frequency', 'startsOn', 'dueWorkingDay', 'remindWorkingDays'] as const;

function initialValues(dialog: ReportFormDialog | null, programme: ProgrammeDetail): Partial<Values> {
  if (dialog?.kind === 'edit') {
    const f = dialog.form;
    return {
      name: f.name,
      description: f.description,
      frequency: f.frequency,
      startsOn: toDay(f.startsOn),
      dueWorkingDay: f.dueWorkingDay,
      remindWorkingDays: f.remindWorkingDays,
      fields: f.fields.map(rowOfField),
    };
  }
  // Reports open from the programme's start, or from the start of this month when it is running already.
  const monthStart = dayjs().startOf('month');
  const start = dayjs(programme.startsOn).isAfter(monthStart) ? dayjs(programme.startsOn) : monthStart;
  return { frequency: 'monthly', startsOn: start, dueWorkingDay: 0, remindWorkingDays: 1, fields: [] };
}

/** REPORT_FORM_INVALID names the fields the server refused (`[{field, reason}]`). */
function FormProblems({ error }: { error: unknown }) {
  const t = useT();
  if (!isApiError(error) || error.code !== 'REPORT_FORM_INVALID' || !Array.isArray(error.details))
    return <ApiErrorAlert error={error} />;
  const problems = (error.details as { field?: unknown; reason?: unknown }[]).filter(
    (d) => typeof d.reason === 'string',
  );
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={error.message}
      description={
        <ul className="api-error-issues">
          {problems.map((p) => (
            <li key={`${String(p.field)}:${String(p.reason)}`}>
              {typeof p.field === 'string' && p.field ? t('progEdit.fieldProblemAt', { key: p.field }) : ''}
              {String(p.reason)}
            </li>
          ))}
        </ul>
      }
    />
  );
}

/**
 * 报送表格: the fields a unit fills in and the cycle (weekly, monthly, quarterly; due on the last
 * working day of the period or the N-th working day after it; reminder N working days before).
 * The cycle and start of an existing form stay as they are (its reports are keyed by period).
 */
export function ReportFormModal({
  programme,
  dialog,
  onClose,
  onSaved,
  onReload,
}: {
  programme: ProgrammeDetail;
  dialog: ReportFormDialog | null;
  onClose: () => void;
  onSaved: (form: ReportFormView) => void;
  onReload: () => void;
}) {
  const t = useT();
  const { message } = useApiFeedback();
  const [form] = Form.useForm<Values>();
  const onRefused = useDialogRefusal({ form, fields: FIELDS, onClose, onReload });
  const editing = dialog?.kind === 'edit' ? dialog.form : null;
  const initial = useMemo(() => initialValues(dialog, programme), [dialog, programme]);
  const due = Form.useWatch('dueWorkingDay', form);

  const save = (values: Values) => {
    const common = {
      name: values.name.trim(),
      fields: (values.fields ?? []).map(fieldOfRow),
      dueWorkingDay: values.dueWorkingDay,
      remindWorkingDays: values.remindWorkingDays,
    };
    const base = `/programmes/${programme.id}/forms`;
    return editing
      ? api.patch<ReportFormView>(`${base}/${editing.id}`, {
          version: editing.version,
          ...common,
          description: values.description?.trim() ?? '',
        })
      : api.post<ReportFormView>(base, {
          ...common,
          description: trimmedOrUndefined(values.description),
          frequency: values.frequency,
          startsOn: fromDay(values.startsOn),
        });
  };

  return (
    <FormDialog<Values, ReportFormView>
      open={dialog !== null}
      title={editing ? t('progEdit.formEditTitle', { name: editing.name }) : t('progEdit.formCreateTitle')}
      okText={editing ? t('common.save') : t('progEdit.create')}
      okButtonProps={{ 'data-testid': 'report-form-submit' } as ButtonProps}
      width={860}
      form={form}
      formClassName="prog-edit-form"
      formTestId="report-form-editor"
      initialValues={initial}
      submit={save}
      invalidates={[queryKeys.programmes, queryKeys.reports]}
      onDone={(saved) => {
        void message.success(editing ? t('common.saved') : t('progEdit.formCreated', { name: saved.name }));
        onSaved(saved);
      }}
      onRefused={onRefused}
      renderError={(error) => <FormProblems error={error} />}
      onCancel={onClose}
    >
      <Form.Item
        name="name"
        label={t('progEdit.formName')}
        rules={[{ required: true, whitespace: true, message: t('progEdit.formNameRequired') }]}
      >
        <Input maxLength={60} placeholder={t('progEdit.formNameHint')} data-testid="report-form-name" />
      </Form.Item>
      <Form.Item name="description" label={t('progEdit.formDescription')}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
      </Form.Item>
      <div className="prog-edit-grid">
        <Form.Item
          name="frequency"
          label={t('progEdit.frequency')}
          extra={editing ? t('progEdit.cycleFixed') : undefined}
        >
          <Select<ReportFrequency>
            disabled={editing !== null}
            options={reportFrequencies.map((f) => ({ value: f, label: t(`progEdit.frequency.${f}`) }))}
            data-testid="report-form-frequency"
          />
        </Form.Item>
        <Form.Item
          name="startsOn"
          label={t('progEdit.formStartsOn')}
          rules={[{ required: true, message: t('progEdit.dateRequired') }]}
        >
          <DatePicker disabled={editing !== null} style={{ width: '100%' }} data-testid="report-form-start" />
        </Form.Item>
        <Form.Item
          name="dueWorkingDay"
          label={t('progEdit.dueWorkingDay')}
          extra={due ? t('progEdit.dueAfter', { n: due }) : t('progEdit.dueLast')}
        >
          <InputNumber
            min={0}
            max={20}
            precision={0}
            suffix={t('progEdit.workingDays')}
            style={{ width: '100%' }}
            data-testid="report-form-due"
          />
        </Form.Item>
        <Form.Item name="remindWorkingDays" label={t('progEdit.remindWorkingDays')} extra={t('progEdit.remindHint')}>
          <InputNumber
            min={0}
            max={10}
            precision={0}
            suffix={t('progEdit.workingDays')}
            style={{ width: '100%' }}
            data-testid="report-form-remind"
          />
        </Form.Item>
      </div>
      <ReportFieldRows form={form} />
    </FormDialog>
  );
}
