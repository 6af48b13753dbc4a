import type { FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { api, isApiError } from '../api/client.ts';
import { queryKeys } from '../api/query-keys.ts';
import { FormDialog } from '../components/form-dialog.tsx';
import { serverFieldErrors } from '../components/form-errors.ts';
import { useApiFeedback } from '../components/use-api-feedback.tsx';
import { useT } from '../i18n/use-t.ts';
import { caseLabels } from './case-labels.ts';
import type { CaseAction, CaseDetail } from './case-types.ts';
import { ConflictAlert } from './conflict-alert.tsx';

/** /cases/:id/acknowledge-summons for acknowledgeSummons (the server's route per action). */
export const actionSegment = (action: CaseAction) => action.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** An action moves the case between queues, boards and counts: every case read is refetched. */
export const caseActionInvalidates = [queryKeys.cases, queryKeys.supervision, queryKeys.dashboard] as const;

interface CaseActionDialogProps<Values> {
  /** The action taken; null while the dialog is closed. */
  action: CaseAction | null;
  open: boolean;
  detail: CaseDetail;
  form: FormInstance<Values>;
  /** The request body of the checked form, without the version. */
  toBody: (values: Values) => Record<string, unknown>;
  /** Fields a refusal may name (VALIDATION_FAILED paths, or error codes mapped to one field). */
  fieldNames: readonly string[];
  fieldCodes?: Partial<Record<string, string>>;
  danger?: boolean;
  width: number;
  initialValues?: Partial<Values>;
  onClose: () => void;
  /** The case as the server answered after the action. */
  onDone: (next: CaseDetail) => void;
  onReload: () => void;
  children: ReactNode;
}

/**
 * One action on a case (POST /cases/{id}/{action}) with the version the person read, in a
 * FormDialog. A refusal shows above the fields (and on the fields it names); a version conflict
 * (someone else changed the case) says so, offers to reload and disables sending.
 */
export function CaseActionDialog<Values>({
  action,
  open,
  detail,
  form,
  toBody,
  fieldNames,
  fieldCodes,
  danger = false,
  width,
  initialValues,
  onClose,
  onDone,
  onReload,
  children,
}: CaseActionDialogProps<Values>) {
  const t = useT();
  const { message } = useApiFeedback();
  const [conflict, setConflict] = useState(false);
  const close = () => {
    setConflict(false);
    onClose();
  };
  const label = action ? caseLabels(t).action(action) : '';

  return (
    <FormDialog<Values, CaseDetail>
      open={open}
      title={`${label} · ${detail.trackingCode}`}
      okText={label}
      okButtonProps={{
        danger,
        disabled: conflict,
        ...({ 'data-testid': 'action-submit' } as Record<string, string>),
      }}
      width={width}
      form={form}
      formTestId={action ? `action-form-${action}` : undefined}
      initialValues={initialValues}
      submit={(values) =>
        action
          ? api.post<CaseDetail>(`/cases/${detail.id}/${actionSegment(action)}`, {
              ...toBody(values),
              version: detail.version,
            })
          : Promise.reject(new Error('no action to take'))
      }
      invalidates={caseActionInvalidates}
      onDone={(next) => {
        if (action) void message.success(t('cases.action.done', { action: label }));
        onDone(next);
      }}
      onRefused={(caught) => {
        if (isApiError(caught) && caught.code === 'VERSION_CONFLICT') {
          setConflict(true);
          return true;
        }
        // The fields it names are marked, and the alert says it too.
        const fields = serverFieldErrors(caught, fieldNames, fieldCodes);
        if (fields.length > 0) form.setFields(fields as Parameters<typeof form.setFields>[0]);
        return false;
      }}
      errorPlacement="top"
      errorClassName="case-form-alert"
      onCancel={close}
    >
      {conflict && (
        <ConflictAlert
          onReload={() => {
            close();
            onReload();
          }}
        />
      )}
      {children}
    </FormDialog>
  );
}
