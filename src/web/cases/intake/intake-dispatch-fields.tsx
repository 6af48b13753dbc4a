import { BulbOutlined } from '@ant-design/icons';
import { Button, Form, Radio, Spin } from 'antd';
import { useEffect, useRef } from 'react';
import type { Unit } from '../../api/types.ts';
import { UnitTreeSelect } from '../../admin/shared/unit-tree-select.tsx';
import { useApiPostRead } from '../../api/queries.ts';
import { useLocalName } from '../../i18n/local-name.ts';
import { useT } from '../../i18n/use-t.ts';
import { caseTiers } from '../../../shared/cases.ts';
import { caseLabels } from '../case-labels.ts';
import type { CaseTier } from '../case-types.ts';
import { SupportingUnitsField } from '../supporting-units-field.tsx';
import type { RoutingSuggestion } from './intake-body.ts';

/** 分级规则, as the server applies it: who may lead a case of each tier. */
const leadTypesByTier: Record<CaseTier, readonly string[]> = {
  minor: ['grid', 'village', 'community'],
  general: ['township', 'subdistrict', 'department'],
  major: ['task_force'],
};

export interface RoutingInput {
  categoryId: number | undefined;
  tier: CaseTier;
  placeUnitId: number | undefined;
  address: string;
}

/**
 * 受理并立即派单: tier, lead and supporting units, pre-filled from the routing rule for what the
 * form holds so far (POST /cases/routing-suggestion) until the operator picks units by hand.
 */
export function IntakeDispatchFields({
  units,
  unitsLoading,
  routing,
}: {
  units: readonly Unit[];
  unitsLoading: boolean;
  routing: RoutingInput;
}) {
  const t = useT();
  const labels = caseLabels(t);
  const name = useLocalName();
  const form = Form.useFormInstance();
  const ready = routing.categoryId !== undefined && (routing.placeUnitId !== undefined || routing.address.length >= 2);
  const { data, isFetching, isError } = useApiPostRead<RoutingSuggestion>(ready ? '/cases/routing-suggestion' : null, {
    categoryId: routing.categoryId,
    tier: routing.tier,
    placeUnitId: routing.placeUnitId,
    address: routing.placeUnitId ? undefined : routing.address || undefined,
  });
  const fill = (answer: RoutingSuggestion) =>
    form.setFieldsValue({
      leadUnitId: answer.lead?.id ?? undefined,
      supportingUnitIds: answer.supporting.map((u) => u.id),
    });
  // Each new suggestion fills the units until the operator chose some by hand.
  const chosenByHand = useRef(false);
  useEffect(() => {
    if (data && !chosenByHand.current) fill(data);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- fill only when a new answer arrives
  }, [data]);
  const allowed = leadTypesByTier[routing.tier];

  return (
    <div data-testid="intake-dispatch">
      <Form.Item name="tier" label={t('intake.tier')}>
        <Radio.Group optionType="button" data-testid="intake-tier">
          {caseTiers.map((tier) => (
            <Radio.Button key={tier} value={tier}>
              {labels.tier(tier)}
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      <section className="case-suggestion" aria-label={t('cases.dispatch.suggestion')} aria-live="polite">
        <BulbOutlined aria-hidden="true" className="case-suggestion-icon" />
        <div className="case-suggestion-body" data-testid="intake-routing">
          <strong>{t('cases.dispatch.suggestion')}</strong>
          {!ready && <div>{t('intake.suggestionWaiting')}</div>}
          {ready && isFetching && !data && <Spin size="small" />}
          {ready && isError && <div>{t('cases.dispatch.suggestionFailed')}</div>}
          {ready && data && !data.lead && <div>{t('cases.dispatch.suggestionEmpty')}</div>}
          {ready && data?.lead && <div>{t('cases.dispatch.suggestedLead', { unit: name(data.lead) })}</div>}
          {ready && data && data.supporting.length > 0 && (
            <div>
              {t('cases.dispatch.suggestedSupport', {
                units: data.supporting.map(name).join(t('cases.join')),
              })}
            </div>
          )}
          {ready && data?.reason && <div className="case-muted">{data.reason}</div>}
        </div>
        {ready && data?.lead && (
          <Button
            size="small"
            onClick={() => {
              chosenByHand.current = false;
              fill(data);
            }}
          >
            {t('cases.dispatch.applySuggestion')}
          </Button>
        )}
      </section>
      <Form.Item
        name="leadUnitId"
        label={t('cases.dispatch.lead')}
        rules={[{ required: true, message: t('cases.dispatch.leadRequired') }]}
      >
        <UnitTreeSelect
          units={units}
          loading={unitsLoading}
          exclude={(unit) => !unit.active}
          disable={(unit) => !allowed.includes(unit.type)}
          onChange={() => {
            chosenByHand.current = true;
          }}
          testId="intake-lead"
        />
      </Form.Item>
      <SupportingUnitsField units={units} loading={unitsLoading} testId="intake-supporting" />
    </div>
  );
}
