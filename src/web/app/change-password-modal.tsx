import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { api, isApiError } from '../api/client.ts';
import { useAuth } from '../auth/use-auth.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { useApiFeedback } from '../components/use-api-feedback.tsx';
import { useT } from '../i18n/use-t.ts';
import { NewPasswordFields } from './new-password-fields.tsx';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** 修改密码: the current password and a new one; other sessions of this person end. */
export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { me } = useAuth();
  const { message } = useApiFeedback();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (values: Values) => {
    setSaving(true);
    setError(null);
    try {
      await api.post('/auth/password', { currentPassword: values.currentPassword, newPassword: values.newPassword });
      void message.success(t('password.changed'));
      onClose();
    } catch (caught) {
      // The server answers a wrong current password as it answers a wrong sign-in; say it plainly here.
      if (isApiError(caught) && caught.code === 'INVALID_CREDENTIALS')
        form.setFields([{ name: 'currentPassword', errors: [t('password.currentWrong')] }]);
      else if (isApiError(caught) && caught.code === 'PASSWORD_TOO_WEAK')
        form.setFields([{ name: 'newPassword', errors: [caught.message] }]);
      else setError(caught);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('user.changePassword')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      afterClose={() => setError(null)}
    >
      <Form<Values> form={form} layout="vertical" onFinish={(values) => void submit(values)} preserve={false}>
        <Form.Item
          name="currentPassword"
          label={t('password.current')}
          rules={[{ required: true, message: t('password.required') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <NewPasswordFields username={() => me?.person.username} />
        <ApiErrorAlert error={error} />
      </Form>
    </Modal>
  );
}
