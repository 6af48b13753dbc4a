import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'test-artifacts/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, 'no-console': ['error', { allow: ['error', 'warn'] }] },
  },
  {
    // Layering: the platform knows no feature and no composition root (src/app wires them together).
    files: ['src/platform/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/modules/**'], message: 'src/platform imports no feature module.' },
            { group: ['**/app/**'], message: 'src/platform imports nothing from the composition root (src/app).' },
          ],
        },
      ],
    },
  },
  {
    // A migration keeps its meaning: it imports libraries and its frozen copies only, never live code.
    files: ['src/platform/db/migrations/*.ts'],
    ignores: ['src/platform/db/migrations/*.test.ts', 'src/platform/db/migrations/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.{1,2}/(?!frozen/)',
              message: 'A migration imports libraries and ./frozen/ copies only, never live project code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/platform/db/migrations/frozen/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./',
              message: 'A frozen copy imports libraries and other frozen copies only, never live project code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'tests/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // Tests never read the wall clock: they run on the test clock (tests/helpers/clock.ts) and say
    // which instant they need. Time spans are measured with performance.now().
    files: ['**/*.test.ts', 'tests/**/*.ts'],
    ignores: ['tests/helpers/clock.ts', 'tests/helpers/clock-preload.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'A test reads the test clock: testNow() from tests/helpers/clock.ts.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message:
            'A test reads the test clock: testNow() from tests/helpers/clock.ts (time spans: performance.now()).',
        },
        {
          selector: "CallExpression[callee.object.name='vi'][callee.property.name=/^(useRealTimers|setSystemTime)$/]",
          message:
            'The test clock is moved by setTestClock() and restored by restoreTestClock() (tests/helpers/clock.ts); real timers would bring back the wall clock.',
        },
      ],
    },
  },
  {
    // Browser tests wait for the condition that matters (a locator, expect.poll, a response, a URL,
    // settled() or canvasesStill() from tests/helpers/browser.ts), never for a fixed time: a sleep is
    // too short on a busy machine and wasted on a quiet one.
    files: ['tests/browser/**/*.ts', 'tests/helpers/browser*.ts', 'tests/helpers/workbench-browser.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          property: 'waitForTimeout',
          message: 'Wait for a condition (locator.waitFor, expect.poll, waitForResponse, settled()…), not for a time.',
        },
        {
          object: 'globalThis',
          property: 'setTimeout',
          message: 'Wait for a condition (locator.waitFor, expect.poll, waitForResponse, settled()…), not for a time.',
        },
      ],
      'no-restricted-globals': [
        'error',
        {
          name: 'setTimeout',
          message: 'Wait for a condition (locator.waitFor, expect.poll, waitForResponse, settled()…), not for a time.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: ['timers/promises', 'node:timers/promises', 'timers', 'node:timers'].map((name) => ({
            name,
            message:
              'Wait for a condition (locator.waitFor, expect.poll, waitForResponse, settled()…), not for a time.',
          })),
        },
      ],
    },
  },
);
