import { Alert, Form, Modal } from 'antd';
import { useCallback, useState } from 'react';
import { api, isApiError } from '../../api/client.ts';
import type { Unit } from '../../api/types.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
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
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const exclude = useCallback((candidate: Unit) => unit !== null && candidate.path.startsWith(unit.path), [unit]);
  const disable = useCallback(
    (candidate: Unit) => candidate.id === unit?.parentId || !candidate.allowedActions.includes('createChild'),
    [unit],
  );

  const submit = async ({ parentId }: { parentId: number }) => {
    if (!unit) return;
    setSaving(true);
    setError(null);
    try {
      const moved = await api.post<Unit>(`/units/${unit.id}/move`, { version: unit.version, parentId });
      void message.success(t('units.moved'));
      onMoved(moved);
    } catch (caught) {
      if (isApiError(caught) && caught.code === 'VERSION_CONFLICT') {
        onClose();
        showError(caught, { onReload: () => onMoved(unit) });
      } else {
        setError(caught);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={unit !== null}
      title={unit ? t('units.moveTitle', { name: unitName(unit, locale) }) : ''}
      okText={t('units.move')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      afterClose={() => setError(null)}
    >
      {unit && (
        <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} preserve={false}>
          <Alert className="admin-form-hint" type="info" showIcon title={t('units.moveHint')} />
          <Form.Item label={t('units.path')}>{unitTrail(unit, byId, locale)}</Form.Item>
          <Form.Item
            name="parentId"
            label={t('units.newParent')}
            rules={[{ required: true, message: t('units.parentRequired') }]}
          >
            <UnitTreeSelect units={units} exclude={exclude} disable={disable} testId="unit-move-parent" />
          </Form.Item>
          <ApiErrorAlert error={error} />
        </Form>
      )}
    </Modal>
  );
}
