/**
 * A short sentence that takes back what the one before it claimed, the way amends letters
 * often set an old excuse down and then knock it over:
 *   "For years I said you pushed me into it. You didn't."
 *   "…because I thought I was fine to drive. I was not."
 *   "I used to say at least I never hit anyone. It didn't make it fine."
 * The claim in the sentence before is quoted to be disowned, so its excuse, minimizing,
 * comparison or blame is not the writer's (the taxonomy's rule for a flag quoted and rejected).
 *
 * Only a whole sentence that is the rebuttal and nothing more counts: "I wasn't." does,
 * "I wasn't drunk." (which goes on claiming) does not.
 */
import type { FlagId, Sentence } from './types';

/** The flags a rebuttal takes back: claims about the act, not the writer's own wishes or promises. */
export const REBUTTABLE: ReadonlySet<FlagId> = new Set<FlagId>(['excuse', 'minimizing', 'comparison', 'blame']);

const NOT = String.raw`(?: not|n't|nt)`;
const REBUTTAL = new RegExp(
  String.raw`^(?:and |but |honestly,? |truthfully,? |of course )?(?:` +
    // the elliptical denial: "I wasn't.", "It didn't.", "You didn't.", "They weren't."
    String.raw`(?:i|it|you|u|he|she|they|that|this|none of (?:it|that|them)) (?:was|were|is|are|did|do|does|had|has|have)${NOT}(?: (?:at all|really|true|either))?` +
    // the claim named for what it was: "That was a lie.", "None of that was true.", "Those were excuses."
    String.raw`|(?:that|this|it|all of (?:it|that)|those|these|they)(?:'s|s| was| is| were| are) (?:(?:all |just |only |never |simply |completely )?(?:a lie|lies|an excuse|excuses|untrue|rubbish|nonsense|false|a story|a cover story)|(?:not|never) (?:true|the truth|the reason|why))` +
    String.raw`|none of (?:it|that|this|those|them|what i said)(?: was| is| were| are) (?:true|the truth|the reason|why)` +
    String.raw`|(?:that|it) (?:wasn't|wasnt|isn't|isnt) (?:true|the truth|the reason|why)` +
    String.raw`|(?:i know|i see|i can see|i realise|i realize|i understand)(?: now)?(?: that)? (?:that|it|this|none of (?:it|that)) (?:was|is)(?: not|n't|nt| never)(?: true| the truth| the reason| why)?` +
    String.raw`|not true|lies|it was a lie` +
  String.raw`)[\s.!…]*$`,
);

/** True when the sentence only takes back the one before ("That was a lie.", "I wasn't."). */
export function rebutsPrevious(sentence: Sentence): boolean {
  const norm = sentence.norm.trim();
  // A rebuttal is short: a handful of words.
  if (norm.length > 60) return false;
  return REBUTTAL.test(norm);
}
