import type { ReportFieldType } from '../../shared/programmes.ts';
import { isLocalDate } from './local-dates.ts';

/**
 * The fields of a report form (表格) and the checking of what a unit fills in. Pure.
 * Values are JSON: text, date ('YYYY-MM-DD') and single choices are strings; number, percent and
 * money are numbers (money to the fen); multiple choices are string arrays; attachments are arrays
 * of attachment ids (the service turns upload tokens into ids first).
 */

export interface ReportField {
  key: string;
  label: string;
  type: ReportFieldType;
  required: boolean;
  min?: number | undefined;
  max?: number | undefined;
  maxLength?: number | undefined;
  options?: string[] | undefined;
  multiple?: boolean | undefined;
  maxFiles?: number | undefined;
  /** The value measures the task against its target (e.g. coverage %): accepting the report sets the task's actual value. */
  target?: boolean | undefined;
  help?: string | undefined;
}

export type FieldValue = string | number | string[] | number[];
export type FieldValues = Record<string, FieldValue>;

export interface FieldProblem {
  field: string;
  reason: string;
}

export const fieldKeyPattern = '^[a-z][a-z0-9_]{0,39}$';
const keyRegex = new RegExp(fieldKeyPattern);
const defaultMaxLength = 2000;
const defaultMaxFiles = 9;
const numericTypes: readonly ReportFieldType[] = ['number', 'percent', 'money'];

/** Problems with a form definition (keys, options, limits); empty when it can be used. */
export function checkFormFields(fields: readonly ReportField[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  let targets = 0;
  for (const field of fields) {
    const problem = (reason: string) => problems.push({ field: field.key, reason });
    if (!keyRegex.test(field.key)) problem('字段代码须以小写字母开头，只含小写字母、数字和下划线');
    if (seen.has(field.key)) problem('字段代码重复');
    seen.add(field.key);
    if (!field.label.trim()) problem('字段名称必填');
    if (field.type === 'choice' && (!field.options || field.options.length === 0)) problem('选择题须列出选项');
    if (field.options && new Set(field.options).size !== field.options.length) problem('选项重复');
    if (field.min !== undefined && field.max !== undefined && field.min > field.max) problem('下限大于上限');
    if ((field.min !== undefined || field.max !== undefined) && !numericTypes.includes(field.type))
      problem('只有数值、百分比、金额字段可以设上下限');
    if (field.target) {
      targets += 1;
      if (!numericTypes.includes(field.type)) problem('只有数值、百分比、金额字段可以作为目标完成值');
    }
  }
  if (targets > 1) problems.push({ field: '', reason: '最多一个字段作为目标完成值' });
  return problems;
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function checkNumber(field: ReportField, value: unknown): { value?: number; reason?: string } {
  if (typeof value !== 'number' || !Number.isFinite(value)) return { reason: '应为数字' };
  const min = field.min ?? (field.type === 'percent' ? 0 : undefined);
  const max = field.max ?? (field.type === 'percent' ? 100 : undefined);
  if (min !== undefined && value < min) return { reason: `不能小于 ${min}` };
  if (max !== undefined && value > max) return { reason: `不能大于 ${max}` };
  if (field.type === 'money' && Math.abs(Math.round(value * 100) - value * 100) > 1e-6)
    return { reason: '金额最多保留两位小数' };
  return { value: field.type === 'money' ? Math.round(value * 100) / 100 : value };
}

function checkOne(field: ReportField, value: unknown): { value?: FieldValue; reason?: string } {
  switch (field.type) {
    case 'text': {
      if (typeof value !== 'string') return { reason: '应为文字' };
      const max = field.maxLength ?? defaultMaxLength;
      return [...value].length > max ? { reason: `不能超过 ${max} 字` } : { value: value.trim() };
    }
    case 'number':
    case 'percent':
    case 'money':
      return checkNumber(field, value);
    case 'date':
      return typeof value === 'string' && isLocalDate(value) ? { value } : { reason: '应为日期（YYYY-MM-DD）' };
    case 'choice': {
      const options = field.options ?? [];
      const chosen = field.multiple ? value : [value];
      if (!Array.isArray(chosen) || !chosen.every((c) => typeof c === 'string'))
        return { reason: field.multiple ? '应为选项列表' : '应为一个选项' };
      const bad = chosen.filter((c) => !options.includes(c));
      if (bad.length > 0) return { reason: `“${bad.join('、')}”不是可选项` };
      return { value: field.multiple ? [...new Set(chosen as string[])] : (chosen[0] as string) };
    }
    case 'attachment': {
      if (!Array.isArray(value) || !value.every((v) => Number.isInteger(v) && (v as number) > 0))
        return { reason: '应为附件' };
      const max = field.maxFiles ?? defaultMaxFiles;
      return value.length > max ? { reason: `最多 ${max} 个附件` } : { value: [...new Set(value as number[])] };
    }
  }
}

/**
 * Checks filled-in values against the form. For a submission every required field must be filled;
 * a draft (暂存) may leave fields empty. Unknown keys are refused. Answers the cleaned values
 * (empty ones dropped) and every problem.
 */
export function checkValues(
  fields: readonly ReportField[],
  values: Record<string, unknown>,
  options: { submit: boolean },
): { values: FieldValues; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const clean: FieldValues = {};
  const known = new Map(fields.map((f) => [f.key, f]));
  for (const key of Object.keys(values)) if (!known.has(key)) problems.push({ field: key, reason: '表格中没有该字段' });
  for (const field of fields) {
    const value = values[field.key];
    if (isEmpty(value)) {
      if (options.submit && field.required) problems.push({ field: field.key, reason: `“${field.label}”必填` });
      continue;
    }
    const checked = checkOne(field, value);
    if (checked.reason !== undefined) problems.push({ field: field.key, reason: `“${field.label}”${checked.reason}` });
    else if (checked.value !== undefined && !isEmpty(checked.value)) clean[field.key] = checked.value;
    else if (options.submit && field.required) problems.push({ field: field.key, reason: `“${field.label}”必填` });
  }
  return { values: clean, problems };
}

/** A value as a person reads it in a table or a spreadsheet. */
export function formatValue(
  field: ReportField,
  value: FieldValue | undefined,
  fileNames: ReadonlyMap<number, string> = new Map(),
): string {
  if (value === undefined) return '';
  switch (field.type) {
    case 'percent':
      return `${value as number}%`;
    case 'money':
      return (value as number).toFixed(2);
    case 'choice':
      return Array.isArray(value) ? value.join('、') : String(value);
    case 'attachment':
      return (value as number[]).map((id) => fileNames.get(id) ?? `附件${id}`).join('、');
    default:
      return String(value);
  }
}

/**
 * A value as a spreadsheet cell: numbers, percentages (as the number of per cent) and money stay
 * numbers, so a sheet can sum and sort them; everything else reads as on screen.
 */
export function spreadsheetValue(
  field: ReportField,
  value: FieldValue | undefined,
  fileNames?: ReadonlyMap<number, string>,
): string | number {
  if (typeof value === 'number' && (field.type === 'number' || field.type === 'percent' || field.type === 'money'))
    return value;
  return formatValue(field, value, fileNames);
}

/** A spreadsheet column's heading for a field: a percentage says so, since its cells hold plain numbers. */
export function spreadsheetLabel(field: ReportField): string {
  return field.type === 'percent' ? `${field.label}（%）` : field.label;
}

/** The field whose value measures the task against its target, if the form has one. */
export function targetFieldOf(fields: readonly ReportField[]): ReportField | undefined {
  return fields.find((f) => f.target === true);
}
