/**
 * The default category taxonomy the product ships: a three-level complaint classification
 * (default-categories.tsv, header `level1	level2	level3`), with default routing on level 1
 * and 2, default time limits on level 1 (and level-2 overrides), and extra intake-form fields
 * on a few level-2 categories. Lower levels inherit what they do not set.
 */

import { readFileSync } from 'node:fs';
import { applyLimitOverride, copyLimits, defaultLimits, limitOverrides, type Limits } from './default-limits.ts';
import { level1Fallback, routingFor, routingKey, type RoutingRule } from './default-routing.ts';

export interface ExtraField {
  /** ASCII camelCase, unique within one category. */
  key: string;
  labelZh: string;
  labelEn: string;
  type: 'text' | 'number' | 'date' | 'choice';
  required: boolean;
  /** Only for 'choice'. */
  options?: string[];
}

export interface DefaultCategory {
  /** Stable ASCII code: level 1 'C01'.., level 2 'C01-02', level 3 'C01-02-03', in file order. */
  code: string;
  nameZh: string;
  level: 1 | 2 | 3;
  parentCode: string | null;
  /** Set on level 2 (from the table) and level 1 (fallback); null on level 3 (inherits). */
  routing: RoutingRule | null;
  /** defaultLimits on each level-1 node, overrides on level 2 if any, null otherwise (inherits). */
  limits: Limits | null;
  /** Extra intake-form fields on some level-2 categories; empty elsewhere. */
  extraFields: ExtraField[];
}

const HEADER = ['level1', 'level2', 'level3'] as const;

function codePart(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Parses the taxonomy TSV into categories, parents before children, numbered in order of first
 * appearance. Cells are trimmed; blank lines are skipped; a leading BOM and CRLF line ends are
 * accepted; a first line equal to the header `level1	level2	level3` is skipped; duplicate
 * full paths are collapsed. Throws an Error naming the (1-based) line number of a row that does
 * not have exactly 3 columns or has an empty cell.
 *
 * Pure: routing, limits and extra fields are left empty (see applyDefaults).
 */
export function parseTaxonomy(tsv: string): DefaultCategory[] {
  const text = tsv.startsWith('\uFEFF') ? tsv.slice(1) : tsv;
  const lines = text.split(/\r\n|\n|\r/);
  const categories: DefaultCategory[] = [];
  const level1Codes = new Map<string, string>();
  const level2Codes = new Map<string, string>();
  const level3Paths = new Set<string>();
  const childCount = new Map<string, number>();
  let seenFirstRow = false;

  const add = (nameZh: string, level: 1 | 2 | 3, parentCode: string | null): string => {
    const parentKey = parentCode ?? '';
    const n = (childCount.get(parentKey) ?? 0) + 1;
    childCount.set(parentKey, n);
    const code = parentCode === null ? `C${codePart(n)}` : `${parentCode}-${codePart(n)}`;
    categories.push({ code, nameZh, level, parentCode, routing: null, limits: null, extraFields: [] });
    return code;
  };

  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    if (line.trim() === '') return;
    const cells = line.split('\t').map((cell) => cell.trim());
    const isFirstRow = !seenFirstRow;
    seenFirstRow = true;
    if (isFirstRow && cells.length === HEADER.length && cells.every((cell, i) => cell === HEADER[i])) return;
    if (cells.length !== 3) {
      throw new Error(`Taxonomy line ${lineNumber}: expected 3 tab-separated columns, found ${cells.length}`);
    }
    const empty = cells.findIndex((cell) => cell === '');
    if (empty !== -1) throw new Error(`Taxonomy line ${lineNumber}: column ${empty + 1} is empty`);
    const [name1, name2, name3] = cells as [string, string, string];

    let code1 = level1Codes.get(name1);
    if (code1 === undefined) {
      code1 = add(name1, 1, null);
      level1Codes.set(name1, code1);
    }
    const key2 = `${name1}\t${name2}`;
    let code2 = level2Codes.get(key2);
    if (code2 === undefined) {
      code2 = add(name2, 2, code1);
      level2Codes.set(key2, code2);
    }
    const key3 = `${key2}\t${name3}`;
    if (!level3Paths.has(key3)) {
      level3Paths.add(key3);
      add(name3, 3, code2);
    }
  });
  return categories;
}

const employerName: ExtraField = {
  key: 'employerName',
  labelZh: '用人单位名称',
  labelEn: 'Employer name',
  type: 'text',
  required: true,
};
const merchantName: ExtraField = {
  key: 'merchantName',
  labelZh: '经营者名称',
  labelEn: 'Business name',
  type: 'text',
  required: false,
};
const plateNumber: ExtraField = {
  key: 'plateNumber',
  labelZh: '车牌号',
  labelEn: 'Licence plate number',
  type: 'text',
  required: false,
};

