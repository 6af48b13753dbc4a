import { Form, Input, Modal, Select, type ButtonProps } from 'antd';
import { useState } from 'react';
import { api, isApiError } from '../../api/client.ts';
import { UNIT_TYPES, type Unit, type UnitType } from '../../api/types.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { serverFieldErrors } from '../../components/form-errors.ts';
import { useApiFeedback } from '../../components/use-api-feedback.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { unitName } from '../shared/unit-tree.ts';

interface Values {
  code: string;
  nameZh: string;
  nameEn?: string;
  type: UnitType;
}

export type UnitFormDialog = { kind: 'create'; parent: Unit } | { kind: 'edit'; unit: Unit };

const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const FIELDS = ['code', 'nameZh', 'nameEn', 'type'] as const;

/** New unit under a parent, or edit a unit (sends only what changed, with the version read). */
export function UnitFormModal({
  dialog,
  onClose,
  onSaved,
}: {
  dialog: UnitFormDialog | null;
  onClose: () => void;
  onSaved: (unit: Unit) => void;
}) {
  const { t, locale } = useLocale();
  const { message, showError } = useApiFeedback();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const editing = dialog?.kind === 'edit' ? dialog.unit : null;
  const initial: Partial<Values> = editing
    ? { code: editing.code, nameZh: editing.nameZh, nameEn: editing.nameEn ?? '', type: editing.type }
    : {};

  const submit = async (values: Values) => {
    if (!dialog) return;
    setSaving(true);
    setError(null);
    const nameEn = values.nameEn?.trim() || null;
    try {
      let saved: Unit;
      if (dialog.kind === 'create') {
        saved = await api.post<Unit>('/units', {
          code: values.code.trim(),
          nameZh: values.nameZh.trim(),
          nameEn,
          type: values.type,
          parentId: dialog.parent.id,
        });
        void message.success(t('units.created', { name: saved.nameZh }));
      } else {
        const unit = dialog.unit;
        const changes: Record<string, unknown> = { version: unit.version };
        if (values.code.trim() !== unit.code) changes['code'] = values.code.trim();
        if (values.nameZh.trim() !== unit.nameZh) changes['nameZh'] = values.nameZh.trim();
        if (nameEn !== unit.nameEn) changes['nameEn'] = nameEn;
        if (values.type !== unit.type) changes['type'] = values.type;
        saved = await api.patch<Unit>(`/units/${unit.id}`, changes);
        void message.success(t('common.saved'));
      }
      onSaved(saved);
    } catch (caught) {
      if (isApiError(caught) && caught.code === 'VERSION_CONFLICT') {
        onClose();
        showError(caught, { onReload: () => onSaved(dialog.kind === 'edit' ? dialog.unit : dialog.parent) });
        return;
      }
      const fieldErrors = serverFieldErrors(caught, FIELDS, { UNIT_CODE_TAKEN: 'code' });
      if (fieldErrors.length > 0) form.setFields(fieldErrors);
      else setError(caught);
    } finally {
      setSaving(false);
    }
  };

  const title = !dialog
    ? ''
    : dialog.kind === 'create'
      ? t('units.createTitle', { parent: unitName(dialog.parent, locale) })
      : t('units.editTitle', { name: unitName(dialog.unit, locale) });

  return (
    <Modal
      open={dialog !== null}
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'unit-form-submit' } as ButtonProps}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      afterClose={() => setError(null)}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(values) => void submit(values)}
        preserve={false}
      >
        <Form.Item
          name="code"
          label={t('units.code')}
          rules={[
            { required: true, whitespace: true, message: t('units.codeRequired') },
            { pattern: CODE_PATTERN, message: t('units.codePattern') },
          ]}
        >
          <Input data-testid="unit-form-code" maxLength={64} autoComplete="off" className="mono" />
        </Form.Item>
        <Form.Item
          name="nameZh"
          label={t('units.nameZh')}
          rules={[{ required: true, whitespace: true, message: t('units.nameRequired') }]}
        >
          <Input data-testid="unit-form-name" maxLength={100} autoComplete="off" lang="zh-CN" />
        </Form.Item>
        <Form.Item name="nameEn" label={t('units.nameEn')}>
          <Input data-testid="unit-form-name-en" maxLength={200} autoComplete="off" lang="en" />
        </Form.Item>
        <Form.Item name="type" label={t('units.type')} rules={[{ required: true, message: t('units.typeRequired') }]}>
          <Select<UnitType>
            data-testid="unit-form-type"
            options={UNIT_TYPES.map((type) => ({ value: type, label: t(`unitType.${type}`) }))}
          />
        </Form.Item>
        <ApiErrorAlert error={error} />
      </Form>
    </Modal>
  );
}
