import { SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Button, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useLocale } from '../../i18n/use-locale.ts';
import { actionLabel, ENTITY_TYPES, entityLabel, KNOWN_ACTIONS } from './audit-labels.ts';

export interface AuditFilterValues {
  action?: string;
  entityType?: string;
  entityId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

/** Action (or prefix), record type and ID, and a period; applied with 查询. */
export function AuditFilters({ onApply }: { onApply: (values: AuditFilterValues) => void }) {
  const { t, locale } = useLocale();
  const [form] = Form.useForm<AuditFilterValues>();
  const prefixes = [...new Set(KNOWN_ACTIONS.map((action) => `${action.split('.')[0]}.`))];

  return (
    <Form<AuditFilterValues>
      form={form}
      layout="inline"
      className="audit-filters"
      onFinish={onApply}
      aria-label={t('common.search')}
    >
      <Form.Item name="action" label={t('audit.actionFilter')}>
        <AutoComplete
          style={{ width: 200 }}
          allowClear
          placeholder={t('audit.actionPlaceholder')}
          options={[
            ...prefixes.map((prefix) => ({ value: prefix, label: prefix })),
            ...KNOWN_ACTIONS.map((action) => ({ value: action, label: `${actionLabel(locale, action)} · ${action}` })),
          ]}
          showSearch={{
            filterOption: (input, option) => {
              const q = input.trim().toLowerCase();
              return (
                String(option?.value ?? '').includes(q) ||
                String(option?.label ?? '')
                  .toLowerCase()
                  .includes(q)
              );
            },
          }}
        />
      </Form.Item>
      <Form.Item name="entityType" label={t('audit.entityType')}>
        <Select
          style={{ width: 130 }}
          allowClear
          placeholder={t('audit.anyEntity')}
          options={ENTITY_TYPES.map((type) => ({ value: type, label: entityLabel(locale, type) }))}
        />
      </Form.Item>
      <Form.Item name="entityId" label={t('audit.entityId')}>
        <Input style={{ width: 100 }} allowClear autoComplete="off" />
      </Form.Item>
      <Form.Item name="range" label={t('audit.dateRange')}>
        <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: 250 }} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
          {t('common.search')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() => {
            form.resetFields();
            onApply({});
          }}
        >
          {t('common.reset')}
        </Button>
      </Form.Item>
    </Form>
  );
}
