import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { primaryMembership } from '../auth/access.ts';
import { useAuth } from '../auth/use-auth.ts';
import { useApiFeedback } from '../components/use-api-feedback.tsx';
import { useLocale } from '../i18n/use-locale.ts';
import { ChangePasswordModal } from './change-password-modal.tsx';
import { useLocalName } from '../i18n/local-name.ts';

/** The signed-in person (name and primary unit), with 修改密码 and 退出登录. */
export function UserMenu({ compact = false }: { compact?: boolean }) {
  const { t } = useLocale();
  const unitNameOf = useLocalName();
  const { me, signOut } = useAuth();
  const { message } = useApiFeedback();
  const [passwordOpen, setPasswordOpen] = useState(false);

  const name = me?.person.displayName ?? t('user.notSignedIn');
  const primary = primaryMembership(me);
  const unit = primary
    ? `${unitNameOf({ nameZh: primary.unitName, nameEn: primary.unitNameEn })} · ${t(`role.${primary.role}`)}`
    : '';
  // Every unit and role the person holds, at the top of the menu.
  const held = (me?.memberships ?? []).map((m) => ({
    key: `m:${m.unitId}:${m.role}`,
    label: `${unitNameOf({ nameZh: m.unitName, nameEn: m.unitNameEn })} · ${t(`role.${m.role}`)}`,
    disabled: true,
  }));

  const onSignOut = async () => {
    // The sign-in guard takes the page to /login once the session is gone; it is cleared here even
    // when the server could not be told.
    try {
      await signOut();
    } catch {
      // nothing to report: the person is signed out on this device either way
    }
    void message.success(t('user.signedOut'));
  };

  return (
    <>
      <Dropdown
        trigger={['click']}
        placement="bottomRight"
        menu={{
          items: [
            { key: 'who', type: 'group', label: name, children: held },
            { type: 'divider' },
            {
              key: 'password',
              icon: <KeyOutlined />,
              label: t('user.changePassword'),
              onClick: () => setPasswordOpen(true),
            },
            { type: 'divider' },
            {
              key: 'sign-out',
              icon: <LogoutOutlined />,
              label: t('user.signOut'),
              onClick: () => void onSignOut(),
              danger: true,
            },
          ],
        }}
      >
        <Button type="text" className="app-user-button" aria-label={t('user.menu', { name })} data-testid="user-menu">
          <Avatar size="small" icon={<UserOutlined />} className="app-user-avatar" />
          {!compact && (
            <span className="app-user-text">
              <span className="app-user-name" data-testid="user-name">
                {name}
              </span>
              {unit && <span className="app-user-unit">{unit}</span>}
            </span>
          )}
        </Button>
      </Dropdown>
      <ChangePasswordModal open={passwordOpen} onClose={() => setPasswordOpen(false)} />
    </>
  );
}
