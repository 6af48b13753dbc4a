import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { isApiError } from '../api/client.ts';
import { serverFieldErrors } from '../components/form-errors.ts';
import { useApiFeedback } from '../components/use-api-feedback.tsx';

export interface DialogSave {
  saving: boolean;
  /** A refusal to show in the dialog (one that names no field of the form). */
  error: unknown;
  clearError: () => void;
  /**
   * Sends one change. A version conflict (409) closes the dialog and asks the person to reload; a
   * problem the server pins on a field goes on that field; anything else stays in `error`.
   * Resolves with the answer, or null when refused.
   */
  save: <T>(send: () => Promise<T>) => Promise<T | null>;
}

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

/** The saving state of an edit dialog of the task lists (清单, 表格, 任务, 节点). */
export function useDialogSave<F extends string>({ form, fields, codes, onClose, onReload }: Options<F>): DialogSave {
  const { showError } = useApiFeedback();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const clearError = useCallback(() => setError(null), []);

  const save = useCallback(
    async <T>(send: () => Promise<T>): Promise<T | null> => {
      setSaving(true);
      setError(null);
      try {
        return await send();
      } catch (caught) {
        if (isApiError(caught) && caught.code === 'VERSION_CONFLICT') {
          onClose();
          showError(caught, { onReload });
          return null;
        }
        const onFields = serverFieldErrors(caught, fields, codes);
        if (onFields.length > 0) form.setFields(onFields);
        else setError(caught);
        return null;
      } finally {
        setSaving(false);
      }
    },
    [codes, fields, form, onClose, onReload, showError],
  );

  return { saving, error, clearError, save };
}
