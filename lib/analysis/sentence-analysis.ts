/**
 * Everything the engine learns from one sentence on its own, with offsets relative to the
 * sentence, cached by the sentence's text in a bounded LRU: an unchanged sentence is never
 * analysed twice, wherever it moves in the draft.
 */
import { amendsCues, readCueLists, type AmendsCues } from './amends-detect';
import { ownCountsOf } from './draft-counts';
import { ELEMENT_RULES } from './elements';
import { languageStats, type LanguageStats } from './language';
import { learnedSpans, replaceLearnedModel, type Model } from './learned';
import { Lru } from './lru';
import { makeSentence } from './normalize';
import { FLAG_RULES, RULE_BY_ID, apologises, backReference, leadingBut } from './rules';
import { rebutsPrevious, TAKEN_BACK_IN_SENTENCE, takenBackAfter, takesBackAt } from './rebuttal';
import { primePatterns } from './rules/define';
import { findSupportSpans } from './support';
import { engineStats } from './work-stats';
import { readAsI, spanToOriginal } from './we-voice';
import type { ElementId, FlagId, RuleMatch, Sentence, Severity, Span } from './types';

export interface FlagMatch extends Span {
  rule: FlagId;
  severity: Severity;
  /** Found by the learned scorer, not by a rule. */
  learned?: true;
}

export interface ElementMatch {
  id: ElementId;
  spans: Span[];
  /** Found by the learned scorer, not by a rule. */
  learned?: true;
}

export interface SentenceResult {
  /** All rules' matches, sorted by start then by FLAG_IDS order. */
  flags: FlagMatch[];
  /** Element spans, only for elements found, in ELEMENT_RULES order. */
  elements: ElementMatch[];
  support: Span[];
  cues: AmendsCues;
  lang: LanguageStats;
  /** The sentence apologises (for a "But ..." in the next sentence). */
  apology: boolean;
  /** A sentence-initial "But"/"However" that does not turn to ownership. */
  leadingBut: RuleMatch | null;
  /** "I'm sorry for what I did." : vague unless the draft names a specific act. */
  backReference: RuleMatch | null;
  /** "That was a lie.", "I wasn't.": takes back the claim in the sentence before (rebuttal.ts). */
  rebuts: boolean;
  /** Its share of the draft's counts, as [column, value, …] (draft-counts.ts). */
  counts: readonly number[];
}

const NO_COUNTS: readonly number[] = [];

export { engineStats, resetStats } from './work-stats';

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

/**
 * Analyses new sentences, part by part: each part of the engine (the flag rules, the element
 * detectors, the learned scorer, crisis language, the cues...) runs over every sentence before
 * the next part starts. Each sentence's result is what it would be alone (no part keeps state
 * from one sentence to the next); the order only keeps one part's patterns, tables and code
 * in the processor's caches while it works through the sentences, instead of every part
 * evicting the others' for each sentence (a draft's first analysis: measured about a fifth
 * faster per sentence than sentence by sentence).
 */
