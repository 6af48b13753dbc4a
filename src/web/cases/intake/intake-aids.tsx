import { CopyOutlined } from '@ant-design/icons';
import { Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useApiPostRead } from '../../api/queries.ts';
import { useT } from '../../i18n/use-t.ts';
import { CategorySuggestions, type DuplicateCandidate, DuplicateRow } from '../text-aids.tsx';

/** The value once it has stopped changing for `ms`: aids ask the server after a pause, not per key. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** Text long enough to be worth a suggestion or a duplicate check. */
const MIN_TEXT = 6;

/**
 * 登记查重: cases with similar words (near the place when it is known), asked once the operator
 * pauses typing; each opens in another tab so the form keeps what was typed.
 */
export function TextDuplicates({ text, placeUnitId }: { text: string; placeUnitId: number | undefined }) {
  const t = useT();
  const ready = text.length >= MIN_TEXT;
  const { data, isFetching, isError } = useApiPostRead<{ items: DuplicateCandidate[] }>(
    ready ? '/cases/duplicate-check' : null,
    { text, placeUnitId },
  );
  return (
    <section className="case-suggestion" aria-label={t('intake.duplicates')} data-testid="intake-duplicates">
      <CopyOutlined aria-hidden="true" className="case-suggestion-icon" />
      <div className="case-suggestion-body" aria-live="polite">
        <strong>{t('intake.duplicates')}</strong>
        <div className="case-muted">{t('intake.duplicatesHint')}</div>
        {!ready && <div>{t('intake.duplicatesWaiting')}</div>}
        {ready && isFetching && !data && <Spin size="small" />}
        {ready && isError && <div>{t('textAids.duplicatesFailed')}</div>}
        {ready && data?.items.length === 0 && <div>{t('intake.duplicatesNone')}</div>}
        {ready && data?.items.map((c) => <DuplicateRow key={c.id} candidate={c} target="_blank" />)}
      </div>
    </section>
  );
}

/** The classifier's level-1 suggestions for the text so far (the dispatch dialog's block). */
export function TextCategorySuggestions({ text }: { text: string }) {
  if (text.length < MIN_TEXT) return null;
  return <CategorySuggestions text={text} />;
}
