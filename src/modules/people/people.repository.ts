import { type Kysely, sql } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Actor } from '../access/actor.ts';
import { grantedPrefixes } from '../access/actor.ts';
import type { Permission } from '../access/permissions.ts';
import { isRootPrefix } from '../access/policy.ts';
import { likeContaining, likePrefix, pathInScope } from '../access/scope-sql.ts';

export interface PersonRow {
  id: number;
  username: string | null;
  display_name: string;
  mobile: string | null;
  kind: 'staff' | 'citizen';
  active: boolean;
  locked_until: Date | null;
  version: number;
}

export interface MembershipRow {
  person_id: number;
  unit_id: number;
  code: string;
  name_zh: string;
  name_en: string | null;
  path: string;
  role: string;
}

/**
 * "This person lies in the actor's scope": one of their units does, or, for people in no unit
 * (citizens, new accounts), the actor's grant covers a whole tree.
 */
function personInScope(actor: Actor, permission: Permission) {
  const inUnit = sql<boolean>`exists (select 1 from membership m join unit u on u.id = m.unit_id
    where m.person_id = person.id and ${pathInScope(actor, permission, sql.ref('u.path'))})`;
  if (!grantedPrefixes(actor, permission).some(isRootPrefix)) return inUnit;
  return sql<boolean>`(${inUnit} or not exists (select 1 from membership m2 where m2.person_id = person.id))`;
}

const personColumns = [
  'person.id',
  'person.username',
  'person.display_name',
  'person.mobile',
  'person.kind',
  'person.active',
  'person.locked_until',
  'person.version',
] as const;

export interface PersonQuery {
  q?: string | undefined;
  /** Whether `q` may match citizens (by name, mobile or username): only for readers of personal data. */
  qMatchesCitizens?: boolean | undefined;
  unitPath?: string | undefined;
  role?: string | undefined;
  kind?: string | undefined;
  includeInactive?: boolean | undefined;
  limit: number;
  offset: number;
}

