import { Button } from 'antd';
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
      <p className="login-demo-hint">{t('login.demoHint')}</p>
      {/* A plain table: antd's Table (sorting, filters, pagination) would weigh more than the rest of the page. */}
      <table className="login-demo-table">
        <thead>
          <tr>
            <th scope="col">{t('login.demoRole')}</th>
            <th scope="col">{t('login.demoUsername')}</th>
            <th scope="col">{t('login.demoPassword')}</th>
            <th scope="col" className="login-demo-fill">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {logins.map((row) => (
            <tr key={row.username}>
              <td>
                <span title={row.displayName}>{demoRoleLabel(t, row.role)}</span>
              </td>
              <td>
                <code>{row.username}</code>
              </td>
              <td>
                <code>{row.password}</code>
              </td>
              <td className="login-demo-fill">
                <Button
                  size="small"
                  type="link"
                  aria-label={t('login.demoFillLabel', { username: row.username })}
                  onClick={() => onPick(row)}
                >
                  {t('login.demoFill')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
