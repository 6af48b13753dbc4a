import { AppError } from '../../platform/errors/app-error.ts';
import { type ExcelColumn, writeSheet } from '../../platform/excel/excel.ts';
import type { RequestContext } from '../access/request-context.ts';
import type { TaskDisplayStatus } from '../../shared/programmes.ts';
import { chinaTimeZone } from '../../shared/china-time.ts';
import { requireHolds } from '../access/policy.ts';
import { localDateOf } from './local-dates.ts';
import type { ProgrammeDeps } from './programme-deps.ts';
import { findReadableProgramme, type FormRow, listForms } from './programmes.repository.ts';
import { type FieldValue, type ReportField, spreadsheetLabel, spreadsheetValue } from './report-form.ts';
import * as reports from './reports.repository.ts';
import { displayStatusLabels } from './task-status.ts';
import * as repo from './tasks.repository.ts';

/**
 * 导出: the table a meeting works from (调度表: every task with its status and the latest report's
 * values) and the full report history (报送记录), both as .xlsx and both limited to the tasks the
 * caller may read.
 */

const reportStatusLabels: Record<string, string> = {
  pending: '待填报',
  submitted: '已报送待审核',
  returned: '已退回',
  accepted: '已审核通过',
  waived: '免报',
};

const fieldsOf = (form: FormRow) => (Array.isArray(form.fields) ? form.fields : []) as ReportField[];

/** Tasks in list order with their numbering: 1, 2, 2.1, 2.2 … (sub-tasks under their parents). */
function numbered(tasks: readonly repo.TaskRow[]): { row: repo.TaskRow; number: string }[] {
  const ids = new Set(tasks.map((t) => Number(t.id)));
  const childrenOf = new Map<number | null, repo.TaskRow[]>();
  for (const task of tasks) {
    const parent = task.parent_id !== null && ids.has(Number(task.parent_id)) ? Number(task.parent_id) : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), task]);
  }
  const out: { row: repo.TaskRow; number: string }[] = [];
  const walk = (parent: number | null, prefix: string) =>
    (childrenOf.get(parent) ?? []).forEach((task, index) => {
      const number = `${prefix}${index + 1}`;
      out.push({ row: task, number });
      walk(Number(task.id), `${number}.`);
    });
  walk(null, '');
  return out;
}

async function readable(deps: ProgrammeDeps, ctx: RequestContext, programmeId: number) {
  const actor = requireHolds(ctx.actor, 'programme.read');
  const programme = await findReadableProgramme(deps.db, actor, programmeId);
  if (!programme) throw new AppError('NOT_FOUND');
  const tasks = await repo.listTasks(deps.db, actor, { programmeId }, { limit: 100_000, offset: 0 });
  return { actor, programme, tasks };
}

const dateTime = (d: Date | null) =>
  d === null ? '' : new Date(d).toLocaleString('zh-CN', { timeZone: chinaTimeZone, hour12: false });

/** 调度表: one row per task, with the latest filed report of each active form. */
export async function exportMeetingTable(
  deps: ProgrammeDeps,
  ctx: RequestContext,
  programmeId: number,
): Promise<{ fileName: string; buffer: Buffer }> {
  const { programme, tasks } = await readable(deps, ctx, programmeId);
  const forms = await listForms(deps.db, [programmeId], { activeOnly: true });
  const support = new Map<number, string[]>();
  for (const s of await repo.listSupport(
    deps.db,
    tasks.map((t) => Number(t.id)),
  ))
    support.set(s.task_id, [...(support.get(s.task_id) ?? []), s.unit_name]);
  const milestones = await repo.listMilestones(
    deps.db,
    tasks.map((t) => Number(t.id)),
  );
  const latest = new Map<number, Map<number, reports.ReportRow>>();
  for (const form of forms)
    latest.set(Number(form.id), await reports.latestFiledReports(deps.db, programmeId, Number(form.id)));
  const many = forms.length > 1;
  const formColumns = forms.flatMap((form) => {
    const prefix = many ? `${form.name}·` : '';
    return [
      { key: `f${form.id}:period`, labels: [`${prefix}最新报送期次`], width: 12 },
      ...fieldsOf(form).map((field) => ({
        key: `f${form.id}:${field.key}`,
        labels: [`${prefix}${spreadsheetLabel(field)}`],
        width: 14,
      })),
      { key: `f${form.id}:summary`, labels: [`${prefix}进展情况`], width: 36 },
      { key: `f${form.id}:status`, labels: [`${prefix}报送状态`], width: 12 },
    ];
  });
  const columns: ExcelColumn<string>[] = [
    { key: 'number', labels: ['序号'], width: 6 },
    { key: 'externalId', labels: ['编号'], width: 8 },
    { key: 'title', labels: ['任务名称'], width: 36 },
    { key: 'lead', labels: ['牵头单位'], width: 18 },
    { key: 'support', labels: ['配合单位'], width: 24 },
    { key: 'leader', labels: ['分管领导'], width: 10 },
    { key: 'owner', labels: ['责任人'], width: 10 },
    { key: 'dueOn', labels: ['完成时限'], width: 12 },
    { key: 'target', labels: ['目标'], width: 20 },
    { key: 'actual', labels: ['完成值'], width: 10 },
    { key: 'unit', labels: ['单位'], width: 8 },
    { key: 'progress', labels: ['进度（%）'], width: 10 },
    { key: 'milestones', labels: ['节点完成'], width: 10 },
    { key: 'status', labels: ['状态'], width: 12 },
    ...formColumns,
  ];
  const rows = numbered(tasks).map(({ row, number }) => {
    const id = Number(row.id);
    const own = milestones.filter((m) => m.task_id === id);
    const out: Record<string, string | number | null> = {
      number,
      externalId: row.external_id,
      title: row.title,
      lead: row.lead_name,
      support: (support.get(id) ?? []).join('、'),
      leader: row.leader_name,
      owner: row.owner_name,
      dueOn: row.due_on,
      target: row.target_text ?? (row.target_value === null ? '' : `${row.target_value}${row.target_unit ?? ''}`),
      // A number a sheet can sum; its unit beside it.
      actual: row.actual_value === null ? null : Number(row.actual_value),
      unit: row.target_unit ?? '',
      progress: Number(row.progress),
      milestones: own.length === 0 ? '' : `${own.filter((m) => m.completed_at !== null).length}/${own.length}`,
      status: displayStatusLabels[row.display_status as TaskDisplayStatus] ?? row.display_status,
    };
    for (const form of forms) {
      const report = latest.get(Number(form.id))?.get(id);
      if (!report) continue;
      const values = (report.field_values ?? {}) as Record<string, FieldValue>;
      out[`f${form.id}:period`] = report.period_key;
      for (const field of fieldsOf(form)) out[`f${form.id}:${field.key}`] = spreadsheetValue(field, values[field.key]);
      out[`f${form.id}:summary`] = report.summary;
      out[`f${form.id}:status`] =
        `${reportStatusLabels[report.status] ?? report.status}${report.late ? '（逾期）' : ''}`;
    }
    return out;
  });
  const note = [
    `${programme.title} 调度表`,
    `牵头单位：${programme.owner_name}`,
    `导出时间：${dateTime(ctx.now)}`,
    '状态按节点、报送、完成时限和工作日历计算；报送栏为各任务最新一期已报送（或已审核）的表格。',
  ].join('\n');
  return {
    fileName: `${programme.title}-调度表-${localDateOf(ctx.now)}.xlsx`,
    buffer: await writeSheet('调度表', columns, rows, note),
  };
}

