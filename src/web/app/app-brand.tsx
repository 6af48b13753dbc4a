import { Link } from 'react-router';
import { useT } from '../i18n/use-t.ts';
import { BrandMark } from './brand-mark.tsx';

/** Product name and subtitle at the top of the navigation. */
export function AppBrand({ collapsed = false }: { collapsed?: boolean }) {
  const t = useT();
  return (
    <Link to="/" className={collapsed ? 'app-brand app-brand-collapsed' : 'app-brand'} title={t('app.home')}>
      <BrandMark className="app-brand-mark" />
      <span className={collapsed ? 'visually-hidden' : 'app-brand-text'}>
        <span className="app-brand-name" data-testid="app-title">
          {t('app.name')}
        </span>
        <span className="app-brand-subtitle">{t('app.subtitle')}</span>
      </span>
    </Link>
  );
}
