import type { ElementRule } from '../types';
import { YOU, YOUR, before, collectSpans, needs, rx } from './match';

/**
 * No pressure: the person leaves the other free: no reply, no forgiveness, no meeting
 * expected ("you don't have to respond", "take all the time you need", "I'll respect
 * whatever you decide", "you don't owe me anything", "if you ever want to talk"). An offer
 * of repayment on their terms ("if you'd like, I can start paying it back") is repair, not
 * this; "I'm not asking for much, just call me" is pressure, not this.
 */

const RESPOND =
  '(?:reply|respond|answer|write(?: back)?|get back|forgive|do anything|call|ring|text|talk|see|meet|read|say anything|contact|get in touch|decide|explain|pick up|message|msg)';

const PATTERNS = [
  // stepping back: "I'll keep my distance unless you tell me otherwise"
  needs('distance otherwise', rx(`\\b(?:i'?ll|i will|ill|i'?m going to) keep my distance\\b|\\bunless ${YOU} (?:tell|ask) me (?:otherwise|to)\\b`)),
  // the next step handed over: "the ball is in your court", "I'll leave it with you", "your choice, whatever it is, is fine with me"
  needs('ball leave', rx(`\\b(?:the ball(?:'s| is) in ${YOUR} court|i'?ll leave (?:it|that|this|the next step|things|the rest) (?:with|up to|to) ${YOU})\\b`)),
  needs('choice decision call', rx(`\\b${YOUR} (?:choice|decision|call),? (?:whatever it (?:is|may be),? )?(?:is|will be) (?:fine|ok|okay|alright|respected|all right)\\b`)),
  // "You don't have to reply", "you dont need to forgive me", "You do not have to reply to this letter"
  needs("don't dont do needn't need never shouldn't should are aren't", rx(`\\b${YOU} (?:do ?n'?t|do not|dont|need ?n'?t|need not|never|should ?n'?t|are not obliged to|aren'?t obliged to|are under no obligation to)(?: ever)? (?:have to|need to|need|got to|gotta|feel (?:like )?(?:${YOU} )?(?:have|need) to)? ?(?:ever )?${RESPOND}\\b`)),
  needs('feel', rx(`\\b(?:please )?do ?n'?t feel (?:like )?(?:${YOU} )?(?:have|need|owe me|must)(?: to)?\\b`)),
  needs('feel', rx(`\\b(?:please )?(?:do ?n'?t|do not|dont|never) feel (?:any |under any )?(?:obligation|obliged|pressure|pressured|rushed|guilty)\\b`)),
  needs('can free may allowed', rx(`\\b${YOU} (?:can|are free to|may|'re allowed to|are allowed to) (?:always )?(?:say no|decline|ignore this|walk away)\\b`)),
  needs('hold', rx(`\\bi (?:won'?t|will not|wont|would never|'d never) hold (?:it|that|this) against ${YOU}\\b`)),
  // "you don't owe me anything", "You owe me nothing"
  needs('owe', rx(`\\b${YOU} (?:do ?n'?t|do not|dont) owe me\\b|\\b${YOU} owe me nothing\\b`)),
  // "No need to write back", "no pressure", "no rush to reply"
  needs('no', rx(`\\bno (?:need|pressure|obligation|rush|hurry|expectation)s?(?: at all)?(?: (?:to|for|on (?:${YOUR} (?:end|side)|me)))? ?(?:${RESPOND}|a (?:reply|response)|an answer|any reply|anything)?\\b`)),
  // "I'm not asking you to forgive me", "I'm not expecting a reply", "I don't expect anything from you"
  needs('not', rx(`\\b(?:i'?m|im|i am) not (?:asking|expecting|demanding|waiting for|looking for)(?: ${YOU}| for)? (?:to |a |an |any |anything|forgiveness|${RESPOND}|you|u)`)),
  needs('expect need want', rx(`\\bi (?:do ?n'?t|do not|dont) (?:expect|need|want) (?:anything|a (?:reply|response|thing|lot|answer)|${YOU} to (?:forgive|reply|respond|answer|write|call|do anything|say anything|see me|meet)|forgiveness|any(?:thing)? (?:back|in return|from)|nothing|an (?:answer|reply))`)),
  // "whatever you decide", "however you feel", "whichever you choose"
  needs('whatever however whichever whether', rx(`\\b(?:whatever|however|whichever|whether or not) ${YOU} (?:decide|choose|feel|want|need|do|think is right)\\b`)),
  // "take all the time you need", "take as long as you need", "take your time"
  needs('take', rx(`\\btake (?:all the time|as (?:long|much time) as|whatever time|the time|${YOUR} time|your time|all the space|whatever space|as much space)\\b`)),
  needs('give giving', rx(`\\b(?:give|giving) ${YOU} (?:(?:more|some|the|all the) )?(?:space|time|room|distance)\\b`)),
  // "if you ever want to talk", "when you're ready", "if ur ever up for it", "only if you want to"
  needs('if when whenever should only', rx(`\\b(?:if|when|whenever|should|only if|if and when)(?: (?:and when|one day|someday|ever))? (?:${YOU}|ur|you'?re|youre|u r|you'?d|u'?d)(?: ever| one day| someday)? (?:(?:are |'re |re )?(?:ready|willing|open to (?:it|that|talking|hearing|meeting)|up for|ever up for)|(?:ever )?(?:want(?: to)?|wanna|would like|like|feel like|fancy|feel able|feel ready|decide (?:you )?(?:want|to))|ever (?:feel|fancy|want|wish))`)),
  // "that's your call", "it's entirely your decision", "completely up to you", "Only you can decide"
  needs('call choice decision', rx(`\\b(?:(?:that|it|this|the choice|the decision)(?:'s| is|s| was| will be|'ll be) (?:(?:entirely|completely|totally|all|always|absolutely|wholly) )?|(?:entirely|completely|totally|wholly|absolutely) )${YOUR} (?:call|choice|decision)\\b`)),
  needs('up', rx(`\\b(?:(?:that|it|this|the choice|the decision)(?:'s| is|s| was| will be|'ll be) )?(?:(?:entirely|completely|totally|all|always|absolutely|wholly) )?up to ${YOU}\\b`)),
  needs('only', rx(`\\bonly ${YOU} (?:can|get to) (?:decide|choose|say)\\b`)),
  // "I'll respect whatever you decide", "I'll accept it either way", "I'll understand"
  needs('respect accept understand honour honor abide go get', rx(`\\b(?:i'?ll|i will|ill|i would|i'?d) (?:(?:fully|completely|totally|always|of course) )?(?:respect|accept|understand|honou?r|abide by|go along with|get it)\\b`)),
  needs('respect accept honour honor', rx(`\\bi (?:(?:fully|completely|totally|will|do) )?(?:respect|accept|honou?r) (?:that(?=\\s*(?:[.!,;]|$|either|completely|fully|totally|too))|whatever|your (?:decision|choice|wishes|silence|boundaries|boundary|need)|it either way|any (?:answer|decision))\\b`)),
  needs('understand get', rx(`\\bi (?:(?:fully|completely|totally) )?(?:understand|get it)(?: completely| totally)?(?=\\s*(?:[.!]|$|either way|whatever|if))`)),
  needs('for', rx(`\\b(?:that'?s|it'?s|that is|it is|this is) for ${YOU} (?:to|alone to) (?:decide|choose|say)\\b`)),
  needs('understand get respect', rx(`\\bi (?:(?:fully|completely|totally|would|will|'ll|do) )?(?:understand|get it|respect that)(?: completely| totally)?,? if\\b`)),
  // "I won't contact you again unless you reach out first", "I won't push"
  needs('ask push pressure pester hassle chase contact bother call text turn show come reach write message msg', rx(`\\bi (?:won'?t|will not|wont|am not going to|'m not going to|promise not to) (?:ask (?:${YOU} )?(?:for|to)|push|pressure|pester|hassle|chase|contact|bother|call|text|turn up|show up|come round|reach out|write again|message|msg|ask again)\\b`)),
  // "Even if you never forgive me"
  needs('even', rx(`\\beven if ${YOU} (?:never|do ?n'?t|do not|can'?t|cannot|won'?t|decide not|choose not)\\b`)),
  // "whether you write back or not", "if you don't want to, i get it"
  needs('or', rx(`\\b(?:whether|if) ${YOU} (?:${RESPOND}|write|get in touch|want to talk|want to see me)(?: \\w+){0,3} or not\\b`)),
  needs('rather prefer', rx(`\\bif ${YOU}(?:'d| would)? (?:rather|prefer) (?:not|i (?:did ?n'?t|did not|do ?n'?t|stayed|kept|left))\\b`)),
  needs('if', rx(`\\bif ${YOU} (?:do ?n'?t|do not|dont)(?: want to| wanna| feel like it)?,? (?:i (?:understand|get it|'ll understand)|that'?s (?:ok|okay|fine|alright|all right))`)),
  needs('strings expectations expected', rx(`\\b(?:no strings|no expectations|nothing expected)\\b`)),
  needs('free', rx(`\\b(?:feel free|${YOU}(?:'re| are| r) free) to (?:ignore|delete|not|say no|decline|bin|throw)\\b`)),
  // what I do goes on regardless of their answer: "Whether or not you ever reply, the payments continue",
  // "whether or not we speak again I'll keep going to meetings"; not when a claim on them follows.
  needs('whether', rx(`\\bwhether or not (?:${YOU}|we) (?:ever )?(?:${RESPOND}|speak|forgive|want|accept)\\b(?![^.!?]{0,40}\\b(?:deserve|have to|need ${YOU}|should|must|owe me)\\b)`)),
  // distance on their terms: "if you need me to stay away from the pub for a while, I will", "if ud rather i kept back"
  needs('need want rather prefer', rx(`\\bif ${YOU}(?:'?d| would)? (?:need|want|rather|prefer)(?: me to| that i| i)? (?:stay|stayed|keep|kept) (?:away|my distance|clear|back)\\b`)),
  // the decision named as theirs alone: "Whether I come to the party is your call alone", "it's only your decision"
  needs('call decision choice', rx(`\\b(?:is|are|'s|s) (?:only |solely |entirely |completely |totally |all )?${YOUR} (?:call|decision|choice)(?:\\s*(?:alone|to make))?(?=\\s*(?:[.;!]|$|,(?! but| so)|and (?:yours|nobody|no one|not mine|i'?ll)|nobody|no one|not mine|whether|if))`)),
  // asking nothing back: "I'm not writing to ask for anything", "I'm not after forgiveness", "I won't ask anything of you"
  needs('writing after fishing ask asking collect let', rx(`\\b(?:i'?m|im|i am) not (?:writing (?:this )?|here )?(?:to (?:ask (?:${YOU} )?for anything|collect (?:it|anything|forgiveness)|be let off)|after (?:forgiveness|anything|sympathy|pity)|fishing for|going to ask ${YOU} for anything)(?![^.!?]{0,25}\\bbut\\b)|\\bi (?:won'?t|will not|wont) ask (?:anything|nothing) (?:of|from) ${YOU}\\b|\\b(?:i'?m|im|i am) asking (?:nothing|for nothing) (?:of|from) ${YOU}\\b`)),
  // their silence accepted: "I don't know if you'll read this, and that's okay", "ur not ready to see me and thats fair"
  needs('ok okay fine fair alright all grand', rx(`(?:\\bnot|n'?t|\\bdont|\\bif|\\bmay|\\bmight)\\b[^.!?]{0,40}?\\b(?:read (?:this|it)|hear from me|see me|reply|write back|answer|talk to me)\\b,? (?:and|but) (?:that'?s|thats|that is) (?:(?:completely|totally|perfectly|absolutely) )?(?:ok|okay|fine|fair|alright|all right|grand)\\b`)),
  // an answer or none, both fine: "reply whenever or don't, either is fine", "whenever, or never, is fine by me", "no stress either way"
  needs('either never', rx(`\\b(?:either (?:way|one|option)(?: is|'s)?|either is|whenever,? or never,?(?: is)?) (?:totally |completely |perfectly |absolutely )?(?:fine|ok|okay|grand|alright|all right|cool)\\b|\\bno (?:stress|pressure|worries|bother) either way\\b`)),
  // the decision handed over in other words: "forgiveness is yours to give", "the next move, if there is one, is yours",
  // "I'm leaving it in your hands", "i don't get a say in whether you forgive me", "...; you decide."
  needs('give decide make choose next leaving leave say', rx(`\\b(?:is|'s) (?:yours|urs) to (?:give|decide|make|choose)\\b|\\bthe next (?:move|step)(?:,? if there is one,)? is (?:yours|urs)\\b|\\bleav(?:e|ing) (?:it|this|that|the rest) in ${YOUR} hands\\b|\\bi (?:do ?n'?t|dont|do not) get a say\\b|[;,] ${YOU} decide(?=\\s*(?:[.!]|$))`)),
];

