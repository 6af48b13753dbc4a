import { SearchOutlined } from '@ant-design/icons';
import { Empty, Input, Tag, Tree } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import type { Unit } from '../../api/types.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { buildTree, childrenByParent, matchingWithAncestors, unitName } from '../shared/unit-tree.ts';

interface TreeNode {
  key: number;
  title: ReactNode;
  children?: TreeNode[];
}

function UnitNodeTitle({ unit }: { unit: Unit }) {
  const { t, locale } = useLocale();
  return (
    <span className={unit.active ? 'unit-node' : 'unit-node unit-node-inactive'}>
      <span className="unit-node-name">{unitName(unit, locale)}</span>
      <span className="unit-node-code">{unit.code}</span>
      {!unit.active && <Tag>{t('common.inactive')}</Tag>}
    </span>
  );
}

interface UnitTreePanelProps {
  units: readonly Unit[];
  selectedId: number | null;
  onSelect: (id: number) => void;
  expandedKeys: number[];
  onExpand: (keys: number[]) => void;
}

/** The units in scope as a tree, with a search box that narrows it to matches and their parents. */
export function UnitTreePanel({ units, selectedId, onSelect, expandedKeys, onExpand }: UnitTreePanelProps) {
  const { t } = useLocale();
  const [query, setQuery] = useState('');
  const keep = useMemo(() => (query.trim() ? matchingWithAncestors(units, query) : null), [units, query]);

  const treeData = useMemo(
    () =>
      buildTree<TreeNode>(
        units,
        (unit, children) => ({ key: unit.id, title: <UnitNodeTitle unit={unit} />, children }),
        keep ? (unit) => keep.has(unit.id) : undefined,
      ),
    [units, keep],
  );
  // While searching, every branch that leads to a match is open.
  const searchExpanded = useMemo(() => {
    if (!keep) return null;
    const parents = childrenByParent(units);
    return [...keep].filter((id) => parents.has(id));
  }, [keep, units]);

  return (
    <>
      <Input
        className="units-tree-search"
        prefix={<SearchOutlined aria-hidden="true" />}
        allowClear
        placeholder={t('units.search')}
        aria-label={t('units.search')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        data-testid="unit-search"
      />
      <div className="units-tree-scroll" data-testid="unit-tree" role="region" aria-label={t('units.treeLabel')}>
        {treeData.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={query ? t('units.noMatch') : t('units.noUnits')} />
        ) : (
          <Tree<TreeNode>
            blockNode
            showLine
            treeData={treeData}
            selectedKeys={selectedId === null ? [] : [selectedId]}
            expandedKeys={searchExpanded ?? expandedKeys}
            onExpand={(keys) => {
              if (!searchExpanded) onExpand(keys.map(Number));
            }}
            onSelect={(_, info) => onSelect(Number(info.node.key))}
          />
        )}
      </div>
    </>
  );
}
