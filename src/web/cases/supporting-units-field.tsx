import { Form } from 'antd';
import type { Unit } from '../api/types.ts';
import { useT } from '../i18n/use-t.ts';
import { UnitMultiSelect } from './unit-multi-select.tsx';

/**
 * 配合单位 of a dispatch form (single or bulk): any units but the lead unit (`leadUnitId` in the same
 * form), which it neither offers nor accepts.
 */
export function SupportingUnitsField({
  units,
  loading,
  testId,
}: {
  units: readonly Unit[];
  loading: boolean;
  testId: string;
}) {
  const t = useT();
  const form = Form.useFormInstance();
  const lead = Form.useWatch('leadUnitId', form) as number | undefined;
  return (
    <Form.Item
      name="supportingUnitIds"
      label={t('cases.dispatch.supporting')}
      dependencies={['leadUnitId']}
      rules={[
        {
          validator: async (_, value: number[] | undefined) =>
            (value ?? []).includes(form.getFieldValue('leadUnitId'))
              ? Promise.reject(new Error(t('cases.dispatch.sameUnit')))
              : undefined,
        },
      ]}
    >
      <UnitMultiSelect units={units} loading={loading} disable={(unit) => unit.id === lead} testId={testId} />
    </Form.Item>
  );
}
