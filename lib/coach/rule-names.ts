import type { FlagId } from '../analysis/types';

/** What each kind of hint is called in settings (the names in shared/hint-taxonomy.md). */
export const RULE_NAMES: Record<FlagId, string> = {
  conditional: 'Conditional apology (“sorry if…”)',
  but: '“But” undoes it',
  feelings: 'Sorry for their feelings',
  blame: 'Blame shifting',
  excuse: 'Excuses',
  minimizing: 'Minimizing',
  passive: 'Passive voice hides who did it',
  pressure: 'Pressure to forgive or move on',
  'self-focus': 'Centring your own pain',
  intent: 'Intent over impact',
  comparison: 'Comparison or whataboutism',
  vague: 'Vague apology',
  overpromise: 'Absolute promises',
};
