import { defineConfig } from 'vitest/config';

// Real-Firefox smoke tests (tests/firefox/firefox-harness.ts): one Firefox at a time.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.firefox.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
