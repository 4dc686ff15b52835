/**
 * Everything the engine learns from one sentence on its own, with offsets relative to the
 * sentence, cached by the sentence's text in a bounded LRU: an unchanged sentence is never
 * analysed twice, wherever it moves in the draft.
 */
import { amendsCues, type AmendsCues } from './amends-detect';
import { ELEMENT_RULES } from './elements';
import { languageStats, type LanguageStats } from './language';
import { Lru } from './lru';
import { makeSentence } from './normalize';
import { FLAG_RULES, apologises, leadingBut } from './rules';
import { findSupportSpans } from './support';
import type { ElementId, FlagId, RuleMatch, Severity, Span } from './types';

export interface FlagMatch extends Span {
  rule: FlagId;
  severity: Severity;
}

export interface SentenceResult {
  /** All rules' matches, sorted by start then by FLAG_IDS order. */
  flags: FlagMatch[];
  /** Element spans, only for elements found. */
  elements: { id: ElementId; spans: Span[] }[];
  support: Span[];
  cues: AmendsCues;
  lang: LanguageStats;
  /** The sentence apologises (for a "But ..." in the next sentence). */
  apology: boolean;
  /** A sentence-initial "But"/"However" that does not turn to ownership. */
  leadingBut: RuleMatch | null;
}

/** Work counters, so tests can prove how much an edit costs without timing anything. */
export const engineStats = {
  /** Sentences run through the rules (cache misses). */
  sentencesAnalysed: 0,
  /** Individual rule `find` calls (flags and elements). */
  ruleInvocations: 0,
  /** Characters handed to the segmenter. */
  charsSegmented: 0,
  /** Sentence cache hits. */
  cacheHits: 0,
};

export function resetStats(): void {
  engineStats.sentencesAnalysed = 0;
  engineStats.ruleInvocations = 0;
  engineStats.charsSegmented = 0;
  engineStats.cacheHits = 0;
}

/** Enough for several long drafts; a sentence result is a few hundred bytes. */
export const SENTENCE_CACHE_SIZE = 4000;
const cache = new Lru<string, SentenceResult>(SENTENCE_CACHE_SIZE);

export function clearSentenceCache(): void {
  cache.clear();
}

export function sentenceCacheSize(): number {
  return cache.size;
}

const RULE_INDEX = new Map<FlagId, number>(FLAG_RULES.map((r, i) => [r.id, i]));

function compute(text: string): SentenceResult {
  engineStats.sentencesAnalysed++;
  const sentence = makeSentence(text, 0);
  const flags: FlagMatch[] = [];
  for (const rule of FLAG_RULES) {
    engineStats.ruleInvocations++;
    for (const m of rule.find(sentence)) {
      flags.push({ rule: rule.id, start: m.start, end: m.end, severity: m.severity ?? rule.severity });
    }
  }
  flags.sort((a, b) => a.start - b.start || RULE_INDEX.get(a.rule)! - RULE_INDEX.get(b.rule)!);
  const elements: { id: ElementId; spans: Span[] }[] = [];
  for (const rule of ELEMENT_RULES) {
    engineStats.ruleInvocations++;
    const spans = rule.find(sentence);
    if (spans.length > 0) elements.push({ id: rule.id, spans });
  }
  return {
    flags,
    elements,
    support: findSupportSpans(sentence),
    cues: amendsCues(sentence),
    lang: languageStats(sentence.norm),
    apology: apologises(sentence),
    leadingBut: leadingBut(sentence),
  };
}

/** The (cached) result for one sentence's text. */
export function analyzeSentence(text: string): SentenceResult {
  const hit = cache.get(text);
  if (hit) {
    engineStats.cacheHits++;
    return hit;
  }
  const result = compute(text);
  cache.set(text, result);
  return result;
}
