import { randomId } from './ids';
import { LIMITS, MAX_MONEY_MINOR } from './limits';
import type { IsoDate, Payment, Person, Restitution, Timestamp } from './types';

import { currencyDigits, minorToDecimalString } from './money';

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

/** Why a currency change was refused; `message` is for the person. */
export class CurrencyChangeError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = 'CurrencyChangeError';
  }
}

/**
 * Changes the currency and keeps what every amount says: "12.50" owed stays 12.50 in the
 * new currency (people change the currency because they picked the wrong one). Amounts are
 * integer minor units, so they are rescaled by the difference in decimals (USD 2, JPY 0,
 * KWD 3). If an amount cannot be written in the new currency (12.50 in yen), nothing
 * changes and the error says which amount and why.
 */
export function changeCurrency(person: Person, currency: string, now: Timestamp): Person {
  const r = person.restitution;
  if (!/^[A-Z]{3}$/.test(currency)) throw new RangeError(`Not a currency code: ${currency}`);
  if (currency === r.currency) return person;
  const from = currencyDigits(r.currency);
  const to = currencyDigits(currency);
  const rescale = (minor: number, what: string): number => {
    if (minor === 0 || from === to) return minor;
    if (to > from) {
      const scaled = minor * 10 ** (to - from);
      if (!Number.isSafeInteger(scaled) || scaled > MAX_MONEY_MINOR) {
        throw new CurrencyChangeError(`${what} would be too large in ${currency}.`);
      }
      return scaled;
    }
    const factor = 10 ** (from - to);
    if (minor % factor !== 0) {
      throw new CurrencyChangeError(
        `${what} (${minorToDecimalString(minor, r.currency)}) has ${to === 0 ? 'smaller units' : 'more decimals'} than ${currency} can show. ` +
          `Round it first, or choose another currency.`,
      );
    }
    return minor / factor;
  };
  const owedMinor = rescale(r.owedMinor, 'The amount owed');
  const payments = r.payments.map((p) => ({ ...p, amountMinor: rescale(p.amountMinor, `The payment of ${p.date}`) }));
  return { ...person, restitution: { ...r, currency, owedMinor, payments }, updatedAt: now };
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
