import { Button, Tooltip } from 'antd';
import { api } from '../api/client.ts';
import { useApiMutation } from '../api/queries.ts';
import type { ReporterContact as Contact } from '../api/types.ts';
import { useT } from '../i18n/use-t.ts';

/**
 * 查看联系方式: for the unit that must phone the citizen back, the reporter's contact is masked
 * until asked for; each ask is one audited read on the server, so it is not kept in the cache.
 */
export function ReporterContact({ caseId }: { caseId: number }) {
  const t = useT();
  const reveal = useApiMutation(() => api.get<Contact>(`/cases/${caseId}/reporter`), []);
  if (reveal.data)
    return (
      <span className="case-contact" data-testid="case-contact">
        {t('cases.reporter.revealed')}：{reveal.data.name ?? '—'} {reveal.data.mobile ?? ''}
      </span>
    );
  return (
    <Tooltip title={t('cases.reporter.revealHint')}>
      <Button
        size="small"
        loading={reveal.isPending}
        onClick={() => reveal.mutate(undefined)}
        data-testid="case-reveal"
      >
        {t('cases.reporter.reveal')}
      </Button>
    </Tooltip>
  );
}
