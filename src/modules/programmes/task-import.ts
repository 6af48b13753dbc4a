import type { ExcelColumn, ImportProblem, SheetRow } from '../../platform/excel/excel.ts';
import { isLocalDate } from './local-dates.ts';

/**
 * Reading a programme's task list (任务清单) from a spreadsheet: the columns, and the checks of
 * each row against the file, the organisation tree and the programme. Pure: every problem is
 * collected with its row number and reason before anything is written.
 */

export type TaskColumn =
  | 'externalId'
  | 'title'
  | 'description'
  | 'parentExternalId'
  | 'leadUnit'
  | 'supportingUnits'
  | 'leaderName'
  | 'ownerName'
  | 'phase'
  | 'startsOn'
  | 'dueOn'
  | 'targetText'
  | 'targetValue'
  | 'targetUnit'
  | 'weight'
  | 'milestones';

export const taskColumns: readonly ExcelColumn<TaskColumn>[] = [
  { key: 'externalId', labels: ['编号', '外部编号', 'external id', 'id'], required: true, width: 10 },
  { key: 'title', labels: ['任务名称', '任务', '名称', 'title'], required: true, width: 36 },
  { key: 'description', labels: ['任务内容', '工作内容', '具体内容', 'description'], width: 40 },
  { key: 'parentExternalId', labels: ['上级编号', '上级任务编号', 'parent id'], width: 10 },
  { key: 'leadUnit', labels: ['牵头单位', '责任单位', 'lead unit'], required: true, width: 20 },
  { key: 'supportingUnits', labels: ['配合单位', 'supporting units'], width: 28 },
  { key: 'leaderName', labels: ['分管领导', '责任领导', 'leader'], width: 10 },
  { key: 'ownerName', labels: ['责任人', 'responsible person', 'owner'], width: 10 },
  { key: 'phase', labels: ['阶段', 'phase'], width: 10 },
  { key: 'startsOn', labels: ['开始日期', '开始时间', 'starts on'], width: 12 },
  { key: 'dueOn', labels: ['完成时限', '完成时间', '截止日期', 'due on'], width: 12 },
  { key: 'targetText', labels: ['目标', '目标任务', 'target'], width: 24 },
  { key: 'targetValue', labels: ['目标值', 'target value'], width: 8 },
  { key: 'targetUnit', labels: ['目标单位', '计量单位', 'target unit'], width: 8 },
  { key: 'weight', labels: ['权重', 'weight'], width: 6 },
  { key: 'milestones', labels: ['节点', '时间节点', '里程碑', 'milestones'], width: 36 },
];

export interface UnitIndexEntry {
  id: number;
  code: string;
  nameZh: string;
  path: string;
  active: boolean;
}

export interface ExistingTask {
  id: number;
  externalId: string;
  parentId: number | null;
  status: string;
}

export interface PlannedTask {
  row: number;
  externalId: string;
  title: string;
  description: string;
  parentExternalId: string | null;
  leadUnitId: number;
  supportingUnitIds: number[];
  leaderName: string | null;
  ownerName: string | null;
  phaseId: number | null;
  startsOn: string | null;
  dueOn: string | null;
  targetText: string | null;
  targetValue: number | null;
  targetUnit: string | null;
  weight: number;
  /** Null when the cell is empty: existing milestones stay as they are. */
  milestones: { title: string; dueOn: string }[] | null;
  existing: ExistingTask | undefined;
}

export interface ImportContext {
  /** Units of the programme's tree. */
  units: readonly UnitIndexEntry[];
  phases: readonly { id: number; name: string }[];
  existing: readonly ExistingTask[];
}

/** '2026-06-30', '2026/6/30', '2026.6.30' or '2026年6月30日' → '2026-06-30'; undefined when it is no date. */
export function parseDate(text: string): string | undefined {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  if (!match) return undefined;
  const date = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  return isLocalDate(date) ? date : undefined;
}

const listSeparators = /[、,，;；/\n]+/;

