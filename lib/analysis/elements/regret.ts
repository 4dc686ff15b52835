import type { ElementRule } from '../types';
import { I_AM, YOU, YOUR, after, before, collectSpans, rx } from './match';

/**
 * Regret: the person says sorry, in their own voice, for something. A "sorry" that only
 * regrets the other person's reaction ("sorry you feel that way"), that makes the harm
 * hypothetical ("sorry if you were hurt"), that hedges the act away ("for whatever I did"),
 * or that is politeness or sympathy ("sorry to hear", "sorry for the late reply") does not
 * count: those are not the words of remorse the element is about.
 */

const INTENSIFIER =
  '(?:so+|very|really|rly|truly|truely|deeply|sincerely|genuinely|terribly|awfully|incredibly|profoundly|honestly|just|still|more|ever|extremely|utterly|eternally|forever|beyond|so very|most|deeply and truly)';

const PATTERNS = [
  // "I'm so sorry", "I am truly sorry", "i was so sorry", bare "sorry" / "Sorry, Dad."
  rx(`\\b(?:(?:i'?m|i am|im|i was|am)\\s+(?:${INTENSIFIER}\\s+){0,3})?sorry\\b`),
  // chat spellings: "soz", "sry", "sorryyy"
  rx(`\\b(?:soz+|sry|srry|sorr+y+|sowwy|sozzle)\\b`),
  // "I apologise", "I do apologize", "I want to apologise", "I'm writing to apologise"
  rx(`\\bi (?:(?:do|really|truly|sincerely|deeply|just|humbly|again|also|hereby|unreservedly|wholeheartedly|fully|profusely|must)\\s+){0,2}apologi[sz]e\\b`),
  rx(`\\b(?:want(?:ed)?|wanna|like|love|need(?:ed)?|writing|write|here|wish|must|trying|chance|ought|have|had|going) to apologi[sz]e\\b`),
  rx(`\\b(?:${I_AM} |am )?apologi[sz]ing (?:to (?:${YOU}|\\w+) )?(?:for|about|again|now|properly|sincerely|from)\\b`),
  // "please accept my apologies", "my sincere apologies", "i owe u an apology"
  rx(`\\b(?:accept|offer|send|give (?:${YOU}|\\w+)) my (?:\\w+ )?apolog(?:y|ies)\\b`),
  rx(`\\bmy (?:sincere|sincerest|deepest|heartfelt|humble|honest|profound|unreserved|full|complete)? ?apologies\\b`),
  rx(`\\bi (?:owe|need to give|want to give) (?:${YOU}|\\w+)(?: [^.!?]{0,30}? and)? (?:an?|my|a real|a proper|a full|a long overdue) (?:\\w+ )?apology\\b`),
  // "I deeply regret", "I will regret that", "I regret lying"
  rx(`\\bi (?:(?:deeply|truly|really|sincerely|bitterly|so|will|'ll|ll|always|still|do|now|greatly|profoundly|genuinely|already|have|'ve)\\s+){0,3}regret(?:ted)?\\b`),
  rx(`\\bi (?:have|'ve|ve|carry|live with) (?:\\w+ ){0,2}regrets? (?:about|over|for|that)\\b`),
  rx(`\\bmy (?:biggest|greatest|deepest|only|one|worst) regret (?:is|was|will be)\\b`),
  // "I'm ashamed that I", "I feel ashamed of the way I"
  rx(`\\bi(?:'?m| am|m| was| feel| felt| have been|'ve been| still feel)\\s+(?:${INTENSIFIER}\\s+){0,3}(?:ashamed|remorseful)\\b`),
  rx(`\\bi (?:feel|felt|carry|have) (?:(?:so|such|deep|real|a lot of|so much|great|genuine)\\s+){0,2}(?:remorse|shame) (?:for|about|over|that)\\b`),
  // "I feel terrible about what I did", "i feel sick about how i treated u"
  rx(`\\bi (?:feel|felt) (?:${INTENSIFIER}\\s+){0,2}(?:terrible|awful|horrible|sick|dreadful|wretched|gutted|bad|rotten|ashamed) (?:about|over|for) (?:what i|how i|the way i|the things i|everything i|all (?:the|that) i|lying|stealing|taking|hurting|cheating|leaving|missing|my)\\b`),
  // "I wish I hadn't", "I wish I could take it back"
  rx(`\\bi (?:really |so )?wish (?:to god )?i (?:had ?n'?t|had not|hadnt|had never|never|could (?:take|undo|go back|change)|could have|'d never|did ?n'?t|did not)\\b`),
];

const YOU_REACTION = `(?:${YOU}(?: and(?: \\w+){1,3}?(?= (?:were|are|felt|feel|got|took|seem)))?(?:'re|re| are| were| was| feel| felt| got| get| took| take| see| saw| think| thought| seem| seemed| found| find| have been| had been| still| 've been| 'd been| ended up feeling)|you'?re|youre|ur (?:upset|angry|hurt|mad|sad|disappointed|offended|annoyed|feeling|so|still|not|cross|pissed|unhappy|embarrassed|bothered)|${YOUR} (?:feelings|reaction) (?:were|was|got)|(?:anyone|everyone|anybody|people|some people|they|she|he) (?:was|were|felt|feel|got|took|is|are|'s|'re|seemed|thought|think))\\b`;

