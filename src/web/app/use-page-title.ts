import { useEffect } from 'react';
import { useMatches } from 'react-router';
import type { PlainMessageKey } from '../i18n/message-types.ts';
import { useT } from '../i18n/use-t.ts';
import { isRouteHandle } from './route-handle.ts';

/** Title of the deepest matched route; also written to `document.title`. */
export function usePageTitle(): string {
  const t = useT();
  const matches = useMatches();
  const key: PlainMessageKey =
    matches
      .map((match) => match.handle)
      .filter(isRouteHandle)
      .at(-1)?.titleKey ?? 'nav.workbench';
  const title = t(key);

  useEffect(() => {
    document.title = t('app.documentTitle', { page: title });
  }, [t, title]);

  return title;
}
