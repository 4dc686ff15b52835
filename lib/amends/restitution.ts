import { randomId } from './ids';
import { LIMITS, MAX_MONEY_MINOR } from './limits';
import type { IsoDate, Payment, Person, Restitution, Timestamp } from './types';

export { currencyDigits, formatMoney, parseMoney, parseMoneyDetailed, MONEY_PROBLEM_MESSAGES } from './money';

/** Sum of payments made, in minor units. */
export function totalPaid(restitution: Restitution): number {
  return restitution.payments.reduce((sum, p) => sum + p.amountMinor, 0);
}

/** What is still owed; never negative (see `overpaid`). */
export function remaining(restitution: Restitution): number {
  return Math.max(0, restitution.owedMinor - totalPaid(restitution));
}

/** How much more than owed has been paid; 0 when not overpaid. */
export function overpaid(restitution: Restitution): number {
  return Math.max(0, totalPaid(restitution) - restitution.owedMinor);
}

export interface RestitutionBalance {
  owed: number;
  paid: number;
  remaining: number;
  overpaid: number;
  /** True once something was owed and it has all been paid. */
  settled: boolean;
}

export function restitutionBalance(restitution: Restitution): RestitutionBalance {
  const paid = totalPaid(restitution);
  const owed = restitution.owedMinor;
  return {
    owed,
    paid,
    remaining: Math.max(0, owed - paid),
    overpaid: Math.max(0, paid - owed),
    settled: owed > 0 && paid >= owed,
  };
}

function assertAmount(minor: number, what: string): void {
  if (!Number.isSafeInteger(minor) || minor < 0 || minor > MAX_MONEY_MINOR) {
    throw new RangeError(`${what} must be a whole number of minor units between 0 and ${MAX_MONEY_MINOR}.`);
  }
}

/** Edits kind, currency, amount owed or the description of a non-money repair. */
export function editRestitution(
  person: Person,
  patch: Partial<Omit<Restitution, 'payments'>>,
  now: Timestamp,
): Person {
  if (patch.owedMinor !== undefined) assertAmount(patch.owedMinor, 'The amount owed');
  if (patch.currency !== undefined && !/^[A-Z]{3}$/.test(patch.currency)) {
    throw new RangeError(`Not a currency code: ${patch.currency}`);
  }
  return { ...person, restitution: { ...person.restitution, ...patch }, updatedAt: now };
}

export interface NewPayment {
  amountMinor: number;
  date: IsoDate;
  note?: string;
}

/**
 * Records a payment (in the restitution's currency). Payments are kept in date order, oldest
 * first; a payment also marks the restitution as money if it was 'none'.
 */
export function addPayment(
  person: Person,
  payment: NewPayment,
  now: Timestamp,
  newId: () => string = randomId,
): Person {
  assertAmount(payment.amountMinor, 'A payment');
  if (payment.amountMinor === 0) throw new RangeError('A payment must be more than zero.');
  if (person.restitution.payments.length >= LIMITS.payments) {
    throw new RangeError(`This list holds up to ${LIMITS.payments} payments per person.`);
  }
  const added: Payment = { id: newId(), amountMinor: payment.amountMinor, date: payment.date, note: payment.note ?? '' };
  const payments = [...person.restitution.payments, added].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const kind = person.restitution.kind === 'none' ? 'money' : person.restitution.kind;
  return { ...person, restitution: { ...person.restitution, kind, payments }, updatedAt: now };
}

export function removePayment(person: Person, paymentId: string, now: Timestamp): Person {
  const payments = person.restitution.payments.filter((p) => p.id !== paymentId);
  if (payments.length === person.restitution.payments.length) return person;
  return { ...person, restitution: { ...person.restitution, payments }, updatedAt: now };
}
