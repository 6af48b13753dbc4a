import { CopyOutlined, ExperimentOutlined } from '@ant-design/icons';
import { Button, Progress, Space, Spin, Tag } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ApiItem, ApiResponse } from '../api/schema.ts';
import { useApiGet, useApiPostRead } from '../api/queries.ts';
import { errorMessage } from '../components/api-error-alert.tsx';
import { useT } from '../i18n/use-t.ts';
import { formatDay } from '../components/date-format.ts';

type CategorySuggestion = ApiResponse<'/text/category-suggestions', 'post'>['suggestions'][number];
export type DuplicateCandidate = ApiItem<'/cases/{id}/duplicates'>;

const percent = (value: number) => Math.round(value * 100);

/** 智能分类建议: the classifier's top three level-1 categories for the case's text (POST /text/category-suggestions). */
export function CategorySuggestions({ text }: { text: string }) {
  const t = useT();
  const { data, isError } = useApiPostRead<{ suggestions: CategorySuggestion[] }>('/text/category-suggestions', {
    text,
  });
  const items = data?.suggestions;
  const failed = isError && !data;
  return (
    <section className="case-suggestion" aria-label={t('textAids.categories')} data-testid="category-suggestions">
      <ExperimentOutlined aria-hidden="true" className="case-suggestion-icon" />
      <div className="case-suggestion-body">
        <strong>{t('textAids.categories')}</strong>
        <div className="case-muted">{t('textAids.categoriesHint')}</div>
        {!items && !failed && (
          <div>
            <Spin size="small" aria-hidden="true" /> {t('textAids.categoriesLoading')}
          </div>
        )}
        {failed && <div>{t('textAids.categoriesFailed')}</div>}
        {items?.map((s) => (
          <div key={s.category} className="text-aid-row">
            <span className="text-aid-name">{s.category}</span>
            <Progress
              percent={percent(s.confidence)}
              size="small"
              aria-label={t('textAids.confidence', { value: percent(s.confidence) })}
            />
          </div>
        ))}
      </div>
    </section>
  );
}

/**
 * 疑似重复: earlier cases about the same matter nearby (GET /cases/{id}/duplicates). With `merge`
 * (the person may merge this case), each candidate offers "merge into this".
 */
export function DuplicateCandidates({
  caseId,
  merge,
}: {
  caseId: number;
  /** The merge (a write the dialog runs): which candidate is being merged into, and its refusal. */
  merge?: { run: (target: DuplicateCandidate) => void; pendingId: number | null; error: unknown } | undefined;
}) {
  const t = useT();
  const {
    data,
    error,
    isFetching: loading,
  } = useApiGet<{ items: DuplicateCandidate[] }>(`/cases/${caseId}/duplicates`);
  const mergeError = merge?.error ? errorMessage(merge.error) : null;
  return (
    <section className="case-suggestion" aria-label={t('textAids.duplicates')} data-testid="duplicate-candidates">
      <CopyOutlined aria-hidden="true" className="case-suggestion-icon" />
      <div className="case-suggestion-body">
        <strong>{t('textAids.duplicates')}</strong>
        <div className="case-muted">{t('textAids.duplicatesHint')}</div>
        {loading && !data && <Spin size="small" />}
        {Boolean(error) && <div>{t('textAids.duplicatesFailed')}</div>}
        {data && data.items.length === 0 && <div>{t('textAids.duplicatesNone')}</div>}
        {mergeError && <div role="alert">{mergeError}</div>}
        {data?.items.map((c) => (
          <DuplicateRow key={c.id} candidate={c}>
            {merge && (
              <Button size="small" loading={merge.pendingId === c.id} onClick={() => merge.run(c)}>
                {t('textAids.merge')}
              </Button>
            )}
          </DuplicateRow>
        ))}
      </div>
    </section>
  );
}

/** One earlier case like this one: its code (a link), title, similarity, place and day; `children` add actions. */
export function DuplicateRow({
  candidate: c,
  target,
  children,
}: {
  candidate: DuplicateCandidate;
  /** Open the case in another tab (the intake form keeps what was typed). */
  target?: '_blank';
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <div className="text-aid-row" data-testid="duplicate-candidate">
      <Space wrap size={4}>
        <Link to={`/cases/${c.id}`} target={target} rel={target ? 'noreferrer' : undefined}>
          {c.trackingCode}
        </Link>
        <span>{c.title}</span>
        <Tag>{t('textAids.similarity', { value: percent(c.similarity) })}</Tag>
        {c.samePlace && <Tag color="blue">{t('textAids.samePlace')}</Tag>}
        {c.heat > 1 && <Tag>{t('textAids.heat', { count: c.heat })}</Tag>}
        <span className="case-muted">
          {c.placeName ?? ''} {formatDay(c.createdAt)}
        </span>
        {children}
      </Space>
    </div>
  );
}

type ReplyCheck = ApiResponse<'/cases/{id}/reply-check'>;

/** 答复质量: the reply check of a resolved case, for the reviewer (GET /cases/{id}/reply-check). */
export function ReplyCheckPanel({ caseId, locale }: { caseId: number; locale: string }) {
  const t = useT();
  const { data } = useApiGet<ReplyCheck>(`/cases/${caseId}/reply-check`);
  if (!data) return null;
  const colour = data.score >= 70 ? 'green' : data.score >= 45 ? 'gold' : 'red';
  return (
    <section className="case-suggestion" aria-label={t('textAids.replyCheck')} data-testid="reply-check">
      <div className="case-suggestion-body">
        <strong>{t('textAids.replyCheck')}</strong>{' '}
        <Tag color={colour}>{t('textAids.replyScore', { score: Math.round(data.score) })}</Tag>
        {data.weakPoints.length === 0 ? (
          <div>{t('textAids.replyGood')}</div>
        ) : (
          <ul className="text-aid-list">
            {data.weakPoints.map((w) => (
              <li key={w.code}>{locale.startsWith('en') ? w.en : w.zh}</li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

/** A search's passage with the matched words marked (from the list API's `match`). */
export function MatchedPassage({ match }: { match: { text: string; highlights: [number, number][] } }) {
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [start, end] of match.highlights) {
    if (start < at) continue;
    if (start > at) parts.push({ text: match.text.slice(at, start), marked: false });
    parts.push({ text: match.text.slice(start, end), marked: true });
    at = end;
  }
  if (at < match.text.length) parts.push({ text: match.text.slice(at), marked: false });
  return (
    <span className="case-match" data-testid="search-passage">
      {' '}
      {parts.map((p, i) => (p.marked ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </span>
  );
}
