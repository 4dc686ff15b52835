/**
 * Every text of the team-written corpora (tests/eval/corpora/*), short texts and messages:
 * for tests that check a rewritten part of the engine against the old one on real writing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const corpora = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'corpora');

export function teamCorpusTexts(): string[] {
  const texts: string[] = [];
  for (const dir of fs.readdirSync(corpora).sort()) {
    const at = path.join(corpora, dir);
    if (!fs.statSync(at).isDirectory()) continue;
    for (const file of fs.readdirSync(at).filter((f) => f.endsWith('.jsonl')).sort()) {
      for (const line of fs.readFileSync(path.join(at, file), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const { text } = JSON.parse(line) as { text?: unknown };
        if (typeof text === 'string') texts.push(text);
      }
    }
  }
  return texts;
}
