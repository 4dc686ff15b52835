import type { ElementRule } from '../types';
import { YOU, YOUR, before, collectSpans, needs, rx } from './match';

/**
 * Repair: the person offers to make it right (pay back, replace, fix, cover the cost), is
 * already doing so ("I've set up a standing order", "I'm paying for it"), or asks what would
 * help ("how can I make this right?"). A past plan that never happened ("I was going to pay
 * it back before you found out") and a report of an old promise ("I said I'd pay you back")
 * are not an offer.
 */

/** Who is offering, now or from now on. */
const OFFER =
  "(?:i'?ll|i will|ill|i shall|i'?d (?:like|love) to|i would (?:like|love) to|id (?:like|love) to|i want to|i wanna|i'?m going to|im going to|i am going to|i'?m gonna|im gonna|i intend to|i plan to|i mean to|i can|i could|i'?m ready to|im ready to|i am ready to|i'?m willing to|im willing to|i am willing to|i promise to|i'?m happy to|im happy to|i'?d be (?:glad|happy) to|let me|i'?ve (?:started|begun|been)|ive (?:started|begun|been)|i have (?:started|begun|been)|i'?ll keep|i will keep|ill keep|i'?ll start|i will start|i can start|i'?d like to start|i want to start|i'?m committed to|i commit to|i offer to|i'?m offering to|i am offering to)";

/** What making it right looks like. */
const MEND =
  `(?:pay(?:ing)?(?: (?:${YOU}|it|them|this|that|the \\w+|every \\w+|all(?: of it)?|what i owe|everything|in full|the rest|\\w+ \\w+))?(?: (?:all|it|in full))? back|pay(?:ing)? (?:for|off|down|the|it|${YOU}|what|every|in full|all|everything|\\$|£|€|\\d)|repay|reimburse|refund|compensate|replace|return (?:${YOUR}|the|it|them|every|all|what)|give (?:${YOU} )?(?:\\w+ ){0,3}back|get (?:\\w+ ){0,3}back to ${YOU}|get (?:${YOU} )?(?:a new|another|a replacement|one)|buy (?:\\w+ ){0,4}back|buy (?:${YOU} )?(?:a new|another|a replacement)|fix|repair|make (?:it|this|things|that|everything) (?:right|up to ${YOU}|good)|make (?:it |this |that )?up (?:to|for)|make amends|make good|(?:put|set|make) (?:it |this |things |that |everything )?right|cover (?:the|all|your|ur|it|what|every)|send (?:${YOU} )?(?:[$£€]|\\d|(?:the )?money|proof|(?:the |a )?payments?|cash|(?:it|them|\\w+) back)|transfer|touch (?:it )?up|settle (?:the|it|my|what)|clear (?:the|my|it|what)|sort (?:out )?(?:the (?:money|debt|bill|damage|repairs?|cost)|what i owe|my debt)|work off|pay it forward|put (?:money|it|\\w+) aside|set (?:money|it|\\w+) aside|save up)`;

