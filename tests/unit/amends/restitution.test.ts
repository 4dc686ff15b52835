import { describe, expect, it } from 'vitest';
import {
  addPayment,
  changeCurrency,
  CurrencyChangeError,
  currencyDigits,
  editRestitution,
  formatMoney,
  MAX_MONEY_MINOR,
  overpaid,
  parseMoney,
  parseMoneyDetailed,
  remaining,
  removePayment,
  restitutionBalance,
  totalPaid,
} from '../../../lib/amends';
import type { Person } from '../../../lib/amends/types';
import { person, sequentialIds, T0 } from './fixtures';

function owing(currency: string, owedMinor: number): Person {
  return editRestitution(person('Creditor'), { kind: 'money', currency, owedMinor }, T0);
}

function pay(p: Person, amounts: number[]): Person {
  const ids = sequentialIds('pay');
  return amounts.reduce((acc, amountMinor, i) => addPayment(acc, { amountMinor, date: `2026-01-${String(i + 1).padStart(2, '0')}` }, T0 + i, ids), p);
}

describe('parseMoney', () => {
  it.each([
    ['300', 'EUR', 30000],
    ['300.5', 'EUR', 30050],
    ['300,5', 'EUR', 30050],
    ['0.1', 'USD', 10],
    ['1,234.56', 'USD', 123456],
    ['1.234,56', 'EUR', 123456],
    ['€12,50', 'EUR', 1250],
    ['$ 12.50', 'USD', 1250],
    ['USD 40', 'USD', 4000],
    ['1 234,50', 'EUR', 123450],
    ['1\u00a0234,50', 'EUR', 123450],
    ["1'234.50", 'CHF', 123450],
    ['1,234', 'USD', 123400],
    ['1.234', 'EUR', 123400],
    ['1,234,567', 'USD', 123456700],
    ['12,34,567.00', 'INR', 123456700],
    ['.5', 'EUR', 50],
    ['300.', 'EUR', 30000],
    ['007', 'EUR', 700],
    ['12.50', 'EUR', 1250],
    ['12.500', 'JPY', 12500],
    ['1,234', 'JPY', 1234],
    ['¥5000', 'JPY', 5000],
    ['1.234', 'KWD', 1234],
    ['10.000', 'EUR', 1000000],
    ['12.345', 'EUR', 1234500],
  ])('%s in %s is %i minor units', (text, currency, minor) => {
    expect(parseMoney(text, currency)).toBe(minor);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['€', 'empty'],
    ['-5', 'negative'],
    ['−5', 'negative'],
    ['(5.00)', 'negative'],
    ['€-5', 'negative'],
    ['abc', 'not-a-number'],
    ['12abc', 'not-a-number'],
    ['1e5', 'not-a-number'],
    ['1,2,3', 'not-a-number'],
    ['1.2.3,4', 'not-a-number'],
    ['1,23,4.5', 'not-a-number'],
    ['0.125', 'too-many-decimals'],
    ['0,125', 'too-many-decimals'],
    ['01,234', 'too-many-decimals'],
    ['12,3456', 'too-many-decimals'],
    ['10000000000', 'too-large'],
    ['9'.repeat(400), 'too-large'],
  ])('rejects %j (%s)', (text, problem) => {
    expect(parseMoneyDetailed(text, 'EUR')).toEqual({ ok: false, problem });
    expect(parseMoney(text, 'EUR')).toBeNull();
  });

  it('rejects decimals a zero-decimal currency does not have', () => {
    expect(parseMoneyDetailed('12.5', 'JPY')).toEqual({ ok: false, problem: 'too-many-decimals' });
    expect(parseMoney('12.00', 'JPY')).toBe(12);
  });

  it('accepts the largest amount and nothing above it', () => {
    expect(parseMoney('9999999999.99', 'USD')).toBe(MAX_MONEY_MINOR);
    expect(parseMoney('10000000000.00', 'USD')).toBeNull();
  });
});

