/**
 * Engine benchmark (`npm run bench -- engine`). Prints, median and p95 over many runs:
 * - full analysis with a cold sentence cache, 300 / 3,000 / 30,000 words (scaling);
 * - one keystroke in the middle of a 3,000- and a 30,000-word draft (incremental), and in the
 *   middle of one run of 20,000 and 100,000 characters with no sentence end (dictation);
 * - the one-time warm-up (pattern compilation), and the first analysis of a fresh engine
 *   without it (a background worker woken by a keystroke compiles only what it needs);
 * - where a sentence's time goes, per engine part.
 * Targets: 300 words full <= 1 ms; keystroke <= 0.2 ms whatever the length. Drafts are
 * generated from varied sentence parts (tests/bench/drafts.ts), not the corpus.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { analyzeDraft, clearSentenceCache, engineStats, forgetDrafts, resetStats, warmUp } from '../../lib/analysis';
import { amendsCues } from '../../lib/analysis/amends-detect';
import { ELEMENT_RULES } from '../../lib/analysis/elements';
import { languageStats } from '../../lib/analysis/language';
import { learnedSpans } from '../../lib/analysis/learned';
import { makeSentence } from '../../lib/analysis/normalize';
import { FLAG_RULES } from '../../lib/analysis/rules';
import { segment } from '../../lib/analysis/segment';
import { findSupportSpans } from '../../lib/analysis/support';
import type { Sentence } from '../../lib/analysis/types';
import { makeDraft } from './drafts';

function stats(samples: number[]): { median: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

const ms = (x: number) => x.toFixed(3).padStart(8) + ' ms';

function line(name: string, samples: number[], target?: number): { median: number; p95: number } {
  const r = stats(samples);
  const verdict = target === undefined ? '' : r.median <= target ? `  (target ${target} ms: met)` : `  (target ${target} ms: NOT met)`;
  console.log(`${name.padEnd(44)} median ${ms(r.median)}   p95 ${ms(r.p95)}   n=${samples.length}${verdict}`);
  return r;
}

function cold(text: string, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    forgetDrafts();
    clearSentenceCache();
    const t = performance.now();
    analyzeDraft(text);
    out.push(performance.now() - t);
  }
  return out;
}

/** A field's value comes from the page as one flat string, not a rope of concatenations. */
function flat(s: string): string {
  void Number(s);
  return s;
}

/** The first letter from the middle of `text` on: where the keystroke rows type. */
function midDraftLetter(text: string): number {
  let at = text.length >> 1;
  while (at < text.length && !/[a-z]/i.test(text[at]!)) at++;
  return at;
}

/**
 * Times `runs` one-character insertions after a first analysis of `text`. `place` gives where
 * insertion `i` goes, from the draft so far and the place just after the last insertion.
 */
function timeInsertions(text: string, runs: number, place: (i: number, current: string, after: number) => number, char: (i: number) => string): number[] {
  forgetDrafts();
  clearSentenceCache();
  analyzeDraft(text);
  const out: number[] = [];
  let current = text;
  let at = -1;
  for (let i = 0; i < runs; i++) {
    at = place(i, current, at + 1);
    const next = flat(current.slice(0, at) + char(i) + current.slice(at));
    const t = performance.now();
    analyzeDraft(next);
    out.push(performance.now() - t);
    current = next;
  }
  return out;
}

/** A different letter each time, so the edited sentence is never in the cache. */
const letter = (i: number): string => String.fromCharCode(97 + (i % 26));

function keystrokes(text: string, runs: number): number[] {
  const start = midDraftLetter(text);
  return timeInsertions(text, runs, (i, _current, after) => (i === 0 ? start : after), letter);
}

/**
 * The same keystrokes with every edited sentence already in the sentence cache (typed once
 * before): what remains is the draft-level work alone (finding the edit, segmenting around
 * it, placing and moving the findings, the draft-wide decisions). Median of 5 rounds.
 */
function draftLevelKeystrokes(text: string, runs: number): number[] {
  let at = midDraftLetter(text);
  const inputs: string[] = [];
  let current = text;
  for (let i = 0; i < runs; i++) {
    current = flat(current.slice(0, at) + letter(i) + current.slice(at));
    inputs.push(current);
    at++;
  }
  clearSentenceCache();
  const out: number[] = [];
  for (let round = 0; round < 6; round++) {
    forgetDrafts();
    analyzeDraft(text);
    for (const next of inputs) {
      const t = performance.now();
      analyzeDraft(next);
      if (round > 0) out.push(performance.now() - t);
    }
  }
  return out;
}

/**
 * Typing as people do: a few words into one sentence mid-draft, then into the next one, so
 * the edited sentence stays of ordinary length (the keystroke rows above type one ever
 * longer word into a single sentence).
 */
function typingWords(text: string, runs: number): number[] {
  const words = ' and I know it';
  let from = text.length >> 1;
  return timeInsertions(
    text,
    runs,
    (i, current, after) => {
      if (i % words.length !== 0) return after;
      // The next sentence's first " took " or " was " (mid-sentence), from where the last one was.
      const m = /(?: took | was | missed | lied | forgot )/g;
      m.lastIndex = from;
      const found = m.exec(current) ?? (((m.lastIndex = 0), m.exec(current)));
      const at = found!.index + found![0].length - 1;
      from = at + words.length + 1;
      return at;
    },
    (i) => words[i % words.length]!,
  );
}

