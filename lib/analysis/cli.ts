/**
 * `npm run check-draft -- [options] FILE...`: the engine on the command line (the only
 * module here that uses Node APIs).
 *
 *   FILE...   linter-style findings, `line:col  rule-id  title  (severity)`, then elements
 *             present and missing; `-` reads standard input (also the default with no FILE)
 *   --json    one JSON object per file (one per line): amends, english, support, hints with
 *             offsets, elements with spans
 *   --jsonl   reads JSON Lines {"id": ..., "text": "..."} from standard input and writes one
 *             line {"id", "amends", "support", "flags", "elements"} per input line, in order
 *
 * Bad input (an unreadable file, binary data, an invalid JSON line) gets a message on
 * stderr naming the file or line, the other inputs are still processed, and the exit code
 * is 2. Findings alone never change the exit code.
 */
import { readFileSync } from 'node:fs';
import { analyzeDraft } from './analyze';
import { summarize } from './summary';
import { ELEMENT_IDS, type Analysis } from './types';

const USAGE = `Usage: npm run check-draft -- [--json] FILE...
       npm run check-draft -- --jsonl < input.jsonl

Checks an amends draft for wording that turns an apology into an excuse, and for the parts
of a sincere amends that are present or missing. Nothing leaves your machine.

  FILE...   files to check; "-" (or no FILE) reads standard input. Each finding ends with
            (problem), a clear one, or (consider), a gentler one worth a second look
  --json    print one JSON object per file (amends, english, support, hints, elements)
  --jsonl   read JSON Lines {"id": ..., "text": "..."} from standard input and write one line
            {"id", "amends", "support", "flags", "elements"} per input line, in order
  --help    show this help

Exit code: 0 when every input was read, 2 when an input could not be read or parsed
(the other inputs are still checked). Findings never change the exit code.`;

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Text of a buffer, or a reason it is not text. */
function decode(buf: Buffer): { text: string } | { error: string } {
  if (buf.includes(0)) return { error: 'binary input (contains NUL bytes), skipped' };
  try {
    let text = decoder.decode(buf);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text };
  } catch {
    return { error: 'not valid UTF-8 text, skipped' };
  }
}

function readStdin(): Buffer {
  try {
    return readFileSync(0);
  } catch (e) {
    // EAGAIN on a non-blocking TTY, EOF on a closed stream: treat as empty.
    if ((e as NodeJS.ErrnoException).code === 'EAGAIN' || (e as NodeJS.ErrnoException).code === 'EOF') return Buffer.alloc(0);
    throw e;
  }
}

/** 1-based line and column for UTF-16 offsets, with the line starts computed once. */
function lineCol(text: string): (offset: number) => string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return `${lo + 1}:${offset - starts[lo]! + 1}`;
  };
}

function formatText(name: string, text: string, a: Analysis): string {
  const at = lineCol(text);
  const out: string[] = [name];
  if (!a.english) {
    out.push('  This does not look like English, so there is nothing to say about it.');
  } else if (!a.amends) {
    out.push('  This does not read as an amends or apology, so no hints are shown.');
  }
  if (a.support.needed) {
    const where = a.support.spans.map((s) => at(s.start)).join(', ');
    out.push(`  ${where}  support  Some words here sound like you may be going through something very hard. Please reach out to someone you trust, your sponsor, or a crisis line.`);
  }
  const width = Math.max(0, ...a.hints.map((h) => at(h.start).length));
  for (const h of a.hints) {
    // "problem" is a clear one; "consider" a gentler, less certain one.
    out.push(`  ${at(h.start).padEnd(width)}  ${h.rule.padEnd(12)}  ${h.title}  (${h.severity})`);
  }
  if (a.english) {
    const present = ELEMENT_IDS.filter((id) => a.elements[id].present);
    const missing = ELEMENT_IDS.filter((id) => !a.elements[id].present);
    out.push(`  elements present: ${present.length ? present.join(', ') : '(none)'}`);
    out.push(`  elements missing: ${missing.length ? missing.join(', ') : '(none)'}`);
  }
  if (a.hints.length === 0 && a.english && a.amends) out.push('  no hints');
  return out.join('\n');
}

