import { Form } from 'antd';
import { ActionFields, type ActionValues, bodyOf, initialValues } from './action-fields.tsx';
import { CaseActionDialog } from './case-action-dialog.tsx';
import type { CaseAction, CaseDetail } from './case-types.ts';

/** Actions that stop, refuse or push back: their button is red. */
const stern: ReadonlySet<CaseAction> = new Set([
  'decline',
  'return',
  'denyExtension',
  'sendBack',
  'reopen',
  'urge',
  'escalate',
  'close',
]);
const fieldNames = [
  'note',
  'reason',
  'text',
  'result',
  'until',
  'satisfaction',
  'solved',
  'comment',
  'targetId',
  'categoryId',
  'tier',
  'urgency',
  'unitIds',
  'responseHours',
  'unitId',
  'attachments',
] as const;

interface ActionDialogProps {
  action: CaseAction | null;
  detail: CaseDetail;
  onClose: () => void;
  /** The case as the server answered after the action. */
  onDone: (next: CaseDetail) => void;
  onReload: () => void;
}

/** One action's small form (reason, note, result and evidence, dates, rating, target, category and tier). */
export function ActionDialog({ action, detail, onClose, onDone, onReload }: ActionDialogProps) {
  const [form] = Form.useForm<ActionValues>();
  return (
    <CaseActionDialog<ActionValues>
      action={action}
      open={action !== null && action !== 'dispatch'}
      detail={detail}
      form={form}
      toBody={(values) => (action ? bodyOf(action, values) : {})}
      fieldNames={fieldNames}
      danger={action !== null && stern.has(action)}
      width={560}
      initialValues={action ? initialValues(action, detail) : undefined}
      onClose={onClose}
      onDone={onDone}
      onReload={onReload}
    >
      {action && <ActionFields action={action} detail={detail} />}
    </CaseActionDialog>
  );
}
