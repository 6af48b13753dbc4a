import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useCallback, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { createTranslate } from './catalogues.ts';
import { LocaleContext, type LocaleContextValue } from './locale-context.ts';
import { DEFAULT_LOCALE, isLocale, LOCALE_STORAGE_KEY, type Locale } from './locales.ts';

const DAYJS_LOCALES: Record<Locale, string> = { 'zh-CN': 'zh-cn', 'en-US': 'en' };

function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE; // storage disabled (private mode, policy): fall back quietly
  }
}

function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // The choice then lasts for this page only.
  }
}

/** dayjs keeps its locale globally; antd's date pickers read it while rendering. */
function applyDayjsLocale(locale: Locale): Locale {
  dayjs.locale(DAYJS_LOCALES[locale]);
  return locale;
}

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => applyDayjsLocale(readStoredLocale()));

  useLayoutEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    setLocaleState(applyDayjsLocale(next));
  }, []);

  const value = useMemo<LocaleContextValue>(
    () => ({ locale, setLocale, t: createTranslate(locale) }),
    [locale, setLocale],
  );

  return <LocaleContext value={value}>{children}</LocaleContext>;
}
