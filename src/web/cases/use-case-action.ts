import { App } from 'antd';
import { useCallback, useState } from 'react';
import { api, isApiError } from '../api/client.ts';
import { useApiMutation } from '../api/queries.ts';
import { queryKeys } from '../api/query-keys.ts';
import { useT } from '../i18n/use-t.ts';
import { caseLabels } from './case-labels.ts';
import type { CaseAction, CaseDetail } from './case-types.ts';

/** /cases/:id/acknowledge-summons for acknowledgeSummons (the server's route per action). */
export const actionSegment = (action: CaseAction) => action.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export interface CaseActionState {
  saving: boolean;
  /** The refusal to show in the dialog (not a version conflict). */
  error: unknown;
  /** Someone else changed the case since it was read (409 VERSION_CONFLICT). */
  conflict: boolean;
  /** Posts the action with the version read; resolves with the case as it is now, or null when refused. */
  submit: (body: Record<string, unknown>) => Promise<CaseDetail | null>;
  reset: () => void;
}

/** Takes one action on a case (POST /cases/{id}/{action}) with the version the person read. */
export function useCaseAction(detail: CaseDetail, action: CaseAction | null): CaseActionState {
  const t = useT();
  const { message } = App.useApp();
  // An action moves the case between queues, boards and counts: every case read is refetched.
  const { mutateAsync, isPending } = useApiMutation(
    ({ segment, body }: { segment: string; body: Record<string, unknown> }) =>
      api.post<CaseDetail>(`/cases/${detail.id}/${segment}`, { ...body, version: detail.version }),
    [queryKeys.cases, queryKeys.supervision, queryKeys.dashboard],
  );
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);

  const reset = useCallback(() => {
    setError(null);
    setConflict(false);
  }, []);

  const submit = useCallback(
    async (body: Record<string, unknown>) => {
      if (!action) return null;
      setError(null);
      setConflict(false);
      try {
        const next = await mutateAsync({ segment: actionSegment(action), body });
        void message.success(t('cases.action.done', { action: caseLabels(t).action(action) }));
        return next;
      } catch (caught) {
        if (isApiError(caught) && caught.code === 'VERSION_CONFLICT') setConflict(true);
        else setError(caught);
        return null;
      }
    },
    [action, message, mutateAsync, t],
  );

  return { saving: isPending, error, conflict, submit, reset };
}
