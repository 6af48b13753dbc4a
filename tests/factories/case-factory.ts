import type { Kysely } from 'kysely';
import type { CaseStatus, CaseTier } from '../../src/shared/cases.ts';
import type { DB } from '../../src/platform/db/schema.ts';
import { insertCategory, type CategoryRow } from '../../src/modules/categories/categories.repository.ts';
import { newTrackingCode } from '../../src/modules/cases/case-intake.service.ts';
import { insertCase, replaceParties, type CaseRow } from '../../src/modules/cases/cases.repository.ts';
import type { UnitRow } from '../../src/modules/units/units.repository.ts';
import { daysFromNow, testNow } from '../helpers/clock.ts';

let sequence = 0;

/** A category (分类), a root unless `parent` is given. */
export async function makeCategory(
  db: Kysely<DB>,
  overrides: { code?: string; nameZh?: string; parent?: CategoryRow | null } = {},
): Promise<CategoryRow> {
  const n = ++sequence;
  return insertCategory(
    db,
    {
      code: overrides.code ?? `CAT${n}-${Math.random().toString(36).slice(2, 6)}`,
      parent_id: overrides.parent ? Number(overrides.parent.id) : null,
      name_zh: overrides.nameZh ?? `测试分类${n}`,
      name_en: null,
      routing: null,
      limits: null,
      extra_fields: [],
    },
    overrides.parent ?? null,
    testNow(),
  );
}

/** Statuses at which a case has a lead unit (承办单位) and deadlines. */
const assigned: readonly CaseStatus[] = ['dispatched', 'handling', 'resolved', 'follow_up', 'closed'];

export interface CaseOverrides {
  /** Where the matter is (事发地); its path scopes who reads the case. */
  place: UnitRow;
  status?: CaseStatus;
  /** The lead unit (牵头单位): required from `dispatched` on, also allowed for `returned`. */
  lead?: UnitRow | null;
  /** Other parties: summoned (吹哨报到) or supporting (配合) units. */
  parties?: { unit: UnitRow; role: 'support' | 'summoned'; acknowledged?: boolean }[];
  title?: string;
  description?: string;
  channel?: string;
  category?: CategoryRow | null;
  tier?: CaseTier | null;
  reporterPersonId?: number | null;
  reporterName?: string | null;
  reporterMobile?: string | null;
  /** A pending request for more time (延期申请), as the lead unit would have asked. */
  pendingExtension?: { until: Date; reason: string; requestedBy: number } | null;
  createdAt?: Date;
  /** Deadlines other than a day to respond and fifteen to resolve (a date past them makes the case overdue). */
  responseDueAt?: Date;
  resolveDueAt?: Date;
  /** Times returned by lead units (退单), and escalations (挂牌督办) so far. */
  returnCount?: number;
  escalationLevel?: number;
  /** The citizen's rating at follow-up (回访). */
  satisfaction?: 'satisfied' | 'basically_satisfied' | 'unsatisfied' | null;
  solved?: boolean | null;
  /** An earlier case this one is the recurrence of (反复诉求). */
  recurrenceOf?: CaseRow | null;
}

/**
 * A case (诉求) in any workflow state, written through the cases repository: the columns and
 * parties a case has in that state (lead party and deadlines once dispatched, closing time once
 * closed), so workflow actions find it as the real loop would have left it.
 */
export async function makeCase(db: Kysely<DB>, overrides: CaseOverrides): Promise<CaseRow> {
  const n = ++sequence;
  const status = overrides.status ?? 'submitted';
  const now = overrides.createdAt ?? testNow();
  const lead = overrides.lead ?? null;
  if (assigned.includes(status) && !lead) throw new Error(`a ${status} case needs a lead unit`);
  const classified = status !== 'submitted';
  const row = await insertCase(db, {
    tracking_code: newTrackingCode(now),
    channel: overrides.channel ?? 'hotline',
    title: overrides.title ?? `测试诉求${n}`,
    description: overrides.description ?? `测试诉求${n}的内容：路灯不亮。`,
    category_id: overrides.category === undefined || overrides.category === null ? null : Number(overrides.category.id),
    tier: overrides.tier === undefined ? (classified && overrides.category ? 'general' : null) : overrides.tier,
    status,
    place_unit_id: Number(overrides.place.id),
    place_path: overrides.place.path,
    reporter_person_id: overrides.reporterPersonId ?? null,
    reporter_name: overrides.reporterName ?? '张三',
    reporter_mobile: overrides.reporterMobile ?? '13800000000',
    lead_unit_id: lead ? Number(lead.id) : null,
    lead_path: lead ? lead.path : null,
    accepted_at: classified ? now : null,
    dispatched_at: lead ? now : null,
    phase_started_at: lead ? now : null,
    response_due_at: lead ? (overrides.responseDueAt ?? daysFromNow(1)) : null,
    resolve_due_at: lead ? (overrides.resolveDueAt ?? daysFromNow(15)) : null,
    acknowledged_at: lead && status !== 'dispatched' ? now : null,
    resolved_at: ['resolved', 'follow_up', 'closed'].includes(status) ? now : null,
    closed_at: ['closed', 'declined', 'merged'].includes(status) ? now : null,
    pending_extension: overrides.pendingExtension
      ? JSON.stringify({ ...overrides.pendingExtension, until: overrides.pendingExtension.until.toISOString() })
      : null,
    return_count: overrides.returnCount ?? 0,
    escalation_level: overrides.escalationLevel ?? 0,
    satisfaction: overrides.satisfaction ?? null,
    solved: overrides.solved ?? null,
    recurrence_of_id: overrides.recurrenceOf ? Number(overrides.recurrenceOf.id) : null,
    created_by: null,
    created_at: now,
    updated_at: now,
  });
  const parties = [
    ...(lead ? [{ unit: lead, role: 'lead', acknowledged: status !== 'dispatched' && status !== 'returned' }] : []),
    ...(overrides.parties ?? []),
  ];
  await replaceParties(
    db,
    Number(row.id),
    parties.map((p) => ({
      unit_id: Number(p.unit.id),
      unit_path: p.unit.path,
      role: p.role,
      due_at: p.role === 'summoned' ? daysFromNow(1) : null,
      acknowledged_at: p.acknowledged ? now : null,
    })),
    now,
  );
  return row;
}
