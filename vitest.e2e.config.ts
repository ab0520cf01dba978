import { defineConfig } from 'vitest/config';

// End-to-end tests: the built renderer served by the browser host (real main-process handlers),
// driven in Debian's Chromium through playwright-core. Run after `electron-vite build`.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
