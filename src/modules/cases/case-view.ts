import { chinaDate } from '../../shared/china-time.ts';
import type { CaseAction, CaseChannel, CaseStatus, CaseTier, Satisfaction, Urgency } from '../../shared/cases.ts';
import type { RecurrenceReason } from './case-recurrence.ts';
import type { Actor } from '../access/actor.ts';
import { maskName, maskPhone } from '../access/masking.ts';
import { can } from '../access/policy.ts';
import type { AttachmentRow } from '../attachments/attachments.repository.ts';
import { type CaseClock, colourOf, type ClockFacts } from './case-clock.ts';
import type { Directory } from './case-directory.ts';
import { addressFor, descriptionFor, eventNoteFor, extraFor, noteFor } from './case-privacy.ts';
import type { CaseRow, EventRow, PartyRow } from './cases.repository.ts';
import { maskJsonStrings } from '../privacy/personal-data.ts';
import type { CaseDetail, CaseSummary } from './cases.schemas.ts';

/** Shapes stored cases into what the API answers. */

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function clockFactsOf(row: CaseRow): ClockFacts {
  return {
    status: row.status as CaseStatus,
    urgency: row.urgency as Urgency,
    phaseStartedAt: row.phase_started_at,
    responseDueAt: row.response_due_at,
    resolveDueAt: row.resolve_due_at,
  };
}

function unitBrief(directory: Directory, id: number | null) {
  if (id === null) return null;
  const unit = directory.units.get(Number(id));
  return unit
    ? { id: unit.id, nameZh: unit.nameZh, nameEn: unit.nameEn, type: unit.type }
    : { id: Number(id), nameZh: `#${id}`, nameEn: null, type: 'unknown' };
}

