import { Alert, Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useApiMutation } from '../api/queries.ts';
import { queryKeys } from '../api/query-keys.ts';
import type { Me } from '../api/types.ts';
import { errorMessage } from '../components/api-error-alert.tsx';
import { validValues } from '../components/form-errors.ts';
import { useT } from '../i18n/use-t.ts';
import { topicsApi } from './topics-api.ts';

/** The inline sign-in step: a mobile number, a code by SMS, and the citizen is signed in. */
export function CitizenSignIn({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const t = useT();
  const [form] = Form.useForm<{ mobile: string; code: string }>();
  const [sent, setSent] = useState(false);
  const sending = useApiMutation(topicsApi.sendCode, []);
  // Who reads changes: the topics (supportedByMe, allowed actions) and notifications are read again.
  const signing = useApiMutation(
    ({ mobile, code }: { mobile: string; code: string }) => topicsApi.signIn(mobile, code),
    [queryKeys.publicTopics, queryKeys.notifications],
  );
  const error = sending.error ?? signing.error;

  const send = async () => {
    const values = await form.validateFields(['mobile']).catch(() => null);
    if (!values) return;
    signing.reset();
    await sending.mutateAsync(values.mobile).then(
      () => setSent(true),
      () => undefined, // shown below the form
    );
  };
  const signIn = async () => {
    const values = await validValues(form);
    if (!values) return;
    sending.reset();
    await signing.mutateAsync(values).then(onSignedIn, () => undefined);
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
          <Button onClick={() => void send()} loading={sending.isPending && !sent} data-testid="topics-send-code">
            {t('topics.sendCode')}
          </Button>
          {sent && (
            <Button
              type="primary"
              onClick={() => void signIn()}
              loading={sending.isPending || signing.isPending}
              data-testid="topics-signin-submit"
            >
              {t('topics.signInSubmit')}
            </Button>
          )}
        </Space>
      </Form>
      {error && <Alert type="error" showIcon title={errorMessage(error)} className="topics-error" />}
    </div>
  );
}
