import { createContext } from 'react';
import type { Locale } from './locales.ts';
import type { Translate } from './message-types.ts';

export interface LocaleContextValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
}

export const LocaleContext = createContext<LocaleContextValue | null>(null);
