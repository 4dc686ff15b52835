import { afterEach, describe, expect, it } from 'vitest';
import { analyzeDraft, forgetDrafts } from '../../../lib/analysis';
import { clauseAround } from '../../../lib/analysis/learned';
import { forEachFeature } from '../../../lib/analysis/learned/features';
import { findLabels, findLabelsByKeys, loadModel, type Model, type ModelFile } from '../../../lib/analysis/learned/model';
import shipped from '../../../lib/analysis/learned/weights.json';
import { tokenize } from '../../../lib/analysis/learned/tokens';
import { normalizeForMatching } from '../../../lib/analysis/normalize';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setLearnedModel } from '../../../lib/analysis/sentence-analysis';
import { ELEMENT_IDS, FLAG_IDS } from '../../../lib/analysis/types';
import { train, type Example } from '../../eval/learned/train';

const labels = [...FLAG_IDS, ...ELEMENT_IDS];

function weightOf(file: ModelFile, feature: string, label: string): number {
  const w = file.weights[feature] ?? [];
  for (let i = 0; i < w.length; i += 2) if (w[i] === labels.indexOf(label as never)) return w[i + 1]!;
  return 0;
}

/** A model that knows one thing: "moonlight" (a word no rule knows) reads as an excuse. */
function moonlightModel(): ModelFile {
  const excuse = labels.indexOf('excuse');
  return {
    version: 1,
    trainedOn: { corpora: ['test'], digest: 'test', examples: 0 },
    labels,
    bias: labels.map(() => -4),
    thresholds: labels.map(() => 0.5),
    weights: { moonlight: [excuse, 6] },
  };
}

function use(model: ModelFile | null | undefined): void {
  setLearnedModel(model === null || model === undefined ? model : loadModel(model));
  forgetDrafts();
}

afterEach(() => use(undefined));

