import { Select, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { api, isAbort } from '../api/client.ts';
import { useT } from '../i18n/use-t.ts';
import { caseLabels } from './case-labels.ts';
import type { CaseList, CaseSummary } from './case-types.ts';

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
  const [found, setFound] = useState<CaseSummary[]>([]);
  const [loading, setLoading] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    const q = text.trim();
    if (!q) return;
    const controller = new AbortController();
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setLoading(true);
      api.get<CaseList>('/cases', { q, limit: 10 }, controller.signal).then(
        (list) => {
          setFound(list.items.filter((c) => c.id !== exceptId && open.has(c.status)));
          setLoading(false);
        },
        (error: unknown) => {
          if (!isAbort(error)) setLoading(false);
        },
      );
    }, 250);
    return () => {
      clearTimeout(timer.current);
      controller.abort();
    };
  }, [text, exceptId]);

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
