import { maskLineConventions } from '../masks/line-masks';
import type { FieldSnapshot } from './text-snapshot';

/**
 * The snapshot of a plain-text field (<textarea>). Plain-text mail marks quoted lines with
 * ">" (introduced by an attribution line), forwards with a ruled header, and starts a
 * signature with a line that is exactly "-- "; all are left out of the analysis (masked with
 * spaces, so offsets still index the field's value). See lib/coach/masks/line-masks.ts.
 */
export function extractPlainText(value: string): FieldSnapshot {
  return { text: value, analysisText: maskLineConventions(value), segments: [] };
}
