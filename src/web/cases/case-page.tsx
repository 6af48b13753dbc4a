import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Result, Row } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { isApiError } from '../api/client.ts';
import { useApiGet } from '../api/queries.ts';
import { useUnits } from '../admin/shared/use-units.ts';
import { LoadFailed, LoadingBlock } from '../components/loading-block.tsx';
import { useT } from '../i18n/use-t.ts';
import { ActionBar } from './action-bar.tsx';
import { ReplyCheckPanel } from './text-aids.tsx';
import { useLocale } from '../i18n/use-locale.ts';
import { ActionDialog } from './action-dialog.tsx';
import { CaseAttachments } from './case-attachments.tsx';
import { CaseDeadlines, CaseFields } from './case-fields.tsx';
import { formatDeadline, formatTime } from '../components/date-format.ts';
import { CaseParties } from './case-parties.tsx';
import { DeadlineTag, StatusTag } from './case-tags.tsx';
import { CaseTimeline, type TimelineNames } from './case-timeline.tsx';
import type { CaseAction, CaseDetail } from './case-types.ts';
import { DispatchDialog } from './dispatch-dialog.tsx';
import { useCategories } from './use-categories.ts';
import { CasesTheme } from './cases-theme.tsx';
import './cases.css';
import { useLocalName } from '../i18n/local-name.ts';

/** The map (ECharts) is its own chunk, loaded only for cases with coordinates. */
const CaseMapCard = lazy(() => import('./case-map-card.tsx'));

/** 诉求详情: every field, the timeline, attachments, the map pin, deadlines, and the person's actions. */
export function CasePage() {
  return (
    <CasesTheme>
      <CaseScreen />
    </CasesTheme>
  );
}

function CaseScreen() {
  const { id } = useParams();
  const caseId = id && /^[1-9]\d{0,15}$/.test(id) ? Number(id) : null;
  const query = useApiGet<CaseDetail>(caseId === null ? null : `/cases/${caseId}`);
  // The answer to the person's own action, shown until a reload brings the same or newer.
  const [answered, setAnswered] = useState<CaseDetail | null>(null);
  const fresh =
    answered &&
    answered.id === caseId &&
    (!query.data || query.data.id !== caseId || answered.version >= query.data.version)
      ? answered
      : null;
  const detail = fresh ?? (query.data?.id === caseId ? query.data : undefined);

  if (caseId === null || (isApiError(query.error) && query.error.status === 404)) return <CaseNotFound />;
  if (!detail)
    return query.error ? <LoadFailed error={query.error} onRetry={() => void query.refetch()} /> : <LoadingBlock />;
  return (
    <CaseView
      detail={detail}
      loading={query.isFetching}
      onAnswered={setAnswered}
      onReload={() => void query.refetch()}
    />
  );
}

function CaseNotFound() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Card data-testid="case-not-found" className="case-not-found">
      <Result
        status="404"
        title={<h2 className="page-result-title">{t('cases.detail.notFound')}</h2>}
        subTitle={t('cases.detail.notFoundBody')}
        extra={
          <Button type="primary" onClick={() => void navigate('/cases')}>
            {t('cases.detail.back')}
          </Button>
        }
      />
    </Card>
  );
}

