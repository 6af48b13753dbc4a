import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Input, Progress, Select, Space, Table, Tag } from 'antd';
import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { type TaskDisplayStatus, taskDisplayStatuses } from '../../shared/programmes.ts';
import { useApiGet } from '../api/queries.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { LoadingBlock } from '../components/loading-block.tsx';
import { useT } from '../i18n/use-t.ts';
import type { Paged, ProgrammeDetail, ReportSummary, TaskSummary } from './programme-types.ts';
import { ColourTag, statusColours, TaskStatusTag } from './status-tag.tsx';
import { ProgrammeExcelBar } from './programme-excel-bar.tsx';
import { ProgrammeActions } from './programme-actions.tsx';
import { ProgrammePhases } from './programme-phases.tsx';
import { ReportFormsCard } from './report-forms-card.tsx';
import { UnitStatusTable } from './unit-status-table.tsx';
import { ProgrammeTopicsEntry } from '../topics/office/programme-topics-entry.tsx';
import './programmes.css';
import { useLocalName } from '../i18n/local-name.ts';

/** 清单看板: a programme's tasks by traffic light and lead unit, filters, and the Excel bar. */
export function ProgrammeBoardPage() {
  const t = useT();
  const name = useLocalName();
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const programme = useApiGet<ProgrammeDetail>(`/programmes/${id}`);
  const tasks = useApiGet<Paged<TaskSummary>>('/tasks', { programmeId: id, limit: 500 });
  const reports = useApiGet<Paged<ReportSummary>>('/reports', { programmeId: id, limit: 500 });

  const status = params.get('status') as TaskDisplayStatus | null;
  const unit = params.get('unit') ? Number(params.get('unit')) : null;
  const phase = params.get('phase') ? Number(params.get('phase')) : null;
  const q = params.get('q') ?? '';
  const setFilter = (key: string, value: string | number | null | undefined) => {
    const next = new URLSearchParams(params);
    if (value === null || value === undefined || value === '') next.delete(key);
    else next.set(key, String(value));
    setParams(next, { replace: true });
  };

  const all = useMemo(() => tasks.data?.items ?? [], [tasks.data]);
  const units = useMemo(() => [...new Map(all.map((task) => [task.leadUnit.id, task.leadUnit])).values()], [all]);
  const shown = all.filter(
    (task) =>
      (!status || task.displayStatus === status) &&
      (!unit || task.leadUnit.id === unit) &&
      (!phase || task.phaseId === phase) &&
      (!q || task.title.includes(q) || (task.externalId ?? '').includes(q)),
  );
  const counts = new Map<TaskDisplayStatus, number>();
  for (const task of all) counts.set(task.displayStatus, (counts.get(task.displayStatus) ?? 0) + 1);
  const overdue = (reports.data?.items ?? []).filter((r) => r.overdue).length;
  // Writes refresh these through the cache; a version conflict's prompt reads them again.
  const reload = () => {
    programme.refetch();
    tasks.refetch();
    reports.refetch();
  };

  if (!programme.data)
    return (
      <div className="prog-page">{programme.error ? <ApiErrorAlert error={programme.error} /> : <LoadingBlock />}</div>
    );
  const p = programme.data;
  return (
    <div className="prog-page">
      <Link to="/programmes" className="prog-back">
        <ArrowLeftOutlined aria-hidden="true" /> {t('prog.board.back')}
      </Link>
      <div className="prog-head">
        <div>
          <h1 className="prog-title" data-testid="programme-title">
            {p.title}
          </h1>
          <Space wrap size={4}>
            <Tag>{t(`prog.kind.${p.kind}`)}</Tag>
            <ColourTag color={p.status === 'active' ? 'blue' : 'default'}>{t(`prog.pstatus.${p.status}`)}</ColourTag>
            <span className="prog-muted">
              {name(p.ownerUnit)} · {p.startsOn} – {p.endsOn}
            </span>
            <ProgrammeTopicsEntry programme={p} />
          </Space>
          <ProgrammePhases programme={p} />
          <ProgrammeActions programme={p} onReload={reload} />
        </div>
        <ProgrammeExcelBar programme={p} />
      </div>

      <div className="prog-summary">
        <Card size="small" title={t('prog.board.byStatus')} className="prog-summary-status">
          <Space wrap size={8} data-testid="status-counts">
            {taskDisplayStatuses
              .filter((s) => (counts.get(s) ?? 0) > 0)
              .map((s) => (
                <Button
                  key={s}
                  size="small"
                  type={status === s ? 'primary' : 'default'}
                  onClick={() => setFilter('status', status === s ? null : s)}
                  aria-pressed={status === s}
                >
                  <ColourTag color={statusColours[s]} className="prog-count-tag">
                    {counts.get(s)}
                  </ColourTag>
                  {t(`prog.status.${s}`)}
                </Button>
              ))}
          </Space>
          <Progress percent={Math.round(p.progress)} size="small" aria-label={t('prog.list.progress')} />
        </Card>
        <Card size="small" className="prog-summary-overdue">
          <div className="prog-stat" data-testid="overdue-reports">
            <span className="prog-stat-label">{t('prog.board.overdueReports')}</span>
            <span className={overdue > 0 ? 'prog-stat-value prog-stat-bad' : 'prog-stat-value'}>{overdue}</span>
          </div>
          <Link to={`/reports?programmeId=${p.id}&tab=late`} className="prog-muted">
            {t('prog.board.overdueReportsHint')}
          </Link>
        </Card>
      </div>

      <Card size="small" title={t('prog.board.byUnit')} className="prog-section">
        <UnitStatusTable tasks={all} onPick={(unitId) => setFilter('unit', unitId)} />
      </Card>

      <Card size="small" title={t('prog.board.tasks')} className="prog-section">
        <Space wrap size={8} className="prog-filters">
          <Select
            allowClear
            placeholder={t('prog.board.filterStatus')}
            aria-label={t('prog.board.filterStatus')}
            value={status ?? undefined}
            onChange={(value: TaskDisplayStatus | undefined) => setFilter('status', value)}
            options={taskDisplayStatuses.map((s) => ({ value: s, label: t(`prog.status.${s}`) }))}
            style={{ width: 160 }}
            data-testid="filter-status"
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('prog.board.filterUnit')}
            aria-label={t('prog.board.filterUnit')}
            value={unit ?? undefined}
            onChange={(value: number | undefined) => setFilter('unit', value)}
            options={units.map((u) => ({ value: u.id, label: name(u) }))}
            style={{ width: 220 }}
          />
          {p.phases.length > 0 && (
            <Select
              allowClear
              placeholder={t('prog.board.filterPhase')}
              aria-label={t('prog.board.filterPhase')}
              value={phase ?? undefined}
              onChange={(value: number | undefined) => setFilter('phase', value)}
              options={p.phases.map((ph) => ({ value: ph.id, label: ph.name }))}
              style={{ width: 180 }}
            />
          )}
          <Input.Search
            allowClear
            placeholder={t('prog.board.search')}
            aria-label={t('prog.board.search')}
            defaultValue={q}
            onSearch={(value) => setFilter('q', value.trim())}
            style={{ width: 220 }}
          />
          {(status || unit || phase || q) && (
            <Button onClick={() => setParams(new URLSearchParams(), { replace: true })}>{t('prog.board.clear')}</Button>
          )}
        </Space>
        <ApiErrorAlert error={tasks.error} />
        <Table<TaskSummary>
          data-testid="task-table"
          size="small"
          rowKey="id"
          loading={tasks.isFetching}
          dataSource={shown}
          pagination={shown.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          locale={{ emptyText: t('prog.board.noTasks') }}
          scroll={{ x: 960 }}
          columns={[
            { key: 'seq', title: t('prog.col.seq'), width: 80, render: (_, task) => task.externalId ?? task.seq },
            {
              key: 'title',
              title: t('prog.col.title'),
              render: (_, task) => (
                <Link to={`/programmes/${p.id}/tasks/${task.id}`}>
                  {task.parentId ? `└ ${task.title}` : task.title}
                </Link>
              ),
            },
            { key: 'lead', title: t('prog.col.lead'), width: 180, render: (_, task) => name(task.leadUnit) },
            { key: 'leader', title: t('prog.col.leader'), width: 100, render: (_, task) => task.leaderName ?? '—' },
            { key: 'due', title: t('prog.col.due'), width: 110, render: (_, task) => task.dueOn ?? '—' },
            {
              key: 'ms',
              title: t('prog.col.milestones'),
              width: 80,
              render: (_, task) => (task.milestonesTotal ? `${task.milestonesDone}/${task.milestonesTotal}` : '—'),
            },
            {
              key: 'progress',
              title: t('prog.col.progress'),
              width: 140,
              render: (_, task) => (
                <Progress percent={Math.round(task.progress)} size="small" aria-label={t('prog.col.progress')} />
              ),
            },
            {
              key: 'status',
              title: t('prog.col.status'),
              width: 130,
              render: (_, task) => <TaskStatusTag status={task.displayStatus} />,
            },
          ]}
        />
      </Card>

      <ReportFormsCard programme={p} onReload={() => void programme.refetch()} />
    </div>
  );
}
