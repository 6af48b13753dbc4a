import { Alert, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { api, isApiError } from '../../api/client.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { FormDialog } from '../../components/form-dialog.tsx';
import { serverFieldErrors } from '../../components/form-errors.ts';
import { useApiFeedback } from '../../components/use-api-feedback.tsx';
import type { OfficeTopic, OfficeTopicAction } from './office-topic-types.ts';

export interface TopicActionModalProps<V> {
  topic: OfficeTopic;
  action: OfficeTopicAction;
  form: FormInstance<V>;
  title: string;
  hint: string;
  okText: string;
  danger?: boolean;
  width?: number;
  initialValues?: Partial<V>;
  /** Form fields a refusal may name (VALIDATION_FAILED paths, or error codes mapped to one field). */
  fieldNames: readonly string[];
  fieldCodes?: Record<string, string>;
  /** The request body without the version. */
  toBody: (values: V) => Record<string, unknown>;
  successText: (next: OfficeTopic) => string;
  onClose: () => void;
  onDone: (next: OfficeTopic) => void;
  children: ReactNode;
}

/**
 * The frame of the office's topic dialogs: POST /topics/{id}/{action} with the topic's version; field
 * problems go back on the form. Every topic read (the office's lists and drawer, the public list) is
 * refetched after it; selecting also makes a task of the programme.
 */
export function TopicActionModal<V>({
  topic,
  action,
  form,
  title,
  hint,
  okText,
  danger = false,
  width,
  initialValues,
  fieldNames,
  fieldCodes,
  toBody,
  successText,
  onClose,
  onDone,
  children,
}: TopicActionModalProps<V>) {
  const { showError, message } = useApiFeedback();
  return (
    <FormDialog<V, OfficeTopic>
      open
      title={title}
      width={width}
      okText={okText}
      okButtonProps={{
        danger,
        ...({ 'data-testid': `topic-${action}-submit` } as Record<string, string>),
      }}
      rootClassName="topic-office-modal"
      form={form}
      formTestId={`topic-${action}-form`}
      initialValues={initialValues}
      submit={(values) =>
        api.post<OfficeTopic>(`/topics/${topic.id}/${action}`, { version: topic.version, ...toBody(values) })
      }
      invalidates={[
        queryKeys.topics,
        queryKeys.publicTopics,
        ...(action === 'select' ? [queryKeys.tasks, queryKeys.programmes] : []),
      ]}
      onDone={(next) => {
        void message.success(successText(next));
        onDone(next);
      }}
      onRefused={(error) => {
        const onFields = serverFieldErrors(error, fieldNames, fieldCodes);
        if (onFields.length > 0) form.setFields(onFields as Parameters<typeof form.setFields>[0]);
        else if (isApiError(error) && error.code === 'VERSION_CONFLICT') showError(error, { onReload: onClose });
        else return false;
        return true;
      }}
      onCancel={onClose}
      header={<Alert type="info" showIcon title={hint} className="topic-office-hint" />}
      errorPlacement="top"
    >
      {children}
    </FormDialog>
  );
}
