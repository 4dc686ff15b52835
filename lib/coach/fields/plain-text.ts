import { maskRange, type FieldSnapshot } from './text-snapshot';

/**
 * The snapshot of a plain-text field (<textarea>). Plain-text mail marks quoted lines with
 * ">" and starts a signature with a line that is exactly "-- "; both are left out of the
 * analysis (masked with spaces, so offsets still index the field's value).
 */
export function extractPlainText(value: string): FieldSnapshot {
  let analysis = value;
  let lineStart = 0;
  while (lineStart <= value.length) {
    const nl = value.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? value.length : nl;
    const line = value.slice(lineStart, lineEnd);
    if (line === '-- ' || line === '--') {
      analysis = maskRange(analysis, lineStart, value.length);
      break;
    }
    if (/^[ \t]*>/.test(line)) analysis = maskRange(analysis, lineStart, lineEnd);
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  return { text: value, analysisText: analysis, segments: [] };
}
