import type {
  ProgrammeAction,
  ProgrammeKind,
  ProgrammeStatus,
  ReportFrequency,
  Visibility,
} from '../../shared/programmes.ts';
import type { Actor } from '../access/actor.ts';
import { can } from '../access/policy.ts';
import { isOffice } from './programme-access.ts';
import type { ProgrammeDetail, ProgrammeSummary, ReportFormView } from './programmes.schemas.ts';
import type { FormRow, PhaseRow, ProgrammeRow } from './programmes.repository.ts';
import type { ReportField } from './report-form.ts';

/** Turns programme rows into what the API answers, with the actions the caller may take. */

export function isTopicWindowOpen(
  row: Pick<ProgrammeRow, 'status' | 'topic_window_opens_at' | 'topic_window_closes_at'>,
  now: Date,
): boolean {
  const opens = row.topic_window_opens_at;
  const closes = row.topic_window_closes_at;
  return (
    row.status === 'active' && opens !== null && closes !== null && new Date(opens) <= now && now < new Date(closes)
  );
}

export function programmeActionsFor(actor: Actor | null, row: ProgrammeRow, now: Date): ProgrammeAction[] {
  const office = isOffice(actor, row.owner_path);
  const status = row.status as ProgrammeStatus;
  const open = status !== 'closed';
  const windowOpen = isTopicWindowOpen(row, now);
  const checks: Record<ProgrammeAction, boolean> = {
    update: office && open,
    activate: office && status === 'draft',
    close: office && status === 'active',
    reopen: office && status === 'closed',
    addTask: office && open,
    importTasks: office && open,
    exportTables: actor !== null,
    manageForms: office && open,
    openTopicWindow: office && status === 'active' && row.visibility === 'public',
    closeTopicWindow: office && windowOpen,
    moderateTopics: office || can(actor, 'topic.moderate', row.owner_path),
  };
  return (Object.keys(checks) as ProgrammeAction[]).filter((action) => checks[action]);
}

export function presentForm(form: FormRow): ReportFormView {
  return {
    id: Number(form.id),
    programmeId: Number(form.programme_id),
    name: form.name,
    description: form.description,
    fields: (Array.isArray(form.fields) ? form.fields : []) as ReportField[],
    frequency: form.frequency as ReportFrequency,
    dueWorkingDay: form.due_working_day,
    remindWorkingDays: form.remind_working_days,
    startsOn: form.starts_on,
    active: form.active,
    version: form.version,
  };
}

export interface ProgrammeCounts {
  byStatus: Record<string, number>;
  total: number;
  progressSum: number;
}

export function countsOf(
  rows: readonly { programme_id: number; display_status: string; n: number; progress: number }[],
): Map<number, ProgrammeCounts> {
  const out = new Map<number, ProgrammeCounts>();
  for (const row of rows) {
    const counts = out.get(row.programme_id) ?? { byStatus: {}, total: 0, progressSum: 0 };
    counts.byStatus[row.display_status] = row.n;
    counts.total += row.n;
    counts.progressSum += row.progress;
    out.set(row.programme_id, counts);
  }
  return out;
}

export function presentProgramme(
  row: ProgrammeRow,
  counts: ProgrammeCounts | undefined,
  actor: Actor | null,
  now: Date,
): ProgrammeSummary {
  const total = counts?.total ?? 0;
  return {
    id: Number(row.id),
    title: row.title,
    kind: row.kind as ProgrammeKind,
    ownerUnit: { id: Number(row.owner_unit_id), nameZh: row.owner_name, nameEn: row.owner_name_en },
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    visibility: row.visibility as Visibility,
    status: row.status as ProgrammeStatus,
    taskCount: total,
    statusCounts: counts?.byStatus ?? {},
    progress: total === 0 ? 0 : Math.round(((counts?.progressSum ?? 0) / total) * 10) / 10,
    topicWindow: {
      opensAt: row.topic_window_opens_at === null ? null : new Date(row.topic_window_opens_at).toISOString(),
      closesAt: row.topic_window_closes_at === null ? null : new Date(row.topic_window_closes_at).toISOString(),
      open: isTopicWindowOpen(row, now),
      supportLimit: row.topic_support_limit,
      proposalLimit: row.topic_proposal_limit,
      intro: row.topic_intro,
    },
    version: row.version,
    allowedActions: programmeActionsFor(actor, row, now),
  };
}

export function presentProgrammeDetail(
  row: ProgrammeRow,
  phases: readonly PhaseRow[],
  forms: readonly FormRow[],
  counts: ProgrammeCounts | undefined,
  actor: Actor | null,
  now: Date,
): ProgrammeDetail {
  return {
    ...presentProgramme(row, counts, actor, now),
    description: row.description,
    atRiskWorkingDays: row.at_risk_working_days,
    phases: phases.map((p) => ({ id: p.id, seq: p.seq, name: p.name, startsOn: p.starts_on, endsOn: p.ends_on })),
    forms: forms.map(presentForm),
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
