import { Empty, Spin } from 'antd';
import { Link } from 'react-router';
import { useApiGet } from '../../api/queries.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { caseLink } from '../../components/case-links.ts';
import { useT } from '../../i18n/use-t.ts';
import { ColourTag } from '../../programmes/status-tag.tsx';
import type { RelatedCaseList } from './office-topic-types.ts';
import { formatTime } from '../../components/date-format.ts';

/** 相关诉求: the newest cases about the topic's matter that the reader may open, each linking to its case page. */
export function RelatedCasesList({ topicId }: { topicId: number }) {
  const t = useT();
  const query = useApiGet<RelatedCaseList>(`/topics/${topicId}/related-cases`);
  const data = query.data;
  return (
    <section className="topic-office-related" aria-labelledby="topic-related-title" data-testid="topic-related-cases">
      <h3 id="topic-related-title" className="topic-office-subtitle">
        {t('topicOffice.related.title')}
      </h3>
      <ApiErrorAlert error={query.error} />
      {!data ? (
        query.isFetching && (
          <div role="status" className="topic-office-loading">
            <Spin size="small" aria-hidden="true" /> {t('app.loading')}
          </div>
        )
      ) : data.total === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('topicOffice.related.empty')} />
      ) : data.items.length === 0 ? (
        <p className="prog-muted">{t('topicOffice.related.noneVisible', { total: data.total })}</p>
      ) : (
        <>
          <p className="prog-muted">{t('topicOffice.related.hint', { total: data.total, shown: data.items.length })}</p>
          <ul className="prog-list-plain">
            {data.items.map((item) => (
              <li key={item.id} className="topic-office-case" data-testid="topic-related-case">
                <Link to={caseLink(item.id)}>{item.title}</Link>
                <span className="topic-office-case-meta">
                  <ColourTag color="default">{t(`cases.status.${item.status}`)}</ColourTag>
                  <span className="prog-muted">
                    {item.trackingCode} · {formatTime(item.createdAt)}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
