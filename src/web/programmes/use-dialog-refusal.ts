import type { FormInstance } from 'antd';
import { isApiError } from '../api/client.ts';
import { serverFieldErrors } from '../components/form-errors.ts';
import { useApiFeedback } from '../components/use-api-feedback.tsx';

interface Options<F extends string> {
  form: FormInstance;
  /** Top-level form fields a VALIDATION_FAILED issue path (`/title`) may name. */
  fields: readonly F[];
  /** Error codes that belong to one field (e.g. TASK_BAD_UNITS → leadUnitId). */
  codes?: Partial<Record<string, F>>;
  /** Closes the dialog (on a version conflict). */
  onClose: () => void;
  /** Reads the record again (the conflict prompt's button). */
  onReload: () => void;
}

/**
 * How an edit dialog of the task lists (清单, 表格, 任务, 节点) takes a refusal, as FormDialog's
 * `onRefused`: a version conflict (409) closes the dialog and asks the person to reload; a problem
 * the server pins on a field goes on that field; anything else is left to the dialog's alert.
 */
export function useDialogRefusal<F extends string>({
  form,
  fields,
  codes,
  onClose,
  onReload,
}: Options<F>): (error: unknown) => boolean {
  const { showError } = useApiFeedback();
  return (caught) => {
    if (isApiError(caught) && caught.code === 'VERSION_CONFLICT') {
      onClose();
      showError(caught, { onReload });
      return true;
    }
    const onFields = serverFieldErrors(caught, fields, codes);
    if (onFields.length > 0) form.setFields(onFields);
    return onFields.length > 0;
  };
}
