import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../normalize';
import { ENDINGS, SPELLED, tokenize, type Tokens } from './tokens';

const words = (text: string): string[] => tokenize(normalizeForMatching(text)).words;

describe('learned scorer: tokens', () => {
  it('spells out contractions and chat spellings the same way', () => {
    expect(words("I'm sorry")).toEqual(['i', 'am', 'sorry']);
    expect(words('im sorry')).toEqual(['i', 'am', 'sorry']);
    expect(words('I’m sorry')).toEqual(['i', 'am', 'sorry']);
    expect(words("I don't")).toEqual(words('i dont'));
    expect(words("I didn't mean it")).toEqual(['i', 'did', 'not', 'mean', 'it']);
    expect(words("you won't")).toEqual(['you', 'will', 'not']);
    expect(words('u r right cuz ur smart')).toEqual(['you', 'are', 'right', 'because', 'your', 'smart']);
    expect(words("I've, I'll, I'd")).toEqual(['i', 'have', 'i', 'will', 'i', 'would']);
  });

  it('keeps an ordinary word that only looks like chat ("ill", "id")', () => {
    expect(words('I was ill')).toEqual(['i', 'was', 'ill']);
  });

  it('drops the possessive ending and folds money and numbers', () => {
    expect(words("my sister's $300 and £45")).toEqual(['my', 'sister', '<money>', 'and', '<money>']);
    expect(words('for 2 years')).toEqual(['for', '<num>', 'years']);
  });

  it('gives each word the offsets of the text it came from', () => {
    const text = "Sorry, I can't.";
    const t = tokenize(normalizeForMatching(text));
    expect(t.words).toEqual(['sorry', 'i', 'can', 'not']);
    expect(t.words.map((_, i) => text.slice(t.starts[i], t.ends[i]))).toEqual(['Sorry', 'I', "can't", "can't"]);
  });

  it('finds no words in emoji, punctuation or other scripts', () => {
    expect(words('🙏🙏 ... —')).toEqual([]);
    expect(words('   ')).toEqual([]);
  });
});

/**
 * The regex definition tokenize had before it scanned char codes: the reference. (Its table
 * lookups now take own entries only; before, "constructor" found Object.prototype's.)
 */
function tokenizeByRegex(norm: string): Tokens {
  const own = (table: Readonly<Record<string, string>>, key: string): string | undefined =>
    Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
  const shape = (word: string): string => {
    const c = word.charCodeAt(0);
    if (c === 36 || c === 163 || c === 8364) return '<money>';
    if (c >= 48 && c <= 57) return /[a-z]/.test(word) ? word : '<num>';
    return word;
  };
  const t: Tokens = { words: [], starts: [], ends: [], breakBefore: [] };
  const push = (word: string, start: number, end: number): void => {
    const n = t.words.length;
    t.breakBefore.push(n > 0 && /[,;:.!?()\n-]/.test(norm.slice(t.ends[n - 1], start)));
    t.words.push(word);
    t.starts.push(start);
    t.ends.push(end);
  };
  const TOKEN = /[a-z0-9$£€]+(?:'[a-z]+)*/g;
  for (let m = TOKEN.exec(norm); m !== null; m = TOKEN.exec(norm)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const apos = raw.indexOf("'");
    if (apos < 0) {
      const spelled = own(SPELLED, raw);
      if (spelled !== undefined) for (const w of spelled.split(' ')) push(w, start, end);
      else push(shape(raw), start, end);
      continue;
    }
    const joined = own(SPELLED, raw.replace(/'/g, ''));
    if (joined !== undefined) {
      for (const w of joined.split(' ')) push(w, start, end);
      continue;
    }
    const head = raw.slice(0, apos);
    const tail = raw.slice(apos + 1);
    if (tail === 't' && head.endsWith('n')) {
      push(head.slice(0, -1), start, end);
      push('not', start, end);
      continue;
    }
    push(shape(head), start, end);
    const ending = own(ENDINGS, tail);
    if (ending === undefined) push(tail, start, end);
    else if (ending !== '') push(ending, start, end);
  }
  return t;
}

describe('learned scorer: tokens by char code', () => {
  it('gives what the regex definition gives, on many texts made of tricky pieces', () => {
    const parts = [...Object.keys(SPELLED), ...Object.keys(ENDINGS), 'sorry', 'i', 'n', 'can', 'don', 'x', 'constructor', 'toString',
      "'", "'", "'", "''", ' ', ' ', ' ', ',', ';', ':', '.', '!', '?', '(', ')', '-', '—', '\n', '\r', '\t', '"', '…',
      '$', '£', '€', '0', '7', '300', '2nd', 'A', 'É', 'é', '\u00a0', '·', '🙏', '_', '/'];
    let seed = 11;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    let total = 0;
    for (let t = 0; t < 4000; t++) {
      let s = '';
      const len = next(30);
      for (let i = 0; i < len; i++) s += parts[next(parts.length)];
      const { words, starts, ends, breakBefore, ids } = tokenize(s);
      expect({ words, starts, ends, breakBefore }, JSON.stringify(s)).toEqual(tokenizeByRegex(s));
      // The memo of tokens gives the same words and ids a second time; one id per distinct word.
      expect(tokenize(s).ids).toEqual(ids);
      expect(ids!.map((id) => words[ids!.indexOf(id)])).toEqual(words);
      expect(words.map((w) => ids![words.indexOf(w)])).toEqual(ids);
      total += words.length;
    }
    expect(total).toBeGreaterThan(10_000);
  });

  it('spells "constructor" as itself (no lookup reaches Object.prototype)', () => {
    expect(words('he is a constructor')).toEqual(['he', 'is', 'a', 'constructor']);
    expect(words("x'constructor con'structor")).toEqual(['x', 'constructor', 'con', 'structor']);
  });
});

describe('learned scorer: tokens of one very long text', () => {
  it('tokenizes a text of more distinct words than its table holds, given in one piece', () => {
    // 70,000 distinct tokens in one call: more than the token table's 65,536 slots.
    const words: string[] = [];
    for (let i = 0; i < 70_000; i++) words.push('zq' + i.toString(36));
    const t = tokenize(words.join(' '));
    expect(t.words.length).toBe(70_000);
    expect(t.words[69_999]).toBe(words[69_999]);
    // The same again: every token found or worked out, none lost.
    expect(tokenize(words.join(' ')).words).toEqual(t.words);
  });
});
