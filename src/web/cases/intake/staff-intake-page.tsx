import { Alert, Button, Checkbox, Form, Input, Radio, Result, Select, Space, Switch, type UploadFile } from 'antd';
import type { InputRef } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { useAuth } from '../../auth/use-auth.ts';
import { useUnits } from '../../admin/shared/use-units.ts';
import { MapPicker } from '../../citizen/submit/map-picker.tsx';
import type { MapPick } from '../../components/district-map.tsx';
import { errorMessage } from '../../components/api-error-alert.tsx';
import { useLocalName } from '../../i18n/local-name.ts';
import { useT } from '../../i18n/use-t.ts';
import { newIdempotencyKey } from '../../citizen/citizen-api.ts';
import { caseLabels } from '../case-labels.ts';
import type { CaseChannel, CaseTier, Urgency } from '../case-types.ts';
import { CasesTheme } from '../cases-theme.tsx';
import { EvidenceUpload, uploadedTokens, uploadsPending } from '../evidence-upload.tsx';
import { useCategories } from '../use-categories.ts';
import { CategoryLeafSelect } from './category-leaf-select.tsx';
import { TextCategorySuggestions, TextDuplicates, useDebounced } from './intake-aids.tsx';
import { IntakeDispatchFields } from './intake-dispatch-fields.tsx';
import { IntakePlaceField } from './intake-place-field.tsx';
import { type DispatchPlan, intakeBody, intakeChannels, phoneKind, staffFoundChannels } from './intake-body.ts';
import { type Registered, registerCase } from './intake-submit.ts';
import { useIntakeKeys } from './use-intake-keys.ts';
import '../cases.css';
import './intake.css';

interface FormValues {
  channel: CaseChannel;
  callerName?: string;
  callerPhone?: string;
  anonymous: boolean;
  description: string;
  address?: string;
  categoryId?: number;
  urgency: Urgency;
  attachments?: UploadFile[];
  dispatchNow: boolean;
  tier: CaseTier;
  leadUnitId?: number;
  supportingUnitIds?: number[];
}

const CHANNEL_KEY = 'luoshi.intake.channel';

function rememberedChannel(): CaseChannel {
  const saved = localStorage.getItem(CHANNEL_KEY) as CaseChannel | null;
  return saved && intakeChannels.includes(saved) ? saved : 'hotline';
}

/** 登记诉求: the intake screen of operators, dispatchers and grid workers. */
export function StaffIntakePage() {
  return (
    <CasesTheme>
      <StaffIntakeScreen />
    </CasesTheme>
  );
}

function StaffIntakeScreen() {
  const t = useT();
  const { me } = useAuth();
  const permissions = me?.permissions ?? [];
  if (!permissions.includes('case.create')) return <Result status="403" subTitle={t('intake.forbidden')} />;
  return <IntakeForm mayDispatch={permissions.includes('case.dispatch')} />;
}

/**
 * Keyboard first: the caller's name has the focus, Tab walks the fields in the order a call goes,
 * Ctrl+Enter saves, Alt+D switches "dispatch now", Alt+N clears. A saved case leaves a line with its
 * code above a fresh form, focused again for the next call.
 */
