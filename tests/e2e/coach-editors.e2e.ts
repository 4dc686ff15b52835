/**
 * The coach in every editor fixture: a plain textarea, a plain contenteditable, Quill, TinyMCE
 * (iframe mode), Tiptap (ProseMirror), Lexical, Squire and CKEditor 5, one browser for all.
 * One editor: `npx vitest run --config vitest.e2e.config.ts tests/e2e/coach-editors.e2e.ts -t Quill`.
 */
import { EDITORS } from './support/editor-driver.ts';
import { defineCoachSuites } from './support/coach-suite.ts';

defineCoachSuites(Object.values(EDITORS));
