import { Form, Input, Select, type ButtonProps } from 'antd';
import { api, isApiError } from '../../api/client.ts';
import { UNIT_TYPES, type Unit, type UnitType } from '../../api/types.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { FormDialog } from '../../components/form-dialog.tsx';
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
  const editing = dialog?.kind === 'edit' ? dialog.unit : null;
  const initial: Partial<Values> = editing
    ? { code: editing.code, nameZh: editing.nameZh, nameEn: editing.nameEn ?? '', type: editing.type }
    : {};

  const save = (dialog: UnitFormDialog, values: Values): Promise<Unit> => {
    const nameEn = values.nameEn?.trim() || null;
    if (dialog.kind === 'create')
      return api.post<Unit>('/units', {
        code: values.code.trim(),
        nameZh: values.nameZh.trim(),
        nameEn,
        type: values.type,
        parentId: dialog.parent.id,
      });
    const unit = dialog.unit;
    const changes: Record<string, unknown> = { version: unit.version };
    if (values.code.trim() !== unit.code) changes['code'] = values.code.trim();
    if (values.nameZh.trim() !== unit.nameZh) changes['nameZh'] = values.nameZh.trim();
    if (nameEn !== unit.nameEn) changes['nameEn'] = nameEn;
    if (values.type !== unit.type) changes['type'] = values.type;
    return api.patch<Unit>(`/units/${unit.id}`, changes);
  };

  const title = !dialog
    ? ''
    : dialog.kind === 'create'
      ? t('units.createTitle', { parent: unitName(dialog.parent, locale) })
      : t('units.editTitle', { name: unitName(dialog.unit, locale) });

  return (
    <FormDialog<Values, Unit>
      open={dialog !== null}
      title={title}
      okText={t('common.save')}
      okButtonProps={{ 'data-testid': 'unit-form-submit' } as ButtonProps}
      form={form}
      initialValues={initial}
      submit={(values) => (dialog ? save(dialog, values) : Promise.reject(new Error('no unit dialog open')))}
      invalidates={[queryKeys.units]}
      onDone={(saved) => {
        void message.success(
          dialog?.kind === 'create' ? t('units.created', { name: saved.nameZh }) : t('common.saved'),
        );
        onSaved(saved);
      }}
      onRefused={(caught) => {
        if (dialog && isApiError(caught) && caught.code === 'VERSION_CONFLICT') {
          onClose();
          showError(caught, { onReload: () => onSaved(dialog.kind === 'edit' ? dialog.unit : dialog.parent) });
          return true;
        }
        const fieldErrors = serverFieldErrors(caught, FIELDS, { UNIT_CODE_TAKEN: 'code' });
        if (fieldErrors.length > 0) form.setFields(fieldErrors);
        return fieldErrors.length > 0;
      }}
      onCancel={onClose}
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
    </FormDialog>
  );
}
