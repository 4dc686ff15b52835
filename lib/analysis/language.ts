/**
 * Is the text English enough to analyse? The rules are English patterns: on a French or
 * Spanish letter they would say nonsense, so the engine says nothing instead.
 *
 * Counted per sentence (so the counts are cached with the sentence and summed, keeping a
 * keystroke's cost flat) and decided over the whole draft:
 * - letters in non-Latin scripts (Arabic, Hebrew, Cyrillic, CJK...) against Latin letters;
 * - common English function words against common French/Spanish/German/Italian/Portuguese
 *   ones (words that exist in both, like "a" or "no", count for neither);
 * - words carrying accented letters (é, ñ, ü, ß...) lean foreign.
 * Short texts with no evidence either way count as English (nothing to say is harmless).
 */

export interface LanguageStats {
  words: number;
  english: number;
  foreign: number;
  latinLetters: number;
  otherLetters: number;
}

const EN = new Set(
  (
    "the an and or but i you u me my mine your ur we us our it its it's is was were are am be been being to of in on for with " +
    "that this these those have has had having not don't dont didn't didnt do does did doesn't won't wont can't cant " +
    "i'm im i've ive i'll ill i'd id you're youre so if at as what when where who why how all just can will would " +
    'should could he she they them his her their about from up out there here sorry apologise apologize really please ' +
    "thanks thank yes yeah ok okay hi hey dear love know want get got like one more time now then than because cause " +
    'never always ever any some something anything nothing everything because by into over after before again still ' +
    "wasn't wasnt weren't isn't isnt haven't havent hadn't that's thats there's let's lets been too very much well"
  ).split(' '),
);

const FOREIGN = new Set(
  (
    // French
    "le la les des une et je tu vous nous est pas qui pour dans avec sur mais cette suis ai mon ma mes ton ta tes votre vos " +
    "du au aux très désolé désolée été c'est j'ai n'est qu'il qu'on ne plus bien fait être avoir elle ils sont cela ça " +
    "aussi merci pourquoi parce quand comme rien tout toujours jamais moi toi lui leur " +
    // Spanish
    'el los las y es por con para lo del pero muy yo tú mí su sus está estoy siento perdón fue ser tengo tiene ' +
    'nada todo siempre nunca porque cuando como gracias también eres soy hice era estaba usted ustedes nosotros ' +
    // German
    'der das und ich nicht ist ein eine es mit auf für sie wir du zu den dem von bin habe mein meine dein deine ' +
    'leid tut entschuldigung war hatte sehr auch aber oder wenn weil dass nur noch schon immer nie alles nichts ' +
    // Italian
    'il di che non sono ho della delle gli scusa mio mia tuo tua perché sempre mai grazie anche questo questa ' +
    // Portuguese
    'os não eu você uma desculpa obrigado obrigada também muito isso isto'
  ).split(' '),
);

/** A word: a run of [a-z\u00c0-\u024f'] (any character from U+00C0 on makes it accented). */
function inWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || c === 39;
}

/** 1 for a Latin letter, 2 for a letter of another script, 0 for anything else. */
function letterKind(c: number): number {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return 1;
  if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) return 1;
  if (c >= 0x370 && c < 0x2000) return 2; // Greek, Cyrillic, Hebrew, Arabic, Indic...
  if (c >= 0x3040 && c <= 0x9fff) return 2; // kana, CJK
  if (c >= 0xac00 && c <= 0xd7af) return 2; // Hangul
  return 0;
}

/** FNV-1a of a word's character codes, as the scan below works it out while reading the word. */
function wordHash(w: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < w.length; k++) h = Math.imul(h ^ w.charCodeAt(k), 0x01000193);
  return h;
}

/**
 * Bit (hash & 0xffff) set for the hash of each word of EN and FOREIGN: a word whose bit is
 * clear is in neither, and is not cut out of the text to be looked up (many words).
 */
const LISTED = new Int32Array(1 << 11);
for (const w of [...EN, ...FOREIGN]) {
  const h = wordHash(w) & 0xffff;
  LISTED[h >>> 5]! |= 1 << (h & 31);
}

/**
 * Counts for one piece of text (pass the lower-cased `norm`). One pass over the characters,
 * counting letters as it goes (no match object or substring per word, but for the words the
 * bitmap does not rule out).
 */
export function languageStats(norm: string): LanguageStats {
  const letters = [0, 0, 0];
  let words = 0;
  let english = 0;
  let foreign = 0;
  const n = norm.length;
  let i = 0;
  while (i < n) {
    let c = norm.charCodeAt(i);
    if (!inWord(c)) {
      letters[letterKind(c)]!++;
      i++;
      continue;
    }
    const start = i;
    let accented = false;
    let h = 0x811c9dc5;
    do {
      letters[letterKind(c)]!++;
      if (c >= 0xc0) accented = true; // ACCENTED: [\u00c0-\u024f]
      h = Math.imul(h ^ c, 0x01000193);
      c = ++i < n ? norm.charCodeAt(i) : -1;
    } while (i < n && inWord(c));
    words++;
    const bit = h & 0xffff;
    const w = (LISTED[bit >>> 5]! & (1 << (bit & 31))) !== 0 ? norm.slice(start, i) : null;
    if (w !== null && EN.has(w)) english++;
    else if (w !== null && FOREIGN.has(w)) foreign++;
    else if (accented) foreign += 0.5;
  }
  return { words, english, foreign, latinLetters: letters[1]!, otherLetters: letters[2]! };
}

export function emptyStats(): LanguageStats {
  return { words: 0, english: 0, foreign: 0, latinLetters: 0, otherLetters: 0 };
}

/** Adds `b` into `a` (in place) and returns `a`. */
export function addStats(a: LanguageStats, b: LanguageStats): LanguageStats {
  a.words += b.words;
  a.english += b.english;
  a.foreign += b.foreign;
  a.latinLetters += b.latinLetters;
  a.otherLetters += b.otherLetters;
  return a;
}

/** The decision over a whole draft's counts. */
export function isEnglish(s: LanguageStats): boolean {
  if (s.otherLetters > s.latinLetters) return false;
  if (s.english === 0 && s.foreign === 0) return s.words < 8;
  if (s.foreign > 0 && s.english < s.foreign * 1.5) return false;
  // A long text needs a reasonable share of English function words (code, lists of names
  // and other languages have few).
  if (s.words >= 12 && s.english / s.words < 0.12) return false;
  return true;
}
