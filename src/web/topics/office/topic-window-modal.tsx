import { DatePicker, Form, Input, InputNumber, type ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, isApiError } from '../../api/client.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { FormDialog } from '../../components/form-dialog.tsx';
import { serverFieldErrors } from '../../components/form-errors.ts';
import { useApiFeedback } from '../../components/use-api-feedback.tsx';
import { useT } from '../../i18n/use-t.ts';
import type { ProgrammeDetail } from '../../programmes/programme-types.ts';

interface WindowValues {
  opensAt: Dayjs;
  closesAt: Dayjs;
  supportLimit: number;
  proposalLimit: number;
  intro?: string;
}

const fields = ['opensAt', 'closesAt', 'supportLimit', 'proposalLimit', 'intro'] as const;
const timeFormat = 'YYYY-MM-DD HH:mm';

/** What a change of the call for topics shows in: the programme's page and lists, and the public list. */
export const topicWindowInvalidates = [queryKeys.programmes, queryKeys.publicProgrammes] as const;

/** 开启或调整群众点题: when citizens may propose and support, and how much each person may. */
export function TopicWindowModal({
  programme,
  onClose,
  onDone,
}: {
  programme: ProgrammeDetail;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const { showError, message } = useApiFeedback();
  const [form] = Form.useForm<WindowValues>();
  const current = programme.topicWindow;
  const [initial] = useState<WindowValues>(() => {
    const now = dayjs().startOf('minute');
    const closes = current.closesAt ? dayjs(current.closesAt) : null;
    const stillAhead = closes !== null && closes.isAfter(now);
    return {
      opensAt: stillAhead && current.opensAt ? dayjs(current.opensAt) : now,
      closesAt: stillAhead && closes ? closes : now.add(30, 'day').endOf('day').startOf('minute'),
      supportLimit: current.supportLimit,
      proposalLimit: current.proposalLimit,
      intro: current.intro ?? '',
    };
  });

  const limitRules = [
    { required: true, type: 'integer' as const, min: 1, max: 100, message: t('topicOffice.window.limitRule') },
  ];
  return (
    <FormDialog<WindowValues, ProgrammeDetail>
      open
      title={t('topicOffice.window.dialogTitle')}
      okText={t('common.save')}
      okButtonProps={{ 'data-testid': 'topic-window-submit' } as ButtonProps}
      rootClassName="topic-office-modal"
      form={form}
      formTestId="topic-window-form"
      initialValues={initial}
      submit={(values) =>
        api.put<ProgrammeDetail>(`/programmes/${programme.id}/topic-window`, {
          version: programme.version,
          opensAt: values.opensAt.toISOString(),
          closesAt: values.closesAt.toISOString(),
          supportLimit: values.supportLimit,
          proposalLimit: values.proposalLimit,
          intro: (values.intro ?? '').trim(),
        })
      }
      invalidates={topicWindowInvalidates}
      onDone={() => {
        void message.success(t('topicOffice.window.saved'));
        onDone();
      }}
      onRefused={(error) => {
        const onFields = serverFieldErrors(error, fields);
        if (onFields.length > 0) form.setFields(onFields);
        else if (isApiError(error) && error.code === 'VERSION_CONFLICT') showError(error, { onReload: onClose });
        else return false;
        return true;
      }}
      onCancel={onClose}
      errorPlacement="top"
    >
      <div className="topic-office-form-row">
        <Form.Item
          name="opensAt"
          label={t('topicOffice.window.opensAt')}
          rules={[{ required: true, message: t('topicOffice.window.opensAtRequired') }]}
        >
          <DatePicker showTime={{ format: 'HH:mm' }} format={timeFormat} data-testid="topic-window-opens" />
        </Form.Item>
        <Form.Item
          name="closesAt"
          label={t('topicOffice.window.closesAt')}
          dependencies={['opensAt']}
          rules={[
            { required: true, message: t('topicOffice.window.closesAtRequired') },
            ({ getFieldValue }) => ({
              validator: (_rule, value: Dayjs | undefined) => {
                const opens = getFieldValue('opensAt') as Dayjs | undefined;
                if (!value) return Promise.resolve();
                if (opens && !value.isAfter(opens))
                  return Promise.reject(new Error(t('topicOffice.window.closesAfterOpens')));
                if (!value.isAfter(dayjs())) return Promise.reject(new Error(t('topicOffice.window.closesAfterNow')));
                return Promise.resolve();
              },
            }),
          ]}
        >
          <DatePicker showTime={{ format: 'HH:mm' }} format={timeFormat} data-testid="topic-window-closes" />
        </Form.Item>
      </div>
      <div className="topic-office-form-row">
        <Form.Item name="supportLimit" label={t('topicOffice.window.supportLimit')} rules={limitRules}>
          <InputNumber min={1} max={100} precision={0} data-testid="topic-window-support-limit" />
        </Form.Item>
        <Form.Item name="proposalLimit" label={t('topicOffice.window.proposalLimit')} rules={limitRules}>
          <InputNumber min={1} max={100} precision={0} data-testid="topic-window-proposal-limit" />
        </Form.Item>
      </div>
      <Form.Item name="intro" label={t('topicOffice.window.intro')}>
        <Input.TextArea rows={3} maxLength={2000} showCount placeholder={t('topicOffice.window.introPlaceholder')} />
      </Form.Item>
    </FormDialog>
  );
}
