import { Alert, Form, Modal } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { Person } from '../../api/types.ts';
import { NewPasswordFields } from '../../app/new-password-fields.tsx';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
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
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async ({ newPassword }: Values) => {
    if (!person) return;
    setSaving(true);
    setError(null);
    try {
      await api.post(`/people/${person.id}/password`, { newPassword });
      void message.success(t('people.passwordReset', { name: person.displayName }));
      onDone();
    } catch (caught) {
      const fieldErrors = serverFieldErrors(caught, ['newPassword'] as const, { PASSWORD_TOO_WEAK: 'newPassword' });
      if (fieldErrors.length > 0) form.setFields(fieldErrors);
      else setError(caught);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={person !== null}
      title={person ? t('people.resetTitle', { name: person.displayName }) : ''}
      okText={t('people.resetPassword')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      afterClose={() => setError(null)}
    >
      <Form<Values> form={form} layout="vertical" onFinish={(values) => void submit(values)} preserve={false}>
        <Alert className="admin-form-hint" type="warning" showIcon title={t('people.resetHint')} />
        <NewPasswordFields username={() => person?.username} />
        <ApiErrorAlert error={error} />
      </Form>
    </Modal>
  );
}
