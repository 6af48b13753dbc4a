import { ConfigProvider, type ThemeConfig } from 'antd';
import type { ReactNode } from 'react';

/** A deeper red for refusing buttons and errors on the case screens, so red text keeps 4.5:1 on white. */
const theme: ThemeConfig = { token: { colorError: '#c8320e' } };

export function CasesTheme({ children }: { children: ReactNode }) {
  return <ConfigProvider theme={theme}>{children}</ConfigProvider>;
}
