/**
 * Pure scoring for the labelled corpus (see shared/corpus/README.md):
 * - a flag or element counts as found when it is reported anywhere in the text;
 * - precision/recall per id, micro-averaged over flags and over elements;
 * - false-alarm rate: share of flag-free items that get any flag;
 * - messages: amends-detection accuracy; flags and elements are scored only on messages
 *   labelled amends.
 */
import { ELEMENT_IDS, FLAG_IDS } from '../../lib/analysis/types';

export interface Labelled {
  id: string;
  text: string;
  flags: string[];
  elements: string[];
  /** Present on messages only. */
  amends?: boolean;
}

export interface Predicted {
  amends: boolean;
  flags: string[];
  elements: string[];
  support?: boolean;
}

export interface IdScore {
  id: string;
  tp: number;
  fp: number;
  fn: number;
  /** Number of items labelled with this id. */
  labelled: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Micro {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface SetScore {
  items: number;
  flags: IdScore[];
  elements: IdScore[];
  flagMicro: Micro;
  elementMicro: Micro;
  flagFree: number;
  falseAlarms: number;
  falseAlarmRate: number;
}

export interface Report {
  /** Short texts plus amends messages: the set the targets are stated on. */
  all: SetScore;
  texts: SetScore;
  amendsMessages: SetScore;
  messages: number;
  amendsCorrect: number;
  amendsAccuracy: number;
  /** Per-item differences, for reading. */
  misses: { id: string; kind: 'flag' | 'element' | 'amends'; missing: string[]; extra: string[] }[];
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

function micro(scores: IdScore[]): Micro {
  const tp = scores.reduce((s, x) => s + x.tp, 0);
  const fp = scores.reduce((s, x) => s + x.fp, 0);
  const fn = scores.reduce((s, x) => s + x.fn, 0);
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { tp, fp, fn, precision, recall, f1: f1(precision, recall) };
}

function perId(ids: readonly string[], pairs: [string[], string[]][]): IdScore[] {
  return ids.map((id) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let labelled = 0;
    for (const [gold, pred] of pairs) {
      const g = gold.includes(id);
      const p = pred.includes(id);
      if (g) labelled++;
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    return { id, tp, fp, fn, labelled, precision, recall, f1: f1(precision, recall) };
  });
}

export function scoreSet(items: { gold: Labelled; pred: Predicted }[]): SetScore {
  const flags = perId(FLAG_IDS, items.map((x) => [x.gold.flags, x.pred.flags]));
  const elements = perId(ELEMENT_IDS, items.map((x) => [x.gold.elements, x.pred.elements]));
  const flagFreeItems = items.filter((x) => x.gold.flags.length === 0);
  const falseAlarms = flagFreeItems.filter((x) => x.pred.flags.length > 0).length;
  return {
    items: items.length,
    flags,
    elements,
    flagMicro: micro(flags),
    elementMicro: micro(elements),
    flagFree: flagFreeItems.length,
    falseAlarms,
    falseAlarmRate: flagFreeItems.length === 0 ? 0 : falseAlarms / flagFreeItems.length,
  };
}

function diff(gold: string[], pred: string[]): { missing: string[]; extra: string[] } {
  return { missing: gold.filter((x) => !pred.includes(x)), extra: pred.filter((x) => !gold.includes(x)) };
}

export function score(
  texts: { gold: Labelled; pred: Predicted }[],
  messages: { gold: Labelled; pred: Predicted }[],
): Report {
  const amendsMessages = messages.filter((m) => m.gold.amends === true);
  const amendsCorrect = messages.filter((m) => m.pred.amends === (m.gold.amends === true)).length;
  const misses: Report['misses'] = [];
  for (const x of [...texts, ...amendsMessages]) {
    const f = diff(x.gold.flags, x.pred.flags);
    if (f.missing.length || f.extra.length) misses.push({ id: x.gold.id, kind: 'flag', ...f });
    const e = diff(x.gold.elements, x.pred.elements);
    if (e.missing.length || e.extra.length) misses.push({ id: x.gold.id, kind: 'element', ...e });
  }
  for (const m of messages) {
    if (m.pred.amends !== (m.gold.amends === true)) {
      misses.push({ id: m.gold.id, kind: 'amends', missing: m.gold.amends ? ['amends'] : [], extra: m.gold.amends ? [] : ['amends'] });
    }
  }
  return {
    all: scoreSet([...texts, ...amendsMessages]),
    texts: scoreSet(texts),
    amendsMessages: scoreSet(amendsMessages),
    messages: messages.length,
    amendsCorrect,
    amendsAccuracy: messages.length === 0 ? 1 : amendsCorrect / messages.length,
    misses,
  };
}

/** Parses a JSON Lines corpus file's content; throws with the line number on bad input. */
export function parseCorpus(content: string, name: string): Labelled[] {
  const out: Labelled[] = [];
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      throw new Error(`${name}:${i + 1}: not valid JSON`);
    }
    const o = v as Partial<Labelled>;
    if (typeof o.id !== 'string' || typeof o.text !== 'string' || !Array.isArray(o.flags) || !Array.isArray(o.elements)) {
      throw new Error(`${name}:${i + 1}: expected {id, text, flags[], elements[]}`);
    }
    out.push({ id: o.id, text: o.text, flags: o.flags, elements: o.elements, ...(typeof o.amends === 'boolean' ? { amends: o.amends } : {}) });
  }
  return out;
}
