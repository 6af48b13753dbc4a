import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Actor } from '../access/actor.ts';
import type { Permission } from '../access/permissions.ts';
import { likeContaining, pathInScope, pathUnder } from '../access/scope-sql.ts';

/**
 * Queries of responsibility objects, appointments, duty rules, threshold overrides, patrols, their
 * points, photos and findings. Every read of a scoped row takes the actor and puts the scope in its
 * WHERE clause: the object's unit path in the actor's scope, or (for those who record patrols) an
 * appointment of the actor to the object.
 */

export const json = (value: unknown) =>
  value === null || value === undefined ? null : sql<unknown>`${JSON.stringify(value)}::jsonb`;

/** The object's path in the actor's scope for `permission`, or the actor appointed to it now. */
function objectInScope(actor: Actor, permission: Permission, objectId: Expression<number>, path: Expression<string>) {
  return sql<SqlBool>`(${pathInScope(actor, permission, path)} or exists (
    select 1 from responsibility_appointment a
    where a.object_id = ${objectId} and a.person_id = ${actor.personId} and a.to_date is null))`;
}

// ——— objects ———

export type ObjectRow = NonNullable<Awaited<ReturnType<ReturnType<typeof objectQuery>['executeTakeFirst']>>>;

function objectQuery(db: Kysely<DB>) {
  return db
    .selectFrom('responsibility_object as o')
    .innerJoin('unit as u', 'u.id', 'o.unit_id')
    .selectAll('o')
    .select(['u.name_zh as unit_name', 'u.name_en as unit_name_en', 'u.type as unit_type'])
    .select(
      sql<number>`(select count(*)::int from patrol_finding f where f.object_id = o.id and f.signed_off_at is null)`.as(
        'open_findings',
      ),
    );
}

export interface ObjectFilter {
  kind?: string | undefined;
  unitPath?: string | undefined;
  q?: string | undefined;
  active?: boolean | undefined;
  bbox?: { minLng: number; minLat: number; maxLng: number; maxLat: number } | undefined;
}

export async function listObjects(
  db: Kysely<DB>,
  actor: Actor,
  filter: ObjectFilter,
  page: { limit: number; offset: number },
): Promise<ObjectRow[]> {
  let query = objectQuery(db).where(objectInScope(actor, 'patrol.read', sql.ref('o.id'), sql.ref('o.unit_path')));
  if (filter.kind) query = query.where('o.kind', '=', filter.kind);
  if (filter.unitPath) query = query.where(pathUnder(sql.ref('o.unit_path'), filter.unitPath));
  if (filter.active !== undefined) query = query.where('o.active', '=', filter.active);
  if (filter.q)
    query = query.where((eb) =>
      eb.or([
        eb('o.name', 'like', likeContaining(filter.q!)),
        eb('o.code', 'like', likeContaining(filter.q!)),
        eb('o.river_name', 'like', likeContaining(filter.q!)),
      ]),
    );
  if (filter.bbox)
    query = query
      .where('o.max_lng', '>=', filter.bbox.minLng)
      .where('o.min_lng', '<=', filter.bbox.maxLng)
      .where('o.max_lat', '>=', filter.bbox.minLat)
      .where('o.min_lat', '<=', filter.bbox.maxLat);
  return query.orderBy('o.unit_path').orderBy('o.name').orderBy('o.id').limit(page.limit).offset(page.offset).execute();
}

export async function findObjectInScope(
  db: Kysely<DB>,
  actor: Actor,
  id: number,
  permission: Permission = 'patrol.read',
): Promise<ObjectRow | undefined> {
  return objectQuery(db)
    .where('o.id', '=', id)
    .where(objectInScope(actor, permission, sql.ref('o.id'), sql.ref('o.unit_path')))
    .executeTakeFirst();
}

export async function findObjectBySlug(db: Kysely<DB>, slug: string): Promise<ObjectRow | undefined> {
  return objectQuery(db).where('o.public_slug', '=', slug).where('o.active', '=', true).executeTakeFirst();
}

