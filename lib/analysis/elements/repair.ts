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
  "(?:i'?m (?:just |still |now )?(?:going to|gonna)|im (?:just |still |now )?(?:going to|gonna)|i am (?:just |still |now )?going to|(?:i )?reckon i (?:can|could)|i'?ll|i will|ill|i shall|i'?d (?:like|love) to|i would (?:like|love) to|id (?:like|love) to|i want to|i wanna|i'?m going to|im going to|i am going to|i'?m gonna|im gonna|i intend to|i plan to|i mean to|i can|i could|i'?m ready to|im ready to|i am ready to|i'?m willing to|im willing to|i am willing to|i promise to|i'?m happy to|im happy to|i'?d be (?:glad|happy) to|let me|i'?ve (?:started|begun|been)|ive (?:started|begun|been)|i have (?:started|begun|been)|i'?ll keep|i will keep|ill keep|i'?ll start|i will start|i can start|i'?d like to start|i want to start|i'?m committed to|i commit to|i offer to|i'?m offering to|i am offering to)";

/** What making it right looks like. */
const MEND =
  `(?:pay(?:ing)?(?: (?:${YOU}|it|them|this|that|the \\w+|every \\w+|all(?: of it)?|what i owe|everything|in full|the rest|\\w+ \\w+))?(?: (?:all|it|in full))? back|pay(?:ing)? (?:for|off|down|the|it|${YOU}|what|every|in full|all|everything|\\$|£|€|\\d)|repay|reimburse|refund|compensate|replace|return (?:${YOUR}|the|it|them|every|all|what)|give (?:${YOU} )?(?:\\w+ ){0,3}back|get (?:\\w+ ){1,3}back to ${YOU}|get (?:${YOU} )?(?:a new|another|a replacement|one)|buy (?:\\w+ ){0,4}back|buy (?:${YOU} )?(?:a new|another|a replacement)|fix|repair|make (?:it|this|things|that|everything) (?:right|up to ${YOU}|good)|make (?:it |this |that )?up (?:to|for)|make good|(?:put|set|make) (?:it |this |things |that |everything )?right|cover (?:the|all|your|ur|it|what|every)|send (?:${YOU} )?(?:[$£€]|\\d|(?:the )?money|proof|(?:the |a )?payments?|cash|(?:it|them|\\w+) back)|transfer|touch (?:it )?up|settle (?:the|it|my|what)|clear (?:the (?!air\\b)|my|it|what)|sort (?:out )?(?:the (?:money|debt|bill|damage|repairs?|cost)|what i owe|my debt)|work off|pay it forward|put (?:money|it|\\w+) aside|set (?:money|it|\\w+) aside|save up`
  // putting back what was taken, or handing it over: "put every cent back", "drop it round", "post the cheque"
  + `|put (?:it|them|that|the (?:money|cash|rest|lot)|every (?:penny|cent|dollar|pound)|all of it|what i took|everything) (?:all )?back`
  + `|(?:drop|bring|post|hand|run) (?:it|them|the (?:money|cash|cheque|check|rest|lot|tools?|ring|keys?|watch|bike)|${YOUR} \\w+) (?:round|over|back|in)`
  + `|(?:post|send|drop|bring|hand) (?:${YOU} )?(?:the |a )?(?:cheque|check|money|cash|payment)`
  + `|(?:venmo|paypal|zelle|e-?transfer|wire|etransfer) (?:${YOU} )?(?:it|the|[$£€]|\\d|what|back|money)`
  + `|(?:pay|send|repay) (?:${YOU} )?r\\d`
  // getting it sorted: "I'll sort it", "I'll get it fixed", "ill get it back by the 20th"
  + `|sort (?:it|this|that|the (?:\\w+ )?(?:damage|repairs?|bill|panel|window|money|dent|car|glass))(?: out)?\\b`
  + `|get (?:it|them|this|that|the \\w+|${YOUR} \\w+) (?:sorted|fixed|repaired|replaced|cleaned|mended|seen to|redone)`
  + `|get (?:it|them|${YOUR} (?:\\w+ )?\\w+) back\\b(?! (?:together|on track|to normal))`
  + `|(?:rebuild|replant|repaint|re-?do|redo|chip in)\\b|(?:mend|clean up|clean) (?:it|them|the|${YOUR})\\b`
  + `|find (?:${YOU} )?(?:another|a new|a replacement|the same)`
  + `|cover (?:a|an) `
  + `|(?:send|give|put|pay|contribute) (?:${YOU} )?(?:\\w+ ){0,3}?towards`
  + `|help (?:${YOU} )?(?:with|pay|cover) (?:the |${YOUR} )?(?:\\w+ )?(?:costs?|bills?|fees|repairs?|damage|rent)`
  + `|send (?:${YOU} )?what i owe)`;

