import { Segmented } from 'antd';
import { LOCALE_NAMES, LOCALES, type Locale } from '../i18n/locales.ts';
import { useLocale } from '../i18n/use-locale.ts';

/** 中文 / English switch; the choice is remembered in localStorage. */
export function LocaleSwitch() {
  const { locale, setLocale, t } = useLocale();
  return (
    <Segmented<Locale>
      data-testid="locale-switch"
      aria-label={t('header.language')}
      size="small"
      value={locale}
      onChange={setLocale}
      options={LOCALES.map((value) => ({
        value,
        label: <span lang={value}>{LOCALE_NAMES[value]}</span>,
      }))}
    />
  );
}
