/**
 * Builds a FlagRule from declarative patterns, applying the guards every flag shares:
 * - quotation: a match inside double quotes is someone's words, not the writer's;
 * - disowning: "I won't say it wasn't that bad", "I'm not going to tell you I never meant
 *   to hurt you", "I used to tell myself everyone drinks like that", "there's no version of this
 *   where it wasn't my fault" name a pattern in order to reject it (taxonomy: "quoting a flag
 *   pattern in a sentence that disowns it").
 *
 * Patterns are compiled with the `d` flag; a named group `s` marks the words to underline
 * (the whole match otherwise).
 */
import type { FlagId, FlagRule, RuleExamples, RuleMatch, Sentence, Severity } from '../types';
import { mayMatch, trigramFilter } from '../trigram-filter';
import { compileNow, markCompiled } from '../native-regex';
import { engineStats } from '../work-stats';
import { isSpaceCode } from '../char-codes';
import { addIndexSample, forEachRuleWordKey, NeedIndex } from '../word-keys';
import { COULD_SAY_THAT, I_PRETENDED, I_TOLD, LET_BELIEVE, TOLD_WHOM } from './lexicon';

const raw = String.raw;

export interface Pattern {
  re: RegExp;
  /**
   * Words (or word beginnings, or phrases whose first word is given) of which every match
   * contains at least one: the pattern is skipped when the sentence has none of them.
   */
  needs?: readonly string[];
  severity?: Severity;
  /** Return true to drop this match (a pattern-specific trap). */
  unless?: (norm: string, m: RegExpExecArray, span: { start: number; end: number }) => boolean;
  /** Keep the match even after a disowning phrase (rare). */
  ignoreDisowning?: boolean;
}

export interface RuleSpec {
  id: FlagId;
  title: string;
  explanation: string;
  suggestion?: string;
  severity: Severity;
  /** Cheap test on `norm`; when it fails the patterns are not run. */
  gate?: RegExp;
  /** Sentence-level trap: true means this rule never fires on the sentence. */
  skip?: (norm: string) => boolean;
  patterns: Pattern[];
  examples: RuleExamples;
}

/** Every pattern the rules compile, so `primePatterns` can compile them ahead of use. */
const REGISTRY: RegExp[] = [];

/** Every pattern registered so far (for tests of the machinery that runs them). */
export function registeredPatterns(): readonly RegExp[] {
  return REGISTRY;
}

/** Registers a pattern built outside `rx` (a literal) for `primePatterns`. */
export function primed<T extends RegExp>(re: T): T {
  REGISTRY.push(re);
  return re;
}

/** Compiles a pattern source for matching on `norm` (global, with indices). */
export function rx(source: string): RegExp {
  return primed(new RegExp(source, 'dg'));
}

/**
 * Runs every registered pattern once on each subject, yielding after each pattern so a
 * caller can spread the work. A subject over 1,000 characters makes the engine compile a
 * pattern to native code at once instead of interpreting it first (see warmUp).
 */
export function* primePatterns(subjects: readonly string[]): Generator<void, void, void> {
  const long = subjects.some((s) => s.length > 1000);
  for (const re of REGISTRY) {
    for (const s of subjects) {
      re.lastIndex = 0;
      re.exec(s);
    }
    re.lastIndex = 0;
    if (long) markCompiled(re);
    yield;
  }
}

/**
 * Phrases that, placed before a flag pattern in the same clause, reject it: "I won't say",
 * "I'm not going to tell you", "I used to tell myself", "instead of blaming".
 */
