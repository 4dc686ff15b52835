import { describe, expect, it } from 'vitest';
import { extractEditableText } from '../../../lib/coach/fields/editable-text';
import { coachFieldFor, isEligibleField } from '../../../lib/coach/fields/eligibility';
import { BUILT_IN_HOSTS, GENERIC_SITE, SITES, isSkippedField, matchBodySelector, siteFor, type SiteAdapter } from '../../../lib/coach/sites';

/** The person's own words, as the engine will see them (masked parts gone). */
function ownWords(html: string, site: SiteAdapter): string {
  document.body.innerHTML = `<div id="ed" contenteditable="true">${html}</div>`;
  const snap = extractEditableText(document.getElementById('ed')!, site);
  expect(snap.analysisText).toHaveLength(snap.text.length);
  return snap.analysisText.replace(/\s+/g, ' ').trim();
}

const FLAGGY = 'sorry if you were offended, but';

describe('the adapter table', () => {
  it('has its own entry for every built-in host, and lists no host twice', () => {
    for (const host of BUILT_IN_HOSTS) expect(siteFor(host), host).not.toBe(GENERIC_SITE);
    const listed = SITES.flatMap((s) => s.hosts);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...BUILT_IN_HOSTS].sort());
  });

  it('uses only selectors the browser can parse', () => {
    for (const site of [GENERIC_SITE, ...SITES]) {
      for (const sel of [...site.bodySelectors, ...site.mask, ...site.maskFrom, ...(site.skip ?? [])]) {
        expect(() => document.querySelector(sel), `${site.hosts[0] ?? 'generic'}: ${sel}`).not.toThrow();
      }
    }
  });

  it('never matches on label text, which sites localise', () => {
    for (const site of [GENERIC_SITE, ...SITES]) {
      for (const sel of [...site.bodySelectors, ...site.mask, ...site.maskFrom, ...(site.skip ?? [])]) {
        expect(sel, `${site.hosts[0] ?? 'generic'}: ${sel}`).not.toMatch(/aria-label|aria-placeholder|title|placeholder|alt=/i);
      }
    }
  });

  it('ignores a trailing dot and case in the host name', () => {
    expect(siteFor('Mail.Google.com.').hosts).toContain('mail.google.com');
    expect(siteFor('mail.google.com.evil.example')).toBe(GENERIC_SITE);
  });
});

describe('Gmail', () => {
  const gmail = siteFor('mail.google.com');

  it('finds the body by g_editable whatever its label says', () => {
    document.body.innerHTML = '<div g_editable="true" contenteditable="true" role="textbox" aria-label="Nachrichtentext"></div>';
    expect(matchBodySelector(document.body.firstElementChild!, gmail)).toBe(0);
  });

  it('leaves out the quoted reply with its attribution, and the signature', () => {
    const html =
      '<div dir="ltr">I am sorry I lied to you about the money.</div><br>' +
      `<div><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">Sam - ${FLAGGY}</div></div>` +
      '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">Am Mo., 3. März 2026 um 10:02 Uhr schrieb Ann:<br></div>' +
      `<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex">${FLAGGY} you lied</blockquote></div>`;
    expect(ownWords(html, gmail)).toBe('I am sorry I lied to you about the money.');
  });

  it('leaves out a forwarded message', () => {
    const html =
      '<div dir="ltr">Please read what I wrote back then.</div>' +
      '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: Ann</div>' +
      `<div>${FLAGGY}</div></div>`;
    expect(ownWords(html, gmail)).toBe('Please read what I wrote back then.');
  });

  it('keeps words in ordinary blocks, whatever their classes', () => {
    expect(ownWords(`<div class="gmail_default">I was wrong, ${FLAGGY} is what I used to say.</div>`, gmail)).toBe(
      `I was wrong, ${FLAGGY} is what I used to say.`,
    );
  });
});