export function presentSummary(row: CaseRow, directory: Directory, clock: CaseClock, now: Date): CaseSummary {
  const category = row.category_id === null ? null : directory.categories.get(Number(row.category_id));
  return {
    id: Number(row.id),
    trackingCode: row.tracking_code,
    channel: row.channel as CaseChannel,
    title: row.title,
    status: row.status as CaseStatus,
    tier: row.tier as CaseTier | null,
    urgency: row.urgency as Urgency,
    category: category
      ? { id: category.id, nameZh: category.nameZh, nameEn: category.nameEn }
      : row.category_id === null
        ? null
        : { id: Number(row.category_id), nameZh: `#${row.category_id}`, nameEn: null },
    place: unitBrief(directory, row.place_unit_id),
    address: addressFor(row, false),
    leadUnit: unitBrief(directory, row.lead_unit_id),
    responseDueAt: iso(row.response_due_at),
    resolveDueAt: iso(row.resolve_due_at),
    colour: colourOf(clock, clockFactsOf(row), now),
    escalationLevel: row.escalation_level,
    returnCount: row.return_count,
    reopenCount: row.reopen_count,
    heat: row.heat,
    recurrenceOfId: row.recurrence_of_id === null ? null : Number(row.recurrence_of_id),
    satisfaction: row.satisfaction as Satisfaction | null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}

/**
 * Whether the caller reads the case's personal data (reporter, description, address, intake fields)
 * unmasked: people holding pii.read over the case, and the reporter.
 */
export function seesReporter(actor: Actor | null, row: CaseRow): boolean {
  if (!actor) return false;
  if (actor.kind === 'citizen')
    return row.reporter_person_id !== null && Number(row.reporter_person_id) === actor.personId;
  return can(actor, 'pii.read', row.place_path);
}

/**
 * Whether the caller may ask for the reporter's contact (查看联系方式, each time audited): pii.read
 * over the case, or handling it for its lead unit while the case is with that unit, which must
 * phone the citizen back.
 */
export function mayContactReporter(actor: Actor | null, row: CaseRow, parties: readonly PartyRow[]): boolean {
  if (!actor || actor.kind !== 'staff') return false;
  if (can(actor, 'pii.read', row.place_path)) return true;
  const withUnit = ['dispatched', 'handling', 'resolved', 'follow_up'].includes(row.status);
  return withUnit && parties.some((p) => p.role === 'lead' && can(actor, 'case.handle', p.unit_path));
}

export interface DetailParts {
  row: CaseRow;
  parties: PartyRow[];
  events: EventRow[];
  attachments: AttachmentRow[];
  allowedActions: CaseAction[];
  unmasked: boolean;
  /** Whether the caller may ask for the reporter's contact (GET /cases/{id}/reporter). */
  contactable?: boolean;
}

export function presentDetail(parts: DetailParts, directory: Directory, clock: CaseClock, now: Date): CaseDetail {
  const { row } = parts;
  const category = row.category_id === null ? undefined : directory.categories.get(Number(row.category_id));
  const pending = row.pending_extension as { until?: string; reason?: string } | null;
  const name = row.reporter_name;
  const mobile = row.reporter_mobile;
  return {
    ...presentSummary(row, directory, clock, now),
    description: descriptionFor(row, parts.unmasked),
    address: addressFor(row, parts.unmasked),
    categoryPath: category?.pathNames ?? [],
    categoryPathEn: category?.pathNamesEn ?? [],
    lat: row.lat,
    lng: row.lng,
    reporter: {
      anonymous: row.anonymous,
      name: name === null ? null : parts.unmasked ? name : maskName(name),
      mobile: mobile === null ? null : parts.unmasked ? mobile : maskPhone(mobile),
      masked: !parts.unmasked && (name !== null || mobile !== null),
      contactable: !parts.unmasked && (name !== null || mobile !== null) && parts.contactable === true,
    },
    extra: extraFor(row, parts.unmasked),
    parties: parts.parties.map((p) => ({
      unitId: p.unit_id,
      unitName: p.unit_name,
      unitNameEn: p.unit_name_en,
      unitType: p.unit_type,
      role: p.role as 'lead' | 'support' | 'summoned',
      dueAt: iso(p.due_at),
      acknowledgedAt: iso(p.acknowledged_at),
      returned: p.role === 'lead' && row.status === 'returned',
    })),
    warnAt: iso(row.warn_at),
    acceptedAt: iso(row.accepted_at),
    dispatchedAt: iso(row.dispatched_at),
    acknowledgedAt: iso(row.acknowledged_at),
    resolvedAt: iso(row.resolved_at),
    closedAt: iso(row.closed_at),
    deadlinesEstimated: [row.response_due_at, row.resolve_due_at].some(
      (due) => due !== null && Number(chinaDate(due).slice(0, 4)) > clock.calendar.coveredUntilYear,
    ),
    pendingExtension: pending?.until
      ? { until: new Date(pending.until).toISOString(), reason: pending.reason ?? '' }
      : null,
    extensionCount: row.extension_count,
    sendBackCount: row.send_back_count,
    solved: row.solved,
    mergedIntoId: row.merged_into_id === null ? null : Number(row.merged_into_id),
    recurrenceReason: row.recurrence_of_id === null ? null : recurrenceReasonOf(row.recurrence_reason),
    timeline: parts.events.map((e) => ({
      id: Number(e.id),
      at: e.at.toISOString(),
      action: e.action,
      actorLabel: e.actor_label,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      note: eventNoteFor(e, row, parts.unmasked),
      publicText: noteFor(e.public_text, row, parts.unmasked),
      data: (parts.unmasked ? e.data : maskJsonStrings(e.data, { names: [row.reporter_name] })) as Record<
        string,
        unknown
      >,
    })),
    attachments: parts.attachments.map((a) => ({
      id: Number(a.id),
      fileName: parts.unmasked ? a.file_name : (noteFor(a.file_name, row, false) ?? ''),
      contentType: a.content_type,
      size: a.size,
      url: `/api/v1/attachments/${a.id}`,
      createdAt: a.created_at.toISOString(),
    })),
    allowedActions: parts.allowedActions,
  };
}

/** The stored reason of a recurrence flag, in the API's shape (null for flags from before migration 0015). */
function recurrenceReasonOf(value: unknown): RecurrenceReason | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Partial<RecurrenceReason>;
  if (typeof v.caseId !== 'number' || typeof v.category !== 'string' || !v.match || !v.closedAt) return null;
  return {
    caseId: v.caseId,
    category: v.category,
    relatedCategory: typeof v.relatedCategory === 'string' ? v.relatedCategory : null,
    match: v.match,
    metres: typeof v.metres === 'number' ? v.metres : null,
    closedAt: new Date(v.closedAt).toISOString(),
    daysSinceClosed: Number(v.daysSinceClosed ?? 0),
    withinDays: Number(v.withinDays ?? 0),
  };
}
