import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from './normalize';
import { readAsI, spanToOriginal } from './we-voice';

const read = (text: string) => readAsI(normalizeForMatching(text), text);

describe('readAsI: a group speaking as "we", read as one person', () => {
  it.each([
    ['We are deeply sorry that we failed to protect your data.', 'i am deeply sorry that i failed to protect your data.'],
    ["We're sorry. That was our mistake, and ours alone.", "i'm sorry. that was my mistake, and mine alone."],
    ['We were wrong, and we will refund every customer.', 'i was wrong, and i will refund every customer.'],
    ["We weren't honest with you, and we've let you down.", "i wasn't honest with you, and i've let you down."],
    ["We aren't asking you to forgive us.", "i'm not asking you to forgive me."],
    ['We ourselves made this decision.', 'i myself made this decision.'],
    ['Our band let you down and we own that.', 'my band let you down and i own that.'],
  ])('%s', (text, reading) => {
    expect(read(text)?.norm).toBe(reading);
  });

  it.each([
    ['the writer also says "I"', 'I know we let you down.'],
    ['the writer and the reader together', 'We both made mistakes.'],
    ['everyone', 'We all make mistakes.'],
    ['"let\'s"', "Let's put this behind us."],
    ['a shared relationship', 'Our marriage deserved better than what we gave it.'],
    ['"each other"', 'We hurt each other.'],
    ['"together"', 'We can get through this together.'],
    ['no "we" at all', 'The water will be off on Tuesday.'],
    ['words that only start like "we" or "us"', 'Users were told the weather was fine.'],
  ])('leaves a sentence as it is: %s', (_why, text) => {
    expect(read(text)).toBeNull();
  });

  it('does not read "US", the country, as "us"', () => {
    expect(read('We moved our office to the US.')?.norm).toBe('i moved my office to the us.');
    const reading = read('We moved our office to the US.')!;
    expect(reading.norm.slice(-3)).toBe('us.');
  });

  it('maps a span of the reading back onto the sentence\'s own words', () => {
    const text = 'Last year we were careless with your money, and we are sorry.';
    const reading = read(text)!;
    const at = reading.norm.indexOf('i was careless');
    const span = spanToOriginal(reading, { start: at, end: at + 'i was careless'.length });
    expect(text.slice(span.start, span.end)).toBe('we were careless');
    const sorry = reading.norm.indexOf('i am sorry');
    const end = spanToOriginal(reading, { start: sorry, end: sorry + 'i am'.length });
    expect(text.slice(end.start, end.end)).toBe('we are');
    const tail = spanToOriginal(reading, { start: sorry + 5, end: reading.norm.length });
    expect(text.slice(tail.start, tail.end)).toBe('sorry.');
  });
});
