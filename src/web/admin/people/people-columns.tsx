import { EyeInvisibleOutlined } from '@ant-design/icons';
import { Tag, Tooltip, type TableColumnsType } from 'antd';
import type { Person, Unit } from '../../api/types.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { unitName } from '../shared/unit-tree.ts';
import { PersonRowActions, type PersonDialog } from './person-row-actions.tsx';

/** Table columns for 人员管理; unit names follow the interface language when the unit is known. */
export function usePeopleColumns(
  byId: Map<number, Unit>,
  onOpen: (dialog: PersonDialog) => void,
  onChanged: () => void,
): TableColumnsType<Person> {
  const { t, locale } = useLocale();
  return [
    {
      key: 'username',
      title: t('people.username'),
      dataIndex: 'username',
      width: 150,
      render: (value: string | null) => <span className="mono">{value ?? '—'}</span>,
    },
    {
      key: 'name',
      title: t('people.name'),
      width: 120,
      render: (_, person) => (
        <span className="nowrap">
          {person.displayName}
          {person.masked && (
            <Tooltip title={t('people.maskedHint')}>
              <EyeInvisibleOutlined
                className="admin-muted"
                aria-label={t('people.maskedHint')}
                style={{ marginLeft: 4 }}
              />
            </Tooltip>
          )}
        </span>
      ),
    },
    {
      key: 'mobile',
      title: t('people.mobile'),
      dataIndex: 'mobile',
      width: 120,
      render: (value: string | null) => <span className="mono">{value ?? '—'}</span>,
    },
    {
      key: 'units',
      title: t('people.units'),
      render: (_, person) => {
        if (person.kind === 'citizen') return <Tag>{t('role.citizen')}</Tag>;
        if (person.memberships.length === 0) return <span className="admin-muted">{t('people.noMemberships')}</span>;
        return (
          <div className="membership-tags">
            {person.memberships.map((m) => {
              const unit = byId.get(m.unitId);
              return (
                <Tag
                  key={`${m.unitId}:${m.role}`}
                  color={m.role === 'administrator' ? 'gold' : 'blue'}
                  variant="outlined"
                  title={m.unitCode}
                >
                  {unit ? unitName(unit, locale) : m.unitName} · {t(`role.${m.role}`)}
                </Tag>
              );
            })}
          </div>
        );
      },
    },
    {
      key: 'status',
      title: t('common.status'),
      width: 110,
      render: (_, person) => (
        <div className="membership-tags">
          {person.active ? <Tag color="success">{t('common.active')}</Tag> : <Tag>{t('common.inactive')}</Tag>}
          {person.locked && <Tag color="orange">{t('common.locked')}</Tag>}
        </div>
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 210,
      render: (_, person) => <PersonRowActions person={person} onOpen={onOpen} onChanged={onChanged} />,
    },
  ];
}
