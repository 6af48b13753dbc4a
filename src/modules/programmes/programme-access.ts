import { type Expression, type SqlBool, sql } from 'kysely';
import type { Actor } from '../access/actor.ts';
import { grantedPrefixes } from '../access/actor.ts';
import { can } from '../access/policy.ts';
import { pathInScope } from '../access/scope-sql.ts';
import type { Permission } from '../access/permissions.ts';
import type { ReportActor } from './report-workflow.ts';
import type { TaskActor } from './task-workflow.ts';

/**
 * Who may see and do what in task lists, following the organisation tree:
 * - the programme office (programme.manage over the programme's owner unit) sees and runs it all;
 * - a unit sees the tasks it leads or supports, and those of the units below it (programme.read);
 * - leaders, supervisors and the organisation department read across the district;
 * - a public programme's tasks are readable by all staff holding programme.read; a draft
 *   programme only by its office.
 * The conditions go inside WHERE clauses (tables aliased `t` for task and `p` for programme), so an
 * out-of-scope record is simply not found.
 */

function likeAny(actor: Actor, permission: Permission, column: string): Expression<SqlBool> {
  return pathInScope(actor, permission, sql.ref(column));
}

/** The programme `p` is no draft, or the actor is its office. */
function pastDraft(actor: Actor): Expression<SqlBool> {
  return sql<SqlBool>`(p.status <> 'draft' or ${likeAny(actor, 'programme.manage', 'p.owner_path')})`;
}

/** Tasks `t` of programme `p` the actor may read. */
export function taskReadable(actor: Actor): Expression<SqlBool> {
  if (actor.kind === 'citizen' || grantedPrefixes(actor, 'programme.read').length === 0) return sql<SqlBool>`false`;
  return sql<SqlBool>`(${pastDraft(actor)} and (p.visibility = 'public'
    or ${likeAny(actor, 'programme.read', 'p.owner_path')}
    or ${likeAny(actor, 'programme.read', 't.lead_path')}
    or exists (select 1 from task_unit tu where tu.task_id = t.id and ${likeAny(actor, 'programme.read', 'tu.unit_path')})))`;
}

/** Programmes `p` the actor may read: in scope by owner, public, or holding a task the actor may read. */
export function programmeReadable(actor: Actor): Expression<SqlBool> {
  if (actor.kind === 'citizen' || grantedPrefixes(actor, 'programme.read').length === 0) return sql<SqlBool>`false`;
  return sql<SqlBool>`(${pastDraft(actor)} and (p.visibility = 'public'
    or ${likeAny(actor, 'programme.read', 'p.owner_path')}
    or exists (select 1 from task t where t.programme_id = p.id and (${likeAny(actor, 'programme.read', 't.lead_path')}
      or exists (select 1 from task_unit tu where tu.task_id = t.id and ${likeAny(actor, 'programme.read', 'tu.unit_path')})))))`;
}

/** Whether the actor runs the programme (牵头办公室). */
export function isOffice(actor: Actor | null, ownerPath: string): boolean {
  return can(actor, 'programme.manage', ownerPath);
}

export interface TaskPlace {
  ownerPath: string;
  leadPath: string;
}

export function taskActorOf(actor: Actor | null, place: TaskPlace): TaskActor {
  if (!actor || actor.kind === 'citizen')
    return {
      personId: actor?.personId ?? 0,
      office: false,
      lead: false,
      verifier: false,
      supervisor: false,
      system: false,
    };
  return {
    personId: actor.personId,
    office: can(actor, 'programme.manage', place.ownerPath),
    lead: can(actor, 'task.report', place.leadPath),
    verifier: can(actor, 'task.verify', place.ownerPath),
    supervisor: can(actor, 'task.supervise', place.leadPath) || can(actor, 'task.supervise', place.ownerPath),
    system: false,
  };
}

export function reportActorOf(actor: Actor | null, place: TaskPlace): ReportActor {
  const who = taskActorOf(actor, place);
  return { personId: who.personId, filer: who.lead, reviewer: who.office, supervisor: who.supervisor, system: false };
}

export const systemTaskActor: TaskActor = {
  personId: 0,
  office: false,
  lead: false,
  verifier: false,
  supervisor: false,
  system: true,
};
export const systemReportActor: ReportActor = {
  personId: 0,
  filer: false,
  reviewer: false,
  supervisor: false,
  system: true,
};
