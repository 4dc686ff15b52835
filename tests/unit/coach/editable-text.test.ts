import { describe, expect, it } from 'vitest';
import {
  boundaryAt,
  extractEditableText,
  offsetOfPosition,
  rangeForSpan,
} from '../../../lib/coach/fields/editable-text';

const NO_MASK = { mask: [], maskFrom: [] };

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div id="ed" contenteditable="true">${html}</div>`;
  return document.getElementById('ed')!;
}

describe('extractEditableText', () => {
  it('turns paragraphs into lines, like a reader sees them', () => {
    const snap = extractEditableText(editor('<p>I was wrong.</p><p>I am sorry.</p>'), NO_MASK);
    expect(snap.text).toBe('I was wrong.\nI am sorry.');
    expect(snap.analysisText).toBe(snap.text);
  });

  it('turns <br> into a line break and keeps an empty paragraph as a blank line', () => {
    expect(extractEditableText(editor('Dear Sam,<br>I lied.'), NO_MASK).text).toBe('Dear Sam,\nI lied.');
    expect(extractEditableText(editor('<p>a</p><p><br></p><p>b</p>'), NO_MASK).text).toBe('a\n\nb');
    // A trailing <br> the browser keeps in a block adds no extra line.
    expect(extractEditableText(editor('<div>a<br></div><div>b</div>'), NO_MASK).text).toBe('a\nb');
  });

  it('joins nested inline formatting without breaks', () => {
    const snap = extractEditableText(editor('<p>I <b>was <i>so</i></b> wrong</p>'), NO_MASK);
    expect(snap.text).toBe('I was so wrong');
    expect(snap.segments.map((s) => s.node.data)).toEqual(['I ', 'was ', 'so', ' wrong']);
  });

  it('skips source-formatting whitespace between blocks', () => {
    const snap = extractEditableText(editor('\n  <p>one</p>\n  <p>two</p>\n'), NO_MASK);
    expect(snap.text).toBe('one\ntwo');
  });

  it('masks a quoted reply with same-length spaces, keeping offsets true', () => {
    const root = editor('<p>I am sorry I lied.</p><blockquote><p>you always lie</p></blockquote><p>Love, A</p>');
    const snap = extractEditableText(root, { mask: ['blockquote'], maskFrom: [] });
    expect(snap.text).toBe('I am sorry I lied.\nyou always lie\nLove, A');
    expect(snap.analysisText).toHaveLength(snap.text.length);
    expect(snap.analysisText).toBe('I am sorry I lied.\n' + ' '.repeat('you always lie'.length) + '\nLove, A');
    const love = snap.text.indexOf('Love');
    expect(snap.analysisText.slice(love, love + 4)).toBe('Love');
  });

  it('masks everything from a forward/reply header to the end', () => {
    const root = editor('<p>Mine.</p><div id="divRplyFwdMsg">From: B</div><p>old text</p>');
    const snap = extractEditableText(root, { mask: [], maskFrom: ['#divRplyFwdMsg'] });
    expect(snap.analysisText.trimEnd()).toBe('Mine.');
    expect(snap.analysisText).toHaveLength(snap.text.length);
  });

  it('ignores a selector the engine cannot parse instead of failing', () => {
    const snap = extractEditableText(editor('<p>hi</p><blockquote>q</blockquote>'), { mask: ['::nope(', 'blockquote'], maskFrom: [] });
    expect(snap.analysisText).toBe('hi\n ');
  });
});

describe('mapping offsets back to the DOM', () => {
  it('builds a Range over exactly the flagged words, across inline elements', () => {
    const root = editor('<p>I am sorry, <b>but you</b> made me.</p>');
    const snap = extractEditableText(root, NO_MASK);
    const start = snap.text.indexOf('but');
    const end = snap.text.indexOf('made me') + 'made me'.length;
    const range = rangeForSpan(snap, start, end, document)!;
    expect(range.toString()).toBe('but you made me');
  });

  it('never starts or ends a range on a synthetic line break', () => {
    const root = editor('<p>one</p><p>two</p>');
    const snap = extractEditableText(root, NO_MASK);
    // [3, 8) = "\ntwo": the range starts at the beginning of "two".
    expect(rangeForSpan(snap, 3, 7, document)!.toString()).toBe('two');
    expect(boundaryAt(snap, 3, 'end')).toEqual({ node: snap.segments[0]!.node, offset: 3 });
    expect(boundaryAt(snap, 3, 'start')).toEqual({ node: snap.segments[1]!.node, offset: 0 });
  });

  it('maps a caret position back to the text offset', () => {
    const root = editor('<p>one</p><p>t<i>w</i>o</p>');
    const snap = extractEditableText(root, NO_MASK);
    const w = root.querySelector('i')!.firstChild!;
    expect(offsetOfPosition(snap, w, 1)).toBe(snap.text.indexOf('w') + 1);
    // An element position (between children) maps to the next text.
    const secondP = root.querySelectorAll('p')[1]!;
    expect(offsetOfPosition(snap, secondP, 0)).toBe(4);
    expect(offsetOfPosition(snap, root, root.childNodes.length)).toBe(snap.text.length);
  });

  it('returns null for a span whose nodes the editor replaced', () => {
    const root = editor('<p>I was wrong</p>');
    const snap = extractEditableText(root, NO_MASK);
    root.innerHTML = '<p>I was wrong</p>';
    expect(rangeForSpan(snap, 2, 5, document)).toBeNull();
  });
});
