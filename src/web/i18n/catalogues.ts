import type { Locale } from './locales.ts';
import { enUS } from './messages-en-us.ts';
import type { MessageKey, Messages, Translate } from './message-types.ts';
import { zhCN } from './messages-zh-cn.ts';

const catalogues: Record<Locale, Messages> = {
  'zh-CN': zhCN,
  'en-US': enUS,
};

/** Fills `{name}` placeholders; unknown placeholders are left as they are. */
function fill(template: string, params: Record<string, string | number> | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function createTranslate(locale: Locale): Translate {
  const messages = catalogues[locale];
  return (key: MessageKey, ...rest: [Record<string, string | number>?]) => fill(messages[key], rest[0]);
}
