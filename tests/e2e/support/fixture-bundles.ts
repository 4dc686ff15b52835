/**
 * Bundles the fixture pages' scripts (tests/fixtures/editors/*.ts, which import real editors
 * from node_modules) with esbuild into tests/fixtures/.build/ (gitignored), and the site
 * copies' scripts (tests/fixtures/sites/*.ts) into tests/fixtures/.build/sites/. Skips the
 * work when nothing changed since the last bundle, so each test file pays for it at most once.
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FIXTURES_DIR, NODE_MODULES, REPO_ROOT } from './paths.ts';

export const EDITORS_SRC = join(FIXTURES_DIR, 'editors');
export const SITES_SRC = join(FIXTURES_DIR, 'sites');
export const BUILD_DIR = join(FIXTURES_DIR, '.build');
const STAMP = join(BUILD_DIR, '.stamp');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** The page scripts: every top-level .ts file in tests/fixtures/editors/. */
export function fixtureEntryPoints(dir: string = EDITORS_SRC): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => join(dir, f));
}

/**
 * The lexical core that the @lexical/* packages themselves resolve. If the pinned versions of
 * lexical and @lexical/* ever drift apart, npm nests a second core under each @lexical package,
 * and two cores in one page break Lexical (it checks node classes by identity): always bundle
 * the one the plugins use.
 */
function lexicalCoreDir(): string {
  const fromRichText = createRequire(join(NODE_MODULES, '@lexical', 'rich-text', 'package.json'));
  // lexical's exports hide package.json; resolve its entry and take the package folder.
  let dir = dirname(fromRichText.resolve('lexical'));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}

export async function ensureFixtureBundles(): Promise<void> {
  const stamp = String(
    Math.max(
      newestMtime(EDITORS_SRC),
      existsSync(SITES_SRC) ? newestMtime(SITES_SRC) : 0,
      statSync(join(REPO_ROOT, 'package-lock.json')).mtimeMs,
    ),
  );
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === stamp) return;
  mkdirSync(BUILD_DIR, { recursive: true });
  await bundle(fixtureEntryPoints(), BUILD_DIR);
  const sites = fixtureEntryPoints(SITES_SRC);
  if (sites.length > 0) await bundle(sites, join(BUILD_DIR, 'sites'));
  writeFileSync(STAMP, stamp);
}

async function bundle(entryPoints: string[], outdir: string): Promise<void> {
  await build({
    entryPoints,
    outdir,
    bundle: true,
    format: 'esm',
    target: 'chrome120',
    platform: 'browser',
    logLevel: 'warning',
    alias: { lexical: lexicalCoreDir() },
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.svg': 'dataurl', '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl' },
  });
}
