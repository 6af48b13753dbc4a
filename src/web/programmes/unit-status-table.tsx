import { Table } from 'antd';
import { type TaskDisplayStatus, taskDisplayStatuses } from '../../shared/programmes.ts';
import { useT } from '../i18n/use-t.ts';
import type { TaskSummary } from './programme-types.ts';
import { ColourTag, statusColours } from './status-tag.tsx';
import { useLocalName } from '../i18n/local-name.ts';

interface UnitRow {
  unitId: number;
  name: string;
  total: number;
  counts: Partial<Record<TaskDisplayStatus, number>>;
}

/** Tasks by lead unit and traffic light; a unit's name filters the task table. */
export function UnitStatusTable({ tasks, onPick }: { tasks: TaskSummary[]; onPick: (unitId: number) => void }) {
  const t = useT();
  const name = useLocalName();
  const rows = new Map<number, UnitRow>();
  for (const task of tasks) {
    const row = rows.get(task.leadUnit.id) ?? {
      unitId: task.leadUnit.id,
      name: name(task.leadUnit),
      total: 0,
      counts: {},
    };
    row.total += 1;
    row.counts[task.displayStatus] = (row.counts[task.displayStatus] ?? 0) + 1;
    rows.set(task.leadUnit.id, row);
  }
  const present = taskDisplayStatuses.filter((s) => tasks.some((task) => task.displayStatus === s));
  const data = [...rows.values()].sort((a, b) => (b.counts.late ?? 0) - (a.counts.late ?? 0) || b.total - a.total);
  return (
    <Table<UnitRow>
      data-testid="unit-table"
      size="small"
      rowKey="unitId"
      dataSource={data}
      pagination={data.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      scroll={{ x: 600 }}
      columns={[
        {
          key: 'unit',
          title: t('prog.col.lead'),
          render: (_, row) => (
            <button type="button" className="prog-link-button" onClick={() => onPick(row.unitId)}>
              {row.name}
            </button>
          ),
        },
        ...present.map((s) => ({
          key: s,
          title: <ColourTag color={statusColours[s]}>{t(`prog.status.${s}`)}</ColourTag>,
          width: 110,
          align: 'center' as const,
          render: (_: unknown, row: UnitRow) => row.counts[s] ?? '',
        })),
        {
          key: 'total',
          title: t('prog.board.unitTotal'),
          width: 80,
          align: 'center' as const,
          render: (_, row) => row.total,
        },
      ]}
    />
  );
}
