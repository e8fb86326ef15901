import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit and component tests: fast, no real browser. E2E has its own config.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['test/unit/setup.ts'],
    // The property tests run thousands of cases each: on a busy two-core machine one can take over the default 5 s.
    testTimeout: 30_000,
  },
});
