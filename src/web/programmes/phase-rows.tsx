import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, type FormInstance, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useT } from '../i18n/use-t.ts';

export interface PhaseValues {
  id?: number;
  name?: string;
  startsOn?: Dayjs;
  endsOn?: Dayjs;
}

/** At most this many phases (the server's limit). */
const maxPhases = 12;

/**
 * 阶段: named, dated rows (e.g. 重点攻坚, 更大突破, 系统提升) inside the programme's period, in order
 * of their start; rows can be added and removed. Checked as the server checks them.
 */
export function PhaseRows({ form }: { form: FormInstance }) {
  const t = useT();
  const inPeriod = (value: Dayjs | undefined) => {
    const start = form.getFieldValue('startsOn') as Dayjs | undefined;
    const end = form.getFieldValue('endsOn') as Dayjs | undefined;
    return !value || ((!start || !value.isBefore(start, 'day')) && (!end || !value.isAfter(end, 'day')));
  };
  return (
    <Form.List name="phases">
      {(rows, { add, remove }) => (
        <fieldset className="prog-edit-fieldset" data-testid="phase-rows">
          <legend>{t('progEdit.phases')}</legend>
          {rows.length === 0 && <p className="prog-muted">{t('progEdit.phasesNone')}</p>}
          {rows.map((row, index) => (
            <div key={row.key} className="prog-edit-row" data-testid="phase-row">
              <Form.Item name={[row.name, 'id']} hidden>
                <Input />
              </Form.Item>
              <Form.Item
                name={[row.name, 'name']}
                label={t('progEdit.phaseName', { n: index + 1 })}
                rules={[{ required: true, whitespace: true, message: t('progEdit.phaseNameRequired') }]}
              >
                <Input maxLength={40} placeholder={t('progEdit.phaseNameHint')} data-testid={`phase-name-${index}`} />
              </Form.Item>
              <Form.Item
                name={[row.name, 'startsOn']}
                label={t('progEdit.startsOn')}
                dependencies={['startsOn', 'endsOn', ...(index > 0 ? [['phases', index - 1, 'startsOn']] : [])]}
                rules={[
                  { required: true, message: t('progEdit.dateRequired') },
                  {
                    validator: async (_, value: Dayjs | undefined) => {
                      if (!inPeriod(value)) throw new Error(t('progEdit.phaseOutside'));
                      const before =
                        index > 0
                          ? (form.getFieldValue(['phases', index - 1, 'startsOn']) as Dayjs | undefined)
                          : undefined;
                      if (value && before && value.isBefore(before, 'day')) throw new Error(t('progEdit.phaseOrder'));
                    },
                  },
                ]}
              >
                <DatePicker data-testid={`phase-start-${index}`} />
              </Form.Item>
              <Form.Item
                name={[row.name, 'endsOn']}
                label={t('progEdit.endsOn')}
                dependencies={['startsOn', 'endsOn', ['phases', index, 'startsOn']]}
                rules={[
                  { required: true, message: t('progEdit.dateRequired') },
                  {
                    validator: async (_, value: Dayjs | undefined) => {
                      if (!inPeriod(value)) throw new Error(t('progEdit.phaseOutside'));
                      const start = form.getFieldValue(['phases', index, 'startsOn']) as Dayjs | undefined;
                      if (value && start && value.isBefore(start, 'day')) throw new Error(t('progEdit.endBeforeStart'));
                    },
                  },
                ]}
              >
                <DatePicker data-testid={`phase-end-${index}`} />
              </Form.Item>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined aria-hidden="true" />}
                aria-label={t('progEdit.phaseRemove', { n: index + 1 })}
                onClick={() => remove(row.name)}
                className="prog-edit-row-remove"
                data-testid={`phase-remove-${index}`}
              />
            </div>
          ))}
          {rows.length < maxPhases && (
            <Button
              type="dashed"
              icon={<PlusOutlined aria-hidden="true" />}
              onClick={() => add({})}
              data-testid="phase-add"
            >
              {t('progEdit.phaseAdd')}
            </Button>
          )}
        </fieldset>
      )}
    </Form.List>
  );
}
