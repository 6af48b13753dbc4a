import { useT } from '../i18n/use-t.ts';

/**
 * Shown while a route page's code is loading. A spinner of its own rather than antd's Spin, which
 * the sign-in page would otherwise load only for this.
 */
export function PageFallback() {
  const t = useT();
  return (
    <div className="app-page-fallback" role="status">
      <span className="app-spinner" aria-hidden="true" />
      <span>{t('app.loading')}</span>
    </div>
  );
}
