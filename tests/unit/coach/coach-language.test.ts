import { afterEach, describe, expect, it } from 'vitest';
import { createCoachHost } from '../../../lib/coach/ui/host';
import { TextareaMirror } from '../../../lib/coach/fields/textarea-mirror';

afterEach(() => {
  document.documentElement.removeAttribute('lang');
  document.documentElement.removeAttribute('dir');
  document.body.replaceChildren();
  document.querySelectorAll('amends-coach').forEach((el) => el.remove());
});

describe('the coach\'s language and direction on a page in another', () => {
  it("marks its own UI as English, left to right, whatever the page's language and direction", () => {
    document.documentElement.lang = 'de';
    document.documentElement.dir = 'rtl';
    const coach = createCoachHost(document);
    expect(coach.host.getAttribute('lang')).toBe('en');
    expect(coach.host.getAttribute('dir')).toBe('ltr');
    coach.destroy();
  });

  it('measures a textarea\'s words in the textarea\'s language, not the coach\'s', () => {
    document.documentElement.lang = 'ja';
    const field = document.createElement('textarea');
    document.body.append(field);
    const coach = createCoachHost(document);
    const mirror = new TextareaMirror(coach.underlay);
    mirror.copyStyles(field);
    const el = coach.underlay.querySelector('.mirror')!;
    expect(el.getAttribute('lang')).toBe('ja');

    // A field with its own language wins over the page's.
    const own = document.createElement('textarea');
    own.lang = 'zh-Hant';
    document.body.append(own);
    mirror.copyStyles(own);
    expect(el.getAttribute('lang')).toBe('zh-Hant');
    coach.destroy();
  });
});
