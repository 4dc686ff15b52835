/**
 * The amends list, as plain data. No storage, no browser APIs: everything here can be
 * created, compared and serialised anywhere (tests, backups, the side panel).
 *
 * Times are epoch milliseconds (`Timestamp`); calendar days the person picks are
 * `IsoDate` strings ('2026-06-30') so they never shift with time zones.
 * Money is always integer minor units (cents) with an ISO 4217 currency code.
 */

export type Timestamp = number;
/** A calendar day, 'YYYY-MM-DD'. */
export type IsoDate = string;

export const AMENDS_TYPES = ['undecided', 'direct', 'indirect', 'living'] as const;
export type AmendsType = (typeof AMENDS_TYPES)[number];

/**
 * The path: not yet willing → willing → planned → made, plus `living` (ongoing living
 * amends), `deferred` (not now, on purpose) and `not-possible` (deceased, unreachable).
 */
export const AMENDS_STATUSES = [
  'not-willing',
  'willing',
  'planned',
  'made',
  'living',
  'deferred',
  'not-possible',
] as const;
export type AmendsStatus = (typeof AMENDS_STATUSES)[number];

export const CHANNELS = ['in-person', 'phone', 'letter', 'email', 'message'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Has the plan been talked over with a sponsor or therapist? */
export const SUPPORT_REVIEWS = ['not-yet', 'discussed', 'agreed'] as const;
export type SupportReview = (typeof SUPPORT_REVIEWS)[number];

/** The seven-step amends framework, in order. */
export const STEP_IDS = [
  'acknowledge',
  'responsibility',
  'list',
  'remorse',
  'action',
  'commit',
  'patience',
] as const;
export type StepId = (typeof STEP_IDS)[number];

export interface Harm {
  id: string;
  /** What happened, in the person's own words. */
  what: string;
  /** Optional, free text ("summer 2019") or an ISO date. */
  when: string;
}

export interface StatusChange {
  status: AmendsStatus;
  at: Timestamp;
}

export interface Plan {
  channel: Channel | null;
  approach: string;
  date: IsoDate | null;
  review: SupportReview;
}

export interface StepTick {
  done: boolean;
  /** When it was ticked; null while not done. */
  at: Timestamp | null;
  note: string;
}

/** "When not to make amends": Step 9's "except when to do so would injure them or others". */
export interface SafetyCheck {
  /** Contacting them could re-open wounds or harm them. */
  harmsThem: boolean;
  /** It involves a third party who has not agreed, or could harm someone else. */
  harmsOthers: boolean;
  /** It could harm me or raise my relapse risk. */
  harmsMe: boolean;
  /** They have asked for no contact: a firm stop for direct amends. */
  noContact: boolean;
  notes: string;
}

export interface Payment {
  id: string;
  amountMinor: number;
  date: IsoDate;
  note: string;
}

export interface Restitution {
  /** 'money' uses owed/payments; 'other' is a non-money repair described in words. */
  kind: 'none' | 'money' | 'other';
  currency: string;
  owedMinor: number;
  payments: Payment[];
  description: string;
}

export interface CheckIn {
  id: string;
  date: IsoDate;
  kept: boolean;
  note: string;
}

export interface Outcome {
  howItWent: string;
  response: string;
  learned: string;
  followUpNeeded: boolean;
  /** For living amends: the commitment, and dated check-ins. */
  commitment: string;
  checkIns: CheckIn[];
}

export interface Reflection {
  id: string;
  at: Timestamp;
  text: string;
}

/** A copy of a draft the person chose to keep with this person's record (issue 5). */
export interface SavedDraft {
  id: string;
  at: Timestamp;
  text: string;
}

export interface Person {
  id: string;
  name: string;
  relationship: string;
  harms: Harm[];
  amendsType: AmendsType;
  status: AmendsStatus;
  /** Oldest first; the last entry is the current status. */
  statusHistory: StatusChange[];
  plan: Plan;
  steps: Record<StepId, StepTick>;
  safety: SafetyCheck;
  restitution: Restitution;
  /** "Check in again" date. */
  followUp: IsoDate | null;
  outcome: Outcome;
  /** Newest first. */
  reflections: Reflection[];
  /** Saved copies of drafts, newest first. Absent on records written before drafts existed. */
  drafts?: SavedDraft[];
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** What quick-add and the "add person" form need; everything else gets a default. */
export interface NewPerson {
  name: string;
  relationship?: string;
  /** First harm, if the person wrote one. */
  what?: string;
}
