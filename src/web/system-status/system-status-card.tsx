import { CheckCircleOutlined, CloseCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Spin, Tag, type DescriptionsProps } from 'antd';
import { useLocale } from '../i18n/use-locale.ts';
import type { DatabaseKind, ProbeProblem } from './probe.ts';
import { problemText } from './problem-text.ts';
import { useSystemStatus } from './use-system-status.ts';
import { formatSecond } from '../components/date-format.ts';

/** Product names, the same in every language. */
const DATABASE_NAMES: Record<DatabaseKind, string> = { pglite: 'PGlite', postgres: 'PostgreSQL' };

function StatusTag({ ok, children, testId }: { ok: boolean; children: string; testId?: string }) {
  return (
    <Tag
      data-testid={testId}
      color={ok ? 'success' : 'error'}
      icon={ok ? <CheckCircleOutlined aria-hidden="true" /> : <CloseCircleOutlined aria-hidden="true" />}
    >
      {children}
    </Tag>
  );
}

/** Service and database health, from `GET /healthz` and `GET /readyz`. */
export function SystemStatusCard() {
  const { t } = useLocale();
  const { status, refresh } = useSystemStatus();
  const loading = status.phase === 'loading';

  let body;
  if (status.phase === 'loading') {
    body = (
      <div className="status-loading">
        <Spin size="small" aria-hidden="true" />
        <span>{t('status.loading')}</span>
      </div>
    );
  } else {
    const { health, readiness, checkedAt } = status;
    const problems: ProbeProblem[] = [];
    if (!health.ok) problems.push(health.problem);
    if (!readiness.ok) problems.push(readiness.problem);
    const notReady = !readiness.ok && readiness.problem.kind === 'not-ready';

    const items: DescriptionsProps['items'] = [
      {
        key: 'service',
        label: t('status.service'),
        children: <StatusTag ok={health.ok}>{health.ok ? t('status.serviceUp') : t('status.serviceDown')}</StatusTag>,
      },
      {
        key: 'database',
        label: t('status.database'),
        children: (
          <StatusTag ok={readiness.ok} testId="db-status">
            {readiness.ok
              ? DATABASE_NAMES[readiness.database]
              : notReady
                ? t('status.dbNotReady')
                : t('status.dbUnavailable')}
          </StatusTag>
        ),
      },
      ...(health.ok && health.version
        ? [{ key: 'version', label: t('status.version'), children: health.version }]
        : []),
      {
        key: 'checked',
        label: t('status.checkedAt'),
        children: <time dateTime={checkedAt.toISOString()}>{formatSecond(checkedAt.toISOString())}</time>,
      },
    ];

    body = (
      <>
        <Descriptions size="small" column={1} items={items} />
        {problems.length > 0 && (
          <Alert
            className="status-alert"
            type={notReady && health.ok ? 'warning' : 'error'}
            showIcon
            title={notReady && health.ok ? t('status.notReadyTitle') : t('status.problemTitle')}
            description={
              <ul className="status-problems">
                {problems.map((problem) => (
                  <li key={problem.path}>
                    {problemText(t, problem)}
                    {problem.kind === 'not-ready' && problem.requestId && (
                      <div className="status-request-id">{t('status.requestId', { id: problem.requestId })}</div>
                    )}
                  </li>
                ))}
              </ul>
            }
          />
        )}
      </>
    );
  }

  return (
    <Card
      title={<h2 className="card-heading">{t('status.title')}</h2>}
      extra={
        <Button
          size="small"
          icon={<ReloadOutlined />}
          loading={loading}
          onClick={refresh}
          title={t('status.refreshLabel')}
        >
          {t('status.refresh')}
        </Button>
      }
    >
      <div aria-live="polite" aria-busy={loading}>
        {body}
      </div>
    </Card>
  );
}
