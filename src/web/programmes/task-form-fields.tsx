import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, type FormInstance, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { UnitTreeSelect } from '../admin/shared/unit-tree-select.tsx';
import { useUnits } from '../admin/shared/use-units.ts';
import { UnitMultiSelect } from '../cases/unit-multi-select.tsx';
import { useT } from '../i18n/use-t.ts';
import type { Phase } from './programme-types.ts';

/** What the task dialog holds. */
export interface TaskValues {
  title: string;
  description?: string;
  externalId?: string;
  leadUnitId?: number;
  supportingUnitIds?: number[];
  leaderName?: string;
  ownerName?: string;
  phaseId?: number | null;
  startsOn?: Dayjs | null;
  dueOn?: Dayjs | null;
  targetText?: string;
  targetValue?: number | null;
  targetUnit?: string;
  weight?: number | null;
  milestones?: { title?: string; dueOn?: Dayjs; phaseId?: number }[];
}

/** The date rule "not before the start" on a due-date field. */
export const notBefore = (form: FormInstance, startField: (string | number)[], message: string) => ({
  validator: async (_: unknown, value: Dayjs | null | undefined) => {
    const start = form.getFieldValue(startField) as Dayjs | null | undefined;
    if (value && start && value.isBefore(start, 'day')) throw new Error(message);
  },
});

/** 节点 of a new task: title and due date, optionally a phase; added and removed as rows. */
function MilestoneRows({ phases }: { phases: readonly Phase[] }) {
  const t = useT();
  return (
    <Form.List name="milestones">
      {(rows, { add, remove }) => (
        <fieldset className="prog-edit-fieldset" data-testid="task-form-milestones">
          <legend>{t('prog.task.milestones')}</legend>
          {rows.map((row, index) => (
            <div key={row.key} className="prog-edit-row">
              <Form.Item
                name={[row.name, 'title']}
                label={t('progEdit.milestoneTitleN', { n: index + 1 })}
                rules={[{ required: true, whitespace: true, message: t('progEdit.milestoneTitleRequired') }]}
                className="prog-edit-grow"
              >
                <Input maxLength={120} data-testid={`task-form-milestone-title-${index}`} />
              </Form.Item>
              <Form.Item
                name={[row.name, 'dueOn']}
                label={t('progEdit.milestoneDue')}
                rules={[{ required: true, message: t('progEdit.dateRequired') }]}
              >
                <DatePicker data-testid={`task-form-milestone-due-${index}`} />
              </Form.Item>
              {phases.length > 0 && (
                <Form.Item name={[row.name, 'phaseId']} label={t('progEdit.phase')}>
                  <Select
                    allowClear
                    options={phases.map((p) => ({ value: p.id, label: p.name }))}
                    style={{ width: 140 }}
                    aria-label={t('progEdit.phase')}
                  />
                </Form.Item>
              )}
              <Button
                type="text"
                danger
                icon={<DeleteOutlined aria-hidden="true" />}
                aria-label={t('progEdit.milestoneRemove', { n: index + 1 })}
                onClick={() => remove(row.name)}
                className="prog-edit-row-remove"
              />
            </div>
          ))}
          {rows.length < 24 && (
            <Button
              type="dashed"
              icon={<PlusOutlined aria-hidden="true" />}
              onClick={() => add({})}
              data-testid="task-form-milestone-add"
            >
              {t('progEdit.milestoneAdd')}
            </Button>
          )}
        </fieldset>
      )}
    </Form.List>
  );
}

