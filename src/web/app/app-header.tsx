import { MenuFoldOutlined, MenuOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Layout } from 'antd';
import { useT } from '../i18n/use-t.ts';
import { NotificationBell } from '../notifications/notification-bell.tsx';
import { LocaleSwitch } from './locale-switch.tsx';
import { UserMenu } from './user-menu.tsx';

interface AppHeaderProps {
  title: string;
  /** Phone layout: navigation lives in a drawer. */
  compact: boolean;
  navOpen: boolean;
  onToggleNav: () => void;
}

export function AppHeader({ title, compact, navOpen, onToggleNav }: AppHeaderProps) {
  const t = useT();
  const toggleLabel = compact ? t('header.openNav') : navOpen ? t('header.collapseNav') : t('header.expandNav');
  const toggleIcon = compact ? <MenuOutlined /> : navOpen ? <MenuFoldOutlined /> : <MenuUnfoldOutlined />;

  return (
    <Layout.Header className="app-header">
      <Button
        type="text"
        icon={toggleIcon}
        aria-label={toggleLabel}
        title={toggleLabel}
        aria-expanded={navOpen}
        aria-controls={compact ? undefined : 'app-nav'}
        onClick={onToggleNav}
      />
      <h1 className="app-page-title" data-testid="page-title">
        {title}
      </h1>
      <div className="app-header-actions">
        <NotificationBell />
        <LocaleSwitch />
        <UserMenu compact={compact} />
      </div>
    </Layout.Header>
  );
}
