import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../normalize';
import { tokenize } from './tokens';

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

  it('spells "constructor" as itself (no lookup reaches Object.prototype)', () => {
    expect(words('he is a constructor')).toEqual(['he', 'is', 'a', 'constructor']);
    expect(words("x'constructor con'structor")).toEqual(['x', 'constructor', 'con', 'structor']);
  });
});
