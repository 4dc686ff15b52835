import { EDITORS } from './support/editor-driver.ts';
import { defineCoachSuite } from './support/coach-suite.ts';

defineCoachSuite(EDITORS.tiptap);
