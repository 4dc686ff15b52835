import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium with the built test extension (see tests/e2e/harness.ts).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // One retry: a browser test on a loaded 2-core machine can miss a timing window; a real
    // failure fails twice. Any retry is printed in the run, so flakes stay visible.
    retry: 1,
  },
});