export async function lockObject(db: Kysely<DB>, id: number): Promise<{ version: number } | undefined> {
  return db.selectFrom('responsibility_object').select('version').where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertObject(
  db: Kysely<DB>,
  row: {
    kind: string;
    name: string;
    code: string | null;
    river_name: string | null;
    parent_object_id: number | null;
    geometry: unknown;
    range_metres: number;
    length_metres: number;
    min_lng: number;
    min_lat: number;
    max_lng: number;
    max_lat: number;
    unit_id: number;
    unit_path: string;
    public_slug: string;
    public_phone: string | null;
    checklist: unknown;
    created_by: number | null;
    updated_at: Date;
  },
): Promise<number> {
  const inserted = await db
    .insertInto('responsibility_object')
    .values({ ...row, geometry: json(row.geometry), checklist: json(row.checklist) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(inserted.id);
}

export async function updateObject(
  db: Kysely<DB>,
  id: number,
  version: number,
  fields: Record<string, unknown>,
): Promise<boolean> {
  const values: Record<string, unknown> = { ...fields };
  if ('geometry' in values) values.geometry = json(values.geometry);
  if ('checklist' in values) values.checklist = json(values.checklist);
  const result = await db
    .updateTable('responsibility_object')
    .set({ ...values, version: sql`version + 1` } as never)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function slugExists(db: Kysely<DB>, slug: string): Promise<boolean> {
  return (
    (await db.selectFrom('responsibility_object').select('id').where('public_slug', '=', slug).executeTakeFirst()) !==
    undefined
  );
}

export async function objectCodeTaken(db: Kysely<DB>, code: string, exceptId?: number): Promise<boolean> {
  let query = db.selectFrom('responsibility_object').select('id').where('code', '=', code);
  if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

// ——— appointments ———

export type AppointmentRow = {
  id: number;
  object_id: number;
  person_id: number;
  person_name: string;
  level: string;
  from_date: string;
  to_date: string | null;
  office_phone: string | null;
};

const dateText = (column: string) => sql<string>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`;

function appointmentQuery(db: Kysely<DB>) {
  return db
    .selectFrom('responsibility_appointment as a')
    .innerJoin('person as p', 'p.id', 'a.person_id')
    .select([
      'a.id',
      'a.object_id',
      'a.person_id',
      'p.display_name as person_name',
      'a.level',
      'a.office_phone',
      dateText('a.from_date').as('from_date'),
    ])
    .select(sql<string | null>`to_char(a.to_date, 'YYYY-MM-DD')`.as('to_date'));
}

/** The appointments of objects: all of their history, or those held on `on` (a China date). */
export async function listAppointments(
  db: Kysely<DB>,
  objectIds: readonly number[],
  options: { on?: string | undefined; current?: boolean } = {},
): Promise<AppointmentRow[]> {
  if (objectIds.length === 0) return [];
  let query = appointmentQuery(db).where('a.object_id', 'in', [...objectIds]);
  if (options.current) query = query.where('a.to_date', 'is', null);
  if (options.on)
    query = query
      .where('a.from_date', '<=', options.on)
      .where((eb) => eb.or([eb('a.to_date', 'is', null), eb('a.to_date', '>', options.on!)]));
  const rows = await query.orderBy('a.object_id').orderBy('a.level').orderBy('a.from_date').orderBy('a.id').execute();
  return rows.map((r) => ({ ...r, id: Number(r.id), object_id: Number(r.object_id), person_id: Number(r.person_id) }));
}

export async function findAppointment(
  db: Kysely<DB>,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<AppointmentRow | undefined> {
  let query = appointmentQuery(db).where('a.id', '=', id);
  if (options.forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row && { ...row, id: Number(row.id), object_id: Number(row.object_id), person_id: Number(row.person_id) };
}

export async function insertAppointment(
  db: Kysely<DB>,
  row: {
    object_id: number;
    person_id: number;
    level: string;
    from_date: string;
    office_phone: string | null;
    appointed_by: number | null;
  },
): Promise<number> {
  const inserted = await db
    .insertInto('responsibility_appointment')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(inserted.id);
}

/** Closes current appointments (to_date = the first day no longer held). */
export async function closeAppointments(
  db: Kysely<DB>,
  ids: readonly number[],
  toDate: string,
  endedBy: number | null,
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('responsibility_appointment')
    .set({ to_date: toDate, ended_by: endedBy })
    .where('id', 'in', [...ids])
    .where('to_date', 'is', null)
    .execute();
}

/** The current appointments of a person, with their objects, for "my due patrols". */
export async function listMyAppointments(db: Kysely<DB>, personId: number) {
  return db
    .selectFrom('responsibility_appointment as a')
    .innerJoin('responsibility_object as o', 'o.id', 'a.object_id')
    .innerJoin('unit as u', 'u.id', 'o.unit_id')
    .select([
      'a.id',
      'a.level',
      'o.id as object_id',
      'o.name',
      'o.kind',
      'o.unit_id',
      'o.unit_path',
      'u.name_zh as unit_name',
      'u.name_en as unit_name_en',
      dateText('a.from_date').as('from_date'),
    ])
    .select(
      sql<number>`(select count(*)::int from patrol_finding f where f.object_id = o.id and f.signed_off_at is null)`.as(
        'open_findings',
      ),
    )
    .where('a.person_id', '=', personId)
    .where('a.to_date', 'is', null)
    .where('o.active', '=', true)
    .orderBy('o.name')
    .orderBy('a.level')
    .execute();
}

export async function personExists(db: Kysely<DB>, id: number): Promise<{ kind: string; active: boolean } | undefined> {
  return db.selectFrom('person').select(['kind', 'active']).where('id', '=', id).executeTakeFirst();
}

// ——— duty rules, thresholds ———

export async function listDutyRules(db: Kysely<DB>, scope: Expression<SqlBool> | null) {
  let query = db
    .selectFrom('patrol_duty_rule as r')
    .innerJoin('unit as u', 'u.id', 'r.unit_id')
    .selectAll('r')
    .select(['u.name_zh as unit_name', 'u.name_en as unit_name_en']);
  if (scope) query = query.where(scope);
  return query.orderBy('r.unit_path').orderBy('r.level').orderBy('r.id').execute();
}

export function dutyRulesInScope(db: Kysely<DB>, actor: Actor) {
  return listDutyRules(db, pathInScope(actor, 'patrol.read', sql.ref('r.unit_path')));
}

/** The rules whose jurisdiction holds one of the paths (for the duties of those objects). */
export function dutyRulesOver(db: Kysely<DB>, paths: readonly string[]) {
  if (paths.length === 0) return Promise.resolve([]);
  const over = sql<SqlBool>`exists (select 1 from unnest(${sql.val([...new Set(paths)])}::text[]) as p(path) where p.path like r.unit_path || '%')`;
  return listDutyRules(db, over);
}

export async function findDutyRule(db: Kysely<DB>, actor: Actor, id: number) {
  return db
    .selectFrom('patrol_duty_rule as r')
    .innerJoin('unit as u', 'u.id', 'r.unit_id')
    .selectAll('r')
    .select(['u.name_zh as unit_name', 'u.name_en as unit_name_en'])
    .where('r.id', '=', id)
    .where(pathInScope(actor, 'patrol.read', sql.ref('r.unit_path')))
    .executeTakeFirst();
}

export async function insertDutyRule(
  db: Kysely<DB>,
  row: {
    unit_id: number;
    unit_path: string;
    level: string;
    object_kind: string | null;
    times: number;
    period: string;
    season_months: number[] | null;
    raised_times: number | null;
    note: string | null;
    created_by: number;
    updated_at: Date;
  },
) {
  const inserted = await db.insertInto('patrol_duty_rule').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(inserted.id);
}

export async function updateDutyRule(db: Kysely<DB>, id: number, version: number, fields: Record<string, unknown>) {
  const result = await db
    .updateTable('patrol_duty_rule')
    .set({ ...fields, version: sql`version + 1` } as never)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteDutyRule(db: Kysely<DB>, id: number) {
  await db.deleteFrom('patrol_duty_rule').where('id', '=', id).execute();
}

function thresholdQuery(db: Kysely<DB>) {
  return db
    .selectFrom('patrol_threshold_override as t')
    .innerJoin('unit as u', 'u.id', 't.unit_id')
    .selectAll('t')
    .select(['u.name_zh as unit_name', 'u.name_en as unit_name_en']);
}

export function thresholdOverridesInScope(db: Kysely<DB>, actor: Actor) {
  return thresholdQuery(db)
    .where(pathInScope(actor, 'patrol.read', sql.ref('t.unit_path')))
    .orderBy('t.unit_path')
    .orderBy('t.level')
    .execute();
}

/** The overrides of a level whose jurisdiction holds `path`, the deepest first. */
export function thresholdOverridesOver(db: Kysely<DB>, path: string, level: string) {
  return thresholdQuery(db)
    .where('t.level', '=', level)
    .where(sql<SqlBool>`${path} like t.unit_path || '%'`)
    .orderBy(sql`length(t.unit_path)`, 'desc')
    .execute();
}

export async function findThresholdOverride(db: Kysely<DB>, unitId: number, level: string) {
  return thresholdQuery(db).where('t.unit_id', '=', unitId).where('t.level', '=', level).executeTakeFirst();
}

export async function upsertThresholdOverride(
  db: Kysely<DB>,
  row: { unit_id: number; unit_path: string; level: string; overrides: unknown; updated_by: number; updated_at: Date },
  expectedVersion: number | null,
): Promise<boolean> {
  if (expectedVersion === null) {
    const inserted = await db
      .insertInto('patrol_threshold_override')
      .values({ ...row, overrides: json(row.overrides) })
      .onConflict((oc) => oc.columns(['unit_id', 'level']).doNothing())
      .returning('id')
      .executeTakeFirst();
    return inserted !== undefined;
  }
  const result = await db
    .updateTable('patrol_threshold_override')
    .set({
      overrides: json(row.overrides),
      updated_by: row.updated_by,
      updated_at: row.updated_at,
      version: sql`version + 1`,
    } as never)
    .where('unit_id', '=', row.unit_id)
    .where('level', '=', row.level)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

// ——— patrols ———

function patrolQuery(db: Kysely<DB>) {
  return db
    .selectFrom('patrol as p')
    .innerJoin('responsibility_object as o', 'o.id', 'p.object_id')
    .innerJoin('unit as u', 'u.id', 'p.unit_id')
    .innerJoin('person as pe', 'pe.id', 'p.person_id')
    .selectAll('p')
    .select([
      'o.name as object_name',
      'o.kind as object_kind',
      'u.name_zh as unit_name',
      'u.name_en as unit_name_en',
      'pe.display_name as person_name',
    ]);
}

export type PatrolRow = Awaited<ReturnType<typeof findPatrol>> & object;

/** A patrol in the actor's scope: the unit path in scope for patrol.read, or the actor's own. */
function patrolInScope(actor: Actor) {
  return sql<SqlBool>`(${pathInScope(actor, 'patrol.read', sql.ref('p.unit_path'))} or p.person_id = ${actor.personId})`;
}

export async function findPatrolInScope(db: Kysely<DB>, actor: Actor, id: number) {
  return patrolQuery(db).where('p.id', '=', id).where(patrolInScope(actor)).executeTakeFirst();
}

export async function findPatrol(db: Kysely<DB>, id: number, options: { forUpdate?: boolean } = {}) {
  let query = patrolQuery(db).where('p.id', '=', id);
  if (options.forUpdate) query = query.forUpdate('p');
  return query.executeTakeFirst();
}

export async function findPatrolByClientId(db: Kysely<DB>, personId: number, clientId: string) {
  return patrolQuery(db).where('p.person_id', '=', personId).where('p.client_id', '=', clientId).executeTakeFirst();
}

export interface PatrolFilter {
  objectId?: number | undefined;
  personId?: number | undefined;
  verdict?: string | undefined;
  status?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

export async function listPatrols(
  db: Kysely<DB>,
  actor: Actor,
  filter: PatrolFilter,
  page: { limit: number; offset: number },
) {
  let query = patrolQuery(db).where(patrolInScope(actor));
  if (filter.objectId) query = query.where('p.object_id', '=', filter.objectId);
  if (filter.personId) query = query.where('p.person_id', '=', filter.personId);
  if (filter.verdict) query = query.where(sql<string>`coalesce(p.review_verdict, p.verdict)`, '=', filter.verdict);
  if (filter.status) query = query.where('p.status', '=', filter.status);
  if (filter.from) query = query.where('p.started_at', '>=', filter.from);
  if (filter.to) query = query.where('p.started_at', '<', filter.to);
  return query.orderBy('p.started_at', 'desc').orderBy('p.id', 'desc').limit(page.limit).offset(page.offset).execute();
}

export async function insertPatrol(
  db: Kysely<DB>,
  row: {
    object_id: number;
    person_id: number;
    level: string;
    unit_id: number;
    unit_path: string;
    client_id: string;
    started_at: Date;
    updated_at: Date;
  },
): Promise<number | null> {
  const inserted = await db
    .insertInto('patrol')
    .values(row)
    .onConflict((oc) => oc.columns(['person_id', 'client_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted ? Number(inserted.id) : null;
}

export async function updatePatrol(db: Kysely<DB>, id: number, version: number, fields: Record<string, unknown>) {
  const values: Record<string, unknown> = { ...fields };
  for (const key of ['reasons', 'figures', 'pieces']) if (key in values) values[key] = json(values[key]);
  const result = await db
    .updateTable('patrol')
    .set({ ...values, version: sql`version + 1` } as never)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The patrols of some people on some objects since a moment, for duty counts. */
export async function listPatrolsForDuties(
  db: Kysely<DB>,
  personId: number,
  objectIds: readonly number[],
  since: Date,
) {
  if (objectIds.length === 0) return [];
  return db
    .selectFrom('patrol')
    .select(['object_id', 'level', 'started_at', 'status', 'verdict', 'review_verdict'])
    .where('person_id', '=', personId)
    .where('object_id', 'in', [...objectIds])
    .where('started_at', '>=', since)
    .where('status', '<>', 'recording')
    .execute();
}

export async function countRecentPatrols(db: Kysely<DB>, objectId: number, since: Date): Promise<number> {
  const row = await db
    .selectFrom('patrol')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('object_id', '=', objectId)
    .where('started_at', '>=', since)
    .where('status', '<>', 'recording')
    .where(sql<string>`coalesce(review_verdict, verdict, 'valid')`, '<>', 'invalid')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

// ——— points ———

export async function lastPoint(db: Kysely<DB>, patrolId: number, beforeSeq: number) {
  return db
    .selectFrom('patrol_point')
    .select(['seq', 't'])
    .where('patrol_id', '=', patrolId)
    .where('seq', '<', beforeSeq)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function firstPointAfter(db: Kysely<DB>, patrolId: number, afterSeq: number) {
  return db
    .selectFrom('patrol_point')
    .select(['seq', 't'])
    .where('patrol_id', '=', patrolId)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(1)
    .executeTakeFirst();
}

/** Inserts points; those already stored (same patrol and seq) are left as they are. Answers how many were new. */
export async function insertPoints(
  db: Kysely<DB>,
  patrolId: number,
  fromSeq: number,
  points: readonly { t: number; lat: number; lng: number; accuracy: number }[],
): Promise<number> {
  let stored = 0;
  for (let i = 0; i < points.length; i += 1000) {
    const chunk = points.slice(i, i + 1000).map((p, j) => ({
      patrol_id: patrolId,
      seq: fromSeq + i + j,
      t: p.t,
      lat: p.lat,
      lng: p.lng,
      accuracy: p.accuracy,
    }));
    const result = await db
      .insertInto('patrol_point')
      .values(chunk)
      .onConflict((oc) => oc.columns(['patrol_id', 'seq']).doNothing())
      .executeTakeFirst();
    stored += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return stored;
}

export async function countPoints(db: Kysely<DB>, patrolId: number): Promise<number> {
  const row = await db
    .selectFrom('patrol_point')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('patrol_id', '=', patrolId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function listPoints(db: Kysely<DB>, patrolId: number) {
  const rows = await db
    .selectFrom('patrol_point')
    .select(['t', 'lat', 'lng', 'accuracy'])
    .where('patrol_id', '=', patrolId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({ t: Number(r.t), lat: Number(r.lat), lng: Number(r.lng), accuracy: Number(r.accuracy) }));
}

// ——— photos, findings ———

export async function insertPhoto(
  db: Kysely<DB>,
  row: { patrol_id: number; attachment_id: number; t: number; lat: number | null; lng: number | null },
) {
  const inserted = await db
    .insertInto('patrol_photo')
    .values(row)
    .onConflict((oc) => oc.column('attachment_id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted ? Number(inserted.id) : null;
}

export async function listPhotos(db: Kysely<DB>, patrolId: number) {
  const rows = await db.selectFrom('patrol_photo').selectAll().where('patrol_id', '=', patrolId).orderBy('t').execute();
  return rows.map((r) => ({
    id: Number(r.id),
    attachmentId: Number(r.attachment_id),
    t: Number(r.t),
    lat: r.lat === null ? null : Number(r.lat),
    lng: r.lng === null ? null : Number(r.lng),
  }));
}

function findingQuery(db: Kysely<DB>) {
  return db
    .selectFrom('patrol_finding as f')
    .leftJoin('case_record as c', 'c.id', 'f.case_id')
    .selectAll('f')
    .select(['c.status as case_status']);
}

export type FindingRow = Awaited<ReturnType<typeof listFindings>>[number];

export function listFindings(db: Kysely<DB>, patrolId: number) {
  return findingQuery(db).where('f.patrol_id', '=', patrolId).orderBy('f.id').execute();
}

/** A finding in the actor's scope (its unit path for patrol.read, or the patrol is the actor's own). */
export function findFindingInScope(db: Kysely<DB>, actor: Actor, id: number) {
  return findingQuery(db)
    .where('f.id', '=', id)
    .where(
      sql<SqlBool>`(${pathInScope(actor, 'patrol.read', sql.ref('f.unit_path'))} or exists (
        select 1 from patrol p where p.id = f.patrol_id and p.person_id = ${actor.personId}))`,
    )
    .executeTakeFirst();
}

export async function insertFinding(
  db: Kysely<DB>,
  row: {
    patrol_id: number;
    object_id: number;
    unit_id: number;
    unit_path: string;
    item_code: string;
    note: string;
    lat: number | null;
    lng: number | null;
    photo_ids: number[];
    created_by: number;
  },
): Promise<number> {
  const inserted = await db.insertInto('patrol_finding').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(inserted.id);
}

export async function updateFinding(db: Kysely<DB>, id: number, version: number, fields: Record<string, unknown>) {
  const result = await db
    .updateTable('patrol_finding')
    .set({ ...fields, version: sql`version + 1` } as never)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function lockFinding(db: Kysely<DB>, id: number) {
  return db.selectFrom('patrol_finding').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

// ——— board ———

/** Per unit of the objects and level: patrols, verdicts, findings, length, sign-offs, in scope. */
export async function boardFigures(db: Kysely<DB>, actor: Actor, from: Date, to: Date, level: string | null) {
  const scope = pathInScope(actor, 'patrol.read', sql.ref('o.unit_path'));
  const levelFilter = level ? sql`and p.level = ${level}` : sql``;
  const result = await sql<{
    unit_id: number;
    unit_name: string;
    unit_name_en: string | null;
    level: string;
    patrols: number;
    valid: number;
    doubtful: number;
    invalid: number;
    findings: number;
    signed_off: number;
    length_metres: number;
  }>`
    select u.id as unit_id, u.name_zh as unit_name, u.name_en as unit_name_en, p.level,
      count(distinct p.id)::int as patrols,
      count(distinct p.id) filter (where coalesce(p.review_verdict, p.verdict) = 'valid')::int as valid,
      count(distinct p.id) filter (where coalesce(p.review_verdict, p.verdict) = 'doubtful')::int as doubtful,
      count(distinct p.id) filter (where coalesce(p.review_verdict, p.verdict) = 'invalid')::int as invalid,
      count(distinct f.id)::int as findings,
      count(distinct f.id) filter (where f.signed_off_at is not null)::int as signed_off,
      (select coalesce(sum(o2.length_metres), 0) from responsibility_object o2
        where o2.unit_id = u.id and o2.active)::float8 as length_metres
    from patrol p
    join responsibility_object o on o.id = p.object_id
    join unit u on u.id = o.unit_id
    left join patrol_finding f on f.patrol_id = p.id
    where ${scope} and p.status <> 'recording' and p.started_at >= ${from} and p.started_at < ${to} ${levelFilter}
    group by u.id, u.name_zh, u.name_en, p.level
    order by u.name_zh, p.level`.execute(db);
  return result.rows;
}

export async function findCategoryIdByName(db: Kysely<DB>, nameZh: string): Promise<number | null> {
  const row = await db
    .selectFrom('category')
    .select('id')
    .where('name_zh', '=', nameZh)
    .where('active', '=', true)
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return row ? Number(row.id) : null;
}
