import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import {
  buildReadableSheet,
  exportReadableFile,
  renderSheetMarkdown,
  type ReadableOptions,
} from '../../../lib/backup/export-readable';
import { escapeBlock, escapeInline } from '../../../lib/backup/markdown';
import { nameRedactor } from '../../../lib/backup/redact-names';
import type { Person } from '../../../lib/amends/types';
import { richPerson } from './helpers';

const NOW = new Date(2026, 5, 30, 10);
const options = (o: Partial<ReadableOptions> = {}): ReadableOptions => ({
  omitNames: false,
  omitNotes: false,
  now: NOW,
  locale: 'en-US',
  ...o,
});

interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  children?: MdNode[];
}

function parse(markdown: string): MdNode {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }) as MdNode;
}

function nodes(tree: MdNode, type: string): MdNode[] {
  const found: MdNode[] = [];
  const walk = (n: MdNode) => {
    if (n.type === type) found.push(n);
    n.children?.forEach(walk);
  };
  walk(tree);
  return found;
}

function text(n: MdNode): string {
  return n.value ?? (n.children ?? []).map(text).join('');
}

function people(): Person[] {
  return [
    richPerson('Maria Lopez', 1, { harm: 'I lied to Maria about the money', note: 'Ask Maria Lopez to meet at the café' }),
    richPerson('Dad', 2, { harm: 'Missed dad’s birthday and blamed Maria' }),
  ];
}

/** Every note-like text richPerson writes. */
const NOTES = [
  'Write first, then offer to meet.',
  'Ask',
  'Wrote it all down',
  'Meet somewhere public',
  'First part, by transfer',
  'Better than I feared',
  'Thanked me',
  'Patience',
  'Call monthly',
  'Called on time',
  'Scared but ready',
  'Talked to my sponsor',
  'Second thoughts today',
];

describe('readable sheet: content', () => {
  it('shows status, type, harms, plan, steps, safety, money and follow-up', () => {
    const md = renderSheetMarkdown(buildReadableSheet(people(), options()));
    for (const expected of [
      '## Maria Lopez',
      '**Where it stands:** Planned',
      '**Kind of amends:** Not decided yet',
      'I lied to Maria about the money',
      'Borrowed money and did not pay it back (spring 2024)',
      '**How:** Letter',
      '**Planned for:** 2026-07-01',
      'Talked over with my sponsor or therapist',
      'Seven steps (3 of 7 done)',
      '- [x] Acknowledge what happened',
      '- [ ] Express remorse',
      'Take care.',
      'Could it harm me or raise my risk of relapse? Yes.',
      '**Owed:** $300.00',
      '**Paid so far:** $195.75',
      '**Still to repay:** $104.25',
      '**Check in again on:** 2026-08-01',
      '**Follow-up needed:** Yes',
      '2026-05-20: Kept, Called on time',
      'Scared but ready.\\\n  Talked to my sponsor.',
      '**Restitution in USD:** $600.00 owed, $391.50 paid, $208.50 still to repay',
      '**People on the list:** 2',
    ]) {
      expect(md).toContain(expected);
    }
    expect(md).toContain('Ask Maria Lopez to meet at the café');
  });

  it('parses as one document: a heading per person, task-list steps, no HTML', () => {
    const tree = parse(renderSheetMarkdown(buildReadableSheet(people(), options())));
    const h2 = nodes(tree, 'heading').filter((h) => h.depth === 2).map(text);
    expect(h2).toEqual(['Summary', 'Maria Lopez', 'Dad']);
    expect(nodes(tree, 'html')).toHaveLength(0);
  });

  it('names the file by date', () => {
    const file = exportReadableFile(people(), options());
    expect(file.fileName).toBe('amends-sheet-2026-06-30.md');
    expect(file.mimeType).toBe('text/markdown');
  });
});