function IntakeForm({ mayDispatch }: { mayDispatch: boolean }) {
  const t = useT();
  const labels = caseLabels(t);
  const name = useLocalName();
  const [form] = Form.useForm<FormValues>();
  const { units, byId, loading: unitsLoading } = useUnits();
  const { categories, loading: categoriesLoading } = useCategories();
  const [placeUnitId, setPlaceUnitId] = useState<number | undefined>();
  const [pick, setPick] = useState<MapPick | null>(null);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [last, setLast] = useState<Registered | null>(null);
  /** Counts fresh forms: each one remounts the dispatch section and takes the focus back to the top. */
  const [generation, setGeneration] = useState(0);
  const attemptKey = useRef<string | null>(null);
  const firstField = useRef<InputRef>(null);
  const descriptionField = useRef<HTMLTextAreaElement | null>(null);

  const channel = (Form.useWatch('channel', form) as CaseChannel | undefined) ?? rememberedChannel();
  const anonymous = (Form.useWatch('anonymous', form) as boolean | undefined) ?? false;
  const dispatchNow = (Form.useWatch('dispatchNow', form) as boolean | undefined) ?? false;
  const tier = (Form.useWatch('tier', form) as CaseTier | undefined) ?? 'general';
  const categoryId = Form.useWatch('categoryId', form) as number | undefined;
  const description = useDebounced(((Form.useWatch('description', form) as string | undefined) ?? '').trim(), 700);
  const address = useDebounced(((Form.useWatch('address', form) as string | undefined) ?? '').trim(), 500);
  const staffFound = staffFoundChannels.includes(channel);
  const mapPlace = pick?.village?.unitId ?? pick?.township?.unitId ?? undefined;
  const place = placeUnitId ?? mapPlace;

  const focusFirst = () => {
    if (staffFoundChannels.includes(form.getFieldValue('channel') as CaseChannel)) descriptionField.current?.focus();
    else firstField.current?.focus();
  };

  const clear = () => {
    const keep = {
      channel: form.getFieldValue('channel') as CaseChannel,
      dispatchNow: form.getFieldValue('dispatchNow'),
    };
    form.resetFields();
    form.setFieldsValue(keep);
    setPlaceUnitId(undefined);
    setPick(null);
    setFailure(null);
    attemptKey.current = null;
    setGeneration((n) => n + 1);
  };

  const save = async (values: FormValues) => {
    if (saving) return;
    attemptKey.current ??= newIdempotencyKey();
    const body = intakeBody({
      ...values,
      placeUnitId: place,
      ...(pick ? { lat: Math.round(pick.lat * 1e6) / 1e6, lng: Math.round(pick.lng * 1e6) / 1e6 } : {}),
      attachments: uploadedTokens(values.attachments),
    });
    const plan: DispatchPlan | null =
      mayDispatch && values.dispatchNow && values.categoryId && values.leadUnitId
        ? {
            categoryId: values.categoryId,
            tier: values.tier,
            urgency: values.urgency,
            leadUnitId: values.leadUnitId,
            supportingUnitIds: values.supportingUnitIds ?? [],
          }
        : null;
    setSaving(true);
    setFailure(null);
    try {
      const registered = await registerCase(body, plan, attemptKey.current);
      localStorage.setItem(CHANNEL_KEY, values.channel);
      setLast(registered);
      clear();
    } catch (error) {
      if (isApiError(error) && Array.isArray(error.details)) {
        const fields = (error.details as { path?: unknown; message?: unknown }[]).flatMap((d) => {
          const name = typeof d.path === 'string' ? fieldOfPath(d.path) : null;
          return name && typeof d.message === 'string' ? [{ name, errors: [d.message] }] : [];
        });
        form.setFields(fields);
      }
      setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  useIntakeKeys({
    save: () => form.submit(),
    toggleDispatch: () => mayDispatch && form.setFieldValue('dispatchNow', !form.getFieldValue('dispatchNow')),
    clear,
  });
  useEffect(() => {
    focusFirst();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- when the screen opens and after each fresh form
  }, [generation]);

  const channelOptions = useMemo(() => intakeChannels.map((c) => ({ value: c, label: labels.channel(c) })), [labels]);

  return (
    <div className="case-page intake-page">
      <h1 className="intake-title">{t('intake.title')}</h1>
      <p className="case-muted">{t('intake.intro')}</p>
      {last && (
        <SavedLine
          last={last}
          leadName={last.dispatchedTo ? name(byId.get(last.dispatchedTo) ?? { nameZh: '' }) || undefined : undefined}
        />
      )}
      <Form<FormValues>
        form={form}
        layout="vertical"
        requiredMark
        className="intake-layout"
        initialValues={{
          channel: rememberedChannel(),
          anonymous: false,
          urgency: 'normal',
          dispatchNow: false,
          tier: 'general',
          supportingUnitIds: [],
          attachments: [],
        }}
        onFinish={(values) => void save(values)}
        onKeyDown={(event) => {
          // Enter in a field never saves a half-typed case: saving is Ctrl+Enter or the button.
          const target = event.target as HTMLElement;
          if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && target.tagName === 'INPUT')
            event.preventDefault();
        }}
        onValuesChange={() => {
          attemptKey.current = null;
        }}
        data-testid="intake-form"
      >
        <div className="intake-main">
          <Form.Item name="channel" label={t('intake.channel')}>
            <Select options={channelOptions} data-testid="intake-channel" showSearch={false} />
          </Form.Item>
          <fieldset className="intake-caller">
            <legend>{t('intake.caller')}</legend>
            {staffFound ? (
              <p className="case-muted">{t('intake.noCaller')}</p>
            ) : (
              <>
                <Space.Compact block>
                  <Form.Item name="callerName" label={t('intake.callerName')} className="intake-name">
                    <Input ref={firstField} maxLength={40} disabled={anonymous} data-testid="intake-caller-name" />
                  </Form.Item>
                  <Form.Item
                    name="callerPhone"
                    label={t('intake.callerPhone')}
                    className="intake-phone"
                    tooltip={t('intake.callerPhoneHint')}
                    rules={[
                      {
                        validator: (_rule, value?: string) =>
                          anonymous || !value?.trim() || phoneKind(value) !== 'invalid'
                            ? Promise.resolve()
                            : Promise.reject(new Error(t('intake.callerPhoneInvalid'))),
                      },
                    ]}
                  >
                    <Input maxLength={24} inputMode="tel" disabled={anonymous} data-testid="intake-caller-phone" />
                  </Form.Item>
                </Space.Compact>
                <Form.Item name="anonymous" valuePropName="checked" className="intake-anonymous">
                  <Checkbox data-testid="intake-anonymous">{t('intake.anonymous')}</Checkbox>
                </Form.Item>
              </>
            )}
          </fieldset>
          <Form.Item
            name="description"
            label={t('intake.description')}
            rules={[{ required: true, whitespace: true, min: 2, message: t('intake.descriptionRequired') }]}
          >
            <Input.TextArea
              ref={(node) => {
                descriptionField.current = node?.resizableTextArea?.textArea ?? null;
              }}
              rows={4}
              maxLength={4000}
              showCount
              placeholder={t('intake.descriptionPlaceholder')}
              data-testid="intake-description"
            />
          </Form.Item>
          <IntakePlaceField units={units} placeUnitId={placeUnitId} onPlaceUnit={setPlaceUnitId} />
          <Form.Item>
            <MapPicker pick={pick} onPick={setPick} />
          </Form.Item>
          <div className="intake-row">
            <Form.Item
              name="categoryId"
              label={t('intake.category')}
              className="intake-category"
              dependencies={['dispatchNow']}
              rules={[
                {
                  validator: (_rule, value?: number) =>
                    !form.getFieldValue('dispatchNow') || value
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('intake.categoryRequired'))),
                },
              ]}
            >
              <CategoryLeafSelect
                categories={categories}
                loading={categoriesLoading}
                placeholder={t('intake.categoryPlaceholder')}
                testId="intake-category"
              />
            </Form.Item>
            <Form.Item name="urgency" label={t('intake.urgency')}>
              <Radio.Group optionType="button" data-testid="intake-urgency">
                <Radio.Button value="normal">{t('cases.urgency.normal')}</Radio.Button>
                <Radio.Button value="urgent">{t('cases.urgency.urgent')}</Radio.Button>
              </Radio.Group>
            </Form.Item>
          </div>
          <Form.Item
            name="attachments"
            label={t('intake.photos')}
            valuePropName="fileList"
            validateTrigger={[]}
            rules={[
              {
                validator: async (_, files: UploadFile[] | undefined) =>
                  uploadsPending(files) ? Promise.reject(new Error(t('cases.form.uploadPending'))) : undefined,
              },
            ]}
          >
            <EvidenceUpload />
          </Form.Item>
          {mayDispatch && (
            <section className="intake-dispatch">
              <Form.Item extra={t('intake.dispatchNowHint')}>
                <Space>
                  <Form.Item name="dispatchNow" valuePropName="checked" noStyle>
                    <Switch id="intake-dispatch-now" data-testid="intake-dispatch-now" />
                  </Form.Item>
                  <label htmlFor="intake-dispatch-now" className="intake-dispatch-label">
                    {t('intake.dispatchNow')}
                  </label>
                </Space>
              </Form.Item>
              {dispatchNow && (
                <IntakeDispatchFields
                  key={generation}
                  units={units}
                  unitsLoading={unitsLoading}
                  routing={{ categoryId, tier, placeUnitId: place, address }}
                />
              )}
            </section>
          )}
          {failure ? (
            <Alert type="error" showIcon role="alert" title={t('intake.failed')} description={errorMessage(failure)} />
          ) : null}
          <div className="intake-actions">
            <Button type="primary" htmlType="submit" loading={saving} data-testid="intake-save">
              {saving
                ? t('intake.saving')
                : dispatchNow && mayDispatch
                  ? t('intake.saveAndDispatch')
                  : t('intake.save')}
            </Button>
            <Button onClick={clear} data-testid="intake-clear">
              {t('intake.clear')}
            </Button>
            <span className="case-muted">{t('intake.keys')}</span>
          </div>
        </div>
        <aside className="intake-aids">
          <TextDuplicates text={description} placeUnitId={place} />
          <TextCategorySuggestions text={description} />
        </aside>
      </Form>
    </div>
  );
}

