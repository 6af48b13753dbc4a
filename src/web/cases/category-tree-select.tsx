import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useLocale } from '../i18n/use-locale.ts';
import type { CategoryNode } from './case-types.ts';

interface Option {
  value: number;
  title: string;
  search: string;
  disabled?: boolean;
  selectable?: boolean;
  children?: Option[];
}

interface CategoryTreeSelectProps {
  categories: readonly CategoryNode[];
  value?: number | null;
  onChange?: (value: number | undefined) => void;
  /** Only the most specific categories can be chosen (classifying a case). */
  leavesOnly?: boolean;
  loading?: boolean;
  allowClear?: boolean;
  placeholder?: string;
  className?: string;
  id?: string;
  testId?: string;
  'aria-label'?: string;
}

/** 诉求分类: one category from the tree; type to search by name. Works inside Form.Item. */
export function CategoryTreeSelect({
  categories,
  value,
  onChange,
  leavesOnly = false,
  loading = false,
  allowClear,
  placeholder,
  className,
  id,
  testId,
  ...aria
}: CategoryTreeSelectProps) {
  const { locale } = useLocale();
  const treeData = useMemo(() => {
    const active = categories.filter((c) => c.active);
    const ids = new Set(active.map((c) => c.id));
    const byParent = new Map<number | null, CategoryNode[]>();
    for (const category of active) {
      const parent = category.parentId !== null && ids.has(category.parentId) ? category.parentId : null;
      byParent.set(parent, [...(byParent.get(parent) ?? []), category]);
    }
    const walk = (parent: number | null): Option[] =>
      (byParent.get(parent) ?? []).map((category) => {
        const children = walk(category.id);
        const title = locale === 'en-US' && category.nameEn ? category.nameEn : category.nameZh;
        return {
          value: category.id,
          title,
          search: `${category.nameZh} ${category.nameEn ?? ''}`.toLowerCase(),
          ...(leavesOnly && children.length > 0 ? { selectable: false } : {}),
          ...(children.length > 0 ? { children } : {}),
        };
      });
    return walk(null);
  }, [categories, leavesOnly, locale]);

  return (
    <TreeSelect<number>
      id={id}
      data-testid={testId}
      aria-label={aria['aria-label']}
      className={className}
      loading={loading}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? undefined)}
      treeData={treeData}
      showSearch={{
        filterTreeNode: (input, node) => (node as unknown as Option).search.includes(input.trim().toLowerCase()),
      }}
      placeholder={placeholder}
      allowClear={allowClear}
      popupMatchSelectWidth={false}
      treeNodeLabelProp="title"
      listHeight={360}
    />
  );
}
