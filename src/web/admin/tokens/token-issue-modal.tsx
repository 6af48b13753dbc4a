import { Checkbox, Form, Input, InputNumber, Radio } from 'antd';
import { api } from '../../api/client.ts';
import { PERMISSIONS, type ApiToken, type Permission } from '../../api/types.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { FormDialog } from '../../components/form-dialog.tsx';
import { useT } from '../../i18n/use-t.ts';

/** What a token for an outside system may carry: the integration role's grant (registering cases). */
const INTEGRATION_SCOPES: Permission[] = ['case.create'];

interface Values {
  holder: 'self' | 'integration';
  integration?: string;
  name: string;
  scopes: Permission[];
  expiresInDays?: number | null;
}

export interface IssuedToken {
  token: string;
  apiToken: ApiToken;
}

/**
 * 签发令牌: for oneself (scopes never more than the issuer holds) or for an outside system (为对接系统签发:
 * a service account of that name, registering cases only); name, scopes and an optional lifetime.
 */
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
  const holder = Form.useWatch('holder', form) ?? 'self';

  return (
    <FormDialog<Values, IssuedToken>
      open={open}
      title={t('tokens.issueTitle')}
      okText={t('tokens.issue')}
      form={form}
      initialValues={{ holder: 'self', scopes: ['unit.read'], expiresInDays: 90 }}
      submit={(values) =>
        api.post<IssuedToken>('/tokens', {
          name: values.name.trim(),
          scopes: values.scopes,
          ...(values.holder === 'integration' && values.integration ? { integration: values.integration.trim() } : {}),
          ...(values.expiresInDays ? { expiresInDays: values.expiresInDays } : {}),
        })
      }
      invalidates={[queryKeys.tokens]}
      onDone={onIssued}
      onCancel={onClose}
    >
      <Form.Item name="holder" label={t('tokens.holder')}>
        <Radio.Group
          data-testid="token-form-holder"
          onChange={(event) =>
            form.setFieldValue('scopes', event.target.value === 'integration' ? INTEGRATION_SCOPES : ['unit.read'])
          }
          options={[
            { value: 'self', label: t('tokens.holderSelf') },
            { value: 'integration', label: t('tokens.holderIntegration') },
          ]}
        />
      </Form.Item>
      {holder === 'integration' && (
        <Form.Item
          name="integration"
          label={t('tokens.integration')}
          extra={t('tokens.integrationHint')}
          rules={[{ required: true, whitespace: true, message: t('tokens.integrationRequired') }]}
        >
          <Input
            data-testid="token-form-integration"
            maxLength={60}
            placeholder={t('tokens.integrationPlaceholder')}
            autoComplete="off"
          />
        </Form.Item>
      )}
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
          options={(holder === 'integration' ? INTEGRATION_SCOPES : PERMISSIONS).map((scope) => ({
            value: scope,
            label: t(`permission.${scope}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="expiresInDays" label={t('tokens.expiresInDays')} extra={t('tokens.expiresHint')}>
        <InputNumber min={1} max={3650} precision={0} style={{ width: 160 }} />
      </Form.Item>
    </FormDialog>
  );
}
