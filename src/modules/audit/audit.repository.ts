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

export async function findChainHead(
  db: Kysely<DB>,
): Promise<{ seq: number; hash: string; tagged: boolean } | undefined> {
  const row = await db
    .selectFrom('audit_log')
    .select(['seq', 'hash', 'tag'])
    .where('seq', 'is not', null)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && row.seq !== null && row.hash !== null
    ? { seq: Number(row.seq), hash: row.hash, tagged: row.tag !== null }
    : undefined;
}

/** The link stored at one place of the chain. */
export async function findHashAt(db: Kysely<DB>, seq: number): Promise<string | null | undefined> {
  const row = await db.selectFrom('audit_log').select('hash').where('seq', '=', seq).executeTakeFirst();
  return row?.hash;
}

/** Unsealed rows, oldest first, without those the sealer refused already. */
export async function findUnsealed(db: Kysely<DB>, limit: number): Promise<AuditRow[]> {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('seq', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('audit_rejected as r').select('r.audit_id').whereRef('r.audit_id', '=', 'audit_log.id'))),
    )
    .orderBy('id')
    .limit(limit)
    .execute();
}

/**
 * For each of `nonces` held by more than one row (a row copied with its tag): the row that keeps it,
 * the sealed one if there is one, else the first.
 */
export async function findRepeatedNonces(db: Kysely<DB>, nonces: readonly string[]): Promise<Map<string, number>> {
  if (nonces.length === 0) return new Map();
  const { rows } = await sql<{ nonce: string; kept: string }>`
    select nonce, coalesce(min(id) filter (where seq is not null), min(id)) as kept from audit_log
    where nonce = any(${[...nonces]}::text[])
    group by nonce having count(*) > 1`.execute(db);
  return new Map(rows.map((row) => [row.nonce, Number(row.kept)]));
}

/** Every row sharing its nonce with an earlier (or sealed) one, in chain order. */
export async function findAllRepeatedNonces(db: Kysely<DB>): Promise<{ id: number; seq: number | null }[]> {
  const { rows } = await sql<{ id: string; seq: string | null }>`
    select a.id, a.seq from audit_log a
    join (
      select nonce, coalesce(min(id) filter (where seq is not null), min(id)) as kept from audit_log
      where nonce is not null group by nonce having count(*) > 1
    ) r on r.nonce = a.nonce and r.kept <> a.id
    order by a.seq nulls last, a.id`.execute(db);
  return rows.map((row) => ({ id: Number(row.id), seq: row.seq === null ? null : Number(row.seq) }));
}

export async function insertRejected(db: Kysely<DB>, rows: { auditId: number; reason: string }[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('audit_rejected')
    .values(rows.map((row) => ({ audit_id: row.auditId, reason: row.reason })))
    .onConflict((oc) => oc.column('audit_id').doNothing())
    .execute();
}

export async function listRejected(db: Kysely<DB>): Promise<{ audit_id: number; rejected_at: Date; reason: string }[]> {
  return db.selectFrom('audit_rejected').selectAll().orderBy('audit_id').execute();
}

/** Rows waiting for the sealer (not those it refused). */
export async function countUnsealed(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('seq', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('audit_rejected as r').select('r.audit_id').whereRef('r.audit_id', '=', 'audit_log.id'))),
    )
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
