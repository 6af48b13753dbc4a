import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router/dom';
import { queryClient } from '../api/query-client.ts';
import { LocaleProvider } from '../i18n/locale-provider.tsx';
import { AntdRoot } from './antd-root.tsx';
import { router } from './router.tsx';

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <AntdRoot>
          <RouterProvider router={router} />
        </AntdRoot>
      </LocaleProvider>
    </QueryClientProvider>
  );
}