const DISOWN = primed(new RegExp(
  String.raw`(?:\b(?:i|i'm|im|i am|i'll|ill|i've|ive|i'd|id)\s+(?:just\s+|really\s+|also\s+)?(?:won't|wont|will not|shall not|shan't|must not|mustn't|not going to|not gonna|never going to|refuse to|can't|cannot|can not|couldn't|not here to|not about to|don't want to|do not want to|no longer|stop|stopped|quit|done|finished|through|tired of|sick of|not trying to|shouldn't|should not|wouldn't|would not|not)\s+(?:ever\s+)?(?:(?:insult|patronise|patronize|bore|fob) (?:you|u)(?: off)? (?:by|with)\s+)?(?:say|saying|tell(?: you| u)?|telling(?: you| u)?|pretend(?:ing)?|claim|claiming|use|make|give(?: you| u)?|offer|blame|blaming|hide behind|insult you with|act like|play|promise|promising|swear|swearing|guarantee|write|writing)\b|\b(?:used to|would|kept|keep) (?:tell|telling|say|saying) (?:myself|people|everyone)\b|\b(?:i )?(?:used to|once|would|kept|always) (?:think|thinking|believe|believing|tell myself|pretend|pretending|claim|claiming)\b|\bi (?:used to|kept|always|would always|once) (?:say|said|saying)\b|\b(?:i'm|im|i am|i)\s+(?:not|never)\s+(?:asking|expecting|demanding|begging|requesting|pressuring|pushing|rushing)\b|\b(?:told|tell|telling|convinced|kidding|fooling|lying to) myself\b|\binstead of (?:saying|blaming|telling|making)\b|\brather than (?:say|saying|blame|blaming)\b|\b(?:it's|its|it is|it would be|it'd be) (?:so |very )?(?:easy|tempting) to (?:say|blame|tell|write|claim|pretend|plead|call it)\b|\bthe (?:old|usual|same|tired) (?:excuse|line|story)\b|\bthe (?:excuse|line) (?:that|about)\b|\bwithout (?:saying|making|blaming)\b|\b(?:don't|dont|do not|didn't|didnt|did not|never) want(?:ed)? (?:you|u|them|anyone) (?:to think|thinking|to believe|believing|to feel|feeling)\b|\bthere(?:'s no|s no| is no|'s not a| isn't a| isnt a| is not a) (?:version|world|universe|scenario|reading|telling|way of telling it)(?: of (?:this|it|that|events|what happened|(?:that|this|the) \w+))? (?:where|in which)\b)(?:(?!\bbut\b|\bhowever\b)[^.;!?]){0,60}$`,
));

/**
 * A saying set aside: "I could say the drink made me do it, but I'd be lying", "I'd like to say I
 * never meant any harm, but I knew the rent was due", "I could tell you other people did worse,
 * but that's beside the point". What follows "I could say" is offered only to be refused by the
 * "but" after it; without that "but" it may still be meant.
 */
const COULD_SAY = primed(new RegExp(raw`\b${COULD_SAY_THAT}(?: that)?\s+(?:[a-z']+\s+){0,2}$`));
const BUT_LATER = primed(/^[^.!?;]*?\bbut\b/);

/** True when the match at `index` is what the writer could say, set aside by a "but" later in the sentence. */
export function isSetAside(norm: string, index: number): boolean {
  compileNow(COULD_SAY);
  if (!COULD_SAY.test(norm.slice(Math.max(0, index - 50), index))) return false;
  compileNow(BUT_LATER);
  return BUT_LATER.test(norm.slice(index));
}

/** True when the match at `index` follows a disowning phrase in the same clause, or is a saying set aside (`isSetAside`). */
export function isDisowned(norm: string, index: number): boolean {
  compileNow(DISOWN);
  const from = Math.max(0, index - 90);
  return DISOWN.test(norm.slice(from, index)) || isSetAside(norm, index);
}

/**
 * The writer's own cover story, reported as what they told someone: "I told you I was working
 * doubles when I was at the bar", "I told Aunt Carol it was your idea", "I let you believe it was
 * your fault", "I shouted at you and told you that if you didn't like it you could leave". The claim
 * is the lie (or the cruelty) being confessed, not an excuse or a charge made now ("as I told you, I
 * was exhausted", "like I told you, it was your idea" still make one). What others were told is
 * theirs too ("every woman who has been told it was her own fault"). A bare "I said you pushed me
 * into it" is left to the rebuttal check (rebuttal.ts): it may still be the writer's claim.
 */
const TOLD_AS_COVER = new RegExp(
  raw`(?<!\b(?:as|like) )\b(?:${I_TOLD}|(?:and|then) (?:told|lied to)) (?!myself\b)(?![^,;:]*\b(?:truth|what|how|when|why|about|everything|anything|nothing|once|before|again|off|no|yes)\b)(?:[a-z']+ ){1,6}?(?:that )?$` +
    raw`|\bi ${LET_BELIEVE}(?: that)? $|\b${I_PRETENDED}(?: to ${TOLD_WHOM})?(?: that)? $` +
    // what others were told: "every woman who has ever been told it was her own fault"
    raw`|\b(?:been|being|was|were|get|gets|got) told(?: that)? $`,
);

/** True when the match at `start` is what the writer once told someone as a cover story (TOLD_AS_COVER). */
export function toldAsCover(norm: string, start: number): boolean {
  return TOLD_AS_COVER.test(norm.slice(Math.max(0, start - 70), start));
}