/** The inputs of a task (新增任务 / 编辑任务): lead and supporting units, people, dates, target, weight, milestones. */
export function TaskFormFields({
  form,
  phases,
  subTask,
  withMilestones,
}: {
  form: FormInstance<TaskValues>;
  phases: readonly Phase[];
  subTask: boolean;
  withMilestones: boolean;
}) {
  const t = useT();
  const units = useUnits();
  const lead = Form.useWatch('leadUnitId', form);
  return (
    <>
      <Form.Item
        name="title"
        label={t('progEdit.taskTitle')}
        rules={[{ required: true, whitespace: true, message: t('progEdit.titleRequired') }]}
      >
        <Input maxLength={200} data-testid="task-form-title" />
      </Form.Item>
      <Form.Item name="description" label={t('prog.task.description')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} data-testid="task-form-description" />
      </Form.Item>
      <div className="prog-edit-grid">
        <Form.Item
          name="leadUnitId"
          label={t('prog.col.lead')}
          rules={[{ required: true, message: t('progEdit.leadRequired') }]}
        >
          <UnitTreeSelect
            units={units.units}
            loading={units.loading}
            exclude={(u) => !u.active}
            testId="task-form-lead"
            aria-label={t('prog.col.lead')}
          />
        </Form.Item>
        <Form.Item name="supportingUnitIds" label={t('prog.task.supporting')}>
          <UnitMultiSelect
            units={units.units}
            loading={units.loading}
            disable={(u) => u.id === lead}
            testId="task-form-supporting"
            aria-label={t('prog.task.supporting')}
          />
        </Form.Item>
        <Form.Item name="leaderName" label={t('prog.col.leader')}>
          <Input maxLength={40} data-testid="task-form-leader" />
        </Form.Item>
        <Form.Item name="ownerName" label={t('prog.task.owner')}>
          <Input maxLength={40} data-testid="task-form-owner" />
        </Form.Item>
        <Form.Item name="startsOn" label={t('progEdit.startsOn')}>
          <DatePicker style={{ width: '100%' }} data-testid="task-form-start" />
        </Form.Item>
        <Form.Item
          name="dueOn"
          label={t('prog.col.due')}
          dependencies={['startsOn']}
          rules={[notBefore(form, ['startsOn'], t('progEdit.endBeforeStart'))]}
        >
          <DatePicker style={{ width: '100%' }} data-testid="task-form-due" />
        </Form.Item>
        {phases.length > 0 && (
          <Form.Item name="phaseId" label={t('progEdit.phase')}>
            <Select
              allowClear
              options={phases.map((p) => ({ value: p.id, label: p.name }))}
              aria-label={t('progEdit.phase')}
            />
          </Form.Item>
        )}
        <Form.Item name="externalId" label={t('progEdit.externalId')} extra={t('progEdit.externalIdHint')}>
          <Input maxLength={64} data-testid="task-form-external-id" />
        </Form.Item>
      </div>
      <fieldset className="prog-edit-fieldset">
        <legend>{t('prog.task.target')}</legend>
        <div className="prog-edit-row">
          <Form.Item name="targetText" label={t('progEdit.targetText')} className="prog-edit-grow">
            <Input maxLength={200} placeholder={t('progEdit.targetTextHint')} data-testid="task-form-target-text" />
          </Form.Item>
          <Form.Item name="targetValue" label={t('progEdit.targetValue')}>
            <InputNumber style={{ width: 140 }} data-testid="task-form-target-value" />
          </Form.Item>
          <Form.Item name="targetUnit" label={t('progEdit.targetUnit')}>
            <Input maxLength={20} style={{ width: 100 }} placeholder="%" data-testid="task-form-target-unit" />
          </Form.Item>
        </div>
      </fieldset>
      {subTask && (
        <Form.Item
          name="weight"
          label={t('progEdit.weight')}
          extra={t('progEdit.weightHint')}
          rules={[
            {
              validator: async (_, value: number | null | undefined) => {
                if (typeof value === 'number' && !(value > 0 && value <= 1000))
                  throw new Error(t('progEdit.weightRange'));
              },
            },
          ]}
        >
          <InputNumber min={0} max={1000} step={1} style={{ width: 140 }} data-testid="task-form-weight" />
        </Form.Item>
      )}
      {withMilestones && <MilestoneRows phases={phases} />}
    </>
  );
}