/** Pressure wearing the words of freedom: "I'm not asking for much", "I don't expect you to understand". */
const VETO_AFTER = /^\s*(?:much|a lot|too much|alot|more than|to understand|me to)\b/;
/** A negated or reversed frame right before: "I can't accept", "I won't understand". */
const BEFORE_VETO = /\b(?:(?:can'?t|cannot|won'?t|never|not|would ?n'?t)\s+|mak(?:e|ing) (?:it|this|that|things|everything) )$/;

function leavesFree(norm: string, start: number, end: number): boolean {
  if (VETO_AFTER.test(norm.slice(end, end + 20))) return false;
  if (BEFORE_VETO.test(before(norm, start, 12))) return false;
  const text = norm.slice(start, end);
  // "If you'd like, I can start paying it back" is an offer of repair on their terms.
  if (/^(?:if|when|whenever|should|only if)\b/.test(text)) {
    const next = norm.slice(end, end + 40);
    const rest = norm.slice(end, end + 90);
    if (/^[^.!?]{0,60}?\bi(?:'ll| can| could| will| would|ll)\b[^.!?]{0,40}?\b(?:pay|repay|send|return|replace|fix|cover|give|transfer|buy)/.test(rest)) return false;
    if (/^\s*(?:the )?(?:money|cash|it) back\b/.test(rest)) return false;
    // "I can pay for a new lock today if you want one": the offer came first.
    if (/\bi(?:'ll| can| could| will| would|ll)\b[^.!?]{0,50}?\b(?:pay|repay|send|return|replace|fix|cover|give|transfer|buy)/.test(before(norm, start, 70))) return false;
    // "if you want to save this marriage, call me" is a demand, not an open door
    if (/^[^.!?]{0,30}?\b(?:call|ring|text|write|reply|answer|come) (?:me|back)\b(?! (?:any ?time|whenever))/.test(next)) return false;
  }
  // "I'll accept your apology" and other reversals
  if (/\b(?:accept|understand)$/.test(text) && /^\s+(?:your|ur) (?:apology|sorry)\b/.test(norm.slice(end, end + 20))) return false;
  return true;
}

const rule: ElementRule = {
  id: 'no-pressure',
  label: 'Leave them free',
  description:
    'Letting them answer in their own time, or not at all, shows the amends is for them and asks nothing back.',
  promptLabel: 'Let them know they owe you nothing',
  starters: ["You don't need to reply.", 'Take all the time you need.', "Whatever you decide, I'll respect it."],
  find(sentence) {
    return collectSpans(sentence, PATTERNS, leavesFree);
  },
  examples: {
    positive: [
      'Forgiveness is yours to give, or not.',
      'the next step, if there is one, is urs',
      "I'm leaving it in your hands.",
      "i know i don't get a say in this",
      'I can come to the hearing or stay away; you decide.',
      'write back or dont, either is fine',
      'Now, later or never, either way is fine with me.',
      'message me whenever or never, no pressure either way',
      'Whether or not you ever answer this, the repayments will carry on.',
      'whether or not we talk again, im staying sober',
      "Whether or not you forgive me, I'll keep my promise to the kids.",
      'If you need me to stay away from the café for a while, I will.',
      'if u want me to keep my distance just say',
      "If you'd rather I stayed clear of the school run, I understand.",
      'Coming to the christening is your call alone.',
      "it's only your decision, no one else's",
      'Seeing the grandkids is your choice, nobody else\'s.',
      "I'm not writing to ask for anything from you.",
      'im not after anything, just wanted u to know',
      "I won't ask anything of you again.",
      "I don't know if you'll want to hear from me, and that's fine.",
      'might be u never reply and thats ok',
      'You may not want to read this, and that is completely okay.',
      'I will keep my distance until you say so.',
      "The ball is in your court now.",
      "i'll leave it with u",
      'Your decision, whatever it may be, will be respected.',
      "You don't have to respond.",
      'Take all the time you need.',
      "I'll respect whatever you decide.",
      "You don't owe me anything.",
      'If you ever want to talk, my number hasn\'t changed.',
      'no need to reply if u dont want to, i get it',
      'Whether you write back or not is completely up to you.',
      "I'm not asking you to forgive me.",
      'if ur ever up for it id like to take u to lunch',
      'I understand if you need more distance from me.',
      "I won't contact you again unless you reach out first.",
      'Even if you never forgive me, I will keep paying.',
      'Only you can decide whether you want me at the christening.',
      'I thought a letter would give you more space.',
    ],
    negative: [
      "The kids' future is in your hands now.",
      'You decide to forgive me or you lose me.',
      'Either way, you owe me an answer.',
      'Whether or not you forgive me, you have to let me see the kids.',
      'Whether or not you believed me, I was telling the truth.',
      'If you want me to stay, ask me.',
      'Which film is your choice for tonight?',
      'The blue one is your choice of colour.',
      "I'm not after forgiveness, but I do need you to call me.",
      "I read your reply, and that's fair enough.",
      'Keep your distance from the dog.',
      'I left it with your neighbour.',
      'Your choice of restaurant was great.',
      'write back soon ok? i really need to hear from u',
      "Please don't shut me out.",
      "If you'd like, I can start paying back the £500 next month.",
      "I'm not asking for much, just call me.",
      'I expect things to go back to normal now.',
      'I hope you can get over it soon.',
      "I don't expect you to understand.",
      'You have to forgive me.',
      "If you want to save this family, call me tonight.",
    ],
  },
};

export default rule;
