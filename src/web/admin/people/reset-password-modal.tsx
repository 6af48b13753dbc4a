import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { Person } from '../../api/types.ts';
import { passwordRules } from '../../app/password-rules.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { serverFieldErrors } from '../../components/form-errors.ts';
import { useApiFeedback } from '../../components/use-api-feedback.tsx';
import { useT } from '../../i18n/use-t.ts';

interface Values {
  newPassword: string;
  confirm: string;
}

/** 重置密码: a new password chosen by the administrator; the person's sessions end. */
export function ResetPasswordModal({ person, onClose, onDone }: { person: Person | null; onClose: () => void; onDone: () => void }) {
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
        <Form.Item name="newPassword" label={t('password.new')} extra={t('password.rule')} rules={passwordRules(t, () => person?.username)}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('password.required') },
            ({ getFieldValue }) => ({
              validator: async (_, value) => {
                if (value && value !== getFieldValue('newPassword')) throw new Error(t('password.mismatch'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <ApiErrorAlert error={error} />
      </Form>
    </Modal>
  );
}