describe('readable sheet: leave out names', () => {
  it('contains no name from the list, anywhere, and numbers people instead', () => {
    const md = renderSheetMarkdown(buildReadableSheet(people(), options({ omitNames: true })));
    expect(md).not.toMatch(/maria|lopez|\bdad\b/i);
    expect(md).toContain('## Person 1');
    expect(md).toContain('## Person 2');
    expect(md).toContain('I lied to Person 1 about the money');
    expect(md).toContain('Missed Person 2’s birthday and blamed Person 1');
    expect(md).toContain('Ask Person 1 to meet');
    // Still says what a sponsor needs.
    expect(md).toContain('**Still to repay:** $104.25');
  });

  it('leaves ordinary words alone and blanks a shared first name', () => {
    const names = ['Sam Green', 'Sam Hill', 'My boss', 'J', "Anne-Marie O'Neill", 'J.R. Ewing'];
    const redact = nameRedactor(names, names.map((_, i) => `Person ${i + 1}`));
    expect(redact('Sam Green and sam  hill met Sam; Greenland is fine')).toBe('Person 1 and Person 2 met [name]; Greenland is fine');
    expect(redact('I told my boss, then my friend J about it')).toBe('I told Person 3, then my friend J about it');
    expect(redact('the boss was upset')).toBe('the Person 3 was upset');
    expect(redact("ANNE-MARIE o'neill, Anne-Marie, O’Neill's dog")).toBe("Person 5, Person 5, Person 5's dog");
    expect(redact('J.R. said, and Ewing agreed')).toBe('Person 6. said, and Person 6 agreed');
    expect(redact('Zoë and Zoe')).toBe('Zoë and Zoe');
  });

  it('a list with no usable names changes no text', () => {
    expect(nameRedactor(['J', 'my'], ['Person 1', 'Person 2'])('J and my friend')).toBe('J and my friend');
  });
});

describe('readable sheet: leave out notes', () => {
  it('contains no note, reflection or outcome text, but keeps the harms', () => {
    const md = renderSheetMarkdown(buildReadableSheet(people(), options({ omitNotes: true })));
    for (const note of NOTES) expect(md).not.toContain(note);
    expect(md).toContain('I lied to Maria about the money');
    expect(md).toContain('2026-05-20: Kept');
    expect(md).toContain('2026-04-02: $120.50');
    expect(md).not.toContain('### Reflections');
    expect(md).toContain('Notes and reflections are left out');
  });

  it('with both options, neither names nor notes', () => {
    const md = renderSheetMarkdown(buildReadableSheet(people(), options({ omitNames: true, omitNotes: true })));
    expect(md).not.toMatch(/maria|lopez|\bdad\b/i);
    for (const note of NOTES) expect(md).not.toContain(note);
  });
});

describe('readable sheet: escaping', () => {
  const hostileNames = [
    '# <script>alert(1)</script>',
    '[click](javascript:alert(1))',
    '**bold** _it_ `code` ~~gone~~ $x$',
    '- list\n=====',
    '1. first',
    '> quote | a | b |',
    '<img src=x onerror=alert(1)>',
    'Anne & &amp; &lt;b&gt;',
    'back\\slash\\',
  ];

  it('keeps every hostile name as the exact text of its own heading', () => {
    for (const name of hostileNames) {
      const person = { ...richPerson('X', 1), name, harms: [{ id: 'h', what: name, when: '' }] };
      const md = renderSheetMarkdown(buildReadableSheet([person], options()));
      const tree = parse(md);
      const h2 = nodes(tree, 'heading').filter((h) => h.depth === 2);
      expect(h2.map(text)).toEqual(['Summary', name.replace(/\s+/g, ' ').trim()]);
      expect(nodes(tree, 'html')).toHaveLength(0);
      expect(nodes(tree, 'link')).toHaveLength(0);
      expect(nodes(tree, 'inlineCode')).toHaveLength(0);
      expect(nodes(tree, 'emphasis')).toHaveLength(0);
      expect(nodes(tree, 'table')).toHaveLength(0);
      expect(nodes(tree, 'blockquote')).toHaveLength(0);
      expect(md).not.toContain('<script>');
    }
  });

  it('keeps line breaks and paragraphs of multi-line text inside its list item', () => {
    const block = escapeBlock('one\n# two\n\n- three', '  ');
    const tree = parse(`- **Note:** ${block}`);
    expect(nodes(tree, 'heading')).toHaveLength(0);
    expect(nodes(tree, 'listItem')).toHaveLength(1);
    expect(nodes(tree, 'break')).toHaveLength(1);
    // The break node carries no text: "one", then "# two" and "- three" exactly as written.
    expect(text(tree)).toBe('Note: one# two- three');
    expect(escapeInline('a\u0000b\n c')).toBe('a b c');
  });
});
