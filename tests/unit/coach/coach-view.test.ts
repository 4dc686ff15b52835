import { describe, expect, it } from 'vitest';
import { announcement, coachView, freshChoices, hintKey } from '../../../lib/coach/coach-view';
import type { Analysis, ElementFinding, ElementId, Hint } from '../../../lib/analysis/types';
import { ELEMENT_IDS } from '../../../lib/analysis/types';

const TEXT = "I'm sorry if you were hurt, but I was stressed.";

function hint(rule: Hint['rule'], words: string): Hint {
  const start = TEXT.indexOf(words);
  return { rule, kind: 'flag', start, end: start + words.length, severity: 'problem', title: rule, explanation: '...' };
}

function analysis(over: Partial<Analysis> = {}): Analysis {
  const elements = Object.fromEntries(
    ELEMENT_IDS.map((id) => [id, { id, present: false, spans: [] } satisfies ElementFinding]),
  ) as unknown as Record<ElementId, ElementFinding>;
  return {
    amends: true,
    english: true,
    hints: [hint('but', 'but'), hint('conditional', 'if you were hurt')],
    elements,
    prompts: [],
    support: { needed: false, spans: [] },
    ...over,
  };
}

describe('coachView', () => {
  it('stays quiet when the draft does not read as amends', () => {
    const view = coachView(analysis({ amends: false }), TEXT, freshChoices(), []);
    expect(view).toMatchObject({ awake: false, state: 'quiet', hints: [] });
  });

  it('wakes for amends and lists hints in text order', () => {
    const view = coachView(analysis(), TEXT, freshChoices(), []);
    expect(view.state).toBe('hints');
    expect(view.hints.map((h) => h.rule)).toEqual(['conditional', 'but']);
  });

  it('wakes when the person turns it on for this draft', () => {
    const choices = { ...freshChoices(), forcedOn: true };
    const view = coachView(analysis({ amends: false, hints: [] }), TEXT, choices, []);
    expect(view).toMatchObject({ awake: true, state: 'listening' });
  });

  it('listens at once when turned on before the first analysis has come back', () => {
    expect(coachView(null, '', { ...freshChoices(), forcedOn: true }, [])).toMatchObject({ awake: true, state: 'listening' });
    expect(coachView(null, '', freshChoices(), [])).toMatchObject({ awake: false, state: 'quiet' });
  });

  it('rests when the person asks, even for amends', () => {
    const view = coachView(analysis(), TEXT, { ...freshChoices(), resting: true }, []);
    expect(view.state).toBe('quiet');
  });

  it('leaves out dismissed hints and rules turned off', () => {
    const dismissed = new Set([hintKey(hint('but', 'but'), TEXT)]);
    expect(coachView(analysis(), TEXT, { ...freshChoices(), dismissed }, []).hints.map((h) => h.rule)).toEqual(['conditional']);
    expect(coachView(analysis(), TEXT, freshChoices(), ['conditional', 'but']).state).toBe('listening');
  });

  it('a dismissal follows the words, not the offsets', () => {
    const moved = { ...hint('but', 'but'), start: 0, end: 3 };
    expect(hintKey(moved, 'but later')).toBe(hintKey(hint('but', 'but'), TEXT));
  });

  it('puts support first: crisis language wakes the coach and holds the hints back', () => {
    const view = coachView(analysis({ amends: false, support: { needed: true, spans: [] } }), TEXT, freshChoices(), []);
    expect(view).toMatchObject({ awake: true, support: true, hints: [], hintsWaiting: 2, state: 'listening' });
    const later = coachView(analysis({ support: { needed: true, spans: [] } }), TEXT, { ...freshChoices(), hintsAfterSupport: true }, []);
    expect(later.hints).toHaveLength(2);
  });
});

describe('announcement', () => {
  it('speaks only when the count or state changes', () => {
    const a = coachView(analysis(), TEXT, freshChoices(), []);
    expect(announcement(null, a)).toBe('The amends coach has 2 hints on your draft.');
    expect(announcement(a, a)).toBeNull();
    const quiet = coachView(analysis({ amends: false }), TEXT, freshChoices(), []);
    expect(announcement(null, quiet)).toBeNull();
    expect(announcement(a, quiet)).toBe('The amends coach is resting.');
  });
});
