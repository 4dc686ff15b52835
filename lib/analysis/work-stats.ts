/** Work counters, so tests can prove how much an edit or a sentence costs without timing anything. */
export const engineStats = {
  /** Sentences run through the rules (cache misses). */
  sentencesAnalysed: 0,
  /** Individual rule `find` calls (flags and elements). */
  ruleInvocations: 0,
  /** Flag and element patterns actually run over a sentence (after the word and trigram filters). */
  patternScans: 0,
  /** Characters handed to the segmenter. */
  charsSegmented: 0,
  /** Sentences whose findings were placed at new offsets (the rest reuse them from the last draft). */
  findingsPlaced: 0,
  /** Sentence cache hits. */
  cacheHits: 0,
};

export function resetStats(): void {
  engineStats.sentencesAnalysed = 0;
  engineStats.ruleInvocations = 0;
  engineStats.patternScans = 0;
  engineStats.charsSegmented = 0;
  engineStats.findingsPlaced = 0;
  engineStats.cacheHits = 0;
}
