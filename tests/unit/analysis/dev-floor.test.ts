/**
 * Keeps the dev-corpus figures from sliding back. The floors sit a little under what the
 * engine reached when they were recorded; raise them as the engine improves. The corpus
 * lives beside the repository (../shared/corpus, or $AMENDS_CORPUS); without it the test is
 * skipped with a message.
 */
import { describe, expect, it } from 'vitest';
import { corpusDir, corpusPresent, evaluateCorpus } from '../../eval/corpus';

const FLOORS = {
  flagMicroPrecision: 0.97,
  flagMicroRecall: 0.97,
  falseAlarmRateMax: 0.02,
  elementMicroF1: 0.95,
  amendsAccuracy: 0.95,
};

const dir = corpusDir();
const present = corpusPresent(dir);
if (!present) console.warn(`dev-floor: no corpus at ${dir}; skipping (set AMENDS_CORPUS to run it).`);

describe.skipIf(!present)('dev corpus floors', () => {
  it('holds flag precision/recall, false alarms, element F1 and amends accuracy', () => {
    const r = evaluateCorpus(dir);
    expect(r.all.flagMicro.precision).toBeGreaterThanOrEqual(FLOORS.flagMicroPrecision);
    expect(r.all.flagMicro.recall).toBeGreaterThanOrEqual(FLOORS.flagMicroRecall);
    expect(r.all.falseAlarmRate).toBeLessThanOrEqual(FLOORS.falseAlarmRateMax);
    expect(r.all.elementMicro.f1).toBeGreaterThanOrEqual(FLOORS.elementMicroF1);
    expect(r.amendsAccuracy).toBeGreaterThanOrEqual(FLOORS.amendsAccuracy);
  }, 120_000);
});

describe('scoring', () => {
  it('counts a flag found anywhere, and false alarms only on flag-free items', async () => {
    const { score } = await import('../../eval/score');
    const t = (id: string, flags: string[], elements: string[] = []) => ({ id, text: '', flags, elements });
    const report = score(
      [
        { gold: t('1', ['but']), pred: { amends: true, flags: ['but', 'excuse'], elements: [] } },
        { gold: t('2', []), pred: { amends: true, flags: ['vague'], elements: [] } },
        { gold: t('3', []), pred: { amends: false, flags: [], elements: [] } },
      ],
      [{ gold: { ...t('m', ['blame']), amends: false }, pred: { amends: true, flags: [], elements: [] } }],
    );
    expect(report.all.flagMicro).toMatchObject({ tp: 1, fp: 2, fn: 0 });
    expect(report.all.falseAlarmRate).toBe(0.5);
    // A message labelled not-amends is scored for amends detection only.
    expect(report.amendsAccuracy).toBe(0);
    expect(report.all.items).toBe(3);
  });
});
