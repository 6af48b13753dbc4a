import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input } from 'antd';
import { useT } from '../../i18n/use-t.ts';

/** 工作节点 of the task a topic becomes: a title and a due date each, at most 24. */
export function SelectTopicMilestones() {
  const t = useT();
  return (
    <fieldset className="topic-office-fieldset">
      <legend>{t('topicOffice.select.milestones')}</legend>
      <Form.List name="milestones">
        {(rows, { add, remove }) => (
          <>
            {rows.map((row, index) => (
              <div key={row.key} className="topic-office-form-row">
                <Form.Item
                  name={[row.name, 'title']}
                  label={t('topicOffice.select.milestoneTitle')}
                  className="topic-office-grow"
                  rules={[
                    { required: true, whitespace: true, message: t('topicOffice.select.milestoneTitleRequired') },
                  ]}
                >
                  <Input maxLength={120} data-testid="topic-select-milestone-title" />
                </Form.Item>
                <Form.Item
                  name={[row.name, 'dueOn']}
                  label={t('topicOffice.select.milestoneDue')}
                  rules={[{ required: true, message: t('topicOffice.select.milestoneDueRequired') }]}
                >
                  <DatePicker data-testid="topic-select-milestone-due" />
                </Form.Item>
                <Button
                  type="text"
                  className="topic-office-remove"
                  icon={<DeleteOutlined aria-hidden="true" />}
                  aria-label={t('topicOffice.select.removeMilestone', { n: index + 1 })}
                  onClick={() => remove(row.name)}
                />
              </div>
            ))}
            {rows.length < 24 && (
              <Button
                type="dashed"
                icon={<PlusOutlined aria-hidden="true" />}
                onClick={() => add({ title: '' })}
                data-testid="topic-select-add-milestone"
              >
                {t('topicOffice.select.addMilestone')}
              </Button>
            )}
          </>
        )}
      </Form.List>
    </fieldset>
  );
}
