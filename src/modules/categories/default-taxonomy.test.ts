import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDemoDistrict } from '../demo/demo-district.ts';
import { defaultLimits, limitOverrides, tiers, urgencies, validateLimits } from './default-limits.ts';
import { defaultRouting, level1Fallback, routingKey } from './default-routing.ts';
import { extraFieldsFor, loadDefaultTaxonomy, parseTaxonomy, type DefaultCategory } from './default-taxonomy.ts';

const shippedUrl = new URL('./default-categories.tsv', import.meta.url);
const shippedText = readFileSync(shippedUrl, 'utf8');

/** Unique level-1, level-2 and level-3 paths, computed straight from the raw lines. */
const raw = (() => {
  const rows = shippedText
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('\t').map((cell) => cell.trim()));
  return {
    level1: new Set(rows.map((r) => r[0] ?? '')),
    level2: new Set(rows.map((r) => `${r[0]}/${r[1]}`)),
    level3: new Set(rows.map((r) => `${r[0]}/${r[1]}/${r[2]}`)),
  };
})();

const taxonomy = loadDefaultTaxonomy();
const byCode = new Map(taxonomy.map((c) => [c.code, c]));
const ofLevel = (level: 1 | 2 | 3) => taxonomy.filter((c) => c.level === level);

function pathOf(category: DefaultCategory): string {
  const names: string[] = [];
  for (let c: DefaultCategory | undefined = category; c; c = byCode.get(c.parentCode ?? '')) names.unshift(c.nameZh);
  return names.join('/');
}

/** Department keys of the demo district: units coded D01-DEPT-<KEY>. */
const departmentKeys = new Set(
  buildDemoDistrict()
    .units.filter((unit) => unit.type === 'department')
    .map((unit) => unit.code.replace(/^D01-DEPT-/, '')),
);