/** What may not follow the word of apology. */
const FOLLOW_VETO = new RegExp(
  '^(?:' +
    [
      // conditional: "sorry if", "sorry, if", "apologise if"
      `\\s*,?\\s*(?:if|in case|should|to the extent|insofar)\\b`,
      // their reaction: "sorry you feel", "sorry that you're still angry", "regret that you took it"
      `\\s*,?\\s*(?:that |about how |for how |how )?${YOU_REACTION}`,
      // politeness and sympathy
      `\\s*,?\\s*(?:to (?:hear|bother|say|interrupt|disturb|trouble|ask|hassle|keep|inform|report|learn|read|see|spam|chase|be a pain|drag|cancel|miss|announce|tell)|for (?:${YOUR}|the|a|this) (?:\\w+ )?loss|about (?:${YOUR}|the) loss)\\b`,
      `\\s*,?\\s*(?:for|about) (?:the|any|all the|this|that|my|our) (?:late|slow|delayed|long|short|last-minute|belated|tardy)? ?(?:reply|response|replying|responding|delay|wait|inconvenience|confusion|mix-?up|shuffle|disruption|notice|typos?|spam|long message|long email|essay|rant|ramble|noise|double post|radio silence|trouble caused|interruption|change of plan|change of plans|hassle)\\b`,
      `\\s*,?\\s*(?:i'?ve|i have|ive|i'?ve been|i was|i'?m|im) (?:been )?(?:so |a bit |really |too |very )?(?:quiet|busy|slow|away|awol|mia|off the radar|out of touch|rubbish at (?:replying|texting|keeping)|bad at (?:replying|texting|keeping)|useless at (?:replying|texting)|late (?:replying|getting back))\\b`,
      `\\s*,?\\s*(?:for not (?:getting back|replying|responding|answering)|it'?s taken me (?:so long|ages|a while) to (?:reply|respond|get back))\\b`,
      `\\s*,?\\s*wrong (?:number|chat|person|group|thread|link|email|address|room)\\b`,
      // logistics: "sorry, but I can't make Thursday", "sorry running 10 min late", "sorry, could we do Friday"
      `\\s*[,-]?\\s*(?:but )?(?:i )?(?:can'?t|cannot|won'?t be able to|wont be able to) (?:make|come|do|attend|join|be there|get there)\\b(?! (?:it up|up|amends|this right|things right))`,
      `\\s*[,-]?\\s*(?:i'?m |im |am )?(?:running|(?:i'?ll|ill|i will|gonna|going to) be) (?:(?:a bit|a little|\\d+ ?\\w*|five|ten|fifteen|twenty|half an hour) )?(?:late|behind)\\b`,
      `\\s*[,-]?\\s*(?:but )?(?:can|could) we (?:do|move|push|swap|switch|reschedule|make it)\\b`,
      // hedged object: "for whatever I did", "for any distress I may have caused"
      `\\s*(?:for|about)\\s+(?:whatever|anything)\\b`,
      `\\s*(?:for|about)\\s+(?:any|all (?:the )?)\\s*(?:\\w+\\s+){0,3}?(?:(?:i|that) (?:may|might|could) have|(?:was|were) caused)\\b`,
      // self-erasure rather than remorse: "sorry for being me", "sorry for existing"
      `\\s*(?:for|about)\\s+(?:being (?:me|born|alive|a burden|who i am|myself)|existing|who i am|everything i am)\\b`,
      // "sorry" as the subject of a thought: "sorry doesn't fix your car"
      `\\s*(?:does ?n'?t|does not|is ?n'?t|is not|won'?t|will not|can'?t|cannot|is just|is only|means nothing|seems|never|just is|are just)\\b`,
      `\\s+(?:state|excuse|sight|lot|tale|mess|affair)\\b`,
    ].join('|') +
    ')',
);

/** What may not come just before it. */
const BEFORE_VETO = new RegExp(
  '(?:' +
    [
      `\\b(?:be|'ll be|will be|you'?re|youre|ur|he'?s|she'?s|they'?re|you are|u r|you were|we'?re|we are|we were|not|never|no|a|than|the word|say|says|said|saying|told you|tell you)\\s+(?:(?:${INTENSIFIER}|im|i'm|i am|that)\\s+){0,2}$`,
      `\\b(?:don'?t|do not|dont|didn'?t|never|won'?t|not|nobody|no one) (?:\\w+ ){0,2}$`,
    ].join('|') +
    ')',
);

