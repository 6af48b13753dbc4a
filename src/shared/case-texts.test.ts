import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actorLabelIn, caseActorLabels, casePublicPrefixes, casePublicTexts, publicTextIn } from './case-texts.ts';

const casesDir = new URL('../modules/cases/', import.meta.url).pathname;

describe('case timeline texts in the reader’s language', () => {
  it('reads every wording of the loop in English and leaves the Chinese as stored', () => {
    for (const text of Object.values(casePublicTexts)) {
      expect(publicTextIn(text.zh, 'en')).toBe(text.en);
      expect(publicTextIn(text.zh, 'zh')).toBe(text.zh);
      expect(text.en).not.toMatch(/\p{Script=Han}/u);
    }
    expect(publicTextIn('诉求已提交，等待受理。', 'en')).toBe('Your case was submitted and is waiting to be accepted.');
  });

  it('translates the prefix before a person’s words and keeps the words as written', () => {
    expect(publicTextIn(`${casePublicPrefixes.result.zh}已清理垃圾`, 'en')).toBe('Result: 已清理垃圾');
    expect(publicTextIn(`${casePublicPrefixes.declined.zh}不属本区管辖`, 'en')).toBe('Not accepted: 不属本区管辖');
  });

  it('keeps a public note written by a person as it is', () => {
    expect(publicTextIn('已联系物业，明天上午处理。', 'en')).toBe('已联系物业，明天上午处理。');
    expect(publicTextIn('您的诉求已受理。另：明天上门', 'en')).toBe('您的诉求已受理。另：明天上门');
  });

  it('names the system and citizens in English, and people by their name', () => {
    expect(actorLabelIn(caseActorLabels.system.zh, 'en')).toBe('System');
    expect(actorLabelIn('匿名群众', 'en')).toBe('Anonymous citizen');
    expect(actorLabelIn('张*', 'en')).toBe('张*');
    expect(actorLabelIn('群众', 'zh')).toBe('群众');
  });

  it('is where the case loop takes its public wordings and actor labels from (no Chinese literal beside them)', () => {
    const offenders: string[] = [];
    for (const name of readdirSync(casesDir)) {
      if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue;
      const lines = readFileSync(join(casesDir, name), 'utf8').split('\n');
      lines.forEach((line, index) => {
        if (/(publicText|public_text|actorLabel|actor_label)\b.*['`][^'`]*\p{Script=Han}/u.test(line))
          offenders.push(`${name}:${index + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});
