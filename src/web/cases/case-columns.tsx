import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { caseLink } from '../components/case-links.ts';
import { useT } from '../i18n/use-t.ts';
import { formatShortTime } from '../components/date-format.ts';
import { caseLabels } from './case-labels.ts';
import { DeadlineTag, StatusTag } from './case-tags.tsx';
import type { CaseSummary } from './case-types.ts';
import { MatchedPassage } from './text-aids.tsx';
import { useLocalName } from '../i18n/local-name.ts';

/** The dense columns of the case list (fewer on a phone): the code opens the case (which links back to `from`, the filtered list). */
export function useCaseColumns(from: string): TableColumnsType<CaseSummary> {
  const t = useT();
  const name = useLocalName();
  const labels = caseLabels(t);
  return [
    {
      key: 'code',
      title: t('cases.col.code'),
      width: 150,
      render: (_, c) => (
        <Link to={caseLink(c.id)} state={{ from }} className="mono" data-testid="case-link">
          {c.trackingCode}
        </Link>
      ),
    },
    {
      key: 'title',
      title: t('cases.col.title'),
      ellipsis: true,
      render: (_, c) => (
        <span className="case-title-cell">
          {c.urgency === 'urgent' && (
            <span className="case-tag case-flag case-flag-urgent">{t('cases.list.urgent')}</span>
          )}
          {c.escalationLevel > 0 && (
            <span className="case-tag case-flag case-flag-escalated">{t('cases.list.escalated')}</span>
          )}
          {c.recurrenceOfId !== null && (
            <span className="case-tag case-flag case-flag-recurrence">{t('cases.list.recurrence')}</span>
          )}
          <span>{c.title}</span>
          {c.category && <span className="case-muted"> · {name(c.category)}</span>}
          {c.match && <MatchedPassage match={c.match} />}
        </span>
      ),
    },
    { key: 'status', title: t('cases.col.status'), width: 112, render: (_, c) => <StatusTag status={c.status} /> },
    {
      key: 'tier',
      title: t('cases.col.tier'),
      width: 88,
      ellipsis: true,
      responsive: ['md'],
      render: (_, c) => (c.tier ? labels.tier(c.tier) : <span className="case-muted">{labels.tier(null)}</span>),
    },
    {
      key: 'channel',
      title: t('cases.col.channel'),
      width: 92,
      ellipsis: true,
      responsive: ['lg'],
      render: (_, c) => labels.channel(c.channel),
    },
    {
      key: 'place',
      title: t('cases.col.place'),
      width: 100,
      ellipsis: true,
      responsive: ['md'],
      render: (_, c) => (c.place ? name(c.place) : '—'),
    },
    {
      key: 'lead',
      title: t('cases.col.lead'),
      width: 120,
      ellipsis: true,
      responsive: ['md'],
      render: (_, c) => (c.leadUnit ? name(c.leadUnit) : '—'),
    },
    {
      key: 'deadline',
      title: t('cases.col.deadline'),
      width: 168,
      render: (_, c) => (
        <DeadlineTag
          colour={c.colour}
          status={c.status}
          responseDueAt={c.responseDueAt}
          resolveDueAt={c.resolveDueAt}
        />
      ),
    },
    {
      key: 'created',
      title: t('cases.col.created'),
      width: 96,
      responsive: ['lg'],
      render: (_, c) => <span className="nowrap">{formatShortTime(c.createdAt)}</span>,
    },
  ];
}
