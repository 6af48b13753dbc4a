import { formatChinaMinute } from '../../shared/china-time.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { type ExcelColumn, writeLargeSheet } from '../../platform/excel/excel.ts';
import type { RequestContext } from '../access/request-context.ts';
import {
  type CaseStatus,
  caseChannelLabels,
  caseStatusLabels,
  caseTierLabels,
  caseUrgencyLabels,
  type Satisfaction,
  type Urgency,
} from '../../shared/cases.ts';
import { maskName, maskPhone } from '../access/masking.ts';
import { addressFor, descriptionFor } from './case-privacy.ts';
import { can, requireHolds } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { CaseDeps } from './case-deps.ts';
import type { Directory } from './case-directory.ts';
import { caseFilterOf } from './case-queries.service.ts';
import { presentSummary } from './case-view.ts';
import { countMatching, listBatch } from './case-workbench.repository.ts';
import type { ExportQuery } from './case-workbench.schemas.ts';
import type { CaseSummary } from './cases.schemas.ts';
import * as repo from './cases.repository.ts';

/** An export takes at most this many cases; more is refused with a request to narrow the filters. */
export const exportCap = 50_000;
const exportBatch = 2_000;

type ExportColumn =
  | 'trackingCode'
  | 'title'
  | 'description'
  | 'status'
  | 'channel'
  | 'category'
  | 'tier'
  | 'urgency'
  | 'place'
  | 'address'
  | 'leadUnit'
  | 'supportUnits'
  | 'deadline'
  | 'responseDueAt'
  | 'resolveDueAt'
  | 'createdAt'
  | 'resolvedAt'
  | 'closedAt'
  | 'returnCount'
  | 'reopenCount'
  | 'satisfaction'
  | 'reporterName'
  | 'reporterMobile';

const exportColumns: readonly ExcelColumn<ExportColumn>[] = [
  { key: 'trackingCode', labels: ['查询码'], width: 18 },
  { key: 'title', labels: ['标题'], width: 28 },
  { key: 'description', labels: ['诉求内容'], width: 48 },
  { key: 'status', labels: ['状态'], width: 10 },
  { key: 'channel', labels: ['来源'], width: 12 },
  { key: 'category', labels: ['分类'], width: 30 },
  { key: 'tier', labels: ['分级'], width: 18 },
  { key: 'urgency', labels: ['紧急程度'], width: 9 },
  { key: 'place', labels: ['属地'], width: 14 },
  { key: 'address', labels: ['地址'], width: 26 },
  { key: 'leadUnit', labels: ['承办单位'], width: 18 },
  { key: 'supportUnits', labels: ['配合单位'], width: 24 },
  { key: 'deadline', labels: ['时限状态'], width: 9 },
  { key: 'responseDueAt', labels: ['签收期限'], width: 17 },
  { key: 'resolveDueAt', labels: ['办结期限'], width: 17 },
  { key: 'createdAt', labels: ['登记时间'], width: 17 },
  { key: 'resolvedAt', labels: ['办结时间'], width: 17 },
  { key: 'closedAt', labels: ['归档时间'], width: 17 },
  { key: 'returnCount', labels: ['退单次数'], width: 9 },
  { key: 'reopenCount', labels: ['重办次数'], width: 9 },
  { key: 'satisfaction', labels: ['回访评价'], width: 10 },
  { key: 'reporterName', labels: ['反映人'], width: 10 },
  { key: 'reporterMobile', labels: ['联系电话'], width: 14 },
];

const colourLabels = { green: '正常', yellow: '预警', red: '超期' } as const;
const satisfactionLabels: Record<Satisfaction, string> = {
  satisfied: '满意',
  basically_satisfied: '基本满意',
  unsatisfied: '不满意',
};

/** China time (UTC+8, no daylight saving) as 2026-03-05 14:30. */
function chinaTime(date: Date | null): string {
  return date === null ? '' : formatChinaMinute(date);
}