describe('Outlook on the web', () => {
  const outlook = siteFor('outlook.office.com');

  it('finds the body by role and editability, not by its localised label', () => {
    document.body.innerHTML = '<div role="textbox" contenteditable="true" aria-label="Cuerpo del mensaje"></div>';
    expect(matchBodySelector(document.body.firstElementChild!, outlook)).toBe(0);
  });

  it('leaves out the signature and everything from the reply header on', () => {
    const html =
      '<div>Es tut mir leid, dass ich dich belogen habe.</div>' +
      `<div id="Signature"><div>Sam - ${FLAGGY}</div></div>` +
      '<div id="appendonsend"></div><hr style="display:inline-block;width:98%">' +
      '<div id="divRplyFwdMsg" dir="ltr"><b>Von:</b> Ann<br><b>Gesendet:</b> Montag</div>' +
      `<div>${FLAGGY} you lied</div><div>more of the old thread</div>`;
    expect(ownWords(html, outlook)).toBe('Es tut mir leid, dass ich dich belogen habe.');
  });

  it('leaves out the quoted message of the newer Outlook (reference-message container)', () => {
    const html =
      '<div>Lo siento, te mentí.</div>' +
      `<div id="mail-editor-reference-message-container"><div><b>De:</b> Ann</div><div>${FLAGGY}</div></div>`;
    expect(ownWords(html, outlook)).toBe('Lo siento, te mentí.');
  });

  it('keeps what the person wrote when there is no reply header', () => {
    expect(ownWords(`<div>I was wrong.</div><div>${FLAGGY} is how I used to answer.</div>`, outlook)).toBe(
      `I was wrong. ${FLAGGY} is how I used to answer.`,
    );
  });

  it('never coaches the recipient picker', () => {
    document.body.innerHTML = '<div class="ms-BasePicker"><div class="ms-BasePicker-text"><div id="to" contenteditable="true" role="textbox"></div></div></div>';
    expect(isEligibleField(document.getElementById('to')!, outlook)).toBe(false);
  });
});

describe('Yahoo Mail', () => {
  const yahoo = siteFor('mail.yahoo.com');

  it('finds the body in #editor-container', () => {
    document.body.innerHTML = '<div id="editor-container"><div id="b" contenteditable="true" data-test-id="rte"></div></div>';
    expect(matchBodySelector(document.getElementById('b')!, yahoo)).toBe(0);
  });

  it('leaves out the quoted message (also with Yahoo\'s prefixed classes) and the signature', () => {
    const html =
      '<div>I am sorry I broke your trust.</div>' +
      `<div class="signature">Sam - ${FLAGGY}</div>` +
      `<div id="ydp3f2yahoo_quoted_1" class="ydp3f2yahoo_quoted"><div>On Monday, Ann wrote:</div><div>${FLAGGY}</div></div>`;
    expect(ownWords(html, yahoo)).toBe('I am sorry I broke your trust.');
  });

  it('keeps a block whose class merely contains "quote"', () => {
    expect(ownWords('<div class="quoteOfTheDay">I was wrong.</div>', yahoo)).toBe('I was wrong.');
  });
});

describe('Proton, AOL, Fastmail, iCloud', () => {
  it('Proton: leaves out its quote and signature block', () => {
    const html =
      '<div>I lied to you.</div>' +
      `<div class="protonmail_signature_block"><div class="protonmail_signature_block-user">${FLAGGY}</div></div>` +
      `<div class="protonmail_quote">‐‐‐‐‐‐‐ Original Message ‐‐‐‐‐‐‐<br><blockquote class="protonmail_quote">${FLAGGY}</blockquote></div>`;
    expect(ownWords(html, siteFor('mail.proton.me'))).toBe('I lied to you.');
  });

  it('AOL: leaves out the "-----Original Message-----" part and the clear:both signature', () => {
    const html =
      '<div>I am sorry for the things I said.</div>' +
      `<div style="clear:both">Sam - ${FLAGGY}</div><br>` +
      `<div>-----Original Message-----<br>From: Ann<br>${FLAGGY}</div>`;
    expect(ownWords(html, siteFor('mail.aol.com'))).toBe('I am sorry for the things I said.');
  });

  it('Fastmail and iCloud: leave out a cited blockquote and its attribution, and a "-- " signature', () => {
    for (const host of ['app.fastmail.com', 'www.icloud.com']) {
      const html =
        '<div>I was wrong to shout at you.</div><div>-- </div><div>Sam, ' + FLAGGY + '</div>';
      expect(ownWords(html, siteFor(host)), host).toBe('I was wrong to shout at you.');
      const quoted =
        '<div>I was wrong to shout at you.</div><div>On 3 Mar 2026, at 10:02, Ann wrote:</div><br>' +
        `<blockquote type="cite"><div>${FLAGGY}</div></blockquote>`;
      expect(ownWords(quoted, siteFor(host)), host).toBe('I was wrong to shout at you.');
    }
  });
});

