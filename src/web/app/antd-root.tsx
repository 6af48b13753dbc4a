import { ConfigProvider, type ThemeConfig } from 'antd';
import type { Locale as AntdLocale } from 'antd/es/locale';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useMemo, type ReactNode } from 'react';
import type { Locale } from '../i18n/locales.ts';
import { useLocale } from '../i18n/use-locale.ts';
import { appTheme } from './theme.ts';
import { usePrefersReducedMotion } from './use-media-query.ts';

const ANTD_LOCALES: Record<Locale, AntdLocale> = { 'zh-CN': zhCN, 'en-US': enUS };

/** The app's theme without animations, for people whose system asks for reduced motion. */
const stillTheme: ThemeConfig = { ...appTheme, token: { ...appTheme.token, motion: false } };

/**
 * antd configuration that follows the interface language and the person's motion setting. antd's
 * App (the message, notification and modal holders) is not here but in the two frames (AppLayout,
 * CitizenRoot): it brings Modal and Notification, which the sign-in page does not need.
 */
export function AntdRoot({ children }: { children: ReactNode }) {
  const { locale } = useLocale();
  const reducedMotion = usePrefersReducedMotion();
  const wave = useMemo(() => ({ disabled: reducedMotion }), [reducedMotion]);
  return (
    <ConfigProvider locale={ANTD_LOCALES[locale]} theme={reducedMotion ? stillTheme : appTheme} wave={wave}>
      {children}
    </ConfigProvider>
  );
}
