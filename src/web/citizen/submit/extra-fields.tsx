import { Form, Input, Radio } from 'antd';
import { useLocale } from '../../i18n/use-locale.ts';
import type { ExtraField } from '../citizen-api.ts';

/** 补充信息: the intake fields the chosen category asks for (owed wages: employer, amount…). */
export function ExtraFields({ fields }: { fields: readonly ExtraField[] }) {
  const { locale, t } = useLocale();
  if (fields.length === 0) return null;
  const labelOf = (field: ExtraField) => (locale === 'en-US' ? field.labelEn : field.labelZh);
  return (
    <section className="citizen-card" aria-labelledby="citizen-extra-title" data-testid="citizen-extra">
      <h2 id="citizen-extra-title" className="citizen-card-title">
        {t('citizen.extra.title')}
      </h2>
      {fields.map((field) => {
        const label = labelOf(field);
        const rules = [
          ...(field.required
            ? [{ required: true, whitespace: true, message: t('citizen.extra.required', { label }) }]
            : []),
          ...(field.type === 'number'
            ? [{ pattern: /^\d+(\.\d+)?$/, message: t('citizen.extra.number', { label }) }]
            : []),
        ];
        return (
          <Form.Item key={field.key} name={['extra', field.key]} label={label} rules={rules}>
            {field.type === 'choice' ? (
              <Radio.Group options={(field.options ?? []).map((option) => ({ value: option, label: option }))} />
            ) : field.type === 'date' ? (
              <Input type="date" />
            ) : (
              <Input
                inputMode={field.type === 'number' ? 'decimal' : undefined}
                maxLength={field.type === 'number' ? 15 : 500}
              />
            )}
          </Form.Item>
        );
      })}
    </section>
  );
}