export async function listPeopleInScope(
  db: Kysely<DB>,
  actor: Actor,
  query: PersonQuery,
): Promise<{ rows: PersonRow[]; total: number }> {
  let base = db.selectFrom('person').where(personInScope(actor, 'person.read'));
  if (!query.includeInactive) base = base.where('person.active', '=', true);
  if (query.kind) base = base.where('person.kind', '=', query.kind as 'staff' | 'citizen');
  if (query.q) {
    const like = likeContaining(query.q);
    base = base.where((eb) =>
      eb.and([
        eb.or([
          eb('person.username', 'ilike', like),
          eb('person.display_name', 'like', like),
          eb('person.mobile', 'like', like),
        ]),
        ...(query.qMatchesCitizens ? [] : [eb('person.kind', '=', 'staff')]),
      ]),
    );
  }
  if (query.unitPath || query.role) {
    const unitPath = query.unitPath ? likePrefix(query.unitPath) : '%';
    base = base.where(
      sql<boolean>`exists (select 1 from membership m join unit u on u.id = m.unit_id where m.person_id = person.id
        and u.path like ${unitPath} ${query.role ? sql`and m.role = ${query.role}` : sql``})`,
    );
  }
  const [rows, count] = await Promise.all([
    base
      .select(personColumns)
      .orderBy('person.kind', 'desc')
      .orderBy('person.id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as PersonRow[], total: Number(count.n) };
}

export async function findPersonInScope(
  db: Kysely<DB>,
  actor: Actor,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<PersonRow | undefined> {
  let query = db
    .selectFrom('person')
    .select(personColumns)
    .where('person.id', '=', id)
    .where(personInScope(actor, 'person.read'));
  if (options.forUpdate) query = query.forUpdate();
  return (await query.executeTakeFirst()) as PersonRow | undefined;
}

export async function findMembershipsOf(db: Kysely<DB>, personIds: number[]): Promise<MembershipRow[]> {
  if (personIds.length === 0) return [];
  const rows = await db
    .selectFrom('membership')
    .innerJoin('unit', 'unit.id', 'membership.unit_id')
    .select([
      'membership.person_id',
      'membership.unit_id',
      'unit.code',
      'unit.name_zh',
      'unit.name_en',
      'unit.path',
      'membership.role',
    ])
    .where('membership.person_id', 'in', personIds)
    .orderBy('unit.path')
    .execute();
  return rows.map((r) => ({ ...r, person_id: Number(r.person_id), unit_id: Number(r.unit_id) }));
}

export async function usernameExists(db: Kysely<DB>, username: string): Promise<boolean> {
  return (
    (await db
      .selectFrom('person')
      .select('id')
      .where(sql<string>`lower(username)`, '=', username.toLowerCase())
      .executeTakeFirst()) !== undefined
  );
}

export async function mobileExists(db: Kysely<DB>, mobile: string, exceptId?: number): Promise<boolean> {
  let query = db.selectFrom('person').select('id').where('mobile', '=', mobile);
  if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function insertPerson(
  db: Kysely<DB>,
  person: {
    username: string | null;
    display_name: string;
    mobile: string | null;
    kind: 'staff' | 'citizen';
    password_hash: string | null;
  },
  now: Date,
): Promise<number> {
  const row = await db
    .insertInto('person')
    .values({ ...person, updated_at: now, password_changed_at: person.password_hash ? now : null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function updatePersonFields(
  db: Kysely<DB>,
  id: number,
  version: number,
  fields: Partial<{
    display_name: string;
    mobile: string | null;
    active: boolean;
    password_hash: string;
    password_changed_at: Date;
    failed_logins: number;
    locked_until: Date | null;
  }>,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('person')
    .set({ ...fields, version: sql<number>`version + 1`, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function replaceMemberships(
  db: Kysely<DB>,
  personId: number,
  memberships: { unitId: number; role: string }[],
): Promise<void> {
  await db.deleteFrom('membership').where('person_id', '=', personId).execute();
  if (memberships.length === 0) return;
  await db
    .insertInto('membership')
    .values(memberships.map((m) => ({ person_id: personId, unit_id: m.unitId, role: m.role })))
    .onConflict((oc) => oc.columns(['person_id', 'unit_id', 'role']).doNothing())
    .execute();
}

export async function findUnitPaths(
  db: Kysely<DB>,
  unitIds: number[],
): Promise<Map<number, { path: string; active: boolean }>> {
  if (unitIds.length === 0) return new Map();
  const rows = await db.selectFrom('unit').select(['id', 'path', 'active']).where('id', 'in', unitIds).execute();
  return new Map(rows.map((r) => [Number(r.id), { path: r.path, active: r.active }]));
}

export async function findPeopleByUsernames(db: Kysely<DB>, usernames: string[]): Promise<PersonRow[]> {
  if (usernames.length === 0) return [];
  const rows = await db
    .selectFrom('person')
    .select(personColumns)
    .where(
      sql<string>`lower(username)`,
      'in',
      usernames.map((u) => u.toLowerCase()),
    )
    .execute();
  return rows as PersonRow[];
}

export async function findMobileOwners(db: Kysely<DB>, mobiles: string[]): Promise<Map<string, number>> {
  if (mobiles.length === 0) return new Map();
  const rows = await db.selectFrom('person').select(['id', 'mobile']).where('mobile', 'in', mobiles).execute();
  return new Map(rows.map((r) => [r.mobile ?? '', Number(r.id)]));
}

export async function listUnitsBrief(db: Kysely<DB>) {
  return db.selectFrom('unit').select(['id', 'code', 'name_zh', 'path', 'active']).execute();
}

/** Every person in scope with their memberships, for export (one row per membership). */
export async function listPeopleForExport(db: Kysely<DB>, actor: Actor): Promise<PersonRow[]> {
  return (await db
    .selectFrom('person')
    .select(personColumns)
    .where(personInScope(actor, 'person.read'))
    .where('person.kind', '=', 'staff')
    .orderBy('person.id')
    .execute()) as PersonRow[];
}
