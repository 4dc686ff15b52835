/**
 * conditional: "sorry if you were hurt" makes the harm hypothetical.
 * Traps: invitations and offers ("if you'd ever like to talk", "if you want, I can pay it
 * back"), "even if you never forgive me", "I understand if you need distance".
 */
import { defineRule, inQuotes, rx } from './define';
import { APOLOGY, YOU, YOUR } from './lexicon';

const raw = String.raw;

/** What may follow "if" without making a conditional apology (offers, invitations...). */
const BENIGN_IF = raw`(?!\s+(?:${YOU}(?:'ll|ll| will) (?:allow|let|have) (?:it|me|us)\b(?! down)|${YOU} allow (?:it|me)\b|${YOU}(?:'d|d| would| ever|(?: are| r|'re|re) (?:ever|up|ok|okay|happy|ready|willing|open|comfortable|interested|free|around)| feel like| fancy| decide| choose| wish| prefer| like| want| wanna| need| can| could| still| say so| agree| approve| think (?:that's|thats|that is|it's|its|it is|it'd be|it would be) (?:ok|okay|alright|all right|fine|right|wise|best))\b|${YOU} (?:ever|would|'d) |there(?:'s| is| are)? (?:anything|something|any)\b(?! (?:that )?i(?: did| said| wrote| have done|'ve done|ve done| have said|'ve said|ve said|'ve ever| may have| might have))|i (?:can|could|may|might)\b|this (?:is|was|has|sounds|seems|comes|email|message|note|letter|text)\b|(?:it|this) comes out\b|my (?:grammar|english|spelling|writing|handwriting|typing|punctuation)\b|i (?:missed|misread|overlooked|misunderstood) (?:it|something|this|that|the)\b|i(?:'m| am|m) (?:repeating|late|early|double)|(?:you|u)(?:'ve| have) already\b|(?:you|u) (?:get|got|receive|received) (?:this|it) twice|(?:i had|i'd) (?!(?:upset|hurt|offended|embarrassed|been|said|done)\b)|it (?:would|might|could|helps?|is ok|is okay|suits)\b|that (?:would|helps|works|suits|is ok|is okay|'s ok|s ok)\b|possible|so\b|not\b|ever\b|and when|only|need be|necessary|needed|(?:you|u)(?:'re| are|re| r) (?:not |still not )?(?:yet )?ready\b|ur (?:ever|up|ok|happy|ready|willing)|you're (?:ever|up|ok|happy|ready|willing|open|comfortable)|youre (?:ever|up|ok|happy|ready|willing)))`;

/** Words before "if" that make it a question or an invitation, not a condition. */
const BENIGN_BEFORE = /(?:\b(?:even|as|only|understand|understood|know|knew|wonder|wondering|wondered|ask|asking|asked|see|check|decide|sure|matter|care|mind|unsure|whether|what|but only|and only|tell me|let me know|ok|okay|fine|fair))\s*,?\s*$/;

/** The harm or reaction an "if" clause makes hypothetical. */
const HARM = raw`(?:hurt|upset|offend|embarrass|humiliat|insult|wrong|bother|annoy|disappoint|let (?:you|u|anyone|anybody|them) down|cause|caus|affect|came across|come across|seem|sound|look|felt|feel|took it|take it|saw it|see it|think|thought|anything|any way|anyway|in any|was|were|did|said|got|have|'ve|ve|upset|distress|harm|pain|trouble|inconvenien|crossed|overst|out of line|too far|went too|made (?:you|u)|disrespect|hurtful|mistake|messed|screwed|treated|behaved|acted|spoke|talked|left (?:you|u)|ruin|spoil|stuff|put out|found (?:it|the|my|that|this)|let down|uncomfortable)`;

/** Ownership or apology in the sentence, for hedges that need one to be an apology at all. */
const OWNS = new RegExp(raw`\b(?:${APOLOGY}|apologi|forgive|my bad|on me|take (?:that|it) on board|accept|responsib)`);

