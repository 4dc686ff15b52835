import type { ExportedFile } from '@/lib/backup/export-json';

/**
 * Hands a file to the browser's own "save" through a temporary object URL and an
 * <a download> click. Everything stays on this machine: no network, no permission needed.
 */
export function saveFile(file: ExportedFile, doc: Document = document): void {
  const blob = new Blob([file.text], { type: `${file.mimeType};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  link.hidden = true;
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoke once the click has been handled; revoking at once can cancel the download.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