describe('formatMoney', () => {
  it('uses the currency’s own decimals from Intl', () => {
    expect(currencyDigits('USD')).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
    expect(currencyDigits('KWD')).toBe(3);
    expect(formatMoney(123456, 'USD', 'en-US')).toBe('$1,234.56');
    expect(formatMoney(1234, 'JPY', 'en-US')).toBe('¥1,234');
    expect(formatMoney(1234, 'KWD', 'en-US')).toMatch(/1\.234/);
    expect(formatMoney(5, 'EUR', 'de-DE')).toMatch(/^0,05\s€$/);
  });

  it('formats large amounts exactly, without float rounding', () => {
    expect(formatMoney(MAX_MONEY_MINOR, 'USD', 'en-US')).toBe('$9,999,999,999.99');
    expect(formatMoney(90_071_992_547_409, 'USD', 'en-US')).toBe('$900,719,925,474.09');
  });

  it('round-trips with parseMoney', () => {
    for (const minor of [0, 1, 10, 99, 100, 12345, 100000001]) {
      expect(parseMoney(formatMoney(minor, 'EUR', 'de-DE'), 'EUR')).toBe(minor);
      expect(parseMoney(formatMoney(minor, 'USD', 'en-US'), 'USD')).toBe(minor);
    }
  });
});

describe('restitution arithmetic in minor units', () => {
  it('0.10 + 0.20 is exactly 0.30, with nothing left of 0.30 owed', () => {
    const p = pay(owing('USD', parseMoney('0.30', 'USD')!), [parseMoney('0.1', 'USD')!, parseMoney('0.2', 'USD')!]);
    expect(totalPaid(p.restitution)).toBe(30);
    expect(remaining(p.restitution)).toBe(0);
    expect(overpaid(p.restitution)).toBe(0);
    expect(restitutionBalance(p.restitution).settled).toBe(true);
  });

  it('three payments of 33.33 against 100.00 leave exactly 0.01', () => {
    const p = pay(owing('EUR', 10_000), [3333, 3333, 3333]);
    expect(totalPaid(p.restitution)).toBe(9999);
    expect(remaining(p.restitution)).toBe(1);
    expect(formatMoney(remaining(p.restitution), 'EUR', 'en-GB')).toBe('€0.01');
    expect(restitutionBalance(p.restitution)).toEqual({ owed: 10000, paid: 9999, remaining: 1, overpaid: 0, settled: false });
  });

  it('a thousand payments of 0.01 add up to exactly 10.00', () => {
    const p = pay(owing('USD', 1000), Array.from({ length: 1000 }, () => 1));
    expect(totalPaid(p.restitution)).toBe(1000);
    expect(remaining(p.restitution)).toBe(0);
  });

  it('works in yen, which has no minor unit', () => {
    const p = pay(owing('JPY', parseMoney('50,000', 'JPY')!), [parseMoney('12,345', 'JPY')!]);
    expect(remaining(p.restitution)).toBe(37655);
    expect(formatMoney(remaining(p.restitution), 'JPY', 'en-US')).toBe('¥37,655');
  });

  it('remaining is never negative; overpayment is reported separately', () => {
    const p = pay(owing('GBP', 5000), [3000, 3000]);
    expect(remaining(p.restitution)).toBe(0);
    expect(overpaid(p.restitution)).toBe(1000);
    expect(restitutionBalance(p.restitution).settled).toBe(true);
  });

  it('keeps payments in date order and marks the restitution as money', () => {
    let p = person('Landlord');
    const ids = sequentialIds('pay');
    p = addPayment(p, { amountMinor: 100, date: '2026-03-01', note: 'March' }, T0, ids);
    p = addPayment(p, { amountMinor: 200, date: '2026-01-01' }, T0, ids);
    expect(p.restitution.kind).toBe('money');
    expect(p.restitution.payments).toEqual([
      { id: 'pay-2', amountMinor: 200, date: '2026-01-01', note: '' },
      { id: 'pay-1', amountMinor: 100, date: '2026-03-01', note: 'March' },
    ]);
  });

  it('removes a payment by id and the total follows', () => {
    const p = pay(owing('EUR', 10_000), [1000, 2000, 3000]);
    const q = removePayment(p, 'pay-2', T0 + 50);
    expect(totalPaid(q.restitution)).toBe(4000);
    expect(remaining(q.restitution)).toBe(6000);
    expect(removePayment(q, 'missing', T0)).toBe(q);
  });

  it('refuses fractional, negative, zero or oversized amounts', () => {
    const p = owing('EUR', 100);
    expect(() => addPayment(p, { amountMinor: 1.5, date: '2026-01-01' }, T0)).toThrow(RangeError);
    expect(() => addPayment(p, { amountMinor: -1, date: '2026-01-01' }, T0)).toThrow(RangeError);
    expect(() => addPayment(p, { amountMinor: 0, date: '2026-01-01' }, T0)).toThrow(/more than zero/);
    expect(() => editRestitution(p, { owedMinor: MAX_MONEY_MINOR + 1 }, T0)).toThrow(RangeError);
    expect(() => editRestitution(p, { currency: 'euro' }, T0)).toThrow(/currency/);
  });

  it('describes a non-money repair in words', () => {
    const p = editRestitution(person('Neighbour'), { kind: 'other', description: 'Rebuild the fence' }, T0);
    expect(p.restitution).toMatchObject({ kind: 'other', description: 'Rebuild the fence', owedMinor: 0 });
    expect(remaining(p.restitution)).toBe(0);
  });
});

