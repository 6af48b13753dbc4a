import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { UnitTreeSelect } from '../../admin/shared/unit-tree-select.tsx';
import { useUnits } from '../../admin/shared/use-units.ts';
import { UnitMultiSelect } from '../../cases/unit-multi-select.tsx';
import { useT } from '../../i18n/use-t.ts';
import type { ProgrammeDetail } from '../../programmes/programme-types.ts';
import type { OfficeTopic } from './office-topic-types.ts';
import { SelectTopicMilestones } from './select-topic-milestones.tsx';
import { TopicActionModal } from './topic-action-modal.tsx';

interface SelectValues {
  title: string;
  leadUnitId: number;
  supportingUnitIds?: number[];
  leaderName?: string;
  startsOn?: Dayjs | null;
  dueOn?: Dayjs | null;
  targetText?: string;
  milestones?: { title: string; dueOn: Dayjs }[];
}

const day = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : undefined);
const text = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** 选题: the task the topic becomes — title (the topic's, editable), lead and supporting units, dates, target, milestones. */
export function SelectTopicModal({
  topic,
  programme,
  onClose,
  onDone,
}: {
  topic: OfficeTopic;
  programme: ProgrammeDetail;
  onClose: () => void;
  onDone: (next: OfficeTopic) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<SelectValues>();
  const { units, loading } = useUnits();
  const lead = Form.useWatch('leadUnitId', form);

  const toBody = (values: SelectValues) => {
    const body: Record<string, unknown> = {
      title: values.title.trim(),
      leadUnitId: values.leadUnitId,
      supportingUnitIds: (values.supportingUnitIds ?? []).filter((id) => id !== values.leadUnitId),
    };
    const optional = {
      leaderName: text(values.leaderName),
      startsOn: day(values.startsOn),
      dueOn: day(values.dueOn),
      targetText: text(values.targetText),
    };
    for (const [key, value] of Object.entries(optional)) if (value !== undefined) body[key] = value;
    const milestones = (values.milestones ?? []).map((m) => ({
      title: m.title.trim(),
      dueOn: m.dueOn.format('YYYY-MM-DD'),
    }));
    if (milestones.length > 0) body.milestones = milestones;
    return body;
  };

  return (
    <TopicActionModal<SelectValues>
      topic={topic}
      action="select"
      form={form}
      width={720}
      title={t('topicOffice.select.title', { title: topic.title })}
      hint={t('topicOffice.select.hint')}
      okText={t('topicOffice.select.submit')}
      initialValues={{ title: topic.title, supportingUnitIds: [], dueOn: dayjs(programme.endsOn), milestones: [] }}
      fieldNames={[
        'title',
        'leadUnitId',
        'supportingUnitIds',
        'leaderName',
        'startsOn',
        'dueOn',
        'targetText',
        'milestones',
      ]}
      fieldCodes={{ TASK_BAD_UNITS: 'leadUnitId' }}
      toBody={toBody}
      successText={(next) => t('topicOffice.done.select', { title: next.task?.title ?? topic.title })}
      onClose={onClose}
      onDone={onDone}
    >
      <Form.Item
        name="title"
        label={t('topicOffice.select.taskTitle')}
        rules={[{ required: true, whitespace: true, message: t('topicOffice.select.taskTitleRequired') }]}
      >
        <Input maxLength={200} data-testid="topic-select-title" />
      </Form.Item>
      <div className="topic-office-form-row">
        <Form.Item
          name="leadUnitId"
          label={t('topicOffice.select.lead')}
          className="topic-office-grow"
          rules={[{ required: true, message: t('topicOffice.select.leadRequired') }]}
        >
          <UnitTreeSelect
            units={units}
            loading={loading}
            exclude={(unit) => !unit.active}
            aria-label={t('topicOffice.select.lead')}
            testId="topic-select-lead"
          />
        </Form.Item>
        <Form.Item name="leaderName" label={t('topicOffice.select.leader')}>
          <Input maxLength={40} />
        </Form.Item>
      </div>
      <Form.Item name="supportingUnitIds" label={t('topicOffice.select.supporting')}>
        <UnitMultiSelect
          units={units}
          loading={loading}
          disable={(unit) => unit.id === lead}
          aria-label={t('topicOffice.select.supporting')}
        />
      </Form.Item>
      <div className="topic-office-form-row">
        <Form.Item name="startsOn" label={t('topicOffice.select.startsOn')}>
          <DatePicker data-testid="topic-select-starts" />
        </Form.Item>
        <Form.Item
          name="dueOn"
          label={t('topicOffice.select.dueOn')}
          dependencies={['startsOn']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_rule, value: Dayjs | null | undefined) => {
                const starts = getFieldValue('startsOn') as Dayjs | null | undefined;
                return value && starts && value.isBefore(starts, 'day')
                  ? Promise.reject(new Error(t('topicOffice.select.dueAfterStart')))
                  : Promise.resolve();
              },
            }),
          ]}
        >
          <DatePicker data-testid="topic-select-due" />
        </Form.Item>
        <Form.Item name="targetText" label={t('topicOffice.select.target')} className="topic-office-grow">
          <Input maxLength={200} placeholder={t('topicOffice.select.targetPlaceholder')} />
        </Form.Item>
      </div>
      <SelectTopicMilestones />
    </TopicActionModal>
  );
}
