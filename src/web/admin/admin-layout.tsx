import {
  ApiOutlined,
  AuditOutlined,
  CalendarOutlined,
  ClusterOutlined,
  TagsOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Menu } from 'antd';
import { Suspense, type ReactNode } from 'react';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { PageFallback } from '../app/page-fallback.tsx';
import { ADMIN_AREAS, adminAreas, type AdminArea } from '../auth/access.ts';
import { useAuth } from '../auth/use-auth.ts';
import type { PlainMessageKey } from '../i18n/message-types.ts';
import { useT } from '../i18n/use-t.ts';
import { Forbidden } from './shared/forbidden.tsx';
import './admin.css';

const AREA_LABELS: Record<AdminArea, PlainMessageKey> = {
  units: 'admin.units',
  people: 'admin.people',
  tokens: 'admin.tokens',
  audit: 'admin.audit',
  calendar: 'admin.calendar',
  categories: 'admin.categories',
};

const AREA_ICONS: Record<AdminArea, ReactNode> = {
  units: <ClusterOutlined />,
  people: <TeamOutlined />,
  tokens: <ApiOutlined />,
  audit: <AuditOutlined />,
  calendar: <CalendarOutlined />,
  categories: <TagsOutlined />,
};

function areaOf(pathname: string): AdminArea | undefined {
  const segment = pathname.split('/')[2];
  return ADMIN_AREAS.find((area) => area === segment);
}

/** 系统管理: a section menu over the open section; sections the person may not use are hidden and refused. */
export function AdminLayout() {
  const t = useT();
  const { me } = useAuth();
  const { pathname } = useLocation();
  const areas = adminAreas(me);
  const current = areaOf(pathname);

  if (areas.length === 0) return <Forbidden />;
  return (
    <div className="admin-layout">
      <nav aria-label={t('admin.sections')} className="admin-sections">
        <Menu
          mode="horizontal"
          selectedKeys={current ? [current] : []}
          items={areas.map((area) => ({
            key: area,
            icon: AREA_ICONS[area],
            label: (
              <Link
                to={`/admin/${area}`}
                aria-current={area === current ? 'page' : undefined}
                data-testid={`admin-tab-${area}`}
              >
                {t(AREA_LABELS[area])}
              </Link>
            ),
          }))}
        />
      </nav>
      {current && !areas.includes(current) ? (
        <Forbidden />
      ) : (
        <Suspense fallback={<PageFallback />}>
          <Outlet />
        </Suspense>
      )}
    </div>
  );
}

/** /admin opens the first section the person may use. */
export function AdminIndex() {
  const { me } = useAuth();
  const first = adminAreas(me)[0];
  return first ? <Navigate to={`/admin/${first}`} replace /> : <Forbidden />;
}
