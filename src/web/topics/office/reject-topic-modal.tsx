import { Form, Input } from 'antd';
import { useT } from '../../i18n/use-t.ts';
import type { OfficeTopic } from './office-topic-types.ts';
import { TopicActionModal } from './topic-action-modal.tsx';

/** 不予采纳: the reason is required; the proposer and supporters read it. */
export function RejectTopicModal({
  topic,
  onClose,
  onDone,
}: {
  topic: OfficeTopic;
  onClose: () => void;
  onDone: (next: OfficeTopic) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <TopicActionModal<{ reason: string }>
      topic={topic}
      action="reject"
      form={form}
      danger
      title={t('topicOffice.reject.title', { title: topic.title })}
      hint={t('topicOffice.reject.hint')}
      okText={t('topicOffice.reject.submit')}
      fieldNames={['reason']}
      fieldCodes={{ TASK_NOTE_REQUIRED: 'reason' }}
      toBody={(values) => ({ reason: values.reason.trim() })}
      successText={() => t('topicOffice.done.reject')}
      onClose={onClose}
      onDone={onDone}
    >
      <Form.Item
        name="reason"
        label={t('topicOffice.reject.reason')}
        rules={[{ required: true, whitespace: true, message: t('topicOffice.reject.reasonRequired') }]}
      >
        <Input.TextArea rows={4} maxLength={1000} showCount data-testid="topic-reject-reason" />
      </Form.Item>
    </TopicActionModal>
  );
}
