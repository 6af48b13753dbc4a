import { createHash } from 'node:crypto';
import type { AuditRow } from './audit.repository.ts';

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

/** The hash of one row at its place in the chain: it covers every column and the previous hash. */
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
