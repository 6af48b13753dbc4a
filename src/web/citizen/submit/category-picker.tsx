import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Input } from 'antd';
import { useMemo, useState } from 'react';
import { useLocale } from '../../i18n/use-locale.ts';
import type { PublicCategory } from '../citizen-api.ts';

interface Node {
  category: PublicCategory;
  name: string;
  /** Names from the top: 城乡建设 / 城市建设和市政管理 / 环境卫生 */
  path: string[];
  children: Node[];
}

function buildTree(
  categories: readonly PublicCategory[],
  english: boolean,
): { roots: Node[]; byId: Map<number, Node> } {
  const byId = new Map<number, Node>();
  const active = categories.filter((c) => c.active);
  for (const category of active)
    byId.set(category.id, { category, name: (english && category.nameEn) || category.nameZh, path: [], children: [] });
  const roots: Node[] = [];
  for (const node of byId.values()) {
    const parent = node.category.parentId === null ? undefined : byId.get(node.category.parentId);
    if (parent) parent.children.push(node);
    else if (node.category.parentId === null) roots.push(node);
  }
  const walk = (nodes: Node[], above: string[]) => {
    for (const node of nodes) {
      node.path = [...above, node.name];
      walk(node.children, node.path);
    }
  };
  walk(roots, []);
  return { roots, byId };
}

export interface CategoryPickerProps {
  id?: string;
  categories: readonly PublicCategory[] | undefined;
  loadError: boolean;
  value: number | undefined;
  onChange: (id: number | undefined) => void;
}

/**
 * 问题类型: a field that opens a bottom sheet with the three-level tree, browsable level by level or
 * searched by any part of a name (a simple substring: no pinyin needed).
 */
export function CategoryPicker({ id, categories, loadError, value, onChange }: CategoryPickerProps) {
  const { locale, t } = useLocale();
  const [open, setOpen] = useState(false);
  const [trail, setTrail] = useState<number[]>([]);
  const [query, setQuery] = useState('');
  const tree = useMemo(() => buildTree(categories ?? [], locale === 'en-US'), [categories, locale]);
  const selected = value === undefined ? undefined : tree.byId.get(value);
  const current = trail.length > 0 ? tree.byId.get(trail.at(-1) as number) : undefined;
  const listed = current ? current.children : tree.roots;

  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    return [...tree.byId.values()]
      .filter(
        (n) =>
          n.category.parentId !== null &&
          (n.category.nameZh.includes(q) || (n.category.nameEn ?? '').toLowerCase().includes(q)),
      )
      .slice(0, 60);
  }, [query, tree]);

  const choose = (node: Node | undefined) => {
    onChange(node?.category.id);
    setOpen(false);
    setQuery('');
    setTrail([]);
  };

  const shown = selected
    ? selected.path.join(' / ')
    : categories
      ? t('citizen.category.placeholder')
      : t('citizen.category.loading');
  if (loadError) return <Alert type="warning" showIcon title={t('citizen.category.loadFailed')} />;

  const item = (node: Node, showPath: boolean) => (
    <li key={node.category.id}>
      <button
        type="button"
        className="citizen-category-item"
        onClick={() => (node.children.length > 0 && !showPath ? setTrail([...trail, node.category.id]) : choose(node))}
      >
        <span>
          {node.name}
          {showPath && <span className="citizen-category-path">{node.path.slice(0, -1).join(' / ')}</span>}
        </span>
        {node.children.length > 0 && !showPath && <RightOutlined aria-hidden="true" />}
      </button>
    </li>
  );

  return (
    <>
      <button
        id={id}
        type="button"
        className="citizen-category-field"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        aria-label={`${t('citizen.category.label')}：${shown}`}
        data-testid="citizen-category"
        disabled={!categories}
      >
        {selected ? <span>{shown}</span> : <span className="citizen-category-placeholder">{shown}</span>}
        <RightOutlined aria-hidden="true" />
      </button>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        placement="bottom"
        size="85vh"
        title={t('citizen.category.dialog')}
        closable={{ 'aria-label': t('citizen.category.close') }}
        extra={
          <Button size="small" onClick={() => choose(undefined)}>
            {t('citizen.category.clear')}
          </Button>
        }
        styles={{ body: { paddingTop: 12 } }}
      >
        <Input.Search
          allowClear
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('citizen.category.search')}
          aria-label={t('citizen.category.searchLabel')}
          data-testid="citizen-category-search"
        />
        {query.trim() ? (
          matches.length > 0 ? (
            <ul className="citizen-category-list" data-testid="citizen-category-results">
              {matches.map((node) => item(node, true))}
            </ul>
          ) : (
            <p className="citizen-hint">{t('citizen.category.none')}</p>
          )
        ) : (
          <>
            <p className="citizen-hint">
              {current ? (
                <Button
                  type="link"
                  size="small"
                  icon={<LeftOutlined aria-hidden="true" />}
                  onClick={() => setTrail(trail.slice(0, -1))}
                  style={{ paddingLeft: 0 }}
                >
                  {t('citizen.category.back')}
                </Button>
              ) : null}
              {current ? current.path.join(' / ') : t('citizen.category.all')}
            </p>
            <ul className="citizen-category-list">{listed.map((node) => item(node, false))}</ul>
          </>
        )}
      </Drawer>
    </>
  );
}
