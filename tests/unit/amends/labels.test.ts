import { describe, expect, it } from 'vitest';
import {
  AMENDS_TYPE_DESCRIPTIONS,
  AMENDS_TYPE_LABELS,
  CHANNEL_LABELS,
  REVIEW_LABELS,
  SAFETY_ADVICE,
  SAFETY_QUESTIONS,
  SAFETY_RISKS,
  STATUS_DESCRIPTIONS,
  STATUS_LABELS,
  STEP_DESCRIPTIONS,
  STEP_LABELS,
} from '../../../lib/amends';
import { AMENDS_STATUSES, AMENDS_TYPES, CHANNELS, STEP_IDS, SUPPORT_REVIEWS } from '../../../lib/amends/types';

const allText = [
  STATUS_LABELS, STATUS_DESCRIPTIONS, AMENDS_TYPE_LABELS, AMENDS_TYPE_DESCRIPTIONS, CHANNEL_LABELS,
  REVIEW_LABELS, STEP_LABELS, STEP_DESCRIPTIONS, SAFETY_QUESTIONS, SAFETY_ADVICE,
].flatMap((table) => Object.values(table) as string[]);

describe('labels', () => {
  it('has a label for every value of every enum', () => {
    expect(Object.keys(STATUS_LABELS).sort()).toEqual([...AMENDS_STATUSES].sort());
    expect(Object.keys(STATUS_DESCRIPTIONS).sort()).toEqual([...AMENDS_STATUSES].sort());
    expect(Object.keys(AMENDS_TYPE_LABELS).sort()).toEqual([...AMENDS_TYPES].sort());
    expect(Object.keys(AMENDS_TYPE_DESCRIPTIONS).sort()).toEqual([...AMENDS_TYPES].sort());
    expect(Object.keys(CHANNEL_LABELS).sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(REVIEW_LABELS).sort()).toEqual([...SUPPORT_REVIEWS].sort());
    expect(Object.keys(STEP_LABELS)).toEqual([...STEP_IDS]);
    expect(Object.keys(STEP_DESCRIPTIONS)).toEqual([...STEP_IDS]);
    expect(Object.keys(SAFETY_QUESTIONS)).toEqual([...SAFETY_RISKS]);
  });

  it('explains the three kinds of amends in one line each, as the issue does', () => {
    expect(AMENDS_TYPE_DESCRIPTIONS.direct).toMatch(/face to face.*debt/i);
    expect(AMENDS_TYPE_DESCRIPTIONS.indirect).toMatch(/letter.*not possible or wise/i);
    expect(AMENDS_TYPE_DESCRIPTIONS.living).toMatch(/lasting change/i);
  });

  it('safety advice points to indirect or living amends and to a sponsor or therapist', () => {
    expect(SAFETY_ADVICE.caution).toMatch(/indirect or living/);
    expect(SAFETY_ADVICE.caution).toMatch(/sponsor or therapist/);
    expect(SAFETY_ADVICE['stop-direct']).toMatch(/no contact/);
  });

  it('every text is short, filled in, and free of shaming or grading words', () => {
    for (const text of allText) {
      expect(text.trim().length).toBeGreaterThan(0);
      expect(text.length).toBeLessThan(240);
      expect(text).not.toMatch(/\b(fail|failed|failure|bad|wrong|should have|must|lazy|shame|guilty|score|grade)\b/i);
    }
  });
});
