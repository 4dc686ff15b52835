/**
 * Site adapters as data: one entry per service, listing its hosts. The coach asks
 * `siteFor(hostname)` which editables are message bodies and which parts of a body are not
 * the person's own words (quoted replies, forwarded text, signatures). Those parts stay in
 * the text but are masked with same-length spaces before analysis, so every offset still
 * points into the draft. On every site the plain-text conventions of lib/coach/masks
 * ("> " lines, an attribution line before them, "-- " signatures, forward headers) apply too.
 *
 * Selectors use structure only (classes, ids, data attributes, roles): never label text,
 * which Gmail and Outlook localise. Where a selector comes from someone else's public code
 * the comment says whose; the rest are the clients' documented or widely seen markup.
 */
export interface SiteAdapter {
  /** Exact host names this entry serves. */
  hosts: string[];
  /**
   * Ordered body-selector candidates, tried in turn against an editable field. Never join
   * them into one comma-separated selector: the order says which is preferred.
   */
  bodySelectors: string[];
  /**
   * What to do with an editable that matches none of `bodySelectors`: 'generic' coaches it
   * like any other field (chat boxes, comment fields); 'ignore' leaves it alone.
   */
  otherFields: 'generic' | 'ignore';
  /** Elements whose text is left out of the analysis (each with everything inside it). */
  mask: string[];
  /** Elements from which everything to the end of the body is left out (forward headers). */
  maskFrom: string[];
  /**
   * Fields that are never a message, even when editable: search boxes and recipient pickers
   * built from contenteditable. A field inside (or matching) one of these is not coached.
   */
  skip?: string[];
}

/**
 * Quoted replies, forwards and signatures in the HTML most mail clients write, so a reply
 * pasted or quoted from another client is recognised anywhere.
 */
const COMMON_MASK = [
  // Apple Mail, Thunderbird, Roundcube, iCloud and most others quote in a blockquote.
  'blockquote',
  // Gmail (also in replies to Gmail users from other clients). gmail_quote_container is the
  // newer wrapper (seen with gmail_quote in public quote-stripping code).
  '[class*="gmail_quote"]',
  '.gmail_attr',
  '[class*="gmail_signature"]',
  '[data-smartmail="gmail_signature"]',
  // Thunderbird: the "On … wrote:" line, the signature and an inline forward.
  '.moz-cite-prefix',
  '.moz-signature',
  '.moz-forward-container',
  // Yahoo prefixes its classes when it re-renders a message ("ydp1a2b3cyahoo_quoted").
  '[class*="yahoo_quoted"]',
  // Proton (class names from the Proton web client's own source).
  '.protonmail_quote',
  '.protonmail_signature_block',
  // Roundcube's signature block and its HTML quotes.
  '#_rc_sig',
  'blockquote[type="cite"]',
  // Zoho (from LanguageTool's site table); Zimbra marks both with data-marker (same table).
  '.zmail_extra',
  '[id^="Zm-_Id_-Sgn"]',
  '[data-marker*="_SIG_"]',
  '[data-marker*="_QUOTED_"]',
  // Editors that tag their signature block with a data attribute (unverified per client).
  'div[data-signature]',
];

/**
 * Outlook's reply and forward header, after which the original message follows
 * (#appendonsend and #divRplyFwdMsg as Outlook writes them in sent mail; "x_"-prefixed once
 * re-rendered; the reference-message container of the newer Outlook, seen in public
 * quote-stripping code).
 */
const OUTLOOK_MASK_FROM = ['#divRplyFwdMsg', '[id$="_divRplyFwdMsg"]', '#appendonsend', '#mail-editor-reference-message-container'];

/**
 * Never coached anywhere: anything in a search landmark (role or the HTML <search>
 * element), whatever it is built from.
 */
const COMMON_SKIP = ['[role="search"]', 'search', 'form[role="search"]'];

export const GENERIC_SITE: SiteAdapter = {
  hosts: [],
  bodySelectors: [],
  otherFields: 'generic',
  mask: COMMON_MASK,
  // A forwarded Outlook message pasted into any client still carries its header.
  maskFrom: OUTLOOK_MASK_FROM,
  skip: COMMON_SKIP,
};

