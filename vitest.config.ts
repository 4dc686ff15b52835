import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'lib/**/*.test.{ts,tsx}', 'components/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto', 'tests/unit/setup.ts'],
    restoreMocks: true,
    // Worker threads start faster than forked processes (about 20 s less for the suite).
    pool: 'threads',
    // Component tests type and click through whole forms; on a busy 2-core machine one can
    // take several seconds. A failure is an assertion, never the clock.
    testTimeout: 20_000,
  },
});