/** One case as a row of the sheet; the reporter in full only for those who may see it (`sees`). */
function exportRow(
  row: repo.CaseRow,
  summary: CaseSummary,
  directory: Directory,
  supportNames: readonly string[],
  sees: boolean,
): Record<ExportColumn, string | number | null> {
  const category = row.category_id === null ? undefined : directory.categories.get(Number(row.category_id));
  return {
    trackingCode: row.tracking_code,
    title: row.title,
    description: descriptionFor(row, sees),
    status: caseStatusLabels[row.status as CaseStatus] ?? row.status,
    channel: caseChannelLabels[summary.channel] ?? row.channel,
    category: category ? category.pathNames.join(' / ') : (summary.category?.nameZh ?? ''),
    tier: summary.tier ? caseTierLabels[summary.tier] : '',
    urgency: caseUrgencyLabels[row.urgency as Urgency] ?? row.urgency,
    place: summary.place?.nameZh ?? '',
    address: addressFor(row, sees) ?? '',
    leadUnit: summary.leadUnit?.nameZh ?? '',
    supportUnits: supportNames.join('、'),
    deadline: summary.colour ? colourLabels[summary.colour] : '',
    responseDueAt: chinaTime(row.response_due_at),
    resolveDueAt: chinaTime(row.resolve_due_at),
    createdAt: chinaTime(row.created_at),
    resolvedAt: chinaTime(row.resolved_at),
    closedAt: chinaTime(row.closed_at),
    returnCount: row.return_count,
    reopenCount: row.reopen_count,
    satisfaction: row.satisfaction ? (satisfactionLabels[row.satisfaction as Satisfaction] ?? row.satisfaction) : '',
    reporterName:
      row.reporter_name === null
        ? row.anonymous
          ? '匿名'
          : ''
        : sees
          ? row.reporter_name
          : maskName(row.reporter_name),
    reporterMobile: row.reporter_mobile === null ? '' : sees ? row.reporter_mobile : maskPhone(row.reporter_mobile),
  };
}

/**
 * 导出: the filtered list as .xlsx, newest first, at most `exportCap` cases. The reporter, the
 * description and the exact address are shown only where the caller holds pii.read over the case's
 * place (masked copies elsewhere); the export itself is audited with its filters and how many cases
 * it showed unmasked.
 */
export async function exportCases(
  deps: CaseDeps,
  ctx: RequestContext,
  query: ExportQuery,
  options: { cap?: number } = {},
): Promise<{ fileName: string; buffer: Buffer }> {
  const cap = options.cap ?? exportCap;
  const actor = requireHolds(ctx.actor, 'case.read');
  const directory = await deps.directory.get();
  const filter = caseFilterOf(query, directory, ctx.now);
  const matching = await countMatching(deps.db, actor, filter, ctx.now, cap);
  if (matching > cap) {
    throw new AppError('EXPORT_TOO_LARGE', {
      message: {
        zh: `符合条件的诉求超过 ${cap.toLocaleString('en-US')} 条，无法一次导出。请缩小筛选范围（如登记日期、分类或属地）后再导出。`,
        en: `More than ${cap.toLocaleString('en-US')} cases match; narrow the filters (dates, category or place) and export again.`,
      },
      details: { cap },
    });
  }
  const clock = deps.clock();
  let unmasked = 0;
  // Newest first, a keyset batch at a time, each written to the sheet as it arrives.
  async function* batches(): AsyncGenerator<Record<ExportColumn, string | number | null>[]> {
    let after: { createdAt: Date; id: number } | null = null;
    while (matching > 0) {
      const batch = await listBatch(deps.db, actor, filter, ctx.now, after, exportBatch);
      const support = new Map<number, string[]>();
      for (const p of await repo.listParties(
        deps.db,
        batch.map((r) => Number(r.id)),
      )) {
        if (p.role === 'support') support.set(p.case_id, [...(support.get(p.case_id) ?? []), p.unit_name]);
      }
      yield batch.map((row) => {
        const sees = can(actor, 'pii.read', row.place_path);
        if (sees) unmasked += 1;
        return exportRow(
          row,
          presentSummary(row, directory, clock, ctx.now),
          directory,
          support.get(Number(row.id)) ?? [],
          sees,
        );
      });
      const last = batch.at(-1);
      if (batch.length < exportBatch || !last) return;
      after = { createdAt: last.created_at, id: Number(last.id) };
    }
  }
  const note = (rows: number) =>
    [
      '诉求导出说明 (Case export)',
      `导出时间：${chinaTime(ctx.now)}（北京时间），共 ${rows} 条，按登记时间从新到旧排列。`,
      '反映人姓名和联系电话仅对有个人信息查看权限的人员完整显示，其他情况已脱敏。',
      `单次最多导出 ${cap.toLocaleString('en-US')} 条；超过时请缩小筛选范围。`,
    ].join('\n');
  const { buffer, rows } = await writeLargeSheet('诉求', exportColumns, batches(), note);
  const { q, ...rest } = query;
  await recordAudit(deps.db, ctx, {
    action: 'case.export',
    entityType: 'case',
    entityId: null,
    after: { filters: { ...rest, ...(q ? { q } : {}) }, rows, unmaskedReporters: unmasked },
  });
  return { fileName: `诉求-${chinaTime(ctx.now).slice(0, 10)}.xlsx`, buffer };
}
