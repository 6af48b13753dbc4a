import { Select } from 'antd';
import { useMemo } from 'react';
import { useLocale } from '../../i18n/use-locale.ts';
import type { CategoryNode } from '../case-types.ts';

interface LeafOption {
  value: number;
  label: string;
  search: string;
}

/** The active categories without active children, each named by its path: 城乡建设 / 城市建设和市政管理 / 城市公共设施. */
export function categoryLeaves(categories: readonly CategoryNode[], english: boolean): LeafOption[] {
  const active = categories.filter((c) => c.active);
  const byId = new Map(active.map((c) => [c.id, c]));
  const parents = new Set(active.flatMap((c) => (c.parentId === null ? [] : [c.parentId])));
  const name = (c: CategoryNode) => (english && c.nameEn ? c.nameEn : c.nameZh);
  return active
    .filter((c) => !parents.has(c.id))
    .map((leaf) => {
      const path: CategoryNode[] = [];
      for (let at: CategoryNode | undefined = leaf; at; at = at.parentId === null ? undefined : byId.get(at.parentId))
        path.unshift(at);
      return {
        value: leaf.id,
        label: path.map(name).join(' / '),
        search: path
          .map((c) => `${c.nameZh} ${c.nameEn ?? ''}`)
          .join(' ')
          .toLowerCase(),
      };
    });
}

/**
 * 诉求分类 for typing: one list of the most specific categories by their full names, so that a few
 * characters and Enter choose one (the first match is active), with no tree to open or walk.
 */
export function CategoryLeafSelect({
  categories,
  loading,
  value,
  onChange,
  placeholder,
  testId,
  id,
}: {
  categories: readonly CategoryNode[];
  loading: boolean;
  value?: number;
  onChange?: (value: number | undefined) => void;
  placeholder?: string;
  testId: string;
  id?: string;
}) {
  const { locale } = useLocale();
  const options = useMemo(() => categoryLeaves(categories, locale === 'en-US'), [categories, locale]);
  return (
    <Select<number, LeafOption>
      id={id}
      data-testid={testId}
      showSearch={{
        filterOption: (input, option) => (option?.search ?? '').includes(input.trim().toLowerCase()),
      }}
      defaultActiveFirstOption
      allowClear
      loading={loading}
      value={value}
      onChange={(next) => onChange?.(next ?? undefined)}
      options={options}
      placeholder={placeholder}
      popupMatchSelectWidth={false}
      listHeight={320}
    />
  );
}