const PATTERNS = [
  // money set aside for them: "I've started putting £50 a week aside for you"
  needs('putting setting saving put set', rx(`\\bi(?:'ve| have|ve|'m| am|m)? (?:(?:started|been|begun|now|already) )?(?:putting|setting|saving|put|set) (?:[^.!?\\s]+ ){0,4}?(?:aside|away|by) (?:for ${YOU}|to (?:pay|repay|cover|replace))`)),
  // "if there's any way to make this right", "anything I can do to put it right"
  needs('way anything something', rx(`\\b(?:any ?way|anything|something) (?:i can do )?to (?:make|put|set) (?:this|it|things) (?:right|straight)\\b`)),
  // hands-on help: "I can come round and help clean up", "I'd like to help fix the gate"
  needs('help', rx(`\\b(?:i (?:can|could|will|want to|would like to)|i'?ll|ill|i'?d like to|let me) (?:come (?:round|over|by) and )?help (?:(?:you )?(?:clean|fix|repair|tidy|sort|pay|rebuild|replace)|with the (?:repairs?|cost|bills?|clean-?up|damage))`)),
  // "I'll pay you back", "I want to pay back the £1,200", "ill get u a new one", "I'll touch it up"
  needs('pay paying repay reimburse refund compensate replace return give get buy fix repair make put set cover send transfer touch settle clear sort work save', rx(`\\b${OFFER} (?:(?:\\w+ ){0,5}?)${MEND}`)),
  // "I'm paying you back £20 every payday", "I'm paying for it"
  needs('paying repaying sending giving saving putting', rx(`\\b(?:i'?m|im|i am) (?:(?:now|already|still|slowly) )?(?:paying|repaying|sending|giving|saving|putting (?:money )?aside)(?: ${YOU})?(?: (?:it )?(?:back|for|off|down|[$£€]|\\d|every|each|money|what|the rest|towards))`)),
  // "I never paid you back for the tickets, and I'd like to do that now."
  needs('paid returned replaced repaid fixed', rx(`\\b(?:paid|returned|replaced|repaid|fixed)(?: ${YOU})?(?: \\w+)? back\\b[^.!?]{0,80}?\\b(?:i'?d|i would|id|i want|i'?m ready|i intend|i'?ll|i will|ill)(?: (?:like|love))? (?:to )?(?:do|put|make|set|fix|change) (?:that|it|this)\\b`)),
  // "How can I make this right?", "What can I do to put this right?", "is there anything I can do"
  needs('how what', rx(`\\b(?:how|what) (?:can|could|should|do) i (?:(?:start|begin) (?:to )?)?(?:do to )?(?:make|put|set|fix|repair|make up|help|do)\\b`)),
  needs('anything something way', rx(`\\bis there (?:anything|something|any way) i can do\\b`)),
  needs('help ok okay let mind', rx(`\\b(?:would it help|would that help|is it ok|is it okay|would you let me|would you mind) if i (?:paid|covered|replaced|fixed|returned|repaid|bought|gave|sent|sorted)\\b`)),
  // "can I buy you a new one", "shall I get it fixed", "would you rather have the cash?"
  needs('can could may shall', rx(`\\b(?:can|could|may|shall) i (?:buy|get|order|find) (?:${YOU} )?(?:a (?:new|replacement)|another one|the same (?:one|model|thing)|it (?:fixed|replaced|repaired|cleaned)|them (?:fixed|replaced|repaired|cleaned))\\b`)),
  needs('rather prefer', rx(`\\bwould ${YOU} (?:rather|prefer) (?:have (?:the (?:cash|money)|a (?:new|replacement))|i (?:paid|gave|sent|bought|replaced|fixed|covered)|me to (?:pay|replace|buy|fix|cover))\\b`)),
  // "I'll have it all back to you by Friday", "you'll get every penny back"
  needs('back', rx(`\\b(?:i'?ll|i will|ill|i'?m going to|im going to) (?:have|get) (?:it|that|the (?:\\w+ ){0,2}?\\w+|every (?:penny|cent)|everything|the lot)(?: all)? back to ${YOU}\\b`)),
  // setting the record straight: "I've emailed the VP to correct the record", "I told them the truth so your name is cleared"
  needs('record name truth', rx(`\\b(?:correct(?:ed|ing)? the record|set(?:ting)? the record straight|clear(?:ed|ing)? (?:${YOUR}|her|his|their) names?|(?:wrote|written|rang|rung|called|emailed|phoned|spoke|spoken|messaged|contacted|gone|went) (?:\\w+ ){0,5}?to tell (?:them|him|her|everyone|the \\w+) the truth)\\b`)),
  needs('can could may', rx(`\\b(?:can|could|may) i (?:pay (?:for|you|back|it)|cover|replace|fix|repair|return|repay|make (?:it|this|things) (?:right|up))\\b`)),
  needs('tell let', rx(`\\b(?:tell|let) me (?:know )?(?:what|how much) (?:i owe|would help|you need|${YOU} need|is fair|${YOU} think is fair|would be fair|would make (?:it|this|things) right|it costs?|the (?:repair|damage|bill) (?:costs?|came to))\\b`)),
  needs('would', rx(`\\bwhat would (?:help|make (?:it|this|things) right|be fair|feel fair)\\b`)),
  // "I've set up a standing order", "I've opened a separate account", "I've already paid half"
  needs('set arranged opened started', rx(`\\bi(?:'?ve| have| ve) (?:(?:already|now|just) )?(?:set up|arranged|opened|started) (?:a |an )?(?:standing order|payment plan|plan to (?:repay|pay)|direct debit|repayment|separate account|savings account|account for)`)),
  needs('paid repaid sent transferred saved put set', rx(`\\bi(?:'?ve| have| ve) (?:(?:already|now|just) )?(?:paid|repaid|sent|transferred|saved|put aside|set aside) (?:(?:${YOU}|back) )?(?:half|some|part|the first|[$£€]|\\d|a bit|most|back)`)),
  needs('booked taken put', rx(`\\b(?:i'?ve|i have|ive) (?:booked|taken|put) (?:it|the \\w+|${YOUR} \\w+) (?:in|into) (?:the )?(?:garage|shop|repair)`)),
  // "until the debt is cleared", "till its done" after an amount: "£75 until the debt is cleared"
  needs('until till til untill', rx(`(?:[$£€]\\s?\\d[\\d,.]{0,15}|\\b\\d[\\d,.]{0,15}) (?:(?:a|per|each|every) (?:week|month|fortnight|payday|friday|\\w+day)|every (?:week|month|fortnight|payday|friday|\\w+day))\\b[^.!?]{0,40}?\\b(?:until|till|til|untill) (?:the (?:debt|loan|money|amount|balance|total)|it|its|it's|all|everything|every|the [$£€]|[$£€])`)),
];