/** Server field paths (/reporterMobile, /placeUnitId) as the form's fields. */
function fieldOfPath(path: string): keyof FormValues | null {
  const first = path.replace(/^\//, '').split('/')[0] ?? '';
  const map: Record<string, keyof FormValues> = {
    description: 'description',
    address: 'address',
    placeUnitId: 'address',
    reporterName: 'callerName',
    reporterMobile: 'callerPhone',
    categoryId: 'categoryId',
    extra: 'categoryId',
  };
  return map[first] ?? null;
}

/** The last case saved: its code, where it went, and the way to it. */
function SavedLine({ last, leadName }: { last: Registered; leadName: string | undefined }) {
  const t = useT();
  const open = <Link to={`/cases/${last.id}`}>{t('intake.openCase')}</Link>;
  if (last.dispatchError)
    return (
      <Alert
        type="warning"
        showIcon
        role="status"
        data-testid="intake-result"
        title={t('intake.dispatchFailed', { code: last.trackingCode, reason: errorMessage(last.dispatchError) })}
        action={open}
      />
    );
  return (
    <Alert
      type="success"
      showIcon
      role="status"
      data-testid="intake-result"
      title={
        last.dispatchedTo
          ? t('intake.savedDispatched', { code: last.trackingCode, unit: leadName ?? String(last.dispatchedTo) })
          : t('intake.saved', { code: last.trackingCode })
      }
      description={t('intake.savedNext')}
      action={open}
    />
  );
}
