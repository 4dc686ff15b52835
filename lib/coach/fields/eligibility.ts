import { isSkippedField, matchBodySelector, type SiteAdapter } from '../sites';

/**
 * Which elements the coach may sit beside. Only places where someone writes a message:
 * a <textarea> or a multi-line rich-text editing host. Never an <input> (passwords,
 * e-mail addresses, search boxes and every other one-line field are inputs), never a
 * contenteditable that plays a search box, combo box or one-line field.
 */
export type CoachField = HTMLTextAreaElement | HTMLElement;

const NON_MESSAGE_ROLES = new Set(['combobox', 'searchbox', 'spinbutton', 'listbox', 'option']);

/** The editing host a node belongs to (the outermost contenteditable), or null. */
export function editingHostOf(node: Node | null): HTMLElement | null {
  let el: Element | null = node && node.nodeType === 1 ? (node as Element) : (node?.parentElement ?? null);
  if (!el || !isEditable(el)) return null;
  let host = el as HTMLElement;
  // In a designMode document every element is editable; the body is the field.
  while (host.parentElement && host.parentElement !== el.ownerDocument.documentElement && isEditable(host.parentElement)) {
    host = host.parentElement;
  }
  return host;
}

function isEditable(el: Element): boolean {
  const flag = (el as HTMLElement).isContentEditable;
  if (typeof flag === 'boolean') return flag;
  // Engines without isContentEditable (some test DOMs): read the attribute chain.
  for (let at: Element | null = el; at; at = at.parentElement) {
    const value = at.getAttribute('contenteditable');
    if (value === '' || value === 'true' || value === 'plaintext-only') return true;
    if (value === 'false') return false;
  }
  return el.ownerDocument.designMode === 'on';
}

/** True when the document as a whole is being edited (designMode iframes). */
function inDesignMode(el: Element): boolean {
  return el.ownerDocument.designMode === 'on' && el === el.ownerDocument.body;
}

function isTextarea(el: Element): el is HTMLTextAreaElement {
  return el.localName === 'textarea';
}

/**
 * Given the element an event came from (already resolved through open shadow roots),
 * returns the field the coach would attach to, or null when it is not a message field.
 */
export function coachFieldFor(target: Element, site: SiteAdapter): CoachField | null {
  if (isTextarea(target)) return isEligibleField(target, site) ? target : null;
  if (target.localName === 'input') return null;
  const host = inDesignMode(target) ? (target as HTMLElement) : editingHostOf(target);
  if (!host) return null;
  return isEligibleField(host, site) ? host : null;
}

/** Whether an element is a field the coach may sit beside. */
export function isEligibleField(el: Element, site: SiteAdapter): boolean {
  if (el.localName === 'input') return false;
  if (isTextarea(el)) {
    if (el.disabled || el.readOnly) return false;
    // A one-row textarea that cannot grow is used as a single-line box (e.g. a search bar).
    if (el.rows === 1 && el.getAttribute('aria-multiline') === 'false') return false;
  } else if (!isEditable(el) && !inDesignMode(el)) {
    return false;
  }
  const role = el.getAttribute('role');
  if (role && NON_MESSAGE_ROLES.has(role)) return false;
  if (el.getAttribute('aria-multiline') === 'false') return false;
  if (el.getAttribute('aria-readonly') === 'true' || el.getAttribute('aria-disabled') === 'true') return false;
  // A field that itself declares a search or address purpose.
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  if (type === 'search' || type === 'email' || type === 'password') return false;
  const autocomplete = (el.getAttribute('autocomplete') ?? '').toLowerCase();
  if (/\b(email|username|current-password|new-password|one-time-code)\b/.test(autocomplete)) return false;

  // Search boxes and recipient pickers some sites build from contenteditable.
  if (isSkippedField(el, site)) return false;
  if (site.bodySelectors.length > 0 && matchBodySelector(el, site) < 0 && site.otherFields === 'ignore') {
    return false;
  }
  return true;
}
