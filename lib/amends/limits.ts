/**
 * Size limits shared by the domain helpers and the schema. Generous for real lives, small
 * enough that a hostile or corrupt backup cannot fill the disk or freeze the list.
 */
export const LIMITS = {
  id: 100,
  /** name, relationship, a harm's "when" */
  shortText: 200,
  /** everything written in the person's own words */
  longText: 20_000,
  harms: 200,
  statusHistory: 500,
  payments: 1_000,
  checkIns: 2_000,
  reflections: 5_000,
  /** Saved draft copies per person, and the longest copy (a long letter, with room). */
  drafts: 200,
  draftText: 100_000,
} as const;

/**
 * Largest amount in minor units (just under 10 billion in a two-decimal currency). Sums of
 * up to LIMITS.payments such amounts stay far below Number.MAX_SAFE_INTEGER.
 */
export const MAX_MONEY_MINOR = 999_999_999_999;
