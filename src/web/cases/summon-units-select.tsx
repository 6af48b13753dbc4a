import { Select } from 'antd';
import { useApiGet } from '../api/queries.ts';
import { useT } from '../i18n/use-t.ts';
import type { UnitBrief } from './case-types.ts';
import { useLocalName } from '../i18n/local-name.ts';

/** 吹哨报到: the departments and task forces this case can summon (GET /cases/{id}/summon-options). */
export function SummonUnitsSelect({
  caseId,
  value,
  onChange,
  id,
}: {
  caseId: number;
  value?: number[];
  onChange?: (value: number[]) => void;
  id?: string;
}) {
  const t = useT();
  const name = useLocalName();
  const { data, isFetching: loading } = useApiGet<{ items: UnitBrief[] }>(`/cases/${caseId}/summon-options`);
  return (
    <Select<number[]>
      id={id}
      mode="multiple"
      data-testid="summon-units"
      loading={loading}
      value={value ?? []}
      onChange={(next) => onChange?.(next)}
      options={(data?.items ?? []).map((u) => ({ value: u.id, label: name(u) }))}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('cases.form.summonUnits')}
      maxTagCount="responsive"
    />
  );
}
