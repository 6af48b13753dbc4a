import { ArrowLeftOutlined, ExportOutlined } from '@ant-design/icons';
import { Card, Pagination, Segmented, Tabs } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { citizenTopicsPath } from '../../../shared/app-paths.ts';
import { useApiGet } from '../../api/queries.ts';
import { CasesTheme } from '../../cases/cases-theme.tsx';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { LoadingBlock } from '../../components/loading-block.tsx';
import { useT } from '../../i18n/use-t.ts';
import type { ProgrammeDetail } from '../../programmes/programme-types.ts';
import { OfficeTopicDrawer } from './office-topic-drawer.tsx';
import { OfficeTopicTable } from './office-topic-table.tsx';
import {
  type OfficeTopic,
  type OfficeTopicList,
  type OfficeTopicTab,
  officeTopicTabs,
  type TopicSort,
  topicSorts,
} from './office-topic-types.ts';
import { type TopicDialog, TopicDialogs } from './topic-actions.tsx';
import { TopicWindowCard } from './topic-window-card.tsx';
import '../../programmes/programmes.css';
import './office-topics.css';
import { useLocalName } from '../../i18n/local-name.ts';

const PAGE = 50;
const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/** 群众点题 for the programme office: the call for topics, the moderation queue, the ranking, and selection into tasks. */
export function OfficeTopicsPage() {
  const t = useT();
  const name = useLocalName();
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const tab = pick(params.get('status'), officeTopicTabs, 'pending');
  const sort = pick(params.get('sort'), topicSorts, 'support');
  const page = Math.max(1, Number(params.get('page')) || 1);
  const openId = Number(params.get('topic')) || null;
  const [dialog, setDialog] = useState<TopicDialog | null>(null);

  const programme = useApiGet<ProgrammeDetail>(`/programmes/${id}`);
  const list = useApiGet<OfficeTopicList>('/topics', {
    programmeId: id,
    status: tab,
    sort,
    limit: PAGE,
    offset: (page - 1) * PAGE,
  });

  const setParam = (changes: Record<string, string | number | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, String(value));
    }
    setParams(next, { replace: true });
  };
  const onAction = (action: TopicDialog['action'], topic: OfficeTopic) => setDialog({ action, topic });
  // The action refetched the list and the open topic (it invalidates every topic read).
  const onDone = (next: OfficeTopic) => {
    const action = dialog?.action;
    setDialog(null);
    // A new task: show it (the drawer links to its page).
    if (action === 'select') setParam({ topic: next.id });
  };

  if (!programme.data)
    return (
      <div className="prog-page">{programme.error ? <ApiErrorAlert error={programme.error} /> : <LoadingBlock />}</div>
    );
  const p = programme.data;
  const counts = list.data?.counts;
  return (
    <CasesTheme>
      <div className="prog-page topic-office-page">
        <Link to={`/programmes/${p.id}`} className="prog-back">
          <ArrowLeftOutlined aria-hidden="true" /> {t('topicOffice.back')}
        </Link>
        <div className="prog-head">
          <div>
            <h1 className="prog-title" data-testid="topics-office-title">
              {t('topicOffice.title')} · {p.title}
            </h1>
            <span className="prog-muted">
              {name(p.ownerUnit)} · {p.startsOn} – {p.endsOn}
            </span>
          </div>
          {p.visibility === 'public' && (
            <a href={citizenTopicsPath()} target="_blank" rel="noreferrer">
              {t('topicOffice.publicView')} <ExportOutlined aria-hidden="true" />
            </a>
          )}
        </div>

        <TopicWindowCard programme={p} onReload={() => void programme.refetch()} />

        <Card size="small" title={t('topicOffice.list.title')} className="prog-section">
          <div className="topic-office-bar">
            <Tabs
              activeKey={tab}
              onChange={(key) => setParam({ status: key, page: null })}
              items={officeTopicTabs.map((key: OfficeTopicTab) => ({
                key,
                label: (
                  <span data-testid={`topic-tab-${key}`}>
                    {counts
                      ? t('topicOffice.tabCount', { label: t(`topicOffice.tab.${key}`), count: counts[key] })
                      : t(`topicOffice.tab.${key}`)}
                  </span>
                ),
              }))}
            />
            <div className="topic-office-sort">
              <span id="topic-sort-label">{t('topicOffice.sort.label')}</span>
              <Segmented<TopicSort>
                aria-labelledby="topic-sort-label"
                value={sort}
                onChange={(value) => setParam({ sort: value, page: null })}
                options={topicSorts.map((value) => ({ value, label: t(`topicOffice.sort.${value}`) }))}
                data-testid="topic-sort"
              />
            </div>
          </div>
          <ApiErrorAlert error={list.error} />
          <OfficeTopicTable
            tab={tab}
            topics={list.data?.items ?? []}
            loading={list.isFetching}
            onOpen={(topic) => setParam({ topic: topic.id })}
            onAction={onAction}
          />
          {counts && counts[tab] > PAGE && (
            <Pagination
              className="topic-office-pages"
              size="small"
              current={page}
              pageSize={PAGE}
              total={counts[tab]}
              showSizeChanger={false}
              onChange={(next) => setParam({ page: next })}
            />
          )}
        </Card>

        <OfficeTopicDrawer topicId={openId} onClose={() => setParam({ topic: null })} onAction={onAction} />
        <TopicDialogs dialog={dialog} programme={p} onClose={() => setDialog(null)} onDone={onDone} />
      </div>
    </CasesTheme>
  );
}