describe('changeCurrency', () => {
  it('keeps what each amount says: 12.50 owed stays 12.50, in a currency with the same decimals', () => {
    const p = changeCurrency(pay(owing('USD', 1250), [500]), 'EUR', T0 + 10);
    expect(p.restitution.currency).toBe('EUR');
    expect(p.restitution.owedMinor).toBe(1250);
    expect(p.restitution.payments.map((x) => x.amountMinor)).toEqual([500]);
    expect(p.updatedAt).toBe(T0 + 10);
  });

  it('rescales minor units between currencies with different decimals (USD 2, JPY 0, KWD 3)', () => {
    const yen = changeCurrency(pay(owing('USD', 120_000), [30_000]), 'JPY', T0);
    expect([yen.restitution.owedMinor, yen.restitution.payments[0]!.amountMinor]).toEqual([1200, 300]);
    expect(formatMoney(yen.restitution.owedMinor, 'JPY', 'en')).toContain('1,200');
    const dinar = changeCurrency(owing('USD', 1250), 'KWD', T0);
    expect(dinar.restitution.owedMinor).toBe(12_500);
    expect(changeCurrency(dinar, 'USD', T0).restitution.owedMinor).toBe(1250);
  });

  it('refuses, saying which amount and why, when an amount cannot be written in the new currency', () => {
    const before = pay(owing('USD', 120_000), [1250]);
    expect(() => changeCurrency(before, 'JPY', T0)).toThrow(CurrencyChangeError);
    expect(() => changeCurrency(before, 'JPY', T0)).toThrow(/payment of 2026-01-01 \(12\.50\).*smaller units than JPY/);
    expect(() => changeCurrency(owing('KWD', 1_234), 'USD', T0)).toThrow(/amount owed \(1\.234\).*more decimals/);
  });

  it('refuses an amount that would grow past the largest amount it can hold', () => {
    expect(() => changeCurrency(owing('JPY', MAX_MONEY_MINOR), 'KWD', T0)).toThrow(/too large in KWD/);
  });

  it('changes nothing when the currency is the same, and rejects what is not a code', () => {
    const p = owing('GBP', 100);
    expect(changeCurrency(p, 'GBP', T0 + 5)).toBe(p);
    expect(() => changeCurrency(p, 'pounds', T0)).toThrow(RangeError);
  });
});
