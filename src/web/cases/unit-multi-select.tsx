import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import type { Unit } from '../api/types.ts';
import { buildTree, unitMatches, unitName } from '../admin/shared/unit-tree.ts';
import { useLocale } from '../i18n/use-locale.ts';

interface Option {
  value: number;
  title: string;
  unit: Unit;
  disabled?: boolean;
  children?: Option[];
}

interface UnitMultiSelectProps {
  units: readonly Unit[];
  value?: number[];
  onChange?: (value: number[]) => void;
  /** Units shown but not selectable (e.g. the lead unit among the supporting ones). */
  disable?: (unit: Unit) => boolean;
  loading?: boolean;
  placeholder?: string;
  id?: string;
  testId?: string;
  'aria-label'?: string;
}

/** Several units from the tree (active ones); type to search by name or code. Works inside Form.Item. */
export function UnitMultiSelect({
  units,
  value,
  onChange,
  disable,
  loading = false,
  placeholder,
  id,
  testId,
  ...aria
}: UnitMultiSelectProps) {
  const { locale } = useLocale();
  const treeData = useMemo(
    () =>
      buildTree<Option>(
        units,
        (unit, children) => ({
          value: unit.id,
          title: unitName(unit, locale),
          unit,
          disabled: disable?.(unit) ?? false,
          ...(children ? { children } : {}),
        }),
        (unit) => unit.active,
      ),
    [units, locale, disable],
  );
  return (
    <TreeSelect<number[]>
      id={id}
      data-testid={testId}
      aria-label={aria['aria-label']}
      multiple
      loading={loading}
      value={value ?? []}
      onChange={(next) => onChange?.(next ?? [])}
      treeData={treeData}
      showSearch={{ filterTreeNode: (input, node) => unitMatches((node as unknown as Option).unit, input) }}
      placeholder={placeholder}
      allowClear
      popupMatchSelectWidth={false}
      treeNodeLabelProp="title"
      maxTagCount="responsive"
      listHeight={320}
    />
  );
}
