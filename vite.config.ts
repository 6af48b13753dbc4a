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
  { name: 'vendor-antd', priority: 1, test: /[\\/]node_modules[\\/]antd[\\/]/ },
  {
    name: 'vendor-antd-base',
    priority: 2, // before vendor-antd, which would otherwise pull these in as its dependencies
    test: /[\\/]node_modules[\\/](@ant-design|@rc-component|@emotion|dayjs|clsx|stylis|throttle-debounce|compute-scroll-into-view|scroll-into-view-if-needed|json2mq|string-convert|is-mobile)[\\/]/,
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
