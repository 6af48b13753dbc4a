import { Spin, TreeSelect } from 'antd';
import { useMemo } from 'react';
import type { Unit } from '../../api/types.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { buildTree, unitMatches, unitName } from './unit-tree.ts';

interface UnitOption {
  value: number;
  title: string;
  unit: Unit;
  disabled?: boolean;
  children?: UnitOption[];
}

interface UnitTreeSelectProps {
  units: readonly Unit[];
  value?: number | null;
  onChange?: (value: number | undefined) => void;
  /** Units left out (with everything below them). */
  exclude?: (unit: Unit) => boolean;
  /** Units shown but not selectable. */
  disable?: (unit: Unit) => boolean;
  placeholder?: string;
  allowClear?: boolean;
  className?: string;
  id?: string;
  testId?: string;
  /** The unit list is still loading (shown instead of "no data"). */
  loading?: boolean;
  'aria-label'?: string;
}

/** Choose one unit from the tree; type to search by name or code. Works inside Form.Item. */
export function UnitTreeSelect({
  units,
  value,
  onChange,
  exclude,
  disable,
  placeholder,
  allowClear,
  className,
  id,
  testId,
  loading = false,
  ...aria
}: UnitTreeSelectProps) {
  const { t, locale } = useLocale();
  const treeData = useMemo(
    () =>
      buildTree<UnitOption>(
        units,
        (unit, children) => ({
          value: unit.id,
          title: unit.active ? unitName(unit, locale) : t('units.inactiveSuffix', { name: unitName(unit, locale) }),
          unit,
          disabled: disable?.(unit) ?? false,
          children,
        }),
        exclude ? (unit) => !exclude(unit) : undefined,
      ),
    [units, locale, exclude, disable, t],
  );
  const rootKeys = useMemo(() => treeData.map((node) => node.value), [treeData]);

  return (
    <TreeSelect<number>
      // Default expansion applies when the tree first renders: start again once the units have arrived.
      key={rootKeys.join(',')}
      id={id}
      loading={loading}
      notFoundContent={loading ? <Spin size="small" aria-label={t('app.loading')} /> : undefined}
      data-testid={testId}
      aria-label={aria['aria-label']}
      className={className}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? undefined)}
      treeData={treeData}
      treeDefaultExpandedKeys={rootKeys}
      showSearch={{ filterTreeNode: (input, node) => unitMatches((node as unknown as UnitOption).unit, input) }}
      placeholder={placeholder ?? t('units.unitPlaceholder')}
      allowClear={allowClear}
      popupMatchSelectWidth={false}
      treeNodeLabelProp="title"
    />
  );
}
