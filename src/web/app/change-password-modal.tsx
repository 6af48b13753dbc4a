import { Form, Input } from 'antd';
import { api, isApiError } from '../api/client.ts';
import { useAuth } from '../auth/use-auth.ts';
import { FormDialog } from '../components/form-dialog.tsx';
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

  return (
    <FormDialog<Values, void>
      open={open}
      title={t('user.changePassword')}
      okText={t('common.save')}
      form={form}
      submit={(values) =>
        api.post<void>('/auth/password', { currentPassword: values.currentPassword, newPassword: values.newPassword })
      }
      onDone={() => {
        void message.success(t('password.changed'));
        onClose();
      }}
      onRefused={(caught) => {
        // The server answers a wrong current password as it answers a wrong sign-in; say it plainly here.
        if (isApiError(caught) && caught.code === 'INVALID_CREDENTIALS')
          form.setFields([{ name: 'currentPassword', errors: [t('password.currentWrong')] }]);
        else if (isApiError(caught) && caught.code === 'PASSWORD_TOO_WEAK')
          form.setFields([{ name: 'newPassword', errors: [caught.message] }]);
        else return false;
        return true;
      }}
      onCancel={onClose}
    >
      <Form.Item
        name="currentPassword"
        label={t('password.current')}
        rules={[{ required: true, message: t('password.required') }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <NewPasswordFields username={() => me?.person.username} />
    </FormDialog>
  );
}
