import { Form, Input, type ButtonProps } from 'antd';
import { api } from '../../api/client.ts';
import type { MembershipInput, Person, Unit } from '../../api/types.ts';
import { passwordRules } from '../../app/password-rules.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { FormDialog } from '../../components/form-dialog.tsx';
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

  return (
    <FormDialog<Values, Person>
      open={open}
      title={t('people.createTitle')}
      okText={t('common.save')}
      okButtonProps={{ 'data-testid': 'person-form-submit' } as ButtonProps}
      width={640}
      form={form}
      initialValues={{ memberships: [{}] } as Partial<Values>}
      submit={(values) =>
        api.post<Person>('/people', {
          username: values.username.trim(),
          displayName: values.displayName.trim(),
          mobile: values.mobile?.trim() || null,
          password: values.password,
          memberships: values.memberships.map(({ unitId, role }) => ({ unitId, role })),
        })
      }
      invalidates={[queryKeys.people]}
      onDone={(person) => {
        void message.success(t('people.created', { name: person.displayName }));
        onCreated(person);
      }}
      onRefused={(caught) => {
        const fieldErrors = serverFieldErrors(caught, FIELDS, CODES);
        if (fieldErrors.length > 0) form.setFields(fieldErrors);
        return fieldErrors.length > 0;
      }}
      onCancel={onClose}
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
    </FormDialog>
  );
}
