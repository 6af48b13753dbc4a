import { Select, Spin } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useApiGet } from '../api/queries.ts';
import { useT } from '../i18n/use-t.ts';
import { caseLabels } from './case-labels.ts';
import type { CaseList } from './case-types.ts';

const open = new Set(['submitted', 'accepted', 'dispatched', 'returned', 'handling', 'resolved', 'follow_up']);

/** 合并到: finds open cases by tracking code or words (GET /cases?q=), leaving out the case itself. */
export function MergeTargetSelect({
  value,
  onChange,
  exceptId,
  id,
}: {
  value?: number;
  onChange?: (value: number | undefined) => void;
  exceptId: number;
  id?: string;
}) {
  const t = useT();
  const labels = caseLabels(t);
  const [text, setText] = useState('');
  // The last words typed, once typing has paused for a moment: the search runs on them (and its
  // answer stays, so the chosen case keeps its label when the search box empties).
  const [q, setQ] = useState('');
  useEffect(() => {
    const words = text.trim();
    if (!words) return;
    const timer = setTimeout(() => setQ(words), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const search = useApiGet<CaseList>(q ? '/cases' : null, { q, limit: 10 });
  const found = useMemo(
    () => (q ? (search.data?.items ?? []).filter((c) => c.id !== exceptId && open.has(c.status)) : []),
    [q, search.data, exceptId],
  );
  const loading = search.isFetching || (text.trim() !== '' && text.trim() !== q);

  return (
    <Select<number>
      id={id}
      data-testid="merge-target"
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value}
      onChange={(next) => onChange?.(next)}
      placeholder={t('cases.form.targetSearch')}
      notFoundContent={loading ? <Spin size="small" /> : null}
      options={found.map((c) => ({
        value: c.id,
        label: `${c.trackingCode} · ${c.title} · ${labels.status(c.status)}`,
      }))}
      allowClear
    />
  );
}
