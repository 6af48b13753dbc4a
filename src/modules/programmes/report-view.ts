import type { ReportStatus } from '../../shared/programmes.ts';
import type { Actor } from '../access/actor.ts';
import { reportActorOf } from './programme-access.ts';
import type { ReportDetail, ReportSummary } from './reports.schemas.ts';
import type { ReportRow } from './reports.repository.ts';
import { allowedActions, type ReportState } from './report-workflow.ts';

/** Turns report rows into what the API answers, with the actions the caller may take. */

const iso = (d: Date | null) => (d === null ? null : new Date(d).toISOString());

export function reportStateOf(row: ReportRow): ReportState {
  return {
    status: row.status as ReportStatus,
    late: row.late,
    dueAt: new Date(row.due_at),
    submittedAt: row.submitted_at === null ? null : new Date(row.submitted_at),
    reviewedAt: row.reviewed_at === null ? null : new Date(row.reviewed_at),
    taskOpen: row.task_status === 'active' || row.task_status === 'routine',
  };
}

export function presentReport(row: ReportRow, actor: Actor | null, now: Date): ReportSummary {
  const state = reportStateOf(row);
  const open = state.status === 'pending' || state.status === 'returned';
  return {
    id: Number(row.id),
    programmeId: Number(row.programme_id),
    programmeTitle: row.programme_title,
    form: { id: Number(row.form_id), name: row.form_name },
    task: { id: Number(row.task_id), title: row.task_title, status: row.task_status },
    leadUnit: { id: Number(row.lead_unit_id), nameZh: row.lead_name, nameEn: row.lead_name_en },
    periodKey: row.period_key,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    dueAt: new Date(row.due_at).toISOString(),
    status: state.status,
    late: row.late || (open && now >= state.dueAt),
    overdue: open && now >= state.dueAt,
    progress: row.progress,
    summary: row.summary,
    values: (row.field_values ?? {}) as Record<string, unknown>,
    submittedAt: iso(row.submitted_at),
    reviewedAt: iso(row.reviewed_at),
    reviewNote: row.review_note,
    version: row.version,
    allowedActions: allowedActions(
      state,
      reportActorOf(actor, { ownerPath: row.owner_path, leadPath: row.lead_path }),
      now,
    ),
  };
}

export function presentReportDetail(
  row: ReportRow,
  fields: readonly Record<string, unknown>[],
  attachments: readonly { id: number | string; file_name: string; content_type: string; size: number }[],
  events: readonly {
    id: number | string;
    at: Date;
    action: string;
    actor_label: string | null;
    from_status: string | null;
    to_status: string | null;
    note: string | null;
    data: unknown;
  }[],
  actor: Actor | null,
  now: Date,
): ReportDetail {
  return {
    ...presentReport(row, actor, now),
    fields: [...fields],
    attachments: attachments.map((a) => ({
      id: Number(a.id),
      fileName: a.file_name,
      contentType: a.content_type,
      size: a.size,
      url: `/api/v1/tasks/${row.task_id}/attachments/${a.id}`,
    })),
    timeline: events.map((e) => ({
      id: Number(e.id),
      at: new Date(e.at).toISOString(),
      action: e.action,
      actorLabel: e.actor_label,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      note: e.note,
      data: (e.data ?? {}) as Record<string, unknown>,
    })),
  };
}
