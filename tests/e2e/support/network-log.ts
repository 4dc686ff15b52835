/**
 * Records every request made in the browser context (pages, frames, the extension's service
 * worker) so a test can prove that nothing left the machine.
 */
import type { BrowserContext, Request } from 'playwright-core';

export interface RequestRecord {
  url: string;
  method: string;
  resourceType: string;
  /** URL of the frame that made it, or null for the service worker. */
  frameUrl: string | null;
  fromServiceWorker: boolean;
}

export function recordRequests(context: BrowserContext, into: RequestRecord[]): void {
  context.on('request', (request: Request) => {
    let frameUrl: string | null = null;
    try {
      frameUrl = request.frame().url();
    } catch {
      // Service-worker requests have no frame.
    }
    into.push({
      url: request.url(),
      method: request.method(),
      resourceType: request.resourceType(),
      frameUrl,
      fromServiceWorker: request.serviceWorker() !== null,
    });
  });
}

/**
 * Local means: the test's own fixture server, this extension's own files, or in-memory
 * data:/blob: URLs. Anything else would be the extension (or a fixture) phoning out.
 */
export function isLocalRequest(url: string, baseUrl: string, extensionId: string): boolean {
  return (
    url.startsWith(`${baseUrl}/`) ||
    url === baseUrl ||
    url.startsWith(`chrome-extension://${extensionId}/`) ||
    url.startsWith('data:') ||
    url.startsWith('blob:') ||
    url === 'about:blank' ||
    url === 'about:srcdoc'
  );
}

export function describeRequests(records: RequestRecord[]): string {
  return records
    .map(
      (r) =>
        `  ${r.method} ${r.url} (${r.resourceType}, from ${r.fromServiceWorker ? 'service worker' : (r.frameUrl ?? '?')})`,
    )
    .join('\n');
}
