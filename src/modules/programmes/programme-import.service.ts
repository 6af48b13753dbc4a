import type { Kysely } from 'kysely';
import { withTransaction } from '../../platform/db/database.ts';
import type { DB } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { failOnProblems, readSheet, writeSheet } from '../../platform/excel/excel.ts';
import type { RequestContext } from '../access/request-context.ts';
import { rootPathOf } from '../access/actor.ts';
import { requireHolds } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { deliver, type Notified } from '../notifications/notifications.service.ts';
import { listUnitIndex } from '../units/units.repository.ts';
import type { ProgrammeDeps } from './programme-deps.ts';
import { listPhases } from './programmes.repository.ts';
import { loadForAction } from './programmes.service.ts';
import { programmeExternalKinds, isUniqueViolation } from './task-effects.ts';
import { parentsFirst, type PlannedTask, planTaskImport, taskColumns } from './task-import.ts';
import { applyTaskUpdate, insertTaskWithin } from './tasks.service.ts';
import * as repo from './tasks.repository.ts';

/** 导入任务清单: a programme's task list from .xlsx, all rows or none, updating tasks by their 编号. */

const templateNote = [
  '任务清单导入说明 (Task list import)',
  '每行一项任务。“编号”必填且在本清单内唯一：再次导入时，编号相同的任务会被更新，新编号会新增任务。',
  '上级编号：填写上级任务的编号即成为子任务（上级可在本文件中，也可是清单中已有的任务）。',
  '牵头单位、配合单位：填写单位编码或单位全称；配合单位有多个时用顿号“、”分隔。名称重复的单位请填写编码。',
  '日期写作 2026-06-30（也可写 2026/6/30、2026年6月30日）。节点：每行或以“；”分隔，写作“日期 节点名称”，如“2026-06-30 完成摸底”。',
  '更新已有任务时以文件为准：空白的单元格会清空该项（如配合单位、分管领导）。节点除外：节点一栏留空时，已有任务的节点保持不变；填写时，未完成的节点按名称更新，新名称新增，未列出的未完成节点删除。',
  '目标值、权重填数字；权重用于子任务进度加权汇总，不填为 1。阶段填写清单中已设的阶段名称。',
  '导入是整体进行的：只要有一行有错，全部不导入，并列出每一个错误行的行号和原因。已销号或撤销的任务不能通过导入修改。',
].join('\n');

export async function taskTemplate(): Promise<Buffer> {
  const example = (row: Partial<Record<(typeof taskColumns)[number]['key'], string>>) =>
    Object.fromEntries(taskColumns.map((c) => [c.key, row[c.key] ?? ''])) as Record<
      (typeof taskColumns)[number]['key'],
      string
    >;
  return writeSheet(
    '任务清单',
    taskColumns,
    [
      example({
        externalId: '1',
        title: '农村寄递物流服务全覆盖',
        description: '每个行政村设立寄递物流服务站点',
        leadUnit: 'D01-DEPT-TRANSPORT',
        supportingUnits: '区商务局、区农业农村局',
        leaderName: '王刚',
        ownerName: '李明',
        dueOn: '2026-12-31',
        targetText: '行政村覆盖率100%',
        targetValue: '100',
        targetUnit: '%',
        milestones: '2026-06-30 完成摸底；2026-09-30 站点建成过半',
      }),
      example({
        externalId: '1.1',
        title: '杏坪镇站点建设',
        parentExternalId: '1',
        leadUnit: '杏坪镇',
        weight: '2',
        dueOn: '2026-10-31',
      }),
    ],
    templateNote,
  );
}

async function syncMilestones(
  trx: Kysely<DB>,
  taskId: number,
  wanted: readonly { title: string; dueOn: string }[],
  now: Date,
): Promise<void> {
  const current = await repo.listMilestones(trx, [taskId]);
  for (const milestone of current) {
    const match = wanted.find((w) => w.title === milestone.title);
    if (milestone.completed_at !== null) continue;
    if (!match) await repo.deleteMilestone(trx, milestone.id);
    else if (match.dueOn !== milestone.due_on)
      await repo.updateMilestone(trx, milestone.id, { due_on: match.dueOn, updated_at: now });
  }
  let seq = current.length;
  for (const milestone of wanted.filter((w) => !current.some((c) => c.title === w.title))) {
    await repo.insertMilestone(trx, {
      task_id: taskId,
      seq: ++seq,
      title: milestone.title,
      due_on: milestone.dueOn,
      created_at: now,
      updated_at: now,
    });
  }
}

