import { AMENDS_TYPES, type AmendsType, type Person, type SafetyCheck, type Timestamp } from './types';

/** The yes/no questions of the safety check, in the order the UI asks them. */
export const SAFETY_RISKS = ['harmsThem', 'harmsOthers', 'harmsMe', 'noContact'] as const;
export type SafetyRisk = (typeof SAFETY_RISKS)[number];

export type SafetyLevel = 'clear' | 'caution' | 'stop-direct';

export interface SafetyGuidance {
  /**
   * 'clear': nothing ticked. 'caution': a risk is ticked; indirect or living amends may be the
   * right path, and talking it over with a sponsor or therapist first is wise. 'stop-direct':
   * they asked for no contact; that request is respected as a firm stop for direct amends.
   */
  level: SafetyLevel;
  /** The ticked questions, in SAFETY_RISKS order. */
  risks: SafetyRisk[];
}

export function safetyGuidance(safety: SafetyCheck): SafetyGuidance {
  const risks = SAFETY_RISKS.filter((r) => safety[r]);
  const level: SafetyLevel = safety.noContact ? 'stop-direct' : risks.length > 0 ? 'caution' : 'clear';
  return { level, risks };
}

/** Amends types that fit the safety check: 'direct' drops out under a no-contact request. */
export function allowedAmendsTypes(safety: SafetyCheck): AmendsType[] {
  return AMENDS_TYPES.filter((t) => !(t === 'direct' && safety.noContact));
}

export function editSafety(person: Person, patch: Partial<SafetyCheck>, now: Timestamp): Person {
  return { ...person, safety: { ...person.safety, ...patch }, updatedAt: now };
}
