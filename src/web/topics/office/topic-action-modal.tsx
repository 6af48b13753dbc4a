import { Alert, Form, type FormInstance, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
import { api, isApiError } from '../../api/client.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
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
  cancelText: string;
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

/** The frame of the office's topic dialogs: POST /topics/{id}/{action} with the topic's version; field problems go back on the form. */
export function TopicActionModal<V>({
  topic,
  action,
  form,
  title,
  hint,
  okText,
  cancelText,
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
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const submit = async () => {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows what is wrong
    }
    setSaving(true);
    setFailure(null);
    try {
      const next = await api.post<OfficeTopic>(`/topics/${topic.id}/${action}`, {
        version: topic.version,
        ...toBody(values),
      });
      void message.success(successText(next));
      onDone(next);
    } catch (error) {
      const onFields = serverFieldErrors(error, fieldNames, fieldCodes);
      if (onFields.length > 0) form.setFields(onFields as Parameters<typeof form.setFields>[0]);
      else if (isApiError(error) && error.code === 'VERSION_CONFLICT') showError(error, { onReload: onClose });
      else setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      width={width}
      okText={okText}
      cancelText={cancelText}
      okButtonProps={{
        loading: saving,
        danger,
        ...({ 'data-testid': `topic-${action}-submit` } as Record<string, string>),
      }}
      onOk={() => void submit()}
      onCancel={onClose}
      rootClassName="topic-office-modal"
      destroyOnHidden
    >
      <Alert type="info" showIcon title={hint} className="topic-office-hint" />
      <ApiErrorAlert error={failure} />
      <Form form={form} layout="vertical" initialValues={initialValues} data-testid={`topic-${action}-form`}>
        {children}
      </Form>
    </Modal>
  );
}