function computeMany(texts: readonly string[]): SentenceResult[] {
  if (!basicsDone) warmBasics();
  const n = texts.length;
  const bases: Sentence[] = [];
  const sentences: Sentence[] = [];
  for (const text of texts) {
    engineStats.sentencesAnalysed++;
    const base = makeSentence(text, 0);
    bases.push(base);
    sentences.push({ ...base, norm: oneByte(base.norm) });
  }
  const flags = sentences.map(ruleFlags);
  const elements = sentences.map(ruleElements);
  for (let i = 0; i < n; i++) finishFindings(sentences[i]!, flags[i]!, elements[i]!);
  // The small parts, sentence by sentence: each reads the sentence's trigram table
  // (trigram-filter.ts), which is made once per sentence in a row rather than once per part.
  const apology: boolean[] = [];
  const support: Span[][] = [];
  const cues: AmendsCues[] = [];
  const lang: LanguageStats[] = [];
  const leading: (RuleMatch | null)[] = [];
  const back: (RuleMatch | null)[] = [];
  const rebuts: boolean[] = [];
  for (let i = 0; i < n; i++) {
    const sentence = sentences[i]!;
    apology.push(apologises(sentence));
    support.push(findSupportSpans(sentence));
    cues.push(amendsCues(sentence));
    // Language is judged on the unfolded text: other scripts must count as other scripts.
    lang.push(languageStats(bases[i]!.norm));
    leading.push(leadingBut(sentence));
    const backRef = backReference(sentence);
    back.push(backRef);
    if (backRef) withoutLearnedVague(flags[i]!);
    rebuts.push(rebutsPrevious(sentence));
  }
  // A group speaking as "we" is also read as one person saying "I" (we-voice.ts), and what
  // that reading finds is added: "we failed to protect your data" names the act as "I failed
  // to" does. The sentence's own reading stays, so a "we" the reading misjudges loses nothing.
  // The readings are analysed part by part too.
  const readAt: number[] = [];
  const readings: NonNullable<ReturnType<typeof readAsI>>[] = [];
  for (let i = 0; i < n; i++) {
    const reading = readAsI(sentences[i]!.norm, texts[i]!);
    if (reading) readAt.push(i), readings.push(reading);
  }
  const reads: Sentence[] = readings.map((r) => ({ start: 0, text: r.norm, norm: r.norm }));
  const readFlags = reads.map(ruleFlags);
  const readElements = reads.map(ruleElements);
  for (let k = 0; k < reads.length; k++) {
    const i = readAt[k]!;
    const reading = readings[k]!;
    finishFindings(reads[k]!, readFlags[k]!, readElements[k]!);
    addAbsent(
      flags[i]!,
      elements[i]!,
      readFlags[k]!.map((f) => ({ ...f, ...spanToOriginal(reading, f) })),
      readElements[k]!.map((e) => ({ ...e, spans: e.spans.map((s) => spanToOriginal(reading, s)) })),
    );
    sortFindings(flags[i]!, elements[i]!);
    withoutHollowRegret(flags[i]!, elements[i]!);
    apology[i] ||= apologises(reads[k]!);
  }
  const out: SentenceResult[] = [];
  for (let i = 0; i < n; i++) {
    const result: SentenceResult = {
      flags: flags[i]!,
      elements: elements[i]!,
      support: support[i]!,
      cues: cues[i]!,
      lang: lang[i]!,
      apology: apology[i]!,
      leadingBut: leading[i]!,
      backReference: back[i]!,
      rebuts: rebuts[i]!,
      counts: NO_COUNTS,
    };
    result.counts = ownCountsOf(result);
    out.push(result);
  }
  return out;
}

/** What the flag rules find in one sentence. */
function ruleFlags(sentence: Sentence): FlagMatch[] {
  const flags: FlagMatch[] = [];
  for (const rule of FLAG_RULES) {
    engineStats.ruleInvocations++;
    for (const m of rule.find(sentence)) {
      flags.push({ rule: rule.id, start: m.start, end: m.end, severity: m.severity ?? rule.severity });
    }
  }
  return flags;
}

/** What the element detectors find in one sentence. */
function ruleElements(sentence: Sentence): ElementMatch[] {
  const elements: ElementMatch[] = [];
  for (const rule of ELEMENT_RULES) {
    engineStats.ruleInvocations++;
    const spans = rule.find(sentence);
    if (spans.length > 0) elements.push({ id: rule.id, spans });
  }
  return elements;
}

/** Adds the learned scorer's findings to the rules', in order, without a hollow regret. */
function finishFindings(sentence: Sentence, flags: FlagMatch[], elements: ElementMatch[]): void {
  addLearned(sentence, flags, elements);
  withoutTakenBack(sentence.norm, flags);
  sortFindings(flags, elements);
  withoutHollowRegret(flags, elements);
}

/** Flags by start, then in FLAG_IDS order; elements in ELEMENT_RULES order. */
function sortFindings(flags: FlagMatch[], elements: ElementMatch[]): void {
  flags.sort((a, b) => a.start - b.start || RULE_INDEX.get(a.rule)! - RULE_INDEX.get(b.rule)!);
  elements.sort((a, b) => ELEMENT_ORDER.get(a.id)! - ELEMENT_ORDER.get(b.id)!);
}

/**
 * Adds what the learned scorer finds and the rules did not: a flag as a gentle 'consider'
 * (the rules' clear problems keep their own severity), an element where none was found.
 */
