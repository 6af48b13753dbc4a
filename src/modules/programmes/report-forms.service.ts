import { withTransaction } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { checkVersion } from '../../platform/db/version-check.ts';
import type { RequestContext } from '../access/request-context.ts';
import { requireHolds } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ProgrammeDeps } from './programme-deps.ts';
import { presentForm } from './programme-view.ts';
import { loadForAction } from './programmes.service.ts';
import * as repo from './programmes.repository.ts';
import type { FormBody, ReportFormView, UpdateFormBody } from './programmes.schemas.ts';
import { openFormReports } from './report-cycle.service.ts';
import { checkFormFields, type ReportField } from './report-form.ts';

/** Report forms (表格): the programme office defines the fields and the cycle; reports open as periods start. */

function requireSoundFields(fields: readonly ReportField[]): void {
  const problems = checkFormFields(fields);
  if (problems.length > 0) throw new AppError('REPORT_FORM_INVALID', { details: problems });
}

export async function createForm(
  deps: ProgrammeDeps,
  ctx: RequestContext,
  programmeId: number,
  body: FormBody,
): Promise<ReportFormView> {
  const actor = requireHolds(ctx.actor, 'programme.manage');
  requireSoundFields(body.fields);
  const formId = await withTransaction(deps.db, async (trx) => {
    const programme = await loadForAction(trx, actor, programmeId, 'manageForms', ctx.now);
    const id = await repo.insertForm(trx, {
      programme_id: programmeId,
      name: body.name.trim(),
      description: body.description?.trim() ?? '',
      fields: JSON.stringify(body.fields),
      frequency: body.frequency,
      due_working_day: body.dueWorkingDay ?? 0,
      remind_working_days: body.remindWorkingDays ?? 1,
      starts_on: body.startsOn,
      created_at: ctx.now,
      updated_at: ctx.now,
    });
    await recordAudit(trx, ctx, {
      action: 'report_form.create',
      entityType: 'report_form',
      entityId: id,
      after: { programmeId, name: body.name, frequency: body.frequency, fields: body.fields.map((f) => f.key) },
    });
    // A running programme's units see the current period's report at once.
    if (programme.status === 'active') {
      const form = await repo.findForm(trx, id);
      if (form) await openFormReports(trx, deps, form, programme.starts_on, ctx.now);
    }
    return id;
  });
  const form = await repo.findForm(deps.db, formId);
  if (!form) throw new AppError('NOT_FOUND');
  return presentForm(form);
}

export async function updateForm(
  deps: ProgrammeDeps,
  ctx: RequestContext,
  programmeId: number,
  formId: number,
  body: UpdateFormBody,
): Promise<ReportFormView> {
  const actor = requireHolds(ctx.actor, 'programme.manage');
  if (body.fields) requireSoundFields(body.fields);
  await withTransaction(deps.db, async (trx) => {
    await loadForAction(trx, actor, programmeId, 'manageForms', ctx.now);
    const form = await repo.findForm(trx, formId, { forUpdate: true });
    if (!form || Number(form.programme_id) !== programmeId) throw new AppError('NOT_FOUND');
    checkVersion(body.version, form.version);
    const fields = {
      ...(body.name !== undefined ? { name: body.name.trim() } : {}),
      ...(body.description !== undefined ? { description: body.description.trim() } : {}),
      ...(body.fields !== undefined ? { fields: JSON.stringify(body.fields) } : {}),
      ...(body.dueWorkingDay !== undefined ? { due_working_day: body.dueWorkingDay } : {}),
      ...(body.remindWorkingDays !== undefined ? { remind_working_days: body.remindWorkingDays } : {}),
      ...(body.active !== undefined ? { active: body.active } : {}),
    };
    await repo.updateForm(trx, formId, { ...fields, updated_at: ctx.now });
    await recordAudit(trx, ctx, {
      action: 'report_form.update',
      entityType: 'report_form',
      entityId: formId,
      before: { name: form.name, active: form.active, version: form.version },
      after: { ...fields, fields: body.fields?.map((f) => f.key) },
    });
  });
  const form = await repo.findForm(deps.db, formId);
  if (!form) throw new AppError('NOT_FOUND');
  return presentForm(form);
}
