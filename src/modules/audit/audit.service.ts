import { actorLabel } from '../access/actor.ts';
import type { Kysely } from 'kysely';
import { withTransaction } from '../../platform/db/database.ts';
import type { DB } from '../../platform/db/schema.ts';
import type { RequestContext } from '../access/request-context.ts';
import { findMeta, upsertMeta } from '../system/system.repository.ts';
import { can } from '../access/policy.ts';
import { type AuditEntryView, presentAuditRows } from './audit-view.ts';
import { genesisHash, hashAuditRow } from './audit-chain.ts';
import {
  type AuditFilter,
  type AuditRow,
  countUnsealed,
  findChainHead,
  findSealedAfter,
  findUnsealed,
  insertAuditRows,
  listAudit,
  sealRows,
  tryLockSealer,
} from './audit.repository.ts';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Records changes in the audit trail. Call it with the transaction that makes the change, so the
 * change and its record commit together or not at all.
 */
export async function recordAudit(db: Kysely<DB>, ctx: RequestContext, ...entries: AuditEntry[]): Promise<void> {
  await insertAuditRows(
    db,
    entries.map((entry) => ({
      at: ctx.now,
      actor_id: ctx.actor?.personId ?? null,
      actor_label:
        (ctx.actor && actorLabel(ctx.actor)) ??
        (ctx.requestId.startsWith('system') || !ctx.actor ? ctx.requestId : null),
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
      before: entry.before ?? null,
      after: entry.after ?? null,
      request_id: ctx.requestId,
      ip: ctx.ip,
    })),
  );
}

const headKey = 'audit_chain_head';

/**
 * Gives unsealed rows their place in the hash chain, oldest first. Only one sealer works at a time
 * (advisory lock), so instances never fork the chain. Returns how many rows it sealed.
 */
export async function sealAuditLog(db: Kysely<DB>, batchSize = 2000): Promise<number> {
  let total = 0;
  for (;;) {
    const sealed = await withTransaction(db, async (trx) => {
      if (!(await tryLockSealer(trx))) return 0;
      const rows = await findUnsealed(trx, batchSize);
      if (rows.length === 0) return 0;
      const head = await findChainHead(trx);
      let seq = head?.seq ?? 0;
      let prevHash = head?.hash ?? genesisHash;
      const seals = rows.map((row) => {
        seq += 1;
        const hash = hashAuditRow(row, seq, prevHash);
        const seal = { id: Number(row.id), seq, prevHash, hash };
        prevHash = hash;
        return seal;
      });
      await sealRows(trx, seals);
      await upsertMeta(trx, headKey, { seq, hash: prevHash });
      return rows.length;
    });
    total += sealed;
    if (sealed < batchSize) return total;
  }
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  unsealed: number;
  /** The first place the chain is broken, and how. */
  problem?: { seq: number; reason: string };
}

/** Recomputes the whole chain. Any edited, deleted or reordered sealed row shows as a problem. */
export async function verifyAuditChain(db: Kysely<DB>): Promise<ChainReport> {
  let expectedSeq = 1;
  let prevHash = genesisHash;
  let checked = 0;
  const unsealed = await countUnsealed(db);
  const fail = (seq: number, reason: string): ChainReport => ({
    ok: false,
    checked,
    unsealed,
    problem: { seq, reason },
  });
  for (;;) {
    const rows: AuditRow[] = await findSealedAfter(db, expectedSeq - 1, 5000);
    for (const row of rows) {
      const seq = Number(row.seq);
      if (seq !== expectedSeq) return fail(expectedSeq, `row ${expectedSeq} is missing (next is ${seq})`);
      if (row.prev_hash !== prevHash) return fail(seq, 'its link to the previous row does not match');
      if (hashAuditRow(row, seq, prevHash) !== row.hash)
        return fail(seq, 'its content does not match its hash (edited)');
      prevHash = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (rows.length < 5000) break;
  }
  const head = (await findMeta(db, headKey)) as { seq: number; hash: string } | undefined;
  if (head && (head.seq !== expectedSeq - 1 || head.hash !== prevHash)) {
    return fail(
      head.seq,
      `the chain ends at ${expectedSeq - 1} but was sealed up to ${head.seq} (rows removed from the end)`,
    );
  }
  return { ok: true, checked, unsealed };
}

/**
 * The audit rows as a reader gets them: masked without pii.read; with it unmasked, and that read
 * is itself audited (with the filter it was made with).
 */
export async function presentAudit(
  db: Kysely<DB>,
  ctx: RequestContext,
  rows: readonly AuditRow[],
  filter: Record<string, unknown>,
): Promise<AuditEntryView[]> {
  const unmasked = can(ctx.actor, 'pii.read', null);
  if (unmasked && rows.length > 0)
    await recordAudit(db, ctx, { action: 'pii.read', entityType: 'audit', after: { filter, rows: rows.length } });
  return presentAuditRows(db, rows, unmasked);
}

export async function browseAudit(
  db: Kysely<DB>,
  filter: AuditFilter,
  page: { limit: number; beforeId?: number | undefined },
): Promise<AuditRow[]> {
  return listAudit(db, filter, page);
}
