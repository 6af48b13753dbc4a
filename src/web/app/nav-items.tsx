import {
  AlertOutlined,
  CustomerServiceOutlined,
  DashboardOutlined,
  FundOutlined,
  FundProjectionScreenOutlined,
  ReadOutlined,
  SettingOutlined,
  TableOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Me } from '../api/types.ts';
import { adminAreas } from '../auth/access.ts';
import type { PlainMessageKey } from '../i18n/message-types.ts';

export interface NavItem {
  path: string;
  labelKey: PlainMessageKey;
  icon: ReactNode;
  /** Shown only when this holds for the signed-in person (always shown when absent). */
  visible?: (me: Me | null) => boolean;
  /** A module not built yet: its address shows that it is coming, but the menu does not offer it. */
  placeholder?: true;
}

/** The item is shown to holders of this permission (what the page's API asks for). */
const holds = (permission: string) => (me: Me | null) => me?.permissions.includes(permission) ?? false;

/** The main navigation, in menu order. The first item is the home page. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', labelKey: 'nav.workbench', icon: <DashboardOutlined /> },
  // 领导驾驶舱 and 督查督办 are for holders of case.supervise (leaders, supervisors, the discipline commission).
  {
    path: '/dashboard',
    labelKey: 'nav.dashboard',
    icon: <FundProjectionScreenOutlined />,
    visible: holds('case.supervise'),
  },
  { path: '/cases', labelKey: 'nav.cases', icon: <CustomerServiceOutlined />, visible: holds('case.read') },
  {
    path: '/programmes',
    labelKey: 'nav.programmes',
    icon: <UnorderedListOutlined />,
    visible: holds('programme.read'),
  },
  { path: '/reports', labelKey: 'nav.reports', icon: <TableOutlined />, visible: holds('programme.read') },
  { path: '/indicators', labelKey: 'nav.indicators', icon: <FundOutlined />, placeholder: true },
  { path: '/supervision', labelKey: 'nav.supervision', icon: <AlertOutlined />, visible: holds('case.supervise') },
  { path: '/briefings', labelKey: 'nav.briefings', icon: <ReadOutlined />, placeholder: true },
  { path: '/admin', labelKey: 'nav.admin', icon: <SettingOutlined />, visible: (me) => adminAreas(me).length > 0 },
];

/** The items the menu offers this person: built modules their permissions open. */
export function navItemsFor(me: Me | null): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.placeholder && (!item.visible || item.visible(me)));
}

/** The navigation item a pathname belongs to (exact or nested match), if any. */
export function findNavItem(pathname: string): NavItem | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (path === '/') return NAV_ITEMS[0];
  return NAV_ITEMS.find((item) => item.path !== '/' && (path === item.path || path.startsWith(`${item.path}/`)));
}