/**
 * The truth told after the cover story, in the same sentence: "I told everyone I had the flu, but
 * the truth is I was drunk in a hotel room". What follows is the confession itself.
 */
const TRUTH_AFTER_COVER = primed(
  new RegExp(
    raw`\b(?:${I_TOLD}|${I_PRETENDED}|i said|i ${LET_BELIEVE})\b[^.!?;]*?\b(?:but|when|and|while) (?:the (?:real |honest |actual |plain )?truth (?:is|was)|in (?:truth|fact|reality)|(?:really|actually),? i\b|i (?:was|had been|'d been|d been) (?:really|actually)\b)[^.!?;]*$`,
  ),
);

/** True when the words at `index` are the truth told after the writer's own cover story (TRUTH_AFTER_COVER). */
export function isTruthAfterCover(norm: string, index: number): boolean {
  compileNow(TRUTH_AFTER_COVER);
  return TRUTH_AFTER_COVER.test(norm.slice(Math.max(0, index - 140), index));
}

/** The patterns, each also letting a reported cover story go (see `toldAsCover`). */
export function withCoverStoryGuard(patterns: Pattern[]): Pattern[] {
  return patterns.map((p) => ({
    ...p,
    unless: (norm, m, span) => toldAsCover(norm, span.start) || (p.unless ? p.unless(norm, m, span) : false),
  }));
}

/** True when `index` lies inside a double-quoted stretch of the sentence. */
export function inQuotes(norm: string, index: number): boolean {
  let open = false;
  for (let i = 0; i < index; i++) if (norm.charCodeAt(i) === 34) open = !open;
  // An unclosed quote to the end of the sentence is not quotation (stray mark).
  if (open && norm.indexOf('"', index) >= 0) return true;
  return inSingleQuotes(norm, index);
}

/** A closing single quote: after a letter, digit or stop, before a space, a stop or the end ("don't" is neither). */
const SINGLE_CLOSE = /(?<=[a-z0-9.!?,])'(?=[\s.,;:!?)\]]|$)/;
const MAX_SINGLE_QUOTED = 120;

/**
 * Where the last single quote opening before `index` stands, or -1: an apostrophe at the start or
 * after a space, bracket or colon, and before a letter. Most sentences have only apostrophes
 * inside words ("don't"), so this is a scan of a few characters.
 */
function lastSingleOpening(norm: string, index: number): number {
  let opened = -1;
  for (let at = norm.indexOf("'"); at >= 0 && at < index; at = norm.indexOf("'", at + 1)) {
    const before = at === 0 ? 32 : norm.charCodeAt(at - 1);
    const after = norm.charCodeAt(at + 1);
    if ((isSpaceCode(before) || before === 40 || before === 91 || before === 58) && after >= 97 && after <= 122) opened = at;
  }
  return opened;
}

/**
 * Single quotes used as quotation: "People keep telling me to write 'sorry if anyone was
 * offended', but I offended you". An apostrophe inside a word never opens or closes one, and a
 * quote must close within MAX_SINGLE_QUOTED characters.
 */
function inSingleQuotes(norm: string, index: number): boolean {
  const opened = lastSingleOpening(norm, index);
  if (opened < 0 || index - opened > MAX_SINGLE_QUOTED) return false;
  // closed again before the match: not inside
  if (SINGLE_CLOSE.test(norm.slice(opened + 1, index))) return false;
  return SINGLE_CLOSE.test(norm.slice(index, opened + 1 + MAX_SINGLE_QUOTED));
}

