import type { Kysely } from 'kysely';
import { withTransaction } from '../../platform/db/database.ts';
import type { DB } from '../../platform/db/schema.ts';
import {
  type ExcelColumn,
  failOnProblems,
  type ImportProblem,
  readSheet,
  writeSheet,
} from '../../platform/excel/excel.ts';
import type { RequestContext } from '../access/request-context.ts';
import type { Actor } from '../access/actor.ts';
import { can, requireHolds } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { refreshTownshipMarkersUnder } from '../search/search-markers.repository.ts';
import * as repo from './units.repository.ts';
import { isTownshipType, relocateSubtree, type TreeChangedListener } from './units.service.ts';
import { codePattern, parseUnitType, type UnitType, unitTypeLabels } from './units.schemas.ts';

type UnitColumn = 'code' | 'nameZh' | 'nameEn' | 'type' | 'parentCode' | 'active';

export const unitColumns: readonly ExcelColumn<UnitColumn>[] = [
  { key: 'code', labels: ['单位编码', '编码', 'code'], required: true, width: 22 },
  { key: 'nameZh', labels: ['单位名称', '名称', 'name'], required: true, width: 26 },
  { key: 'nameEn', labels: ['英文名称', 'english name', 'name_en'], width: 32 },
  { key: 'type', labels: ['类型', 'type'], required: true, width: 12 },
  { key: 'parentCode', labels: ['上级单位编码', '上级编码', 'parent code'], width: 22 },
  { key: 'active', labels: ['状态', 'status', 'active'], width: 10 },
];

const templateNote = [
  '单位导入说明 (Units import)',
  '每行一个单位。单位编码：字母、数字、点、横线、下划线，最长 64 位；已存在的编码会更新该单位，新编码会新建单位。',
  `类型填写：${Object.values(unitTypeLabels).join('、')}（或英文代码）。`,
  '上级单位编码：可以是系统中已有的单位，也可以是本文件中的单位；区县根单位以外都必须填写。',
  '状态：启用 或 停用，不填视为启用。',
  '导入是整体进行的：只要有一行有错，全部不导入，并列出每一个错误行的行号和原因。',
].join('\n');

export async function exportUnits(db: Kysely<DB>, ctx: RequestContext): Promise<Buffer> {
  const actor = requireHolds(ctx.actor, 'unit.read');
  const rows = await repo.listAllUnits(db, actor);
  const codeOf = new Map(rows.map((r) => [Number(r.id), r.code]));
  return writeSheet(
    '单位',
    unitColumns,
    rows.map((r) => ({
      code: r.code,
      nameZh: r.name_zh,
      nameEn: r.name_en,
      type: unitTypeLabels[r.type as UnitType] ?? r.type,
      parentCode: r.parent_id === null ? '' : (codeOf.get(Number(r.parent_id)) ?? ''),
      active: r.active ? '启用' : '停用',
    })),
    templateNote,
  );
}

export async function unitTemplate(): Promise<Buffer> {
  return writeSheet(
    '单位',
    unitColumns,
    [
      {
        code: 'D01-T01-C09',
        nameZh: '示例社区',
        nameEn: 'Example Community',
        type: '社区',
        parentCode: 'D01-T01',
        active: '启用',
      },
    ],
    templateNote,
  );
}

function parseActive(text: string): boolean | undefined {
  const value = text.trim().toLowerCase();
  if (['', '启用', '是', 'true', '1', 'active', 'yes'].includes(value)) return true;
  if (['停用', '否', 'false', '0', 'inactive', 'no'].includes(value)) return false;
  return undefined;
}

interface PlannedUnit {
  row: number;
  code: string;
  nameZh: string;
  nameEn: string | null;
  type: UnitType;
  parentCode: string | null;
  active: boolean;
  existing: repo.UnitRow | undefined;
}

