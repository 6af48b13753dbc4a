import { Card, Empty, Spin } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Unit } from '../../api/types.ts';
import { useAuth } from '../../auth/use-auth.ts';
import { LoadFailed, LoadingBlock } from '../../components/loading-block.tsx';
import { useT } from '../../i18n/use-t.ts';
import { ImportExportBar } from '../shared/import-export-bar.tsx';
import { childrenByParent, pathIds } from '../shared/unit-tree.ts';
import { useUnits } from '../shared/use-units.ts';
import type { UnitDialog } from './unit-actions.tsx';
import { UnitDetails } from './unit-details.tsx';
import { UnitFormModal, type UnitFormDialog } from './unit-form-modal.tsx';
import { UnitMoveModal } from './unit-move-modal.tsx';
import { UnitTreePanel } from './unit-tree-panel.tsx';

/** 单位管理: the unit tree on the left, the selected unit (?unit=id) on the right. */
export function UnitsPage() {
  const t = useT();
  const { can } = useAuth();
  const { units, byId, loading, error, reload } = useUnits();
  const [params, setParams] = useSearchParams();
  const [expanded, setExpanded] = useState<number[] | null>(null);
  const [formDialog, setFormDialog] = useState<UnitFormDialog | null>(null);
  const [moving, setMoving] = useState<Unit | null>(null);

  const roots = useMemo(() => childrenByParent(units).get(null) ?? [], [units]);
  const selected = byId.get(Number(params.get('unit'))) ?? roots[0] ?? null;
  // Until the person opens or closes a branch: the roots, and the way down to the selected unit.
  const defaultExpanded = useMemo(
    () => [...new Set([...roots.map((unit) => unit.id), ...(selected ? pathIds(selected).slice(0, -1) : [])])],
    [roots, selected],
  );
  const expandedKeys = expanded ?? defaultExpanded;

  const select = (id: number) =>
    setParams(
      (current) => {
        current.set('unit', String(id));
        return current;
      },
      { replace: true },
    );

  const showSaved = (unit: Unit) => {
    setFormDialog(null);
    setMoving(null);
    reload();
    setExpanded((current) => [...new Set([...(current ?? defaultExpanded), ...pathIds(unit).slice(0, -1)])]);
    select(unit.id);
  };

  const open = (dialog: UnitDialog) => (dialog.kind === 'move' ? setMoving(dialog.unit) : setFormDialog(dialog));

  if (units.length === 0 && loading) return <LoadingBlock />;
  if (units.length === 0 && error) return <LoadFailed error={error} onRetry={reload} />;

  return (
    <>
      <div className="admin-toolbar">
        <div className="admin-toolbar-left">
          <span className="admin-muted" data-testid="unit-count">
            {t('units.count', { count: units.length })}
          </span>
          {loading && <Spin size="small" aria-label={t('app.loading')} />}
        </div>
        <ImportExportBar resource="units" canImport={can('unit.manage')} onImported={reload} />
      </div>
      <div className="units-split">
        <Card className="units-tree-card">
          <UnitTreePanel
            units={units}
            selectedId={selected?.id ?? null}
            onSelect={select}
            expandedKeys={expandedKeys}
            onExpand={setExpanded}
          />
        </Card>
        {selected ? (
          <UnitDetails
            unit={selected}
            units={units}
            byId={byId}
            onSelect={select}
            onOpen={open}
            onChanged={(id) => {
              reload();
              if (id !== undefined) select(id);
            }}
          />
        ) : (
          <Card>
            <Empty description={t('units.selectHint')} />
          </Card>
        )}
      </div>
      <UnitFormModal dialog={formDialog} onClose={() => setFormDialog(null)} onSaved={showSaved} />
      <UnitMoveModal unit={moving} units={units} byId={byId} onClose={() => setMoving(null)} onMoved={showSaved} />
    </>
  );
}
