import { Card, Empty, Progress, Space, Tag } from 'antd';
import { Link } from 'react-router';
import { taskDisplayStatuses } from '../../shared/programmes.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { LoadingBlock } from '../components/loading-block.tsx';
import { useApiGet } from '../api/queries.ts';
import { useT } from '../i18n/use-t.ts';
import type { Paged, ProgrammeSummary } from './programme-types.ts';
import { CreateProgrammeButton, EditProgrammeButton } from './programme-list-buttons.tsx';
import { ColourTag, statusColours } from './status-tag.tsx';
import './programmes.css';
import { useLocalName } from '../i18n/local-name.ts';

/** 清单任务: the programmes the person may see, each with its task counts by traffic light. */
export function ProgrammeListPage() {
  const t = useT();
  const name = useLocalName();
  const query = useApiGet<Paged<ProgrammeSummary>>('/programmes', { limit: 100 });
  return (
    <div className="prog-page">
      <div className="prog-head">
        <h1 className="prog-title">{t('prog.list.title')}</h1>
        <CreateProgrammeButton />
      </div>
      <ApiErrorAlert error={query.error} />
      {!query.data && query.isFetching && <LoadingBlock />}
      {query.data && query.data.items.length === 0 && <Empty description={t('prog.list.empty')} />}
      <div className="prog-cards" data-testid="programme-list">
        {query.data?.items.map((p) => (
          <Card key={p.id} size="small" className="prog-card" data-testid="programme-card">
            <div className="prog-form-line">
              <h2 className="prog-card-title">
                <Link to={`/programmes/${p.id}`}>{p.title}</Link>
              </h2>
              <EditProgrammeButton programme={p} onReload={() => void query.refetch()} />
            </div>
            <Space wrap size={4}>
              <Tag>{t(`prog.kind.${p.kind}`)}</Tag>
              <ColourTag color={p.status === 'active' ? 'blue' : 'default'}>{t(`prog.pstatus.${p.status}`)}</ColourTag>
              <span className="prog-muted">{t('prog.list.tasks', { count: p.taskCount })}</span>
            </Space>
            <p className="prog-muted">
              {t('prog.list.owner')}：{name(p.ownerUnit)} · {p.startsOn} – {p.endsOn}
            </p>
            <Progress percent={Math.round(p.progress)} size="small" aria-label={t('prog.list.progress')} />
            <Space wrap size={4}>
              {taskDisplayStatuses
                .filter((s) => (p.statusCounts[s] ?? 0) > 0)
                .map((s) => (
                  <ColourTag key={s} color={statusColours[s]}>
                    {t(`prog.status.${s}`)} {p.statusCounts[s]}
                  </ColourTag>
                ))}
            </Space>
          </Card>
        ))}
      </div>
    </div>
  );
}