/** 报送记录: every report of the tasks the caller may read, oldest period first per task. */
export async function exportReportHistory(
  deps: ProgrammeDeps,
  ctx: RequestContext,
  programmeId: number,
): Promise<{ fileName: string; buffer: Buffer }> {
  const { programme, tasks } = await readable(deps, ctx, programmeId);
  const visible = new Set(tasks.map((t) => Number(t.id)));
  const forms = new Map((await listForms(deps.db, [programmeId])).map((f) => [Number(f.id), f]));
  const history = (await reports.listProgrammeReports(deps.db, programmeId)).filter((r) =>
    visible.has(Number(r.task_id)),
  );
  const fieldColumns = [...forms.values()].flatMap((form) =>
    fieldsOf(form).map((field) => ({
      key: `f${form.id}:${field.key}`,
      labels: [forms.size > 1 ? `${form.name}·${spreadsheetLabel(field)}` : spreadsheetLabel(field)],
      width: 14,
    })),
  );
  const columns: ExcelColumn<string>[] = [
    { key: 'task', labels: ['任务名称'], width: 32 },
    { key: 'externalId', labels: ['编号'], width: 8 },
    { key: 'lead', labels: ['牵头单位'], width: 18 },
    { key: 'form', labels: ['表格'], width: 14 },
    { key: 'period', labels: ['期次'], width: 10 },
    { key: 'dueAt', labels: ['报送期限'], width: 18 },
    { key: 'status', labels: ['状态'], width: 12 },
    { key: 'late', labels: ['是否逾期'], width: 8 },
    { key: 'submittedAt', labels: ['报送时间'], width: 18 },
    { key: 'reviewedAt', labels: ['审核时间'], width: 18 },
    { key: 'reviewNote', labels: ['审核意见'], width: 24 },
    { key: 'progress', labels: ['进度（%）'], width: 10 },
    { key: 'summary', labels: ['进展情况'], width: 36 },
    ...fieldColumns,
  ];
  const externalIds = new Map(tasks.map((t) => [Number(t.id), t.external_id]));
  const rows = history.map((report) => {
    const form = forms.get(Number(report.form_id));
    const values = (report.field_values ?? {}) as Record<string, FieldValue>;
    const out: Record<string, string | number | null> = {
      task: report.task_title,
      externalId: externalIds.get(Number(report.task_id)) ?? '',
      lead: report.lead_name,
      form: report.form_name,
      period: report.period_key,
      dueAt: dateTime(new Date(report.due_at.getTime() - 1000)),
      status: reportStatusLabels[report.status] ?? report.status,
      late: report.late ? '是' : '否',
      submittedAt: dateTime(report.submitted_at),
      reviewedAt: dateTime(report.reviewed_at),
      reviewNote: report.review_note,
      progress: report.progress,
      summary: report.summary,
    };
    for (const field of form ? fieldsOf(form) : [])
      out[`f${form?.id}:${field.key}`] = spreadsheetValue(field, values[field.key]);
    return out;
  });
  return {
    fileName: `${programme.title}-报送记录-${localDateOf(ctx.now)}.xlsx`,
    buffer: await writeSheet('报送记录', columns, rows, `${programme.title} 报送记录\n导出时间：${dateTime(ctx.now)}`),
  };
}
