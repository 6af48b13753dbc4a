import { Alert, Checkbox, DatePicker, Form, Input, InputNumber, Radio, Select, type UploadFile } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { caseTiers, satisfactions, urgencies } from '../../shared/cases.ts';
import { useT } from '../i18n/use-t.ts';
import { CategoryTreeSelect } from './category-tree-select.tsx';
import { formatDeadline } from '../components/date-format.ts';
import { caseLabels } from './case-labels.ts';
import type { CaseAction, CaseDetail } from './case-types.ts';
import { EvidenceUpload, uploadedTokens, uploadsPending } from './evidence-upload.tsx';
import { MergeTargetSelect } from './merge-target-select.tsx';
import { SummonUnitsSelect } from './summon-units-select.tsx';
import { useCategories } from './use-categories.ts';
import { useLocalName } from '../i18n/local-name.ts';

/** What the action forms hold before they become a request body. */
export interface ActionValues {
  note?: string;
  reason?: string;
  text?: string;
  public?: boolean;
  result?: string;
  attachments?: UploadFile[];
  until?: Dayjs;
  satisfaction?: string;
  solved?: boolean;
  comment?: string;
  targetId?: number;
  categoryId?: number;
  tier?: string;
  urgency?: string;
  unitIds?: number[];
  responseHours?: number | null;
  unitId?: number;
}

const trimmed = (value: string | undefined) => value?.trim() || undefined;

/** The request body of an action from its form (the version is added when it is sent). */
export function bodyOf(action: CaseAction, v: ActionValues): Record<string, unknown> {
  switch (action) {
    case 'accept':
    case 'approve':
    case 'approveExtension':
      return trimmed(v.note) ? { note: trimmed(v.note) } : {};
    case 'decline':
    case 'return':
    case 'denyExtension':
    case 'sendBack':
    case 'reopen':
    case 'close':
    case 'clearRecurrence':
      return { reason: trimmed(v.reason) };
    case 'overrule':
    case 'urge':
    case 'escalate':
      return { note: trimmed(v.note) };
    case 'merge':
      return { targetId: v.targetId };
    case 'classify':
      return { categoryId: v.categoryId, tier: v.tier, urgency: v.urgency };
    case 'acknowledge':
      return {};
    case 'summon':
      return {
        unitIds: v.unitIds ?? [],
        note: trimmed(v.note),
        ...(v.responseHours ? { responseHours: v.responseHours } : {}),
      };
    case 'acknowledgeSummons':
      return { unitId: v.unitId };
    case 'note':
      return { text: trimmed(v.text), public: v.public === true, attachments: uploadedTokens(v.attachments) };
    case 'requestExtension':
      return { until: v.until?.toISOString(), reason: trimmed(v.reason) };
    case 'resolve':
      return { result: trimmed(v.result), attachments: uploadedTokens(v.attachments) };
    case 'followUp':
      return {
        satisfaction: v.satisfaction,
        solved: v.solved,
        ...(trimmed(v.comment) ? { comment: trimmed(v.comment) } : {}),
      };
    case 'dispatch':
      return {};
  }
}

/** Starting values: the case's own classification for 分类分级, the first summoned unit for 报到. */
export function initialValues(action: CaseAction, detail: CaseDetail): ActionValues {
  if (action === 'classify')
    return { categoryId: detail.category?.id, tier: detail.tier ?? undefined, urgency: detail.urgency };
  if (action === 'acknowledgeSummons')
    return { unitId: detail.parties.find((p) => p.role === 'summoned' && !p.acknowledgedAt)?.unitId };
  if (action === 'note') return { public: false, attachments: [] };
  if (action === 'resolve') return { attachments: [] };
  return {};
}

function TextField({
  name,
  label,
  required,
  message,
  rows = 3,
  max = 1000,
  testId,
}: {
  name: keyof ActionValues;
  label: string;
  required: boolean;
  message?: string;
  rows?: number;
  max?: number;
  testId: string;
}) {
  return (
    <Form.Item name={name} label={label} rules={required ? [{ required: true, whitespace: true, message }] : []}>
      <Input.TextArea rows={rows} maxLength={max} showCount data-testid={testId} />
    </Form.Item>
  );
}