function bodyOf(p: PlannedTask) {
  return {
    title: p.title,
    description: p.description,
    externalId: p.externalId,
    leadUnitId: p.leadUnitId,
    supportingUnitIds: p.supportingUnitIds,
    leaderName: p.leaderName,
    ownerName: p.ownerName,
    phaseId: p.phaseId,
    startsOn: p.startsOn,
    dueOn: p.dueOn,
    targetText: p.targetText,
    targetValue: p.targetValue,
    targetUnit: p.targetUnit,
    weight: p.weight,
  };
}

export async function importTasks(
  deps: ProgrammeDeps,
  ctx: RequestContext,
  programmeId: number,
  file: Buffer,
): Promise<{ created: number; updated: number }> {
  const actor = requireHolds(ctx.actor, 'programme.manage');
  const rows = await readSheet(file, taskColumns);
  if (rows.length === 0) failOnProblems([{ row: 2, reason: '文件中没有数据行' }]);
  if (rows.length > 2000) failOnProblems([{ row: 0, reason: '一次最多导入 2000 行' }]);
  let outcome: { created: number; updated: number; notified: Notified[] };
  try {
    outcome = await withTransaction(deps.db, async (trx) => {
      const programme = await loadForAction(trx, actor, programmeId, 'importTasks', ctx.now);
      const root = rootPathOf(programme.owner_path);
      const units = (await listUnitIndex(trx))
        .filter((u) => u.path.startsWith(root))
        .map((u) => ({ id: Number(u.id), code: u.code, nameZh: u.name_zh, path: u.path, active: u.active }));
      const tasks = await repo.listProgrammeTasks(trx, programmeId);
      const existing = tasks
        .filter((t) => t.external_id !== null)
        .map((t) => ({
          id: Number(t.id),
          externalId: t.external_id as string,
          parentId: t.parent_id === null ? null : Number(t.parent_id),
          status: t.status,
        }));
      const phases = (await listPhases(trx, [programmeId])).map((p) => ({ id: p.id, name: p.name }));
      const { plan, problems } = planTaskImport(rows, { units, phases, existing });
      failOnProblems(problems);
      const ids = new Map(existing.map((t) => [t.externalId.toLowerCase(), t.id]));
      // New tasks keep the file's order in the list, whatever order they are written in.
      const firstSeq = await repo.nextSeq(trx, programmeId);
      const seqOf = new Map(plan.map((p, index) => [p.externalId.toLowerCase(), firstSeq + index]));
      const notified: Notified[] = [];
      let created = 0;
      let updated = 0;
      for (const p of parentsFirst(plan)) {
        const parentId = p.parentExternalId ? (ids.get(p.parentExternalId.toLowerCase()) ?? null) : null;
        if (!p.existing) {
          const body = { ...bodyOf(p), ...(parentId !== null ? { parentId } : {}), milestones: p.milestones ?? [] };
          const made = await insertTaskWithin(trx, deps, ctx, actor, programmeId, nullsToUndefined(body), {
            seq: seqOf.get(p.externalId.toLowerCase()) ?? firstSeq,
            via: 'import',
          });
          ids.set(p.externalId.toLowerCase(), made.id);
          notified.push(...made.notified);
          created++;
          continue;
        }
        const row = await repo.findTask(trx, p.existing.id, { forUpdate: true });
        if (!row) throw new AppError('NOT_FOUND');
        if ((row.parent_id === null ? null : Number(row.parent_id)) !== parentId)
          await repo.updateTask(trx, p.existing.id, { parent_id: parentId, updated_at: ctx.now });
        if (p.milestones !== null) await syncMilestones(trx, p.existing.id, p.milestones, ctx.now);
        notified.push(
          ...(await applyTaskUpdate(
            trx,
            deps,
            ctx,
            (await repo.findTask(trx, p.existing.id)) ?? row,
            bodyOf(p),
            'import',
          )),
        );
        updated++;
      }
      await recordAudit(trx, ctx, {
        action: 'programme.import',
        entityType: 'programme',
        entityId: programmeId,
        after: { created, updated, rows: rows.length },
      });
      return { created, updated, notified };
    });
  } catch (error) {
    if (isUniqueViolation(error)) failOnProblems([{ row: 0, reason: '编号与同时进行的另一次导入冲突，请重试' }]);
    throw error;
  }
  await deliver(deps.notifications, outcome.notified, programmeExternalKinds);
  return { created: outcome.created, updated: outcome.updated };
}

/** Drops nulls so the body fits the create schema's optional fields. */
function nullsToUndefined<T extends Record<string, unknown>>(body: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== null)) as {
    [K in keyof T]: Exclude<T[K], null>;
  };
}
