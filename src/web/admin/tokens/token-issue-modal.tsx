import { Checkbox, Form, Input, InputNumber } from 'antd';
import { api } from '../../api/client.ts';
import { PERMISSIONS, type ApiToken, type Permission } from '../../api/types.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { FormDialog } from '../../components/form-dialog.tsx';
import { useT } from '../../i18n/use-t.ts';

interface Values {
  name: string;
  scopes: Permission[];
  expiresInDays?: number | null;
}

export interface IssuedToken {
  token: string;
  apiToken: ApiToken;
}

/** 签发令牌: name, scopes (never more than the issuer holds) and an optional lifetime. */
export function TokenIssueModal({
  open,
  onClose,
  onIssued,
}: {
  open: boolean;
  onClose: () => void;
  onIssued: (issued: IssuedToken) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();

  return (
    <FormDialog<Values, IssuedToken>
      open={open}
      title={t('tokens.issueTitle')}
      okText={t('tokens.issue')}
      form={form}
      initialValues={{ scopes: ['unit.read'], expiresInDays: 90 }}
      submit={(values) =>
        api.post<IssuedToken>('/tokens', {
          name: values.name.trim(),
          scopes: values.scopes,
          ...(values.expiresInDays ? { expiresInDays: values.expiresInDays } : {}),
        })
      }
      invalidates={[queryKeys.tokens]}
      onDone={onIssued}
      onCancel={onClose}
    >
      <Form.Item
        name="name"
        label={t('tokens.name')}
        rules={[{ required: true, whitespace: true, message: t('tokens.nameRequired') }]}
      >
        <Input
          data-testid="token-form-name"
          maxLength={100}
          placeholder={t('tokens.namePlaceholder')}
          autoComplete="off"
        />
      </Form.Item>
      <Form.Item
        name="scopes"
        label={t('tokens.scopes')}
        rules={[{ required: true, type: 'array', min: 1, message: t('tokens.scopesRequired') }]}
      >
        <Checkbox.Group
          className="token-scopes"
          options={PERMISSIONS.map((scope) => ({ value: scope, label: t(`permission.${scope}`) }))}
        />
      </Form.Item>
      <Form.Item name="expiresInDays" label={t('tokens.expiresInDays')} extra={t('tokens.expiresHint')}>
        <InputNumber min={1} max={3650} precision={0} style={{ width: 160 }} />
      </Form.Item>
    </FormDialog>
  );
}
