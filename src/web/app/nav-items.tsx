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
}

/** 领导驾驶舱 is for holders of case.supervise (leaders, supervisors, the discipline commission). */
const supervises = (me: Me | null) => me?.permissions.includes('case.supervise') ?? false;

/** The main navigation, in menu order. The first item is the home page. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', labelKey: 'nav.workbench', icon: <DashboardOutlined /> },
  { path: '/dashboard', labelKey: 'nav.dashboard', icon: <FundProjectionScreenOutlined />, visible: supervises },
  { path: '/cases', labelKey: 'nav.cases', icon: <CustomerServiceOutlined /> },
  { path: '/programmes', labelKey: 'nav.programmes', icon: <UnorderedListOutlined /> },
  { path: '/reports', labelKey: 'nav.reports', icon: <TableOutlined /> },
  { path: '/indicators', labelKey: 'nav.indicators', icon: <FundOutlined /> },
  { path: '/supervision', labelKey: 'nav.supervision', icon: <AlertOutlined /> },
  { path: '/briefings', labelKey: 'nav.briefings', icon: <ReadOutlined /> },
  { path: '/admin', labelKey: 'nav.admin', icon: <SettingOutlined />, visible: (me) => adminAreas(me).length > 0 },
];

/** The navigation item a pathname belongs to (exact or nested match), if any. */
export function findNavItem(pathname: string): NavItem | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (path === '/') return NAV_ITEMS[0];
  return NAV_ITEMS.find((item) => item.path !== '/' && (path === item.path || path.startsWith(`${item.path}/`)));
}
