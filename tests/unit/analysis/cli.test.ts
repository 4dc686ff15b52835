import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const cli = join(root, 'lib/analysis/cli.ts');
const tsx = join(root, 'node_modules/.bin/tsx');
let dir = '';

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(tsx, [cli, ...args], { input, encoding: 'utf8', cwd: root, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'check-draft-'));
  writeFileSync(join(dir, 'draft.txt'), "Dear Tom,\nI'm sorry if you were hurt, but I was under a lot of stress.\nYou made me do it.\n");
  writeFileSync(join(dir, 'good.txt'), 'I was wrong. I took $300 from your purse and I will pay it back by June.');
  writeFileSync(join(dir, 'binary.bin'), Buffer.from([0x61, 0x00, 0x62]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff]));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('check-draft', { timeout: 60_000 }, () => {
  it('prints linter-style findings with line:col, then elements present and missing', () => {
    const r = run([join(dir, 'draft.txt')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(join(dir, 'draft.txt'));
    expect(r.out).toMatch(/^\s+2:11\s+conditional\s+Sorry "if"  \(problem\)$/m);
    expect(r.out).toMatch(/^\s+2:29\s+but\s+/m);
    expect(r.out).toMatch(/^\s+3:1\s+blame\s+Blame shifting  \(problem\)$/m);
    expect(r.out).toMatch(/elements missing: .*no-pressure/);
  });

  it('says which findings are a gentler "consider" rather than a clear problem', () => {
    const r = run(['-'], "I'm sorry I lied about the money. I swear I will never drink again.");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^\s+1:35\s+overpromise\s+Absolute promise  \(consider\)$/m);
    expect(r.out).not.toContain('(problem)');
  });

  it('never fails on findings alone, and reports a good apology without hints', () => {
    const r = run([join(dir, 'good.txt')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('no hints');
    expect(r.out).toMatch(/elements present: .*responsibility/);
  });

  it('reads standard input for "-"', () => {
    const r = run(['-'], 'sorry if u were hurt');
    expect(r.code).toBe(0);
    expect(r.out).toContain('<stdin>');
    expect(r.out).toContain('conditional');
  });

  it('--json prints one object per file with amends, hints (offsets) and elements', () => {
    const r = run(['--json', join(dir, 'draft.txt'), join(dir, 'good.txt')]);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    const [draft, good] = lines;
    expect(draft.amends).toBe(true);
    const cond = draft.hints.find((h: { rule: string }) => h.rule === 'conditional');
    expect(cond).toMatchObject({ kind: 'flag', start: 20, end: 36 });
    expect(Object.keys(draft.elements)).toHaveLength(7);
    expect(draft.support).toEqual({ needed: false, spans: [] });
    expect(good.hints).toEqual([]);
  });

  it('--jsonl answers one line per input line, in order, and reports bad lines on stderr', () => {
    const input = [
      JSON.stringify({ id: 'a', text: "I'm sorry you feel that way." }),
      'not json at all',
      JSON.stringify({ id: 2, text: 'I was wrong. I took $300 from your purse and I will pay it back by June.' }),
      JSON.stringify({ id: 'no-text' }),
      '',
      JSON.stringify({ id: 'c', text: 'Sorry for the late reply, the report is attached.' }),
    ].join('\n');
    const r = run(['--jsonl'], input);
    expect(r.code).toBe(2);
    const out = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', 2, 'c']);
    expect(out[0]).toEqual({ id: 'a', amends: true, support: false, flags: ['feelings'], elements: [] });
    expect(out[1].flags).toEqual([]);
    expect(out[1].elements).toEqual(['repair', 'responsibility', 'specific']);
    expect(out[2]).toMatchObject({ amends: false, flags: [] });
    expect(r.err).toMatch(/stdin line 2: invalid JSON/);
    expect(r.err).toMatch(/stdin line 4: expected an object with a "text" string/);
  });

  it('reports invalid UTF-8 in a JSON line and carries on', () => {
    const input = Buffer.concat([
      Buffer.from('{"id":1,"text":"caf'),
      Buffer.from([0xff]),
      Buffer.from('"}\n{"id":2,"text":"You made me do it."}\n'),
    ]);
    const r = run(['--jsonl'], input);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/stdin line 1: not valid UTF-8/);
    expect(JSON.parse(r.out.trim())).toMatchObject({ id: 2, flags: ['blame'] });
  });

  it('reports unreadable and binary files by name, exit code 2, and still checks the rest', () => {
    const r = run([join(dir, 'missing.txt'), join(dir, 'binary.bin'), join(dir, 'latin1.txt'), join(dir, 'draft.txt')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${join(dir, 'missing.txt')}: cannot read (no such file)`);
    expect(r.err).toContain(`${join(dir, 'binary.bin')}: binary input`);
    expect(r.err).toContain(`${join(dir, 'latin1.txt')}: not valid UTF-8`);
    expect(r.out).toContain('conditional');
  });

  it('prints help, and rejects unknown options', () => {
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/Usage: npm run check-draft/);
    const bad = run(['--frobnicate']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown option --frobnicate/);
  });

  it('handles hundreds of JSON lines in one process', () => {
    const lines = Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: i, text: `I'm sorry I took £${i} from you, but you made me.` }));
    const r = run(['--jsonl'], lines.join('\n'));
    expect(r.code).toBe(0);
    const out = r.out.trim().split('\n');
    expect(out).toHaveLength(400);
    expect(JSON.parse(out[399]!)).toMatchObject({ id: 399, flags: ['blame', 'but'] });
  });
});
