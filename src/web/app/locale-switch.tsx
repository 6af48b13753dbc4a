import { useId } from 'react';
import { LOCALE_NAMES, LOCALES, type Locale } from '../i18n/locales.ts';
import { useLocale } from '../i18n/use-locale.ts';
import './locale-switch.css';

/**
 * 中文 / English switch; the choice is remembered in localStorage. Two radio buttons laid out like
 * antd's small Segmented, which the sign-in page would otherwise load only for this.
 */
export function LocaleSwitch() {
  const { locale, setLocale, t } = useLocale();
  const name = useId();
  return (
    <div className="locale-switch" role="radiogroup" aria-label={t('header.language')} data-testid="locale-switch">
      {LOCALES.map((value: Locale) => (
        <label key={value} className={value === locale ? 'locale-switch-item is-selected' : 'locale-switch-item'}>
          <input
            type="radio"
            className="visually-hidden"
            name={name}
            value={value}
            checked={value === locale}
            onChange={() => setLocale(value)}
          />
          <span lang={value}>{LOCALE_NAMES[value]}</span>
        </label>
      ))}
    </div>
  );
}
