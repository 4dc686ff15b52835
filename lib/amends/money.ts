import { MAX_MONEY_MINOR } from './limits';

/**
 * Money as integer minor units (cents, pence, yen). Parsing and formatting go through
 * strings, never through float arithmetic, so 0.1 + 0.2 style drift cannot happen.
 */

const digitsCache = new Map<string, number>();

/** How many decimals the currency uses, from Intl (USD 2, JPY 0, KWD 3). */
export function currencyDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    digitsCache.set(currency, digits);
  }
  return digits;
}

export type MoneyProblem = 'empty' | 'not-a-number' | 'negative' | 'too-many-decimals' | 'too-large';

export type MoneyParse = { ok: true; minor: number } | { ok: false; problem: MoneyProblem };

/** Words for each parse problem, for the form next to the amount field. */
export const MONEY_PROBLEM_MESSAGES: Record<MoneyProblem, string> = {
  empty: 'Please enter an amount.',
  'not-a-number': 'Please enter the amount as a number, for example 120 or 120.50.',
  negative: 'Please enter the amount without a minus sign.',
  'too-many-decimals': 'This currency does not use that many decimal places.',
  'too-large': 'That amount is larger than this list can hold.',
};

/**
 * Reads an amount typed by a person. Accepts "300", "300.5", "1,234.56", "1.234,56",
 * "€12,50", "USD 40", "1 234,50" and "1'234.50". Either "." or "," may be the decimal
 * separator: when both appear, the last one is; a separator that appears several times, or
 * once with exactly three digits after it in a currency with fewer decimals, groups
 * thousands ("1,234" is 1234 dollars, "1,5" is 1.50).
 * Rejects negatives, words, more decimals than the currency allows (unless they are zeros)
 * and amounts above MAX_MONEY_MINOR.
 */
export function parseMoneyDetailed(text: string, currency: string): MoneyParse {
  const digits = currencyDigits(currency);
  let s = text.normalize('NFKC').trim();
  if (!s) return { ok: false, problem: 'empty' };
  if (/^[-−–(]|[-−–)]$/.test(s)) return { ok: false, problem: 'negative' };
  s = s.replace(new RegExp(`\\b${escapeRegExp(currency)}\\b`, 'gi'), '');
  s = s.replace(/[\p{Sc}\s'’_]/gu, '');
  if (s.startsWith('-')) return { ok: false, problem: 'negative' };
  if (!s) return { ok: false, problem: 'empty' };
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return { ok: false, problem: 'not-a-number' };

  const split = splitDecimal(s, digits);
  if (!split) return { ok: false, problem: 'not-a-number' };
  let { whole, fraction } = split;
  if (fraction.length > digits) {
    if (/[^0]/.test(fraction.slice(digits))) return { ok: false, problem: 'too-many-decimals' };
    fraction = fraction.slice(0, digits);
  }
  whole = whole.replace(/^0+(?=\d)/, '') || '0';
  if (whole.length > 15) return { ok: false, problem: 'too-large' };
  const minor = Number(whole + fraction.padEnd(digits, '0'));
  if (!Number.isSafeInteger(minor) || minor > MAX_MONEY_MINOR) return { ok: false, problem: 'too-large' };
  return { ok: true, minor };
}

/** `parseMoneyDetailed` for callers that only need the number: null when unusable. */
export function parseMoney(text: string, currency: string): number | null {
  const parsed = parseMoneyDetailed(text, currency);
  return parsed.ok ? parsed.minor : null;
}

function splitDecimal(s: string, digits: number): { whole: string; fraction: string } | null {
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let decimalSep: '.' | ',' | null = null;
  if (lastDot >= 0 && lastComma >= 0) {
    decimalSep = lastDot > lastComma ? '.' : ',';
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const count = s.split(sep).length - 1;
    const after = s.length - s.lastIndexOf(sep) - 1;
    // One separator with 3 digits after it, where the currency has fewer decimals, can
    // only be a thousands separator ("0.125" cannot: groups never start with 0); several
    // of the same kind are always grouping.
    const grouping = count > 1 || (after === 3 && digits < 3 && /^[1-9]/.test(s));
    decimalSep = grouping ? null : sep;
  }
  let whole = s;
  let fraction = '';
  if (decimalSep) {
    const at = s.lastIndexOf(decimalSep);
    whole = s.slice(0, at);
    fraction = s.slice(at + 1);
    if (!/^\d*$/.test(fraction)) return null;
  }
  const groupSep = decimalSep === '.' ? ',' : decimalSep === ',' ? '.' : lastDot >= 0 ? '.' : ',';
  if (whole.includes(groupSep)) {
    if (!validGrouping(whole.split(groupSep))) return null;
    whole = whole.split(groupSep).join('');
  }
  if (!/^\d*$/.test(whole)) return null;
  if (!whole && !fraction) return null;
  return { whole: whole || '0', fraction };
}

/** "1,234,567" and Indian "12,34,567": first group 1–3 digits, middle 2–3, last exactly 3. */
function validGrouping(groups: string[]): boolean {
  if (groups.length < 2) return true;
  const [first, ...rest] = groups;
  const last = rest.pop();
  if (!first || !/^[1-9]\d{0,2}$/.test(first)) return false;
  if (last === undefined || !/^\d{3}$/.test(last)) return false;
  return rest.every((g) => /^\d{2,3}$/.test(g));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The amount as an exact decimal string in major units: 123456 USD → "1234.56". */
export function minorToDecimalString(minor: number, currency: string): string {
  const digits = currencyDigits(currency);
  const negative = minor < 0;
  const abs = String(Math.abs(Math.trunc(minor))).padStart(digits + 1, '0');
  const whole = digits ? abs.slice(0, -digits) : abs;
  const fraction = digits ? abs.slice(-digits) : '';
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

// Building an Intl.NumberFormat costs ~0.1 ms; a sheet or list formats thousands of amounts.
const formatCache = new Map<string, Intl.NumberFormat>();

function currencyFormat(currency: string, locale?: string): Intl.NumberFormat {
  const key = `${locale ?? ''}|${currency}`;
  let format = formatCache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formatCache.set(key, format);
  }
  return format;
}

/** "€1,234.56", "¥1,234", in the given locale (the browser's by default). */
export function formatMoney(minor: number, currency: string, locale?: string): string {
  const format = currencyFormat(currency, locale);
  // Intl formats decimal strings exactly, so no float division is involved.
  return format.format(minorToDecimalString(minor, currency) as unknown as number);
}

/** The amount as a plain editable number in major units ("1234.56"), for an input field. */
export function moneyInputValue(minor: number, currency: string): string {
  return minorToDecimalString(minor, currency);
}
