import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, type FormInstance } from 'antd';
// The two inputs alone: antd's Input also carries TextArea, Search, OTP and Group, which this page does not show.
import Input from 'antd/es/input/Input';
import Password from 'antd/es/input/Password';
import { useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { useAuth } from '../../auth/use-auth.ts';
import { formatShortTime } from '../../components/short-time.ts';

export interface LoginValues {
  login: string;
  password: string;
}

/**
 * Until when sign-in is held back: ACCOUNT_LOCKED (this address or device is locked out of the
 * account) or SIGN_IN_DELAYED (many failures from anywhere: password sign-in from a new device waits).
 */
function lockedUntil(error: unknown): { until: Date; delayed: boolean } | null {
  if (!isApiError(error) || (error.code !== 'ACCOUNT_LOCKED' && error.code !== 'SIGN_IN_DELAYED')) return null;
  const details = error.details as { lockedUntil?: unknown } | undefined;
  const date = typeof details?.lockedUntil === 'string' ? new Date(details.lockedUntil) : null;
  return date && !Number.isNaN(date.getTime()) ? { until: date, delayed: error.code === 'SIGN_IN_DELAYED' } : null;
}

/** Username (or mobile) and password; after success the auth state changes and the page moves on. */
export function LoginForm({ form }: { form: FormInstance<LoginValues> }) {
  const { t } = useLocale();
  const { signIn } = useAuth();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (values: LoginValues) => {
    setSubmitting(true);
    setError(null);
    try {
      await signIn(values.login.trim(), values.password);
    } catch (caught) {
      setError(caught);
      form.setFieldValue('password', '');
      setSubmitting(false);
    }
  };

  const held = lockedUntil(error);
  return (
    <Form<LoginValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={(values) => void submit(values)}
      disabled={submitting}
    >
      <Form.Item
        name="login"
        label={t('login.username')}
        rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
      >
        <Input
          data-testid="login-username"
          prefix={<UserOutlined aria-hidden="true" />}
          autoComplete="username"
          autoFocus
          size="large"
        />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('login.password')}
        rules={[{ required: true, message: t('login.passwordRequired') }]}
      >
        <Password
          data-testid="login-password"
          prefix={<LockOutlined aria-hidden="true" />}
          autoComplete="current-password"
          size="large"
        />
      </Form.Item>
      {error !== null &&
        (held ? (
          <Alert
            className="login-error"
            type="error"
            showIcon
            role="alert"
            title={isApiError(error) ? error.message : t('login.failedTitle')}
            description={t(held.delayed ? 'login.delayedUntil' : 'login.lockedUntil', {
              time: formatShortTime(held.until.toISOString()),
            })}
          />
        ) : (
          <ApiErrorAlert className="login-error" error={error} />
        ))}
      <Button data-testid="login-submit" type="primary" htmlType="submit" size="large" block loading={submitting}>
        {t('login.submit')}
      </Button>
    </Form>
  );
}
