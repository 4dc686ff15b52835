/**
 * The analysis engine: pure TypeScript, no DOM, browser or Node APIs. It runs the same in
 * the content script, the extension pages, Node and the tests.
 */
export { analyzeDraft, forgetDrafts, sentenceRangesOf } from './analyze';
export { clearSentenceCache, engineStats, isWarm, resetStats, warmUp } from './sentence-analysis';
export { FLAG_RULES } from './rules';
export { segment } from './segment';
export * from './types';
