/**
 * The tests load a private copy of the built extension: other people rebuild
 * .output/chrome-mv3-test while tests run (WXT empties the folder first), and a browser
 * whose extension files vanish mid-run fails in confusing ways.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface BuildSnapshot {
  dir: string;
  manifest: Record<string, unknown>;
  remove(): void;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Files the manifest names (scripts, pages, styles): all must be in a complete build. */
function referencedFiles(manifest: Record<string, unknown>): string[] {
  const files: string[] = [];
  const background = manifest.background as { service_worker?: string; scripts?: string[] } | undefined;
  if (background?.service_worker) files.push(background.service_worker);
  files.push(...(background?.scripts ?? []));
  for (const script of (manifest.content_scripts as { js?: string[]; css?: string[] }[] | undefined) ?? []) {
    files.push(...(script.js ?? []), ...(script.css ?? []));
  }
  const action = manifest.action as { default_popup?: string } | undefined;
  if (action?.default_popup) files.push(action.default_popup);
  return files;
}

function recentlyTouched(path: string): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs < 60_000;
  } catch {
    return false;
  }
}

function tryCopy(buildDir: string): BuildSnapshot | null {
  if (!existsSync(join(buildDir, 'manifest.json'))) return null;
  const dir = mkdtempSync(join(tmpdir(), 'amends-ext-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    cpSync(buildDir, dir, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    if (referencedFiles(manifest).every((f) => existsSync(join(dir, f)))) return { dir, manifest, remove };
  } catch {
    // A build was being written while we copied: try again.
  }
  remove();
  return null;
}

/**
 * Copies a complete build. If it is missing or half-written while a build is clearly in
 * progress (the folder changed in the last minute), waits up to `waitMs` for it to finish.
 */
export async function snapshotBuild(buildDir: string, waitMs = 45_000): Promise<BuildSnapshot | null> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const snapshot = tryCopy(buildDir);
    if (snapshot) return snapshot;
    const building = recentlyTouched(buildDir) || recentlyTouched(dirname(buildDir));
    if (!building || Date.now() > deadline) return null;
    await sleep(500);
  }
}