function CaseView({
  detail,
  loading,
  onAnswered,
  onReload,
}: {
  detail: CaseDetail;
  loading: boolean;
  onAnswered: (next: CaseDetail) => void;
  onReload: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const name = useLocalName();
  const location = useLocation();
  const back = (location.state as { from?: string } | null)?.from ?? '/cases';
  const { units, loading: unitsLoading } = useUnits();
  const [action, setAction] = useState<CaseAction | null>(null);
  const done = (next: CaseDetail) => {
    setAction(null);
    onAnswered(next);
  };
  const hasPin = detail.lat !== null && detail.lng !== null;
  const { categories } = useCategories();
  const names = useMemo<TimelineNames>(() => {
    const unitById = new Map(units.map((u) => [u.id, name(u)]));
    for (const p of detail.parties) unitById.set(p.unitId, name({ nameZh: p.unitName, nameEn: p.unitNameEn }));
    const categoryById = new Map(categories.map((c) => [c.id, c]));
    const trail = (id: number): string => {
      const category = categoryById.get(id);
      if (!category) return `#${id}`;
      return category.parentId !== null && categoryById.has(category.parentId)
        ? `${trail(category.parentId)} / ${name(category)}`
        : name(category);
    };
    return { unit: (id) => unitById.get(id) ?? `#${id}`, category: trail };
  }, [units, categories, detail.parties, name]);

  return (
    <div
      className="case-page case-detail"
      data-testid="case-detail"
      data-case-id={detail.id}
      data-status={detail.status}
    >
      <Card size="small">
        <div className="case-head">
          <Link to={back} className="case-back">
            <ArrowLeftOutlined aria-hidden="true" /> {t('cases.detail.back')}
          </Link>
          <div className="case-head-main">
            <h2 className="case-head-title">
              <span className="mono case-code" data-testid="case-code">
                {detail.trackingCode}
              </span>
              <span>{detail.title}</span>
            </h2>
            <div className="case-head-tags">
              <StatusTag status={detail.status} />
              {detail.urgency === 'urgent' && (
                <span className="case-tag case-flag case-flag-urgent">{t('cases.urgency.urgent')}</span>
              )}
              <DeadlineTag
                colour={detail.colour}
                status={detail.status}
                responseDueAt={detail.responseDueAt}
                resolveDueAt={detail.resolveDueAt}
                long
              />
              <span className="case-muted">{formatTime(detail.createdAt)}</span>
            </div>
          </div>
          <Button
            icon={<ReloadOutlined aria-hidden="true" />}
            loading={loading}
            onClick={onReload}
            aria-label={t('cases.detail.reload')}
            title={t('cases.detail.reload')}
          />
        </div>
        {detail.pendingExtension && (
          <Alert
            type="info"
            showIcon
            className="case-form-alert"
            title={t('cases.pendingExtension', {
              until: formatDeadline(detail.pendingExtension.until),
              reason: detail.pendingExtension.reason,
            })}
          />
        )}
        <ActionBar actions={detail.allowedActions} onAction={setAction} />
        {detail.status === 'resolved' && <ReplyCheckPanel caseId={detail.id} locale={locale} />}
      </Card>

      <Row gutter={[12, 12]}>
        <Col xs={24} xl={16}>
          <div className="case-column">
            <Card size="small" title={<h2 className="card-heading">{t('cases.detail.fields')}</h2>}>
              <CaseFields detail={detail} />
            </Card>
            <Card size="small" title={<h2 className="card-heading">{t('cases.timeline.title')}</h2>}>
              <CaseTimeline events={detail.timeline} names={names} />
            </Card>
            <Card size="small" title={<h2 className="card-heading">{t('cases.attachments.title')}</h2>}>
              <CaseAttachments attachments={detail.attachments} />
            </Card>
          </div>
        </Col>
        <Col xs={24} xl={8}>
          <div className="case-column">
            <Card size="small" title={<h2 className="card-heading">{t('cases.detail.deadlines')}</h2>}>
              <CaseDeadlines detail={detail} />
            </Card>
            <Card size="small" title={<h2 className="card-heading">{t('cases.parties.title')}</h2>}>
              <CaseParties parties={detail.parties} />
            </Card>
            {hasPin ? (
              <Suspense fallback={<LoadingBlock />}>
                <CaseMapCard
                  lat={detail.lat ?? 0}
                  lng={detail.lng ?? 0}
                  place={detail.place ? name(detail.place) : (detail.address ?? detail.trackingCode)}
                />
              </Suspense>
            ) : (
              <Card size="small" title={<h2 className="card-heading">{t('cases.map.title')}</h2>}>
                <p className="case-muted case-map-none">{t('cases.map.none')}</p>
              </Card>
            )}
          </div>
        </Col>
      </Row>

      <ActionDialog action={action} detail={detail} onClose={() => setAction(null)} onDone={done} onReload={onReload} />
      <DispatchDialog
        open={action === 'dispatch'}
        detail={detail}
        units={units}
        unitsLoading={unitsLoading}
        onClose={() => setAction(null)}
        onDone={done}
        onReload={onReload}
      />
    </div>
  );
}
