import { UploadOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, InputNumber, Select, Upload, type UploadFile } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { apiRequest } from '../api/client.ts';
import { useT } from '../i18n/use-t.ts';
import type { ReportDetail, ReportField } from './programme-types.ts';

/** What the form holds for an attachment field: kept files carry their id, new ones their upload token. */
type FileEntry = UploadFile<{ id: number; token: string }> & { keptId?: number };

/** Turns stored values into the form's values (dates as dayjs, attachments as upload entries). */
export function formValuesOf(report: ReportDetail): Record<string, unknown> {
  const values: Record<string, unknown> = {
    progress: report.progress ?? undefined,
    summary: report.summary ?? undefined,
  };
  for (const field of report.fields) {
    const value = report.values[field.key];
    if (value === null || value === undefined) continue;
    if (field.type === 'date' && typeof value === 'string') values[field.key] = dayjs(value);
    else if (field.type === 'attachment' && Array.isArray(value))
      values[field.key] = value.map((id): FileEntry => {
        const file = report.attachments.find((a) => a.id === id);
        return {
          uid: `kept-${String(id)}`,
          name: file?.fileName ?? String(id),
          status: 'done',
          url: file?.url,
          keptId: Number(id),
        };
      });
    else values[field.key] = value;
  }
  return values;
}

/** The form's values as the API takes them (empty fields as null). */
export function apiValuesOf(fields: ReportField[], raw: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    const value = raw[field.key];
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0))
      values[field.key] = null;
    else if (field.type === 'date') values[field.key] = (value as Dayjs).format('YYYY-MM-DD');
    else if (field.type === 'attachment')
      values[field.key] = (value as FileEntry[])
        .map((f) => f.keptId ?? f.response?.token)
        .filter((v) => v !== undefined);
    else if (field.type === 'text') values[field.key] = String(value).trim() || null;
    else values[field.key] = value;
  }
  return values;
}

/**
 * One input per field of the report form, with its required flag and limits checked before sending.
 * A required field carries its mark from the first render; whether it must be filled is asked of
 * `strict` when the form is checked (submitting: yes; saving a draft: no).
 */
export function ReportFields({
  fields,
  strict,
  disabled,
}: {
  fields: ReportField[];
  strict: () => boolean;
  disabled: boolean;
}) {
  const t = useT();
  return (
    <>
      {fields.map((field) => {
        const rules = [
          () => ({
            required: field.required && strict(),
            message: t('prog.report.required', { label: field.label }),
          }),
        ];
        const common = {
          name: field.key,
          label: field.label,
          extra: field.help,
          required: field.required,
          rules,
          key: field.key,
        };
        const testId = `report-field-${field.key}`;
        switch (field.type) {
          case 'text':
            return (
              <Form.Item {...common}>
                <Input.TextArea
                  autoSize={{ minRows: 1, maxRows: 6 }}
                  maxLength={field.maxLength ?? 2000}
                  disabled={disabled}
                  data-testid={testId}
                />
              </Form.Item>
            );
          case 'number':
          case 'percent':
          case 'money': {
            const min = field.min ?? (field.type === 'percent' ? 0 : undefined);
            const max = field.max ?? (field.type === 'percent' ? 100 : undefined);
            return (
              <Form.Item {...common}>
                <InputNumber
                  min={min}
                  max={max}
                  precision={field.type === 'money' ? 2 : undefined}
                  suffix={field.type === 'percent' ? '%' : field.type === 'money' ? '元' : undefined}
                  style={{ width: 220 }}
                  disabled={disabled}
                  data-testid={testId}
                />
              </Form.Item>
            );
          }
          case 'date':
            return (
              <Form.Item {...common}>
                <DatePicker disabled={disabled} data-testid={testId} />
              </Form.Item>
            );
          case 'choice':
            return (
              <Form.Item {...common}>
                <Select
                  mode={field.multiple ? 'multiple' : undefined}
                  allowClear
                  options={(field.options ?? []).map((o) => ({ value: o, label: o }))}
                  disabled={disabled}
                  style={{ maxWidth: 360 }}
                  data-testid={testId}
                />
              </Form.Item>
            );
          case 'attachment':
            return (
              <Form.Item
                {...common}
                valuePropName="fileList"
                getValueFromEvent={(e: { fileList: FileEntry[] }) => e.fileList}
              >
                <Upload<{ id: number; token: string }>
                  maxCount={field.maxFiles ?? 9}
                  disabled={disabled}
                  customRequest={({ file, onSuccess, onError }) => {
                    const blob = file as File;
                    apiRequest<{ id: number; token: string }>('POST', '/attachments', {
                      query: { name: blob.name },
                      raw: { body: blob, contentType: blob.type || 'application/octet-stream' },
                    }).then(
                      (uploaded) => onSuccess?.(uploaded),
                      (error: unknown) => onError?.(error as Error),
                    );
                  }}
                >
                  <Button icon={<UploadOutlined aria-hidden="true" />} disabled={disabled}>
                    {t('prog.report.upload')}
                  </Button>
                </Upload>
              </Form.Item>
            );
        }
      })}
    </>
  );
}
