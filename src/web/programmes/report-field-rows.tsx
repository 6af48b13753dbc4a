import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, type FormInstance, type FormRule, Input, InputNumber, Select } from 'antd';
import { reportFieldTypes, type ReportFieldType } from '../../shared/programmes.ts';
import { useT } from '../i18n/use-t.ts';
import {
  checkFieldDefinitions,
  type FieldDefinitionProblem,
  fieldOfRow,
  type FieldRowValues,
  freshFieldKey,
  isNumericType,
} from './report-form-rules.ts';

/** At most this many fields (the server's limit). */
const maxFields = 40;

/** A rule that reports the definition's problem about this part of this field, as the server would. */
function problemRule(
  form: FormInstance,
  index: number,
  prop: FieldDefinitionProblem['prop'],
  word: (problem: FieldDefinitionProblem) => string,
): FormRule {
  return {
    validator: async () => {
      const rows = (form.getFieldValue('fields') ?? []) as FieldRowValues[];
      const problem = checkFieldDefinitions(rows.map(fieldOfRow)).find((p) => p.index === index && p.prop === prop);
      if (problem) throw new Error(word(problem));
    },
  };
}

/** One field of the form: name, type, required, and what its type takes (limits, options, files). */
function FieldRow({
  form,
  name,
  index,
  onRemove,
}: {
  form: FormInstance;
  name: number;
  index: number;
  onRemove: () => void;
}) {
  const t = useT();
  const type = Form.useWatch(['fields', name, 'type'], form) as ReportFieldType | undefined;
  const word = (p: FieldDefinitionProblem) => t(`progEdit.fieldProblem.${p.code}`);
  const n = index + 1;
  return (
    <div className="prog-edit-field" data-testid="form-field-row">
      <div className="prog-edit-row">
        <Form.Item
          name={[name, 'label']}
          label={t('progEdit.fieldLabel', { n })}
          rules={[{ required: true, whitespace: true, message: t('progEdit.fieldProblem.labelRequired') }]}
          className="prog-edit-grow"
        >
          <Input maxLength={60} data-testid={`form-field-label-${index}`} />
        </Form.Item>
        <Form.Item name={[name, 'type']} label={t('progEdit.fieldType')}>
          <Select<ReportFieldType>
            options={reportFieldTypes.map((ft) => ({ value: ft, label: t(`progEdit.fieldType.${ft}`) }))}
            style={{ width: 130 }}
            data-testid={`form-field-type-${index}`}
          />
        </Form.Item>
        <Form.Item name={[name, 'required']} valuePropName="checked" label={t('progEdit.fieldRequiredLabel')}>
          <Checkbox data-testid={`form-field-required-${index}`}>{t('progEdit.fieldRequired')}</Checkbox>
        </Form.Item>
        <Button
          type="text"
          danger
          icon={<DeleteOutlined aria-hidden="true" />}
          aria-label={t('progEdit.fieldRemove', { n })}
          onClick={onRemove}
          className="prog-edit-row-remove"
          data-testid={`form-field-remove-${index}`}
        />
      </div>
      <div className="prog-edit-row">
        {isNumericType(type) && (
          <>
            <Form.Item name={[name, 'min']} label={t('progEdit.fieldMin')}>
              <InputNumber
                style={{ width: 120 }}
                placeholder={type === 'percent' ? '0' : undefined}
                data-testid={`form-field-min-${index}`}
              />
            </Form.Item>
            <Form.Item
              name={[name, 'max']}
              label={t('progEdit.fieldMax')}
              dependencies={[['fields', name, 'min']]}
              rules={[problemRule(form, index, 'max', word)]}
            >
              <InputNumber
                style={{ width: 120 }}
                placeholder={type === 'percent' ? '100' : undefined}
                data-testid={`form-field-max-${index}`}
              />
            </Form.Item>
            <Form.Item
              name={[name, 'target']}
              valuePropName="checked"
              label={t('progEdit.fieldTargetLabel')}
              rules={[problemRule(form, index, 'target', word)]}
            >
              <Checkbox>{t('progEdit.fieldTarget')}</Checkbox>
            </Form.Item>
          </>
        )}
        {type === 'choice' && (
          <>
            <Form.Item
              name={[name, 'options']}
              label={t('progEdit.fieldOptions')}
              extra={t('progEdit.fieldOptionsHint')}
              rules={[problemRule(form, index, 'options', word)]}
              className="prog-edit-grow"
            >
              <Select
                mode="tags"
                suffixIcon={null}
                notFoundContent={null}
                tokenSeparators={[',', '，', '、']}
                maxCount={50}
                aria-label={t('progEdit.fieldOptions')}
                data-testid={`form-field-options-${index}`}
              />
            </Form.Item>
            <Form.Item name={[name, 'multiple']} valuePropName="checked" label={t('progEdit.fieldMultipleLabel')}>
              <Checkbox>{t('progEdit.fieldMultiple')}</Checkbox>
            </Form.Item>
          </>
        )}
        {type === 'text' && (
          <Form.Item name={[name, 'maxLength']} label={t('progEdit.fieldMaxLength')}>
            <InputNumber min={1} max={10_000} precision={0} placeholder="2000" style={{ width: 140 }} />
          </Form.Item>
        )}
        {type === 'attachment' && (
          <Form.Item name={[name, 'maxFiles']} label={t('progEdit.fieldMaxFiles')}>
            <InputNumber min={1} max={20} precision={0} placeholder="9" style={{ width: 140 }} />
          </Form.Item>
        )}
        <Form.Item name={[name, 'help']} label={t('progEdit.fieldHelp')} className="prog-edit-grow">
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name={[name, 'key']}
          label={t('progEdit.fieldKey')}
          tooltip={t('progEdit.fieldKeyHint')}
          rules={[
            { required: true, message: t('progEdit.fieldProblem.keyPattern') },
            problemRule(form, index, 'key', word),
          ]}
        >
          <Input
            maxLength={40}
            style={{ width: 130 }}
            className="prog-edit-key"
            data-testid={`form-field-key-${index}`}
          />
        </Form.Item>
      </div>
    </div>
  );
}

/** 表格字段: the fields a unit fills in each period; added, removed, each checked as the server checks it. */
export function ReportFieldRows({ form }: { form: FormInstance }) {
  const t = useT();
  return (
    <Form.List name="fields">
      {(rows, { add, remove }) => (
        <fieldset className="prog-edit-fieldset" data-testid="form-field-rows">
          <legend>{t('progEdit.fields')}</legend>
          {rows.length === 0 && <p className="prog-muted">{t('progEdit.fieldsNone')}</p>}
          {rows.map((row, index) => (
            <FieldRow key={row.key} form={form} name={row.name} index={index} onRemove={() => remove(row.name)} />
          ))}
          {rows.length < maxFields && (
            <Button
              type="dashed"
              icon={<PlusOutlined aria-hidden="true" />}
              onClick={() => {
                const taken = ((form.getFieldValue('fields') ?? []) as FieldRowValues[]).map((f) => f.key);
                add({ key: freshFieldKey(taken), type: 'number', required: true } satisfies FieldRowValues);
              }}
              data-testid="form-field-add"
            >
              {t('progEdit.fieldAdd')}
            </Button>
          )}
        </fieldset>
      )}
    </Form.List>
  );
}