/** `text` with every sentence end and line break taken out, `length` characters of it. */
function oneRun(text: string, length: number): string {
  return flat(text.replace(/[.!?\n\r]+/g, ' ').replace(/ +/g, ' ').slice(0, length));
}

// In fresh processes, before this one warms up: the first analysis with no warm-up.
const firsts: { wall: number; cpu: number }[] = [];
for (let i = 0; i < 3; i++) {
  const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./support/engine-first.ts', import.meta.url)), '300'], { encoding: 'utf8' });
  if (child.status === 0) firsts.push(JSON.parse(child.stdout.trim().split('\n').pop()!));
}
const firstWall = stats(firsts.map((f) => f.wall)).median;
const firstCpu = stats(firsts.map((f) => f.cpu)).median;
console.log(`first analysis of a fresh engine, no warm-up, 300 words: median wall ${ms(firstWall)}, cpu ${ms(firstCpu)} (n=${firsts.length})`);

const warm = performance.now();
warmUp();
console.log(`warm-up (compiles every pattern once per page)   ${ms(performance.now() - warm)}`);

const d300 = makeDraft(300, 101);
const d3k = makeDraft(3_000, 102);
const d30k = makeDraft(30_000, 103);
console.log(`drafts: 300 words = ${d300.length} chars / ${segment(d300).length} sentences; 3,000 = ${d3k.length} / ${segment(d3k).length}; 30,000 = ${d30k.length} / ${segment(d30k).length}\n`);

// Let the JIT settle before measuring.
cold(d3k, 5);
keystrokes(d3k, 200);

const f300 = line('full analysis, 300 words, cold cache', cold(d300, 400), 1);
const f3k = line('full analysis, 3,000 words, cold cache', cold(d3k, 60));
const f30k = line('full analysis, 30,000 words, cold cache', cold(d30k, 12));
line('keystroke mid-draft, 3,000 words', keystrokes(d3k, 1_000), 0.2);
line('keystroke mid-draft, 30,000 words', keystrokes(d30k, 500), 0.2);
line('  same, sentence cached (draft-level), 3,000', draftLevelKeystrokes(d3k, 500));
line('  same, sentence cached (draft-level), 30,000', draftLevelKeystrokes(d30k, 500));
line('typing words mid-draft, 3,000 words', typingWords(d3k, 1_000), 0.2);
line('typing words mid-draft, 30,000 words', typingWords(d30k, 500), 0.2);
// One run with no sentence end (dictation, chat with no punctuation): the engine cuts it into
// chunks, and a keystroke in it must not cost the whole run.
const run20k = oneRun(d30k, 20_000);
const run100k = oneRun(d30k + ' ' + d30k, 100_000);
line('keystroke mid-run, one 20,000-char run', keystrokes(run20k, 500), 0.2);
line('keystroke mid-run, one 100,000-char run', keystrokes(run100k, 300), 0.2);
console.log(
  `\nscaling (median): 3,000/300 words = ${(f3k.median / f300.median).toFixed(1)}x, 30,000/3,000 words = ${(f30k.median / f3k.median).toFixed(1)}x (10x the text)`,
);

// Work, counted: how many patterns a sentence runs after the word and trigram filters.
forgetDrafts();
clearSentenceCache();
resetStats();
analyzeDraft(d3k);
console.log(
  `\nwork per sentence (3,000 words, cold): ${(engineStats.patternScans / engineStats.sentencesAnalysed).toFixed(1)} flag/element patterns run, of ${engineStats.ruleInvocations / engineStats.sentencesAnalysed} rules`,
);

// Where a sentence's time goes.
const sentences: Sentence[] = [];
const seen = new Set<string>();
for (const r of segment(d30k)) {
  const text = d30k.slice(r.start, r.end);
  if (!seen.has(text)) {
    seen.add(text);
    sentences.push(makeSentence(text));
  }
}
function perSentence(f: (s: Sentence) => unknown): number {
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const t = performance.now();
    for (const s of sentences) f(s);
    best = Math.min(best, performance.now() - t);
  }
  return (best * 1000) / sentences.length;
}
const parts: [string, number][] = [
  ['flag rules (13)', perSentence((s) => FLAG_RULES.forEach((r) => r.find(s)))],
  ['element rules (7)', perSentence((s) => ELEMENT_RULES.forEach((r) => r.find(s)))],
  ['learned scorer', perSentence(learnedSpans)],
  ['support (crisis language)', perSentence(findSupportSpans)],
  ['amends cues', perSentence(amendsCues)],
  ['language counts', perSentence((s) => languageStats(s.norm))],
  ['normalisation', perSentence((s) => makeSentence(s.text))],
];
console.log(`\nper sentence (best of 5 over ${sentences.length} distinct sentences):`);
for (const [name, us] of parts) console.log(`  ${name.padEnd(28)} ${us.toFixed(1).padStart(7)} µs`);
console.log(`  ${'total'.padEnd(28)} ${parts.reduce((a, [, us]) => a + us, 0).toFixed(1).padStart(7)} µs`);
