import { z } from 'zod';
import { isIsoDate } from './dates';
import { LIMITS, MAX_MONEY_MINOR } from './limits';
import {
  AMENDS_STATUSES,
  AMENDS_TYPES,
  CHANNELS,
  STEP_IDS,
  SUPPORT_REVIEWS,
  type Person,
  type StepId,
} from './types';

/**
 * The one schema for a stored person. The store checks every write against it and backup
 * import validates files with it, so a hostile or corrupt record (wrong types, huge strings,
 * unknown fields) never reaches the list. Objects are strict: unknown keys are rejected.
 */

const id = z.string().min(1).max(LIMITS.id);
const shortText = z.string().max(LIMITS.shortText);
const longText = z.string().max(LIMITS.longText);
/** Epoch milliseconds, within the range a JS Date can hold. */
export const timestampSchema = z.int().min(0).max(8.64e15);
export const isoDateSchema = z.string().length(10).refine(isIsoDate, { message: 'Expected a calendar date YYYY-MM-DD' });
const money = z.int().min(0).max(MAX_MONEY_MINOR);

export const harmSchema = z.strictObject({ id, what: longText, when: shortText });

export const statusChangeSchema = z.strictObject({ status: z.enum(AMENDS_STATUSES), at: timestampSchema });

export const planSchema = z.strictObject({
  channel: z.enum(CHANNELS).nullable(),
  approach: longText,
  date: isoDateSchema.nullable(),
  review: z.enum(SUPPORT_REVIEWS),
});

export const stepTickSchema = z.strictObject({ done: z.boolean(), at: timestampSchema.nullable(), note: longText });

const stepsShape = Object.fromEntries(STEP_IDS.map((s) => [s, stepTickSchema])) as Record<StepId, typeof stepTickSchema>;
export const stepsSchema = z.strictObject(stepsShape);

export const safetySchema = z.strictObject({
  harmsThem: z.boolean(),
  harmsOthers: z.boolean(),
  harmsMe: z.boolean(),
  noContact: z.boolean(),
  notes: longText,
});

export const paymentSchema = z.strictObject({ id, amountMinor: money, date: isoDateSchema, note: longText });

export const restitutionSchema = z.strictObject({
  kind: z.enum(['none', 'money', 'other']),
  currency: z.string().regex(/^[A-Z]{3}$/, 'Expected a three-letter currency code'),
  owedMinor: money,
  payments: z.array(paymentSchema).max(LIMITS.payments),
  description: longText,
});

export const checkInSchema = z.strictObject({ id, date: isoDateSchema, kept: z.boolean(), note: longText });

export const outcomeSchema = z.strictObject({
  howItWent: longText,
  response: longText,
  learned: longText,
  followUpNeeded: z.boolean(),
  commitment: longText,
  checkIns: z.array(checkInSchema).max(LIMITS.checkIns),
});

export const reflectionSchema = z.strictObject({ id, at: timestampSchema, text: longText });

export const savedDraftSchema = z.strictObject({ id, at: timestampSchema, text: z.string().max(LIMITS.draftText) });

export const personSchema = z
  .strictObject({
    id,
    name: z.string().trim().min(1).max(LIMITS.shortText),
    relationship: shortText,
    harms: z.array(harmSchema).max(LIMITS.harms),
    amendsType: z.enum(AMENDS_TYPES),
    status: z.enum(AMENDS_STATUSES),
    statusHistory: z.array(statusChangeSchema).min(1).max(LIMITS.statusHistory),
    plan: planSchema,
    steps: stepsSchema,
    safety: safetySchema,
    restitution: restitutionSchema,
    followUp: isoDateSchema.nullable(),
    outcome: outcomeSchema,
    reflections: z.array(reflectionSchema).max(LIMITS.reflections),
    drafts: z.array(savedDraftSchema).max(LIMITS.drafts).optional(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .refine((p) => p.statusHistory.at(-1)?.status === p.status, {
    message: 'The last status change must match the current status',
    path: ['statusHistory'],
  });

// Keeps the schema and the hand-written type in step: this fails to compile if they drift.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesType: Exact<z.output<typeof personSchema>, Person> = true;
void schemaMatchesType;

export type PersonCheck = { ok: true; person: Person } | { ok: false; problems: string[] };

/** Validates one person; problems are short "path: message" lines for logs and import reports. */
export function checkPerson(value: unknown): PersonCheck {
  const result = personSchema.safeParse(value);
  if (result.success) return { ok: true, person: result.data };
  return { ok: false, problems: result.error.issues.slice(0, 10).map(describeIssue) };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? issue.path.map(String).join('.') : '(person)';
  return `${where}: ${issue.message}`;
}
