import type { Translate } from './message-types.ts';
import { useLocale } from './use-locale.ts';

/** Returns `t(key, params?)` for the current interface language. */
export function useT(): Translate {
  return useLocale().t;
}
