import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium with the built test extension (see tests/e2e/harness.ts).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    // Two files at a time, each with its own Chromium, profile and fixture server: much of a
    // browser test is waiting (debounces, saves, the service worker), so two overlap well on a
    // 2-core machine (about 245 s instead of 360 s for the whole suite).
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // One retry: a browser test on a loaded 2-core machine can miss a timing window; a real
    // failure fails twice. Any retry is printed in the run, so flakes stay visible.
    retry: 1,
  },
});
