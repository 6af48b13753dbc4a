import { SearchOutlined } from '@ant-design/icons';
import { Button, Checkbox, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { ROLES, type Role, type Unit } from '../../api/types.ts';
import { useT } from '../../i18n/use-t.ts';
import { UnitTreeSelect } from '../shared/unit-tree-select.tsx';

export interface PeopleFilterValues {
  q: string;
  role?: Role;
  unitId?: number;
  kind?: 'staff' | 'citizen';
  includeInactive: boolean;
}

/** Search box, role, unit (with the units below it), kind, and "include disabled". */
export function PeopleFilters({
  value,
  units,
  onChange,
}: {
  value: PeopleFilterValues;
  units: readonly Unit[];
  onChange: (next: PeopleFilterValues) => void;
}) {
  const t = useT();
  const [text, setText] = useState(value.q);
  const search = () => onChange({ ...value, q: text.trim() });
  return (
    <div className="people-filters" role="search" aria-label={t('people.filters')}>
      <Space.Compact className="people-search">
        <Input
          data-testid="person-search"
          allowClear
          value={text}
          placeholder={t('people.search')}
          aria-label={t('people.search')}
          onChange={(event) => {
            setText(event.target.value);
            // Clearing the box shows everyone again at once.
            if (event.target.value === '' && value.q !== '') onChange({ ...value, q: '' });
          }}
          onPressEnter={search}
        />
        <Button icon={<SearchOutlined />} aria-label={t('common.search')} title={t('common.search')} onClick={search} />
      </Space.Compact>
      <Select<Role>
        className="people-role-filter"
        allowClear
        value={value.role}
        placeholder={t('people.allRoles')}
        aria-label={t('people.allRoles')}
        options={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
        onChange={(role) => onChange({ ...value, role })}
      />
      <UnitTreeSelect
        className="people-unit-filter"
        units={units}
        value={value.unitId}
        allowClear
        placeholder={t('people.allUnits')}
        aria-label={t('people.allUnits')}
        onChange={(unitId) => onChange({ ...value, unitId })}
      />
      <Select<'staff' | 'citizen'>
        className="people-kind-filter"
        allowClear
        value={value.kind}
        placeholder={t('people.allKinds')}
        aria-label={t('people.allKinds')}
        options={[
          { value: 'staff', label: t('people.kindStaff') },
          { value: 'citizen', label: t('people.kindCitizen') },
        ]}
        onChange={(kind) => onChange({ ...value, kind })}
      />
      <Checkbox
        checked={value.includeInactive}
        onChange={(event) => onChange({ ...value, includeInactive: event.target.checked })}
      >
        {t('people.includeInactive')}
      </Checkbox>
    </div>
  );
}
