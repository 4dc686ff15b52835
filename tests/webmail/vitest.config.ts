import { defineConfig } from 'vitest/config';

// The coach on a real self-hosted webmail (tests/webmail/README.md): one browser, in order.
export default defineConfig({
  test: {
    include: ['tests/webmail/**/*.webmail.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
