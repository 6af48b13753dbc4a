import { Spin } from 'antd';
import { useT } from '../i18n/use-t.ts';

/** Shown while a route page's code is loading. */
export function PageFallback() {
  const t = useT();
  return (
    <div className="app-page-fallback" role="status">
      <Spin aria-hidden="true" />
      <span>{t('app.loading')}</span>
    </div>
  );
}
