import { Alert, Form } from 'antd';
import { useCallback } from 'react';
import { api, isApiError } from '../../api/client.ts';
import type { Unit } from '../../api/types.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { FormDialog } from '../../components/form-dialog.tsx';
import { useApiFeedback } from '../../components/use-api-feedback.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { UnitTreeSelect } from '../shared/unit-tree-select.tsx';
import { unitName, unitTrail } from '../shared/unit-tree.ts';

/** 调整隶属: pick a new parent; the unit's own subtree is left out, and parents you cannot manage are disabled. */
export function UnitMoveModal({
  unit,
  units,
  byId,
  onClose,
  onMoved,
}: {
  unit: Unit | null;
  units: readonly Unit[];
  byId: Map<number, Unit>;
  onClose: () => void;
  onMoved: (unit: Unit) => void;
}) {
  const { t, locale } = useLocale();
  const { message, showError } = useApiFeedback();
  const [form] = Form.useForm<{ parentId: number }>();

  const exclude = useCallback((candidate: Unit) => unit !== null && candidate.path.startsWith(unit.path), [unit]);
  const disable = useCallback(
    (candidate: Unit) => candidate.id === unit?.parentId || !candidate.allowedActions.includes('createChild'),
    [unit],
  );

  return (
    <FormDialog<{ parentId: number }, Unit>
      open={unit !== null}
      title={unit ? t('units.moveTitle', { name: unitName(unit, locale) }) : ''}
      okText={t('units.move')}
      form={form}
      submit={({ parentId }) =>
        unit
          ? api.post<Unit>(`/units/${unit.id}/move`, { version: unit.version, parentId })
          : Promise.reject(new Error('no unit to move'))
      }
      invalidates={[queryKeys.units]}
      onDone={(moved) => {
        void message.success(t('units.moved'));
        onMoved(moved);
      }}
      onRefused={(caught) => {
        if (!unit || !isApiError(caught) || caught.code !== 'VERSION_CONFLICT') return false;
        onClose();
        showError(caught, { onReload: () => onMoved(unit) });
        return true;
      }}
      onCancel={onClose}
    >
      {unit && (
        <>
          <Alert className="admin-form-hint" type="info" showIcon title={t('units.moveHint')} />
          <Form.Item label={t('units.path')}>{unitTrail(unit, byId, locale)}</Form.Item>
          <Form.Item
            name="parentId"
            label={t('units.newParent')}
            rules={[{ required: true, message: t('units.parentRequired') }]}
          >
            <UnitTreeSelect units={units} exclude={exclude} disable={disable} testId="unit-move-parent" />
          </Form.Item>
        </>
      )}
    </FormDialog>
  );
}
