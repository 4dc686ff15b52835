/**
 * Native compilation of a pattern before its first real run.
 *
 * V8 (Chrome) and SpiderMonkey (Firefox) first run a new regular expression in a slow
 * bytecode interpreter and compile it to native code afterwards; for the engine's large word
 * alternations that first interpreted run costs milliseconds. A first run on a subject over
 * 1,000 characters is compiled to native code at once, so a pattern is given one run on a
 * blank subject first. Each pattern is compiled when it is first needed (most sentences need
 * few of the engine's patterns), or ahead of time by the warm-up.
 */

/** Long enough to be compiled at once; blank, so the run itself is short work. */
const BLANK = ' '.repeat(1100);

const compiled = new WeakSet<RegExp>();

/** Whether `re` has had its compiling first run. */
export function isCompiled(re: RegExp): boolean {
  return compiled.has(re);
}

/** Marks `re` compiled (the caller ran it on a long subject). */
export function markCompiled(re: RegExp): void {
  compiled.add(re);
}

/** Gives `re` its compiling first run, once; its `lastIndex` is left as it was. */
export function compileNow(re: RegExp): void {
  if (compiled.has(re)) return;
  compiled.add(re);
  const at = re.lastIndex;
  re.lastIndex = 0;
  re.exec(BLANK);
  re.lastIndex = at;
}
