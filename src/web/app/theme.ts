import { theme, type ThemeConfig } from 'antd';

/** Calm, dense office look: a sober blue, small radii, compact controls. */
export const BRAND_BLUE = '#1f5fbf';
export const SIDER_BG = '#0f2747';

export const appTheme: ThemeConfig = {
  algorithm: [theme.defaultAlgorithm, theme.compactAlgorithm],
  token: {
    colorPrimary: BRAND_BLUE,
    colorInfo: BRAND_BLUE,
    colorLink: BRAND_BLUE,
    borderRadius: 6,
    fontSize: 14,
    // Latin faces first (so English punctuation stays proportional), then Chinese faces.
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', sans-serif",
  },
  components: {
    Layout: {
      siderBg: SIDER_BG,
      headerBg: '#ffffff',
      headerHeight: 56,
      headerPadding: '0 16px',
      bodyBg: '#f3f5f8',
    },
    Menu: {
      darkItemBg: SIDER_BG,
      darkSubMenuItemBg: SIDER_BG,
      darkItemColor: 'rgba(255, 255, 255, 0.78)',
      darkItemSelectedBg: BRAND_BLUE,
    },
  },
};
