import { Button, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { isRole, isUnitType, type DemoLogin } from '../../api/types.ts';
import type { Translate } from '../../i18n/message-types.ts';
import { useT } from '../../i18n/use-t.ts';

/** "supervisor (discipline commission)" → 督查人员（纪委监委）; unknown words are shown as they are. */
export function demoRoleLabel(t: Translate, role: string): string {
  const match = /^([a-z_]+)\s*(?:\((.+)\))?$/.exec(role.trim());
  if (!match?.[1]) return role;
  const base = isRole(match[1]) ? t(`role.${match[1]}`) : match[1];
  const qualifier = match[2]?.trim();
  if (!qualifier) return base;
  const asType = qualifier.toLowerCase().replace(/\s+/g, '_');
  return t('login.demoRoleQualified', {
    role: base,
    qualifier: isUnitType(asType) ? t(`unitType.${asType}`) : qualifier,
  });
}

/** The demo accounts (demo installations only): one click fills the sign-in form. */
export function DemoLogins({ onPick }: { onPick: (login: DemoLogin) => void }) {
  const t = useT();
  const [logins, setLogins] = useState<DemoLogin[]>([]);

  useEffect(() => {
    const controller = new AbortController();
    api.get<DemoLogin[]>('/auth/demo-logins', undefined, controller.signal).then(setLogins, () => setLogins([]));
    return () => controller.abort();
  }, []);

  if (logins.length === 0) return null;
  return (
    <section className="login-demo" data-testid="demo-logins" aria-labelledby="demo-logins-title">
      <h2 id="demo-logins-title" className="login-demo-title">
        {t('login.demoTitle')}
      </h2>
      <Typography.Paragraph type="secondary" className="login-demo-hint">
        {t('login.demoHint')}
      </Typography.Paragraph>
      <Table<DemoLogin>
        size="small"
        rowKey="username"
        pagination={false}
        dataSource={logins}
        columns={[
          {
            key: 'role',
            title: t('login.demoRole'),
            render: (_, row) => <span title={row.displayName}>{demoRoleLabel(t, row.role)}</span>,
          },
          {
            key: 'username',
            title: t('login.demoUsername'),
            dataIndex: 'username',
            render: (value: string) => <code>{value}</code>,
          },
          {
            key: 'password',
            title: t('login.demoPassword'),
            dataIndex: 'password',
            render: (value: string) => <code>{value}</code>,
          },
          {
            key: 'fill',
            title: <span className="visually-hidden">{t('common.actions')}</span>,
            width: 64,
            align: 'right',
            render: (_, row) => (
              <Button
                size="small"
                type="link"
                aria-label={t('login.demoFillLabel', { username: row.username })}
                onClick={() => onPick(row)}
              >
                {t('login.demoFill')}
              </Button>
            ),
          },
        ]}
      />
    </section>
  );
}