/** A condition on the harm before the apology: "if I offended anyone, I'm sorry". */
const CONDITION_BEFORE =
  /(?:^|[^a-z])(?:if|to the extent(?: that)?|insofar as)\b[^.;!?]{0,90}?\b(?:hurt|offend|upset|embarrass|caus|harm|insult|affect|bother|annoy|wrong|mistake|distress|pain|let (?:you|u|anyone) down|came across|come across|seemed|looked|took it|take it|felt|feel|that'?s how|the way you|you think|u think)/;

/** "I'm sorry you were hurt by what I did" names the act, so it is remorse, not reaction. */
/** The inverted conditional: "Should I have hurt you in any way, please accept my apologies." */
const INVERTED_CONDITION = /^\W*(?:\w+,\s*)?should (?:i|you|anyone|my|it|this|that|any)\b/;

/** Pity rather than remorse: "I feel sorry for him", "feeling sorry for myself". */
const PITY = /^\s*for (?:myself|yourself|himself|herself|themselves|him|her|them|us|you|u)\b/;

const OWNS_ACT =
  /\bby (?:me|what i|how i|the way i|the things i|my (?:lies|lying|drinking|using|gambling|actions|cheating|stealing|behaviou?r|choices|words|temper|violence|betrayal))\b/;

function isRegret(norm: string, start: number, end: number): boolean {
  const word = norm.slice(start, end);
  const tail = after(norm, end, 120);
  const lead = before(norm, start, 40);
  if (BEFORE_VETO.test(lead)) {
    // "I want to say sorry" and "I'm writing to say I'm sorry" are apologies, not reports.
    if (!/\b(?:to|want|wanted|need|needed|like|just|gonna|wanna|have|must) (?:say|tell you|tell u)\s+(?:(?:i'?m|im|i am|how|that)\s+){0,2}(?:\w+\s+)?$/.test(lead))
      return false;
  }
  if (/\bfe(?:el|lt|eling)\s+(?:\w+\s+)?$/.test(lead) && PITY.test(tail)) return false;
  if (FOLLOW_VETO.test(tail) && !OWNS_ACT.test(tail)) return false;
  // Bounded look-back keeps each match's check constant, so a long sentence stays linear.
  if (CONDITION_BEFORE.test(before(norm, start, 160))) return false;
  if (start < 160 && INVERTED_CONDITION.test(norm.slice(0, start))) return false;
  // "we regret" and "we both said things we regret" are not this person's remorse.
  if (/regret/.test(word) && /\bwe\b[^.]{0,30}$/.test(lead) && !/\bi\b/.test(word)) return false;
  return true;
}

/** Every pattern needs one of these words: most sentences are settled with one scan. */
const GATE = /sorr|soz|sry|srry|sowwy|apolog|regret|asham|remorse|shame|fe(?:el|lt)|wish/;

const rule: ElementRule = {
  id: 'regret',
  label: "Say you're sorry",
  description:
    'Plain words of sorrow, like "I\'m sorry that I…", tell them you feel the weight of what happened.',
  promptLabel: "Say you're sorry, in your own words",
  starters: ["I'm sorry that I ", 'I deeply regret ', "I'm truly sorry for "],
  find(sentence) {
    return collectSpans(sentence, PATTERNS, isRegret, GATE);
  },
  examples: {
    positive: [
      "I'm sorry that I lied to you about the money.",
      'I apologize for missing your graduation.',
      'I deeply regret the way I spoke to your mother.',
      "I'm ashamed that I let you pay for my rehab.",
      'im so sorry i took ur car',
      'Sorry, Dad.',
      "I'm sorry I can't make up for the years I missed.",
      "Sorry I'll be honest now: I took it.",
      'I am writing to apologise for the rent I failed to pay.',
      'I feel ashamed of how I treated you when you came to visit.',
      'I missed your wedding, and I will regret that for a long time.',
      'Please accept my apologies for my past behaviour.',
      "I'm sorry you were hurt by what I did.",
      'i owe u an apology for ghosting u',
      'Sorry for everything, honestly.',
      "I'm truly sorry, and I won't make excuses.",
      'I wish I had never taken that money from you.',
      'I feel terrible about how I treated you that summer.',
    ],
    negative: [
      "I'm sorry you feel that way.",
      "i'm sorry u see it that way",
      'Sorry if it looked like I was lying to you about the money.',
      'if i offended anyone at the bbq im sorry',
      'I apologise for any distress I may have caused.',
      'sorry for whatever i did to make u cut me off',
      'I regret that you took my comments at the meeting so badly.',
      'Sorry for the late reply, I have been away.',
      'I was so sorry to hear about your mum.',
      'sorry wrong chat lol',
      "Sorry, but I can't make Sunday, can we do next week?",
      'sorry im running 5 mins late, order for me',
      "So sorry, could we push lunch to one o'clock?",
      "I've said I'm sorry, so I expect things to go back to normal now.",
      "I know sorry doesn't fix your car.",
      'We both said things we regret.',
      'im sorry for being me i guess',
      "id like to take u to lunch n apologise properly",
      'Should I have hurt you in any way, please accept my apologies.',
      "I'm not sorry for leaving.",
      'You will be sorry when I am gone.',
    ],
  },
};

export default rule;