/** Sentence-level negation words within `words` words before `index`. */
export function negatedBefore(norm: string, index: number, words = 3): boolean {
  const before = norm.slice(Math.max(0, index - 40), index);
  const tokens = before.split(/[^a-z']+/).filter(Boolean).slice(-words);
  return tokens.some((t) =>
    /^(?:not|never|no|nor|don't|dont|didn't|didnt|won't|wont|isn't|isnt|wasn't|wasnt|aren't|arent|can't|cant|cannot|shouldn't|shouldnt|wouldn't|wouldnt|without|neither)$/.test(t),
  );
}

function spanOf(m: RegExpExecArray): { start: number; end: number } {
  const g = m.indices?.groups?.s;
  if (g) return { start: g[0], end: g[1] };
  return { start: m.index, end: m.index + m[0].length };
}

const EDGE_START = /[^a-z0-9\u00c0-\u00ff'"$\u00a3(]/;
const EDGE_END = /[^a-z0-9\u00c0-\u00ff'"$\u00a3%)]/;

/** Trims spaces, punctuation and symbols from a span so the underline sits on words. */
function tidy(norm: string, span: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = span;
  while (start < end && EDGE_START.test(norm[start]!)) start++;
  while (end > start && EDGE_END.test(norm[end - 1]!)) end--;
  return { start, end };
}

/*
 * Prefilter. Most sentences contain none of the words a pattern needs, so each pattern may
 * list literal `needs`; they are indexed by the first three letters of their first word
 * (the whole word when shorter). A sentence's words are looked up once, and only patterns
 * whose needs appear run. Three letters keep it tolerant: "nag" enables "nagging". A pattern
 * without needs is indexed by the trigrams its source requires (word-keys.ts NeedIndex), so
 * a sentence's candidates come from its own words and trigrams, whatever the pattern count.
 */
const NEEDS = new NeedIndex(forEachRuleWordKey);

export function defineRule(spec: RuleSpec): FlagRule {
  addIndexSample(spec.examples.positive);
  addIndexSample(spec.examples.negative);
  const patterns = spec.patterns;
  const filters = patterns.map((p) => trigramFilter(p.re));
  const ids = patterns.map((p, i) =>
    NEEDS.register(p.needs ? p.needs.map((need) => need.trim().split(' ')[0]!) : null, filters[i]!),
  );
  const gate = spec.gate;
  // The gate and the skip test only ever turn the rule off and keep no state between calls
  // (unless the gate is global or sticky): when no pattern can match, they need not run.
  const gateStateless = !(gate && (gate.global || gate.sticky));
  /** Per call: which patterns can match this sentence (their words are there, and so are their trigrams). */
  const runnable = new Uint8Array(patterns.length);
  const gateFilter = gate ? trigramFilter(gate) : null;
  // The rule's patterns were registered one after another: ids first .. first + length - 1.
  const first = ids.length > 0 ? ids[0]! : 0;
  const consecutive = ids.every((id, i) => id === first + i);
  const find = (sentence: Sentence): RuleMatch[] => {
    const norm = sentence.norm;
    NEEDS.markSentence(norm);
    // Only the enabled ones are visited when the ids run consecutively (most sentences enable a few).
    const any = NEEDS.markRunnable(ids, consecutive ? first : -1, filters, norm, runnable);
    if (!any && gateStateless) return [];
    if (gate) {
      if (gateStateless && !mayMatch(gateFilter!, norm)) return [];
      compileNow(gate);
      if (!gate.test(norm)) return [];
    }
    if (spec.skip?.(norm)) return [];
    const found: RuleMatch[] = [];
    for (let i = 0; i < patterns.length; i++) {
      if (!runnable[i]) continue;
      const p = patterns[i]!;
      engineStats.patternScans++;
      compileNow(p.re); // once per pattern, on its first need (native-regex.ts)
      p.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = p.re.exec(norm)) !== null) {
        if (m[0].length === 0) {
          p.re.lastIndex++;
          continue;
        }
        const span = tidy(norm, spanOf(m));
        if (span.end <= span.start) continue;
        if (inQuotes(norm, span.start)) continue;
        if (!p.ignoreDisowning && isDisowned(norm, m.index)) continue;
        if (p.unless?.(norm, m, span)) continue;
        found.push(p.severity ? { ...span, severity: p.severity } : span);
      }
    }
    return mergeOverlaps(found);
  };
  return {
    id: spec.id,
    title: spec.title,
    explanation: spec.explanation,
    suggestion: spec.suggestion,
    severity: spec.severity,
    find,
    ...(spec.skip ? { vetoes: spec.skip } : {}),
    examples: spec.examples,
  };
}

/** Sorts matches and merges overlapping ones (keeping the stronger severity). */
export function mergeOverlaps(matches: RuleMatch[]): RuleMatch[] {
  if (matches.length < 2) return matches;
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RuleMatch[] = [matches[0]!];
  for (let i = 1; i < matches.length; i++) {
    const m = matches[i]!;
    const last = out[out.length - 1]!;
    if (m.start < last.end) {
      const severity = last.severity === 'problem' || m.severity === 'problem' ? 'problem' : last.severity ?? m.severity;
      out[out.length - 1] = { start: last.start, end: Math.max(last.end, m.end), ...(severity ? { severity } : {}) };
    } else out.push(m);
  }
  return out;
}
