import { Card } from 'antd';
import { Link } from 'react-router';
import { queuesFor } from '../../shared/case-queues.ts';
import { useApiGet } from '../api/queries.ts';
import { useAuth } from '../auth/use-auth.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { caseListLink } from '../components/case-links.ts';
import { useT } from '../i18n/use-t.ts';
import { caseLabels } from './case-labels.ts';
import type { QueueCounts } from './case-types.ts';
import './my-work.css';

/** 我的工作 on the home page: the person's queues with their counts, each opening the case list. */
export function MyWorkCard() {
  const t = useT();
  const { me } = useAuth();
  // The work in hand: every queue but the archive (which the case list still offers).
  const queues = queuesFor(me?.permissions ?? []).filter((queue) => queue !== 'closed');
  const counts = useApiGet<QueueCounts>(queues.length > 0 ? '/cases/queues' : null);
  if (queues.length === 0) return null;
  const labels = caseLabels(t);
  return (
    <Card
      title={<h2 className="card-heading">{t('myWork.title')}</h2>}
      extra={<Link to="/cases">{t('myWork.all')}</Link>}
      data-testid="my-work"
    >
      <p className="my-work-hint">{t('myWork.hint')}</p>
      {counts.error !== null && <ApiErrorAlert error={counts.error} />}
      <ul className="my-work-grid">
        {queues.map((queue) => {
          const count = counts.data?.items.find((c) => c.queue === queue);
          const value =
            count === undefined
              ? '…'
              : count.exact
                ? String(count.count)
                : t('cases.countCapped', { count: count.count });
          return (
            <li key={queue}>
              <Link
                to={caseListLink({ queue })}
                className={`my-work-queue my-work-${queue}${count && count.count > 0 ? ' my-work-busy' : ''}`}
                data-testid={`my-work-${queue}`}
              >
                <span className="my-work-label">{labels.queue(queue)}</span>
                <span className="my-work-count">{value}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
