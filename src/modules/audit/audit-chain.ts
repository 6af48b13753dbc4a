import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { type AuditKey, requireAuditKey } from './audit-key.ts';
import type { AuditRow, NewAuditRow } from './audit.repository.ts';

/** The hash before the first row of the chain. */
export const genesisHash = '0'.repeat(64);

/** JSON with object keys sorted at every depth, so equal content always hashes alike. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * The legacy (unkeyed) link of one row at its place in the chain, for rows sealed before the audit
 * key existed: SHA-256 over every column and the previous hash. Anyone can recompute it, so it proves
 * nothing against whoever can write the database; tagged rows are linked by `keyedLink`.
 */
export function hashAuditRow(row: AuditRow, seq: number, prevHash: string): string {
  const content = canonicalJson({
    seq,
    id: Number(row.id),
    at: new Date(row.at).toISOString(),
    actor_id: row.actor_id === null ? null : Number(row.actor_id),
    actor_label: row.actor_label,
    action: row.action,
    entity_type: row.entity_type,
    entity_id: row.entity_id,
    before: row.before ?? null,
    after: row.after ?? null,
    request_id: row.request_id,
    ip: row.ip,
  });
  return createHash('sha256').update(prevHash).update('\n').update(content).digest('hex');
}

/** The columns a row's tag covers, as the application writes them (the chain columns come later). */
export interface TaggedContent {
  nonce: string;
  at: Date | string;
  actor_id: number | string | null;
  actor_label: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  request_id: string | null;
  ip: string | null;
}

/**
 * A value as jsonb gives it back: what JSON.stringify writes, read again (dates become strings,
 * undefined drops out), so a tag made before the insert matches the row read after it.
 */
function asStoredValue(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object') return value;
  return JSON.parse(JSON.stringify(value)) as unknown;
}

let noncePool = Buffer.alloc(0);
let noncePoolAt = 0;

/** A fresh value unique to one row, chosen by the application (a unique index keeps copies out). */
export function newAuditNonce(): string {
  // 128 random bits, drawn 256 at a time (one call to the system's generator instead of one per row).
  if (noncePoolAt + 16 > noncePool.length) {
    noncePool = randomBytes(16 * 256);
    noncePoolAt = 0;
  }
  noncePoolAt += 16;
  return noncePool.toString('base64url', noncePoolAt - 16, noncePoolAt);
}

/**
 * The row's tag (HMAC with the audit key): made by the application when it writes the row, over
 * every column that tells what happened and the row's own nonce, so a row inserted by anyone without
 * the key, or edited afterwards, has no valid tag, and a valid tag copied onto another row clashes
 * with its nonce.
 */
export function auditRowTag(key: AuditKey, row: TaggedContent, read = false): string {
  // A row read back holds parsed JSON already; one about to be written is put in that form first.
  const asStored = read ? (value: unknown) => value ?? null : asStoredValue;
  const content = canonicalJson({
    v: 1,
    nonce: row.nonce,
    at: new Date(row.at).toISOString(),
    actor_id: row.actor_id === null ? null : Number(row.actor_id),
    actor_label: row.actor_label,
    action: row.action,
    entity_type: row.entity_type,
    entity_id: row.entity_id,
    before: asStored(row.before),
    after: asStored(row.after),
    request_id: row.request_id,
    ip: row.ip,
  });
  return key.tag(content, 'base64url');
}

/** Whether a row read back carries the tag its content and nonce call for. */
export function hasValidTag(key: AuditKey, row: AuditRow): boolean {
  if (row.tag === null || row.nonce === null) return false;
  const expected = Buffer.from(auditRowTag(key, { ...row, nonce: row.nonce }, true));
  const actual = Buffer.from(row.tag);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/**
 * The link of a tagged row at its place in the chain: an HMAC with the chain key over the previous
 * link, the place, the row's id, nonce and tag (which covers its content). Without the key nobody can
 * recompute the chain after an edit.
 */
export function keyedLink(key: AuditKey, row: AuditRow, seq: number, prevHash: string): string {
  return key.chain(`${prevHash}\n${seq}\n${Number(row.id)}\n${row.nonce ?? ''}\n${row.tag ?? ''}`, 'hex');
}

/**
 * Gives a row its nonce and its tag with the installed audit key: every insert into audit_log goes
 * through this (recordAudit, and the intake statement that writes its audit rows itself).
 */
export function tagAuditRow(row: Omit<NewAuditRow, 'nonce' | 'tag'>, key: AuditKey = requireAuditKey()): NewAuditRow {
  const nonce = newAuditNonce();
  return { ...row, nonce, tag: auditRowTag(key, { ...row, nonce }) };
}
