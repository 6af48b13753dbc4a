import { describe, expect, it } from 'vitest';
import { caseTierShortLabels, caseUrgencyLabels, caseTiers, urgencies } from '../../src/shared/cases.ts';
import { casesZh } from '../../src/web/i18n/zh-cn/cases.ts';
import { casesEn } from '../../src/web/i18n/en-us/cases.ts';

describe('one glossary of tiers and urgencies', () => {
  it('never uses one word for both a tier and an urgency, in either language', () => {
    const tiers = caseTiers.map((t) => caseTierShortLabels[t]);
    for (const u of urgencies) expect(tiers).not.toContain(caseUrgencyLabels[u]);
    const enTiers = caseTiers.map((t) => casesEn[`cases.tier.${t}`]);
    for (const u of urgencies) expect(enTiers).not.toContain(casesEn[`cases.urgency.${u}`]);
  });

  it('gives the screens the glossary words that exports use', () => {
    for (const t of caseTiers) expect(casesZh[`cases.tier.${t}`]).toBe(caseTierShortLabels[t]);
    for (const u of urgencies) expect(casesZh[`cases.urgency.${u}`]).toBe(caseUrgencyLabels[u]);
    // 较大 is the larger of two levels: in English not "General", which reads as the ordinary one.
    expect(casesEn['cases.tier.general']).toBe('Significant');
  });
});
