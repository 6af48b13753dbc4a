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
      const named = ['submit', 'merged_in', 'warn', 'reporter_comment', 'deadline_recomputed'] as const;
      if ((named as readonly string[]).includes(action))
        return t(`cases.event.${action as (typeof named)[number]}` as const);
      return t('cases.event.other', { action });
    },
  };
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
