import { describe, expect, it } from 'vitest';
import { coachFieldFor, editingHostOf, isEligibleField } from '../../../lib/coach/fields/eligibility';
import { GENERIC_SITE, type SiteAdapter } from '../../../lib/coach/sites';

function el(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body.firstElementChild as HTMLElement;
}

describe('which fields get a coach', () => {
  it('coaches a textarea and a contenteditable message body', () => {
    expect(isEligibleField(el('<textarea></textarea>'), GENERIC_SITE)).toBe(true);
    expect(isEligibleField(el('<div contenteditable="true"></div>'), GENERIC_SITE)).toBe(true);
    expect(isEligibleField(el('<div contenteditable="true" role="textbox" aria-multiline="true"></div>'), GENERIC_SITE)).toBe(true);
  });

  it.each([
    ['password', '<input type="password">'],
    ['e-mail address', '<input type="email">'],
    ['search', '<input type="search">'],
    ['one-line text', '<input type="text">'],
    ['input without type', '<input>'],
  ])('never coaches an input (%s)', (_name, html) => {
    const input = el(html);
    expect(isEligibleField(input, GENERIC_SITE)).toBe(false);
    expect(coachFieldFor(input, GENERIC_SITE)).toBeNull();
  });

  it.each([
    ['a search box', '<div contenteditable="true" role="searchbox"></div>'],
    ['a combo box (recipients)', '<div contenteditable="true" role="combobox"></div>'],
    ['a one-line textbox', '<div contenteditable="true" role="textbox" aria-multiline="false"></div>'],
    ['a read-only textbox', '<div contenteditable="true" aria-readonly="true"></div>'],
    ['a disabled textarea', '<textarea disabled></textarea>'],
    ['a read-only textarea', '<textarea readonly></textarea>'],
    ['a textarea for a user name', '<textarea autocomplete="username"></textarea>'],
    ['a plain div', '<div></div>'],
  ])('leaves %s alone', (_name, html) => {
    expect(isEligibleField(el(html), GENERIC_SITE)).toBe(false);
  });

  it('resolves a node deep inside an editor to the outermost editing host', () => {
    const root = el('<div id="ed" contenteditable="true"><p>I <b>was</b> wrong</p></div>');
    const b = root.querySelector('b')!;
    expect(editingHostOf(b.firstChild)).toBe(root);
    expect(coachFieldFor(b, GENERIC_SITE)).toBe(root);
  });

  it('does not count a non-editable island inside the editor as a field of its own', () => {
    const root = el('<div contenteditable="true"><span contenteditable="false">@Sam</span></div>');
    expect(coachFieldFor(root.querySelector('span')!, GENERIC_SITE)).toBeNull();
  });

  it('on a site with body selectors set to ignore others, only coaches the body', () => {
    const site: SiteAdapter = { ...GENERIC_SITE, bodySelectors: ['[g_editable="true"]'], otherFields: 'ignore' };
    document.body.innerHTML = '<div id="a" contenteditable="true" g_editable="true"></div><div id="b" contenteditable="true"></div>';
    expect(isEligibleField(document.getElementById('a')!, site)).toBe(true);
    expect(isEligibleField(document.getElementById('b')!, site)).toBe(false);
  });
});