function addLearned(sentence: Sentence, flags: FlagMatch[], elements: ElementMatch[]): void {
  const found = learnedSpans(sentence);
  if (found.length === 0) return;
  const moreFlags: FlagMatch[] = [];
  const moreElements: ElementMatch[] = [];
  for (const f of found) {
    if (f.kind === 'flag' && RULE_BY_ID.get(f.id as FlagId)?.vetoes?.(sentence.norm)) continue;
    if (f.kind === 'flag') moreFlags.push({ rule: f.id as FlagId, start: f.start, end: f.end, severity: 'consider', learned: true });
    else moreElements.push({ id: f.id as ElementId, spans: [{ start: f.start, end: f.end }], learned: true });
  }
  addAbsent(flags, elements, moreFlags, moreElements);
}

/**
 * Drops a claim the sentence itself takes back ("Others have done worse, but that does not make
 * what I did any smaller"; "I was high, but that doesn't make any of it okay"): the excuse,
 * comparison or plea is set down to be knocked over, and so is the "but" that knocks it.
 */
function withoutTakenBack(norm: string, flags: FlagMatch[]): void {
  for (let i = flags.length - 1; i >= 0; i--) {
    const f = flags[i]!;
    const gone = f.rule === 'but' ? takesBackAt(norm, f.end) : TAKEN_BACK_IN_SENTENCE.has(f.rule) && takenBackAfter(norm, f.end);
    if (gone) flags.splice(i, 1);
  }
}

/**
 * "I'm sorry for what I did.", "…for all of it.": a look back whose vagueness the draft decides
 * (vague only when it names no act anywhere; analyze.ts). The learned scorer's guess of vague
 * on the same words would settle it without the draft, so it gives way.
 */
function withoutLearnedVague(flags: FlagMatch[]): void {
  const at = flags.findIndex((f) => f.rule === 'vague' && f.learned);
  if (at >= 0) flags.splice(at, 1);
}

/** Adds each further flag and element whose id is not found yet (the first of an id wins). */
function addAbsent(flags: FlagMatch[], elements: ElementMatch[], moreFlags: readonly FlagMatch[], moreElements: readonly ElementMatch[]): void {
  for (const f of moreFlags) if (!flags.some((m) => m.rule === f.rule)) flags.push(f);
  for (const e of moreElements) if (!elements.some((m) => m.id === e.id)) elements.push(e);
}

const ELEMENT_ORDER = new Map<ElementId, number>(ELEMENT_RULES.map((r, i) => [r.id, i]));

/** Flags that make a sentence's "sorry" one for their reaction or on a condition. */
const HOLLOWING: ReadonlySet<FlagId> = new Set<FlagId>(['feelings', 'conditional']);

/**
 * "I'm sorry you felt that way", "if I upset anyone, I apologise": the sorry is for their
 * reaction, or hangs on a condition, so the sentence shows no remorse for an act (regret is
 * "says sorry for something, sincerely"). Its regret does not count, and the coach's prompt
 * for a plain "I'm sorry that I…" stays.
 */
function withoutHollowRegret(flags: readonly FlagMatch[], elements: ElementMatch[]): void {
  if (!flags.some((f) => HOLLOWING.has(f.rule))) return;
  const at = elements.findIndex((e) => e.id === 'regret');
  if (at >= 0) elements.splice(at, 1);
}

/**
 * Swaps the learned model (training and evaluation tools; `null` turns it off, `undefined`
 * brings back the shipped one) and forgets every cached sentence, whose results depended on
 * the old one. The caller forgets recent drafts too (`forgetDrafts`).
 */
export function setLearnedModel(model: Model | null | undefined): void {
  replaceLearnedModel(model);
  cache.clear();
}

/** The (cached) result for one sentence's text. */
export function analyzeSentence(text: string): SentenceResult {
  return analyzeSentences([text])[0]!;
}

/**
 * The (cached) results for several sentences' texts, in order: the ones not in the cache are
 * analysed together (`computeMany`), a text met twice only once.
 */
