import { Alert, Form, Input } from 'antd';
import { api, isApiError } from '../../api/client.ts';
import type { Person } from '../../api/types.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { FormDialog } from '../../components/form-dialog.tsx';
import { serverFieldErrors } from '../../components/form-errors.ts';
import { useApiFeedback } from '../../components/use-api-feedback.tsx';
import { useT } from '../../i18n/use-t.ts';
import { MOBILE_PATTERN } from './person-create-modal.tsx';

interface Values {
  displayName?: string;
  mobile?: string;
}

/** 编辑人员: name and mobile; only changed fields are sent. Masked data is never sent back. */
export function PersonEditModal({
  person,
  onClose,
  onSaved,
}: {
  person: Person | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const { message, showError } = useApiFeedback();
  const [form] = Form.useForm<Values>();
  const masked = person?.masked ?? false;

  /** Only what changed is sent; nothing changed sends nothing (null). */
  const save = async (values: Values): Promise<Person | null> => {
    if (!person) return null;
    const changes: Record<string, unknown> = { version: person.version };
    const name = values.displayName?.trim() ?? '';
    const mobile = values.mobile?.trim() ?? '';
    if (name && name !== person.displayName) changes['displayName'] = name;
    if (masked ? mobile !== '' : mobile !== (person.mobile ?? '')) changes['mobile'] = mobile || null;
    if (Object.keys(changes).length === 1) return null;
    return api.patch<Person>(`/people/${person.id}`, changes);
  };

  return (
    <FormDialog<Values, Person | null>
      open={person !== null}
      title={person ? t('people.editTitle', { name: person.displayName }) : ''}
      okText={t('common.save')}
      form={form}
      initialValues={!person || masked ? {} : { displayName: person.displayName, mobile: person.mobile ?? '' }}
      submit={save}
      invalidates={[queryKeys.people]}
      onDone={(saved) => {
        if (!saved) return onClose();
        void message.success(t('common.saved'));
        onSaved();
      }}
      onRefused={(caught) => {
        if (isApiError(caught) && caught.code === 'VERSION_CONFLICT') {
          onClose();
          showError(caught, { onReload: onSaved });
          return true;
        }
        const fieldErrors = serverFieldErrors(caught, ['displayName', 'mobile'] as const, { MOBILE_TAKEN: 'mobile' });
        if (fieldErrors.length > 0) form.setFields(fieldErrors);
        return fieldErrors.length > 0;
      }}
      onCancel={onClose}
    >
      {person && (
        <>
          {masked && <Alert className="admin-form-hint" type="info" showIcon title={t('people.maskedEditHint')} />}
          <Form.Item label={t('people.username')}>
            <span className="mono">{person.username ?? '—'}</span>
          </Form.Item>
          <Form.Item
            name="displayName"
            label={t('people.name')}
            rules={masked ? [] : [{ required: true, whitespace: true, message: t('people.nameRequired') }]}
          >
            <Input maxLength={50} autoComplete="off" placeholder={masked ? person.displayName : undefined} />
          </Form.Item>
          <Form.Item
            name="mobile"
            label={t('people.mobile')}
            rules={[{ pattern: MOBILE_PATTERN, message: t('people.mobilePattern') }]}
          >
            <Input
              maxLength={11}
              inputMode="numeric"
              autoComplete="off"
              placeholder={masked ? (person.mobile ?? undefined) : undefined}
            />
          </Form.Item>
        </>
      )}
    </FormDialog>
  );
}