describe('the shipped taxonomy', () => {
  it('has exactly the unique level-1/2/3 nodes of the raw file', () => {
    expect(raw.level1.size).toBe(15);
    expect(ofLevel(1)).toHaveLength(raw.level1.size);
    expect(ofLevel(2)).toHaveLength(raw.level2.size);
    expect(ofLevel(3)).toHaveLength(raw.level3.size);
    expect(taxonomy).toHaveLength(raw.level1.size + raw.level2.size + raw.level3.size);
    expect(new Set(ofLevel(1).map(pathOf))).toEqual(raw.level1);
    expect(new Set(ofLevel(2).map(pathOf))).toEqual(raw.level2);
    expect(new Set(ofLevel(3).map(pathOf))).toEqual(raw.level3);
  });

  it('has unique, well-formed codes that extend their parent code', () => {
    expect(new Set(taxonomy.map((c) => c.code)).size).toBe(taxonomy.length);
    for (const c of taxonomy) {
      if (c.level === 1) {
        expect(c.code).toMatch(/^C\d{2,}$/);
        expect(c.parentCode).toBeNull();
      } else {
        expect(c.code).toMatch(c.level === 2 ? /^C\d{2,}-\d{2,}$/ : /^C\d{2,}-\d{2,}-\d{2,}$/);
        expect(c.code.startsWith(`${c.parentCode}-`)).toBe(true);
        expect(byCode.get(c.parentCode ?? '')?.level).toBe(c.level - 1);
      }
    }
    expect(taxonomy[0]?.code).toBe('C01');
    expect(taxonomy[1]?.code).toBe('C01-01');
    expect(taxonomy[2]?.code).toBe('C01-01-01');
  });

  it('lists every parent before its children', () => {
    const seen = new Set<string>();
    for (const c of taxonomy) {
      if (c.parentCode !== null) expect(seen.has(c.parentCode)).toBe(true);
      seen.add(c.code);
    }
  });

  it('has a routing rule in the table for every level-2 category, and no stale rules', () => {
    const missing = [...raw.level2].filter((key) => !(key in defaultRouting));
    expect(missing).toEqual([]);
    expect(Object.keys(defaultRouting).filter((key) => !raw.level2.has(key))).toEqual([]);
    expect(Object.keys(level1Fallback).sort()).toEqual([...raw.level1].sort());
    for (const c of ofLevel(2)) expect(c.routing).toEqual(defaultRouting[pathOf(c)]);
    for (const c of ofLevel(1)) expect(c.routing).toEqual(level1Fallback[c.nameZh]);
  });

  it('routes every level-2 "其他" like its level-1 fallback', () => {
    for (const level1 of raw.level1) {
      const other = defaultRouting[routingKey(level1, '其他')];
      if (other) expect(other).toEqual(level1Fallback[level1]);
    }
  });

  it('names only departments of the demo district, and every department-led rule names one', () => {
    expect(departmentKeys.size).toBe(20);
    for (const [key, rule] of [...Object.entries(defaultRouting), ...Object.entries(level1Fallback)]) {
      if (rule.department !== undefined) expect(departmentKeys, key).toContain(rule.department);
      if (rule.lead === 'department') expect(rule.department, key).toBeDefined();
      expect(['territory', 'department']).toContain(rule.lead);
    }
  });

  it('leaves level 3 to inherit', () => {
    for (const c of ofLevel(3)) {
      expect(c.routing).toBeNull();
      expect(c.limits).toBeNull();
      expect(c.extraFields).toEqual([]);
    }
  });

  it('puts the default limits on level 1 and valid overrides on level 2', () => {
    for (const c of ofLevel(1)) expect(c.limits).toEqual(defaultLimits);
    for (const key of Object.keys(limitOverrides)) expect(raw.level2.has(key), key).toBe(true);
    const withLimits = ofLevel(2).filter((c) => c.limits !== null);
    expect(withLimits.map(pathOf).sort()).toEqual(Object.keys(limitOverrides).sort());
    for (const c of withLimits) expect(validateLimits(c.limits)).toEqual([]);
    const safety = taxonomy.find((c) => pathOf(c) === '经济管理/安全生产');
    expect(safety?.limits?.minor.normal.resolveHours).toBeLessThan(defaultLimits.minor.normal.resolveHours);
  });

  it('asks for extra fields on a few level-2 categories', () => {
    const wages = extraFieldsFor('劳动和社会保障', '工资福利');
    expect(wages.find((f) => f.key === 'employerName')).toMatchObject({ type: 'text', required: true });
    expect(wages.find((f) => f.key === 'amountOwed')).toMatchObject({ type: 'number', required: false });
    expect(extraFieldsFor('环境保护', '环境污染').find((f) => f.key === 'timeOfDay')?.options).toEqual([
      '白天',
      '夜间',
    ]);
    expect(extraFieldsFor('党务政务', '其他')).toEqual([]);
    const withFields = ofLevel(2).filter((c) => c.extraFields.length > 0);
    expect(withFields.length).toBeGreaterThan(3);
    for (const c of taxonomy.filter((x) => x.level !== 2)) expect(c.extraFields).toEqual([]);
    for (const c of withFields) {
      expect(new Set(c.extraFields.map((f) => f.key)).size).toBe(c.extraFields.length);
      for (const f of c.extraFields) {
        expect(f.key).toMatch(/^[a-z][A-Za-z0-9]*$/);
        expect(f.labelZh && f.labelEn).toBeTruthy();
        if (f.type === 'choice') expect(f.options?.length).toBeGreaterThan(1);
        else expect(f.options).toBeUndefined();
      }
    }
  });

  it('returns fresh objects on every load', () => {
    const first = loadDefaultTaxonomy();
    const c1 = first.find((c) => c.level === 1);
    if (!c1?.limits || !c1.routing) throw new Error('level 1 without defaults');
    c1.limits.minor.normal.resolveHours = 999;
    c1.routing.lead = 'department';
    const again = loadDefaultTaxonomy().find((c) => c.code === c1.code);
    expect(again?.limits).toEqual(defaultLimits);
    expect(again?.routing).toEqual(level1Fallback[c1.nameZh]);
    expect(defaultLimits.minor.normal.resolveHours).not.toBe(999);
  });

  // A user's clone of the repository has no /work/shared folder: the copy is only checked where
  // the original is present.
  const original = '/work/shared/data/categories.tsv';
  it.skipIf(!existsSync(original))('is a byte-identical copy of the shared source file', () => {
    expect(readFileSync(shippedUrl).equals(readFileSync(original))).toBe(true);
  });
});