export function analyzeSentences(texts: readonly string[]): SentenceResult[] {
  const out: SentenceResult[] = new Array(texts.length);
  const todo: string[] = [];
  /** Per text analysed now: where its result goes, the first place then its repeats. */
  const places = new Map<string, number[]>();
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    const hit = cache.get(text);
    if (hit) {
      engineStats.cacheHits++;
      out[i] = hit;
      continue;
    }
    const at = places.get(text);
    if (at) {
      // Analysed once; a repeat counts as found in the cache, as it would be one at a time.
      engineStats.cacheHits++;
      at.push(i);
      continue;
    }
    places.set(text, [i]);
    todo.push(text);
  }
  if (todo.length === 0) return out;
  const results = computeMany(todo);
  for (let k = 0; k < todo.length; k++) {
    const result = results[k]!;
    cache.set(todo[k]!, result);
    for (const i of places.get(todo[k]!)!) out[i] = result;
  }
  return out;
}

/**
 * Folds `norm` to one-byte (Latin-1) characters, keeping its length: "€" becomes "$" (the
 * rules' currency classes hold both) and anything else above U+00FF (emoji, other scripts,
 * lone surrogates) becomes "\u00b7", which no rule matches as a letter. Engines compile a
 * pattern separately for one-byte and two-byte subjects, and the first run of each
 * compilation is slow; with one-byte subjects only, one warm-up covers every draft.
 */
export function oneByte(norm: string): string {
  let i = 0;
  while (i < norm.length && norm.charCodeAt(i) <= 0xff) i++;
  if (i === norm.length) return norm;
  let out = norm.slice(0, i);
  for (; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    out += c <= 0xff ? norm[i]! : c === 0x20ac ? '$' : '\u00b7';
  }
  return out;
}

/**
 * Compiles every pattern the engine uses ahead of the first real sentence.
 *
 * Browsers run a new regular expression in a slow interpreter at first and compile it to
 * native code afterwards, unless its first subject is over 1,000 characters (see
 * native-regex.ts). The flag and element patterns are compiled one by one on their first
 * need, so an analysis never waits for patterns its sentences do not need; warm-up compiles
 * all of them ahead of time, running them once on a long text made of the rules' own
 * examples, without touching the sentence cache.
 *
 * `warmUp(budgetMs)` does as much as fits in the budget and returns true when everything
 * is compiled, so a page can spread it over idle callbacks. Results never depend on it.
 */
let warmJob: Generator<void, void, void> | null = null;
let warmDone = false;
let basicsDone = false;

/** One or two examples of each rule, past 1,000 characters; they open the rules' gates. */
function primer(): { base: Sentence; sentence: Sentence } {
  const parts: string[] = [];
  for (const r of [...FLAG_RULES, ...ELEMENT_RULES]) parts.push(...r.examples.positive.slice(0, 2));
  let text = parts.join(' ');
  while (text.length < 1100) text += ' ' + text;
  const base = makeSentence(text, 0);
  return { base, sentence: { ...base, norm: oneByte(base.norm) } };
}

/**
 * What every new sentence runs besides the flag and element patterns, compiled before the
 * first one: crisis language, the amends cues, the language counts, the sentence-level
 * helpers, and the learned model (loading it is a few milliseconds).
 */
function warmBasics(): void {
  basicsDone = true;
  const { base, sentence } = primer();
  findSupportSpans(sentence);
  amendsCues(sentence);
  languageStats(base.norm);
  apologises(sentence);
  leadingBut(sentence);
  backReference(sentence);
  rebutsPrevious(sentence);
  learnedSpans(sentence);
}

function* warmSteps(): Generator<void, void, void> {
  const { sentence } = primer();
  yield* primePatterns([sentence.norm]);
  for (const rule of ELEMENT_RULES) {
    rule.find(sentence);
    yield;
  }
  if (!basicsDone) warmBasics();
  yield;
  // The amends cues' word lists, read to be counted word by word (until then, as patterns).
  readCueLists();
  yield;
  // The rules' small helper patterns (guards) on ordinary-length sentences.
  for (const rule of FLAG_RULES) {
    for (const example of rule.examples.positive) rule.find(makeSentence(example, 0));
    yield;
  }
}

/** Whether every pattern is compiled already (the first analysis will not wait). */
export function isWarm(): boolean {
  return warmDone;
}

export function warmUp(budgetMs = Infinity): boolean {
  if (warmDone) return true;
  warmJob ??= warmSteps();
  const until = Date.now() + budgetMs;
  for (;;) {
    if (warmJob.next().done) {
      warmDone = true;
      warmJob = null;
      return true;
    }
    if (Date.now() >= until) return false;
  }
}
