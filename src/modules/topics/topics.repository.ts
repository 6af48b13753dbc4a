import { type Insertable, type Kysely, sql, type Updateable } from 'kysely';
import type { DB, TopicTable } from '../../platform/db/schema.ts';

function topicQuery(db: Kysely<DB>) {
  return db
    .selectFrom('topic as tp')
    .innerJoin('programme as p', 'p.id', 'tp.programme_id')
    .leftJoin('category as c', 'c.id', 'tp.category_id')
    .leftJoin('person as pr', 'pr.id', 'tp.proposer_person_id')
    .leftJoin('task as t', 't.id', 'tp.task_id')
    .select([
      'tp.id',
      'tp.programme_id',
      'p.title as programme_title',
      'p.owner_path',
      'p.owner_unit_id',
      'p.status as programme_status',
      'p.visibility',
      'p.topic_window_opens_at',
      'p.topic_window_closes_at',
      'p.topic_support_limit',
      'p.topic_proposal_limit',
      'tp.title',
      'tp.description',
      'tp.category_id',
      'c.name_zh as category_name',
      'c.name_en as category_name_en',
      'c.path as category_path',
      'tp.keywords',
      'tp.status',
      'tp.proposer_person_id',
      'pr.display_name as proposer_name',
      'pr.mobile as proposer_mobile',
      'tp.support_count',
      'tp.task_id',
      't.title as task_title',
      't.display_status as task_display_status',
      't.progress as task_progress',
      'tp.moderation_note',
      'tp.moderated_at',
      'tp.version',
      'tp.created_at',
      'tp.updated_at',
    ]);
}

export type TopicRow = Awaited<ReturnType<ReturnType<typeof topicQuery>['executeTakeFirstOrThrow']>>;

export async function insertTopic(db: Kysely<DB>, values: Insertable<TopicTable>): Promise<number> {
  const row = await db.insertInto('topic').values(values).returning('id').executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function findTopic(
  db: Kysely<DB>,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<TopicRow | undefined> {
  let query = topicQuery(db).where('tp.id', '=', id);
  if (options.forUpdate) query = query.forUpdate('tp');
  return query.executeTakeFirst();
}

export async function updateTopic(db: Kysely<DB>, id: number, fields: Updateable<TopicTable>): Promise<void> {
  await db
    .updateTable('topic')
    .set({ ...fields, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .execute();
}

export interface TopicFilter {
  programmeId?: number | undefined;
  statuses: readonly string[];
  proposerId?: number | undefined;
  /** Only topics of public programmes (the public pages). */
  publicOnly?: boolean;
}

export async function listTopics(
  db: Kysely<DB>,
  filter: TopicFilter,
  page: { limit: number; offset: number; order: 'support' | 'new' },
): Promise<TopicRow[]> {
  let query = topicQuery(db).where('tp.status', 'in', [...filter.statuses]);
  if (filter.programmeId !== undefined) query = query.where('tp.programme_id', '=', filter.programmeId);
  if (filter.proposerId !== undefined) query = query.where('tp.proposer_person_id', '=', filter.proposerId);
  if (filter.publicOnly) query = query.where('p.visibility', '=', 'public').where('p.status', '<>', 'draft');
  const ordered =
    page.order === 'support'
      ? query.orderBy('tp.support_count', 'desc').orderBy('tp.id')
      : query.orderBy('tp.id', 'desc');
  return ordered.limit(page.limit).offset(page.offset).execute();
}

/** How many topics of a programme are in each status. */
export async function countByStatus(db: Kysely<DB>, programmeId: number): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('topic')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('programme_id', '=', programmeId)
    .groupBy('status')
    .execute();
  return new Map(rows.map((r) => [r.status, Number(r.n)]));
}

/** Serialises one person's proposals and supports (the per-window limits), by locking their row. */
export async function lockPerson(db: Kysely<DB>, personId: number): Promise<void> {
  await db.selectFrom('person').select('id').where('id', '=', personId).forUpdate().execute();
}

export async function countProposals(
  db: Kysely<DB>,
  personId: number,
  programmeId: number,
  since: Date,
): Promise<number> {
  const row = await db
    .selectFrom('topic')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('proposer_person_id', '=', personId)
    .where('programme_id', '=', programmeId)
    .where('created_at', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countSupports(
  db: Kysely<DB>,
  personId: number,
  programmeId: number,
  since: Date,
): Promise<number> {
  const row = await db
    .selectFrom('topic_support as s')
    .innerJoin('topic as tp', 'tp.id', 's.topic_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('s.person_id', '=', personId)
    .where('tp.programme_id', '=', programmeId)
    .where('s.created_at', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One support per person and topic: the primary key decides, so concurrent requests cannot both count. */
export async function insertSupport(db: Kysely<DB>, topicId: number, personId: number, at: Date): Promise<boolean> {
  const inserted = await db
    .insertInto('topic_support')
    .values({ topic_id: topicId, person_id: personId, created_at: at })
    .onConflict((oc) => oc.columns(['topic_id', 'person_id']).doNothing())
    .returning('topic_id')
    .execute();
  if (inserted.length === 0) return false;
  await db
    .updateTable('topic')
    .set({ support_count: sql<number>`support_count + 1` })
    .where('id', '=', topicId)
    .execute();
  return true;
}

export async function deleteSupport(db: Kysely<DB>, topicId: number, personId: number): Promise<boolean> {
  const deleted = await db
    .deleteFrom('topic_support')
    .where('topic_id', '=', topicId)
    .where('person_id', '=', personId)
    .returning('topic_id')
    .execute();
  if (deleted.length === 0) return false;
  await db
    .updateTable('topic')
    .set({ support_count: sql<number>`greatest(support_count - 1, 0)` })
    .where('id', '=', topicId)
    .execute();
  return true;
}

/** Which of these topics the person supports. */
export async function supportedBy(db: Kysely<DB>, personId: number, topicIds: readonly number[]): Promise<Set<number>> {
  if (topicIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('topic_support')
    .select('topic_id')
    .where('person_id', '=', personId)
    .where('topic_id', 'in', [...topicIds])
    .execute();
  return new Set(rows.map((r) => Number(r.topic_id)));
}

/** The people supporting a topic (支持者). */
export async function listSupporterIds(db: Kysely<DB>, topicId: number): Promise<number[]> {
  const rows = await db.selectFrom('topic_support').select('person_id').where('topic_id', '=', topicId).execute();
  return rows.map((r) => Number(r.person_id));
}