/** Extra intake fields, keyed "level1/level2". */
const EXTRA_FIELDS: Readonly<Record<string, readonly ExtraField[]>> = {
  '劳动和社会保障/工资福利': [
    employerName,
    { key: 'amountOwed', labelZh: '拖欠金额（元）', labelEn: 'Amount owed (yuan)', type: 'number', required: false },
    { key: 'owedSince', labelZh: '欠薪起始日期', labelEn: 'Unpaid since', type: 'date', required: false },
    { key: 'workersAffected', labelZh: '涉及人数', labelEn: 'Workers affected', type: 'number', required: false },
  ],
  '劳动和社会保障/劳动关系': [employerName],
  '城乡建设/建筑市场': [
    { key: 'projectName', labelZh: '工程项目名称', labelEn: 'Project name', type: 'text', required: false },
  ],
  '环境保护/环境污染': [
    // 夜间 is 22:00–06:00 under the 噪声污染防治法 unless the local government sets otherwise.
    {
      key: 'timeOfDay',
      labelZh: '发生时段',
      labelEn: 'Time of day',
      type: 'choice',
      required: false,
      options: ['白天', '夜间'],
    },
    {
      key: 'pollutionSource',
      labelZh: '污染源（单位或位置）',
      labelEn: 'Source (business or place)',
      type: 'text',
      required: false,
    },
  ],
  '交通运输/出租车管理': [plateNumber],
  '政法/交通管理': [plateNumber],
  '商贸旅游/市场监管': [
    merchantName,
    { key: 'purchaseDate', labelZh: '消费日期', labelEn: 'Date of purchase', type: 'date', required: false },
    { key: 'amountPaid', labelZh: '涉及金额（元）', labelEn: 'Amount paid (yuan)', type: 'number', required: false },
  ],
  '卫生计生/食品药品监管': [
    merchantName,
    {
      key: 'purchaseDate',
      labelZh: '购买或就餐日期',
      labelEn: 'Date of purchase or meal',
      type: 'date',
      required: false,
    },
  ],
};

/** Extra intake-form fields for a level-2 category (a fresh copy; empty for most categories). */
export function extraFieldsFor(level1: string, level2: string): ExtraField[] {
  const fields = EXTRA_FIELDS[routingKey(level1, level2)] ?? [];
  return fields.map((field) => (field.options ? { ...field, options: [...field.options] } : { ...field }));
}

/**
 * A copy of parsed categories with the defaults applied: level 1 gets its fallback routing and
 * defaultLimits; level 2 gets its routing rule, limit override (merged onto defaultLimits) and
 * extra fields; level 3 inherits everything.
 */
export function applyDefaults(categories: readonly DefaultCategory[]): DefaultCategory[] {
  const byCode = new Map(categories.map((category) => [category.code, category]));
  return categories.map((category): DefaultCategory => {
    const base = { ...category, routing: null, limits: null, extraFields: [] };
    if (category.level === 1) {
      const rule = level1Fallback[category.nameZh];
      return { ...base, routing: rule ? { ...rule } : null, limits: copyLimits(defaultLimits) };
    }
    if (category.level === 2) {
      const level1 = byCode.get(category.parentCode ?? '')?.nameZh;
      if (level1 === undefined) throw new Error(`Category ${category.code} has no level-1 parent`);
      const rule = routingFor(level1, category.nameZh);
      const override = limitOverrides[routingKey(level1, category.nameZh)];
      return {
        ...base,
        routing: rule ? { ...rule } : null,
        limits: override ? applyLimitOverride(defaultLimits, override) : null,
        extraFields: extraFieldsFor(level1, category.nameZh),
      };
    }
    return base;
  });
}

/** Reads default-categories.tsv beside this file, parses it and applies the defaults. */
export function loadDefaultTaxonomy(): DefaultCategory[] {
  const tsv = readFileSync(new URL('./default-categories.tsv', import.meta.url), 'utf8');
  return applyDefaults(parseTaxonomy(tsv));
}

/**
 * English names of the shipped taxonomy's level-1 categories; levels 2 and 3 have none yet and read
 * in Chinese in the English interface.
 */
export const level1NamesEn: Readonly<Record<string, string>> = {
  交通运输: 'Transport',
  党务政务: 'Party and government affairs',
  农村农业: 'Rural affairs and agriculture',
  劳动和社会保障: 'Labour and social security',
  卫生计生: 'Health and family planning',
  商贸旅游: 'Commerce and tourism',
  国土资源: 'Land and natural resources',
  城乡建设: 'Urban and rural development',
  政法: 'Law and public security',
  教育文体: 'Education, culture and sports',
  民政: 'Civil affairs',
  环境保护: 'Environmental protection',
  科技与信息产业: 'Science, technology and IT',
  纪检监察: 'Discipline inspection',
  经济管理: 'Economic management',
};
