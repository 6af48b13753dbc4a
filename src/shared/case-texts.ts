import type { BilingualLabel } from './bilingual.ts';

/**
 * The words the case loop writes into a case's timeline on its own (对外答复 and who acted when no
 * person did), in both languages. The server stores the Chinese; a reader in English reads them
 * through `publicTextIn` and `actorLabelIn`. What people wrote (a reason, a result, a public note)
 * follows a fixed prefix or stands alone, and is never translated.
 */

/** The public wording of each step, stored as `case_event.public_text`. */
export const casePublicTexts = {
  submitted: { zh: '诉求已提交，等待受理。', en: 'Your case was submitted and is waiting to be accepted.' },
  accepted: { zh: '您的诉求已受理。', en: 'Your case was accepted.' },
  merged: {
    zh: '您反映的问题已与同一问题的诉求合并办理。',
    en: 'Your case is being handled together with an earlier case about the same problem.',
  },
  dispatched: { zh: '您的诉求已派发至承办单位。', en: 'Your case was dispatched to the responsible unit.' },
  redispatched: { zh: '您的诉求已改派承办单位。', en: 'Your case was passed on to another responsible unit.' },
  handling: {
    zh: '承办单位已签收，正在办理。',
    en: 'The responsible unit has taken the case and is handling it.',
  },
  extended: { zh: '办理期限已依规延长。', en: 'The time limit was extended under the rules.' },
  reopened: { zh: '您的诉求已重新交办。', en: 'Your case was handed back for further handling.' },
  closed: { zh: '诉求已办结归档。', en: 'Your case was resolved and closed.' },
  ratedReopened: {
    zh: '感谢您的评价，诉求已交办重新办理。',
    en: 'Thank you for your rating; the case was handed back for further handling.',
  },
  ratedClosed: { zh: '感谢您的评价，诉求已办结归档。', en: 'Thank you for your rating; the case was closed.' },
} as const satisfies Record<string, BilingualLabel>;

/** Public wordings that go on with what a person wrote: the prefix is translated, the words are not. */
export const casePublicPrefixes = {
  declined: { zh: '不予受理：', en: 'Not accepted: ' },
  result: { zh: '办理结果：', en: 'Result: ' },
} as const satisfies Record<string, BilingualLabel>;

/** Who acted, when no signed-in person did. */
export const caseActorLabels = {
  system: { zh: '系统', en: 'System' },
  citizen: { zh: '群众', en: 'Citizen' },
  anonymousCitizen: { zh: '匿名群众', en: 'Anonymous citizen' },
} as const satisfies Record<string, BilingualLabel>;

const wholeTexts = new Map<string, BilingualLabel>(Object.values(casePublicTexts).map((text) => [text.zh, text]));
const actorTexts = new Map<string, BilingualLabel>(Object.values(caseActorLabels).map((text) => [text.zh, text]));

/**
 * A stored public wording in a language: the loop's own wordings translated, a prefix before a
 * person's words translated and the words kept, anything else (a public note) as written.
 */
export function publicTextIn(text: string, language: keyof BilingualLabel): string {
  if (language === 'zh') return text;
  const whole = wholeTexts.get(text);
  if (whole) return whole.en;
  for (const prefix of Object.values(casePublicPrefixes))
    if (text.startsWith(prefix.zh)) return `${prefix.en}${text.slice(prefix.zh.length)}`;
  return text;
}

/** A stored actor label in a language: the loop's own (系统, 群众) translated, a person's name as it is. */
export function actorLabelIn(label: string, language: keyof BilingualLabel): string {
  return language === 'zh' ? label : (actorTexts.get(label)?.en ?? label);
}
