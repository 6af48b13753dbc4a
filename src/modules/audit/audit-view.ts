import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { maskName } from '../access/masking.ts';
import { maskJsonStrings } from '../privacy/personal-data.ts';
import { type AuditRow, findCitizenIds } from './audit.repository.ts';

/**
 * 审计日志的展示: an audit reader without pii.read sees the trail with personal data masked: a
 * citizen actor's name and network address, and every name, number and address inside the before
 * and after of a change (a person's name and mobile, a case's reporter, a typed description).
 */

export interface AuditEntryView {
  id: number;
  seq: number | null;
  at: string;
  actorId: number | null;
  actorLabel: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  ip: string | null;
}

/** 203.0.113.7 → 203.0.113.*; an IPv6 address keeps its first four groups. */
export function maskIp(ip: string): string {
  if (ip.includes(':')) return `${ip.split(':').slice(0, 4).join(':')}:*`;
  const parts = ip.split('.');
  return parts.length === 4 ? `${parts.slice(0, 3).join('.')}.*` : '*';
}

export async function presentAuditRows(
  db: Kysely<DB>,
  rows: readonly AuditRow[],
  unmasked: boolean,
): Promise<AuditEntryView[]> {
  const citizens = unmasked
    ? new Set<number>()
    : await findCitizenIds(
        db,
        rows.flatMap((r) => (r.actor_id === null ? [] : [Number(r.actor_id)])),
      );
  return rows.map((r) => {
    const actorId = r.actor_id === null ? null : Number(r.actor_id);
    const byCitizen = actorId !== null && citizens.has(actorId);
    const anonymous = actorId === null && r.ip !== null && !String(r.request_id ?? '').startsWith('system');
    return {
      id: Number(r.id),
      seq: r.seq === null ? null : Number(r.seq),
      at: new Date(r.at).toISOString(),
      actorId,
      actorLabel: byCitizen && r.actor_label ? maskName(r.actor_label) : r.actor_label,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      before: unmasked ? r.before : maskJsonStrings(r.before ?? null),
      after: unmasked ? r.after : maskJsonStrings(r.after ?? null),
      requestId: r.request_id,
      ip: r.ip !== null && !unmasked && (byCitizen || anonymous) ? maskIp(r.ip) : r.ip,
    };
  });
}
