/** Currency codes for the picker: whatever this browser knows, else a short common list. */
const COMMON = ['AUD', 'BRL', 'CAD', 'CHF', 'CNY', 'CZK', 'DKK', 'EUR', 'GBP', 'HKD', 'INR', 'JPY', 'MXN', 'NOK', 'NZD', 'PLN', 'SEK', 'SGD', 'USD', 'ZAR'];

let cached: string[] | null = null;

export function currencyCodes(): string[] {
  if (cached) return cached;
  const intl = Intl as unknown as { supportedValuesOf?: (key: 'currency') => string[] };
  try {
    cached = intl.supportedValuesOf?.('currency') ?? COMMON;
  } catch {
    cached = COMMON;
  }
  return cached;
}

const names = (() => {
  try {
    return new Intl.DisplayNames(undefined, { type: 'currency' });
  } catch {
    return null;
  }
})();

export function currencyName(code: string): string {
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}
