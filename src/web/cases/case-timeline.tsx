import { Timeline } from 'antd';
import { Link } from 'react-router';
import { caseLink } from '../components/case-links.ts';
import type { Translate } from '../i18n/message-types.ts';
import { labelLanguage } from '../../shared/bilingual.ts';
import { actorLabelIn, publicTextIn } from '../../shared/case-texts.ts';
import { useLocale } from '../i18n/use-locale.ts';
import { formatDeadline, formatTime } from '../components/date-format.ts';
import { caseLabels } from './case-labels.ts';
import type { CaseEvent, CaseStatus, CaseTier, Satisfaction, Urgency } from './case-types.ts';

const red = new Set(['urge', 'escalate', 'warn', 'return', 'sendBack', 'decline', 'denyExtension']);
const green = new Set(['resolve', 'approve', 'close', 'followUp', 'acknowledge', 'approveExtension']);
const isStatus = (value: string | null): value is CaseStatus => value !== null && value !== '';

export interface TimelineNames {
  unit: (id: number) => string;
  category: (id: number) => string;
}

const str = (value: unknown) => (typeof value === 'string' ? value : null);
const num = (value: unknown) => (typeof value === 'number' ? value : null);

/** What an event's data adds in words: the classification, the units dispatched, the new deadline, the rating… */
function detailsOf(event: CaseEvent, names: TimelineNames, t: Translate): string[] {
  const labels = caseLabels(t);
  const d = event.data;
  const out: string[] = [];
  const units = (ids: unknown) =>
    Array.isArray(ids) ? ids.filter((id): id is number => typeof id === 'number').map(names.unit) : [];
  switch (event.action) {
    case 'classify': {
      const category = num(d['categoryId']);
      const tier = str(d['tier']) as CaseTier | null;
      const urgency = (str(d['urgency']) ?? 'normal') as Urgency;
      out.push(
        t('cases.timeline.classified', {
          category: category === null ? '—' : names.category(category),
          tier: labels.tier(tier),
          urgency: t(`cases.urgency.${urgency}` as const),
        }),
      );
      break;
    }
    case 'dispatch': {
      const lead = num(d['leadUnitId']);
      out.push(
        t('cases.timeline.dispatched', {
          lead: lead === null ? '—' : names.unit(lead),
          response: formatDeadline(str(d['responseDueAt'])),
          resolve: formatDeadline(str(d['resolveDueAt'])),
        }),
      );
      const support = units(d['supportingUnitIds']);
      if (support.length > 0) out.push(t('cases.timeline.support', { units: support.join(t('cases.join')) }));
      break;
    }
    case 'summon': {
      const summoned = Array.isArray(d['units']) ? (d['units'] as { unitId?: unknown }[]).map((u) => u.unitId) : [];
      if (summoned.length > 0) out.push(t('cases.timeline.summoned', { units: units(summoned).join(t('cases.join')) }));
      break;
    }
    case 'requestExtension':
    case 'approveExtension':
      if (str(d['until'])) out.push(t('cases.timeline.until', { until: formatDeadline(str(d['until'])) }));
      break;
    case 'reopen':
      if (str(d['resolveDueAt']))
        out.push(t('cases.timeline.newDeadline', { time: formatDeadline(str(d['resolveDueAt'])) }));
      break;
    case 'followUp': {
      const satisfaction = str(d['satisfaction']) as Satisfaction | null;
      if (satisfaction)
        out.push(
          t('cases.timeline.rating', {
            satisfaction: labels.satisfaction(satisfaction),
            solved: d['solved'] === true ? t('cases.field.solvedYes') : t('cases.field.solvedNo'),
          }),
        );
      if (str(d['resolveDueAt']))
        out.push(t('cases.timeline.newDeadline', { time: formatDeadline(str(d['resolveDueAt'])) }));
      break;
    }
    case 'escalate':
      if (num(d['level']) !== null) out.push(t('cases.timeline.level', { level: num(d['level']) ?? 0 }));
      break;
    case 'reporter_comment':
      if (str(d['displayName'])) out.push(t('cases.timeline.commenter', { name: str(d['displayName']) ?? '' }));
      break;
    case 'resolve':
      if (num(d['evidenceCount'])) out.push(t('cases.timeline.evidence', { count: num(d['evidenceCount']) ?? 0 }));
      break;
    default:
      break;
  }
  if (d['late'] === true) out.push(t('cases.timeline.late'));
  return out;
}

/** 办理记录: every event, oldest first, with who, when, the change of status, what was said and what it set. */
export function CaseTimeline({ events, names }: { events: readonly CaseEvent[]; names: TimelineNames }) {
  const { t, locale } = useLocale();
  const language = labelLanguage(locale);
  const labels = caseLabels(t);
  return (
    <Timeline
      className="case-timeline"
      data-testid="case-timeline"
      items={events.map((event) => {
        const moved = isStatus(event.fromStatus) && isStatus(event.toStatus) && event.fromStatus !== event.toStatus;
        const publicText = event.publicText && event.publicText !== event.note ? event.publicText : null;
        const details = detailsOf(event, names, t);
        const target = event.action === 'merge' ? num(event.data['targetId']) : null;
        return {
          key: event.id,
          color: red.has(event.action) ? 'red' : green.has(event.action) ? 'green' : 'blue',
          content: (
            <div className="case-event" data-testid="case-event" data-action={event.action}>
              <div className="case-event-head">
                <strong>{labels.event(event.action)}</strong>
                <span className="case-event-actor">
                  {event.actorLabel === null ? t('cases.timeline.system') : actorLabelIn(event.actorLabel, language)}
                </span>
                <time dateTime={event.at} className="case-muted">
                  {formatTime(event.at)}
                </time>
                {moved && (
                  <span className="case-muted">
                    {t('cases.timeline.transition', {
                      from: labels.status(event.fromStatus as CaseStatus),
                      to: labels.status(event.toStatus as CaseStatus),
                    })}
                  </span>
                )}
                {event.action === 'note' && event.data['public'] === true && (
                  <span className="case-tag case-flag">{t('cases.timeline.public')}</span>
                )}
              </div>
              {details.length > 0 && (
                <p className="case-event-text case-event-details">{details.join(t('cases.separator'))}</p>
              )}
              {target !== null && (
                <p className="case-event-text">
                  <Link to={caseLink(target)}>{t('cases.timeline.mergedInto', { id: target })}</Link>
                </p>
              )}
              {event.note && <p className="case-event-text">{event.note}</p>}
              {publicText && (
                <p className="case-event-text case-muted" data-testid="case-event-public-text">
                  {t('cases.timeline.publicText', { text: publicTextIn(publicText, language) })}
                </p>
              )}
            </div>
          ),
        };
      })}
    />
  );
}