describe('what each client\'s masks leave alone', () => {
  const own = `I was wrong, and ${FLAGGY} is what I used to say.`;
  it('Proton: blocks that are not its quote or signature', () => {
    expect(ownWords(`<div class="protonmail_body">${own}</div>`, siteFor('mail.proton.me'))).toBe(own);
  });
  it('AOL: other inline styles, and a "-----" line that is no header', () => {
    expect(ownWords(`<div style="clear:left">${own}</div><div>-----</div><div>More.</div>`, siteFor('mail.aol.com'))).toBe(`${own} ----- More.`);
  });
  it('Fastmail and iCloud: a line ending in ":" that no quote follows', () => {
    for (const host of ['app.fastmail.com', 'www.icloud.com']) {
      expect(ownWords(`<div>What I did:</div><div>${own}</div>`, siteFor(host)), host).toBe(`What I did: ${own}`);
    }
  });
  it('Roundcube and Thunderbird markup: blocks near the signature that are not it', () => {
    expect(ownWords(`<div id="_rc_sig_note">${own}</div><div class="moz-text-flowed">${own}</div>`, GENERIC_SITE)).toBe(`${own} ${own}`);
  });
  it('chat sites: a ">" inside a message', () => {
    expect(ownWords('<p>My pride &gt; your feelings, back then. I am sorry.</p>', siteFor('app.slack.com'))).toBe('My pride > your feelings, back then. I am sorry.');
  });
});

describe('any other site (generic masks, for opt-in and self-hosted clients)', () => {
  it('Roundcube: leaves out #_rc_sig and a cited blockquote', () => {
    const html = `<p>I am sorry.</p><div id="_rc_sig">Sam - ${FLAGGY}</div><blockquote type="cite">${FLAGGY}</blockquote>`;
    expect(ownWords(html, siteFor('webmail.example.org'))).toBe('I am sorry.');
  });

  it('Thunderbird markup: leaves out the cite prefix and the signature', () => {
    const html = `<p>I am sorry.</p><div class="moz-cite-prefix">Ann wrote:</div><div class="moz-signature">${FLAGGY}</div>`;
    expect(ownWords(html, GENERIC_SITE)).toBe('I am sorry.');
  });

  it('keeps everything when nothing marks it as quoted or signed', () => {
    expect(ownWords(`<p>I am sorry.</p><p>${FLAGGY} - that is what I said, and it was wrong.</p>`, GENERIC_SITE)).toBe(
      `I am sorry. ${FLAGGY} - that is what I said, and it was wrong.`,
    );
  });

  it('never coaches a field inside a search landmark', () => {
    document.body.innerHTML = '<form role="search"><div id="s" contenteditable="true"></div></form><div id="m" contenteditable="true"></div>';
    expect(isSkippedField(document.getElementById('s')!, GENERIC_SITE)).toBe(true);
    expect(isEligibleField(document.getElementById('s')!, GENERIC_SITE)).toBe(false);
    expect(isEligibleField(document.getElementById('m')!, GENERIC_SITE)).toBe(true);
  });
});

describe('chat sites coach only their message box', () => {
  it('WhatsApp: the footer\'s Lexical editor, not the chat-list search', () => {
    const site = siteFor('web.whatsapp.com');
    document.body.innerHTML =
      '<div id="side"><div id="search" contenteditable="true" data-lexical-editor="true" role="textbox"></div></div>' +
      '<div id="main"><footer><div id="box" contenteditable="true" data-lexical-editor="true" role="textbox"><p><span data-lexical-text="true">hi</span></p></div></footer></div>';
    expect(isEligibleField(document.getElementById('search')!, site)).toBe(false);
    expect(coachFieldFor(document.querySelector('#box span')!, site)).toBe(document.getElementById('box'));
  });

  it('Slack: the message input, not the search box', () => {
    const site = siteFor('app.slack.com');
    document.body.innerHTML =
      '<div data-qa="focusable_search_input"><div id="s" class="ql-editor" contenteditable="true"></div></div>' +
      '<div data-qa="message_input"><div id="m" class="ql-editor" contenteditable="true"></div></div>';
    expect(isEligibleField(document.getElementById('s')!, site)).toBe(false);
    expect(isEligibleField(document.getElementById('m')!, site)).toBe(true);
  });

  it('Discord: Slate message boxes only', () => {
    const site = siteFor('discord.com');
    document.body.innerHTML =
      '<div id="m" contenteditable="true" data-slate-editor="true" role="textbox"></div><div id="s" contenteditable="true" class="public-DraftEditor-content"></div>';
    expect(isEligibleField(document.getElementById('m')!, site)).toBe(true);
    expect(isEligibleField(document.getElementById('s')!, site)).toBe(false);
  });

  it('Slack and Discord: a "> " quote in the message is not the person\'s words', () => {
    expect(ownWords(`<p>&gt; ${FLAGGY}</p><p>I hear you, and I am sorry.</p>`, siteFor('discord.com'))).toBe('I hear you, and I am sorry.');
  });
});
