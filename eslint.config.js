// Lint rules that guard our promises, not taste: no eval, no HTML strings from
// anywhere, and every browser call through webextension-polyfill (except the content
// script's one message, src/content/runtime.ts: see the README).
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test/replicas/dist/', 'test-results/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM with createElement/textContent; never parse HTML.' },
        { property: 'outerHTML', message: 'Build DOM with createElement/textContent; never parse HTML.' },
        { property: 'insertAdjacentHTML', message: 'Build DOM with createElement/textContent; never parse HTML.' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'Use webextension-polyfill (import browser from "webextension-polyfill").' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No HTML strings in the UI.' },
      ],
    },
  },
  {
    // The content script's one browser call, without the polyfill's 3 KB on every official page.
    files: ['src/content/runtime.ts'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    // Pure logic: no browser globals, so it runs and is tested anywhere.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'location', 'navigator', 'chrome', 'browser', 'localStorage', 'fetch'].map((name) => ({
          name,
          message: 'src/core is pure: pass what you need in as an argument.',
        })),
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'test/e2e/**/*.ts'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly' } },
  },
);
