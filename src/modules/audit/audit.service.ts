import { actorLabel } from '../access/actor.ts';
import type { Kysely } from 'kysely';
import { withTransaction } from '../../platform/db/database.ts';
import type { DB } from '../../platform/db/schema.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import type { RequestContext } from '../access/request-context.ts';
import { findMeta, upsertMeta } from '../system/system.repository.ts';
import { can } from '../access/policy.ts';
import type { AuditAction } from '../../shared/audit-actions.ts';
import { type AuditEntryView, presentAuditRows } from './audit-view.ts';
import { genesisHash, hashAuditRow, hasValidTag, keyedLink, tagAuditRow } from './audit-chain.ts';
import { type AuditCheckpoint, readCheckpoint, writeCheckpoint } from './audit-checkpoint.ts';
import { type AuditKey, installAuditKey, installedAuditKey, requireAuditKey } from './audit-key.ts';
import {
  type AuditFilter,
  type AuditRow,
  countUnsealed,
  findAllRepeatedNonces,
  findChainHead,
  findHashAt,
  findRepeatedNonces,
  findSealedAfter,
  findUnsealed,
  insertAuditRows,
  insertRejected,
  listAudit,
  listRejected,
  sealRows,
  tryLockSealer,
} from './audit.repository.ts';

export interface AuditEntry {
  /** A code of the one label table (src/shared/audit-actions.ts). */
  action: AuditAction;
  entityType: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Records changes in the audit trail. Call it with the transaction that makes the change, so the
 * change and its record commit together or not at all. Each row is tagged here, before the insert,
 * with the audit key the database does not hold (one insert per call, whatever the entries).
 */
export async function recordAudit(db: Kysely<DB>, ctx: RequestContext, ...entries: AuditEntry[]): Promise<void> {
  const key = requireAuditKey();
  await insertAuditRows(
    db,
    entries.map((entry) =>
      tagAuditRow(
        {
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
        },
        key,
      ),
    ),
  );
}

const headKey = 'audit_chain_head';
const legacyKey = 'audit_legacy';

/** What the sealer and the verifier work with besides the database; each defaults to what start-up configured. */
export interface AuditKeeping {
  /** The audit key (default: the installed one). */
  key?: AuditKey | undefined;
  /** Where the signed checkpoint lives; null: none is written or compared. */
  checkpointDir?: string | null;
  /** Who is told when rows are refused or the chain was cut back: an error log line, and `alarm`. */
  logger?: Logger | undefined;
  /**
   * Tells people (the server passes a notification to administrators: notifications/ is above this
   * module, so it comes in as a function). Called once per incident.
   */
  alarm?: AuditAlarm | undefined;
}

export type AuditAlarm = (message: { title: string; body: string }) => Promise<void>;

let configuredCheckpointDir: string | null = null;

/** At start-up: the key rows are tagged with and the checkpoint folder of this process. */
export function configureAuditKeeping(options: { key: AuditKey; checkpointDir: string | null }): void {
  installAuditKey(options.key);
  configuredCheckpointDir = options.checkpointDir;
}

function keepingOf(options: AuditKeeping) {
  return {
    key: options.key ?? installedAuditKey(),
    checkpointDir: options.checkpointDir === undefined ? configuredCheckpointDir : options.checkpointDir,
    logger: options.logger,
    alarm: options.alarm,
  };
}

/**
 * The chain head as last checkpointed outside the database (seq, link, when, which installation),
 * its signature checked; null before the first seal. For documents that should carry the head (the
 * briefings, once they exist), so a later rewind of the database shows against them too.
 */
export function currentAuditCheckpoint(options: AuditKeeping = {}): AuditCheckpoint | null {
  const { key, checkpointDir } = keepingOf(options);
  if (!key || !checkpointDir) return null;
  const reading = readCheckpoint(checkpointDir, key);
  if (reading.status === 'absent') return null;
  if (reading.status !== 'ok') throw new Error(`the audit checkpoint cannot be trusted: ${reading.status}`);
  return reading.checkpoint;
}

async function legacyMaxId(db: Kysely<DB>): Promise<number> {
  const value = (await findMeta(db, legacyKey)) as { maxId?: number } | undefined;
  return Number(value?.maxId ?? 0);
}

/** Incidents already raised by this process, per database (a notification per incident, not per sealing round). */
const raisedIn = new WeakMap<object, Set<string>>();

async function raiseAlarm(
  db: Kysely<DB>,
  keeping: ReturnType<typeof keepingOf>,
  incident: string,
  log: Record<string, unknown>,
  message: { title: string; body: string },
): Promise<void> {
  let raised = raisedIn.get(db);
  if (!raised) raisedIn.set(db, (raised = new Set()));
  if (raised.has(incident)) return;
  raised.add(incident);
  keeping.logger?.error({ incident, ...log }, `AUDIT TRAIL ALARM: ${message.body}`);
  if (!keeping.alarm) return;
  try {
    await keeping.alarm(message);
  } catch (error) {
    keeping.logger?.error({ err: error, incident }, 'the audit alarm could not be sent as a notification');
  }
}

type RejectedRow = { auditId: number; reason: string };

/**
 * Gives unsealed rows their place in the keyed chain, oldest first. Only one sealer works at a time
 * (advisory lock), so instances never fork the chain. A row without a valid tag (inserted by someone
 * without the key, or edited before sealing, or a copy of another row) is not chained: it is recorded
 * in audit_rejected and an alarm raised (error log, notification to administrators). After sealing,
 * the new head goes to the signed checkpoint outside the database. If the chain is found shorter
 * than (or different from) that checkpoint, nothing is sealed until someone looks. Returns how many
 * rows it sealed.
 */
export async function sealAuditLog(db: Kysely<DB>, options: AuditKeeping = {}, batchSize = 2000): Promise<number> {
  const keeping = keepingOf(options);
  const key = keeping.key;
  if (!key) throw new Error('no audit key: the audit trail cannot be sealed');
  let total = 0;
  let checked = false;
  let lastHead: { seq: number; hash: string } | undefined;
  for (;;) {
    const round = await withTransaction(db, async (trx) => {
      const none = { processed: 0, sealed: 0, rejected: [] as RejectedRow[], cut: undefined as string | undefined };
      if (!(await tryLockSealer(trx))) return none;
      const rows = await findUnsealed(trx, batchSize);
      if (rows.length === 0) return none;
      const head = await findChainHead(trx);
      if (!checked && keeping.checkpointDir) {
        checked = true;
        const reading = readCheckpoint(keeping.checkpointDir, key);
        if (reading.status !== 'ok' && reading.status !== 'absent') return { ...none, cut: reading.status };
        if (reading.status === 'ok') {
          const cp = reading.checkpoint;
          if ((head?.seq ?? 0) < cp.seq) return { ...none, cut: `truncated:${cp.seq}:${head?.seq ?? 0}` };
          if ((await findHashAt(trx, cp.seq)) !== cp.hash) return { ...none, cut: `checkpoint-mismatch:${cp.seq}` };
        }
      }
      const maxLegacyId = head?.tagged ? 0 : await legacyMaxId(trx);
      const firstWithNonce = await findRepeatedNonces(
        trx,
        rows.flatMap((row) => (row.nonce ? [row.nonce] : [])),
      );
      let seq = head?.seq ?? 0;
      let prevHash = head?.hash ?? genesisHash;
      let keyed = head?.tagged ?? false;
      const seals: { id: number; seq: number; prevHash: string; hash: string }[] = [];
      const rejected: RejectedRow[] = [];
      for (const row of rows) {
        const id = Number(row.id);
        let hash: string;
        if (row.tag === null) {
          // Written before the key existed (legacy): allowed only before the first tagged row.
          if (keyed || id > maxLegacyId) {
            rejected.push({ auditId: id, reason: 'forged-row: no tag' });
            continue;
          }
          hash = hashAuditRow(row, seq + 1, prevHash);
        } else {
          if (!hasValidTag(key, row)) {
            rejected.push({ auditId: id, reason: 'forged-row: invalid tag' });
            continue;
          }
          const first = row.nonce ? firstWithNonce.get(row.nonce) : undefined;
          if (first !== undefined && first !== id) {
            rejected.push({ auditId: id, reason: 'duplicate-row: its nonce is used by another row' });
            continue;
          }
          keyed = true;
          hash = keyedLink(key, row, seq + 1, prevHash);
        }
        seq += 1;
        seals.push({ id, seq, prevHash, hash });
        prevHash = hash;
      }
      await sealRows(trx, seals);
      await insertRejected(trx, rejected);
      if (seals.length > 0) {
        await upsertMeta(trx, headKey, { seq, hash: prevHash });
        lastHead = { seq, hash: prevHash };
      }
      return { processed: rows.length, sealed: seals.length, rejected, cut: undefined };
    });
    if (round.cut) {
      const [kind, ...rest] = round.cut.split(':');
      await raiseAlarm(
        db,
        keeping,
        `cut:${round.cut}`,
        { kind, detail: rest },
        {
          title: '审计日志疑遭篡改 Audit trail tampered with',
          body:
            kind === 'truncated'
              ? `审计链短于检查点（检查点 ${rest[0]}，数据库 ${rest[1]}），已停止封存。The audit chain ends at ${rest[1]} but was checkpointed at ${rest[0]}: rows were removed; sealing stopped.`
              : `审计链与检查点不符（${kind}），已停止封存。The audit chain does not match its checkpoint (${kind}); sealing stopped.`,
        },
      );
      return total;
    }
    if (round.rejected.length > 0) {
      const ids = round.rejected.map((r) => r.auditId);
      await raiseAlarm(
        db,
        keeping,
        `rejected:${ids[0]}`,
        { rejected: round.rejected },
        {
          title: '审计日志发现无效记录 Forged audit rows refused',
          body: `${ids.length} 条审计记录没有有效签名，未予封存（id ${ids.slice(0, 20).join(', ')}${ids.length > 20 ? ' …' : ''}）。${ids.length} audit row(s) without a valid tag were refused (id ${ids.slice(0, 20).join(', ')}${ids.length > 20 ? ' …' : ''}).`,
        },
      );
    }
    total += round.sealed;
    if (round.processed < batchSize) break;
  }
  if (lastHead && keeping.checkpointDir) {
    const instance = String((await findMeta(db, 'instance_id')) ?? 'unknown');
    writeCheckpoint(keeping.checkpointDir, key, { ...lastHead, at: new Date().toISOString(), instance });
  }
  return total;
}

/** The kinds of tampering verification names. */
export type ChainProblemKind =
  | 'missing-key'
  | 'edited-row'
  | 'rehashed-chain'
  | 'bad-link'
  | 'forged-row'
  | 'duplicate-row'
  | 'missing-row'
  | 'truncated'
  | 'head-rolled-back'
  | 'checkpoint-mismatch'
  | 'missing-checkpoint'
  | 'bad-checkpoint-signature'
  | 'wrong-key';

export interface ChainProblem {
  kind: ChainProblemKind;
  /** The place in the chain, when it has one. */
  seq?: number;
  /** The audit row, when it is one. */
  id?: number;
  detail: string;
}

export interface ChainReport {
  ok: boolean;
  /** Sealed rows checked. */
  checked: number;
  /** Of those, rows sealed by the legacy (unkeyed) rule, from before the audit key existed. */
  legacy: number;
  /** Rows waiting for the sealer. */
  unsealed: number;
  /** Rows the sealer refused. */
  rejected: number;
  /** The checkpoint outside the database, when one was read and trusted. */
  checkpoint: AuditCheckpoint | null;
  /** Every problem found (at most `problemLimit` listed; `problemCount` counts them all). */
  problems: ChainProblem[];
  problemCount: number;
  /** The first problem, in the shape GET /audit/verify answers. */
  problem?: { seq: number; reason: string };
}

const problemLimit = 200;

/**
 * Recomputes the whole chain with the key and compares its end with the checkpoint outside the
 * database. Names each kind of tampering: an edited row (its tag no longer matches), a chain
 * recomputed without the key, rows inserted without a valid tag or copied, a gap, rows removed from
 * the end and the stored head moved back, a checkpoint whose signature fails, a missing key.
 */
export async function verifyAuditChain(db: Kysely<DB>, options: AuditKeeping = {}): Promise<ChainReport> {
  const { key, checkpointDir } = keepingOf(options);
  const problems: ChainProblem[] = [];
  let problemCount = 0;
  const report = (problem: ChainProblem) => {
    problemCount += 1;
    if (problems.length < problemLimit) problems.push(problem);
  };
  if (!key)
    report({
      kind: 'missing-key',
      detail: 'no audit key (AUDIT_KEY, AUDIT_KEY_FILE or DATA_DIR/audit.key): tagged rows cannot be checked',
    });

  const maxLegacyId = await legacyMaxId(db);
  let expectedSeq = 1;
  let prevHash = genesisHash;
  let checked = 0;
  let legacy = 0;
  let keyedSeen = false;
  let lastSeq = 0;
  for (;;) {
    const rows: AuditRow[] = await findSealedAfter(db, expectedSeq - 1, 5000);
    for (const row of rows) {
      const seq = Number(row.seq);
      const id = Number(row.id);
      if (seq !== expectedSeq) {
        report({
          kind: 'missing-row',
          seq: expectedSeq,
          detail: `rows ${expectedSeq}${seq - 1 > expectedSeq ? `–${seq - 1}` : ''} are missing (next is ${seq})`,
        });
        prevHash = row.prev_hash ?? prevHash;
      }
      if (row.prev_hash !== prevHash)
        report({ kind: 'bad-link', seq, id, detail: 'its link to the previous row does not match' });
      if (row.tag === null) {
        if (keyedSeen || id > maxLegacyId) {
          report({ kind: 'forged-row', seq, id, detail: 'a row without a tag where every row must carry one' });
        } else {
          legacy += 1;
          if (hashAuditRow(row, seq, row.prev_hash ?? prevHash) !== row.hash)
            report({ kind: 'edited-row', seq, id, detail: 'a legacy row whose content does not match its hash' });
        }
      } else {
        keyedSeen = true;
        if (key) {
          if (!hasValidTag(key, row))
            report({ kind: 'edited-row', seq, id, detail: 'its content does not match its tag (edited)' });
          if (keyedLink(key, row, seq, row.prev_hash ?? prevHash) !== row.hash)
            report({
              kind: 'rehashed-chain',
              seq,
              id,
              detail: 'its link was not made with the audit key (recomputed)',
            });
        }
      }
      prevHash = row.hash ?? '';
      expectedSeq = seq + 1;
      lastSeq = seq;
      checked += 1;
    }
    if (rows.length < 5000) break;
  }

  for (const copy of await findAllRepeatedNonces(db)) {
    report({
      kind: 'duplicate-row',
      ...(copy.seq === null ? {} : { seq: copy.seq }),
      id: copy.id,
      detail: 'it shares its nonce (and tag) with an earlier row: a copy',
    });
  }
  const rejectedRows = await listRejected(db);
  for (const rejected of rejectedRows) {
    report({ kind: 'forged-row', id: Number(rejected.audit_id), detail: `refused by the sealer: ${rejected.reason}` });
  }
  const unsealed = await countUnsealed(db);
  if (key && unsealed > 0) {
    for (const row of await findUnsealed(db, 5000)) {
      if (row.tag !== null ? !hasValidTag(key, row) : Number(row.id) > maxLegacyId || keyedSeen)
        report({ kind: 'forged-row', id: Number(row.id), detail: 'waiting to be sealed without a valid tag' });
    }
  }

  const head = (await findMeta(db, headKey)) as { seq: number; hash: string } | undefined;
  if (head && head.seq > lastSeq) {
    report({
      kind: 'truncated',
      seq: lastSeq + 1,
      detail: `the chain ends at ${lastSeq} but the database's head says ${head.seq} (rows removed from the end)`,
    });
  } else if (head && (head.seq < lastSeq || head.hash !== prevHash)) {
    report({
      kind: 'head-rolled-back',
      seq: head.seq,
      detail: `the stored head (${head.seq}) does not match the chain's end (${lastSeq})`,
    });
  }

  let checkpoint: AuditCheckpoint | null = null;
  if (key && checkpointDir) {
    const reading = readCheckpoint(checkpointDir, key);
    if (reading.status === 'bad-signature') {
      report({ kind: 'bad-checkpoint-signature', detail: `the checkpoint outside the database: ${reading.detail}` });
    } else if (reading.status === 'wrong-key') {
      report({
        kind: 'wrong-key',
        detail: `the checkpoint was signed with key ${reading.keyId}, the key given is ${key.id}`,
      });
    } else if (reading.status === 'absent') {
      if (keyedSeen)
        report({
          kind: 'missing-checkpoint',
          detail: `no checkpoint in ${checkpointDir} although tagged rows are sealed`,
        });
    } else {
      checkpoint = reading.checkpoint;
      if (checkpoint.seq > lastSeq) {
        report({
          kind: 'truncated',
          seq: lastSeq + 1,
          detail: `the chain ends at ${lastSeq} but was checkpointed at ${checkpoint.seq} on ${checkpoint.at} (rows removed from the end)`,
        });
        if (!head || head.seq < checkpoint.seq)
          report({
            kind: 'head-rolled-back',
            seq: head?.seq ?? 0,
            detail: `the database's head (${head?.seq ?? 'none'}) is behind the checkpoint (${checkpoint.seq})`,
          });
      } else if ((await findHashAt(db, checkpoint.seq)) !== checkpoint.hash) {
        report({
          kind: 'checkpoint-mismatch',
          seq: checkpoint.seq,
          detail: 'the row at the checkpoint is not the one checkpointed (the chain was rewritten)',
        });
      }
    }
  }

  const first = problems[0];
  return {
    ok: problemCount === 0,
    checked,
    legacy,
    unsealed,
    rejected: rejectedRows.length,
    checkpoint,
    problems,
    problemCount,
    ...(first ? { problem: { seq: first.seq ?? 0, reason: `${first.kind}: ${first.detail}` } } : {}),
  };
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
