import { useCallback } from 'react';
import type { Locale } from './locales.ts';
import { useLocale } from './use-locale.ts';

/** Anything named in Chinese and perhaps in English: a unit, a category. */
export interface Named {
  nameZh: string;
  nameEn?: string | null | undefined;
}

/** The name to show in a language: the English one in English when there is one, else the Chinese. */
export function localName(record: Named, locale: Locale): string {
  return locale === 'en-US' && record.nameEn ? record.nameEn : record.nameZh;
}

/** `localName` for the current interface language (the same function until the language changes). */
export function useLocalName(): (record: Named) => string {
  const { locale } = useLocale();
  return useCallback((record: Named) => localName(record, locale), [locale]);
}