const PATTERNS = [
  // money set aside for them: "I've started putting £50 a week aside for you"
  needs('putting setting saving put set', rx(`\\bi(?:'ve| have|ve|'m| am|m)? (?:(?:started|been|begun|now|already) )?(?:putting|setting|saving|put|set) (?:[^.!?\\s]+ ){0,4}?(?:aside|away|by) (?:for ${YOU}|to (?:pay|repay|cover|replace))`)),
  // "if there's any way to make this right", "anything I can do to put it right"
  needs('way anything something', rx(`\\b(?:any ?way|anything|something) (?:i can do )?to (?:make|put|set) (?:this|it|things) (?:right|straight)\\b`)),
  // hands-on help: "I can come round and help clean up", "I'd like to help fix the gate"
  needs('help', rx(`\\b(?:i (?:can|could|will|want to|would like to)|i'?ll|ill|i'?d like to|let me) (?:come (?:round|over|by) and )?help (?:(?:you )?(?:clean|fix|repair|tidy|sort|pay|rebuild|replace)|with the (?:repairs?|cost|bills?|clean-?up|damage))`)),
  // "I'll pay you back", "I want to pay back the £1,200", "ill get u a new one", "I'll touch it up"
  needs('pay paying repay reimburse refund compensate replace return give get buy fix repair make put set cover send transfer touch settle clear sort work save drop bring post hand run venmo paypal zelle e-transfer etransfer wire rebuild replant repaint redo re-do mend clean chip find contribute help', rx(`\\b${OFFER} (?:(?:\\w+ ){0,5}?)${MEND}`)),
  // "I'm paying you back £20 every payday", "I'm paying for it"
  needs('paying repaying sending giving saving putting chipping buying getting', rx(`\\b(?:i'?m|im|i am) (?:(?:now|already|still|slowly|also) )?(?:chipping in (?:for|towards|on)\\b|(?:buying|getting) (?:it|them|${YOUR} (?:\\w+ )?\\w+) back\\b(?! (?:together|on track|to normal))|(?:paying|repaying|sending|giving|saving|putting (?:money )?aside)(?: ${YOU}| them)?(?: (?:it )?(?:back|for|off|down|[$£€]|\\d|every|each|money|what|the rest|towards)))`)),
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
  // the money on its way to them, with or without an "I": "the $2,000 will be back in your account
  // by spring", "fifty pounds will go into your account every month", "the cheque is in the post"
  needs('account acc bank back straight post coming', rx(`\\b(?:the (?:\\w+ )?[$£€r]\\s?\\d[\\d,.]*|the (?:\\w+ ){0,3}?(?:money|cash|payments?|repayments?|cheque|check|amount|refund|balance|rest|deposit|debt|wages|instalments?|installments?)|[$£€]\\s?\\d[\\d,.]*|r\\d[\\d,.]*|\\d[\\d,.]* (?:pounds|dollars|euros|quid|bucks|rand)|[a-z]+ (?:pounds|dollars|euros|quid|bucks|rand)|every (?:penny|cent))(?: \\w+){0,4}? (?:will (?:be|go|come|keep coming|arrive|land)|(?:is|are) (?:going|coming|on (?:its|their) way|being (?:paid|sent|transferred))|went|has gone|have gone|'ll be|'s going|'s coming)(?: \\w+){0,3}? (?:(?:in|into|to) ${YOUR} (?:\\w+ )?(?:account|acc|bank)|back (?:to|with) ${YOU}|(?:straight|directly|right) to ${YOU}|in the post|every (?:week|month|fortnight|payday))`)),
  needs('post', rx(`\\b(?:cheque|check|payment|money|refund) (?:\\w+ ){0,3}?(?:is|are|'s) (?:in the post|on (?:its|their) way)`)),
  // asking how they would like it put right: "how you'd like me to make this right", "which account
  // you'd like the money sent to", "if you'd like me to pay for the counselling"
  needs('like want prefer rather', rx(`\\b(?:how|what|if|would|do) ${YOU}(?:'?d| would| want| like| prefer)? (?:like|want|prefer|rather)? ?me to (?:(?:\\w+ ){0,2}?)(?:make|put|set|pay|cover|replace|fix|repair|return|repay|give|send|bring|drop|sort|help)\\b`)),
  // "the chance to pay you back", "if you want the ring back", "I've put aside the money for it"
  needs('chance', rx(`\\bchance to (?:\\w+ ){0,2}?${MEND}`)),
  needs('want like prefer', rx(`\\bif ${YOU}(?:'?d| would)? (?:ever )?(?:want|like|prefer) (?:the|${YOUR}|it|them) (?:\\w+ )?back\\b`)),
  needs('put set', rx(`\\bi(?:'ve| have|ve)? (?:already |now )?(?:put|set) aside (?:the|some|enough) (?:\\w+ )?(?:money|cash)\\b`)),
  needs('which', rx(`\\bwhich (?:bank )?(?:account|bank|acc)\\b(?: [\\w']+){0,3}? (?:like|want|prefer|rather)\\b`)),
  needs('start begin', rx(`\\b(?:how|what) (?:can|could|should|do) i (?:start|begin) (?:putting|making|setting) (?:this|it|things) (?:right|straight)`)),
  needs('anything', rx(`\\bif there(?:'s|s| is) anything (?:else )?i can do\\b`)),
  needs('help', rx(`\\bwould it help (?:${YOU} )?if i\\b`)),
  needs('tell let', rx(`\\b(?:tell|let) me (?:know )?(?:the (?:amount|total|figure|cost)|how (?:much|${YOU} (?:want|would like|'?d like) (?:it|the money|me to)))\\b`)),
  needs('plan aim intention', rx(`\\b(?:my|the) (?:plan|aim|intention) (?:now |from here )?is to (?:\\w+ ){0,2}?${MEND}`)),
  // restitution already made: "I have returned them to the site manager", "I gave it back to
  // Father Tom this morning", "I've brought a cheque for what I took", "paid the first 200 back into ur acc"
  needs('returned given gave brought handed put paid sent', rx(`\\b(?:i(?:'?ve| have| ve)?|ive) (?:(?:already|now|just|since|also) )?(?:returned (?:it|them|the|${YOUR}|every|all|what|everything)|(?:given|gave|handed|brought|put|paid|sent) (?:it|them|the \\w+|${YOUR} \\w+|every \\w+|all of it|everything) back|brought (?:back )?(?:a |the |${YOU} )?(?:cheque|check|money|cash|the \\w+ back))\\b`)),
  needs('paid sent transferred put', rx(`^\\W*(?:paid|sent|transferred|put) (?:\\w+ ){0,3}?(?:back )?(?:in|into|to) ${YOUR} (?:\\w+ )?(?:acc|account|bank)\\b`)),
  // setting records straight with third parties: "I've told HR the truth so you're cleared",
  // "I've written to the committee to tell them the error was mine", "I'll go to the manager and tell them the truth"
  needs('told tell telling written write wrote emailed email rung ring rang called call spoken speak', rx(`\\b(?:i'?ve|i have|ive|i'?ll|i will|ill|i can|i could|i'?m going to|im going to|i'?m gonna|im gonna|let me|i want to|i'?d like to) (?:(?:already|since|now|just|also) )?(?:(?:go|come|gone|been|went) (?:\\w+ ){0,4}?(?:and|to) )?(?:(?:written|write|wrote|emailed|email|rung|ring|rang|called|call|spoken|speak|gone|go) (?:to )?(?:\\w+ ){1,3}?(?:to |and )?)?(?:told|tell|telling) (?!${YOU}\\b)(?:hr|them|him|her|everyone|everybody|people|the \\w+|${YOUR} \\w+)(?: \\w+)?? (?:the truth|(?:that )?(?:it|the \\w+(?: \\w+)?(?: \\w+)?) was (?:mine|me|my fault|my doing|down to me)|(?:that )?i was (?:wrong|lying|the one|responsible|to blame)|(?:that )?i lied|(?:that )?(?:${YOU}|she|he) (?:had nothing|did nothing|weren't|wasn't))`)),
  // payments being arranged: "im setting up a standing order", "I've set up payments of $100 a week"
  needs('setting set arranging arranged', rx(`\\b(?:i'?m|im|i am|i'?ve|ive|i have) (?:(?:now|already|just) )?(?:setting up|set up|arranged|arranging) (?:a |an )?(?:(?:\\w+ )?payments?|standing order|direct debit|repayments?|transfer|payment plan)`)),
  // until the debt is gone: "until the debt is cleared", "till its paid off", "until the full R8,000 is back with you"
  needs('until till til untill', rx(`\\b(?:until|till|til|untill) (?:the (?:\\w+ )?(?:debt|loan|money|amount|balance|total|bill|[$£€r]?\\d[\\d,.]*)|it|its|it's|every (?:penny|cent)|everything|all of it|[$£€r]?\\d[\\d,.]*)(?: is| 's|'s| has been| gets)? (?:all |fully |completely )?(?:paid|repaid|cleared|settled|back (?:with|to) ${YOU})\\b`)),
  // "Please accept this cheque as the first part of what I owe you", "I've enclosed a cheque"
  needs('accept enclose enclosed enclosing attached', rx(`\\b(?:please accept|i(?:'ve| have)? enclosed|i enclose|i'?m enclosing|enclosed is|attached is) (?:this |the |a |my )?(?:\\w+ )?(?:cheque|check|payment|money|transfer|refund|repayment)`)),
  // keeping up payments: "I'll keep making the payments", "I'll keep my word about the payments"
  needs('keep keeping continue carry', rx(`\\b(?:i'?ll|i will|ill|i'?m going to|im going to|i promise to|i'?m gonna|im gonna) (?:keep|keeping|continue|carry on) (?:\\w+ ){0,4}?(?:re)?payments?\\b`)),
  // refunds to those harmed: "every one of them will get a full refund"
  needs('refund compensation reimbursement refunded reimbursed compensated', rx(`\\b(?:will|'ll|shall) (?:\\w+ ){0,1}?(?:get|receive|be (?:given|sent|paid|offered)) (?:a |an )?(?:full )?(?:refund|compensation|reimbursement)|\\b(?:will|'ll|shall) be (?:fully )?(?:refunded|reimbursed|compensated)\\b`)),
  // a bill or debt paid off for them: "I've paid the garage directly", "I've paid the vet's bill for her in full", "I paid back the £600",
  // "I've paid the $2,000 back", "I've paid off the card I opened in your name"
  needs('paid repaid cleared settled', rx(`\\bi(?:'?ve| have|ve)? (?:(?:already|now|just|since|also) )?(?:paid|repaid|cleared|settled) (?:off|back) (?:the|${YOUR}|his|her|their) (?:\\w+'?s |\\w+ )?(?:bill|garage|vet|dentist|repairs?|damage|invoice|card|debt|loan|overdraft|arrears)\\b|\\bi(?:'?ve| have|ve)? (?:(?:already|now|just|since|also) )?(?:paid|repaid|cleared|settled) (?:the|${YOUR}|his|her|their) (?:\\w+'?s |\\w+ )?(?:bill|garage|vet|dentist|repairs?|damage|invoice|card|debt|loan|overdraft|arrears)\\b[^.!?]{0,20}?\\b(?:directly|in full|for (?:${YOU}|the (?:damage|repairs?)))\\b|\\bi(?:'?ve| have|ve)? (?:(?:already|now|just|since|also) )?(?:paid|repaid) (?:the |${YOUR} )?[$£€r]\\s?\\d[\\d,.]*(?: \\w+)? back\\b|\\bi(?:'?ve| have|ve)? (?:(?:already|now|just|since|also) )?paid back (?:the |every )?(?:[$£€r]\\s?\\d[\\d,.]*|penny|cent)`)),
  // the record put right with the people told: "I'll write to the board and correct it", "I'm going to tell the
  // partners it was yours", "I'll tell them the claim I made was false"
  needs('correct tell', rx(`\\b(?:i'?ll|i will|ill|i'?m going to|im going to|i am going to|i'?m gonna|im gonna|i'?ve|i have|ive) (?:(?:\\w+ ){0,6}?(?:and|to) )?(?:correct (?:it|that|this|the (?:\\w+ )?(?:record|report|claim|statement|story|complaint|accounts?))|tell (?:them|him|her|the \\w+|everyone) (?:that )?(?:it|the \\w+(?: \\w+){0,4}?) (?:was|were) (?:false|untrue|a lie|made up|(?:yours|urs)|mine|not (?:true|(?:yours|urs))))\\b`)),
  // money put into their account: "I've put $500 into your account", "I've started putting £50 into the kids' account"
  needs('put putting deposited depositing', rx(`\\bi(?:'?ve| have|ve)? (?:(?:already|now|just|started|been) )?(?:put|putting|deposited|depositing) (?:the first |another |a further )?(?:[$£€r]\\s?\\d[\\d,.]*|\\d[\\d,.]* (?:pounds|dollars|euros|quid|bucks|rand)) (?:\\w+ )?(?:in|into) (?:${YOUR} |the (?:kids'?|children'?s|boys'?|girls'?) )(?:\\w+ )?(?:account|acc|bank)\\b`)),
  // asking what would put it right, in longer words: "what I can do, if anything, to make this right", "anything you'd like me to do to put this right"
  needs('make put set', rx(`\\b(?:what|anything|something)(?: (?:else|specific|at all))? (?:i can|i could|${YOU}(?:'?d| would) like me to|${YOU} (?:want|need) me to)(?: do)?,?(?: if anything,)? to (?:make|put|set) (?:this|it|things|that) (?:right|straight)\\b|\\bif there(?:'s| is) (?:a|any) way i can make up (?:for )?`)),
  // their money coming back, told from their side: "you'll get every cent back", "ur getting it back", "I wanted you to have the money back"
  needs('getting get back', rx(`\\b${YOU}(?:'?ll| will|'re|re|r| are|'ll be| will be) (?:getting|get) (?:it|them|every (?:penny|cent|rand|dollar|pound|euro)|the (?:\\w+ )?(?:money|lot|rest)|all of it|${YOUR} (?:\\w+ )?money) (?:all )?back\\b|\\bwant(?:ed)? ${YOU} to have (?:the|${YOUR}) (?:\\w+ )?(?:money|cash|savings|deposit) back\\b`)),
  // the repayment on their terms: "if you'd rather I paid it to a charity", "if you want the money in one lump sum, just say"
  needs('rather prefer want like', rx(`\\bif ${YOU}(?:'?d| would)? (?:ever )?(?:rather|prefer|want|like) (?:i (?:paid|sent|gave|put|transferred)|the (?:money|payments?|repayments?|cash|rest) (?:paid |sent |put )?(?:in|into|to|as|straight|directly|monthly|weekly|all at once))\\b`)),
  // a group's repair to the people it harmed, often named in the third person (its "we" read as
  // "I": we-voice.ts): "we have agreed to pay Mr Mehta substantial damages", "we have refunded all
  // fees and interest", "the club will fund counselling for any member affected", "every student
  // named will be offered funded counselling". Not the writer's own therapy ("I pay for my counselling").
  needs('pay paying paid refund refunded refunding reimburse reimbursed reimbursing compensate compensated compensating fund funded funding cover covered covering waive waived waiving offer offered offering',
    rx(`\\bi(?:'?ve| have|'?ll| will|'?m| am)? (?:now |also |already |since |agreed to |offered to |decided to |chosen to )*(?:pay(?:ing)?|paid|refund(?:ed|ing)?|reimburs(?:e|ed|ing)|compensat(?:e|ed|ing)|fund(?:ed|ing)?|cover(?:ed|ing)?|waiv(?:e|ed|ing)|offer(?:ed|ing)?) (?:(?!my\\b|myself\\b|our\\b)[\\w'-]+ ){0,6}?(?:damages|compensation|refunds?|reimbursement|legal costs|costs|fees|charges|interest|counsell?ing|therapy|credit monitoring|in full|the cost|full cost|money back)\\b|\\b(?:will|'ll|shall) (?:now |also )?(?:fund|pay for|cover the cost of|cover) (?:(?!my\\b|myself\\b|our\\b)[\\w'-]+ ){0,3}?(?:counsell?ing|therapy|treatment|support|repairs?|legal costs)\\b|\\b(?:will|'ll|shall) be (?:offered|given|paid) (?:[\\w'-]+ ){0,2}?(?:funded |free |full )?(?:counsell?ing|therapy|damages|compensation)\\b`)),
  // Money given away as restitution by a public figure or firm: "I'm donating my game checks for the
  // suspension to MADD", "I'll be donating my wages for the next month to the Road Victims Trust",
  // "I'm making a donation to The Trevor Project", "we are donating all profits from this quarter".
  // A habit of giving ("I donate blood") names no earnings.
  needs('donating donate donation',
    rx(`(?<!\\b(?:was|were|used to|kept|you|u|he|she|they) )\\bdonat(?:e|ing) (?:(?:all|half|part|every \\w+|the rest|the full|the whole)(?: of)? )?(?:my|the|this|all|that) (?:[\\w'-]+ ){0,4}?(?:fees?|wages|salary|pay|earnings|profits|revenue|prize money|proceeds|checks|cheques|bonus|income)\\b|\\b(?:i'?m|im|i am|i'?ll|ill|i will|i'?ll be|i will be|i'?m going to be|i am going to be|i'?ve|i have) (?:also |now |already )?(?:making|make|made) (?:a |an )(?:[\\w'-]+ ){0,2}?donation (?:to|equal to|of|matching)\\b`)),
  // The costs borne by the writer, told of the costs: "every medical bill and every lost paycheck is
  // covered by me, personally", "every cost of the repair and his lost earnings are covered by me".
  needs('me', rx(`\\b(?:is|are|be|gets?|get) (?:all |fully |paid and )?(?:covered|paid(?: for)?|met|reimbursed) by me\\b`)),
  // What those harmed can now claim: "every person who bought it can get a full refund", "each will
  // receive a £75 goodwill credit", "every affected employee will receive eight weeks' additional pay".
  needs('refund credit payment pay reimbursement compensation',
    rx(`(?<!\\b(?:i|you|u|he|she|they|we|it))\\b(?: can| will|'ll| shall) (?:\\w+ )?(?:get|receive|claim|be (?:given|sent|paid|offered)) (?:a |an )?(?:[\\w£$€.,'-]+ ){0,3}?(?:(?:full|pro-rata|partial|goodwill) (?:refund|reimbursement|credit|payment)|(?:additional|extra|back|severance) pay|goodwill (?:credit|payment|gesture))\\b`)),
  // The harmed person's costs met, named by what they were: "we will meet the full cost of rebuilding",
  // "we are meeting the cost of her family's relocation", "the force will meet Daniel's legal costs",
  // "we will cover medical care for the injured", "we will contribute $5 million to a compensation fund".
  needs('meet meeting cover covering bear bearing pay paying contribute contributing',
    rx(`(?<!\\b(?:you|u|he|she|they)(?: |'|'re |'ll | will | were | was | are | had to )?)\\b(?:meet(?:ing)?|cover(?:ing)?|bear(?:ing)?) (?:the )?(?:full |entire |whole )?cost of (?!my\\b|myself\\b)|(?<!\\b(?:you|u|he|she|they)(?: |'|'re |'ll | will | were | was | are | had to )?)\\b(?:meet(?:ing)?|cover(?:ing)?|pay(?:ing)?(?: for)?) (?:all (?:of )?)?(?:[a-z]+'s |the |(?:his|her|their|your|ur) )(?:[\\w-]+ )?(?:legal|medical|funeral|hospital|physio(?:therapy)?|dental|relocation|travel|rebuilding|counsell?ing|therapy) (?:costs|bills|fees|expenses|care)\\b|\\b(?:will|'ll|shall) (?:now |also )?(?:cover|fund|pay for) (?:the )?medical care\\b|\\b(?:will|'ll|shall|am|'m|are) (?:now |also )?contribut(?:e|ing) (?:[$£€]\\s?[\\d,.]+(?: (?:million|thousand|m|k))?|\\w+ (?:million|thousand) (?:pounds|dollars|euros)) (?:to|towards) (?:a|the) (?:[\\w-]+ ){0,2}?(?:compensation|redress|hardship|relief|support|victims'?) fund\\b`)),
  // Repayment set in motion through others: "I have agreed with the elders to repay the $46,000", "I have
  // directed my campaign committee to repay the full amount", "we have agreed with the Charity Commission
  // to restore £412,000", "I have asked them to calculate and repay every deduction I made". Asking the
  // person harmed to repay ("I asked you to repay it") is not this.
  needs('repay restore refund reimburse return',
    rx(`\\bi(?:'?ve| have|ve)? (?:now |also |already )?(?:agreed|directed|asked|instructed|arranged)(?: (?!(?:you|u)\\b)[\\w'-]+){0,5}? to (?:[\\w-]+ and )?(?:repay|restore|refund|reimburse|return|pay back)\\b`)),
  // Money being returned now: "I'm returning the full $85,000 ... into a refund pool".
  needs('returning repaying restoring refunding',
    rx(`\\b(?:i'?m|im|i am) (?:now |also )?(?:returning|repaying|restoring|refunding) (?:the |every |all (?:of )?(?:the )?)?(?:full |whole |entire )?(?:[$£€]\\s?\\d[\\d,.]*|money|fees?|amount|sum|payments?|deductions|donations)\\b`)),
  // money handed over with the letter: "I've put the £50 I owe you in an envelope", "it's all in the
  // envelope", "I enclose a cheque for the first instalment", "here's the 40 quid I owe you", "heres the first 50 back".
  needs('put popped placed tucked slipped included envelope enclose enclosed enclosing here heres',
    rx(`\\b(?:i(?:'ve| have|ve)?|ive) (?:already |just |also )?(?:put|popped|placed|tucked|slipped|included) (?:it|them|the (?:\\w+ ){0,2}?(?:money|cash|cheque|check|notes|payment|amount)|the (?:[$£€r]?\\d[\\d,.]*(?: \\w+)?|\\w+ (?:pounds|quid|dollars|euros|bucks|grand))(?: (?:that )?i (?:owe ${YOU}|took|borrowed))?|what i owe ${YOU}|every (?:penny|cent)) (?:in|into|inside) (?:an?|the|this) envelope\\b|\\b(?:it'?s|its|it is|they'?re|the (?:money|cash|cheque|check) is) (?:all )?(?:in|inside) (?:the|this) envelope\\b|\\bi (?:enclose|have enclosed|'ve enclosed|am enclosing|'m enclosing) (?:a |the |my )?(?:first |next |second |last |final )?(?:[$£€r]?\\d|cheque|check|payment|money|cash|postal order|instal+ment|part)|\\b(?:here'?s|here is|heres) (?:(?:[\\w'$£€]+|\\d[\\d,.]*) ){0,3}?(?:[$£€r]?\\d[\\d,.]*|pounds|dollars|quid|bucks|grand|money|cash|cheque|check|payment|instal+ment)(?: [\\w']+){0,2}? (?:(?:that )?i owe ${YOU}|back\\b|(?:that )?i (?:took|borrowed)|towards?)`)),
  // the debt paid off or to be paid whatever happens: "I repaid every cent of it last week", "I've
  // paid back the lot", "the money I owe you will be paid whether you write back or not", "I am repaying it".
  needs('repaid paid refunded owe repaying paying',
    rx(`\\bi(?:'ve| have|ve)? (?:now |already |just |finally |since )?(?:repaid|paid back|paid off|refunded) (?:every (?:penny|cent|pound|dollar|rand|euro|last \\w+)|all(?! (?:of )?my\\b)|the (?:lot|full|whole|entire|money|debt|loan)|what i (?:owed|took|borrowed))\\b|\\b(?:the|every|all the) (?:[$£€r]?\\d[\\d,.]*|money|\\w+ (?:pounds|dollars|quid|euros)|debt|amount|penny|cent|rest)(?: \\w+){0,2}? (?:i|we) owe ${YOU} (?:will|'ll|is going to|are going to|shall) be (?:re)?paid\\b|\\b(?:the money|the debt|the loan|it) will be (?:re)?paid (?:back )?(?:regardless|whatever|whether|either way|no matter|in full)\\b|\\b(?:i'?m|im|i am) (?:now |also |already |slowly |still )?(?:repaying|paying back|paying off) (?:it|them|that|the (?:money|debt|loan|fund|lot|rest)|every|all of it|what i (?:owe|took))\\b`)),
  // the thing itself brought back or the money put back: "I've already brought back the ladder",
  // "im posting it back to u tomorrow", "I'm dropping ur keys round tonight", "I've paid it back into the kitty".
  needs('brought given handed sent posted dropped returned posting sending bringing dropping returning paid put transferred deposited',
    rx(`\\b(?:i'?ve|ive|i have|i) (?:already |just |now |since )?(?:brought|given|handed|sent|posted|dropped|returned) back (?:${YOUR}|his|her|their|every|all (?:of )?(?:the|${YOUR})|the (?:\\w+ )?(?:tools?|drill|ladder|keys?|car|van|bike|ring|watch|laptop|phone|money|cash|float|jewell?ery|medals?|guitar|mower|books?|camera|console|games?|stuff|things))\\b|\\b(?:i'?m|im|i am) (?:now |also )?(?:posting|sending|bringing|dropping|returning) (?:it|them|him|${YOUR} \\w+|the \\w+) (?:back|round)\\b|\\bi(?:'ve| have|ve)? (?:already |just |now )?(?:paid|put|transferred|deposited) (?:it|the (?:money|cash|lot|float|rest)|the [$£€r]?\\d[\\d,.]*(?: \\w+)?|every (?:penny|cent)) (?:back )?(?:in|into) (?:the|${YOUR}|his|her|their) (?:\\w+ )?(?:account|acc|bank|fund|float|kitty|tin|pot)\\b`)),
  // offers in other registers: "I propose to repay the full sum", "I hope to pay you back by spring", "I'm
  // prepared to cover the cost", "ive decided to replace it", "I undertake to reimburse you".
  needs('propose undertake hope hoping aim decided determined prepared planning',
    rx(`\\b(?:i propose to|i undertake to|i hope to|i'?m hoping to|im hoping to|i am hoping to|i aim to|i'?ve decided to|ive decided to|i have decided to|i'?m determined to|im determined to|i am determined to|i'?m prepared to|im prepared to|i am prepared to|i'?d be prepared to|i would be prepared to|i'?m planning to|im planning to|i am planning to|i'?d be willing to|i would be willing to) (?:(?:\\w+ ){0,5}?)${MEND}`)),
  // the payment enclosed, in other words: "I've enclosed a cashier's check", "enclosed is a money order
  // for $300", "please find enclosed a cheque", "I put in the envelope €400".
  needs('enclosed envelope',
    rx(`\\b(?:i(?:'ve| have|ve)?|ive) (?:also |now )?enclosed (?:a |an |the |my )?(?:\\w+'s |bank |first |postal |money )?(?:cheque|check|draft|order|payment|money|cash|instal+ment|[$£€r]?\\d)|\\b(?:enclosed (?:is|are|you will find|you'?ll find)|please find enclosed) (?:a |an |the |my )?(?:\\w+'s |bank |first |postal |money )?(?:cheque|check|draft|order|payment|money|cash|instal+ment|[$£€r]?\\d)|\\bi (?:have )?put (?:in )?(?:the |an |this )?envelope (?:[$£€r]?\\d)`)),
  // their costs met, told short: "I'd like to cover both", "I'll pay those costs myself", "I can pay half"; not "some attention"
  needs('pay cover',
    rx(`\\b${OFFER} (?:\\w+ ){0,3}?(?:pay (?:both|half|part)|cover (?:both|half))\\b(?! (?:of )?(?:my|our|myself)\\b)|\\b${OFFER} (?:\\w+ ){0,3}?(?:pay|cover) (?:those|these) (?:\\w+ )?(?:costs?|bills?|fees|expenses)\\b`)),
  // costs met after a first clause of mine: "we have met the family and offered to cover any costs", "I spoke
  // to her and have offered to pay the vet's bill"; and costs named in a pair: "all of his medical and physio costs".
  needs('offered cover covering pay paying meet',
    rx(`\\b(?:i|we) (?:(?!(?:you|u|he|she|they)\\b)[\\w'-]+ ){1,8}?(?:and|,) (?:have |also )?offered to (?:cover|pay(?: for)?|meet|refund|reimburse) (?:any|all|the|his|her|their|${YOUR}|[a-z]+'s) (?:[\\w'-]+ ){0,5}?(?:costs?|expenses|bills?|fees|funeral)\\b|\\b(?:will|'ll|shall) (?:now |also )?(?:cover|pay(?: for)?|meet) all (?:of )?(?:his|her|their|${YOUR}|[a-z]+'s) (?:[\\w-]+ )?(?:and|&) (?:[\\w-]+ )?(?:costs|bills|fees|expenses)\\b`)),
  // an amount refunded, reimbursed, credited or restored: "we have reimbursed the $1,140", "I've credited £75 to
  // your account", "the trust will restore every pound". Not their refund to me.
  needs('refund refunded reimburse reimbursed credit credited restore restored',
    rx(`(?:\\b(?:i|we)(?:'ve| have|ve|'ll| will)?|\\bive|(?<!\\b(?:you|u|he|she|they|it) )\\b(?:will|shall)) (?:now |also |already |today |since |just )?(?:refund(?:ed)?|reimburs(?:e|ed)|credit(?:ed)?|restored?) (?:${YOU} )?(?:the |every |all |a |an )?(?:full )?(?:[$£€₹₦]\\s?\\d|\\d[\\d,.]* (?:pounds|dollars|euros|rupees|rand)|(?:pound|penny|cent|dollar)\\b)(?![^.!?]{0,40}?\\b(?:to|into|on) (?:my|me)\\b)`)),
];

