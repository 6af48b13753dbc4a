import { Card, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useId } from 'react';
import { Link } from 'react-router';
import type { ApiResponse } from '../api/schema.ts';
import { useApiGet } from '../api/queries.ts';
import { caseListLink } from '../components/case-links.ts';
import { LoadFailed, LoadingBlock } from '../components/loading-block.tsx';
import type { Period } from '../components/period-picker.tsx';
import { useT } from '../i18n/use-t.ts';

type HotIssues = ApiResponse<'/hot-issues'>;
/** One hot issue as GET /api/v1/hot-issues answers it. */
export type HotIssue = HotIssues['clusters'][number];

/** The case list a hot issue opens: its words, at its place, in the period. */
export function hotIssueLink(issue: HotIssue, period: Period): string {
  return caseListLink({
    q: issue.keywords.slice(0, 2).join(' ') || undefined,
    placeUnitId: issue.placeUnitId ?? undefined,
    createdFrom: period.from,
    createdTo: period.to,
  });
}

const day = (iso: string) => dayjs(iso).format('MM-DD');

/** 热点问题: the hottest matters of the period (cases and public topics at one place); each opens its cases. */
export function HotIssuesCard({ period, limit = 10 }: { period: Period; limit?: number }) {
  const t = useT();
  const headingId = useId();
  const query = useApiGet<HotIssues>('/hot-issues', { from: period.from, to: period.to, limit });
  const body = query.data ? (
    <Table<HotIssue>
      size="small"
      rowKey={(issue) => `${issue.placeUnitId ?? '-'}:${issue.members[0]?.kind ?? ''}${issue.members[0]?.id ?? ''}`}
      pagination={false}
      dataSource={query.data.clusters}
      locale={{ emptyText: t('insight.none') }}
      aria-labelledby={headingId}
      columns={[
        {
          title: t('insight.title'),
          key: 'title',
          render: (_: unknown, issue) => (
            <span className="hot-issue-title">
              <Link to={hotIssueLink(issue, period)}>{issue.title}</Link>
              {issue.keywords.length > 0 && (
                <span className="board-muted"> {issue.keywords.slice(0, 3).join(' · ')}</span>
              )}
              {issue.members.some((m) => m.kind === 'topic') && (
                <Tag color="gold" style={{ marginInlineStart: 6 }}>
                  {t('insight.topicTag')}
                </Tag>
              )}
            </span>
          ),
        },
        {
          title: t('insight.place'),
          key: 'place',
          width: 110,
          render: (_: unknown, issue) => issue.place ?? t('insight.noPlace'),
        },
        { title: t('insight.reports'), dataIndex: 'reports', key: 'reports', width: 80, align: 'right' },
        { title: t('insight.supports'), dataIndex: 'supports', key: 'supports', width: 64, align: 'right' },
        {
          title: t('insight.heat'),
          key: 'heat',
          width: 70,
          align: 'right',
          render: (_: unknown, issue) => issue.heat.toFixed(1),
        },
        {
          title: t('insight.span'),
          key: 'span',
          width: 110,
          render: (_: unknown, issue) =>
            day(issue.from) === day(issue.to) ? day(issue.from) : `${day(issue.from)} – ${day(issue.to)}`,
        },
      ]}
    />
  ) : query.error ? (
    <LoadFailed error={query.error} onRetry={() => void query.refetch()} />
  ) : (
    <LoadingBlock />
  );
  return (
    <Card
      size="small"
      className="chart-card hot-issues-card"
      data-testid="dash-hot-issues"
      title={
        <h2 id={headingId} className="chart-card-title">
          {t('insight.hotIssues')}
        </h2>
      }
    >
      <p className="board-muted board-hint">{t('insight.hotHint')}</p>
      {body}
    </Card>
  );
}
