/**
 * Runs inside an extension page (passed to `page.evaluate` by Playwright or Puppeteer): the
 * people records exactly as the extension's IndexedDB stores them, as one JSON string, so a
 * test can check what is at rest (sealed by the lock, or in the clear).
 */
export function readRawPeople(): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const open = indexedDB.open('amends-companion');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const request = db.transaction('people').objectStore('people').getAll();
      request.onsuccess = () => {
        resolve(JSON.stringify(request.result));
        db.close();
      };
      request.onerror = () => reject(request.error);
    };
  });
}
