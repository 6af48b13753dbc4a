import { Alert } from 'antd';
import { ApiError, isApiError } from '../api/client.ts';
import { useT } from '../i18n/use-t.ts';

interface ValidationIssue {
  path: string;
  message: string;
}

/** VALIDATION_FAILED details (`[{in, path, message}]`), if the error carries them. */
export function validationIssues(error: ApiError): ValidationIssue[] {
  if (error.code !== 'VALIDATION_FAILED' || !Array.isArray(error.details)) return [];
  return error.details.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { path, message } = item as Record<string, unknown>;
    return typeof message === 'string' ? [{ path: typeof path === 'string' ? path : '', message }] : [];
  });
}

/** The message of anything thrown: the server's (already localised) message for API errors. */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) return error.message;
  return error instanceof Error ? error.message : String(error);
}

/** An API error as an alert: the server's message, field problems, and the request ID for support. */
export function ApiErrorAlert({ error, title, className }: { error: unknown; title?: string; className?: string }) {
  const t = useT();
  if (!error) return null;
  const issues = isApiError(error) ? validationIssues(error) : [];
  // Request IDs help support trace a server fault or a refusal; for other errors the message says it all.
  const requestId = isApiError(error) && (error.status >= 500 || error.status === 403) ? error.requestId : null;
  return (
    <Alert
      className={className ?? 'api-error-alert'}
      type="error"
      showIcon
      role="alert"
      title={title ?? errorMessage(error)}
      description={
        title || issues.length > 0 || requestId ? (
          <>
            {title && <div>{errorMessage(error)}</div>}
            {issues.length > 0 && (
              <ul className="api-error-issues">
                {issues.map((issue) => (
                  <li key={`${issue.path}:${issue.message}`}>
                    {issue.path && <code>{issue.path}</code>} {issue.message}
                  </li>
                ))}
              </ul>
            )}
            {requestId && <div className="api-error-request-id">{t('api.requestId', { id: requestId })}</div>}
          </>
        ) : undefined
      }
    />
  );
}
