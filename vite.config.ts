import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** The Fastify server that serves the API during development. */
const apiServer = 'http://127.0.0.1:3000';

/** Routes the dev server forwards to the API server. */
const proxiedPaths = ['/api', '/healthz', '/readyz', '/docs'];

/**
 * Long-lived vendor chunks (they change only when dependencies do); everything else, including
 * each lazily loaded route page, is left to the default splitting.
 */
const vendorGroups = [
  {
    name: 'vendor-react',
    priority: 3,
    test: /[\\/]node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser)[\\/]/,
  },
];

export default defineConfig({
  root: fromRoot('./src/web'),
  publicDir: fromRoot('./src/web/public'),
  plugins: [react()],
  server: {
    proxy: Object.fromEntries(proxiedPaths.map((path) => [path, { target: apiServer, changeOrigin: false }])),
  },
  preview: {
    proxy: Object.fromEntries(proxiedPaths.map((path) => [path, { target: apiServer, changeOrigin: false }])),
  },
  build: {
    outDir: fromRoot('./dist/web'),
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: vendorGroups },
      },
    },
  },
});
