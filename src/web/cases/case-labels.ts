import dayjs from 'dayjs';
import { caseActions } from '../../shared/cases.ts';
import type { Translate } from '../i18n/message-types.ts';
import type {
  CaseAction,
  CaseChannel,
  CaseStatus,
  CaseTier,
  DeadlineColour,
  Satisfaction,
  WorkbenchQueue,
} from './case-types.ts';

/** Words for the case vocabulary in the interface language. */
export function caseLabels(t: Translate) {
  return {
    status: (status: CaseStatus) => t(`cases.status.${status}` as const),
    channel: (channel: CaseChannel) => t(`cases.channel.${channel}` as const),
    tier: (tier: CaseTier | null) => (tier ? t(`cases.tier.${tier}` as const) : t('cases.tier.none')),
    tierLong: (tier: CaseTier) => t(`cases.tierLong.${tier}` as const),
    queue: (queue: WorkbenchQueue | undefined) => (queue ? t(`cases.queue.${queue}` as const) : t('cases.queue.all')),
    action: (action: CaseAction) => t(`cases.action.${action}` as const),
    colour: (colour: DeadlineColour) => t(`cases.colour.${colour}` as const),
    satisfaction: (satisfaction: Satisfaction) => t(`cases.satisfaction.${satisfaction}` as const),
    /** A timeline event's name: an action, the submission, a merge into this case, a deadline warning or recount. */
    event: (action: string) => {
      if ((caseActions as readonly string[]).includes(action))
        return t(`cases.action.${action as CaseAction}` as const);
      if (action === 'submit' || action === 'merged_in' || action === 'warn' || action === 'deadline_recomputed')
        return t(`cases.event.${action}` as const);
      return t('cases.event.other', { action });
    },
  };
}

/** 2026-03-05 14:30 in the browser's time zone (China time for the district's people). */
export function formatTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—';
}

/** 2026-03-05: the day in the browser's time zone (an ISO instant's first ten characters are the UTC day). */
export function formatDay(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD') : '—';
}

/** 03-05 14:30, for dense tables. */
export function formatShortTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('MM-DD HH:mm') : '—';
}

/** The deadline that runs now: acknowledging while dispatched, resolving after. */
export function runningDeadline(c: {
  status: CaseStatus;
  responseDueAt: string | null;
  resolveDueAt: string | null;
}): { kind: 'response' | 'resolve'; at: string } | null {
  if (c.status === 'dispatched' && c.responseDueAt) return { kind: 'response', at: c.responseDueAt };
  if (['handling', 'resolved', 'follow_up', 'dispatched'].includes(c.status) && c.resolveDueAt)
    return { kind: 'resolve', at: c.resolveDueAt };
  return null;
}
