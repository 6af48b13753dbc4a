import { Button } from 'antd';
import { caseActions } from '../../shared/cases.ts';
import { useT } from '../i18n/use-t.ts';
import { caseLabels } from './case-labels.ts';
import type { CaseAction } from './case-types.ts';

/** The step each status waits for: its button is the primary one. */
const mainActions: ReadonlySet<CaseAction> = new Set([
  'accept',
  'dispatch',
  'acknowledge',
  'resolve',
  'approve',
  'followUp',
  'approveExtension',
  'acknowledgeSummons',
]);
const stern: ReadonlySet<CaseAction> = new Set([
  'decline',
  'return',
  'sendBack',
  'denyExtension',
  'escalate',
  'urge',
  'reopen',
]);

/** Exactly the actions the server says this person may take now (allowedActions), in the loop's order. */
export function ActionBar({
  actions,
  onAction,
}: {
  actions: readonly CaseAction[];
  onAction: (action: CaseAction) => void;
}) {
  const t = useT();
  const labels = caseLabels(t);
  const ordered = caseActions.filter((action) => actions.includes(action));
  if (ordered.length === 0)
    return (
      <p className="case-muted" data-testid="case-no-actions">
        {t('cases.actions.none')}
      </p>
    );
  return (
    <div className="case-actions" role="group" aria-label={t('cases.actions.title')} data-testid="case-actions">
      {ordered.map((action) => (
        <Button
          key={action}
          type={mainActions.has(action) ? 'primary' : 'default'}
          danger={stern.has(action)}
          onClick={() => onAction(action)}
          data-testid={`action-${action}`}
        >
          {labels.action(action)}
        </Button>
      ))}
    </div>
  );
}