/** One entry per service. Hosts not listed use GENERIC_SITE (opt-in sites). */
export const SITES: SiteAdapter[] = [
  {
    hosts: ['mail.google.com'],
    // g_editable is Gmail's own marker for editable message bodies (InboxSDK looks for
    // `.Ap [g_editable=true]`); .editable is the older class (LanguageTool's Gmail tweak).
    bodySelectors: ['div[g_editable="true"]', '[g_editable="true"]', 'div.editable[contenteditable="true"]'],
    // Gmail's chat panel is g_editable too, and a message like any other: coach it.
    otherFields: 'generic',
    mask: [...COMMON_MASK],
    maskFrom: OUTLOOK_MASK_FROM,
    skip: COMMON_SKIP,
  },
  {
    hosts: ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com'],
    // The body is a role=textbox editing host; its aria-label is localised ("Nachrichtentext",
    // "Cuerpo del mensaje"), so it is never matched on.
    bodySelectors: ['div[role="textbox"][contenteditable="true"]', '[contenteditable="true"][aria-multiline="true"]', 'div[contenteditable="true"]'],
    otherFields: 'generic',
    mask: [...COMMON_MASK, '#Signature', '#signature', '[id^="Signature"]', '[id$="_Signature"]'],
    // Outlook puts #appendonsend, a rule and #divRplyFwdMsg (From/Sent/To/Subject), then the
    // quoted message as siblings after it: from there on, nothing is the person's.
    maskFrom: OUTLOOK_MASK_FROM,
    // Recipient wells are Fluent UI pickers (`.ms-BasePicker`, as LanguageTool reads them).
    skip: [...COMMON_SKIP, '.ms-BasePicker'],
  },
  {
    hosts: ['mail.yahoo.com'],
    // The compose body sits in #editor-container (LanguageTool's Yahoo tweak); Yahoo's test
    // ids mark its rich-text editor "rte" (unverified: kept as a later candidate).
    bodySelectors: ['#editor-container > [contenteditable="true"]', '[data-test-id="rte"]', '[data-test-id="rte"] [contenteditable="true"]'],
    otherFields: 'generic',
    // Yahoo's signature block carries "signature" in its class (LanguageTool's Yahoo tweak).
    mask: [...COMMON_MASK, '[class*="signature"]'],
    maskFrom: OUTLOOK_MASK_FROM,
    skip: COMMON_SKIP,
  },
  {
    hosts: ['mail.proton.me'],
    // Proton's composer body sits in an iframe the coach reaches from the top frame; the
    // editor id is unverified, so any editable is a candidate after it.
    bodySelectors: ['#rooster-editor', '[contenteditable="true"]'],
    otherFields: 'generic',
    mask: [...COMMON_MASK, '[class*="protonmail_signature"]'],
    maskFrom: OUTLOOK_MASK_FROM,
    skip: COMMON_SKIP,
  },
  {
    hosts: ['app.fastmail.com'],
    // Fastmail writes with Squire: a contenteditable; quotes are blockquotes (COMMON_MASK),
    // signatures follow "-- " (line masks).
    bodySelectors: ['[contenteditable="true"]'],
    otherFields: 'generic',
    mask: [...COMMON_MASK],
    maskFrom: OUTLOOK_MASK_FROM,
    skip: COMMON_SKIP,
  },
  {
    hosts: ['www.icloud.com'],
    // iCloud Mail quotes with blockquote type=cite, as Apple Mail does.
    bodySelectors: ['[contenteditable="true"]'],
    otherFields: 'generic',
    mask: [...COMMON_MASK],
    maskFrom: OUTLOOK_MASK_FROM,
    skip: COMMON_SKIP,
  },
  {
    hosts: ['mail.aol.com'],
    // The compose body is .contentEditDiv (LanguageTool's AOL tweak); its signature block has
    // style "clear:both"; its "-----Original Message-----" header is caught by the line masks.
    bodySelectors: ['.contentEditDiv[contenteditable="true"]', '[contenteditable="true"]'],
    otherFields: 'generic',
    mask: [...COMMON_MASK, '[style="clear:both"]', '[class*="signature"]'],
    maskFrom: OUTLOOK_MASK_FROM,
    skip: COMMON_SKIP,
  },
  {
    hosts: ['web.whatsapp.com'],
    // The message box is the Lexical editor in the conversation's footer (#main footer, as
    // public WhatsApp tooling finds it); the chat-list search is a Lexical editor too, so
    // only the footer's is coached.
    bodySelectors: [
      '#main footer [data-lexical-editor="true"]',
      '#main footer [contenteditable="true"]',
      'footer [data-lexical-editor="true"]',
      '[data-testid="conversation-compose-box-input"]',
    ],
    otherFields: 'ignore',
    mask: [...COMMON_MASK],
    maskFrom: [],
    skip: COMMON_SKIP,
  },
  {
    hosts: ['www.messenger.com'],
    // Meta's composers are Lexical editors (as WhatsApp's is; unverified for Messenger, hence
    // the role=textbox candidate after it).
    bodySelectors: ['[data-lexical-editor="true"]', 'div[role="textbox"][contenteditable="true"]'],
    otherFields: 'ignore',
    mask: [...COMMON_MASK],
    maskFrom: [],
    skip: COMMON_SKIP,
  },
  {
    hosts: ['discord.com'],
    // Discord's message box is a Slate editor; its search bar is a different editor, never
    // a Slate one.
    bodySelectors: ['[data-slate-editor="true"]'],
    otherFields: 'ignore',
    mask: [...COMMON_MASK],
    maskFrom: [],
    skip: COMMON_SKIP,
  },
  {
    hosts: ['app.slack.com'],
    // Slack's composer is a Quill editor under [data-qa="message_input"]; its search box is
    // a Quill editor too, under [data-qa="focusable_search_input"] (both from LanguageTool's
    // Slack tweak), so that one is skipped.
    bodySelectors: ['[data-qa="message_input"] .ql-editor', '[data-qa="message_input"] [contenteditable="true"]', '.ql-editor'],
    otherFields: 'ignore',
    mask: [...COMMON_MASK],
    maskFrom: [],
    skip: [...COMMON_SKIP, '[data-qa="focusable_search_input"]'],
  },
  {
    hosts: ['www.linkedin.com'],
    // LinkedIn messaging: the message form's contenteditable, in the page and in the overlay.
    bodySelectors: ['.msg-form__contenteditable[contenteditable="true"]', '.msg-form__contenteditable', '[class*="msg-form"] [contenteditable="true"]'],
    otherFields: 'ignore',
    mask: [...COMMON_MASK],
    maskFrom: [],
    skip: COMMON_SKIP,
  },
  {
    hosts: ['messages.google.com'],
    // Google Messages for web writes in a textarea in its compose bar (element name
    // unverified; any textarea is the fallback, inputs are never coached anyway).
    bodySelectors: ['mws-message-compose textarea', 'textarea'],
    otherFields: 'generic',
    mask: [...COMMON_MASK],
    maskFrom: [],
    skip: COMMON_SKIP,
  },
];

