import { RouterProvider } from 'react-router/dom';
import { LocaleProvider } from '../i18n/locale-provider.tsx';
import { AntdRoot } from './antd-root.tsx';
import { router } from './router.tsx';

export function App() {
  return (
    <LocaleProvider>
      <AntdRoot>
        <RouterProvider router={router} />
      </AntdRoot>
    </LocaleProvider>
  );
}
