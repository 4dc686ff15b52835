/**
 * Site adapters as data: one entry per host. The coach asks `siteFor(hostname)` which
 * editables are message bodies and which parts of a body are not the person's own words
 * (quoted replies, forwarded text, signatures). Those parts stay in the text but are masked
 * with same-length spaces before analysis, so every offset still points into the draft.
 *
 * Selectors never rely on English-only labels: Gmail and Outlook localise `aria-label`.
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
}

/** Quoted replies and signatures in the formats most mail clients write. */
const COMMON_MASK = [
  'blockquote',
  '.gmail_quote',
  '.gmail_signature',
  '[data-smartmail="gmail_signature"]',
  '.moz-cite-prefix',
  '.moz-signature',
  '.yahoo_quoted',
  '.protonmail_quote',
  '.protonmail_signature_block',
];

export const GENERIC_SITE: SiteAdapter = {
  hosts: [],
  bodySelectors: [],
  otherFields: 'generic',
  mask: COMMON_MASK,
  maskFrom: [],
};

/**
 * Known hosts. Issue 5 fills in the entries beyond Gmail and Outlook; until then those
 * hosts use the generic behaviour (any multi-line editable, common quote/signature masks).
 */
export const SITES: SiteAdapter[] = [
  {
    hosts: ['mail.google.com'],
    // g_editable is Gmail's own marker for the compose body; .editable is the older class.
    bodySelectors: ['[g_editable="true"]', 'div.editable[contenteditable="true"]'],
    otherFields: 'generic',
    mask: [...COMMON_MASK, '.gmail_attr', '[class*="gmail_signature"]', '[class*="gmail_quote"]'],
    maskFrom: [],
  },
  {
    hosts: ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com'],
    bodySelectors: ['div[role="textbox"][contenteditable="true"]', '[contenteditable="true"]'],
    otherFields: 'generic',
    mask: [...COMMON_MASK, '#Signature', '#signature', '[id^="Signature"]'],
    // Outlook puts the reply header (#divRplyFwdMsg) first, then the quoted message after it.
    maskFrom: ['#divRplyFwdMsg', '#appendonsend'],
  },
];

/** The adapter for a host name; the generic one when the host has no entry. */
export function siteFor(hostname: string, sites: readonly SiteAdapter[] = SITES): SiteAdapter {
  const host = hostname.toLowerCase();
  return sites.find((site) => site.hosts.includes(host)) ?? GENERIC_SITE;
}

/** Index of the first body selector the field matches, or -1. */
export function matchBodySelector(field: Element, site: SiteAdapter): number {
  for (let i = 0; i < site.bodySelectors.length; i++) {
    try {
      if (field.matches(site.bodySelectors[i]!)) return i;
    } catch {
      // A bad selector in the table must not stop the coach on the other candidates.
    }
  }
  return -1;
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
