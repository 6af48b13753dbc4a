/** The interface languages, as BCP 47 tags (also written to `<html lang>`). */
export const LOCALES = ['zh-CN', 'en-US'] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** localStorage key under which the reader's choice of language is kept. */
export const LOCALE_STORAGE_KEY = 'luoshi.locale';

/**
 * Each language is named in itself (中文, English) and never translated, so that a reader who
 * cannot read the current language can still find their own in the switch.
 */
export const LOCALE_NAMES: Record<Locale, string> = {
  'zh-CN': '中文',
  'en-US': 'English',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
