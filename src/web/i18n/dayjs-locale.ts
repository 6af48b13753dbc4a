import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { Locale } from './locales.ts';
import { useLocale } from './use-locale.ts';

const DAYJS_LOCALES: Record<Locale, string> = { 'zh-CN': 'zh-cn', 'en-US': 'en' };

/**
 * dayjs keeps its locale globally, and antd's date pickers and the pages' dates read it while
 * rendering: the frames (AppLayout, CitizenRoot) set it as they render, before any page inside
 * them. Not in LocaleProvider, so the sign-in page, which shows no dates, does not load dayjs.
 */
export function useDayjsLocale(): void {
  const { locale } = useLocale();
  // Setting the same global on every render is harmless; it must be set before the children render.
  dayjs.locale(DAYJS_LOCALES[locale]);
}
