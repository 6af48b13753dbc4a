import { ClearOutlined } from '@ant-design/icons';
import { Button, DatePicker, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { caseChannels, caseStatuses, caseTiers } from '../../shared/cases.ts';
import type { Unit } from '../api/types.ts';
import { UnitTreeSelect } from '../admin/shared/unit-tree-select.tsx';
import { useT } from '../i18n/use-t.ts';
import { CategoryTreeSelect } from './category-tree-select.tsx';
import { type CaseFilters, hasFilters } from './case-filters-url.ts';
import { caseLabels } from './case-labels.ts';
import type { CaseChannel, CaseStatus, CaseTier, CategoryNode } from './case-types.ts';

interface CaseFilterBarProps {
  value: CaseFilters;
  onChange: (next: CaseFilters) => void;
  units: readonly Unit[];
  unitsLoading: boolean;
  categories: readonly CategoryNode[];
  categoriesLoading: boolean;
}

/** Search, category, lead unit, place, tier, channel, status and registration dates; every change goes to the address. */
export function CaseFilterBar({
  value,
  onChange,
  units,
  unitsLoading,
  categories,
  categoriesLoading,
}: CaseFilterBarProps) {
  const t = useT();
  const labels = caseLabels(t);
  const set = (patch: Partial<CaseFilters>) => onChange({ ...value, ...patch });
  const range: [Dayjs, Dayjs] | null =
    value.createdFrom && value.createdTo ? [dayjs(value.createdFrom), dayjs(value.createdTo).subtract(1, 'day')] : null;

  return (
    <div className="case-filters" role="search" aria-label={t('cases.list.filters')}>
      {/* Keyed by the search in the address: going back or clearing the filters shows it again. */}
      <SearchBox key={value.q ?? ''} value={value.q} onSearch={(q) => set({ q })} />
      <CategoryTreeSelect
        className="case-filter-category"
        testId="filter-category"
        categories={categories}
        loading={categoriesLoading}
        allowClear
        value={value.categoryId}
        placeholder={t('cases.filter.category')}
        aria-label={t('cases.filter.category')}
        onChange={(categoryId) => set({ categoryId })}
      />
      <UnitTreeSelect
        className="case-filter-unit"
        testId="filter-lead"
        units={units}
        loading={unitsLoading}
        allowClear
        value={value.leadUnitId}
        placeholder={t('cases.filter.leadUnit')}
        aria-label={t('cases.filter.leadUnit')}
        onChange={(leadUnitId) => set({ leadUnitId })}
      />
      <UnitTreeSelect
        className="case-filter-unit"
        testId="filter-place"
        units={units}
        loading={unitsLoading}
        allowClear
        value={value.placeUnitId}
        placeholder={t('cases.filter.place')}
        aria-label={t('cases.filter.place')}
        onChange={(placeUnitId) => set({ placeUnitId })}
      />
      <Select<CaseTier>
        className="case-filter-small"
        data-testid="filter-tier"
        allowClear
        value={value.tier}
        placeholder={t('cases.filter.tier')}
        aria-label={t('cases.filter.tier')}
        options={caseTiers.map((tier) => ({ value: tier, label: labels.tier(tier) }))}
        onChange={(tier) => set({ tier })}
      />
      <Select<CaseChannel>
        className="case-filter-channel"
        data-testid="filter-channel"
        allowClear
        value={value.channel}
        placeholder={t('cases.filter.channel')}
        aria-label={t('cases.filter.channel')}
        options={caseChannels.map((channel) => ({ value: channel, label: labels.channel(channel) }))}
        onChange={(channel) => set({ channel })}
      />
      <Select<CaseStatus[]>
        className="case-filter-status"
        data-testid="filter-status"
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        value={value.status}
        placeholder={t('cases.filter.status')}
        aria-label={t('cases.filter.status')}
        options={caseStatuses.map((status) => ({ value: status, label: labels.status(status) }))}
        onChange={(status) => set({ status })}
      />
      <DatePicker.RangePicker
        className="case-filter-dates"
        data-testid="filter-created"
        value={range}
        allowEmpty={[false, false]}
        placeholder={[t('cases.filter.createdStart'), t('cases.filter.createdEnd')]}
        aria-label={t('cases.filter.created')}
        onChange={(dates) => {
          const [from, to] = dates ?? [];
          set(
            from && to
              ? {
                  createdFrom: from.startOf('day').toISOString(),
                  createdTo: to.add(1, 'day').startOf('day').toISOString(),
                }
              : { createdFrom: undefined, createdTo: undefined },
          );
        }}
      />
      {hasFilters(value) && (
        <Button
          icon={<ClearOutlined aria-hidden="true" />}
          data-testid="filter-reset"
          onClick={() => onChange({ queue: value.queue, status: [] })}
        >
          {t('cases.filter.reset')}
        </Button>
      )}
    </div>
  );
}

/** The search box: typed text stays local until Enter or the button; clearing it searches nothing at once. */
function SearchBox({ value, onSearch }: { value: string | undefined; onSearch: (q: string | undefined) => void }) {
  const t = useT();
  const [text, setText] = useState(value ?? '');
  return (
    <Input.Search
      className="case-filter-search"
      data-testid="case-search"
      allowClear
      value={text}
      maxLength={100}
      placeholder={t('cases.filter.search')}
      aria-label={t('cases.filter.search')}
      enterButton={t('cases.filter.searchButton')}
      onChange={(event) => {
        setText(event.target.value);
        if (event.target.value === '' && value) onSearch(undefined);
      }}
      onSearch={(q) => onSearch(q.trim() || undefined)}
    />
  );
}
