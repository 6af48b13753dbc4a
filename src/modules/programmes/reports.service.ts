import type { Kysely } from 'kysely';
import { withTransaction } from '../../platform/db/database.ts';
import type { DB } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { checkVersion } from '../../platform/db/version-check.ts';
import type { RequestContext } from '../access/request-context.ts';
import type { ReportAction, ReportFrequency } from '../../shared/programmes.ts';
import { type Actor, actorLabel } from '../access/actor.ts';
import { requireHolds } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { deliver, type Notified, notifyUnits } from '../notifications/notifications.service.ts';
import type { UnitNoticeKind } from '../notifications/recipients.ts';
import { reportPath } from '../../shared/app-paths.ts';
import { findUnit } from '../units/units.repository.ts';
import { localDateOf } from './local-dates.ts';
import { reportActorOf } from './programme-access.ts';
import type { ProgrammeDeps } from './programme-deps.ts';
import { findForm, type FormRow } from './programmes.repository.ts';
import { openReportFor } from './report-cycle.service.ts';
import { periodOf, periodOfKey } from './report-cycle.ts';
import { checkValues, type ReportField, targetFieldOf } from './report-form.ts';
import { presentReport, presentReportDetail, reportStateOf } from './report-view.ts';
import { decide, guard, type ReportActor, type ReportCommand } from './report-workflow.ts';
import * as repo from './reports.repository.ts';
import type { FillBody, ReportActionBodies, ReportDetail, ReportListQuery, ReportSummary } from './reports.schemas.ts';
import { linkEvidence } from './task-actions.service.ts';
import { loadTaskFor } from './tasks.service.ts';
import * as taskRepo from './tasks.repository.ts';
import { officeUnitsOf, programmeExternalKinds } from './task-effects.ts';
import { refreshTask } from './task-refresh.ts';

/**
 * Reports (报送): the lead unit fills in the form each cycle and submits; the programme office
 * accepts or returns it with comments; the sweeper reminds and urges. Accepting a report moves the
 * task's progress and, when the form measures the target, its actual value.
 */

function fieldsOf(form: FormRow | undefined): ReportField[] {
  return (form && Array.isArray(form.fields) ? form.fields : []) as ReportField[];
}

