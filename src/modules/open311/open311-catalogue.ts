import { AppError } from '../../platform/errors/app-error.ts';
import type { Locale } from '../../platform/errors/error-codes.ts';
import { chinaDate } from '../../shared/china-time.ts';
import type { EffectiveCategory } from '../categories/categories.service.ts';
import type { ExtraField } from '../categories/default-taxonomy.ts';
import type { Directory } from '../cases/case-directory.ts';
import type { Attribute, Service } from './open311.schemas.ts';

/**
 * The Open311 services: one per active leaf of the category tree (分类), its intake fields (inherited
 * down the tree) as attributes. Built from the cases' in-memory directory, once per reload.
 */

export interface CatalogueEntry {
  category: EffectiveCategory;
  service: Service;
}

export interface Catalogue {
  entries: CatalogueEntry[];
  byCode: Map<string, CatalogueEntry>;
}

const catalogues = new WeakMap<Directory, Catalogue>();

function parentIdOf(category: EffectiveCategory): number | null {
  const ids = category.path.split('/').filter(Boolean);
  return ids.length < 2 ? null : Number(ids[ids.length - 2]);
}

export function catalogueOf(directory: Directory): Catalogue {
  const cached = catalogues.get(directory);
  if (cached) return cached;
  const all = [...directory.categories.values()];
  const withActiveChildren = new Set<number>();
  for (const category of all) {
    const parent = parentIdOf(category);
    if (category.active && parent !== null) withActiveChildren.add(parent);
  }
  const leaves = all
    .filter((c) => c.active && !withActiveChildren.has(c.id))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  // Leaf names repeat across branches (其他…): within one group, a repeated name is prefixed by its parent's.
  const seen = new Map<string, number>();
  for (const leaf of leaves)
    seen.set(
      `${leaf.pathNames[0]}\u0000${leaf.nameZh}`,
      (seen.get(`${leaf.pathNames[0]}\u0000${leaf.nameZh}`) ?? 0) + 1,
    );
  const entries = leaves.map((category): CatalogueEntry => {
    const group = category.pathNames[0] ?? category.nameZh;
    const repeated = (seen.get(`${group}\u0000${category.nameZh}`) ?? 0) > 1 && category.pathNames.length > 2;
    return {
      category,
      service: {
        service_code: category.code,
        service_name: repeated ? `${category.pathNames.at(-2)}·${category.nameZh}` : category.nameZh,
        description: category.pathNames.join(' / '),
        metadata: category.extraFields.length > 0,
        type: 'realtime',
        keywords: category.pathNames.join(','),
        group,
      },
    };
  });
  const catalogue = { entries, byCode: new Map(entries.map((e) => [e.service.service_code, e])) };
  catalogues.set(directory, catalogue);
  return catalogue;
}

const datatypes: Record<ExtraField['type'], Attribute['datatype']> = {
  text: 'string',
  number: 'number',
  date: 'datetime',
  choice: 'singlevaluelist',
};

const datatypeHelp: Record<ExtraField['type'], { zh: string; en: string } | null> = {
  text: null,
  number: { zh: '数字', en: 'A number' },
  date: { zh: '日期，如 2026-03-01', en: 'A date, e.g. 2026-03-01' },
  choice: { zh: '从所列选项中选择一项', en: 'One of the listed values' },
};

/** The category's intake fields as GeoReport attributes. */
export function attributesOf(category: EffectiveCategory, locale: Locale): Attribute[] {
  return category.extraFields.map((field, index) => ({
    variable: true,
    code: field.key,
    datatype: datatypes[field.type],
    required: field.required,
    datatype_description: datatypeHelp[field.type]?.[locale] ?? null,
    order: index + 1,
    description: locale === 'en' ? field.labelEn : field.labelZh,
    values: field.type === 'choice' ? (field.options ?? []).map((option) => ({ key: option, name: option })) : [],
  }));
}

function invalid(path: string, zh: string, en: string): AppError {
  return new AppError('VALIDATION_FAILED', { message: { zh, en }, details: [{ in: 'body', path, message: en }] });
}

/** A date or W3C datetime as the calendar date in China (UTC+8), the way the intake form stores dates. */
function localDate(value: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? null : value;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return null;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : chinaDate(new Date(at));
}

export interface ExtraFromAttributes {
  extra: Record<string, string | number>;
  /** Attributes the service does not define, as `code: value` (clients send their own; kept, never refused). */
  others: string[];
}

/**
 * attribute[code]=value pairs checked against the service's attributes and turned into the case's
 * extra fields: wrong numbers, dates and choices, and missing required ones refused; codes the
 * service does not define are given back as they came, for the caller to keep as a note.
 */
export function extraFromAttributes(
  category: EffectiveCategory,
  given: Readonly<Record<string, string | string[]>>,
): ExtraFromAttributes {
  const fields = new Map(category.extraFields.map((f) => [f.key, f]));
  const extra: Record<string, string | number> = {};
  const others: string[] = [];
  for (const [code, raw] of Object.entries(given)) {
    const path = `/attribute/${code}`;
    const field = fields.get(code);
    const values = (Array.isArray(raw) ? raw : [raw]).map((v) => v.trim()).filter((v) => v !== '');
    if (!field) {
      if (values.length > 0) others.push(`${code}: ${values.join(', ')}`);
      continue;
    }
    if (values.length === 0) continue;
    if (values.length > 1) throw invalid(path, `属性 ${code} 只能填写一个值。`, `Attribute ${code} takes one value.`);
    const value = values[0] ?? '';
    if (field.type === 'number') {
      const number = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
      if (!Number.isFinite(number))
        throw invalid(path, `属性 ${code} 应为数字。`, `Attribute ${code} must be a number.`);
      extra[code] = number;
    } else if (field.type === 'date') {
      const date = localDate(value);
      if (!date)
        throw invalid(
          path,
          `属性 ${code} 应为日期（如 2026-03-01）。`,
          `Attribute ${code} must be a date such as 2026-03-01.`,
        );
      extra[code] = date;
    } else if (field.type === 'choice') {
      if (!(field.options ?? []).includes(value))
        throw invalid(
          path,
          `属性 ${code} 应为以下之一：${(field.options ?? []).join('、')}。`,
          `Attribute ${code} must be one of: ${(field.options ?? []).join(', ')}.`,
        );
      extra[code] = value;
    } else {
      extra[code] = value;
    }
  }
  const missing = category.extraFields.filter((f) => f.required && extra[f.key] === undefined);
  if (missing.length > 0) {
    const codes = missing.map((f) => f.key).join(', ');
    throw new AppError('VALIDATION_FAILED', {
      message: {
        zh: `缺少必填属性：${missing.map((f) => `${f.key}（${f.labelZh}）`).join('、')}。`,
        en: `Required attributes missing: ${codes}.`,
      },
      details: missing.map((f) => ({ in: 'body', path: `/attribute/${f.key}`, message: 'required' })),
    });
  }
  return { extra, others };
}
