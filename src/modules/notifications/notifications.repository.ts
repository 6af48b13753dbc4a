import { type Kysely, type SqlBool, sql } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';

export interface NotificationInsert {
  person_id: number;
  at: Date;
  kind: string;
  title: string;
  body: string;
  case_id: number | null;
  link: string | null;
}

const columns = ['id', 'person_id', 'at', 'kind', 'title', 'body', 'case_id', 'link', 'read_at'] as const;

export async function insertNotifications(db: Kysely<DB>, rows: readonly NotificationInsert[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const inserted = await db
    .insertInto('notification')
    .values([...rows])
    .returning('id')
    .execute();
  return inserted.map((row) => Number(row.id));
}

/**
 * A person's notifications, newest first by their time (then id); `beforeId` pages back from that
 * notification of theirs (notification_person_at_idx).
 */
export async function listForPerson(
  db: Kysely<DB>,
  personId: number,
  options: { beforeId?: number | undefined; limit: number; unreadOnly: boolean },
) {
  let query = db.selectFrom('notification').select(columns).where('person_id', '=', personId);
  if (options.beforeId !== undefined)
    query = query.where(
      sql<SqlBool>`(notification.at, notification.id) < (select b.at, b.id from notification b where b.id = ${options.beforeId} and b.person_id = ${personId})`,
    );
  if (options.unreadOnly) query = query.where('read_at', 'is', null);
  return query.orderBy('at', 'desc').orderBy('id', 'desc').limit(options.limit).execute();
}

export type NotificationRow = Awaited<ReturnType<typeof listForPerson>>[number];

/**
 * A person's notifications with an id above `afterId` that are not in `excludeIds`, oldest first
 * (or the newest `limit` of them, still returned oldest first, with `newest`).
 */
export async function listAfter(
  db: Kysely<DB>,
  personId: number,
  options: { afterId: number; excludeIds?: readonly number[]; limit: number; newest?: boolean },
): Promise<NotificationRow[]> {
  let query = db
    .selectFrom('notification')
    .select(columns)
    .where('person_id', '=', personId)
    .where('id', '>', options.afterId);
  if (options.excludeIds && options.excludeIds.length > 0) query = query.where('id', 'not in', [...options.excludeIds]);
  const rows = await query
    .orderBy('id', options.newest ? 'desc' : 'asc')
    .limit(options.limit)
    .execute();
  return options.newest ? rows.reverse() : rows;
}

export async function countUnread(db: Kysely<DB>, personId: number): Promise<number> {
  const row = await db
    .selectFrom('notification')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('person_id', '=', personId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The greatest notification id of a person (0 when none). */
export async function latestIdOf(db: Kysely<DB>, personId: number): Promise<number> {
  const row = await db
    .selectFrom('notification')
    .select((eb) => eb.fn.max('id').as('id'))
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return Number(row?.id ?? 0);
}

/** The greatest notification id of anyone (0 when none). */
export async function latestId(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('notification')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  return Number(row?.id ?? 0);
}

/** Sets read_at on the person's unread rows: all of them, or those of `ids` (other people's ids match nothing). */
export async function markRead(
  db: Kysely<DB>,
  personId: number,
  which: 'all' | { ids: readonly number[] },
  at: Date,
): Promise<number> {
  if (which !== 'all' && which.ids.length === 0) return 0;
  let query = db
    .updateTable('notification')
    .set({ read_at: at })
    .where('person_id', '=', personId)
    .where('read_at', 'is', null);
  if (which !== 'all') query = query.where('id', 'in', [...which.ids]);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Active people holding one of `roles` in one of `unitIds`, each once, by id. */
export async function listPeopleOfUnitsByRoles(
  db: Kysely<DB>,
  unitIds: readonly number[],
  roles: readonly string[],
): Promise<number[]> {
  if (unitIds.length === 0 || roles.length === 0) return [];
  const rows = await db
    .selectFrom('membership')
    .innerJoin('person', 'person.id', 'membership.person_id')
    .select('person.id')
    .distinct()
    .where('membership.unit_id', 'in', [...unitIds])
    .where('membership.role', 'in', [...roles])
    .where('person.active', '=', true)
    .orderBy('person.id')
    .execute();
  return rows.map((row) => Number(row.id));
}

/** The active people holding one of `roles` in any active unit. */
export async function listRoleHolders(db: Kysely<DB>, roles: readonly string[]): Promise<number[]> {
  if (roles.length === 0) return [];
  const rows = await db
    .selectFrom('membership')
    .innerJoin('person', 'person.id', 'membership.person_id')
    .innerJoin('unit', 'unit.id', 'membership.unit_id')
    .select('person.id')
    .distinct()
    .where('membership.role', 'in', [...roles])
    .where('person.active', '=', true)
    .where('unit.active', '=', true)
    .orderBy('person.id')
    .execute();
  return rows.map((row) => Number(row.id));
}

/** Names and addresses of the active people among `personIds`. */
export async function findRecipients(db: Kysely<DB>, personIds: readonly number[]) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('person')
    .select(['id', 'display_name', 'mobile', 'email'])
    .where('id', 'in', [...personIds])
    .where('active', '=', true)
    .execute();
}

export async function isPersonActive(db: Kysely<DB>, personId: number): Promise<boolean> {
  const row = await db.selectFrom('person').select('active').where('id', '=', personId).executeTakeFirst();
  return row?.active === true;
}
