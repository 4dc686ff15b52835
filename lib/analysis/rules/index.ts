/**
 * The 13 flag rules, in FLAG_IDS order. Each module holds its patterns, trap guards,
 * user-facing texts and examples.
 */
import type { FlagId, FlagRule } from '../types';
import conditional from './conditional';
import but from './but';
import feelings from './feelings';
import blame from './blame';
import excuse from './excuse';
import minimizing from './minimizing';
import passive from './passive';
import pressure from './pressure';
import selfFocus from './self-focus';
import intent from './intent';
import comparison from './comparison';
import vague from './vague';
import overpromise from './overpromise';

export const FLAG_RULES: readonly FlagRule[] = [
  conditional,
  but,
  feelings,
  blame,
  excuse,
  minimizing,
  passive,
  pressure,
  selfFocus,
  intent,
  comparison,
  vague,
  overpromise,
];

/** The same rules by id. */
export const RULE_BY_ID: ReadonlyMap<FlagId, FlagRule> = new Map(FLAG_RULES.map((r) => [r.id, r]));

export { apologises, leadingBut } from './but';
export { backReference } from './vague';