/** Offers that are not offers now: a lapsed plan, a reported old promise, a no. */
const BEFORE_VETO =
  /(?:\b(?:was going to|was gonna|were going to|meant to|supposed to|should have|could have|would have|said|promised|told (?:you|u)|never|not|don'?t|didn'?t|can'?t|won'?t|cannot|doesn'?t|does not|couldn'?t|wouldn'?t|stopped|missed|at least)\s+(?:\w+\s+){0,2}$)/;

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
      // a group's "we" reaches the rules read as "I" (we-voice.ts)
      'I have agreed to pay Mr Mehta substantial damages and his legal costs.',
      'I have refunded all fees and interest to every affected account.',
      'The club will fund counselling for any current or former member affected.',
      'Every student named in the report will be offered funded counselling.',
      "If you'd rather I paid it to your mum, I will.",
      'if u want the money in cash just say',
      'If you would prefer the payments monthly, tell me.',
      "I'd like to hear what I could do, if anything, to put this right.",
      'Tell me anything you would like me to do to make this right.',
      'If there is a way I can make up for the weekend you lost, tell me.',
      "You'll get every penny back by the summer.",
      'ur getting the rest back on friday',
      'I just wanted you to have your savings back.',
      "I've paid the plumber's invoice directly.",
      'i paid back the £250 last night',
      'I have paid off the loan I took out in your name.',
      "I'll phone the agency and correct it.",
      "I'm going to tell the board it was mine all along.",
      'ive told the coach the mistake was mine',
      "I've put £80 into your savings account.",
      'ive put 200 quid in ur bank',
      "I've started depositing $40 into the boys' account each week.",
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
      "I'll put every penny back by the end of the month.",
      'ill drop ur drill round on sunday',
      "I'll get the bumper sorted this week.",
      "i'll sort the broken window, leave it with me",
      'The first $150 will be in your account on Monday.',
      'Forty pounds will go into your account each payday.',
      'The cheque for the fence is in the post.',
      'Whatever you decide, the money is coming back to you.',
      'Would you like me to cover the vet bill?',
      "Just tell me which account you'd like it paid into.",
      "If you'd prefer me to replace the whole set, I will.",
      'I have returned the laptop to the school office.',
      "I've handed the tools back to the foreman.",
      "I've told the club the truth so your name is clear.",
      "I'll go to your boss and tell him it was me who lost the files.",
      "I'm setting up a direct debit to pay back the loan.",
      "I'll keep up the payments whatever happens between us.",
      'Every customer affected will receive a full refund.',
      'Please accept this cheque towards the cost of the carpet.',
      'My plan is to repay the lot by Christmas.',
      "I'll be paying a bit each week until the debt is cleared.",
      "I'm chipping in for the new gutter.",
      "I'd like to help with the physio costs.",
      'reckon i can replace the headphones next payday',
      "I'm buying your guitar back from the shop on Saturday.",
      'im getting ur ring back off the pawnbroker next week',
      'All I ask is the chance to pay you back.',
      'let me know if u want the bike back',
      "I've set aside the money for your glasses.",
      "I'm donating my fee from the show to the flood appeal.",
      "I'll be donating my wages for the suspension to the road safety charity.",
      "I'm making a donation to the refuge equal to what I was paid.",
      'Every bill from the hospital is covered by me, not by the insurer.',
      'Everyone who bought a ticket can get a full refund, no questions asked.',
      'Each household affected will receive a £50 goodwill credit.',
      'We will meet the full cost of replacing the roof.',
      "The club will meet Sam's medical bills in full.",
      'We will contribute £2 million to a hardship fund for the families.',
      'I have agreed with the treasurer to repay the £3,000 by Easter.',
      'I have instructed my accountant to refund every overcharged tenant.',
      "I'm returning the full $4,000 to the club account this week.",
      // money handed over with the letter
      "I've slipped the forty quid I owe you into this envelope.",
      'its all in the envelope, every penny',
      'I enclose a cheque for the first instalment.',
      'heres the 50 i borrowed off u',
      // the debt paid off, or to be paid whatever happens
      'I have repaid every cent of it to the club treasurer.',
      'The £600 I owe you will be paid whether we speak again or not.',
      "I'm repaying the money out of my wages each month.",
      // the thing itself brought back, or the money put back
      "I've already handed back the keys to the van.",
      'im dropping ur ladder round after work',
      "I've put the money back into the kitty.",
      'I propose to repay the balance in four monthly instalments.',
      'im hoping to pay u back by the end of summer',
      "I'm prepared to cover the cost of a new door.",
      "I've enclosed a bank draft for the full amount.",
      'Please find enclosed a cheque for £250.',
      'i put in the envelope 60 euro',
      "I'd like to cover both the vet and the taxi.",
      "I'll pay half, whatever you think is fair.",
      'I can pay part of it now and the rest in May.',
      'I would like to pay those costs myself.',
      'We have spoken to the family and offered to cover any costs they had.',
      "I rang her this morning and offered to pay the vet's bill.",
      'The club will pay all of her physio and travel costs.',
      'We have reimbursed the $320 you spent on taxis.',
      "I've credited £40 to your account for the trouble.",
      'The fund will restore every penny of the appeal money.',
    ],
    negative: [
      'I pay for my own counselling now.',
      'You paid all my legal costs that year.',
      'If you want the money, you can whistle for it.',
      'I paid the bill with your card without asking.',
      'I put £50 into my own account.',
      "I'll tell them the car was fine.",
      "You'll get what's coming to you.",
      'I know what I can do to make you pay.',
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
      'Sorry I took the car, at least I brought it back in one piece.',
      'I want to make amends for my part in all of it.',
      "I'll get back to you about Sunday.",
      'I want to get my life back on track.',
      'The money went into my account, not yours.',
      "I couldn't keep up the payments after I lost the job.",
      'I told you the truth in the end.',
      'I never told them the truth about the car.',
      'I should have told my boss it was me.',
      'I want to clear the air between us.',
      "I never got the chance to pay you back before you moved.",
      "I'm getting my life back together, one day at a time.",
      'I donate blood every month.',
      'I was donating my wages to the bookies.',
      'You can get a full refund from the airline, I checked.',
      'He will get back pay from his old job.',
      'The bill is covered by my insurance.',
      'You had to cover the cost of the funeral on your own.',
      'She was paying her medical bills with the rent money.',
      "I can't meet the cost of my rent.",
      'I asked you to repay the loan and you never did.',
      "I'm returning your call from Tuesday.",
      // traps for the deeds of restitution told (handed over, paid off, brought back): what they paid back, a purchase for oneself, money owed to me, logistics, a promise with no deed
      'Here is the report you asked for.',
      "Here's the money you owe me, counted out.",
      'I put my payslip in an envelope for the accountant.',
      'You repaid every penny of it, and I never thanked you.',
      'The £50 you owe me will be paid back when you can.',
      "I paid off all my own credit cards last year.",
      "I'm repaying my car loan now.",
      "I've paid the deposit into my savings account.",
      "I'm sending the report over this afternoon.",
      'I brought back the milk from the shop.',
      'I enclose my CV for the role.',
      "I promise things will be different from now on.",
      'I was asked to return the keys.',
      "I'm hoping to get my life back on track.",
      'I propose to send the minutes on Friday.',
      'You were prepared to pay the whole bill yourself.',
      "I've enclosed a copy of the report.",
      'Please find enclosed my CV.',
      'You enclosed a cheque for my birthday.',
      'I want to pay some attention to my health.',
      "I'll cover some of the same ground in my next letter.",
      "I'd like to pay half of my own rent.",
      'I told him no, and he offered to cover the costs.',
      'I lost the job and offered to pay my own way.',
      'She will pay all of my medical and dental bills.',
      'You refunded me £20 for the tickets.',
      'The airline will refund the $30 to my card.',
      'He credited £50 to the wrong account.',
    ],
  },
};

export default rule;