describe('parseTaxonomy', () => {
  const sample = ['level1\tlevel2\tlevel3', 'A\tB\tx', 'A\tB\t其他', 'A\tC\ty', 'D\tB\tz', ''].join('\n');

  it('numbers nodes in order of first appearance, parents first', () => {
    const parsed = parseTaxonomy(sample);
    expect(parsed.map((c) => [c.code, c.nameZh, c.level, c.parentCode])).toEqual([
      ['C01', 'A', 1, null],
      ['C01-01', 'B', 2, 'C01'],
      ['C01-01-01', 'x', 3, 'C01-01'],
      ['C01-01-02', '其他', 3, 'C01-01'],
      ['C01-02', 'C', 2, 'C01'],
      ['C01-02-01', 'y', 3, 'C01-02'],
      ['C02', 'D', 1, null],
      ['C02-01', 'B', 2, 'C02'],
      ['C02-01-01', 'z', 3, 'C02-01'],
    ]);
    for (const c of parsed) {
      expect(c.routing).toBeNull();
      expect(c.limits).toBeNull();
      expect(c.extraFields).toEqual([]);
    }
  });

  it('tolerates CRLF line ends and a BOM', () => {
    const expected = parseTaxonomy(sample);
    expect(parseTaxonomy(sample.replaceAll('\n', '\r\n'))).toEqual(expected);
    expect(parseTaxonomy(`\uFEFF${sample}`)).toEqual(expected);
    expect(parseTaxonomy(`\uFEFF${sample.replaceAll('\n', '\r\n')}`)).toEqual(expected);
    expect(parseTaxonomy(`\uFEFF${shippedText.replaceAll('\n', '\r\n')}`)).toEqual(parseTaxonomy(shippedText));
  });

  it('trims cells, skips blank lines, collapses duplicate paths and accepts a missing header', () => {
    const parsed = parseTaxonomy('\n  A \t B\t x \n\n \t\nA\tB\tx\nA\tB\tx  \n');
    expect(parsed.map((c) => c.nameZh)).toEqual(['A', 'B', 'x']);
    expect(parseTaxonomy('')).toEqual([]);
    expect(parseTaxonomy('level1\tlevel2\tlevel3\n')).toEqual([]);
  });

  it('throws an error naming the line of a malformed row', () => {
    expect(() => parseTaxonomy('level1\tlevel2\tlevel3\nA\tB\tx\nA\tB\n')).toThrow(
      /line 3\b.*3 tab-separated columns, found 2/,
    );
    expect(() => parseTaxonomy('level1\tlevel2\tlevel3\r\n\r\nA\tB\tx\ty')).toThrow(/line 3\b.*found 4/);
    expect(() => parseTaxonomy('A\tB\tx\n\nA\t \tx')).toThrow(/line 3\b.*column 2 is empty/);
    expect(() => parseTaxonomy('\uFEFFA B x')).toThrow(/line 1\b/);
  });
});

describe('validateLimits', () => {
  const clone = () =>
    structuredClone(defaultLimits) as unknown as Record<string, Record<string, Record<string, unknown>>>;

  it('accepts the defaults', () => {
    expect(validateLimits(defaultLimits)).toEqual([]);
    for (const tier of tiers) {
      for (const urgency of urgencies) {
        const limit = defaultLimits[tier][urgency];
        expect(limit.responseHours).toBeLessThanOrEqual(limit.resolveHours);
      }
    }
    // Tiers escalate: a bigger case never gets less time.
    expect(defaultLimits.minor.normal.resolveHours).toBeLessThan(defaultLimits.general.normal.resolveHours);
    expect(defaultLimits.general.normal.resolveHours).toBeLessThan(defaultLimits.major.normal.resolveHours);
    expect(defaultLimits.minor.urgent.resolveHours).toBeLessThan(defaultLimits.major.urgent.resolveHours);
  });

  it('reports what is wrong', () => {
    expect(validateLimits(null)).toHaveLength(1);
    expect(validateLimits([])).toHaveLength(1);
    expect(validateLimits({})).toEqual(expect.arrayContaining(["tier 'minor' is missing", "tier 'major' is missing"]));

    const missingTier = clone();
    delete missingTier.general;
    expect(validateLimits(missingTier)).toEqual(["tier 'general' is missing"]);

    const missingUrgency = clone();
    delete missingUrgency.minor!.urgent;
    expect(validateLimits(missingUrgency)).toEqual(['minor.urgent is missing']);

    const extra = { ...clone(), huge: {} };
    expect(validateLimits(extra)).toEqual(["unknown tier 'huge'"]);

    const cases: [unknown, RegExp][] = [
      [0, /must be positive/],
      [-3, /must be positive/],
      [Number.NaN, /finite number/],
      [Number.POSITIVE_INFINITY, /finite number/],
      ['24', /finite number/],
      [undefined, /is missing/],
      [2001, /at most 2000/],
    ];
    for (const [bad, message] of cases) {
      const value = clone();
      value.major!.normal!.resolveHours = bad;
      const problems = validateLimits(value);
      expect(problems, String(bad)).toHaveLength(1);
      expect(problems[0]).toMatch(/^major\.normal\.resolveHours /);
      expect(problems[0]).toMatch(message);
    }

    const inverted = clone();
    inverted.general!.urgent!.responseHours = 100;
    expect(validateLimits(inverted)).toEqual(['general.urgent: responseHours (100) must not exceed resolveHours (48)']);

    const notObject = clone();
    notObject.minor!.normal = 5 as unknown as Record<string, unknown>;
    expect(validateLimits(notObject)).toHaveLength(1);
  });
});
