import { type Kysely, type Selectable, sql } from 'kysely';
import type { AuditLogTable, DB } from '../../platform/db/schema.ts';
import { likePrefix } from '../access/scope-sql.ts';

export type AuditRow = Selectable<AuditLogTable>;

/** A row as services hand it over: everything but the chain, which the sealer fills in. */
export type NewAuditRow = Omit<AuditRow, 'id' | 'seq' | 'prev_hash' | 'hash'>;

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

export async function insertAuditRows(db: Kysely<DB>, rows: NewAuditRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('audit_log')
    .values(rows.map((row) => ({ ...row, before: json(row.before), after: json(row.after) })))
    .execute();
}

/** Takes the sealing lock for this transaction if nobody holds it; false when another sealer runs. */
export async function tryLockSealer(trx: Kysely<DB>): Promise<boolean> {
  const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_xact_lock(7300100) as locked`.execute(trx);
  return rows[0]?.locked === true;
}

export async function findChainHead(db: Kysely<DB>): Promise<{ seq: number; hash: string } | undefined> {
  const row = await db
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .where('seq', 'is not', null)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && row.seq !== null && row.hash !== null ? { seq: Number(row.seq), hash: row.hash } : undefined;
}

export async function findUnsealed(db: Kysely<DB>, limit: number): Promise<AuditRow[]> {
  return db.selectFrom('audit_log').selectAll().where('seq', 'is', null).orderBy('id').limit(limit).execute();
}

export async function countUnsealed(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('seq', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function sealRows(
  db: Kysely<DB>,
  seals: { id: number; seq: number; prevHash: string; hash: string }[],
): Promise<void> {
  if (seals.length === 0) return;
  const values = sql.join(seals.map((s) => sql`(${s.id}::bigint, ${s.seq}::bigint, ${s.prevHash}, ${s.hash})`));
  await sql`
    update audit_log as a set seq = v.seq, prev_hash = v.prev_hash, hash = v.hash
    from (values ${values}) as v (id, seq, prev_hash, hash)
    where a.id = v.id and a.seq is null`.execute(db);
}

/** Sealed rows in chain order after `afterSeq`, for verification. */
export async function findSealedAfter(db: Kysely<DB>, afterSeq: number, limit: number): Promise<AuditRow[]> {
  return db.selectFrom('audit_log').selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
}

export interface AuditFilter {
  entityType?: string | undefined;
  entityId?: string | undefined;
  actorId?: number | undefined;
  action?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

export async function listAudit(
  db: Kysely<DB>,
  filter: AuditFilter,
  page: { limit: number; beforeId?: number | undefined },
): Promise<AuditRow[]> {
  let query = db.selectFrom('audit_log').selectAll();
  if (filter.entityType) query = query.where('entity_type', '=', filter.entityType);
  if (filter.entityId) query = query.where('entity_id', '=', filter.entityId);
  if (filter.actorId !== undefined) query = query.where('actor_id', '=', filter.actorId);
  if (filter.action) query = query.where('action', 'like', likePrefix(filter.action));
  if (filter.from) query = query.where('at', '>=', filter.from);
  if (filter.to) query = query.where('at', '<', filter.to);
  if (page.beforeId !== undefined) query = query.where('id', '<', page.beforeId);
  return query.orderBy('id', 'desc').limit(page.limit).execute();
}

/** Which of these people are citizens (their names and addresses are masked in the audit view). */
export async function findCitizenIds(db: Kysely<DB>, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('person')
    .select('id')
    .where('kind', '=', 'citizen')
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Set(rows.map((r) => Number(r.id)));
}
