import { isApiError } from '../api/client.ts';
import { validationIssues } from './api-error-alert.tsx';

export interface FieldError<F extends string> {
  name: F;
  errors: string[];
}

/**
 * Puts a refused save back on the form's fields: error codes that name one field (UNIT_CODE_TAKEN →
 * code), and VALIDATION_FAILED issues whose path is a field (`/code`). Returns [] when nothing maps,
 * and the caller shows the error as an alert instead.
 */
export function serverFieldErrors<F extends string>(
  error: unknown,
  fields: readonly F[],
  codes: Partial<Record<string, F>> = {},
  invalid = '',
): FieldError<F>[] {
  if (!isApiError(error)) return [];
  const byCode = codes[error.code];
  if (byCode) return [{ name: byCode, errors: [error.message] }];
  return validationIssues(error).flatMap((issue) => {
    const field = fields.find((name) => name === issue.path.replace(/^\//, '').split('/')[0]);
    return field ? [{ name: field, errors: [invalid || issue.message] }] : [];
  });
}

/**
 * The form's values, or null while a field is invalid: antd already shows the messages beside the
 * fields, so a failed check is not an error to report (awaiting validateFields alone would leave an
 * unhandled rejection behind every click on a half-filled form).
 */
export async function validValues<T>(form: { validateFields: () => Promise<T> }): Promise<T | null> {
  try {
    return await form.validateFields();
  } catch {
    return null;
  }
}
