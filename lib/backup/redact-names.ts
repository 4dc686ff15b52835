/**
 * "Leave out names": replaces the names of people on the list wherever they appear in
 * free text, so a sheet shared with a sponsor does not name anyone.
 *
 * Text and names are split into word tokens (runs of letters, digits and marks). A
 * person's full name, any run of two or more of its tokens, and each distinctive token
 * alone (2+ characters, not a little word like "my" or "Mr") are replaced by that
 * person's label.
 * A token that belongs to two people's names becomes "[name]". Matching ignores case and
 * treats the gaps inside a name ("J.R.", "Anne-Marie", "O'Neill") loosely. Linear in the
 * length of the text, whatever the size of the list.
 */

/** Little words that may sit in a "name" ("my boss", "Mr Lee") but must never be hidden alone. */
const NOT_A_NAME = new Set([
  'a', 'an', 'the', 'my', 'our', 'his', 'her', 'their', 'of', 'and', 'or', 'to', 'at', 'in', 'on', 'from', 'for', 'with',
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'jr', 'sr', 'old', 'new', 'big', 'little', 'de', 'la', 'le', 'van', 'von', 'der',
]);

export const AMBIGUOUS_NAME = '[name]';

const TOKEN = /[\p{L}\p{N}\p{M}]+/gu;
/** What may sit between two tokens of one name: spaces, dots, hyphens, apostrophes. */
const NAME_GAP = /^[\s.'’\-‐]{1,3}$/u;

interface TrieNode {
  label?: string;
  next: Map<string, TrieNode>;
}

interface Token {
  key: string;
  start: number;
  end: number;
}

function tokens(text: string): Token[] {
  const found: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    found.push({ key: m[0].normalize('NFC').toLocaleLowerCase('en'), start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** `labels[i]` is how person i is shown ("Person 1"); `names[i]` is their name. */
export function nameRedactor(names: readonly string[], labels: readonly string[]): (text: string) => string {
  const root: TrieNode = { next: new Map() };
  const insert = (keys: string[], label: string) => {
    let node = root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map() };
        node.next.set(key, child);
      }
      node = child;
    }
    node.label = node.label === undefined || node.label === label ? label : AMBIGUOUS_NAME;
  };

  names.forEach((name, i) => {
    const label = labels[i] ?? AMBIGUOUS_NAME;
    const keys = tokens(name).map((t) => t.key);
    // Initials like "J" or a lone little word would blank out ordinary words everywhere.
    const distinctive = (key: string) => [...key].length > 1 && !NOT_A_NAME.has(key);
    if (keys.length === 1 && distinctive(keys[0]!)) insert(keys, label);
    // Every run of two or more tokens ("Anne Marie" of "Anne-Marie O'Neill", "O'Neill"),
    // then each distinctive token alone. Names are short; runs are capped all the same.
    const span = Math.min(keys.length, 12);
    for (let from = 0; from < span; from++) {
      for (let to = from + 2; to <= span; to++) insert(keys.slice(from, to), label);
    }
    if (keys.length > 1) for (const key of new Set(keys)) if (distinctive(key)) insert([key], label);
  });
  if (root.next.size === 0) return (text) => text;

  return (text) => {
    const list = tokens(text);
    let out = '';
    let copied = 0;
    for (let i = 0; i < list.length; i++) {
      // Longest name starting at token i.
      let node: TrieNode | undefined = root;
      let match: { label: string; last: number } | null = null;
      for (let j = i; j < list.length; j++) {
        if (j > i && !NAME_GAP.test(text.slice(list[j - 1]!.end, list[j]!.start))) break;
        node = node.next.get(list[j]!.key);
        if (!node) break;
        if (node.label !== undefined) match = { label: node.label, last: j };
      }
      if (match) {
        out += text.slice(copied, list[i]!.start) + match.label;
        copied = list[match.last]!.end;
        i = match.last;
      }
    }
    return out + text.slice(copied);
  };
}
