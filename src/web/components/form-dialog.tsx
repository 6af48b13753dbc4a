import type { QueryKey } from '@tanstack/react-query';
import { Form, Modal, type FormInstance, type ModalProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { useApiMutation } from '../api/queries.ts';
import { useT } from '../i18n/use-t.ts';
import { ApiErrorAlert } from './api-error-alert.tsx';

export interface FormDialogProps<Values, Result> {
  open: boolean;
  title: ReactNode;
  okText: ReactNode;
  form: FormInstance<Values>;
  /** The write, with the form's checked values. */
  submit: (values: Values) => Promise<Result>;
  /** Reads refetched once the write succeeds (see queryKeys). */
  invalidates?: readonly QueryKey[];
  /** After the write succeeded, with its answer. */
  onDone: (result: Result, values: Values) => void;
  onCancel: () => void;
  /** Puts a refusal on the fields it concerns (form.setFields) and answers true; otherwise it shows as an alert. */
  onRefused?: (error: unknown) => boolean;
  initialValues?: Partial<Values>;
  okButtonProps?: ModalProps['okButtonProps'];
  width?: ModalProps['width'];
  /** The form's class and test ID (styles and tests that address the form itself). */
  formClassName?: string;
  formTestId?: string;
  /** How a refusal left to the alert is shown; an ApiErrorAlert unless given. */
  renderError?: (error: unknown) => ReactNode;
  children: ReactNode;
}

/**
 * The shell of every dialog that edits something: a Modal around a vertical Form whose OK button
 * submits it, shows the write as pending, keeps the dialog open with the server's refusal in an
 * alert below the fields, and refetches the reads the write changed.
 */
export function FormDialog<Values, Result>({
  open,
  title,
  okText,
  form,
  submit,
  invalidates = [],
  onDone,
  onCancel,
  onRefused,
  initialValues,
  okButtonProps,
  width,
  formClassName,
  formTestId,
  renderError,
  children,
}: FormDialogProps<Values, Result>) {
  const t = useT();
  const mutation = useApiMutation(submit, invalidates);
  const [error, setError] = useState<unknown>(null);

  const finish = (values: Values) => {
    setError(null);
    mutation.mutate(values, {
      onSuccess: (result) => onDone(result, values),
      onError: (caught) => {
        if (!onRefused?.(caught)) setError(caught);
      },
    });
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      okButtonProps={okButtonProps}
      width={width}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
      afterClose={() => {
        setError(null);
        mutation.reset();
      }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        className={formClassName}
        initialValues={initialValues}
        onFinish={finish}
        preserve={false}
        data-testid={formTestId}
      >
        {children}
        {error && renderError ? renderError(error) : <ApiErrorAlert error={error} />}
      </Form>
    </Modal>
  );
}
