import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDraft } from '../../tests/bench/drafts';
import { teamCorpusTexts } from '../../tests/eval/corpus-texts';
import { languageStats, type LanguageStats } from './language';
import { makeSentence } from './normalize';

/** The counts as they were taken before the one-pass scan: a letter pass, then words cut out and looked up. */
function reference(norm: string, en: ReadonlySet<string>, other: ReadonlySet<string>): LanguageStats {
  let latinLetters = 0;
  let otherLetters = 0;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) latinLetters++;
    else if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) latinLetters++;
    else if (c >= 0x370 && c < 0x2000) otherLetters++;
    else if (c >= 0x3040 && c <= 0x9fff) otherLetters++;
    else if (c >= 0xac00 && c <= 0xd7af) otherLetters++;
  }
  let words = 0;
  let english = 0;
  let foreign = 0;
  for (const m of norm.matchAll(/[a-z\u00c0-\u024f']+/g)) {
    const w = m[0];
    words++;
    if (en.has(w)) english++;
    else if (other.has(w)) foreign++;
    else if (/[\u00c0-\u024f]/.test(w)) foreign += 0.5;
  }
  return { words, english, foreign, latinLetters, otherLetters };
}

/** The word lists, read from language.ts itself (so the reference looks up the same words). */
function lists(): [Set<string>, Set<string>] {
  const src = fs.readFileSync(path.resolve(__dirname, 'language.ts'), 'utf8');
  const read = (name: string) => {
    const body = new RegExp(`const ${name} = new Set\\(\\s*\\(([\\s\\S]*?)\\)\\.split\\(' '\\)`).exec(src)![1]!;
    const text = [...body.matchAll(/(["'])((?:(?!\1).)*)\1/g)].map((m) => m[2]).join('');
    return new Set(text.split(' '));
  };
  return [read('EN'), read('FOREIGN')];
}

describe('languageStats', () => {
  const [en, foreign] = lists();

  it('reads the word lists it is checked against', () => {
    expect(en.has('the') && en.has("don't") && foreign.has('désolé') && foreign.has('entschuldigung')).toBe(true);
  });

  it('counts as a letter pass and a word pattern do, on corpus texts, drafts and every listed word', () => {
    const texts: string[] = [...en, ...foreign, ...[...en].map((w) => `x${w} ${w}x ${w}'s é${w}`)];
    texts.push(...teamCorpusTexts());
    for (let seed = 1; seed <= 3; seed++) texts.push(makeDraft(300, seed));
    const wrong = texts.map((t) => makeSentence(t).norm).filter((n) => JSON.stringify(languageStats(n)) !== JSON.stringify(reference(n, en, foreign)));
    expect(wrong.slice(0, 3)).toEqual([]);
    expect(texts.length).toBeGreaterThan(5000);
  });

  it('counts as they do on random text over every kind of character', () => {
    const pieces = ['a', 'z', 'A', 'Z', "'", ' ', '.', '-', '_', '1', 'é', 'ß', 'ñ', '\u00c0', '\u00d7', '\u00f7', '\u024f', '\u0250', '\u036f', '\u0370',
      '\u03b1', '\u0430', '\u1fff', '\u2000', '\u303f', '\u3040', '\u3042', '\u4e00', '\u9fff', '\ua000', '\uabff', '\uac00', '\ud7af', '\ud7b0', '\ud83d\ude00',
      'the', 'you', 'le', 'désolé', 'está', 'für', "c'est", "don't", 'und', 'sorry'];
    let x = 5;
    const rnd = (k: number) => ((x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff), x % k);
    const wrong: string[] = [];
    for (let i = 0; i < 20000; i++) {
      let s = '';
      for (let k = rnd(12); k >= 0; k--) s += pieces[rnd(pieces.length)]!;
      if (JSON.stringify(languageStats(s)) !== JSON.stringify(reference(s, en, foreign)) && wrong.length < 3) wrong.push(s);
    }
    expect(wrong).toEqual([]);
  });
});
