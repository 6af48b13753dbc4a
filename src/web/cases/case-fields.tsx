import { Descriptions, type DescriptionsProps } from 'antd';
import { Link } from 'react-router';
import { caseLink } from '../components/case-links.ts';
import type { Translate } from '../i18n/message-types.ts';
import { useT } from '../i18n/use-t.ts';
import { formatDeadline, formatTime } from '../components/date-format.ts';
import { caseLabels } from './case-labels.ts';
import type { CaseDetail } from './case-types.ts';
import { ReporterContact } from './reporter-contact.tsx';
import { useLocalName } from '../i18n/local-name.ts';

/** Every field of the case; the reporter as the server sends it (masked without the right to see it). */
export function CaseFields({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const name = useLocalName();
  const labels = caseLabels(t);
  const none = t('cases.field.notSet');
  const reporter =
    detail.reporter.anonymous && !detail.reporter.name
      ? t('cases.reporter.anonymous')
      : (detail.reporter.name ?? t('cases.reporter.none'));
  const masked = detail.reporter.masked ? (
    <span className="case-tag case-flag">{t('cases.reporter.masked')}</span>
  ) : null;
  const extra = Object.entries(detail.extra);
  const items: DescriptionsProps['items'] = [
    {
      key: 'description',
      label: t('cases.field.description'),
      span: 'filled',
      children: <div className="case-description">{detail.description}</div>,
    },
    {
      key: 'category',
      label: t('cases.field.category'),
      children:
        detail.categoryPath.length > 0
          ? detail.categoryPath
              .map((nameZh, level) => name({ nameZh, nameEn: detail.categoryPathEn[level] ?? null }))
              .join(' / ')
          : detail.category
            ? name(detail.category)
            : none,
    },
    {
      key: 'tier',
      label: t('cases.field.tier'),
      children: detail.tier ? labels.tierLong(detail.tier) : labels.tier(null),
    },
    { key: 'urgency', label: t('cases.field.urgency'), children: t(`cases.urgency.${detail.urgency}` as const) },
    { key: 'channel', label: t('cases.field.channel'), children: labels.channel(detail.channel) },
    { key: 'place', label: t('cases.field.place'), children: detail.place ? name(detail.place) : none },
    { key: 'address', label: t('cases.field.address'), children: detail.address ?? none },
    {
      key: 'reporter',
      label: t('cases.field.reporter'),
      children: (
        <span data-testid="case-reporter">
          {reporter} {masked} {detail.reporter.contactable ? <ReporterContact caseId={detail.id} /> : null}
        </span>
      ),
    },
    {
      key: 'mobile',
      label: t('cases.field.mobile'),
      children: <span data-testid="case-mobile">{detail.reporter.mobile ?? none}</span>,
    },
    { key: 'created', label: t('cases.field.createdAt'), children: formatTime(detail.createdAt) },
    { key: 'heat', label: t('cases.field.heat'), children: detail.heat },
    {
      key: 'counts',
      label: t('cases.field.counts'),
      children: t('cases.field.countsValue', {
        returns: detail.returnCount,
        sendBacks: detail.sendBackCount,
        extensions: detail.extensionCount,
        reopens: detail.reopenCount,
      }),
    },
  ];
  if (detail.satisfaction) {
    const solved =
      detail.solved === null ? '' : ` · ${detail.solved ? t('cases.field.solvedYes') : t('cases.field.solvedNo')}`;
    items.push({
      key: 'satisfaction',
      label: t('cases.field.satisfaction'),
      children: `${labels.satisfaction(detail.satisfaction)}${solved}`,
    });
  }
  if (detail.escalationLevel > 0)
    items.push({
      key: 'escalation',
      label: t('cases.field.escalation'),
      children: t('cases.field.escalationLevel', { level: detail.escalationLevel }),
    });
  if (detail.recurrenceOfId !== null)
    items.push({
      key: 'recurrence',
      label: t('cases.field.recurrenceOf'),
      children: (
        <span data-testid="case-recurrence">
          <Link to={caseLink(detail.recurrenceOfId)}>#{detail.recurrenceOfId}</Link>
          {detail.recurrenceReason && (
            <span className="case-muted" data-testid="case-recurrence-reason">
              {' · '}
              {recurrenceReasonText(t, detail.recurrenceReason)}
            </span>
          )}
        </span>
      ),
    });
  if (detail.mergedIntoId !== null)
    items.push({
      key: 'merged',
      label: t('cases.field.mergedInto'),
      children: <Link to={caseLink(detail.mergedIntoId)}>#{detail.mergedIntoId}</Link>,
    });
  if (extra.length > 0)
    items.push({
      key: 'extra',
      label: t('cases.field.extra'),
      span: 'filled',
      children: extra.map(([key, value]) => `${key}: ${String(value)}`).join(t('cases.separator')),
    });
  return (
    <Descriptions size="small" bordered column={{ xs: 1, sm: 1, md: 2 }} items={items} data-testid="case-fields" />
  );
}

/** 时限: the running deadlines and the milestones reached, with their colour. */
export function CaseDeadlines({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const rows: [string, string | null, (iso: string | null) => string][] = [
    [t('cases.field.responseDue'), detail.responseDueAt, formatDeadline],
    [t('cases.field.resolveDue'), detail.resolveDueAt, formatDeadline],
    [t('cases.field.acceptedAt'), detail.acceptedAt, formatTime],
    [t('cases.field.dispatchedAt'), detail.dispatchedAt, formatTime],
    [t('cases.field.acknowledgedAt'), detail.acknowledgedAt, formatTime],
    [t('cases.field.resolvedAt'), detail.resolvedAt, formatTime],
    [t('cases.field.closedAt'), detail.closedAt, formatTime],
  ];
  const shown = rows.filter(([, value]) => value !== null);
  if (shown.length === 0) return <p className="case-muted">{t('cases.detail.noDeadlines')}</p>;
  return (
    <>
      {detail.deadlinesEstimated ? (
        <p className="case-muted" data-testid="case-deadlines-estimated">
          {t('cases.detail.deadlinesEstimated')}
        </p>
      ) : null}
      <dl className="case-deadlines" data-testid="case-deadlines">
        {shown.map(([label, value, format]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{format(value)}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

/** Why intake flagged the case: 同类（路灯）or 相关分类：路灯损坏 · 相距 35 米 · 前案办结 12 天后再次反映（90 天内）. */
function recurrenceReasonText(t: Translate, reason: NonNullable<CaseDetail['recurrenceReason']>): string {
  const near =
    reason.match === 'distance'
      ? t('cases.recurrence.distance', { metres: reason.metres ?? 0 })
      : reason.match === 'address'
        ? t('cases.recurrence.address')
        : t('cases.recurrence.place');
  return [
    reason.relatedCategory
      ? t('cases.recurrence.related', { category: reason.relatedCategory })
      : t('cases.recurrence.category', { category: reason.category }),
    near,
    t('cases.recurrence.closed', { days: reason.daysSinceClosed, within: reason.withinDays }),
  ].join(' · ');
}
