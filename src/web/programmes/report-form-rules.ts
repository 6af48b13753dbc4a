import type { ReportFieldType } from '../../shared/programmes.ts';
import type { ReportField } from './programme-types.ts';

/**
 * The checks of a report form definition (表格字段) before it is sent: the same rules as the
 * server's `checkFormFields` (src/modules/programmes/report-form.ts), as codes the interface words.
 * Pure: no React, so a test holds it against the server's check.
 */

/** A field as the API takes it (the same shape the API answers). */
export type FieldDefinition = ReportField;

/** What the editor holds for one field (every option of every type; the body keeps those of its type). */
export interface FieldRowValues {
  key?: string;
  label?: string;
  type?: ReportFieldType;
  required?: boolean;
  min?: number | null;
  max?: number | null;
  maxLength?: number | null;
  options?: string[];
  multiple?: boolean;
  maxFiles?: number | null;
  target?: boolean;
  help?: string;
}

export type FieldProblemCode =
  | 'keyPattern'
  | 'keyTaken'
  | 'labelRequired'
  | 'optionsRequired'
  | 'optionsRepeated'
  | 'minAboveMax'
  | 'limitsNotNumeric'
  | 'targetNotNumeric'
  | 'targetTwice';

export interface FieldDefinitionProblem {
  /** The field's position in the list. */
  index: number;
  /** The part of the field the problem is about. */
  prop: 'key' | 'label' | 'options' | 'max' | 'target';
  code: FieldProblemCode;
}

export const fieldKeyRegex = /^[a-z][a-z0-9_]{0,39}$/;
export const numericFieldTypes: readonly ReportFieldType[] = ['number', 'percent', 'money'];
export const isNumericType = (type: ReportFieldType | undefined) =>
  type !== undefined && numericFieldTypes.includes(type);

/** Every problem of a definition; empty when the server will take it. */
export function checkFieldDefinitions(fields: readonly FieldDefinition[]): FieldDefinitionProblem[] {
  const problems: FieldDefinitionProblem[] = [];
  const seen = new Set<string>();
  let targetSeen = false;
  fields.forEach((field, index) => {
    const problem = (prop: FieldDefinitionProblem['prop'], code: FieldProblemCode) =>
      problems.push({ index, prop, code });
    if (!fieldKeyRegex.test(field.key)) problem('key', 'keyPattern');
    else if (seen.has(field.key)) problem('key', 'keyTaken');
    seen.add(field.key);
    if (!field.label.trim()) problem('label', 'labelRequired');
    if (field.type === 'choice' && (!field.options || field.options.length === 0))
      problem('options', 'optionsRequired');
    if (field.options && new Set(field.options).size !== field.options.length) problem('options', 'optionsRepeated');
    if (field.min !== undefined && field.max !== undefined && field.min > field.max) problem('max', 'minAboveMax');
    if ((field.min !== undefined || field.max !== undefined) && !isNumericType(field.type))
      problem('max', 'limitsNotNumeric');
    if (field.target) {
      if (!isNumericType(field.type)) problem('target', 'targetNotNumeric');
      else if (targetSeen) problem('target', 'targetTwice');
      targetSeen = true;
    }
  });
  return problems;
}

const numberOrUndefined = (value: number | null | undefined) =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/** The API's field from the editor's row: only what its type uses, texts trimmed, empty left out. */
export function fieldOfRow(row: FieldRowValues): FieldDefinition {
  const type = row.type ?? 'text';
  const field: FieldDefinition = {
    key: (row.key ?? '').trim(),
    label: (row.label ?? '').trim(),
    type,
    required: row.required === true,
  };
  const help = row.help?.trim();
  if (help) field.help = help;
  if (isNumericType(type)) {
    const min = numberOrUndefined(row.min);
    const max = numberOrUndefined(row.max);
    if (min !== undefined) field.min = min;
    if (max !== undefined) field.max = max;
    if (row.target) field.target = true;
  }
  if (type === 'choice') {
    field.options = (row.options ?? []).map((o) => o.trim()).filter((o) => o !== '');
    if (row.multiple) field.multiple = true;
  }
  const maxLength = numberOrUndefined(row.maxLength);
  if (type === 'text' && maxLength !== undefined) field.maxLength = maxLength;
  const maxFiles = numberOrUndefined(row.maxFiles);
  if (type === 'attachment' && maxFiles !== undefined) field.maxFiles = maxFiles;
  return field;
}

/** The editor's row of a stored field. */
export function rowOfField(field: FieldDefinition): FieldRowValues {
  return { ...field };
}

/** A key no other field uses (f1, f2, …) for a field just added. */
export function freshFieldKey(taken: readonly (string | undefined)[]): string {
  for (let n = 1; ; n++) if (!taken.includes(`f${n}`)) return `f${n}`;
}
