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
  /** Shown above the fields (and above the refusal when it is shown on top): hints, what the write concerns. */
  header?: ReactNode;
  /** Where the refusal's alert goes: below the fields (the default) or above them. */
  errorPlacement?: 'top' | 'bottom';
  /** The refusal alert's class (its spacing), when not the default. */
  errorClassName?: string;
  /**
   * What the write answered, to be read before the dialog closes (e.g. one line per item of a bulk
   * write): shown instead of the form, with one button that closes the dialog.
   */
  outcome?: ReactNode;
  /** The modal's root class (styles of one area's dialogs). */
  rootClassName?: string;
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
  header,
  errorPlacement = 'bottom',
  errorClassName,
  outcome,
  rootClassName,
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
  const done = outcome !== undefined && outcome !== null;

  const finish = (values: Values) => {
    setError(null);
    mutation.mutate(values, {
      onSuccess: (result) => onDone(result, values),
      onError: (caught) => {
        if (!onRefused?.(caught)) setError(caught);
      },
    });
  };

  const alert = error && renderError ? renderError(error) : <ApiErrorAlert error={error} className={errorClassName} />;
  return (
    <Modal
      open={open}
      title={title}
      okText={done ? t('common.close') : okText}
      cancelText={t('common.cancel')}
      cancelButtonProps={done ? { style: { display: 'none' } } : undefined}
      confirmLoading={mutation.isPending}
      okButtonProps={okButtonProps}
      width={width}
      rootClassName={rootClassName}
      onOk={() => (done ? onCancel() : form.submit())}
      onCancel={onCancel}
      destroyOnHidden
      afterClose={() => {
        setError(null);
        mutation.reset();
      }}
    >
      {done ? (
        outcome
      ) : (
        <Form<Values>
          form={form}
          layout="vertical"
          className={formClassName}
          initialValues={initialValues}
          onFinish={finish}
          preserve={false}
          data-testid={formTestId}
        >
          {header}
          {errorPlacement === 'top' && alert}
          {children}
          {errorPlacement === 'bottom' && alert}
        </Form>
      )}
    </Modal>
  );
}
