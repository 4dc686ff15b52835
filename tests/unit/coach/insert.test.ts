import { describe, expect, it, vi } from 'vitest';
import { extractPlainText } from '../../../lib/coach/fields/plain-text';
import { insertIntoEditable, insertIntoTextarea, insertionOffset, landed, textToInsert } from '../../../lib/coach/insert';

const settle = () => Promise.resolve();

/** happy-dom has no execCommand: give the document one the test controls. */
function stubExec(impl: (cmd: string, ui: boolean, value: string) => boolean) {
  const fn = vi.fn(impl);
  Object.defineProperty(document, 'execCommand', { value: fn, configurable: true, writable: true });
  return fn;
}

describe('where a starter goes', () => {
  it('at the caret when it is in the person\'s own words', () => {
    const snap = extractPlainText('I was wrong. More later.');
    expect(insertionOffset(snap, 12)).toBe(12);
  });

  it('after the person\'s last words, never inside a quoted reply', () => {
    const snap = extractPlainText('I was wrong.\n> quoted line');
    expect(insertionOffset(snap, snap.text.length)).toBe('I was wrong.'.length);
    expect(insertionOffset(snap, null)).toBe('I was wrong.'.length);
  });

  it('adds a space only when the starter would touch a word', () => {
    expect(textToInsert('I was wrong when I ', 'Dear Sam.', 9)).toBe(' I was wrong when I ');
    expect(textToInsert('I was wrong when I ', 'Dear Sam. ', 10)).toBe('I was wrong when I ');
    expect(textToInsert('I was wrong when I ', '', 0)).toBe('I was wrong when I ');
  });

  it('counts an insertion as landed only when the text appears once more', () => {
    expect(landed('abc', 'abc I was', ' I was')).toBe(true);
    expect(landed('I was', 'I was', ' I was')).toBe(false);
    // Editors turn a trailing space into a no-break space.
    expect(landed('x', 'x I was\u00a0', 'I was ')).toBe(true);
  });
});

describe('insertIntoTextarea', () => {
  it('uses execCommand first and does not fall back once the text landed', async () => {
    document.body.innerHTML = '<textarea>Dear Sam.</textarea>';
    const ta = document.querySelector('textarea')!;
    const exec = stubExec((_cmd, _ui, value) => {
      ta.setRangeText(String(value), ta.selectionStart, ta.selectionEnd, 'end');
      return true;
    });
    const rangeText = vi.spyOn(ta, 'setRangeText');
    const outcome = await insertIntoTextarea(ta, 9, ' I was wrong.', settle);
    expect(outcome).toEqual({ ok: true, method: 'execCommand' });
    expect(exec).toHaveBeenCalledWith('insertText', false, ' I was wrong.');
    expect(rangeText).toHaveBeenCalledTimes(1);
    expect(ta.value).toBe('Dear Sam. I was wrong.');
  });

  it('falls back to setRangeText with an input event when execCommand does nothing', async () => {
    document.body.innerHTML = '<textarea>Dear Sam.</textarea>';
    const ta = document.querySelector('textarea')!;
    stubExec(() => false);
    const inputs: string[] = [];
    ta.addEventListener('input', (e) => inputs.push((e as InputEvent).data ?? ''));
    const outcome = await insertIntoTextarea(ta, 4, ' dear', settle);
    expect(outcome).toEqual({ ok: true, method: 'setRangeText' });
    expect(ta.value).toBe('Dear dear Sam.');
    expect(inputs).toEqual([' dear']);
  });
});

describe('insertIntoEditable', () => {
  function setup() {
    document.body.innerHTML = '<div contenteditable="true"><p>Dear Sam.</p></div>';
    const field = document.querySelector('div')! as HTMLElement;
    const text = field.querySelector('p')!.firstChild as Text;
    const at = document.createRange();
    at.setStart(text, 9);
    at.collapse(true);
    return { field, text, at, read: () => field.textContent ?? '' };
  }

  it('stops after beforeinput when the editor inserted the text itself (never twice)', async () => {
    const { field, text, at, read } = setup();
    field.addEventListener('beforeinput', (e) => {
      e.preventDefault();
      text.appendData((e as InputEvent).data ?? '');
    });
    const exec = stubExec(() => false);
    const outcome = await insertIntoEditable(field, at, ' I was wrong.', read, settle);
    expect(outcome).toEqual({ ok: true, method: 'beforeinput' });
    expect(exec).not.toHaveBeenCalled();
    expect(read()).toBe('Dear Sam. I was wrong.');
  });

  it('lets an editor that owns its model take a synthetic paste (its own undo step)', async () => {
    const { field, text, at, read } = setup();
    const exec = stubExec(() => false);
    field.addEventListener('paste', (e) => {
      e.preventDefault();
      text.appendData((e as ClipboardEvent).clipboardData?.getData('text/plain') ?? '');
    });
    const outcome = await insertIntoEditable(field, at, ' I was wrong.', read, settle);
    expect(outcome).toEqual({ ok: true, method: 'paste' });
    expect(exec).not.toHaveBeenCalled();
    expect(read()).toBe('Dear Sam. I was wrong.');
  });

  it('uses the browser\'s own editing where nothing handles the events (plain contenteditable)', async () => {
    const { field, text, at, read } = setup();
    const exec = stubExec((_c, _u, value) => {
      text.appendData(value);
      return true;
    });
    const outcome = await insertIntoEditable(field, at, ' I was wrong.', read, settle);
    expect(outcome).toEqual({ ok: true, method: 'execCommand' });
    expect(exec).toHaveBeenCalledTimes(1);
    expect(read()).toBe('Dear Sam. I was wrong.');
  });

  it('leaves an editor that started on a paste without cancelling it (a paste bin) to finish: never twice', async () => {
    const { field, text, at, read } = setup();
    const exec = stubExec(() => true);
    field.addEventListener('paste', (e) => {
      const bin = document.createElement('div');
      bin.textContent = 'PASTEBIN';
      field.append(bin);
      const data = (e as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
      setTimeout(() => {
        bin.remove();
        text.appendData(data);
      }, 0);
    });
    let frames = 0;
    const slowSettle = () => new Promise<void>((r) => setTimeout(() => (frames++, r()), 1));
    const outcome = await insertIntoEditable(field, at, ' I was wrong.', read, slowSettle);
    expect(outcome).toEqual({ ok: true, method: 'paste' });
    expect(exec).not.toHaveBeenCalled();
    expect(read()).toBe('Dear Sam. I was wrong.');
    expect(frames).toBeGreaterThan(0);
  });

  it('reports failure and leaves the draft unchanged when nothing takes the text', async () => {
    const { field, at, read } = setup();
    stubExec(() => false);
    const outcome = await insertIntoEditable(field, at, ' I was wrong.', read, settle);
    expect(outcome).toEqual({ ok: false });
    expect(read()).toBe('Dear Sam.');
  });
});
