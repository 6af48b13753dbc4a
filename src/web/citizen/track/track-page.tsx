import { ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Spin, Tag, Timeline } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { isAbort, isApiError } from '../../api/client.ts';
import { errorMessage } from '../../components/api-error-alert.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { citizenApi, type PublicCaseView, type PublicStatus, recentCodes } from '../citizen-api.ts';
import { RatingForm } from './rating-form.tsx';
import { formatTime } from '../../components/date-format.ts';

interface Values {
  code: string;
  mobile?: string;
}

interface Asked {
  code: string;
  mobile: string | undefined;
}

const CODE = /^[A-Za-z]{2}\d{6}-[0-9A-Za-z]{6}$/;
/** Solid tags with white text, each at least 4.5:1 (antd's light preset tags are paler). */
const statusColours: Record<PublicStatus, string> = {
  submitted: '#5a6878',
  accepted: '#1f5fbf',
  dispatched: '#1f5fbf',
  handling: '#0b6e99',
  awaiting_rating: '#8a5a00',
  closed: '#2e7d32',
  declined: '#b42318',
  merged: '#5a6878',
};

function CaseView({
  view,
  mobile,
  onChange,
  onRefresh,
  refreshing,
}: {
  view: PublicCaseView;
  mobile: string | undefined;
  onChange: (view: PublicCaseView) => void;
  onRefresh: () => void;
  refreshing: boolean;
}) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const satisfaction = view.rating ? t(`citizen.rating.${view.rating.satisfaction}`) : null;
  return (
    <>
      <section className="citizen-card" aria-labelledby="citizen-case-title" data-testid="citizen-case">
        <h2
          id="citizen-case-title"
          className="citizen-card-title"
          style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}
        >
          <span>{view.trackingCode}</span>
          <Button size="small" icon={<ReloadOutlined aria-hidden="true" />} onClick={onRefresh} loading={refreshing}>
            {t('citizen.track.refresh')}
          </Button>
        </h2>
        <dl className="citizen-facts">
          <dt>{t('citizen.track.status')}</dt>
          <dd>
            <Tag color={statusColours[view.status]} data-testid="citizen-case-status">
              {view.statusLabel}
            </Tag>
          </dd>
          <dt>{t('citizen.track.category')}</dt>
          <dd>{view.category ? view.category.path.join(' / ') : t('citizen.track.uncategorised')}</dd>
          {view.place && (
            <>
              <dt>{t('citizen.track.place')}</dt>
              <dd>{view.place}</dd>
            </>
          )}
          <dt>{t('citizen.track.submittedAt')}</dt>
          <dd>{formatTime(view.submittedAt)}</dd>
          {view.rating && (
            <>
              <dt>{t('citizen.track.yourRating')}</dt>
              <dd>
                {t('citizen.track.ratingValue', {
                  satisfaction: satisfaction ?? '',
                  solved: view.rating.solved ? t('citizen.rating.solvedText') : t('citizen.rating.notSolvedText'),
                })}
              </dd>
            </>
          )}
        </dl>
        {view.result && (
          <>
            <h3 className="citizen-card-title">{t('citizen.track.result')}</h3>
            <p className="citizen-result" data-testid="citizen-case-result">
              {view.result}
            </p>
          </>
        )}
        <h3 className="citizen-card-title">{t('citizen.track.timeline')}</h3>
        <Timeline
          data-testid="citizen-timeline"
          items={[...view.timeline].reverse().map((entry, index) => ({
            key: `${entry.at}-${index}`,
            color: index === 0 ? 'blue' : 'gray',
            content: (
              <div>
                <strong>{entry.label}</strong>
                <time className="citizen-timeline-time" dateTime={entry.at}>
                  {formatTime(entry.at)}
                </time>
                {entry.text && <div className="citizen-timeline-text">{entry.text}</div>}
              </div>
            ),
          }))}
        />
      </section>
      {view.ratingAsked && (
        <RatingForm
          code={view.trackingCode}
          mobile={mobile}
          onRated={(next) => {
            void message.success(t('citizen.rating.thanks'));
            onChange(next);
          }}
        />
      )}
    </>
  );
}