describe('learned scorer in the engine', () => {
  it('adds a flag the rules miss, as a gentle "consider" on the clause that carries it', () => {
    const text = "I'm sorry I took your car, it was the moonlight talking.";
    use(null);
    expect(analyzeDraft(text).hints.map((h) => h.rule)).not.toContain('excuse');
    use(moonlightModel());
    const hint = analyzeDraft(text).hints.find((h) => h.rule === 'excuse');
    expect(hint).toBeDefined();
    expect(hint!.severity).toBe('consider');
    expect(text.slice(hint!.start, hint!.end)).toBe('it was the moonlight talking');
    expect(hint!.explanation.length).toBeGreaterThan(20);
  });

  it("never doubles a flag a rule already found in the sentence, and keeps the rule's severity", () => {
    const text = 'I was under so much stress, the moonlight got to me.';
    use(null);
    const rulesOnly = analyzeDraft(text).hints.filter((h) => h.rule === 'excuse');
    expect(rulesOnly.length).toBeGreaterThan(0);
    use(moonlightModel());
    expect(analyzeDraft(text).hints.filter((h) => h.rule === 'excuse')).toEqual(rulesOnly);
  });

  it('adds an element the rules miss, where the model is confident', () => {
    const model = moonlightModel();
    model.weights = { moonlight: [labels.indexOf('change'), 6] };
    const text = 'The moonlight is where I go on Tuesdays.';
    use(null);
    const before = analyzeDraft(text).elements.change.present;
    use(model);
    const after = analyzeDraft(text).elements.change;
    expect(before).toBe(false);
    expect(after.present).toBe(true);
    expect(after.spans.length).toBe(1);
  });

  it('says nothing when the writer disowns the words ("I won\'t say…") or quotes them, as the rules do', () => {
    use(moonlightModel());
    for (const text of [
      "I won't say it was the moonlight.",
      "I'm not going to pretend it was the moonlight.",
      'You told me I always say "it was the moonlight" and you were right.',
    ]) {
      expect(analyzeDraft(text).hints.filter((h) => h.rule === 'excuse'), text).toEqual([]);
    }
    // The same words before the disowning phrase still count.
    expect(analyzeDraft("It was the moonlight, I won't say otherwise.").hints.some((h) => h.rule === 'excuse')).toBe(true);
  });

  it("keeps to a rule's sentence-level trap: no learned absolute promise after \"I won't promise\"", () => {
    const model = moonlightModel();
    model.weights = { moonlight: [labels.indexOf('overpromise'), 6] };
    use(model);
    const has = (text: string) => analyzeDraft(text).hints.some((h) => h.rule === 'overpromise');
    expect(has('The moonlight is gone for good.')).toBe(true);
    expect(has("I won't promise the moonlight is gone for good.")).toBe(false);
    expect(has("I'm not promising the moonlight is gone for good.")).toBe(false);
    // The clause the scorer marks may begin before the disowning words ("and I won't pretend
    // that means…", weighed here on "and i"): they still hold.
    model.weights = { 'and i': [labels.indexOf('overpromise'), 6] };
    use(model);
    expect(has('I fixed the shelf, and I know it will hold for good.')).toBe(true);
    expect(has("I'm sober today, nine months, and I won't pretend that means I'll never slip.")).toBe(false);
  });

  it('drops a learned plea the same sentence takes back ("…, but my shame isn\'t your problem to fix")', () => {
    const model = moonlightModel();
    model.weights = { moonlight: [labels.indexOf('self-focus'), 6] };
    use(model);
    const has = (text: string) => analyzeDraft(text).hints.some((h) => h.rule === 'self-focus');
    expect(has("I've had the moonlight blues every day since.")).toBe(true);
    expect(has("I've had the moonlight blues every day since, but my shame isn't your problem to fix.")).toBe(false);
  });

  it('leaves a look back ("I\'m sorry for what I did.") to the draft: no learned vague once an act is named', () => {
    const model = moonlightModel();
    model.weights = { did: [labels.indexOf('vague'), 6] };
    use(model);
    const vague = (text: string) => analyzeDraft(text).hints.some((h) => h.rule === 'vague');
    expect(vague("I'm sorry for what I did.")).toBe(true);
    expect(vague("I took forty pounds from your purse. I'm sorry for what I did.")).toBe(false);
  });

  it('forgets cached sentences when the model changes', () => {
    const text = 'It was the moonlight.';
    use(moonlightModel());
    expect(analyzeDraft(text).hints.some((h) => h.rule === 'excuse')).toBe(true);
    use(null);
    expect(analyzeDraft(text).hints.some((h) => h.rule === 'excuse')).toBe(false);
  });
});

describe('learned scorer: training', () => {
  it('learns a word from examples and scores unseen sentences with it', () => {
    const examples: Example[] = [];
    for (const thing of ['car', 'bike', 'phone', 'ring', 'watch', 'laptop']) {
      examples.push({ text: `I was zonked when I broke your ${thing}.`, labels: ['excuse'] });
      examples.push({ text: `I broke your ${thing} and I am sorry.`, labels: ['regret'] });
    }
    const file = train(examples, { labels, minCount: 2, l2: 0.001, iterations: 200, prune: 0.01, thresholds: labels.map(() => 0.5) }, {
      corpora: ['test'],
      digest: 'test',
      examples: examples.length,
    });
    expect(weightOf(file, 'zonked', 'excuse')).toBeGreaterThan(0.5);
    use(file);
    expect(analyzeDraft('I was zonked and I lost your keys.').hints.map((h) => h.rule)).toContain('excuse');
    expect(analyzeDraft('I lost your keys and I am sorry.').hints.map((h) => h.rule)).not.toContain('excuse');
  });

  it('learns nothing about a label an example does not speak for', () => {
    const examples: Example[] = [];
    for (let i = 0; i < 6; i++) examples.push({ text: `plink plonk ${i}`, labels: [], known: ['excuse'] });
    const file = train(examples, { labels, minCount: 2, l2: 0.001, iterations: 100, prune: 0.001, thresholds: labels.map(() => 0.5) }, {
      corpora: ['test'],
      digest: 'test',
      examples: 6,
    });
    const w = file.weights.plink ?? [];
    const touched = new Set(w.filter((_, i) => i % 2 === 0));
    expect([...touched]).toEqual([labels.indexOf('excuse')]);
  });
});

