import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { PageFallback } from '../app/page-fallback.tsx';
import { AuthProvider } from './auth-provider.tsx';

/** Root route element: the sign-in state for every page, and a fallback while a page's code loads. */
export function AuthRoot() {
  return (
    <AuthProvider>
      <Suspense fallback={<PageFallback />}>
        <Outlet />
      </Suspense>
    </AuthProvider>
  );
}