/** 进度查询: a case by its tracking code (and the mobile for named cases), its public timeline and the rating. */
export function TrackPage() {
  const { t } = useLocale();
  const [form] = Form.useForm<Values>();
  const [params] = useSearchParams();
  const location = useLocation();
  const handed = (location.state ?? null) as { code?: string; mobile?: string } | null;
  const initialCode = handed?.code ?? params.get('code') ?? '';
  const initialMobile = handed?.mobile;
  // Arriving from the submission (or with ?code=…), the case is looked up at once.
  const [asked, setAsked] = useState<Asked | null>(() =>
    CODE.test(initialCode) ? { code: initialCode.toUpperCase(), mobile: initialMobile } : null,
  );
  const [answer, setAnswer] = useState<{ for: Asked | null; view?: PublicCaseView; error?: unknown }>({ for: null });
  const [recent] = useState(recentCodes);
  const resultRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!asked) return;
    const controller = new AbortController();
    citizenApi.track(asked.code, asked.mobile, controller.signal).then(
      (view) => setAnswer({ for: asked, view }),
      (error: unknown) => !isAbort(error) && setAnswer({ for: asked, error }),
    );
    return () => controller.abort();
  }, [asked]);

  useEffect(() => {
    if (answer.for) resultRef.current?.focus();
  }, [answer]);

  const loading = asked !== null && answer.for !== asked;
  const view = answer.error ? undefined : answer.view;
  const failure = answer.error;

  return (
    <>
      <h1 className="citizen-heading">{t('citizen.track.title')}</h1>
      <p className="citizen-intro">{t('citizen.track.intro')}</p>
      <section className="citizen-card">
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ code: initialCode, mobile: initialMobile }}
          onFinish={(values) =>
            setAsked({ code: values.code.trim().toUpperCase(), mobile: values.mobile || undefined })
          }
          data-testid="citizen-track-form"
        >
          <Form.Item
            name="code"
            label={t('citizen.track.code')}
            normalize={(value: string) => value.toUpperCase()}
            rules={[
              { required: true, whitespace: true, message: t('citizen.track.codeRequired') },
              { pattern: CODE, message: t('citizen.track.codeInvalid') },
            ]}
          >
            <Input
              placeholder={t('citizen.track.codePlaceholder')}
              autoCapitalize="characters"
              autoComplete="off"
              spellCheck={false}
              maxLength={20}
              data-testid="citizen-track-code"
            />
          </Form.Item>
          <Form.Item
            name="mobile"
            label={t('citizen.track.mobile')}
            rules={[{ pattern: /^1[3-9]\d{9}$/, message: t('citizen.contact.mobileInvalid') }]}
          >
            <Input
              type="tel"
              inputMode="numeric"
              maxLength={11}
              autoComplete="tel-national"
              data-testid="citizen-track-mobile"
            />
          </Form.Item>
          {recent.length > 0 && (
            <div>
              <span className="citizen-hint">{t('citizen.track.recent')}</span>
              <div className="citizen-recent">
                {recent.map((code) => (
                  <Button key={code} size="small" onClick={() => form.setFieldValue('code', code)}>
                    {code}
                  </Button>
                ))}
              </div>
            </div>
          )}
          <Button type="primary" htmlType="submit" block size="large" data-testid="citizen-track-submit">
            {t('citizen.track.submit')}
          </Button>
          <div style={{ height: 12 }} />
        </Form>
      </section>
      <div ref={resultRef} tabIndex={-1} aria-live="polite" style={{ outline: 'none' }}>
        {failure ? (
          <Alert
            className="citizen-card"
            type={isApiError(failure) && failure.status === 404 ? 'warning' : 'error'}
            showIcon
            role="alert"
            title={t('citizen.track.notFound')}
            description={errorMessage(failure)}
            data-testid="citizen-track-error"
          />
        ) : null}
        {loading && !view && (
          <div className="citizen-hint" role="status">
            <Spin size="small" aria-hidden="true" /> {t('app.loading')}
          </div>
        )}
        {view && asked && (
          <CaseView
            view={view}
            mobile={asked.mobile}
            onChange={(next) => setAnswer({ for: asked, view: next })}
            onRefresh={() => setAsked({ ...asked })}
            refreshing={loading}
          />
        )}
      </div>
    </>
  );
}