/** The fields of one action's form, validated before anything is sent. */
export function ActionFields({ action, detail }: { action: CaseAction; detail: CaseDetail }) {
  const t = useT();
  const name = useLocalName();
  const labels = caseLabels(t);
  const { categories, loading: categoriesLoading } = useCategories();
  const reason = (
    <TextField
      name="reason"
      label={t('cases.form.reason')}
      required
      message={t('cases.form.reasonRequired')}
      testId="field-reason"
    />
  );
  const requiredNote = (
    <TextField
      name="note"
      label={t('cases.form.note')}
      required
      message={t('cases.form.noteRequired')}
      testId="field-note"
    />
  );
  const optionalNote = (
    <TextField name="note" label={t('cases.form.noteOptional')} required={false} rows={2} testId="field-note" />
  );
  const evidence = (
    <Form.Item
      name="attachments"
      label={t('cases.form.evidence')}
      valuePropName="fileList"
      // Checked when the form is sent (not while a file is on its way up).
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
  );
  const pending = detail.pendingExtension && (
    <Alert
      type="info"
      showIcon
      className="case-form-alert"
      title={t('cases.form.pending', {
        until: formatDeadline(detail.pendingExtension.until),
        reason: detail.pendingExtension.reason,
      })}
    />
  );

  switch (action) {
    case 'accept':
      return optionalNote;
    case 'approve':
      return (
        <>
          <p className="case-muted">{t('cases.form.approveHint')}</p>
          {optionalNote}
        </>
      );
    case 'approveExtension':
      return (
        <>
          {pending}
          {optionalNote}
        </>
      );
    case 'denyExtension':
      return (
        <>
          {pending}
          {reason}
        </>
      );
    case 'decline':
    case 'return':
    case 'sendBack':
    case 'reopen':
    case 'close':
      return reason;
    case 'clearRecurrence':
      return (
        <>
          <p className="case-muted">{t('cases.form.clearRecurrenceHint')}</p>
          {reason}
        </>
      );
    case 'overrule':
    case 'urge':
    case 'escalate':
      return requiredNote;
    case 'acknowledge':
      return <p>{t('cases.form.acknowledgeHint')}</p>;
    case 'merge':
      return (
        <>
          <p className="case-muted">{t('cases.form.targetHint')}</p>
          <Form.Item
            name="targetId"
            label={t('cases.form.target')}
            rules={[{ required: true, message: t('cases.form.targetRequired') }]}
          >
            <MergeTargetSelect exceptId={detail.id} />
          </Form.Item>
        </>
      );
    case 'classify':
      return (
        <>
          <Form.Item
            name="categoryId"
            label={t('cases.form.category')}
            rules={[{ required: true, message: t('cases.form.categoryRequired') }]}
          >
            <CategoryTreeSelect
              categories={categories}
              loading={categoriesLoading}
              leavesOnly
              placeholder={t('cases.form.categorySearch')}
              testId="classify-category"
            />
          </Form.Item>
          <Form.Item
            name="tier"
            label={t('cases.form.tier')}
            rules={[{ required: true, message: t('cases.form.tierRequired') }]}
          >
            <Select
              data-testid="classify-tier"
              options={caseTiers.map((tier) => ({ value: tier, label: labels.tierLong(tier) }))}
            />
          </Form.Item>
          <Form.Item name="urgency" label={t('cases.form.urgency')}>
            <Radio.Group options={urgencies.map((u) => ({ value: u, label: t(`cases.urgency.${u}` as const) }))} />
          </Form.Item>
        </>
      );
    case 'summon':
      return (
        <>
          <Form.Item
            name="unitIds"
            label={t('cases.form.summonUnits')}
            rules={[{ required: true, type: 'array', min: 1, message: t('cases.form.summonUnitsRequired') }]}
          >
            <SummonUnitsSelect caseId={detail.id} />
          </Form.Item>
          {requiredNote}
          <Form.Item name="responseHours" label={t('cases.form.responseHours')}>
            <InputNumber min={1} max={240} precision={0} />
          </Form.Item>
        </>
      );
    case 'acknowledgeSummons':
      return (
        <>
          <p className="case-muted">{t('cases.form.acknowledgeSummonsHint')}</p>
          <Form.Item
            name="unitId"
            label={t('cases.form.summonedUnit')}
            rules={[{ required: true, message: t('cases.form.summonedUnitRequired') }]}
          >
            <Select
              options={detail.parties
                .filter((p) => p.role === 'summoned' && !p.acknowledgedAt)
                .map((p) => ({ value: p.unitId, label: name({ nameZh: p.unitName, nameEn: p.unitNameEn }) }))}
            />
          </Form.Item>
        </>
      );
    case 'note':
      return (
        <>
          <TextField
            name="text"
            label={t('cases.form.text')}
            required
            message={t('cases.form.textRequired')}
            rows={4}
            max={2000}
            testId="field-text"
          />
          <Form.Item name="public" valuePropName="checked">
            <Checkbox data-testid="note-public">{t('cases.form.public')}</Checkbox>
          </Form.Item>
          {evidence}
        </>
      );
    case 'requestExtension': {
      const current = detail.resolveDueAt ? dayjs(detail.resolveDueAt) : dayjs();
      return (
        <>
          <Form.Item
            name="until"
            label={t('cases.form.until')}
            extra={t('cases.form.untilAfter', { time: formatDeadline(detail.resolveDueAt) })}
            rules={[
              { required: true, message: t('cases.form.untilRequired') },
              {
                validator: async (_, value: Dayjs | undefined) =>
                  value && !value.isAfter(current)
                    ? Promise.reject(
                        new Error(t('cases.form.untilAfter', { time: formatDeadline(detail.resolveDueAt) })),
                      )
                    : undefined,
              },
            ]}
          >
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              disabledDate={(day) => day.isBefore(current, 'day')}
              data-testid="extension-until"
            />
          </Form.Item>
          {reason}
        </>
      );
    }
    case 'resolve':
      return (
        <>
          <TextField
            name="result"
            label={t('cases.form.result')}
            required
            message={t('cases.form.resultRequired')}
            rows={4}
            max={4000}
            testId="field-result"
          />
          {evidence}
        </>
      );
    case 'followUp':
      return (
        <>
          <Form.Item
            name="satisfaction"
            label={t('cases.form.satisfaction')}
            rules={[{ required: true, message: t('cases.form.satisfactionRequired') }]}
            extra={t('cases.form.unsatisfiedHint')}
          >
            <Radio.Group
              data-testid="followup-satisfaction"
              options={satisfactions.map((s) => ({ value: s, label: labels.satisfaction(s) }))}
            />
          </Form.Item>
          <Form.Item
            name="solved"
            label={t('cases.form.solved')}
            rules={[{ required: true, message: t('cases.form.solvedRequired') }]}
          >
            <Radio.Group
              data-testid="followup-solved"
              options={[
                { value: true, label: t('cases.field.solvedYes') },
                { value: false, label: t('cases.field.solvedNo') },
              ]}
            />
          </Form.Item>
          <TextField
            name="comment"
            label={t('cases.form.comment')}
            required={false}
            rows={2}
            testId="followup-comment"
          />
        </>
      );
    case 'dispatch':
      return null;
  }
}
