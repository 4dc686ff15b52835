import { ELEMENT_IDS, type ElementId, type ElementRule } from '../types';
import change from './change';
import impact from './impact';
import noPressure from './no-pressure';
import regret from './regret';
import repair from './repair';
import responsibility from './responsibility';
import specific from './specific';

const BY_ID: Record<ElementId, ElementRule> = {
  regret,
  responsibility,
  specific,
  impact,
  repair,
  change,
  'no-pressure': noPressure,
};

/** The seven element detectors, in ELEMENT_IDS order (the order the checklist shows). */
export const ELEMENT_RULES: readonly ElementRule[] = ELEMENT_IDS.map((id) => BY_ID[id]);
