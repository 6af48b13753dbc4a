import { Menu } from 'antd';
import { Link, useLocation } from 'react-router';
import { useAuth } from '../auth/use-auth.ts';
import { useT } from '../i18n/use-t.ts';
import { findNavItem, navItemsFor } from './nav-items.tsx';

/** Main navigation menu; the active item follows the route. */
export function AppNav({ onNavigate }: { onNavigate?: () => void }) {
  const t = useT();
  const { me } = useAuth();
  const { pathname } = useLocation();
  const active = findNavItem(pathname)?.path;

  return (
    <nav aria-label={t('nav.label')} id="app-nav">
      <Menu
        data-testid="nav"
        tabIndex={-1} // links inside are the tab stops; arrow keys still move between them
        theme="dark"
        mode="inline"
        selectedKeys={active ? [active] : []}
        items={navItemsFor(me).map((item) => ({
          key: item.path,
          icon: item.icon,
          label: (
            <Link to={item.path} aria-current={item.path === active ? 'page' : undefined} onClick={onNavigate}>
              {t(item.labelKey)}
            </Link>
          ),
        }))}
      />
    </nav>
  );
}
