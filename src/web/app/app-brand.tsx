import { Link } from 'react-router';
import { useT } from '../i18n/use-t.ts';

/** Product name and subtitle at the top of the navigation. */
export function AppBrand({ collapsed = false }: { collapsed?: boolean }) {
  const t = useT();
  return (
    <Link to="/" className={collapsed ? 'app-brand app-brand-collapsed' : 'app-brand'} title={t('app.home')}>
      <svg className="app-brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="7" fill="#1f5fbf" />
        <path
          d="M9 16.5l4.5 4.5L23 11.5"
          fill="none"
          stroke="#fff"
          strokeWidth="3.2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <span className={collapsed ? 'visually-hidden' : 'app-brand-text'}>
        <span className="app-brand-name" data-testid="app-title">
          {t('app.name')}
        </span>
        <span className="app-brand-subtitle">{t('app.subtitle')}</span>
      </span>
    </Link>
  );
}
