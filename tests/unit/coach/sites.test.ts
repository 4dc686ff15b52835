import { describe, expect, it } from 'vitest';
import { extractEditableText } from '../../../lib/coach/fields/editable-text';
import { BUILT_IN_HOSTS, BUILT_IN_MATCHES, GENERIC_SITE, matchBodySelector, siteFor } from '../../../lib/coach/sites';

describe('site adapters', () => {
  it('covers every built-in host with an https match and never loopback', () => {
    expect(BUILT_IN_HOSTS).toHaveLength(15);
    expect(BUILT_IN_MATCHES).toContain('https://mail.google.com/*');
    expect(BUILT_IN_MATCHES.every((m) => m.startsWith('https://') && m.endsWith('/*'))).toBe(true);
    expect(BUILT_IN_MATCHES.some((m) => /127\.0\.0\.1|localhost/.test(m))).toBe(false);
  });

  it('picks the entry for a host and the generic one elsewhere', () => {
    expect(siteFor('MAIL.GOOGLE.COM').hosts).toContain('mail.google.com');
    expect(siteFor('outlook.office365.com').maskFrom).toContain('#divRplyFwdMsg');
    expect(siteFor('example.org')).toBe(GENERIC_SITE);
  });

  it('recognises the Gmail body by its own marker, not an English label', () => {
    document.body.innerHTML = '<div g_editable="true" contenteditable="true" aria-label="Corps du message"></div>';
    expect(matchBodySelector(document.body.firstElementChild!, siteFor('mail.google.com'))).toBe(0);
  });

  it('leaves a Gmail quoted reply and signature out of the analysis, offsets intact', () => {
    document.body.innerHTML =
      '<div id="ed" contenteditable="true"><div>I am sorry I lied to you.</div><br>' +
      '<div class="gmail_signature" data-smartmail="gmail_signature">Sam</div>' +
      '<div class="gmail_quote"><div class="gmail_attr">On Mon, Ann wrote:</div><blockquote>you always lie</blockquote></div></div>';
    const site = siteFor('mail.google.com');
    const snap = extractEditableText(document.getElementById('ed')!, site);
    expect(snap.analysisText).toHaveLength(snap.text.length);
    expect(snap.analysisText.trim()).toBe('I am sorry I lied to you.');
    expect(snap.text).toContain('you always lie');
  });

  it('leaves everything from an Outlook reply header on out of the analysis', () => {
    document.body.innerHTML =
      '<div id="ed" contenteditable="true"><div>I was wrong.</div><div id="Signature">Sam</div>' +
      '<hr><div id="divRplyFwdMsg">From: Ann</div><div>Original message text</div></div>';
    const snap = extractEditableText(document.getElementById('ed')!, siteFor('outlook.live.com'));
    expect(snap.analysisText.trim()).toBe('I was wrong.');
    expect(snap.analysisText).toHaveLength(snap.text.length);
  });
});
