import { type Static, Type } from 'typebox';
import { AppError } from '../../platform/errors/app-error.ts';
import type { RequestContext } from '../access/request-context.ts';
import { taskDisplayStatuses, type TaskDisplayStatus } from '../../shared/programmes.ts';
import type { ProgrammeDeps } from './programme-deps.ts';
import { countsOf, presentProgramme } from './programme-view.ts';
import {
  countTasksByStatus,
  findProgramme,
  listPhases,
  listPublicProgrammes as listPublicRows,
} from './programmes.repository.ts';
import { DateTime, LocalDate, Nullable, Phase, ProgrammeSummary, UnitBrief } from './programmes.schemas.ts';
import { Target } from './tasks.schemas.ts';
import * as repo from './tasks.repository.ts';

/** What the public reads of public programmes (民生实事 and the like): progress, not internals. */

export const PublicTask = Type.Object({
  id: Type.Integer(),
  parentId: Nullable(Type.Integer()),
  title: Type.String(),
  leadUnit: UnitBrief,
  dueOn: Nullable(LocalDate),
  target: Target,
  progress: Type.Number(),
  displayStatus: Type.Enum(taskDisplayStatuses),
  milestonesDone: Type.Integer(),
  milestonesTotal: Type.Integer(),
  topicId: Nullable(Type.Integer()),
  updatedAt: DateTime,
});

export const PublicProgrammeDetail = Type.Object({
  ...ProgrammeSummary.properties,
  ...{ description: Type.String(), phases: Type.Array(Phase), tasks: Type.Array(PublicTask) },
});
export type PublicProgrammeDetail = Static<typeof PublicProgrammeDetail>;
export const PublicProgrammeList = Type.Object({ items: Type.Array(ProgrammeSummary) });

export async function listPublicProgrammes(
  deps: ProgrammeDeps,
  ctx: RequestContext,
): Promise<Static<typeof PublicProgrammeList>> {
  const rows = await listPublicRows(deps.db, 50);
  const counts = countsOf(
    await countTasksByStatus(
      deps.db,
      rows.map((r) => Number(r.id)),
      'public',
    ),
  );
  return { items: rows.map((r) => presentProgramme(r, counts.get(Number(r.id)), null, ctx.now)) };
}

export async function getPublicProgramme(
  deps: ProgrammeDeps,
  ctx: RequestContext,
  id: number,
): Promise<PublicProgrammeDetail> {
  const row = await findProgramme(deps.db, id);
  if (!row || row.visibility !== 'public' || row.status === 'draft') throw new AppError('NOT_FOUND');
  const [phases, counts, tasks] = await Promise.all([
    listPhases(deps.db, [id]),
    countTasksByStatus(deps.db, [id], 'public'),
    repo.listTasks(deps.db, 'public', { programmeId: id }, { limit: 2000, offset: 0 }),
  ]);
  const ids = tasks.map((t) => Number(t.id));
  const [milestones, topics] = await Promise.all([
    repo.listMilestones(deps.db, ids),
    repo.listTopicLinks(deps.db, ids),
  ]);
  return {
    ...presentProgramme(row, countsOf(counts).get(id), null, ctx.now),
    description: row.description,
    phases: phases.map((p) => ({ id: p.id, seq: p.seq, name: p.name, startsOn: p.starts_on, endsOn: p.ends_on })),
    tasks: tasks
      .filter((t) => t.status !== 'withdrawn')
      .map((t) => {
        const own = milestones.filter((m) => m.task_id === Number(t.id));
        return {
          id: Number(t.id),
          parentId: t.parent_id === null ? null : Number(t.parent_id),
          title: t.title,
          leadUnit: { id: Number(t.lead_unit_id), nameZh: t.lead_name, nameEn: t.lead_name_en },
          dueOn: t.due_on,
          target: { text: t.target_text, value: t.target_value, unit: t.target_unit, actual: t.actual_value },
          progress: Number(t.progress),
          displayStatus: t.display_status as TaskDisplayStatus,
          milestonesDone: own.filter((m) => m.completed_at !== null).length,
          milestonesTotal: own.length,
          topicId: topics.get(Number(t.id)) ?? null,
          updatedAt: new Date(t.updated_at).toISOString(),
        };
      }),
  };
}
