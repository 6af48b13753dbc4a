import { maskFreeText } from '../privacy/personal-data.ts';
import type { Locale } from '../../platform/errors/error-codes.ts';
import type { CaseStatus, Satisfaction } from '../../shared/cases.ts';
import type { Directory } from './case-directory.ts';
import type { PublicEventKind, PublicStatus } from './case-public.schemas.ts';
import type { EventRow } from './cases.repository.ts';

/**
 * The public wording of a case (what the citizen following it reads): a status without the
 * internal steps, and a timeline built only from events meant for the citizen. Internal notes,
 * staff names, returns, summons, urges and supporting units never appear.
 */

const statusMap: Record<CaseStatus, PublicStatus> = {
  submitted: 'submitted',
  accepted: 'accepted',
  returned: 'accepted', // 退单 is between units: to the citizen the case is still being placed
  dispatched: 'dispatched',
  handling: 'handling',
  resolved: 'handling', // 待审核: the result is shown only once approved
  follow_up: 'awaiting_rating',
  closed: 'closed',
  declined: 'declined',
  merged: 'merged',
};

export const publicStatusOf = (status: string): PublicStatus => statusMap[status as CaseStatus] ?? 'handling';

const statusLabels: Record<Locale, Record<PublicStatus, string>> = {
  zh: {
    submitted: '待受理',
    accepted: '已受理',
    dispatched: '已派单',
    handling: '办理中',
    awaiting_rating: '已办结，待评价',
    closed: '已办结',
    declined: '不予受理',
    merged: '已合并办理',
  },
  en: {
    submitted: 'Waiting to be accepted',
    accepted: 'Accepted',
    dispatched: 'Dispatched',
    handling: 'Being handled',
    awaiting_rating: 'Resolved, waiting for your rating',
    closed: 'Closed',
    declined: 'Declined',
    merged: 'Merged with another case',
  },
};

export const publicStatusLabel = (status: PublicStatus, locale: Locale): string => statusLabels[locale][status];

export const listStatusLabel = (closed: boolean, locale: Locale): string =>
  locale === 'en' ? (closed ? 'Closed' : 'In progress') : closed ? '已办结' : '办理中';

const satisfactionLabels: Record<Locale, Record<Satisfaction, string>> = {
  zh: { satisfied: '满意', basically_satisfied: '基本满意', unsatisfied: '不满意' },
  en: { satisfied: 'satisfied', basically_satisfied: 'basically satisfied', unsatisfied: 'unsatisfied' },
};

interface EntryWords {
  unit?: string;
  satisfaction?: Satisfaction;
  solved?: boolean;
  reopened?: boolean;
}

function labelOf(kind: PublicEventKind, locale: Locale, words: EntryWords): string {
  const unit = words.unit ?? (locale === 'en' ? 'the responsible unit' : '承办单位');
  if (locale === 'en') {
    switch (kind) {
      case 'submitted':
        return 'Case submitted, waiting to be accepted';
      case 'accepted':
        return 'Case accepted';
      case 'declined':
        return 'Not accepted';
      case 'merged':
        return 'Merged with an earlier case about the same problem';
      case 'dispatched':
        return `Dispatched to ${unit}`;
      case 'redispatched':
        return `Passed on to ${unit}`;
      case 'handling':
        return 'The responsible unit has taken the case and is handling it';
      case 'progress':
        return 'Progress';
      case 'extended':
        return 'The time limit was extended under the rules';
      case 'resolved':
        return 'Resolved';
      case 'rated':
        return `Your rating: ${satisfactionLabels.en[words.satisfaction ?? 'satisfied']}, ${words.solved ? 'solved' : 'not solved'}${words.reopened ? '; handed back for further handling' : ''}`;
      case 'reopened':
        return 'Handed back for further handling';
      case 'closed':
        return 'Case closed';
    }
  }
  switch (kind) {
    case 'submitted':
      return '诉求已提交，等待受理';
    case 'accepted':
      return '诉求已受理';
    case 'declined':
      return '不予受理';
    case 'merged':
      return '已与反映同一问题的诉求合并办理';
    case 'dispatched':
      return `已派发至${unit}办理`;
    case 'redispatched':
      return `已改派至${unit}办理`;
    case 'handling':
      return '承办单位已签收，正在办理';
    case 'progress':
      return '办理进展';
    case 'extended':
      return '办理期限已依规延长';
    case 'resolved':
      return '已办结';
    case 'rated':
      return `您的评价：${satisfactionLabels.zh[words.satisfaction ?? 'satisfied']}，${words.solved ? '问题已解决' : '问题未解决'}${words.reopened ? '；已交办重新办理' : ''}`;
    case 'reopened':
      return '已交办重新办理';
    case 'closed':
      return '诉求已办结归档';
  }
}

export interface PublicEntry {
  at: string;
  kind: PublicEventKind;
  label: string;
  text: string | null;
}

const data = (e: EventRow) => (e.data ?? {}) as Record<string, unknown>;

/**
 * The citizen's timeline and the approved result. A resolution (办结) shows only once the
 * dispatcher approves it: one sent back (退回重办) never reaches the citizen.
 */
export function publicTimeline(
  events: readonly EventRow[],
  directory: Directory,
  locale: Locale,
): { entries: PublicEntry[]; result: string | null } {
  const entries: PublicEntry[] = [];
  const push = (
    e: EventRow,
    kind: PublicEventKind,
    text: string | null = null,
    words: EntryWords = {},
    at: Date = e.at,
  ) =>
    // Staff wrote these texts; whatever personal data they quote stays off a page a tracking code opens.
    entries.push({ at: at.toISOString(), kind, label: labelOf(kind, locale, words), text: maskFreeText(text) });
  let pendingResult: string | null = null;
  let result: string | null = null;
  for (const e of events) {
    switch (e.action) {
      case 'submit':
        push(e, 'submitted');
        break;
      case 'accept':
        push(e, 'accepted');
        break;
      case 'decline':
        push(e, 'declined', e.note);
        break;
      case 'merge':
        push(e, 'merged');
        break;
      case 'dispatch': {
        const unitId = Number(data(e)['leadUnitId']);
        const named = directory.units.get(unitId);
        const unit = named ? (locale === 'en' && named.nameEn ? named.nameEn : named.nameZh) : undefined;
        push(e, data(e)['redispatch'] === true ? 'redispatched' : 'dispatched', null, unit ? { unit } : {});
        break;
      }
      case 'acknowledge':
        push(e, 'handling');
        break;
      case 'note':
        if (e.public_text) push(e, 'progress', e.public_text);
        break;
      case 'approveExtension':
        push(e, 'extended');
        break;
      case 'resolve':
        pendingResult = e.note;
        break;
      case 'sendBack':
        pendingResult = null;
        break;
      case 'approve':
        result = maskFreeText(pendingResult);
        push(e, 'resolved', pendingResult);
        pendingResult = null;
        break;
      case 'followUp': {
        const d = data(e);
        push(e, 'rated', null, {
          satisfaction: d['satisfaction'] as Satisfaction,
          solved: d['solved'] === true,
          reopened: d['reopened'] === true,
        });
        if (d['reopened'] === true) result = null;
        if (e.to_status === 'closed') push(e, 'closed');
        break;
      }
      case 'reopen':
        push(e, 'reopened');
        result = null;
        break;
      case 'close':
        push(e, 'closed');
        break;
      default:
        break; // classify, return, overrule, summon, acknowledgeSummons, extension requests, urge, escalate, merged_in
    }
  }
  return { entries, result };
}
