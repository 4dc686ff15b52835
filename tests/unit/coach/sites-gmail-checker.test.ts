/**
 * Gmail's own spelling and grammar checker works inside the compose body: it wraps the words
 * it flags in marker elements ([aria-invalid="spelling"|"grammar"], classes like "ng Lm"
 * that draw its squiggle) and re-renders them as it re-checks. The coach must read the same
 * text through those markers, and must not keep underlines whose text nodes were moved.
 */
import { describe, expect, it } from 'vitest';
import { paintedSpan, paintStillHolds } from '../../../lib/coach/fields/anchors';
import { extractEditableText, offsetOfPosition, rangeForSpan } from '../../../lib/coach/fields/editable-text';
import { siteFor } from '../../../lib/coach/sites';

const gmail = siteFor('mail.google.com');
const DRAFT = "I'm sorry if you were hurt, but I was under a lot of stress. Mistakes were made.";

function body(html: string): HTMLElement {
  document.body.innerHTML = `<div id="ed" g_editable="true" contenteditable="true" role="textbox">${html}</div>`;
  return document.getElementById('ed')!;
}

/** What Gmail's checker does to a word: wrap it in its marker span. */
function wrapWord(root: HTMLElement, word: string, kind: 'spelling' | 'grammar'): HTMLElement {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(word);
    if (at < 0) continue;
    const middle = node.splitText(at);
    middle.splitText(word.length);
    const marker = document.createElement('span');
    marker.className = kind === 'spelling' ? 'ng Lm' : 'ng LI';
    marker.setAttribute('aria-invalid', kind);
    middle.replaceWith(marker);
    marker.append(middle);
    return marker;
  }
  throw new Error(`no "${word}" in the body`);
}

describe("Gmail's own checker markers", () => {
  it('leave the extracted text and the masks exactly as without them', () => {
    const html = `<div>${DRAFT}</div><div class="gmail_quote"><blockquote class="gmail_quote">sorry if you were offended, but</blockquote></div>`;
    const plain = extractEditableText(body(html), gmail);
    const root = body(html);
    wrapWord(root, 'Mistakes', 'grammar');
    wrapWord(root, 'stress', 'spelling');
    wrapWord(root, 'offended', 'spelling');
    const marked = extractEditableText(root, gmail);
    expect(marked.text).toBe(plain.text);
    expect(marked.analysisText).toBe(plain.analysisText);
    expect(marked.analysisText).not.toContain('offended');
  });

  it('do not split a phrase when a marker carries a zero-width placeholder', () => {
    const root = body(`<div>${DRAFT}</div>`);
    const marker = wrapWord(root, 'Mistakes', 'grammar');
    marker.append('\u200b');
    marker.before('\ufeff');
    const snap = extractEditableText(root, gmail);
    expect(snap.text).toBe(DRAFT);
    const start = snap.text.indexOf('Mistakes were made');
    const range = rangeForSpan(snap, start, start + 'Mistakes were made'.length, document)!;
    expect(range.toString().replace(/[\u200b\ufeff]/g, '')).toBe('Mistakes were made');
    // A caret after the invisible character maps to the next visible one.
    expect(offsetOfPosition(snap, marker.lastChild!, 1)).toBe(start + 'Mistakes'.length);
  });

  it('make a painted underline re-anchor when they move its text, and then it sits on the same words', () => {
    const root = body(`<div>${DRAFT}</div>`);
    const snap = extractEditableText(root, gmail);
    const start = snap.text.indexOf('Mistakes were made');
    const end = start + 'Mistakes were made'.length;
    const painted = [paintedSpan(rangeForSpan(snap, start, end, document)!)];
    expect(paintStillHolds(painted)).toBe(true);

    // The checker re-renders: the paragraph's text node is replaced by marked-up copies.
    const div = root.firstElementChild!;
    div.innerHTML = DRAFT.replace('Mistakes', '<span class="ng LI" aria-invalid="grammar">Mistakes</span>');
    expect(paintStillHolds(painted)).toBe(false);

    // Reading the field again gives ranges on the same words, through the marker.
    const fresh = extractEditableText(root, gmail);
    expect(fresh.text).toBe(snap.text);
    const again = [paintedSpan(rangeForSpan(fresh, start, end, document)!)];
    expect(again[0]!.words).toBe('Mistakes were made');
    expect(paintStillHolds(again)).toBe(true);
  });

  it('make an underline re-anchor when its range slid onto an element boundary or onto other words', () => {
    // When a browser removes a text node holding a range's start, the start slides to the
    // parent element (DOM spec "live range pre-remove steps"): the range is neither collapsed
    // nor disconnected, but covers whatever is now before its end. happy-dom does not move
    // live ranges, so the slid range is built here as the browser leaves it.
    const root = body("<div>I'm sorry if you were hurt, but <i>I was</i> under a lot of stress.</div>");
    const snap = extractEditableText(root, gmail);
    const start = snap.text.indexOf('but');
    const drawn = paintedSpan(rangeForSpan(snap, start, start + 'but I was'.length, document)!);
    expect(drawn.words).toBe('but I was');

    const div = root.firstElementChild!;
    const slid = document.createRange();
    slid.setStart(div, 0);
    slid.setEnd(div.querySelector('i')!.firstChild!, 5);
    expect(slid.collapsed).toBe(false);
    expect(paintStillHolds([{ range: slid, words: drawn.words }])).toBe(false);

    // Same containers kinds, but other words under it (a re-render shifted the text).
    const shifted = document.createRange();
    const text = div.firstChild as Text;
    shifted.setStart(text, 0);
    shifted.setEnd(text, 9);
    expect(paintStillHolds([{ range: shifted, words: drawn.words }])).toBe(false);
    expect(paintStillHolds([drawn, { range: shifted, words: drawn.words }])).toBe(false);
    expect(paintStillHolds([drawn])).toBe(true);
  });

  it('keep the paint when the person types elsewhere in the draft', () => {
    const root = body(`<div>${DRAFT}</div>`);
    const snap = extractEditableText(root, gmail);
    const start = snap.text.indexOf('but');
    const painted = [paintedSpan(rangeForSpan(snap, start, start + 3, document)!)];
    (root.firstElementChild!.firstChild as Text).appendData(' I see it now.');
    expect(paintStillHolds(painted)).toBe(true);
  });

  it('have no paint to keep when nothing was painted', () => {
    expect(paintStillHolds([])).toBe(false);
  });
});
