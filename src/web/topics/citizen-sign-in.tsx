import { Alert, Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import type { Me } from '../api/types.ts';
import { errorMessage } from '../components/api-error-alert.tsx';
import { useT } from '../i18n/use-t.ts';
import { topicsApi } from './topics-api.ts';

/** The inline sign-in step: a mobile number, a code by SMS, and the citizen is signed in. */
export function CitizenSignIn({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const t = useT();
  const [form] = Form.useForm<{ mobile: string; code: string }>();
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const send = async () => {
    const { mobile } = await form.validateFields(['mobile']);
    setBusy(true);
    setError(null);
    try {
      await topicsApi.sendCode(mobile);
      setSent(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const signIn = async () => {
    const { mobile, code } = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await topicsApi.signIn(mobile, code));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="topics-signin" data-testid="topics-signin">
      <p>{t('topics.signIn')}</p>
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item
          name="mobile"
          label={t('topics.mobile')}
          rules={[{ required: true, pattern: /^1\d{10}$/, message: t('topics.mobileRule') }]}
        >
          <Input inputMode="tel" autoComplete="tel" maxLength={11} data-testid="topics-mobile" />
        </Form.Item>
        {sent && (
          <Form.Item
            name="code"
            label={t('topics.code')}
            extra={t('topics.codeSent')}
            rules={[{ required: true, pattern: /^\d{6}$/, message: t('topics.codeRule') }]}
          >
            <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} data-testid="topics-code" />
          </Form.Item>
        )}
        <Space>
          <Button onClick={() => void send()} loading={busy && !sent} data-testid="topics-send-code">
            {t('topics.sendCode')}
          </Button>
          {sent && (
            <Button type="primary" onClick={() => void signIn()} loading={busy} data-testid="topics-signin-submit">
              {t('topics.signInSubmit')}
            </Button>
          )}
        </Space>
      </Form>
      {error !== null && <Alert type="error" showIcon title={errorMessage(error)} className="topics-error" />}
    </div>
  );
}
