import type { ApiBody, ApiResponse } from '../../api/schema.ts';
import type { CaseChannel, CaseTier, Urgency } from '../case-types.ts';

export type StaffIntakeBody = ApiBody<'/cases', 'post'>;
export type RoutingSuggestion = ApiResponse<'/cases/routing-suggestion', 'post'>;

/** Channels whose cases staff find themselves: no caller to record. */
export const staffFoundChannels: readonly CaseChannel[] = ['patrol', 'inspection', 'street_sweep', 'supervision'];

/** The channels the form offers, in the order an operator meets them most. */
export const intakeChannels: readonly CaseChannel[] = [
  'hotline',
  'visit',
  'leader_reception',
  'letter',
  'patrol',
  'inspection',
  'enterprise_visit',
  'street_sweep',
  'supervision',
];

const MOBILE = /^1[3-9]\d{9}$/;
/** A landline with its area code, once spaces and brackets are gone: 028-87654321, 03511234567, 010-12345678-802. */
const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;

export type PhoneKind = 'mobile' | 'landline' | 'invalid';

/** Digits and dashes as a caller reads them out: +86 138 1234 5678, (028) 8765-4321. */
const compact = (raw: string) =>
  raw
    .trim()
    .replace(/^(\+86|0086)/, '')
    .replace(/[\s()]/g, '');

export function phoneKind(raw: string): PhoneKind {
  const phone = compact(raw);
  if (MOBILE.test(phone.replace(/-/g, ''))) return 'mobile';
  return LANDLINE.test(phone) ? 'landline' : 'invalid';
}

export interface IntakeValues {
  channel: CaseChannel;
  callerName?: string;
  callerPhone?: string;
  anonymous: boolean;
  description: string;
  address?: string;
  placeUnitId?: number;
  lat?: number;
  lng?: number;
  categoryId?: number;
  urgency: Urgency;
  attachments: string[];
}

export interface DispatchPlan {
  categoryId: number;
  tier: CaseTier;
  urgency: Urgency;
  leadUnitId: number;
  supportingUnitIds: number[];
}

const trimmed = (value: string | undefined) => value?.trim() || undefined;

/**
 * The body of POST /cases from the form: a mobile is the reporter's mobile, a landline is kept
 * in the case's extra fields (personal data, masked like the rest); an anonymous caller leaves
 * neither; a channel staff found themselves has no caller at all.
 */
export function intakeBody(values: IntakeValues): StaffIntakeBody {
  const staffFound = staffFoundChannels.includes(values.channel);
  const anonymous = staffFound || values.anonymous;
  const phone = anonymous ? undefined : trimmed(values.callerPhone);
  const kind = phone ? phoneKind(phone) : null;
  const name = anonymous ? undefined : trimmed(values.callerName);
  return {
    channel: values.channel,
    description: values.description.trim(),
    urgency: values.urgency,
    ...(trimmed(values.address) ? { address: trimmed(values.address) } : {}),
    ...(values.placeUnitId ? { placeUnitId: values.placeUnitId } : {}),
    ...(values.lat !== undefined && values.lng !== undefined ? { lat: values.lat, lng: values.lng } : {}),
    ...(values.categoryId ? { categoryId: values.categoryId } : {}),
    ...(name ? { reporterName: name } : {}),
    ...(phone && kind === 'mobile' ? { reporterMobile: compact(phone).replace(/-/g, '') } : {}),
    ...(phone && kind === 'landline' ? { extra: { phone } } : {}),
    ...(anonymous || (!name && !phone) ? { anonymous: true } : {}),
    ...(values.attachments.length > 0 ? { attachments: values.attachments } : {}),
  };
}
