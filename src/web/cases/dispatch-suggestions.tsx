import { BulbOutlined } from '@ant-design/icons';
import { Button, Spin } from 'antd';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useApiGet } from '../api/queries.ts';
import { useT } from '../i18n/use-t.ts';
import type { CaseDetail, DispatchSuggestion } from './case-types.ts';
import { useLocalName } from '../i18n/local-name.ts';

export interface SuggestedUnits {
  leadUnitId: number | null;
  supportingUnitIds: number[];
}

/**
 * 派单建议 in the dispatch dialog: the units the category's routing rule names for this tier and
 * place (GET /cases/{id}/dispatch-suggestion), with the rule's reason. The dialog pre-fills them
 * once (`onSuggested`); "use the suggestion" puts them back.
 *
 * This is the dialog's slot for suggestions: category suggestions and likely duplicates from the
 * text of the case belong here too, beside the routing rule, each as its own block.
 */
export function DispatchSuggestions({
  detail,
  onSuggested,
  onApply,
}: {
  detail: CaseDetail;
  onSuggested: (units: SuggestedUnits) => void;
  onApply: (units: SuggestedUnits) => void;
}) {
  const t = useT();
  const name = useLocalName();
  const { data, error, isFetching: loading } = useApiGet<DispatchSuggestion>(`/cases/${detail.id}/dispatch-suggestion`);
  const units = data
    ? { leadUnitId: data.lead?.id ?? null, supportingUnitIds: data.supporting.map((u) => u.id) }
    : null;
  // Pre-fill once per opening of the dialog (it is mounted afresh each time).
  const prefilled = useRef(false);
  const latest = useRef(onSuggested);
  useLayoutEffect(() => {
    latest.current = onSuggested;
  });
  const key = units ? `${units.leadUnitId}:${units.supportingUnitIds.join(',')}` : null;
  useEffect(() => {
    if (!key || prefilled.current) return;
    prefilled.current = true;
    const [lead = '', support = ''] = key.split(':');
    latest.current({
      leadUnitId: lead ? Number(lead) : null,
      supportingUnitIds: support ? support.split(',').map(Number) : [],
    });
  }, [key]);

  return (
    <section className="case-suggestion" aria-label={t('cases.dispatch.suggestion')} data-testid="dispatch-suggestion">
      <BulbOutlined aria-hidden="true" className="case-suggestion-icon" />
      <div className="case-suggestion-body">
        <strong>{t('cases.dispatch.suggestion')}</strong>
        {loading && !data && (
          <div>
            <Spin size="small" aria-hidden="true" /> {t('cases.dispatch.suggestionLoading')}
          </div>
        )}
        {Boolean(error) && <div>{t('cases.dispatch.suggestionFailed')}</div>}
        {data && !data.lead && <div>{t('cases.dispatch.suggestionEmpty')}</div>}
        {data?.lead && (
          <>
            <div data-testid="dispatch-suggested-lead">
              {t('cases.dispatch.suggestedLead', { unit: name(data.lead) })}
            </div>
            {data.supporting.length > 0 && (
              <div>
                {t('cases.dispatch.suggestedSupport', {
                  units: data.supporting.map((u) => name(u)).join(t('cases.join')),
                })}
              </div>
            )}
          </>
        )}
        {data?.reason && (
          <div className="case-muted" data-testid="dispatch-suggestion-reason">
            {data.reason}
          </div>
        )}
      </div>
      {units?.leadUnitId && (
        <Button size="small" onClick={() => onApply(units)}>
          {t('cases.dispatch.applySuggestion')}
        </Button>
      )}
    </section>
  );
}
