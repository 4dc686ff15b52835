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
  // and a second denial joined on: "That wasn't true and it wasn't fair."
  String.raw`)(?:,? (?:and|or) (?:it|that|this) (?:wasn't|wasnt|was not|isn't|isnt|is not|was never|is never) (?:fair|right|ok|okay|true|kind|honest|the truth|your fault|on (?:you|u)))?[\s.!…]*$`,
);

/** True when the sentence only takes back the one before ("That was a lie.", "I wasn't."). */
export function rebutsPrevious(sentence: Sentence): boolean {
  const norm = sentence.norm.trim();
  // A rebuttal is short: a handful of words.
  if (norm.length > 60) return false;
  return REBUTTAL.test(norm);
}

/**
 * What the writer says of the claim right after it, in the same sentence, that takes its force
 * back: "…done worse, but that does not make what I did any smaller", "I was high, but that
 * doesn't make any of it okay", "ashamed every day, but my shame isn't your problem to fix",
 * "…, but that's no excuse". The claim is set down to be knocked over, as a rebuttal sentence does.
 */
const NEG = String.raw`(?:doesn't|doesnt|does not|didn't|didnt|did not|won't|wont|will not|can't|cant|cannot|shouldn't|shouldnt|should not|never)`;
const OUTCOME = String.raw`(?:ok|okay|right|better|alright|all right|fine|acceptable|smaller|less|lighter|any different|go away|disappear)`;
export const TAKES_BACK =
  String.raw`(?:(?:that|this|it|which|(?:my|the) (?:\w+ )?(?:shame|guilt|pain|feelings?|reasons?|stress|drinking|addiction|illness|past|situation|problems?|struggles?|circumstances|intentions?|childhood|upbringing))` +
  String.raw`(?: (?:still |really |just |honestly )?(?:${NEG} (?:excuse|justify|change|lessen|erase|undo|cancel out|matter|make (?:[a-z']+ ){0,6}?${OUTCOME}|give me (?:the|any) right)` +
  String.raw`|(?:isn't|isnt|is not|wasn't|wasnt|was not|is never|was never) (?:an? |any )?(?:excuse|reason|justification|defen[cs]e|your (?:problem|job|responsibility|burden|fault|concern|weight)))` +
  String.raw`|(?:'s|s| is| was) (?:no|not an?|not any|never an?) (?:excuse|reason|justification|defen[cs]e))` +
  // the act owned as a choice: "I was just a kid, but I knew what I was doing"
  String.raw`|i (?:still |always |fully )?(?:knew|know) (?:exactly |full well )?what i was doing|i (?:still )?(?:chose|decided|made the choice) to` +
  // "none of that excuses it", "none of it makes it okay"
  String.raw`|none of (?:that|this|it|those|them) (?:excuses|justifies|changes|matters|makes (?:[a-z']+ ){0,6}?${OUTCOME}|gives me (?:the|any) right)` +
  // the saying set aside for this case: "people say it takes two, but not this time"
  String.raw`|not (?:this time|here|in this case|this once|on this one|with this|for this))\b`;
const TAKEN_BACK_AFTER = new RegExp(String.raw`^[^.!?;]{0,30}?[,;]?\s+(?:but|and|yet|though)\s+(?:honestly,? |of course,? |i know |i know that )?${TAKES_BACK}`);

/** True when the words after `end` take back the claim that ends there (TAKES_BACK). */
export function takenBackAfter(norm: string, end: number): boolean {
  return TAKEN_BACK_AFTER.test(norm.slice(end, end + 140));
}

const TAKES_BACK_AT = new RegExp(String.raw`^\s*,?\s*(?:honestly,? |of course,? |i know |i know that )?${TAKES_BACK}`);

/** True when the words at `start` take back what came before ("…, but [that doesn't make it okay]"). */
export function takesBackAt(norm: string, start: number): boolean {
  return TAKES_BACK_AT.test(norm.slice(start, start + 120));
}

/** The flags a claim taken back in the same sentence loses: the rebuttable ones, and pleading one's pain (an intent set down so is still led with, readers find). */
export const TAKEN_BACK_IN_SENTENCE: ReadonlySet<FlagId> = new Set<FlagId>([...REBUTTABLE, 'self-focus']);
