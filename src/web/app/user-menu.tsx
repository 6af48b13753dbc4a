import { LoginOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown } from 'antd';
import { useT } from '../i18n/use-t.ts';

/** Placeholder until sign-in exists: shows "not signed in" and a disabled sign-in item. */
export function UserMenu({ compact = false }: { compact?: boolean }) {
  const t = useT();
  const name = t('user.notSignedIn');
  return (
    <Dropdown
      trigger={['click']}
      placement="bottomRight"
      menu={{ items: [{ key: 'sign-in', icon: <LoginOutlined />, label: t('user.signIn'), disabled: true }] }}
    >
      <Button type="text" className="app-user-button" aria-label={t('user.menu', { name })}>
        <Avatar size="small" icon={<UserOutlined />} className="app-user-avatar" />
        {!compact && <span className="app-user-name">{name}</span>}
      </Button>
    </Dropdown>
  );
}
