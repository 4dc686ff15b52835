import { COACH_CSS } from './styles';

/**
 * The one element the coach adds to a page: `<amends-coach>` with an open shadow root
 * holding every piece of in-page UI. It sits under <html>, outside any editor, so nothing
 * the coach draws can end up in a draft.
 */
export const HOST_TAG = 'amends-coach';

// Inline and !important, so page CSS for an unknown tag cannot move or hide the layer.
const HOST_STYLE =
  'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important;' +
  ' width: 0 !important; height: 0 !important; margin: 0 !important; padding: 0 !important;' +
  ' z-index: 2147483647 !important; display: block !important; pointer-events: none !important;';

export interface CoachHost {
  doc: Document;
  host: HTMLElement;
  root: ShadowRoot;
  /** Underline boxes and textarea mirrors (never interactive). */
  underlay: HTMLElement;
  /** Badges, panels and cards. */
  ui: HTMLElement;
  /** Polite announcements for screen readers. */
  live: HTMLElement;
  announce(message: string): void;
  /** Re-attaches the host if the page removed it or moved it away from <html>. */
  ensureAttached(): void;
  destroy(): void;
}

/** Adopt a constructed sheet; where the engine refuses (older content-script wrappers), use <style>. */
export function adoptStyles(target: ShadowRoot | Document, css: string): () => void {
  // Not `instanceof Document`: an editor iframe's document comes from another realm.
  const isDoc = target.nodeType === 9;
  const doc = isDoc ? (target as Document) : (target as ShadowRoot).ownerDocument;
  const win = doc.defaultView;
  try {
    const Sheet = (win?.CSSStyleSheet ?? CSSStyleSheet) as typeof CSSStyleSheet;
    const sheet = new Sheet();
    sheet.replaceSync(css);
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    if (target.adoptedStyleSheets.includes(sheet)) {
      return () => {
        target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
      };
    }
  } catch {
    // fall through to a <style> element
  }
  const style = doc.createElement('style');
  style.textContent = css;
  const parent = isDoc ? ((target as Document).head ?? (target as Document).documentElement) : target;
  parent.append(style);
  return () => style.remove();
}

export function createCoachHost(doc: Document): CoachHost {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  // The coach speaks English wherever it is: without these it would take the page's language
  // (a screen reader would read it in a German voice, <q> would draw German quotation marks)
  // and the page's direction (`all: initial` leaves direction alone), laying it out
  // right to left on a Hebrew or Arabic page.
  host.setAttribute('lang', 'en');
  host.setAttribute('dir', 'ltr');
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, COACH_CSS);

  const underlay = doc.createElement('div');
  underlay.className = 'layer';
  const ui = doc.createElement('div');
  ui.className = 'layer ui';
  const live = doc.createElement('div');
  live.className = 'sr';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  root.append(underlay, ui, live);

  let clearTimer: ReturnType<typeof setTimeout> | undefined;
  const self: CoachHost = {
    doc,
    host,
    root,
    underlay,
    ui,
    live,
    announce(message) {
      // Clearing first makes a repeated message announce again.
      live.textContent = '';
      clearTimeout(clearTimer);
      clearTimer = setTimeout(() => {
        live.textContent = message;
      }, 50);
    },
    ensureAttached() {
      // Removed, or moved by the page (into a clipping box, or into an editor where the
      // coach's UI would become part of the draft): back under <html>, where it belongs.
      if (host.parentNode !== doc.documentElement) doc.documentElement.append(host);
    },
    destroy() {
      clearTimeout(clearTimer);
      host.remove();
    },
  };
  self.ensureAttached();
  return self;
}
