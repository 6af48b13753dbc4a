import { type Kysely, sql } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Actor } from '../access/actor.ts';
import { readableBy } from '../cases/cases.repository.ts';
import { programmeReadable } from '../programmes/programme-access.ts';

/** Reads for hot issues (热点) and the reply check. Only queries; the rules are in the services. */

/** How much of a description hot issues read: the matter is stated at the start. */
const DESCRIPTION_CHARS = 400;

export interface PeriodCaseRow {
  id: number;
  title: string;
  description: string;
  place_unit_id: number | null;
  created_at: Date;
  heat: number;
  merged_into_id: number | null;
}

/** The period's cases the actor may read, declined ones left out, the newest first, at most `limit`. */
export async function listPeriodCases(
  db: Kysely<DB>,
  actor: Actor,
  period: { from: Date; to: Date },
  limit: number,
): Promise<PeriodCaseRow[]> {
  const rows = await db
    .selectFrom('case_record')
    .select([
      'id',
      'title',
      // The masked copy: hot issues show words and titles to readers without pii.read.
      sql<string>`left(coalesce(description_masked, description), ${DESCRIPTION_CHARS})`.as('description'),
      'place_unit_id',
      'created_at',
      'heat',
      'merged_into_id',
    ])
    .where('created_at', '>=', period.from)
    .where('created_at', '<', period.to)
    .where('status', '<>', 'declined')
    .where(readableBy(actor))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    ...r,
    id: Number(r.id),
    place_unit_id: r.place_unit_id === null ? null : Number(r.place_unit_id),
    merged_into_id: r.merged_into_id === null ? null : Number(r.merged_into_id),
    heat: Number(r.heat),
  }));
}

export interface PeriodTopicRow {
  id: number;
  title: string;
  description: string;
  support_count: number;
  created_at: Date;
}

/** Public topics (群众点题: published or selected) proposed in the period, of programmes the actor may read. */
export async function listPeriodTopics(
  db: Kysely<DB>,
  actor: Actor,
  period: { from: Date; to: Date },
  limit: number,
): Promise<PeriodTopicRow[]> {
  const rows = await db
    .selectFrom('topic as tp')
    .innerJoin('programme as p', 'p.id', 'tp.programme_id')
    .select([
      'tp.id',
      'tp.title',
      sql<string>`left(tp.description, ${DESCRIPTION_CHARS})`.as('description'),
      'tp.support_count',
      'tp.created_at',
    ])
    .where('tp.status', 'in', ['published', 'selected'])
    .where('tp.created_at', '>=', period.from)
    .where('tp.created_at', '<', period.to)
    .where(programmeReadable(actor))
    .orderBy('tp.created_at', 'desc')
    .orderBy('tp.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, id: Number(r.id), support_count: Number(r.support_count) }));
}

export interface ResolveEventRow {
  at: Date;
  note: string | null;
}

/** The latest resolution (办结) of a case: its result text. */
export async function findLatestResolve(db: Kysely<DB>, caseId: number): Promise<ResolveEventRow | undefined> {
  return db
    .selectFrom('case_event')
    .select(['at', 'note'])
    .where('case_id', '=', caseId)
    .where('action', '=', 'resolve')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}
