import { authEn } from './en-us/auth.ts';
import { commonEn } from './en-us/common.ts';
import { frameEn } from './en-us/frame.ts';
import type { Locale } from './locales.ts';
import type { MessageKey, Messages, Translate } from './message-types.ts';
import { authZh } from './zh-cn/auth.ts';
import { commonZh } from './zh-cn/common.ts';
import { frameZh } from './zh-cn/frame.ts';

/**
 * The strings the sign-in page, the loading notice and the error page need: loaded with the app.
 * The full catalogues come with the frames that need them (AppLayout, CitizenRoot import
 * ./all-messages.ts), so the sign-in page does not download every screen's strings in two languages.
 */
const catalogues: Record<Locale, Partial<Messages>> = {
  'zh-CN': { ...frameZh, ...commonZh, ...authZh },
  'en-US': { ...frameEn, ...commonEn, ...authEn },
};

/** Adds the full catalogues (./all-messages.ts); translations made before then see them too. */
export function addCatalogues(full: Record<Locale, Messages>): void {
  for (const locale of Object.keys(full) as Locale[]) Object.assign(catalogues[locale], full[locale]);
}

/** Fills `{name}` placeholders; unknown placeholders are left as they are. */
function fill(template: string, params: Record<string, string | number> | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** A key whose catalogue part is not loaded yet shows as the key (a bug: load ./all-messages.ts first). */
function lookup(locale: Locale, key: MessageKey): string {
  return catalogues[locale][key] ?? key;
}

export function createTranslate(locale: Locale): Translate {
  return (key: MessageKey, ...rest: [Record<string, string | number>?]) => fill(lookup(locale, key), rest[0]);
}
