import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Switch } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { REFERENCE_STALE_MS } from '../../api/queries.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { errorMessage } from '../../components/api-error-alert.tsx';
import type { MapPick } from '../../components/district-map.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { citizenApi, type IntakeInput, type IntakeResult, newIdempotencyKey, rememberCode } from '../citizen-api.ts';
import { CategoryPicker } from './category-picker.tsx';
import { ExtraFields } from './extra-fields.tsx';
import { MapPicker } from './map-picker.tsx';
import { type Photo, PhotoField, MAX_PHOTOS } from './photo-field.tsx';
import { SubmitDone } from './submit-done.tsx';

interface Values {
  categoryId?: number;
  description: string;
  address?: string;
  anonymous: boolean;
  reporterName?: string;
  reporterMobile?: string;
  extra?: Record<string, string | undefined>;
}

const MOBILE = /^1[3-9]\d{9}$/;

type FieldName = ['extra', string] | [Exclude<keyof Values, 'extra'>];

/** Server field paths (/reporterMobile, /extra/employerName) as form field names. */
function fieldOf(path: string): FieldName | null {
  const [first = '', second] = path.replace(/^\//, '').split('/');
  if (first === 'extra' && second) return ['extra', second];
  if (first === 'placeUnitId') return ['address'];
  return ['description', 'address', 'reporterMobile', 'reporterName', 'categoryId'].includes(first)
    ? [first as Exclude<keyof Values, 'extra'>]
    : null;
}

/** The field problems a refusal names (VALIDATION_FAILED, CASE_EXTRA_FIELDS: `[{path, message}]`). */
function fieldIssues(error: unknown): { path: string; message: string }[] {
  if (!isApiError(error) || !Array.isArray(error.details)) return [];
  return error.details.flatMap((item: unknown) => {
    const { path, message } = (item ?? {}) as Record<string, unknown>;
    return typeof path === 'string' && typeof message === 'string' ? [{ path, message }] : [];
  });
}

/** 我要反映: the citizen's form. Photos upload as they are chosen; one Idempotency-Key per attempt. */
export function SubmitPage() {
  const { t } = useLocale();
  const [form] = Form.useForm<Values>();
  const categoryQuery = useQuery({
    queryKey: [...queryKeys.categories, 'public'],
    queryFn: ({ signal }) => citizenApi.categories(signal).then((answer) => answer.items),
    staleTime: REFERENCE_STALE_MS,
  });
  const categories = categoryQuery.data;
  const categoryError = categoryQuery.isError;
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [photoProblems, setPhotoProblems] = useState<string[]>([]);
  const [pick, setPick] = useState<MapPick | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<{ result: IntakeResult; mobile: string | undefined } | null>(null);
  // Kept while the form is unchanged, so a double tap or a retry after a network error makes one case.
  const attemptKey = useRef<string | null>(null);

  const categoryId = Form.useWatch('categoryId', form);
  const anonymous = Form.useWatch('anonymous', form) ?? false;
  const extraFields = useMemo(
    () => categories?.find((c) => c.id === categoryId)?.effective.extraFields ?? [],
    [categories, categoryId],
  );
  const uploading = photos.some((p) => p.status === 'uploading');

  useEffect(() => {
    attemptKey.current = null;
    if (pick) void form.validateFields(['address']).catch(() => undefined);
  }, [pick, photos, form]);

  const submit = async (values: Values) => {
    if (uploading) return;
    attemptKey.current ??= newIdempotencyKey();
    const extra = Object.fromEntries(
      extraFields.flatMap((field) => {
        const value = values.extra?.[field.key]?.trim();
        if (!value) return [];
        return [[field.key, field.type === 'number' ? Number(value) : value]];
      }),
    ) as Record<string, string | number>;
    const placeUnitId = pick ? (pick.village?.unitId ?? pick.township?.unitId ?? undefined) : undefined;
    const input: IntakeInput = {
      description: values.description.trim(),
      anonymous: values.anonymous,
      ...(values.categoryId ? { categoryId: values.categoryId } : {}),
      ...(values.address?.trim() ? { address: values.address.trim() } : {}),
      ...(pick ? { lat: Math.round(pick.lat * 1e6) / 1e6, lng: Math.round(pick.lng * 1e6) / 1e6 } : {}),
      ...(placeUnitId ? { placeUnitId } : {}),
      ...(!values.anonymous && values.reporterName?.trim() ? { reporterName: values.reporterName.trim() } : {}),
      ...(!values.anonymous && values.reporterMobile ? { reporterMobile: values.reporterMobile } : {}),
      ...(Object.keys(extra).length > 0 ? { extra } : {}),
      ...(photos.length > 0 ? { attachments: photos.flatMap((p) => (p.token ? [p.token] : [])) } : {}),
    };
    setSubmitting(true);
    setFailure(null);
    try {
      const result = await citizenApi.submit(input, attemptKey.current);
      rememberCode(result.trackingCode);
      setDone({ result, mobile: input.reporterMobile });
      window.scrollTo(0, 0);
    } catch (error) {
      const fields = fieldIssues(error).flatMap((issue) => {
        const name = fieldOf(issue.path);
        return name ? [{ name, errors: [issue.message] }] : [];
      });
      if (fields.length > 0) form.setFields(fields);
      setFailure(error);
    } finally {
      setSubmitting(false);
    }
  };

  const restart = () => {
    form.resetFields();
    setPhotos([]);
    setPhotoProblems([]);
    setPick(null);
    setFailure(null);
    setDone(null);
    attemptKey.current = null;
  };

  if (done) return <SubmitDone result={done.result} mobile={done.mobile} onAnother={restart} />;

  return (
    <>
      <h1 className="citizen-heading">{t('citizen.submit.title')}</h1>
      <p className="citizen-intro">{t('citizen.submit.intro')}</p>
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark
        initialValues={{ anonymous: false }}
        onFinish={(values) => void submit(values)}
        onValuesChange={() => {
          attemptKey.current = null;
        }}
        scrollToFirstError={{ block: 'center' }}
        data-testid="citizen-form"
      >
        <section className="citizen-card">
          <Form.Item name="categoryId" label={t('citizen.category.label')}>
            <CategoryPicker
              categories={categories}
              loadError={categoryError}
              value={categoryId}
              onChange={(id) => form.setFieldValue('categoryId', id)}
            />
          </Form.Item>
          <Form.Item
            name="description"
            label={t('citizen.description.label')}
            rules={[
              { required: true, whitespace: true, message: t('citizen.description.required') },
              { min: 2, message: t('citizen.description.tooShort') },
            ]}
          >
            <Input.TextArea
              rows={4}
              maxLength={4000}
              showCount
              placeholder={t('citizen.description.placeholder')}
              data-testid="citizen-description"
            />
          </Form.Item>
          <Form.Item label={t('citizen.photos.label', { max: MAX_PHOTOS })}>
            <PhotoField photos={photos} setPhotos={setPhotos} problems={photoProblems} setProblems={setPhotoProblems} />
          </Form.Item>
        </section>

        <section className="citizen-card">
          <Form.Item
            name="address"
            label={t('citizen.place.label')}
            required
            rules={[
              {
                validator: (_rule, value?: string) =>
                  value?.trim() || pick ? Promise.resolve() : Promise.reject(new Error(t('citizen.place.required'))),
              },
            ]}
          >
            <Input
              maxLength={200}
              placeholder={t('citizen.place.addressPlaceholder')}
              autoComplete="street-address"
              data-testid="citizen-address"
            />
          </Form.Item>
          <Form.Item>
            <MapPicker pick={pick} onPick={setPick} />
          </Form.Item>
        </section>

        <ExtraFields fields={extraFields} />

        <section className="citizen-card" aria-labelledby="citizen-contact-title">
          <h2 id="citizen-contact-title" className="citizen-card-title">
            {t('citizen.contact.label')}
          </h2>
          <Form.Item
            name="anonymous"
            valuePropName="checked"
            label={t('citizen.contact.anonymous')}
            extra={anonymous ? t('citizen.contact.anonymousOn') : t('citizen.contact.anonymousOff')}
          >
            <Switch data-testid="citizen-anonymous" />
          </Form.Item>
          {!anonymous && (
            <>
              <Form.Item name="reporterName" label={t('citizen.contact.name')}>
                <Input maxLength={40} autoComplete="name" data-testid="citizen-name" />
              </Form.Item>
              <Form.Item
                name="reporterMobile"
                label={t('citizen.contact.mobile')}
                rules={[
                  { required: true, message: t('citizen.contact.mobileRequired') },
                  { pattern: MOBILE, message: t('citizen.contact.mobileInvalid') },
                ]}
              >
                <Input
                  type="tel"
                  inputMode="numeric"
                  maxLength={11}
                  autoComplete="tel-national"
                  data-testid="citizen-mobile"
                />
              </Form.Item>
            </>
          )}
        </section>

        {failure ? (
          <Alert
            className="citizen-card"
            type="error"
            showIcon
            role="alert"
            title={t('citizen.submit.failed')}
            description={errorMessage(failure)}
          />
        ) : null}
        {uploading && (
          <p className="citizen-hint" role="status">
            {t('citizen.photos.wait')}
          </p>
        )}
        <Button
          type="primary"
          htmlType="submit"
          block
          className="citizen-submit"
          loading={submitting}
          disabled={uploading}
          data-testid="citizen-submit"
        >
          {submitting ? t('citizen.submit.submitting') : t('citizen.submit.button')}
        </Button>
      </Form>
    </>
  );
}