export default defineRule({
  id: 'conditional',
  title: 'Sorry "if"',
  severity: 'problem',
  explanation:
    'An "if" makes the hurt sound like it might not have happened, so the other person can end up feeling doubted. Naming it as real ("I\'m sorry that I...") shows you know it landed.',
  suggestion: 'Try "I\'m sorry that I..." and say what you did.',
  gate: /\b(?:if|extent|degree|insofar|in so far|inasmuch|in as much|assuming|event|where|should|in case|anyone|anybody|everyone|everybody|those|whoever|any of|all of|people|whatever)\b/,
  patterns: [
    {
      // "I'm sorry if you were hurt", "apologies if that came across badly".
      needs: ['sorry', 'soz', 'sry', 'apolog', 'regret'],
      re: rx(raw`\b${APOLOGY}\b[^.!?;]{0,50}?\b(?<s>if\b${BENIGN_IF}[^.!?;,]{0,60})`),
      unless: (norm, m, span) => {
        if (inQuotes(norm, m.index)) return true;
        const beforeIf = norm.slice(m.index, span.start);
        if (BENIGN_BEFORE.test(beforeIf)) return true;
        // "sorry, and if you ever..." : a new clause begins after "and"/"but".
        if (/\b(?:and|but|so|though|although)\s*$/.test(beforeIf)) return true;
        return false;
      },
    },
    {
      // "If I offended anyone at the bbq, I'm sorry", "if my drinking embarrassed u then im sorry",
      // "if anything I said upset anybody, my bad".
      needs: ['sorry', 'soz', 'sry', 'apolog', 'regret', 'my bad'],
      re: rx(raw`(?:^|[,;:\-(]\s*|\b(?:and|so|but|look|honestly|well|ok|okay|also|mum|mom|dad)\s+)(?<s>if\b${BENIGN_IF}[^.!?;]{0,70}?\b${HARM}[^.!?;]{0,70}?)[,\s]*(?:then\s+)?(?:(?:i'm|im|i am|i|we|we're|we are|my)\s+(?:(?:so|really|truly|very|deeply|do|sincerely|am)\s+){0,2})?(?:${APOLOGY}|my bad)\b`),
      unless: (norm, m) => BENIGN_BEFORE.test(norm.slice(Math.max(0, m.index - 30), m.index)),
    },
    {
      // "if that's how you saw it", "if that is how u took it"
      needs: ['how ', 'the way'],
      re: rx(raw`(?<s>\bif (?:that's|thats|that is|this is|this's|it's|its|it is) (?:how|the way) ${YOU} (?:saw|see|took|take|read|felt|feel|heard|hear|remember|interpreted|interpret|viewed|view)(?: it| things)?)`),
    },
    {
      // "if I hurt/offended you/anyone", "if anything I said upset you", "if anyone was hurt"
      needs: ['if '],
      re: rx(raw`(?<s>\bif (?:i|anything i|something i|any of (?:what|the things) i|my (?:\w+ )?(?:\w+)|what i (?:said|did)|the (?:things|comments|words|stuff|jokes?|remarks?) i (?:said|made|wrote|did))(?: (?:may|might) have| have| ever| somehow)? ?(?:hurt|offended|upset|embarrassed|humiliated|insulted|bothered|caused|let (?:you|u) down|disrespected|came across|come across|said anything|did anything|(?:did|said|wrote) (?:something|anything) (?:wrong|hurtful|out of line|to (?:upset|hurt|offend))|crossed a line|overstepped|went too far|was out of line|was (?:rude|hurtful|unfair|insensitive))\b[^.!?;,]{0,30})`),
      unless: (norm, m) => BENIGN_BEFORE.test(norm.slice(Math.max(0, m.index - 30), m.index)),
    },
    {
      needs: ['if '],
      re: rx(raw`(?<s>\bif (?:anyone|anybody|someone|somebody|people|any (?:\w+ )?(?:fans|customers|guests|members|viewers|readers|listeners|staff|colleagues|of (?:you|u|them))|some (?:people|fans|customers|of (?:you|u|them))|ur|youre|${YOU}|${YOUR} \w+)(?:'re|'s|re| r)? ?(?:was|were|got|felt|feel|has been|have been|may have been|might have been|is|are|found (?:it|the \w+|my \w+|that|this))?(?: \w+)? (?:hurt|offended|upset|embarrassed|bothered|let down|harmed|uncomfortable|insensitive|offensive|hurtful)\b[^.!?;,]{0,30})`),
      unless: (norm, m) => BENIGN_BEFORE.test(norm.slice(Math.max(0, m.index - 30), m.index)) || inQuotes(norm, m.index),
    },
    {
      // "to the extent that my missing rent caused you difficulties"
      needs: ['extent'],
      re: rx(raw`(?<s>\bto (?:the|whatever|any) extent (?:that )?[^.!?;,]{0,60})`),
    },
    {
      // inverted conditional: "Should I have hurt you in any way", "in case I offended anyone"
      needs: ['should ', 'in case'],
      re: rx(raw`(?<s>\b(?:should (?:i|anyone|anybody|you|u|my (?:\w+ )?\w+|anything i (?:said|did))|in case (?:i|anyone|anybody|you|u|my (?:\w+ )?\w+)(?: (?:at|in|from|on) \w+)?)(?: have)? (?:\w+ )?(?:hurt|offended|upset|embarrassed|been (?:hurt|offended|upset)|caused|felt|affected|inconvenienced|bothered|distressed)\b[^.!?;,]{0,30})`),
    },
    {
      // the public apology to a hypothetical audience: "I apologise to anyone who was offended",
      // "to those who may have been hurt, I'm sorry", "sorry to anyone i upset". Who was hurt is
      // left open, as with "if I offended anyone".
      needs: ['anyone', 'anybody', 'everyone', 'everybody', 'those', 'whoever', 'any of', 'all of', 'people'],
      re: rx(raw`(?<s>\b(?:(?:anyone|anybody|whoever|any of (?:you|u)|anyone else)(?: (?:who|that|whom))? (?:i (?:may have |might have |could have |have |'ve |ve |ever )?|(?:was|were|felt|got|is|are|has been|have been|may have (?:been|felt)|might have (?:been|felt)|could have been) (?:\w+ )?)|(?:everyone|everybody|all those|those|all of (?:you|u)|(?:any|all) (?:the )?people|anyone) (?:who|that|whom) (?:may|might|could) have (?:been |felt )?(?:\w+ )?)(?:hurt|offended|upset|let down|affected|harmed|disappointed|wronged|bothered|impacted|took offen[cs]e|insulted|triggered)\b[^.!?;,]{0,25})`),
      // the apology must be to them, not a report ("everyone who was hurt has been told")
      unless: (norm, m) => !new RegExp(raw`\b(?:${APOLOGY}|amends|my apologies)\b`).test(norm) || /\b(?:not|never|didn't|didnt)\b[^.!?;,]{0,10}$/.test(norm.slice(0, m.index)),
    },
    {
      // degree hedges: "to the degree that I was responsible", "insofar as my conduct fell short"
      needs: ['degree', 'insofar', 'in so', 'inasmuch', 'in as'],
      re: rx(raw`(?<s>\b(?:to (?:the|whatever|what|any) degree(?: that)?|in ?so ?far as|in ?as ?much as)\b[^.!?;,]{0,60})`),
      unless: (norm) => !OWNS.test(norm),
    },
    {
      // other openers that leave the harm open: "assuming I did say those things", "in the event that
      // my actions caused you distress", "where I may have hurt you", "if it's true that I missed it",
      // "if you say I broke your nose", "whatever offence there may have been, if any"
      needs: ['assuming', 'event', 'where', 'true', 'say', 'whatever', 'any'],
      re: rx(raw`(?<s>\b(?:assuming (?:that )?(?:i|my|anything i|any of)|in the event (?:that )?(?:i|my|anything|any|you|u|anyone)|where i (?:may|might|could) have|if (?:it's|its|it is) true (?:that )?(?:i|my)|if (?:you|u|people|they) say (?:that )?(?:i|my)|(?:whatever|any) (?:offen[cs]e|hurt|harm|upset|distress|damage)(?: \w+){0,2} (?:there )?(?:may|might|could) have (?:been|caused|done)|,\s*if any\s*,)[^.!?;,]{0,50})`),
      // "sorry for any hurt I may have caused" is the taxonomy's own vague apology: the hurt is
      // granted and left unnamed, not made hypothetical (two letter writers label it vague only).
      unless: (norm, m) => !OWNS.test(norm) || /^any \w+ (?:i|we) (?:may|might|could) have caused\b/.test(norm.slice(m.index)),
    },
    {
      // inverted, with the subject spelled out: "should anything I said at the reunion have come
      // across wrong", "should my drinking at your wedding have embarrassed anyone"
      needs: ['should '],
      re: rx(raw`(?<s>\bshould (?:anything|something|any of|my|what|the (?:things?|words?|comments?|remarks?))(?: [\w']+){0,6}? have (?:\w+ )?(?:hurt|offended|upset|embarrassed|caused|come across|came across|been|felt|affected|distressed|bothered|seemed|sounded|spoiled|spoilt|ruined|let)\b[^.!?;,]{0,30})`),
    },
    {
      // "Kindly forgive me if any mistake has happened from my side", "pardon me if I offended you"
      needs: ['forgive', 'pardon'],
      re: rx(raw`(?<s>\b(?:forgive|pardon) me if (?:any (?:mistake|offen[cs]e|hurt|harm|wrong)|i (?:(?:may |might )?(?:have |ever )?)(?:hurt|offended|upset|wronged|disrespected|caused|made|said|did)|anything i)[^.!?;,]{0,40})`),
    },
  ],
  examples: {
    positive: [
      "If anything I said in the group chat upset anybody, my bad.",
      "I'm sorry if you were hurt.",
      'if i offended anyone at the bbq im sorry',
      "I apologize if that's how you took it.",
      'sorry if i came across as aggressive the other night',
      'if my drinking at ur wedding embarrassed u then im sorry',
      'To the extent that my missing three months of rent caused you difficulties, I apologise.',
      'Should I have hurt you in any way, please accept my apologies.',
      "I'm sorry if the comments I made about your weight upset you.",
      'Apologies if anything I said came across badly.',
      'im sorry if u think i abandoned u',
      'If I overstepped at the christening, I apologise.',
      'if i said something hurtful at the match then sorry i guess',
      'Should my outburst have upset the children, I apologise.',
      "If there's anything I said that hurt you, I'm sorry.",
      'if i was out of line on saturday, my bad, but lets just forget it',
      'I apologise to anyone who was offended by my remarks.',
      'To those who may have been hurt by my words, I am sorry.',
      'sorry to anyone i upset last night',
      'My apologies to everyone who may have felt let down.',
      'sorry to any of u who got upset',
      'To the degree that my temper frightened you, I apologise.',
      'Insofar as my remarks caused offence, I am sorry.',
      'in so far as i let the team down im sorry',
      'Assuming I did push you, then I apologise.',
      'In the event that my comments upset anyone, please accept my apology.',
      'Where I may have offended you, I am sorry.',
      "If it's true that I forgot your birthday, I'm sorry.",
      'if u say i took it then sorry',
      'Whatever hurt there may have been, I regret it.',
      'My apologies should anything I wrote last week have seemed unkind.',
      'Should my behaviour at the dinner have spoiled the evening, I apologise.',
      'Please forgive me if any mistake was made on my part.',
      'pardon me if i offended u at the party',
      "If any guests felt uncomfortable on Saturday, we apologise.",
      "if ur upset about the party then sorry",
      'if my shouting ruined the holiday for you then sorry',
      "If there's anything I've said that hurt you, I apologise.",
      "I'm sorry if you'll ever be hurt by this.",
      'Whatever hurt there may have been, I am sorry to everyone.',
    ],
    negative: [
      // session 13: traps in general words
      "Sorry if my spelling is off, I'm writing this on my phone.",
      'Sorry if it comes out jumbled.',
      "I'm sorry to your sister too, and I'll write to her if you say so.",
      "My sponsor says to stop writing 'sorry if I upset you' and just name what I did.",
      "If you'd ever like to talk, I'm here.",
      "If you want, I can pay it back, and I'm sorry.",
      "Even if you never forgive me, I'll keep paying back every cent.",
      "I'm sorry, and I understand if you need more distance from me.",
      "I'm sorry I lied. If you'd like, I can start paying back the £500 next month.",
      "I'm so sorry. I don't know if you'll even read this.",
      'If you ever want to talk about what happened, my number hasn\'t changed.',
      "I'm sorry I took the car. Is there anything I can do if it would help?",
      'If you feel you can\'t keep sponsoring me, that\'s your call.',
      "If I had listened to you, you wouldn't have lost the deposit, and I'm sorry.",
      'Should you ever want the letters back, I will post them.',
      'Sorry if this is a daft question, but is the form due Friday?',
      'sorry if i missed it, where do we meet?',
      'Apologies if you have already had this reminder.',
      'Sorry to everyone who came all that way for nothing.',
      'I hurt everyone who loved me, and I am sorry for the lies I told your mother.',
      'I apologise to all of you for missing the funeral.',
      'I want to make amends to everyone I hurt while I was drinking.',
      "I'm sorry to everyone who was hurt by my lies about the business.",
      "I know 'sorry if you were hurt' is a cop out, so I'm sorry I lied to you.",
      "I'm sorry if you're not ready to hear from me yet; take all the time you need.",
      'To some degree I always knew the money was yours.',
      'Where I live now is quiet, and I am sorry I never wrote.',
      'Assuming the trains run, I will be there on Sunday.',
      'In the event that you want to talk, my number is the same.',
      "Forgive me if I don't reply quickly; I'm at work till six.",
      'Should you want the letters back, I will post them.',
      "It's true that I lied, and I'm sorry.",
      'Whatever you decide, I am sorry for what I did.',
      // asking leave for an offer is the "if you want, I can pay it back" trap
      "Maureen, I owe you a separate apology and I'll write to you myself if you'll allow it.",
      "I'm sorry, and I'll come and fix the fence if you'll let me.",
      // the vague apology, not a hypothetical one
      'I want to apologise to everyone who worked for me for any hurt I may have caused.',
    ],
  },
});
