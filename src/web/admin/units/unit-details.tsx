import { TeamOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Table, Tag } from 'antd';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { Unit } from '../../api/types.ts';
import { canOpenAdminArea } from '../../auth/access.ts';
import { useAuth } from '../../auth/use-auth.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { unitName, unitTrail } from '../shared/unit-tree.ts';
import { UnitActions, type UnitDialog } from './unit-actions.tsx';

interface UnitDetailsProps {
  unit: Unit;
  units: readonly Unit[];
  byId: Map<number, Unit>;
  onSelect: (id: number) => void;
  onOpen: (dialog: UnitDialog) => void;
  onChanged: (select?: number) => void;
}

function StatusTag({ active }: { active: boolean }) {
  const { t } = useLocale();
  return active ? <Tag color="success">{t('common.active')}</Tag> : <Tag>{t('common.inactive')}</Tag>;
}

/** The selected unit: its fields, the actions allowed on it, and the units directly below it. */
export function UnitDetails({ unit, units, byId, onSelect, onOpen, onChanged }: UnitDetailsProps) {
  const { t, locale } = useLocale();
  const { me } = useAuth();
  const navigate = useNavigate();
  const children = useMemo(() => units.filter((item) => item.parentId === unit.id), [units, unit.id]);
  const parent = unit.parentId === null ? undefined : byId.get(unit.parentId);

  return (
    <Card
      data-testid="unit-details"
      title={
        <div className="unit-title">
          <h2>{unitName(unit, locale)}</h2>
          <Tag color="blue">{t(`unitType.${unit.type}`)}</Tag>
          {!unit.active && <Tag>{t('common.inactive')}</Tag>}
        </div>
      }
    >
      <div className="unit-actions-bar">
        <UnitActions unit={unit} onOpen={onOpen} onChanged={onChanged} />
        {canOpenAdminArea(me, 'people') && (
          <Button type="link" icon={<TeamOutlined />} onClick={() => void navigate(`/admin/people?unitId=${unit.id}`)}>
            {t('units.viewPeople')}
          </Button>
        )}
      </div>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 1, md: 2 }}
        items={[
          { key: 'code', label: t('units.code'), children: <span className="mono">{unit.code}</span> },
          { key: 'type', label: t('units.type'), children: t(`unitType.${unit.type}`) },
          { key: 'nameZh', label: t('units.nameZh'), children: <span lang="zh-CN">{unit.nameZh}</span> },
          {
            key: 'nameEn',
            label: t('units.nameEn'),
            children: unit.nameEn ? <span lang="en">{unit.nameEn}</span> : '—',
          },
          {
            key: 'parent',
            label: t('units.parent'),
            children: parent ? (
              <Button type="link" size="small" className="inline-link" onClick={() => onSelect(parent.id)}>
                {unitName(parent, locale)}
              </Button>
            ) : (
              t('units.topLevel')
            ),
          },
          { key: 'status', label: t('common.status'), children: <StatusTag active={unit.active} /> },
          {
            key: 'path',
            label: t('units.path'),
            span: { xs: 1, sm: 1, md: 2 },
            children: unitTrail(unit, byId, locale),
          },
        ]}
      />
      <h3 className="unit-section-heading">{t('units.childrenHeading', { count: children.length })}</h3>
      {children.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('units.noChildren')} />
      ) : (
        <Table<Unit>
          size="small"
          rowKey="id"
          dataSource={children}
          pagination={{ pageSize: 10, size: 'small', hideOnSinglePage: true, showSizeChanger: false }}
          columns={[
            {
              key: 'name',
              title: t('units.name'),
              render: (_, child) => (
                <Button type="link" size="small" className="inline-link" onClick={() => onSelect(child.id)}>
                  {unitName(child, locale)}
                </Button>
              ),
            },
            {
              key: 'code',
              title: t('units.code'),
              dataIndex: 'code',
              render: (code: string) => <span className="mono">{code}</span>,
            },
            { key: 'type', title: t('units.type'), render: (_, child) => t(`unitType.${child.type}`) },
            { key: 'status', title: t('common.status'), render: (_, child) => <StatusTag active={child.active} /> },
          ]}
        />
      )}
    </Card>
  );
}
