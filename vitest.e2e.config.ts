import { defineConfig } from 'vitest/config';

// Real Chromium and Firefox against the production builds. One browser per
// suite file is shared by its cases; files run one at a time to keep memory low.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['test/e2e/global-setup.ts'],
  },
});
