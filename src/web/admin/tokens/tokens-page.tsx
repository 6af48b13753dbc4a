import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, isApiError } from '../../api/client.ts';
import { PERMISSIONS, type ApiToken } from '../../api/types.ts';
import { useApiGet, useApiMutation } from '../../api/queries.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { useApiFeedback } from '../../components/use-api-feedback.tsx';
import type { Translate } from '../../i18n/message-types.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { TokenIssueModal, type IssuedToken } from './token-issue-modal.tsx';
import { TokenSecretModal } from './token-secret-modal.tsx';
import { formatTime } from '../../components/date-format.ts';

function statusTag(t: Translate, token: ApiToken) {
  if (token.revokedAt) return <Tag>{t('tokens.revoked')}</Tag>;
  if (token.expiresAt && new Date(token.expiresAt) <= new Date())
    return <Tag color="orange">{t('tokens.expired')}</Tag>;
  return <Tag color="success">{t('tokens.valid')}</Tag>;
}

function scopeLabel(t: Translate, scope: string): string {
  const match = PERMISSIONS.find((item) => item === scope);
  return match ? t(`permission.${match}`) : scope;
}

/** 接口令牌: the tokens issued, issue a new one (secret shown once), revoke. */
export function TokensPage() {
  const { t } = useLocale();
  const { showError, message, modal } = useApiFeedback();
  const { data, error, isFetching: loading, refetch: reload } = useApiGet<ApiToken[]>('/tokens');
  const revocation = useApiMutation((token: ApiToken) => api.delete(`/tokens/${token.id}`), [queryKeys.tokens]);
  const [issuing, setIssuing] = useState(false);
  const [issued, setIssued] = useState<IssuedToken | null>(null);
  const when = (iso: string | null, empty: string) => (iso ? formatTime(iso) : empty);

  const revoke = (token: ApiToken) =>
    modal.confirm({
      title: t('tokens.revokeConfirm', { name: token.name }),
      content: t('tokens.revokeBody'),
      okText: t('tokens.revoke'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await revocation.mutateAsync(token);
          void message.success(t('tokens.revokedMessage', { name: token.name }));
        } catch (caught) {
          if (!isApiError(caught) || caught.code !== 'NOT_FOUND') showError(caught);
        }
        reload();
      },
    });

  return (
    <>
      <div className="admin-toolbar">
        <Typography.Paragraph type="secondary" className="tokens-intro" style={{ margin: 0, maxWidth: '60em' }}>
          {t('tokens.intro')}
        </Typography.Paragraph>
        <Button type="primary" icon={<PlusOutlined />} data-testid="token-issue" onClick={() => setIssuing(true)}>
          {t('tokens.issue')}
        </Button>
      </div>
      <Card>
        {error !== null && <ApiErrorAlert error={error} />}
        <div data-testid="tokens-table">
          <Table<ApiToken>
            size="small"
            rowKey="id"
            loading={loading}
            dataSource={data ?? []}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tokens.empty')} /> }}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
            scroll={{ x: 960 }}
            columns={[
              { key: 'name', title: t('tokens.name'), dataIndex: 'name' },
              {
                key: 'prefix',
                title: t('tokens.prefix'),
                dataIndex: 'prefix',
                render: (prefix: string) => <span className="mono">{prefix}…</span>,
              },
              { key: 'owner', title: t('tokens.owner'), dataIndex: 'personName', width: 100 },
              {
                key: 'scopes',
                title: t('tokens.scopes'),
                render: (_, token) => (
                  <div className="membership-tags">
                    {token.scopes.map((scope) => (
                      <Tag key={scope}>{scopeLabel(t, scope)}</Tag>
                    ))}
                  </div>
                ),
              },
              {
                key: 'created',
                title: t('tokens.createdAt'),
                width: 140,
                render: (_, token) => when(token.createdAt, '—'),
              },
              {
                key: 'expires',
                title: t('tokens.expiresAt'),
                width: 140,
                render: (_, token) => when(token.expiresAt, t('tokens.noExpiry')),
              },
              {
                key: 'used',
                title: t('tokens.lastUsedAt'),
                width: 140,
                render: (_, token) => when(token.lastUsedAt, t('tokens.never')),
              },
              { key: 'status', title: t('common.status'), width: 90, render: (_, token) => statusTag(t, token) },
              {
                key: 'actions',
                title: t('common.actions'),
                width: 80,
                render: (_, token) =>
                  token.allowedActions.includes('revoke') && !token.revokedAt ? (
                    <Button type="link" size="small" danger onClick={() => revoke(token)}>
                      {t('tokens.revoke')}
                    </Button>
                  ) : null,
              },
            ]}
          />
        </div>
      </Card>
      <TokenIssueModal
        open={issuing}
        onClose={() => setIssuing(false)}
        onIssued={(result) => {
          setIssuing(false);
          setIssued(result);
          reload();
        }}
      />
      <TokenSecretModal issued={issued} onClose={() => setIssued(null)} />
    </>
  );
}
