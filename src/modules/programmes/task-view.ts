import type { Kysely } from 'kysely';
import type { BusinessCalendar } from '../../platform/calendar/business-calendar.ts';
import type { DB } from '../../platform/db/schema.ts';
import type { TaskDisplayStatus, TaskStatus } from '../../shared/programmes.ts';
import type { Actor } from '../access/actor.ts';
import { deadlineOf } from './local-dates.ts';
import { taskActorOf } from './programme-access.ts';
import type { TaskSummary } from './tasks.schemas.ts';
import * as repo from './tasks.repository.ts';
import { allowedActions, type TaskState } from './task-workflow.ts';

/** Turns stored task rows into what the API answers, with the actions the caller may take. */

export interface TaskExtras {
  support: Map<number, repo.SupportRow[]>;
  milestones: Map<number, repo.MilestoneRow[]>;
  children: Map<number, { all: number; open: number }>;
  topics: Map<number, number>;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const row of rows) {
    const list = out.get(key(row));
    if (list) list.push(row);
    else out.set(key(row), [row]);
  }
  return out;
}

/** Loads what the summaries of these tasks need, in four queries whatever their number. */
export async function loadTaskExtras(db: Kysely<DB>, rows: readonly repo.TaskRow[]): Promise<TaskExtras> {
  const ids = rows.map((r) => Number(r.id));
  const [support, milestones, children, topics] = await Promise.all([
    repo.listSupport(db, ids),
    repo.listMilestones(db, ids),
    repo.countChildren(db, ids),
    repo.listTopicLinks(db, ids),
  ]);
  return {
    support: groupBy(support, (s) => s.task_id),
    milestones: groupBy(milestones, (m) => m.task_id),
    children,
    topics,
  };
}

export function taskStateOf(
  row: repo.TaskRow,
  milestones: readonly repo.MilestoneRow[],
  openChildren: number,
): TaskState {
  return {
    status: row.status as TaskStatus,
    milestones: milestones.map((m) => ({ id: m.id, completed: m.completed_at !== null })),
    openChildren,
    reportsFiled: row.reports_filed,
    verifiedAt: row.verified_at,
  };
}

const iso = (d: Date | null) => (d === null ? null : new Date(d).toISOString());

export function presentMilestone(m: repo.MilestoneRow, now: Date, calendar: BusinessCalendar) {
  const deadline = deadlineOf(m.due_on, calendar);
  const late = m.completed_at === null ? now >= deadline : new Date(m.completed_at) >= deadline;
  return {
    id: m.id,
    seq: m.seq,
    title: m.title,
    dueOn: m.due_on,
    deadline: deadline.toISOString(),
    phaseId: m.phase_id,
    completedAt: iso(m.completed_at),
    completionNote: m.completion_note,
    late,
  };
}

export function presentTask(row: repo.TaskRow, extras: TaskExtras, actor: Actor | null): TaskSummary {
  const id = Number(row.id);
  const milestones = extras.milestones.get(id) ?? [];
  const children = extras.children.get(id) ?? { all: 0, open: 0 };
  const state = taskStateOf(row, milestones, children.open);
  const who = taskActorOf(actor, { ownerPath: row.owner_path, leadPath: row.lead_path });
  return {
    id,
    programmeId: Number(row.programme_id),
    programmeTitle: row.programme_title,
    parentId: row.parent_id === null ? null : Number(row.parent_id),
    seq: row.seq,
    externalId: row.external_id,
    title: row.title,
    leadUnit: { id: Number(row.lead_unit_id), nameZh: row.lead_name, nameEn: row.lead_name_en },
    supportingUnits: (extras.support.get(id) ?? []).map((s) => ({
      id: s.unit_id,
      nameZh: s.unit_name,
      nameEn: s.unit_name_en,
    })),
    leaderName: row.leader_name,
    ownerName: row.owner_name,
    phaseId: row.phase_id === null ? null : Number(row.phase_id),
    startsOn: row.starts_on,
    dueOn: row.due_on,
    target: { text: row.target_text, value: row.target_value, unit: row.target_unit, actual: row.actual_value },
    weight: Number(row.weight),
    progress: Number(row.progress),
    status: row.status as TaskStatus,
    displayStatus: row.display_status as TaskDisplayStatus,
    statusReasons: Array.isArray(row.status_reasons) ? (row.status_reasons as TaskSummary['statusReasons']) : [],
    milestonesDone: milestones.filter((m) => m.completed_at !== null).length,
    milestonesTotal: milestones.length,
    childCount: children.all,
    reportsFiled: row.reports_filed,
    lastReportAt: iso(row.last_report_at),
    topicId: extras.topics.get(id) ?? null,
    version: row.version,
    allowedActions: allowedActions(state, who),
  };
}

export async function presentTasks(
  db: Kysely<DB>,
  rows: readonly repo.TaskRow[],
  actor: Actor | null,
): Promise<TaskSummary[]> {
  const extras = await loadTaskExtras(db, rows);
  return rows.map((row) => presentTask(row, extras, actor));
}
