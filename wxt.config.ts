import { defineConfig } from 'wxt';
import type { Browser } from 'wxt/browser';

/**
 * Extension pages may load nothing remote: scripts, styles, fonts, images and
 * connections are limited to the extension's own files.
 */
const EXTENSION_PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

/** Any web site may be added by the person, one origin at a time (never all at once). */
const OPTIONAL_SITE_ORIGINS = ['https://*/*', 'http://*/*'];

/** Test pages are served from loopback; only the `test` build may run on them. */
const TEST_ONLY_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Amends Companion',
    description:
      'A private companion for making amends: your Step 8 list and a gentle coach for amends letters. Nothing leaves your machine.',
    // activeTab: the popup's coach settings read the current tab's origin (no `tabs` permission).
    // scripting: the coach is registered at run time on sites the person adds (lib/background/site-access.ts).
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // "Use the coach on this site": each site is asked for, one origin at a time, when the person chooses it.
    ...(manifestVersion === 3
      ? { optional_host_permissions: OPTIONAL_SITE_ORIGINS }
      : { optional_permissions: OPTIONAL_SITE_ORIGINS }),
    content_security_policy:
      manifestVersion === 3
        ? { extension_pages: EXTENSION_PAGE_CSP }
        : (EXTENSION_PAGE_CSP as unknown as Browser.runtime.Manifest['content_security_policy']),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'amends-companion@amends-companion.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
          // Firefox cannot open its sidebar from a page click; the coach's "This is for…" points here.
          commands: {
            _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+L' }, description: 'Open your amends list' },
          },
        }
      : {}),
  }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'test') return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...new Set([...(script.matches ?? []), ...TEST_ONLY_MATCHES])];
      }
    },
  },
});