/** Offers that are not offers now: a lapsed plan, a reported old promise, a no. */
const BEFORE_VETO =
  /(?:\b(?:was going to|was gonna|were going to|meant to|supposed to|should have|could have|would have|said|promised|told (?:you|u)|never|not|don'?t|didn'?t|can'?t|won'?t|cannot|doesn'?t|does not)\s+(?:\w+\s+){0,2}$)/;

function isOffer(norm: string, start: number, end: number): boolean {
  // The unpaid debt named first, then the offer to settle it: the "never" belongs to the past.
  if (/^(?:paid|returned|replaced|repaid|fixed)\b/.test(norm.slice(start, end))) return true;
  if (BEFORE_VETO.test(before(norm, start, 30))) return false;
  // "I was going to pay it all back before you ever found out" is a lapsed plan, not an offer
  const text = norm.slice(start, end);
  if (/^(?:i was|i were)\b/.test(text)) return false;
  return true;
}

const rule: ElementRule = {
  id: 'repair',
  label: 'Offer to make it right',
  description:
    'A concrete offer to repair what you can, or a question about what would help, turns sorrow into action.',
  promptLabel: 'Offer to make it right',
  starters: ['I want to make this right by ', 'I will pay you back ', 'What could I do to help put this right?'],
  find(sentence) {
    return collectSpans(sentence, PATTERNS, isOffer);
  },
  examples: {
    positive: [
      "I'm setting twenty pounds a week aside for you.",
      'If there is anything I can do to put it right, please say.',
      'Let me come over and help repair the shed.',
      'Could I buy you a replacement for the lamp?',
      'Would you rather I paid for the repair or sent you the money?',
      "I'll have the whole amount back to you by the 30th.",
      "I've written to your manager to set the record straight.",
      'I rang the landlord to tell him the truth about who broke the window.',
      'I want to pay you back.',
      'I will repay the $300 by June.',
      'How can I make this right?',
      'ill get u a new one when i get paid on the 15th',
      "I've set up a standing order of $50 a week to you until the $2,000 is repaid.",
      "Tell me what I owe you for the broken window and I'll pay it in full.",
      'I want to make it up to you in whatever way you think is fair.',
      "I'd like to pay for the repairs to your fence.",
      'i can send 50 every friday till its done',
      "I'm paying you back £20 every payday.",
      'What can I do to put this right between us?',
      'If you want, I can pay it back.',
    ],
    negative: [
      'I put my coat away for the winter.',
      'There is no way to make this right, I know that.',
      'I was too scared to tell them the truth.',
      'Can I get you a coffee when we meet?',
      'Would you rather meet on Sunday?',
      'I was going to pay it all back before you ever found out.',
      "i said id pay u back by xmas and i didnt",
      "I know sorry doesn't fix your car.",
      "I'd love to buy you a coffee sometime.",
      'I repaid you by lying about where the money went.',
      'It cost me $50 a month to keep the car.',
      'I will never touch alcohol again.',
      "I can't pay you back right now.",
    ],
  },
};

export default rule;
