import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Alert, Form, Input, type ButtonProps } from 'antd';
import { useState } from 'react';
import { api } from '../api/client.ts';
import type { Unit } from '../api/types.ts';
import { UnitTreeSelect } from '../admin/shared/unit-tree-select.tsx';
import { FormDialog } from '../components/form-dialog.tsx';
import { useT } from '../i18n/use-t.ts';
import { caseActionInvalidates } from './case-action-dialog.tsx';
import type { BulkDispatchResult, CaseSummary } from './case-types.ts';
import { SupportingUnitsField } from './supporting-units-field.tsx';

interface Values {
  leadUnitId: number;
  supportingUnitIds: number[];
  note?: string;
}

/** 批量派单: the selected cases to one lead unit; each case's outcome is listed afterwards. */
export function BulkDispatchModal({
  cases,
  units,
  unitsLoading,
  onClose,
  onDone,
}: {
  cases: CaseSummary[] | null;
  units: readonly Unit[];
  unitsLoading: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [result, setResult] = useState<BulkDispatchResult | null>(null);
  const codeOf = (id: number, code: string | null) =>
    code ?? cases?.find((c) => c.id === id)?.trackingCode ?? t('cases.bulk.unknownCase', { id });

  const close = () => {
    setResult(null);
    onClose();
  };

  return (
    <FormDialog<Values, BulkDispatchResult>
      open={cases !== null}
      title={t('cases.bulk.title', { count: cases?.length ?? 0 })}
      okText={t('cases.bulk.submit')}
      okButtonProps={{ 'data-testid': 'bulk-submit' } as ButtonProps}
      width={560}
      form={form}
      initialValues={{ supportingUnitIds: [] }}
      submit={(values) =>
        api.post<BulkDispatchResult>('/cases/bulk-dispatch', {
          caseIds: (cases ?? []).map((c) => c.id),
          leadUnitId: values.leadUnitId,
          supportingUnitIds: values.supportingUnitIds ?? [],
          ...(values.note?.trim() ? { note: values.note.trim() } : {}),
        })
      }
      invalidates={caseActionInvalidates}
      onDone={(answer) => {
        setResult(answer);
        onDone();
      }}
      onCancel={close}
      header={
        <>
          <p className="case-muted">{t('cases.bulk.hint')}</p>
          <p className="case-bulk-codes mono">{cases?.map((c) => c.trackingCode).join(t('cases.join'))}</p>
        </>
      }
      errorPlacement="top"
      outcome={
        result && (
          <div data-testid="bulk-result">
            <Alert
              type={result.failed === 0 ? 'success' : 'warning'}
              showIcon
              title={t('cases.bulk.result', { ok: result.dispatched, failed: result.failed })}
            />
            <ul className="case-bulk-outcomes">
              {result.items.map((item) => (
                <li key={item.id} className={item.ok ? 'case-bulk-ok' : 'case-bulk-failed'}>
                  {item.ok ? <CheckCircleFilled aria-hidden="true" /> : <CloseCircleFilled aria-hidden="true" />}
                  <span className="mono">{codeOf(item.id, item.trackingCode)}</span>
                  <span>
                    {item.ok ? t('cases.bulk.ok') : t('cases.bulk.failedReason', { reason: item.error?.message ?? '' })}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        )
      }
    >
      <Form.Item
        name="leadUnitId"
        label={t('cases.dispatch.lead')}
        rules={[{ required: true, message: t('cases.dispatch.leadRequired') }]}
      >
        <UnitTreeSelect units={units} loading={unitsLoading} exclude={(unit) => !unit.active} testId="bulk-lead" />
      </Form.Item>
      <SupportingUnitsField units={units} loading={unitsLoading} testId="bulk-supporting" />
      <Form.Item name="note" label={t('cases.dispatch.note')}>
        <Input.TextArea rows={2} maxLength={1000} showCount />
      </Form.Item>
    </FormDialog>
  );
}
