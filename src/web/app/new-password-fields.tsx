import { Form, Input } from 'antd';
import { useT } from '../i18n/use-t.ts';
import { passwordRules } from './password-rules.ts';

/** The new password and its confirmation, checked against the server's rule before sending. */
export function NewPasswordFields({ username }: { username: () => string | null | undefined }) {
  const t = useT();
  return (
    <>
      <Form.Item
        name="newPassword"
        label={t('password.new')}
        extra={t('password.rule')}
        rules={passwordRules(t, username)}
      >
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
    </>
  );
}
