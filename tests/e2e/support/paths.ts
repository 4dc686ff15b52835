import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURES_DIR = join(REPO_ROOT, 'tests', 'fixtures');
export const NODE_MODULES = join(REPO_ROOT, 'node_modules');
/** The test build: `npm run build:test` (content scripts also match 127.0.0.1). */
export const DEFAULT_BUILD_DIR = join(REPO_ROOT, '.output', 'chrome-mv3-test');
