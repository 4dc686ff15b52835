import { browser } from 'wxt/browser';

/** The extension's version from its manifest, written into each backup for reference. */
export function appVersion(): string {
  try {
    const version = browser.runtime.getManifest().version;
    return typeof version === 'string' && version ? version : 'unknown';
  } catch {
    // Outside an extension page (tests, previews) there is no manifest.
    return 'unknown';
  }
}
