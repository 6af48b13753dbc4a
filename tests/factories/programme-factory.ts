import type { Kysely } from 'kysely';
import type {
  ProgrammeKind,
  ProgrammeStatus,
  ReportFrequency,
  ReportStatus,
  TaskStatus,
  TopicStatus,
  Visibility,
} from '../../src/shared/programmes.ts';
import type { DB } from '../../src/platform/db/schema.ts';
import type { ReportField } from '../../src/modules/programmes/report-form.ts';
import { insertForm, insertProgramme } from '../../src/modules/programmes/programmes.repository.ts';
import { findReportOf, insertReports, type ReportRow } from '../../src/modules/programmes/reports.repository.ts';
import { insertMilestone, insertTask, replaceSupport } from '../../src/modules/programmes/tasks.repository.ts';
import { insertTopic } from '../../src/modules/topics/topics.repository.ts';
import type { UnitRow } from '../../src/modules/units/units.repository.ts';
import { daysFromNow, testNow } from '../helpers/clock.ts';

let sequence = 0;

export interface MadeProgramme {
  id: number;
  owner: UnitRow;
}

/** A programme (清单) owned by a unit's office; active and internal unless told otherwise. */
export async function makeProgramme(
  db: Kysely<DB>,
  overrides: {
    owner: UnitRow;
    title?: string;
    kind?: ProgrammeKind;
    status?: ProgrammeStatus;
    visibility?: Visibility;
    startsOn?: string;
    endsOn?: string;
    /** An open window for citizens' topics (群众点题). */
    topicWindow?: boolean;
  },
): Promise<MadeProgramme> {
  const n = ++sequence;
  const now = testNow();
  const id = await insertProgramme(db, {
    title: overrides.title ?? `测试清单${n}`,
    kind: overrides.kind ?? 'campaign',
    owner_unit_id: Number(overrides.owner.id),
    owner_path: overrides.owner.path,
    starts_on: overrides.startsOn ?? '2026-01-01',
    ends_on: overrides.endsOn ?? '2026-12-31',
    status: overrides.status ?? 'active',
    visibility: overrides.visibility ?? 'internal',
    topic_window_opens_at: overrides.topicWindow ? daysFromNow(-1) : null,
    topic_window_closes_at: overrides.topicWindow ? daysFromNow(30) : null,
    created_by: null,
    created_at: now,
    updated_at: now,
  });
  return { id, owner: overrides.owner };
}

export interface MadeTask {
  id: number;
  programmeId: number;
  lead: UnitRow;
  milestoneId: number | null;
}

/** A task (清单事项) led by a unit, with supporting units and one milestone if asked. */
export async function makeTask(
  db: Kysely<DB>,
  overrides: {
    programme: MadeProgramme;
    lead: UnitRow;
    supporting?: UnitRow[];
    title?: string;
    status?: TaskStatus;
    dueOn?: string | null;
    withMilestone?: boolean;
  },
): Promise<MadeTask> {
  const n = ++sequence;
  const now = testNow();
  const status = overrides.status ?? 'active';
  const id = await insertTask(db, {
    programme_id: overrides.programme.id,
    title: overrides.title ?? `测试任务${n}`,
    lead_unit_id: Number(overrides.lead.id),
    lead_path: overrides.lead.path,
    due_on: overrides.dueOn === undefined ? '2026-12-20' : overrides.dueOn,
    status,
    display_status: status === 'active' ? 'on_track' : status,
    done_at: status === 'done' || status === 'verified' ? now : null,
    verified_at: status === 'verified' ? now : null,
    created_by: null,
    created_at: now,
    updated_at: now,
  });
  await replaceSupport(
    db,
    id,
    (overrides.supporting ?? []).map((u) => ({ id: Number(u.id), path: u.path })),
  );
  const milestoneId = overrides.withMilestone
    ? await insertMilestone(db, {
        task_id: id,
        seq: 1,
        title: `节点${n}`,
        due_on: '2026-12-10',
        created_at: now,
        updated_at: now,
      })
    : null;
  return { id, programmeId: overrides.programme.id, lead: overrides.lead, milestoneId };
}

export const defaultReportFields: ReportField[] = [
  { key: 'done', label: '本期完成情况', type: 'text', required: true, maxLength: 500 },
];

/** A report form (报送表格) of a programme. */
export async function makeReportForm(
  db: Kysely<DB>,
  overrides: {
    programme: MadeProgramme;
    name?: string;
    fields?: ReportField[];
    frequency?: ReportFrequency;
  },
): Promise<number> {
  const n = ++sequence;
  const now = testNow();
  return insertForm(db, {
    programme_id: overrides.programme.id,
    name: overrides.name ?? `测试报表${n}`,
    fields: JSON.stringify(overrides.fields ?? defaultReportFields),
    frequency: overrides.frequency ?? 'monthly',
    starts_on: '2026-01-01',
    created_at: now,
    updated_at: now,
  });
}

/** One report (报送) of a task for one period of a form, in any status. */
export async function makeReport(
  db: Kysely<DB>,
  overrides: {
    task: MadeTask;
    formId: number;
    status?: ReportStatus;
    periodKey?: string;
    fieldValues?: Record<string, unknown>;
    submittedBy?: number | null;
  },
): Promise<ReportRow> {
  const n = ++sequence;
  const now = testNow();
  const status = overrides.status ?? 'pending';
  const filed = status === 'submitted' || status === 'accepted' || status === 'returned';
  const periodKey = overrides.periodKey ?? `2026-P${n}`;
  await insertReports(db, [
    {
      form_id: overrides.formId,
      task_id: overrides.task.id,
      programme_id: overrides.task.programmeId,
      period_key: periodKey,
      period_start: '2026-11-01',
      period_end: '2026-11-30',
      due_at: daysFromNow(5),
      status,
      field_values: JSON.stringify(overrides.fieldValues ?? (filed ? { done: '已完成' } : {})),
      summary: filed ? '本期按计划推进。' : null,
      submitted_at: filed ? now : null,
      submitted_by: filed ? (overrides.submittedBy ?? null) : null,
      created_at: now,
      updated_at: now,
    },
  ]);
  const row = await findReportOf(db, overrides.formId, overrides.task.id, periodKey);
  if (!row) throw new Error(`report ${periodKey} was not written`);
  return row;
}

/** A citizen's topic (群众点题) in a programme, in any status. */
export async function makeTopic(
  db: Kysely<DB>,
  overrides: {
    programme: MadeProgramme;
    title?: string;
    status?: TopicStatus;
    proposerPersonId?: number | null;
    keywords?: string[];
    taskId?: number | null;
  },
): Promise<number> {
  const n = ++sequence;
  const now = testNow();
  const status = overrides.status ?? 'pending';
  return insertTopic(db, {
    programme_id: overrides.programme.id,
    title: overrides.title ?? `测试点题${n}`,
    description: '建议在小区门口增设路灯。',
    keywords: overrides.keywords ?? ['路灯'],
    status,
    proposer_person_id: overrides.proposerPersonId ?? null,
    task_id: overrides.taskId ?? null,
    moderated_at: status === 'pending' ? null : now,
    created_at: now,
    updated_at: now,
  });
}
