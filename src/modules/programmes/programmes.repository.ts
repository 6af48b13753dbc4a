import { type Insertable, type Kysely, type RawBuilder, sql, type Updateable } from 'kysely';
import type { DB, ProgrammeTable, ReportFormTable } from '../../platform/db/schema.ts';
import type { Actor } from '../access/actor.ts';
import { programmeReadable, taskReadable } from './programme-access.ts';

/** A date column as 'YYYY-MM-DD' (a date would otherwise become a local-time Date). */
export function dateText(column: string): RawBuilder<string> {
  return sql<string>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`;
}

function programmeQuery(db: Kysely<DB>) {
  return db
    .selectFrom('programme as p')
    .innerJoin('unit as u', 'u.id', 'p.owner_unit_id')
    .select([
      'p.id',
      'p.title',
      'p.kind',
      'p.description',
      'p.owner_unit_id',
      'p.owner_path',
      'u.name_zh as owner_name',
      'u.name_en as owner_name_en',
      dateText('p.starts_on').as('starts_on'),
      dateText('p.ends_on').as('ends_on'),
      'p.visibility',
      'p.status',
      'p.at_risk_working_days',
      'p.topic_window_opens_at',
      'p.topic_window_closes_at',
      'p.topic_support_limit',
      'p.topic_proposal_limit',
      'p.topic_intro',
      'p.version',
      'p.created_at',
      'p.updated_at',
    ]);
}

export type ProgrammeRow = Awaited<ReturnType<ReturnType<typeof programmeQuery>['executeTakeFirstOrThrow']>>;

export async function insertProgramme(db: Kysely<DB>, values: Insertable<ProgrammeTable>): Promise<number> {
  const row = await db.insertInto('programme').values(values).returning('id').executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function findProgramme(
  db: Kysely<DB>,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<ProgrammeRow | undefined> {
  let query = programmeQuery(db).where('p.id', '=', id);
  if (options.forUpdate) query = query.forUpdate('p');
  return query.executeTakeFirst();
}

/** A programme by id if the actor may read it; out of scope is the same as missing. */
export async function findReadableProgramme(
  db: Kysely<DB>,
  actor: Actor,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<ProgrammeRow | undefined> {
  let query = programmeQuery(db).where('p.id', '=', id).where(programmeReadable(actor));
  if (options.forUpdate) query = query.forUpdate('p');
  return query.executeTakeFirst();
}

export interface ProgrammeFilter {
  status?: string | undefined;
  kind?: string | undefined;
  q?: string | undefined;
}

export async function listProgrammes(
  db: Kysely<DB>,
  actor: Actor,
  filter: ProgrammeFilter,
  page: { limit: number; afterId?: number | undefined },
): Promise<ProgrammeRow[]> {
  let query = programmeQuery(db).where(programmeReadable(actor));
  if (filter.status) query = query.where('p.status', '=', filter.status);
  if (filter.kind) query = query.where('p.kind', '=', filter.kind);
  if (filter.q) query = query.where(sql<boolean>`position(${filter.q} in p.title) > 0`);
  if (page.afterId !== undefined) query = query.where('p.id', '<', page.afterId);
  return query.orderBy('p.id', 'desc').limit(page.limit).execute();
}

/** Public programmes that are running or finished (never drafts). */
export async function listPublicProgrammes(db: Kysely<DB>, limit: number): Promise<ProgrammeRow[]> {
  return programmeQuery(db)
    .where('p.visibility', '=', 'public')
    .where('p.status', '<>', 'draft')
    .orderBy('p.id', 'desc')
    .limit(limit)
    .execute();
}

export async function updateProgramme(db: Kysely<DB>, id: number, fields: Updateable<ProgrammeTable>): Promise<void> {
  await db
    .updateTable('programme')
    .set({ ...fields, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .execute();
}

/** How many tasks of each programme show each status, counting only tasks the actor may read (all, for the public view). */
export async function countTasksByStatus(
  db: Kysely<DB>,
  programmeIds: readonly number[],
  actor: Actor | 'public',
): Promise<{ programme_id: number; display_status: string; n: number; progress: number }[]> {
  if (programmeIds.length === 0) return [];
  let query = db
    .selectFrom('task as t')
    .innerJoin('programme as p', 'p.id', 't.programme_id')
    .select([
      't.programme_id',
      't.display_status',
      (eb) => eb.fn.countAll<number>().as('n'),
      sql<number>`coalesce(sum(t.progress), 0)`.as('progress'),
    ])
    .where('t.programme_id', 'in', [...programmeIds])
    .where('t.parent_id', 'is', null);
  if (actor !== 'public') query = query.where(taskReadable(actor));
  const rows = await query.groupBy(['t.programme_id', 't.display_status']).execute();
  return rows.map((r) => ({
    programme_id: Number(r.programme_id),
    display_status: r.display_status,
    n: Number(r.n),
    progress: Number(r.progress),
  }));
}

// Phases (阶段)

export interface PhaseRow {
  id: number;
  programme_id: number;
  seq: number;
  name: string;
  starts_on: string;
  ends_on: string;
}

export async function listPhases(db: Kysely<DB>, programmeIds: readonly number[]): Promise<PhaseRow[]> {
  if (programmeIds.length === 0) return [];
  const rows = await db
    .selectFrom('programme_phase')
    .select([
      'id',
      'programme_id',
      'seq',
      'name',
      dateText('starts_on').as('starts_on'),
      dateText('ends_on').as('ends_on'),
    ])
    .where('programme_id', 'in', [...programmeIds])
    .orderBy('programme_id')
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({ ...r, id: Number(r.id), programme_id: Number(r.programme_id) }));
}

/** Replaces a programme's phases: kept ids are updated, new ones inserted, missing ones deleted (callers check they are unused). */
export async function replacePhases(
  db: Kysely<DB>,
  programmeId: number,
  phases: readonly { id?: number | undefined; name: string; startsOn: string; endsOn: string }[],
): Promise<void> {
  const keep = phases.map((p) => p.id).filter((id): id is number => id !== undefined);
  let removal = db.deleteFrom('programme_phase').where('programme_id', '=', programmeId);
  if (keep.length > 0) removal = removal.where('id', 'not in', keep);
  await removal.execute();
  // Move kept phases out of the way of the unique (programme, seq) first.
  if (keep.length > 0)
    await db
      .updateTable('programme_phase')
      .set({ seq: sql<number>`-seq - 1000` })
      .where('id', 'in', keep)
      .execute();
  for (const [index, phase] of phases.entries()) {
    const values = {
      programme_id: programmeId,
      seq: index + 1,
      name: phase.name,
      starts_on: phase.startsOn,
      ends_on: phase.endsOn,
    };
    if (phase.id === undefined) await db.insertInto('programme_phase').values(values).execute();
    else
      await db
        .updateTable('programme_phase')
        .set(values)
        .where('id', '=', phase.id)
        .where('programme_id', '=', programmeId)
        .execute();
  }
}

/** How many tasks and milestones refer to each of the phases. */
export async function countPhaseUses(db: Kysely<DB>, phaseIds: readonly number[]): Promise<number> {
  if (phaseIds.length === 0) return 0;
  const row = await sql<{ n: number }>`
    select (select count(*) from task where phase_id in (${sql.join(phaseIds)}))
         + (select count(*) from milestone where phase_id in (${sql.join(phaseIds)})) as n`.execute(db);
  return Number(row.rows[0]?.n ?? 0);
}

// Report forms (表格)

function formQuery(db: Kysely<DB>) {
  return db
    .selectFrom('report_form')
    .select([
      'id',
      'programme_id',
      'name',
      'description',
      'fields',
      'frequency',
      'due_working_day',
      'remind_working_days',
      dateText('starts_on').as('starts_on'),
      dateText('generated_until').as('generated_until'),
      'active',
      'version',
      'created_at',
      'updated_at',
    ]);
}

export type FormRow = Awaited<ReturnType<ReturnType<typeof formQuery>['executeTakeFirstOrThrow']>>;

export async function insertForm(db: Kysely<DB>, values: Insertable<ReportFormTable>): Promise<number> {
  const row = await db.insertInto('report_form').values(values).returning('id').executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function updateForm(db: Kysely<DB>, id: number, fields: Updateable<ReportFormTable>): Promise<void> {
  await db
    .updateTable('report_form')
    .set({ ...fields, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .execute();
}

/** Records the start of the last period whose reports were opened, without touching the version (no user edit happened). */
export async function setFormGeneratedUntil(db: Kysely<DB>, id: number, periodStart: string): Promise<void> {
  await db.updateTable('report_form').set({ generated_until: periodStart }).where('id', '=', id).execute();
}

export async function findForm(
  db: Kysely<DB>,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<FormRow | undefined> {
  let query = formQuery(db).where('id', '=', id);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function listForms(
  db: Kysely<DB>,
  programmeIds: readonly number[],
  options: { activeOnly?: boolean } = {},
): Promise<FormRow[]> {
  if (programmeIds.length === 0) return [];
  let query = formQuery(db).where('programme_id', 'in', [...programmeIds]);
  if (options.activeOnly) query = query.where('active', '=', true);
  return query.orderBy('id').execute();
}

/** Active forms of running programmes (the cycle generator's work list). */
export async function listRunningForms(
  db: Kysely<DB>,
): Promise<(FormRow & { programme_starts_on: string; programme_ends_on: string })[]> {
  const rows = await db
    .selectFrom('report_form as f')
    .innerJoin('programme as p', 'p.id', 'f.programme_id')
    .select(['f.id', dateText('p.starts_on').as('programme_starts_on'), dateText('p.ends_on').as('programme_ends_on')])
    .where('f.active', '=', true)
    .where('p.status', '=', 'active')
    .orderBy('f.id')
    .execute();
  const forms = new Map(
    (
      await formQuery(db)
        .where('id', 'in', rows.length > 0 ? rows.map((r) => Number(r.id)) : [0])
        .execute()
    ).map((f) => [Number(f.id), f]),
  );
  return rows.flatMap((r) => {
    const form = forms.get(Number(r.id));
    return form
      ? [{ ...form, programme_starts_on: r.programme_starts_on, programme_ends_on: r.programme_ends_on }]
      : [];
  });
}