/** Checks every row against the file and the tree; collects every problem before anything is written. */
function planUnitImport(
  actor: Actor,
  rows: { row: number; values: Record<UnitColumn, string> }[],
  index: repo.UnitRow[],
): { plan: PlannedUnit[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const byCode = new Map(index.map((u) => [u.code.toLowerCase(), u]));
  const byId = new Map(index.map((u) => [Number(u.id), u]));
  const plan: PlannedUnit[] = [];
  const seen = new Map<string, number>();
  for (const { row, values } of rows) {
    const problem = (column: string, reason: string) => problems.push({ row, column, reason });
    const code = values.code;
    if (!new RegExp(codePattern).test(code)) problem('单位编码', `编码“${code}”格式不正确`);
    const key = code.toLowerCase();
    if (seen.has(key)) problem('单位编码', `编码“${code}”与第 ${seen.get(key)} 行重复`);
    seen.set(key, row);
    if (!values.nameZh || values.nameZh.length > 100) problem('单位名称', '名称必填，且不超过 100 字');
    const type = parseUnitType(values.type);
    if (!type) problem('类型', `类型“${values.type}”无法识别`);
    const active = parseActive(values.active);
    if (active === undefined) problem('状态', `状态“${values.active}”应为 启用 或 停用`);
    const existing = byCode.get(key);
    if (existing && !can(actor, 'unit.manage', existing.path))
      problem('单位编码', '该编码已被您管理范围以外的单位使用');
    const parentCode = values.parentCode || null;
    if (!parentCode && !(existing && existing.parent_id === null)) problem('上级单位编码', '上级单位编码必填');
    plan.push({
      row,
      code,
      nameZh: values.nameZh,
      nameEn: values.nameEn || null,
      type: type ?? 'community',
      parentCode,
      active: active ?? true,
      existing,
    });
  }
  const fileCodes = new Map(plan.map((p) => [p.code.toLowerCase(), p]));
  const parentOf = (code: string): string | null => {
    const planned = fileCodes.get(code);
    if (planned) return planned.parentCode?.toLowerCase() ?? null;
    const unit = byCode.get(code);
    const parent = unit?.parent_id ? byId.get(Number(unit.parent_id)) : undefined;
    return parent ? parent.code.toLowerCase() : null;
  };
  for (const p of plan) {
    if (!p.parentCode) continue;
    const parentKey = p.parentCode.toLowerCase();
    const parentInDb = byCode.get(parentKey);
    // A unit outside the actor's reach is reported exactly like one that does not exist.
    if (!fileCodes.has(parentKey) && (!parentInDb || !can(actor, 'unit.manage', parentInDb.path))) {
      problems.push({ row: p.row, column: '上级单位编码', reason: '上级单位不存在或不在您的管理范围内' });
      continue;
    }
    // Walk up from the parent; meeting this unit again means a cycle.
    let cursor: string | null = parentKey;
    for (let steps = 0; cursor && steps < 10_000; steps++) {
      if (cursor === p.code.toLowerCase()) {
        problems.push({ row: p.row, column: '上级单位编码', reason: '上下级关系形成循环' });
        break;
      }
      cursor = parentOf(cursor);
    }
  }
  return { plan, problems };
}

/** Orders planned units so that every parent is written before its children. */
function parentsFirst(plan: PlannedUnit[]): PlannedUnit[] {
  const inFile = new Map(plan.map((p) => [p.code.toLowerCase(), p]));
  const ordered: PlannedUnit[] = [];
  const done = new Set<string>();
  const visit = (p: PlannedUnit) => {
    const key = p.code.toLowerCase();
    if (done.has(key)) return;
    done.add(key);
    const parent = p.parentCode ? inFile.get(p.parentCode.toLowerCase()) : undefined;
    if (parent) visit(parent);
    ordered.push(p);
  };
  plan.forEach(visit);
  return ordered;
}

/** 导入单位: creates new codes, updates (and moves) existing ones; all rows or none. */
export async function importUnits(
  db: Kysely<DB>,
  ctx: RequestContext,
  file: Buffer,
  onTreeChanged?: TreeChangedListener,
): Promise<{ created: number; updated: number }> {
  const actor = requireHolds(ctx.actor, 'unit.manage');
  const rows = await readSheet(file, unitColumns);
  if (rows.length === 0) failOnProblems([{ row: 2, reason: '文件中没有数据行' }]);
  const result = await withTransaction(db, async (trx) => {
    await repo.lockTreeForMove(trx);
    const { plan, problems } = planUnitImport(actor, rows, await repo.listUnitIndex(trx));
    failOnProblems(problems);
    let created = 0;
    let updated = 0;
    for (const p of parentsFirst(plan)) {
      const parent = p.parentCode ? await repo.findUnitByCode(trx, p.parentCode) : null;
      if (!p.existing) {
        const row = await repo.insertUnit(
          trx,
          {
            code: p.code,
            name_zh: p.nameZh,
            name_en: p.nameEn,
            type: p.type,
            parent_id: parent ? Number(parent.id) : null,
          },
          parent ?? null,
          ctx.now,
        );
        if (!p.active) await repo.updateUnitFields(trx, Number(row.id), row.version, { active: false }, ctx.now);
        await recordAudit(trx, ctx, {
          action: 'unit.create',
          entityType: 'unit',
          entityId: Number(row.id),
          after: { code: p.code, nameZh: p.nameZh, type: p.type, via: 'import' },
        });
        created += 1;
        continue;
      }
      const current = await repo.findUnit(trx, Number(p.existing.id), { forUpdate: true });
      if (!current) continue;
      const changed =
        current.name_zh !== p.nameZh ||
        current.name_en !== p.nameEn ||
        current.type !== p.type ||
        current.active !== p.active;
      if (changed)
        await repo.updateUnitFields(
          trx,
          Number(current.id),
          current.version,
          { name_zh: p.nameZh, name_en: p.nameEn, type: p.type, active: p.active },
          ctx.now,
        );
      const moved = parent !== null && parent !== undefined && Number(current.parent_id) !== Number(parent.id);
      if (moved) await relocateSubtree(trx, current, parent, ctx.now);
      if (isTownshipType(current.type) !== isTownshipType(p.type))
        await refreshTownshipMarkersUnder(trx, (await repo.findUnit(trx, Number(current.id)))?.path ?? current.path);
      if (changed || moved) {
        await recordAudit(trx, ctx, {
          action: moved ? 'unit.move' : 'unit.update',
          entityType: 'unit',
          entityId: Number(current.id),
          before: { nameZh: current.name_zh, type: current.type, active: current.active, parentId: current.parent_id },
          after: {
            nameZh: p.nameZh,
            type: p.type,
            active: p.active,
            parentId: parent ? Number(parent.id) : null,
            via: 'import',
          },
        });
        updated += 1;
      }
    }
    return { created, updated };
  });
  onTreeChanged?.();
  return result;
}
