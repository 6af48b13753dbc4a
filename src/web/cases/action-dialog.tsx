import { Form, Modal } from 'antd';
import { useEffect } from 'react';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { serverFieldErrors } from '../components/form-errors.ts';
import { useT } from '../i18n/use-t.ts';
import { ActionFields, type ActionValues, bodyOf, initialValues } from './action-fields.tsx';
import { caseLabels } from './case-labels.ts';
import type { CaseAction, CaseDetail } from './case-types.ts';
import { ConflictAlert } from './conflict-alert.tsx';
import { useCaseAction } from './use-case-action.ts';

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
  const t = useT();
  const [form] = Form.useForm<ActionValues>();
  const { saving, error, conflict, submit, reset } = useCaseAction(detail, action);
  useEffect(() => reset(), [action, reset]);

  const send = async () => {
    if (!action) return;
    // A form that does not validate shows its messages on the fields; nothing is sent.
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const next = await submit(bodyOf(action, values));
    if (next) onDone(next);
  };

  useEffect(() => {
    const fields = serverFieldErrors(error, fieldNames);
    if (fields.length > 0) form.setFields(fields);
  }, [error, form]);

  const label = action ? caseLabels(t).action(action) : '';
  return (
    <Modal
      open={action !== null && action !== 'dispatch'}
      title={`${label} · ${detail.trackingCode}`}
      okText={label}
      cancelText={t('common.cancel')}
      okButtonProps={{
        danger: action !== null && stern.has(action),
        loading: saving,
        disabled: conflict,
        ...({ 'data-testid': 'action-submit' } as Record<string, string>),
      }}
      onOk={() => void send()}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      {conflict && (
        <ConflictAlert
          onReload={() => {
            onClose();
            onReload();
          }}
        />
      )}
      {error !== null && <ApiErrorAlert error={error} className="case-form-alert" />}
      {action && (
        <Form
          form={form}
          layout="vertical"
          initialValues={initialValues(action, detail)}
          requiredMark
          preserve={false}
          data-testid={`action-form-${action}`}
        >
          <ActionFields action={action} detail={detail} />
        </Form>
      )}
    </Modal>
  );
}