function jsonFor(name: string, a: Analysis): string {
  return JSON.stringify({
    file: name,
    amends: a.amends,
    english: a.english,
    support: a.support,
    hints: a.hints,
    elements: a.elements,
  });
}

function checkFiles(files: string[], json: boolean): number {
  let status = 0;
  const blocks: string[] = [];
  for (const file of files) {
    const name = file === '-' ? '<stdin>' : file;
    let buf: Buffer;
    try {
      buf = file === '-' ? readStdin() : readFileSync(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
      process.stderr.write(`check-draft: ${name}: cannot read (${why}), skipped\n`);
      status = 2;
      continue;
    }
    const decoded = decode(buf);
    if ('error' in decoded) {
      process.stderr.write(`check-draft: ${name}: ${decoded.error}\n`);
      status = 2;
      continue;
    }
    const analysis = analyzeDraft(decoded.text);
    blocks.push(json ? jsonFor(name, analysis) : formatText(name, decoded.text, analysis));
  }
  if (blocks.length) process.stdout.write(blocks.join(json ? '\n' : '\n\n') + '\n');
  return status;
}

/** Standard input split into lines of bytes (a long line is gathered without re-copying). */
async function* byteLines(stream: NodeJS.ReadableStream): AsyncGenerator<Buffer> {
  let parts: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let start = 0;
    let nl: number;
    while ((nl = chunk.indexOf(10, start)) >= 0) {
      parts.push(chunk.subarray(start, nl));
      yield parts.length === 1 ? parts[0]! : Buffer.concat(parts);
      parts = [];
      start = nl + 1;
    }
    if (start < chunk.length) parts.push(chunk.subarray(start));
  }
  if (parts.length) yield Buffer.concat(parts);
}

async function checkJsonl(): Promise<number> {
  let status = 0;
  let lineNo = 0;
  let pending: string[] = [];
  const flush = () => {
    if (pending.length) {
      process.stdout.write(pending.join(''));
      pending = [];
    }
  };
  const fail = (why: string) => {
    process.stderr.write(`check-draft: stdin line ${lineNo}: ${why}, skipped\n`);
    status = 2;
  };
  for await (const bytes of byteLines(process.stdin)) {
    lineNo++;
    const decoded = decode(bytes);
    if ('error' in decoded) {
      fail(decoded.error.replace(/, skipped$/, ''));
      continue;
    }
    const line = decoded.text.trim();
    if (!line) continue;
    let item: unknown;
    try {
      item = JSON.parse(line);
    } catch (e) {
      fail(`invalid JSON (${(e as Error).message})`);
      continue;
    }
    const obj = item as { id?: unknown; text?: unknown } | null;
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj) || typeof obj.text !== 'string') {
      fail('expected an object with a "text" string');
      continue;
    }
    const s = summarize(analyzeDraft(obj.text));
    pending.push(JSON.stringify({ id: obj.id ?? null, amends: s.amends, support: s.support, flags: s.flags, elements: s.elements }) + '\n');
    if (pending.length >= 256) flush();
  }
  flush();
  return status;
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const options = argv.filter((a) => a.startsWith('--'));
  const unknown = options.filter((o) => o !== '--json' && o !== '--jsonl' && o !== '--');
  if (unknown.length) {
    process.stderr.write(`check-draft: unknown option ${unknown.join(', ')}\n\n${USAGE}\n`);
    return 2;
  }
  const files = argv.filter((a) => !a.startsWith('--') || a === '-');
  if (options.includes('--jsonl')) {
    if (files.length) {
      process.stderr.write('check-draft: --jsonl reads standard input; FILE arguments are not used with it\n');
      return 2;
    }
    return checkJsonl();
  }
  return checkFiles(files.length ? files : ['-'], options.includes('--json'));
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`check-draft: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
