import { Alert, Form } from 'antd';
import { api } from '../../api/client.ts';
import type { Person } from '../../api/types.ts';
import { NewPasswordFields } from '../../app/new-password-fields.tsx';
import { queryKeys } from '../../api/query-keys.ts';
import { FormDialog } from '../../components/form-dialog.tsx';
import { serverFieldErrors } from '../../components/form-errors.ts';
import { useApiFeedback } from '../../components/use-api-feedback.tsx';
import { useT } from '../../i18n/use-t.ts';

interface Values {
  newPassword: string;
  confirm: string;
}

/** 重置密码: a new password chosen by the administrator; the person's sessions end. */
export function ResetPasswordModal({
  person,
  onClose,
  onDone,
}: {
  person: Person | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const { message } = useApiFeedback();
  const [form] = Form.useForm<Values>();

  return (
    <FormDialog<Values, void>
      open={person !== null}
      title={person ? t('people.resetTitle', { name: person.displayName }) : ''}
      okText={t('people.resetPassword')}
      form={form}
      submit={({ newPassword }) => api.post<void>(`/people/${person?.id}/password`, { newPassword })}
      invalidates={[queryKeys.people]}
      onDone={() => {
        if (person) void message.success(t('people.passwordReset', { name: person.displayName }));
        onDone();
      }}
      onRefused={(caught) => {
        const fieldErrors = serverFieldErrors(caught, ['newPassword'] as const, { PASSWORD_TOO_WEAK: 'newPassword' });
        if (fieldErrors.length > 0) form.setFields(fieldErrors);
        return fieldErrors.length > 0;
      }}
      onCancel={onClose}
    >
      <Alert className="admin-form-hint" type="warning" showIcon title={t('people.resetHint')} />
      <NewPasswordFields username={() => person?.username} />
    </FormDialog>
  );
}
