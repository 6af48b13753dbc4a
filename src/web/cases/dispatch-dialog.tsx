import { Form, Input } from 'antd';
import { api } from '../api/client.ts';
import { useApiMutation } from '../api/queries.ts';
import type { Unit } from '../api/types.ts';
import { UnitTreeSelect } from '../admin/shared/unit-tree-select.tsx';
import { useT } from '../i18n/use-t.ts';
import { CaseActionDialog, caseActionInvalidates } from './case-action-dialog.tsx';
import { caseLabels } from './case-labels.ts';
import type { CaseDetail } from './case-types.ts';
import { DispatchSuggestions, type SuggestedUnits } from './dispatch-suggestions.tsx';
import { CategorySuggestions, DuplicateCandidates } from './text-aids.tsx';
import { SupportingUnitsField } from './supporting-units-field.tsx';

/** 分级规则, as the server applies it (case-workflow.ts leadTypesByTier): who may lead a case of each tier. */
const leadTypesByTier: Record<string, readonly string[]> = {
  minor: ['grid', 'village', 'community'],
  general: ['township', 'subdistrict', 'department'],
  major: ['task_force'],
};

interface Values {
  leadUnitId?: number;
  supportingUnitIds: number[];
  note?: string;
}

interface DispatchDialogProps {
  open: boolean;
  detail: CaseDetail;
  units: readonly Unit[];
  unitsLoading: boolean;
  onClose: () => void;
  onDone: (next: CaseDetail) => void;
  onReload: () => void;
}

/**
 * 派单 / 改派: a lead unit (only the unit types the case's tier allows) and supporting units,
 * pre-filled from the routing rule's suggestion, whose reason is shown.
 */
export function DispatchDialog({ open, detail, units, unitsLoading, onClose, onDone, onReload }: DispatchDialogProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const allowed = detail.tier ? (leadTypesByTier[detail.tier] ?? null) : null;
  /** 合并: this case joins an earlier one the duplicate check found (its reports add to that case's heat). */
  const merge = useApiMutation(
    (target: { id: number }) =>
      api.post<CaseDetail>(`/cases/${detail.id}/merge`, { targetId: target.id, version: detail.version }),
    caseActionInvalidates,
  );

  const fill = (units: SuggestedUnits) =>
    form.setFieldsValue({ leadUnitId: units.leadUnitId ?? undefined, supportingUnitIds: units.supportingUnitIds });
  const prefill = (units: SuggestedUnits) => {
    // Only into an untouched form: what the dispatcher already chose stays.
    if (!form.isFieldsTouched(['leadUnitId', 'supportingUnitIds'])) fill(units);
  };

  return (
    <CaseActionDialog<Values>
      action="dispatch"
      open={open}
      detail={detail}
      form={form}
      toBody={(values) => ({
        leadUnitId: values.leadUnitId,
        supportingUnitIds: values.supportingUnitIds ?? [],
        ...(values.note?.trim() ? { note: values.note.trim() } : {}),
      })}
      fieldNames={['leadUnitId', 'supportingUnitIds', 'note']}
      fieldCodes={{ CASE_TIER_RULE: 'leadUnitId', CASE_BAD_PARTIES: 'supportingUnitIds' }}
      width={600}
      initialValues={{ supportingUnitIds: [] }}
      onClose={() => {
        merge.reset();
        onClose();
      }}
      onDone={onDone}
      onReload={onReload}
    >
      <DispatchSuggestions detail={detail} onSuggested={prefill} onApply={fill} />
      <CategorySuggestions text={`${detail.title} ${detail.description}`} />
      <DuplicateCandidates
        caseId={detail.id}
        merge={
          detail.allowedActions.includes('merge')
            ? {
                run: (target) => merge.mutate(target, { onSuccess: onDone }),
                pendingId: merge.isPending ? (merge.variables?.id ?? null) : null,
                error: merge.error,
              }
            : undefined
        }
      />
      {detail.tier && (
        <p className="case-muted">{t('cases.dispatch.tierHint', { tier: caseLabels(t).tier(detail.tier) })}</p>
      )}
      <Form.Item
        name="leadUnitId"
        label={t('cases.dispatch.lead')}
        rules={[{ required: true, message: t('cases.dispatch.leadRequired') }]}
      >
        <UnitTreeSelect
          units={units}
          loading={unitsLoading}
          exclude={(unit) => !unit.active}
          disable={(unit) => allowed !== null && !allowed.includes(unit.type)}
          testId="dispatch-lead"
        />
      </Form.Item>
      <SupportingUnitsField units={units} loading={unitsLoading} testId="dispatch-supporting" />
      <Form.Item name="note" label={t('cases.dispatch.note')}>
        <Input.TextArea rows={2} maxLength={1000} showCount data-testid="dispatch-note" />
      </Form.Item>
    </CaseActionDialog>
  );
}