export async function getReport(deps: ProgrammeDeps, ctx: RequestContext, id: number): Promise<ReportDetail> {
  const actor = requireHolds(ctx.actor, 'programme.read');
  const row = await repo.findReadableReport(deps.db, actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  const [form, attachments, events] = await Promise.all([
    findForm(deps.db, Number(row.form_id)),
    repo.listReportAttachments(deps.db, id),
    repo.listReportEvents(deps.db, id),
  ]);
  return presentReportDetail(
    row,
    fieldsOf(form) as unknown as Record<string, unknown>[],
    attachments,
    events,
    actor,
    ctx.now,
  );
}

export async function listReports(
  deps: ProgrammeDeps,
  ctx: RequestContext,
  query: ReportListQuery,
): Promise<{ items: ReportSummary[]; nextOffset: number | null }> {
  const actor = requireHolds(ctx.actor, 'programme.read');
  const limit = query.limit ?? 50;
  const offset = query.offset ?? 0;
  let leadPath: string | undefined;
  if (query.unitId !== undefined) {
    const unit = await findUnit(deps.db, query.unitId);
    if (!unit) return { items: [], nextOffset: null };
    leadPath = unit.path;
  }
  const rows = await repo.listReports(deps.db, actor, { ...query, leadPath }, { limit, offset });
  return {
    items: rows.map((r) => presentReport(r, actor, ctx.now)),
    nextOffset: rows.length === limit ? offset + limit : null,
  };
}

/** 填报: opens (or finds) the report of a period for a task the caller files for; the current period by default. */
export async function openReport(
  deps: ProgrammeDeps,
  ctx: RequestContext,
  taskId: number,
  body: { formId: number; periodKey?: string | undefined },
): Promise<ReportDetail> {
  const actor = requireHolds(ctx.actor, 'task.report');
  const reportId = await withTransaction(deps.db, async (trx) => {
    const task = await loadTaskFor(trx, actor, taskId, 'fileReport');
    const form = await findForm(trx, body.formId);
    if (!form || Number(form.programme_id) !== Number(task.programme_id) || !form.active)
      throw new AppError('NOT_FOUND');
    const frequency = form.frequency as ReportFrequency;
    const period =
      body.periodKey === undefined ? periodOf(frequency, localDateOf(ctx.now)) : periodOfKey(frequency, body.periodKey);
    if (!period || period.start > localDateOf(ctx.now) || period.end < form.starts_on) {
      throw new AppError('VALIDATION_FAILED', {
        details: [
          { in: 'body', path: '/periodKey', message: `not a ${frequency} period of this form that has started` },
        ],
      });
    }
    await openReportFor(trx, deps, form, taskId, period, ctx.now);
    const report = await repo.findReportOf(trx, body.formId, taskId, period.key);
    if (!report) throw new AppError('NOT_FOUND');
    return Number(report.id);
  });
  return getReport(deps, ctx, reportId);
}

/** An upload token as POST /attachments answers it. */
const tokenPattern = /^[0-9]{1,15}\.[A-Za-z0-9_-]{16,64}$/;

/** Turns attachment values into ids: new upload tokens are linked to the task and report, kept ids must already be this report's. */
async function resolveAttachmentValues(
  trx: Kysely<DB>,
  fields: readonly ReportField[],
  values: Record<string, unknown>,
  report: repo.ReportRow,
): Promise<Record<string, unknown>> {
  const out = { ...values };
  const owned = new Set((await repo.listReportAttachments(trx, Number(report.id))).map((a) => Number(a.id)));
  for (const field of fields.filter((f) => f.type === 'attachment')) {
    const value = out[field.key];
    if (!Array.isArray(value)) continue;
    const tokens = value.filter((v): v is string => typeof v === 'string');
    const kept = value.filter((v): v is number => typeof v === 'number');
    const wellFormed =
      tokens.every((t) => tokenPattern.test(t)) &&
      kept.every((id) => Number.isSafeInteger(id)) &&
      tokens.length + kept.length === value.length;
    if (!wellFormed || kept.some((id) => !owned.has(id)))
      throw new AppError('REPORT_INVALID', {
        details: [{ field: field.key, reason: `“${field.label}”含有无效或不属于本报送的附件` }],
      });
    const linked = await linkEvidence(trx, Number(report.task_id), tokens, Number(report.id));
    out[field.key] = [...kept, ...linked];
  }
  return out;
}

function commandOf(action: ReportAction, body: Record<string, unknown>): ReportCommand {
  switch (action) {
    case 'accept':
    case 'urge':
      return { type: action, note: typeof body.note === 'string' ? body.note : undefined };
    case 'return':
    case 'waive':
      return { type: action, reason: typeof body.reason === 'string' ? body.reason : '' };
    default:
      return { type: action };
  }
}

async function notifyReport(
  trx: Kysely<DB>,
  action: ReportAction,
  row: repo.ReportRow,
  note: string | null,
  now: Date,
  officeUnits: number[],
): Promise<Notified[]> {
  const message = (kind: UnitNoticeKind, text: string) => ({
    kind,
    title: `${text}：${row.task_title}（${row.period_key}）`,
    body: note ?? row.form_name,
    link: reportPath(Number(row.id)),
  });
  switch (action) {
    case 'submit':
      return [await notifyUnits(trx, officeUnits, message('report.submitted', '报送待审核'), now)];
    case 'accept':
      return [await notifyUnits(trx, [Number(row.lead_unit_id)], message('report.accepted', '报送已审核通过'), now)];
    case 'return':
      return [await notifyUnits(trx, [Number(row.lead_unit_id)], message('report.returned', '报送被退回'), now)];
    case 'urge':
      return [await notifyUnits(trx, [Number(row.lead_unit_id)], message('report.overdue', '催报'), now)];
    case 'waive':
      return [await notifyUnits(trx, [Number(row.lead_unit_id)], message('report.waived', '本期免报'), now)];
    default:
      return [];
  }
}

export interface ApplyReport {
  trx: Kysely<DB>;
  deps: ProgrammeDeps;
  ctx: RequestContext;
  row: repo.ReportRow;
  command: ReportCommand;
  who: ReportActor;
  fill?: FillBody | undefined;
}

/** Decides and writes one action on a locked report; answers the notifications to deliver. */
export async function applyReportCommand(input: ApplyReport): Promise<Notified[]> {
  const { trx, deps, ctx, row, command, who } = input;
  const id = Number(row.id);
  const before = reportStateOf(row);
  const decision = decide(before, command, who, ctx.now);
  if (!decision.ok)
    throw new AppError(
      decision.error.code,
      decision.error.detail ? { details: { reason: decision.error.detail } } : {},
    );
  const { changes, event } = decision;
  const update: Parameters<typeof repo.updateReport>[2] = { updated_at: ctx.now };
  if (changes.status !== undefined) update.status = changes.status;
  if (changes.late !== undefined) update.late = changes.late;
  if (changes.submittedAt !== undefined) update.submitted_at = changes.submittedAt;
  if (changes.reviewedAt !== undefined) update.reviewed_at = changes.reviewedAt;
  if (command.type === 'submit') update.submitted_by = ctx.actor?.personId ?? null;
  if (command.type === 'accept' || command.type === 'return' || command.type === 'waive') {
    update.reviewed_by = ctx.actor?.personId ?? null;
    update.review_note = event.note;
  }
  const form = await findForm(trx, Number(row.form_id));
  const fields = fieldsOf(form);
  let values = (row.field_values ?? {}) as Record<string, unknown>;
  if (command.type === 'save' || command.type === 'submit') {
    const fill = input.fill ?? {};
    const merged = await resolveAttachmentValues(trx, fields, { ...values, ...(fill.values ?? {}) }, row);
    const checked = checkValues(fields, merged, { submit: command.type === 'submit' });
    if (checked.problems.length > 0) throw new AppError('REPORT_INVALID', { details: checked.problems });
    values = checked.values;
    update.field_values = JSON.stringify(values);
    if (fill.progress !== undefined) update.progress = fill.progress;
    if (fill.summary !== undefined) update.summary = fill.summary.trim() || null;
    if (command.type === 'submit' && (fill.summary ?? row.summary ?? '').trim() === '' && fields.length === 0)
      throw new AppError('REPORT_INVALID', { details: [{ field: 'summary', reason: '请填写进展情况' }] });
  }
  await repo.updateReport(trx, id, update);
  const taskId = Number(row.task_id);
  if (command.type === 'submit') await taskRepo.recordFiling(trx, taskId, ctx.now);
  if (command.type === 'accept') {
    const progress = update.progress ?? row.progress;
    const target = targetFieldOf(fields);
    const actual = target ? values[target.key] : undefined;
    await taskRepo.updateTask(trx, taskId, {
      updated_at: ctx.now,
      ...(progress !== null && progress !== undefined ? { progress } : {}),
      ...(typeof actual === 'number' ? { actual_value: actual } : {}),
    });
  }
  await repo.insertReportEvent(trx, {
    report_id: id,
    at: ctx.now,
    actor_id: ctx.actor?.personId ?? null,
    actor_label: (ctx.actor && actorLabel(ctx.actor)) ?? (who.system ? '系统' : null),
    action: event.action,
    from_status: event.fromStatus,
    to_status: event.toStatus,
    note: event.note,
    data: JSON.stringify(event.data),
  });
  if (command.type !== 'save')
    await recordAudit(trx, ctx, {
      action: `report.${command.type}`,
      entityType: 'report',
      entityId: id,
      before: { status: row.status, version: row.version },
      after: { status: event.toStatus, note: event.note, ...event.data },
    });
  const task = await taskRepo.findTask(trx, taskId);
  const notified = await notifyReport(
    trx,
    command.type,
    row,
    event.note,
    ctx.now,
    task ? officeUnitsOf(task.owner_unit_id, task.owner_path) : [],
  );
  if (command.type !== 'save') notified.push(...(await refreshTask(trx, deps, taskId, ctx.now)));
  return notified;
}

/** Takes one action on a report: lock, check, decide, write, notify. */
export async function performReportAction<A extends ReportAction>(
  deps: ProgrammeDeps,
  ctx: RequestContext,
  id: number,
  action: A,
  body: ReportActionBodies[A],
): Promise<void> {
  const actor: Actor = requireHolds(ctx.actor, 'programme.read');
  const notified = await withTransaction(deps.db, async (trx) => {
    const row = await repo.findReadableReport(trx, actor, id, { forUpdate: true });
    if (!row) throw new AppError('NOT_FOUND');
    const version = (body as { version?: number }).version;
    checkVersion(version, row.version);
    const who = reportActorOf(actor, { ownerPath: row.owner_path, leadPath: row.lead_path });
    const refused = guard(reportStateOf(row), action, who, ctx.now);
    if (refused) throw new AppError(refused.code, refused.detail ? { details: { reason: refused.detail } } : {});
    const fill = action === 'save' || action === 'submit' ? (body as FillBody) : undefined;
    return applyReportCommand({
      trx,
      deps,
      ctx,
      row,
      command: commandOf(action, body as Record<string, unknown>),
      who,
      fill,
    });
  });
  await deliver(deps.notifications, notified, programmeExternalKinds);
}

/** POST /reports/{id}/{action}: the action, then the report as the caller now sees it. */
export async function actOnReport<A extends ReportAction>(
  deps: ProgrammeDeps,
  ctx: RequestContext,
  id: number,
  action: A,
  body: ReportActionBodies[A],
): Promise<ReportDetail> {
  await performReportAction(deps, ctx, id, action, body);
  return getReport(deps, ctx, id);
}
