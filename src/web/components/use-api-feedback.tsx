import { App } from 'antd';
import { useCallback } from 'react';
import { isApiError } from '../api/client.ts';
import { useT } from '../i18n/use-t.ts';
import { errorMessage } from './api-error-alert.tsx';

/**
 * Reports a failed action. A version conflict asks the person to reload (someone else changed the
 * record since it was read); anything else shows the server's message with its request ID.
 */
export function useApiFeedback() {
  const t = useT();
  const { message, modal } = App.useApp();

  const showError = useCallback(
    (error: unknown, options: { title?: string; onReload?: () => void } = {}) => {
      if (isApiError(error) && error.code === 'VERSION_CONFLICT') {
        modal.warning({
          title: t('api.conflictTitle'),
          content: error.message,
          okText: options.onReload ? t('api.reloadNow') : t('common.ok'),
          onOk: options.onReload,
        });
        return;
      }
      const requestId = isApiError(error) ? error.requestId : null;
      if (options.title) {
        modal.error({
          title: options.title,
          content: (
            <>
              <div>{errorMessage(error)}</div>
              {requestId && <div className="api-error-request-id">{t('api.requestId', { id: requestId })}</div>}
            </>
          ),
        });
        return;
      }
      void message.error(errorMessage(error), 6);
    },
    [message, modal, t],
  );

  return { showError, message, modal };
}
