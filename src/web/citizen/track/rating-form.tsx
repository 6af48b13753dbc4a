import { Alert, Button, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import type { Satisfaction } from '../../../shared/cases.ts';
import { errorMessage } from '../../components/api-error-alert.tsx';
import { useT } from '../../i18n/use-t.ts';
import { citizenApi, type PublicCaseView } from '../citizen-api.ts';

interface Values {
  satisfaction: Satisfaction;
  solved: 'yes' | 'no';
  comment?: string;
}

/** 评价: satisfied / basically satisfied / unsatisfied, solved or not, and a comment. */
export function RatingForm({
  code,
  mobile,
  onRated,
}: {
  code: string;
  mobile: string | undefined;
  onRated: (view: PublicCaseView) => void;
}) {
  const t = useT();
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const send = async (values: Values) => {
    setSending(true);
    setFailure(null);
    try {
      onRated(
        await citizenApi.rate(code, mobile, {
          satisfaction: values.satisfaction,
          solved: values.solved === 'yes',
          ...(values.comment?.trim() ? { comment: values.comment.trim() } : {}),
        }),
      );
    } catch (error) {
      setFailure(error);
    } finally {
      setSending(false);
    }
  };

  return (
    <section className="citizen-card" aria-labelledby="citizen-rating-title" data-testid="citizen-rating">
      <h2 id="citizen-rating-title" className="citizen-card-title">
        {t('citizen.rating.title')}
      </h2>
      <Form<Values> layout="vertical" onFinish={(values) => void send(values)}>
        <Form.Item
          name="satisfaction"
          label={t('citizen.rating.satisfaction')}
          rules={[{ required: true, message: t('citizen.rating.satisfactionRequired') }]}
        >
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={(['satisfied', 'basically_satisfied', 'unsatisfied'] as const).map((value) => ({
              value,
              label: t(`citizen.rating.${value}`),
            }))}
            data-testid="citizen-rating-satisfaction"
          />
        </Form.Item>
        <Form.Item
          name="solved"
          label={t('citizen.rating.solved')}
          rules={[{ required: true, message: t('citizen.rating.solvedRequired') }]}
        >
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'yes', label: t('citizen.rating.solvedYes') },
              { value: 'no', label: t('citizen.rating.solvedNo') },
            ]}
            data-testid="citizen-rating-solved"
          />
        </Form.Item>
        <Form.Item name="comment" label={t('citizen.rating.comment')} extra={t('citizen.rating.unhappyHint')}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
        {failure ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('citizen.rating.failed')}
            description={errorMessage(failure)}
            style={{ marginBottom: 12 }}
          />
        ) : null}
        <Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            block
            size="large"
            loading={sending}
            data-testid="citizen-rating-submit"
          >
            {t('citizen.rating.submit')}
          </Button>
        </Form.Item>
      </Form>
    </section>
  );
}
