import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../normalize';
import shipped from './weights.json';
import { forEachFeature } from './features';
import { loadModel, type ModelFile } from './model';
import { tokenize, wordEpoch, type Tokens } from './tokens';

const model = loadModel(shipped as ModelFile);

/** What the fast path visits, and what the definition (forEachFeature) visits, as "key@from-to". */
function both(tokens: Tokens): [string[], string[]] {
  const byKey: string[] = [];
  forEachFeature(tokens, (key, from, to) => byKey.push(`${key}@${from}-${to}`), model.vocabulary);
  const byId: string[] = [];
  model.index.forEach(tokens, (id, from, to) => byId.push(`${model.index.keys[id]}@${from}-${to}`));
  return [byId, byKey];
}

const TEXTS = [
  "I'm sorry, but to be fair you never said. That said, it was not a big deal",
  'I am so sorry I hurt you, I was stressed and drinking, it will never happen again',
  'sorry sorry sorry',
];

describe('learned scorer: features by word id', () => {
  it('visits what the definition visits with word ids, without them, and with ids from an earlier epoch', () => {
    const before = TEXTS.map((t) => tokenize(normalizeForMatching(t)));
    for (const tokens of before) {
      const [byId, byKey] = both(tokens);
      expect(byId.length).toBeGreaterThan(2);
      expect(byId).toEqual(byKey);
      // Tokens made elsewhere, with no ids: looked up by their words.
      const { words, starts, ends, breakBefore } = tokens;
      expect(both({ words, starts, ends, breakBefore })[0]).toEqual(byKey);
    }
    // Enough new tokens to start word ids afresh.
    const epoch = wordEpoch();
    for (let k = 0; wordEpoch() === epoch; k++) tokenize(`zq${k.toString(36)} zx${k.toString(36)}`);
    for (const tokens of before) {
      expect(tokens.epoch).not.toBe(wordEpoch());
      const [byId, byKey] = both(tokens);
      expect(byId).toEqual(byKey);
    }
    for (const text of TEXTS) {
      const tokens = tokenize(normalizeForMatching(text));
      expect(tokens.epoch).toBe(wordEpoch());
      const [byId, byKey] = both(tokens);
      expect(byId).toEqual(byKey);
    }
  });

  it('visits what the definition visits after it forgets the words it knew (past 20,000)', () => {
    const check = (tokens: Tokens): void => {
      const [byId, byKey] = both(tokens);
      expect(byId, tokens.words.join(' ')).toEqual(byKey);
    };
    const texts = TEXTS.map((t) => normalizeForMatching(t));
    const epoch = wordEpoch();
    for (const text of texts) check(tokenize(text));
    // 25,000 new words, given without ids (so no new word epoch), some among known words.
    for (let batch = 0; batch < 500; batch++) {
      const words = Array.from({ length: 50 }, (_, k) => `qz${(batch * 50 + k).toString(36)}`);
      words.splice(25, 0, ...tokenize(texts[batch % texts.length]!).words);
      const none = words.map(() => 0);
      check({ words, starts: none, ends: none, breakBefore: words.map((_, k) => k % 7 === 0) });
    }
    expect(wordEpoch()).toBe(epoch);
    // Other known words first, then the first ones again, by id.
    check(tokenize(normalizeForMatching('My family lost money because I was drinking, I never paid it back. Not my fault')));
    for (const text of texts) check(tokenize(text));
  });
});