/** The adapter for a host name; the generic one when the host has no entry. */
export function siteFor(hostname: string, sites: readonly SiteAdapter[] = SITES): SiteAdapter {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return sites.find((site) => site.hosts.includes(host)) ?? GENERIC_SITE;
}

function matches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    // A bad selector in the table must not stop the coach on the other candidates.
    return false;
  }
}

/** Index of the first body selector the field matches, or -1. */
export function matchBodySelector(field: Element, site: SiteAdapter): number {
  for (let i = 0; i < site.bodySelectors.length; i++) {
    if (matches(field, site.bodySelectors[i]!)) return i;
  }
  return -1;
}

/** True when the field is (or sits inside) something the site says is never a message. */
export function isSkippedField(field: Element, site: SiteAdapter): boolean {
  for (const selector of site.skip ?? []) {
    let hit: Element | null = null;
    try {
      hit = field.closest(selector);
    } catch {
      hit = null;
    }
    if (hit) return true;
  }
  return false;
}

/** The webmail and messaging hosts the coach runs on out of the box (issue 5's list). */
export const BUILT_IN_HOSTS = [
  'mail.google.com',
  'outlook.live.com',
  'outlook.office.com',
  'outlook.office365.com',
  'mail.yahoo.com',
  'mail.proton.me',
  'app.fastmail.com',
  'www.icloud.com',
  'mail.aol.com',
  'web.whatsapp.com',
  'www.messenger.com',
  'discord.com',
  'app.slack.com',
  'www.linkedin.com',
  'messages.google.com',
] as const;

/** Manifest match patterns for the built-in hosts. */
export const BUILT_IN_MATCHES = BUILT_IN_HOSTS.map((host) => `https://${host}/*`);
