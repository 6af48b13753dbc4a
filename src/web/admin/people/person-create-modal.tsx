import { Form, Input, Modal, type ButtonProps } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { MembershipInput, Person, Unit } from '../../api/types.ts';
import { passwordRules } from '../../app/password-rules.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { serverFieldErrors } from '../../components/form-errors.ts';
import { useApiFeedback } from '../../components/use-api-feedback.tsx';
import { useT } from '../../i18n/use-t.ts';
import { MembershipFields } from './membership-fields.tsx';

interface Values {
  username: string;
  displayName: string;
  mobile?: string;
  password: string;
  memberships: MembershipInput[];
}

export const USERNAME_PATTERN = /^[a-z][a-z0-9._-]{2,63}$/;
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;
const FIELDS = ['username', 'displayName', 'mobile', 'password', 'memberships'] as const;
const CODES = { USERNAME_TAKEN: 'username', MOBILE_TAKEN: 'mobile', PASSWORD_TOO_WEAK: 'password' } as const;

/** 新增人员: account, initial password, and at least one unit and role. */
export function PersonCreateModal({
  open,
  units,
  unitsLoading,
  onClose,
  onCreated,
}: {
  open: boolean;
  units: readonly Unit[];
  unitsLoading: boolean;
  onClose: () => void;
  onCreated: (person: Person) => void;
}) {
  const t = useT();
  const { message } = useApiFeedback();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (values: Values) => {
    setSaving(true);
    setError(null);
    try {
      const person = await api.post<Person>('/people', {
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        mobile: values.mobile?.trim() || null,
        password: values.password,
        memberships: values.memberships.map(({ unitId, role }) => ({ unitId, role })),
      });
      void message.success(t('people.created', { name: person.displayName }));
      onCreated(person);
    } catch (caught) {
      const fieldErrors = serverFieldErrors(caught, FIELDS, CODES);
      if (fieldErrors.length > 0) form.setFields(fieldErrors);
      else setError(caught);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('people.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'person-form-submit' } as ButtonProps}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={640}
      destroyOnHidden
      afterClose={() => setError(null)}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ memberships: [{}] }}
        onFinish={(values) => void submit(values)}
        preserve={false}
      >
        <Form.Item
          name="username"
          label={t('people.username')}
          rules={[
            { required: true, message: t('people.usernameRequired') },
            { pattern: USERNAME_PATTERN, message: t('people.usernamePattern') },
          ]}
        >
          <Input data-testid="person-form-username" autoComplete="off" className="mono" maxLength={64} />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('people.name')}
          rules={[{ required: true, whitespace: true, message: t('people.nameRequired') }]}
        >
          <Input data-testid="person-form-name" autoComplete="off" maxLength={50} />
        </Form.Item>
        <Form.Item
          name="mobile"
          label={t('people.mobile')}
          extra={t('people.mobileOptional')}
          rules={[{ pattern: MOBILE_PATTERN, message: t('people.mobilePattern') }]}
        >
          <Input data-testid="person-form-mobile" autoComplete="off" inputMode="numeric" maxLength={11} />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('people.initialPassword')}
          extra={t('password.rule')}
          dependencies={['username']}
          rules={passwordRules(t, () => form.getFieldValue('username') as string | undefined)}
        >
          <Input.Password data-testid="person-form-password" autoComplete="new-password" />
        </Form.Item>
        <MembershipFields units={units} unitsLoading={unitsLoading} requireOne />
        <ApiErrorAlert error={error} />
      </Form>
    </Modal>
  );
}