describe('learned scorer: the vocabulary prefilter', () => {
  it('never changes what the shipped model finds, on every text of three team corpora', () => {
    const model = loadModel(shipped as ModelFile);
    // The same model with the prefilter off: every feature is built and looked up.
    const all = { has: () => true } as unknown as Set<string>;
    const unfiltered: Model = { ...model, vocabulary: { has: () => true, pairHeads: all } };
    const dir = join(__dirname, '../../eval/corpora');
    let sentences = 0;
    let found = 0;
    for (const set of ['team-d', 'team-g', 'train-x6']) {
      for (const line of readFileSync(join(dir, set, 'texts.jsonl'), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const tokens = tokenize(normalizeForMatching(JSON.parse(line).text as string));
        const a = findLabelsByKeys(model, tokens);
        expect(a, line).toEqual(findLabelsByKeys(unfiltered, tokens));
        sentences++;
        found += a.length;
      }
    }
    expect(sentences).toBeGreaterThan(800);
    expect(found).toBeGreaterThan(100);
    // And it does skip: most words head no pair in the model.
    expect(model.vocabulary.pairHeads.size).toBeLessThan(model.weights.size / 2);
  });
});

describe('learned scorer: features by id (the scoring path)', () => {
  /** Every text of a few corpora, as tokens. */
  function corpusTokens(): ReturnType<typeof tokenize>[] {
    const dir = join(__dirname, '../../eval/corpora');
    const out: ReturnType<typeof tokenize>[] = [];
    for (const set of ['team-a', 'team-e', 'team-i', 'train-x2']) {
      for (const file of ['texts.jsonl', 'messages.jsonl']) {
        for (const line of readFileSync(join(dir, set, file), 'utf8').split('\n')) {
          if (line.trim()) out.push(tokenize(normalizeForMatching(JSON.parse(line).text as string)));
        }
      }
    }
    // Negations, turns and two-word turns, repeats, a negated pair, classes heading pairs.
    for (const text of ["I'm sorry, but to be fair you never said. That said, it was not a big deal", 'sorry sorry sorry', '', 'but']) {
      out.push(tokenize(normalizeForMatching(text)));
    }
    return out;
  }

  it('visits exactly the features the trainer builds (those the model has), in the same order, over the same words', () => {
    const model = loadModel(shipped as ModelFile);
    let visits = 0;
    for (const tokens of corpusTokens()) {
      const byKey: string[] = [];
      forEachFeature(tokens, (key, from, to) => byKey.push(`${key}@${from}-${to}`), model.vocabulary);
      const byId: string[] = [];
      model.index.forEach(tokens, (id, from, to) => byId.push(`${model.index.keys[id]}@${from}-${to}`));
      expect(byId, tokens.words.join(' ')).toEqual(byKey);
      visits += byId.length;
    }
    expect(visits).toBeGreaterThan(10_000);
  });

  it('finds the same labels, with the same strongest words, as scoring by key', () => {
    const model = loadModel(shipped as ModelFile);
    let found = 0;
    for (const tokens of corpusTokens()) {
      const a = findLabels(model, tokens);
      expect(a, tokens.words.join(' ')).toEqual(findLabelsByKeys(model, tokens));
      found += a.length;
    }
    expect(found).toBeGreaterThan(100);
  });

  it('gives every weight its own id', () => {
    const model = loadModel(shipped as ModelFile);
    expect(model.index.keys.length).toBe(model.weights.size);
    model.index.keys.forEach((key, id) => expect(model.byId[id]).toBe(model.weights.get(key)));
  });
});

describe('learned scorer: clause spans', () => {
  it('widens the strongest words to their clause, and no further', () => {
    const s = 'sorry about that, i was so tired that week; it will not happen again';
    const at = s.indexOf('tired');
    const span = clauseAround(s, at, at + 5);
    expect(s.slice(span.start, span.end)).toBe('i was so tired that week');
  });

  it('keeps just the words when the clause is very long', () => {
    const s = 'word '.repeat(100) + 'tired ' + 'word '.repeat(100);
    const at = s.indexOf('tired');
    expect(clauseAround(s, at, at + 5)).toEqual({ start: at, end: at + 5 });
  });
});