/** '2026-06-30 完成摸底；2026-09-30 全面铺开' (one per line or separated by ；) → milestones. */
export function parseMilestones(text: string): { milestones: { title: string; dueOn: string }[]; bad: string[] } {
  const milestones: { title: string; dueOn: string }[] = [];
  const bad: string[] = [];
  for (const part of text
    .split(/[;；\n]+/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^(\S+)\s+(.+)$/.exec(part) ?? /^(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)(.+)$/.exec(part);
    const dueOn = match ? parseDate(match[1]!) : undefined;
    const title = match?.[2]?.trim();
    if (!dueOn || !title) bad.push(part);
    else milestones.push({ title: title.slice(0, 120), dueOn });
  }
  return { milestones, bad };
}

/** Finds a unit by its code (any case) or its exact name; a name several units share must be given as a code. */
export function unitFinder(
  units: readonly UnitIndexEntry[],
): (text: string) => { unit?: UnitIndexEntry; reason?: string } {
  const byCode = new Map(units.map((u) => [u.code.toLowerCase(), u]));
  const byName = new Map<string, UnitIndexEntry[]>();
  for (const unit of units) byName.set(unit.nameZh, [...(byName.get(unit.nameZh) ?? []), unit]);
  return (text) => {
    const value = text.trim();
    const unit =
      byCode.get(value.toLowerCase()) ?? (byName.get(value)?.length === 1 ? byName.get(value)?.[0] : undefined);
    if (!unit && (byName.get(value)?.length ?? 0) > 1) return { reason: `名称“${value}”对应多个单位，请填写单位编码` };
    if (!unit) return { reason: `找不到单位“${value}”（请填写单位编码或全称）` };
    if (!unit.active) return { reason: `单位“${unit.nameZh}”已停用` };
    return { unit };
  };
}

function number(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const value = Number(text.replace(/[%％]$/, '').trim());
  return Number.isFinite(value) ? value : Number.NaN;
}

/** Checks every row; answers the plan and every problem (row number, column, reason). */
export function planTaskImport(
  rows: readonly SheetRow<TaskColumn>[],
  context: ImportContext,
): { plan: PlannedTask[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const findUnit = unitFinder(context.units);
  const phases = new Map(context.phases.map((p) => [p.name, p.id]));
  const existing = new Map(context.existing.map((t) => [t.externalId.toLowerCase(), t]));
  const seen = new Map<string, number>();
  const plan: PlannedTask[] = [];
  for (const { row, values: v } of rows) {
    const problem = (column: string, reason: string) => problems.push({ row, column, reason });
    const externalId = v.externalId.trim();
    if (!externalId || externalId.length > 64)
      problem('编号', '编号必填，且不超过 64 个字符（再次导入时按编号更新任务）');
    const key = externalId.toLowerCase();
    if (seen.has(key)) problem('编号', `编号“${externalId}”与第 ${seen.get(key)} 行重复`);
    seen.set(key, row);
    if (!v.title || [...v.title].length > 200) problem('任务名称', '任务名称必填，且不超过 200 字');
    const lead = findUnit(v.leadUnit);
    if (!v.leadUnit) problem('牵头单位', '牵头单位必填');
    else if (lead.reason) problem('牵头单位', lead.reason);
    const supporting: number[] = [];
    for (const name of v.supportingUnits
      .split(listSeparators)
      .map((s) => s.trim())
      .filter(Boolean)) {
      const found = findUnit(name);
      if (found.reason) problem('配合单位', found.reason);
      else if (found.unit && (found.unit.id === lead.unit?.id || supporting.includes(found.unit.id)))
        problem('配合单位', `单位“${found.unit.nameZh}”重复`);
      else if (found.unit) supporting.push(found.unit.id);
    }
    const phaseId = v.phase ? phases.get(v.phase.trim()) : undefined;
    if (v.phase && phaseId === undefined)
      problem('阶段', `本清单没有“${v.phase}”阶段（可选：${[...phases.keys()].join('、') || '无'}）`);
    const startsOn = v.startsOn ? parseDate(v.startsOn) : undefined;
    if (v.startsOn && !startsOn) problem('开始日期', `“${v.startsOn}”不是日期（如 2026-06-30）`);
    const dueOn = v.dueOn ? parseDate(v.dueOn) : undefined;
    if (v.dueOn && !dueOn) problem('完成时限', `“${v.dueOn}”不是日期（如 2026-06-30）`);
    if (startsOn && dueOn && dueOn < startsOn) problem('完成时限', '完成时限早于开始日期');
    const targetValue = number(v.targetValue);
    if (Number.isNaN(targetValue)) problem('目标值', `“${v.targetValue}”不是数字`);
    const weight = number(v.weight);
    if (weight !== undefined && !(weight > 0 && weight <= 1000)) problem('权重', '权重须为大于 0、不超过 1000 的数字');
    const milestones = v.milestones ? parseMilestones(v.milestones) : null;
    for (const bad of milestones?.bad ?? []) problem('节点', `“${bad}”应写作“日期 节点名称”，如“2026-06-30 完成摸底”`);
    const found = existing.get(key);
    if (found && found.status !== 'active' && found.status !== 'routine')
      problem('编号', '该编号的任务已完成、销号或撤销，不能再通过导入修改');
    plan.push({
      row,
      externalId,
      title: v.title.trim(),
      description: v.description.trim(),
      parentExternalId: v.parentExternalId.trim() || null,
      leadUnitId: lead.unit?.id ?? 0,
      supportingUnitIds: supporting,
      leaderName: v.leaderName.trim() || null,
      ownerName: v.ownerName.trim() || null,
      phaseId: phaseId ?? null,
      startsOn: startsOn ?? null,
      dueOn: dueOn ?? null,
      targetText: v.targetText.trim() || null,
      targetValue: targetValue === undefined || Number.isNaN(targetValue) ? null : targetValue,
      targetUnit: v.targetUnit.trim() || null,
      weight: weight ?? 1,
      milestones: milestones?.milestones ?? null,
      existing: found,
    });
  }
  problems.push(...checkParents(plan, context.existing));
  return { plan, problems };
}

/** Every parent must be in the file or the programme, open, and no task may become its own ancestor. */
function checkParents(plan: readonly PlannedTask[], existing: readonly ExistingTask[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const inFile = new Map(plan.map((p) => [p.externalId.toLowerCase(), p]));
  const stored = new Map(existing.map((t) => [t.externalId.toLowerCase(), t]));
  const storedById = new Map(existing.map((t) => [t.id, t]));
  const parentOf = (key: string): string | null => {
    const planned = inFile.get(key);
    if (planned) return planned.parentExternalId?.toLowerCase() ?? null;
    const task = stored.get(key);
    const parent = task?.parentId ? storedById.get(task.parentId) : undefined;
    return parent ? parent.externalId.toLowerCase() : null;
  };
  for (const p of plan) {
    if (!p.parentExternalId) continue;
    const key = p.parentExternalId.toLowerCase();
    const parent = inFile.get(key) ?? stored.get(key);
    if (!parent) {
      problems.push({ row: p.row, column: '上级编号', reason: `找不到编号为“${p.parentExternalId}”的上级任务` });
      continue;
    }
    const parentStatus = 'status' in parent ? parent.status : (parent.existing?.status ?? 'active');
    if (parentStatus !== 'active' && parentStatus !== 'routine')
      problems.push({ row: p.row, column: '上级编号', reason: '上级任务已完成、销号或撤销' });
    let cursor: string | null = key;
    for (let steps = 0; cursor && steps < 1000; steps++) {
      if (cursor === p.externalId.toLowerCase()) {
        problems.push({ row: p.row, column: '上级编号', reason: '上下级关系形成循环' });
        break;
      }
      cursor = parentOf(cursor);
    }
  }
  return problems;
}

/** Orders planned tasks so that every parent in the file is written before its sub-tasks. */
export function parentsFirst(plan: readonly PlannedTask[]): PlannedTask[] {
  const inFile = new Map(plan.map((p) => [p.externalId.toLowerCase(), p]));
  const ordered: PlannedTask[] = [];
  const done = new Set<string>();
  const visit = (p: PlannedTask) => {
    const key = p.externalId.toLowerCase();
    if (done.has(key)) return;
    done.add(key);
    const parent = p.parentExternalId ? inFile.get(p.parentExternalId.toLowerCase()) : undefined;
    if (parent) visit(parent);
    ordered.push(p);
  };
  plan.forEach(visit);
  return ordered;
}
