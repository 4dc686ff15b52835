import { filteredTest, mayMatch, trigramFilter, type TrigramFilter } from './trigram-filter';
import type { RuleExamples, Sentence, Span } from './types';

/**
 * Crisis and self-harm language. When any of it appears, the coach sets the hints aside
 * and answers with care. Recall matters more than precision here: a gentle word of support
 * shown by mistake costs little, a missed one can cost a great deal. So the patterns are
 * broad, and the guards remove only idioms whose meaning is clearly not about the writer's
 * life ("this commute is killing me", "dying to see you", "the battery died").
 *
 * Patterns run on `sentence.norm` (same length as `text`); spans are relative to the
 * sentence. Every gap is bounded, so matching stays linear in the sentence's length.
 */

const ME = "(?:i'?m|im|i am|i)";
const WANT = "(?:want(?:ed)?|wanna|wish|going|gonna|planning|plan|ready|about|thinking (?:of|about)|thought (?:of|about)|tempted|try(?:ing)?|tried|need|feel like|urge to|might|could|will|'ll|should|just want)";

const PATTERNS: readonly RegExp[] = [
  // killing oneself, in its many phrasings
  /\b(?:kill(?:ing|ed)?|off(?:ing)?|top(?:ping|ped)?|hang(?:ing|ed)?|unaliv(?:e|ing|ed)|end(?:ing)?|shoot(?:ing)?|drown(?:ing)?) (?:my ?self|meself|myslef)\b/g,
  /\bkms\b/g,
  /\bsuicid(?:e|al|ality)\b/g,
  /\b(?:end|ending|take|taking|took) my (?:own )?life\b/g,
  /\b(?:end|ending) (?:it|it all|everything|things)(?: all)?\b/g,
  // "if I just ended it", "better for everyone if I ended it all": the wish, not a breakup ("I ended it with her")
  /\b(?:if i|wish i|should ?(?:'ve|have|of) just|(?:easier|better|simpler) if i) (?:just |finally |simply |quietly )?ended (?:it|it all|everything|things)(?: all)?\b/g,
  /\bnot (?:be )?(?:around|here|alive) (?:much longer|for much longer|for long|by (?:then|tomorrow|the weekend|christmas)|tomorrow|any ?more)\b/g,
  /\bwon'?t be (?:around|here|alive) (?:much longer|for much longer|for long|by|tomorrow|any ?more|to see)\b/g,
  /\b(?:by the time|when) you (?:read|get|see|find) this,? (?:i'?ll|i will|ill) (?:be )?(?:gone|dead|not be here)\b/g,
  // wanting to die or not to exist
  /\b(?:want(?:ed)?|wanna|wish(?:ed)?|ready|going|gonna) (?:to )?(?:die|be dead|not (?:be )?(?:here|alive|exist)|stop existing|disappear(?: forever| for good)?|vanish|go to sleep and not wake up|sleep (?:forever|and never wake up))\b/g,
  /\bwish (?:i|id|i'd|i had) (?:was|were|had|'d)? ?(?:dead|died|not here|never been born|not been born|n'?t (?:here|alive|born|been born))\b/g,
  /\bwish i (?:was ?n'?t|were ?n'?t|was not|were not|could just) (?:here|alive|around|born|disappear|die|stop existing|not exist)\b/g,
  /\b(?:should (?:have|'ve) died|should be dead|better off dead)\b/g,
  /\brather (?:be )?(?:dead|die)\b/g,
  /\bi (?:\w+ )?(?:deserve|deserved|should|ought to) (?:just )?(?:to )?(?:die|be dead|not exist|not be here|disappear)\b/g,
  /\bdisappear (?:forever|for good|permanently)\b/g,
  /\b(?:not|never) wak(?:e|ing) up(?: again| ever)?\b/g,
  /\b(?:happier|better|easier|better off|relieved)\b[^.!?]{0,30}?\bif i (?:was|were|am|'m)? ?(?:gone|dead|not (?:here|around|alive)|n'?t (?:here|around|alive)|didn'?t exist|never existed|disappeared|died)\b/g,
  /\b(?:don'?t|dont|do not|can'?t|cant|cannot) see (?:the|any) point (?:in |of )?(?:anything|living|going on|life|it all|carrying on|being here|being alive|any of it|trying any ?more)\b/g,
  /\bfeel(?:ing)? like (?:dying|ending it|i want to die|i should die|disappearing forever)\b/g,
  /\b(?:don'?t|do not|dont|no longer) (?:want|wish) to (?:live|be alive|exist|wake up|go on|be here any ?more|be around any ?more|carry on|keep going)\b/g,
  /\b(?:don'?t|do not|dont) (?:deserve|have the right) to (?:live|be alive|exist|be here|breathe)\b/g,
  /\b(?:never|not) (?:want|wanting) to wake up\b/g,
  // no reason, no point, can't go on
  /\b(?:no|nothing (?:left )?to|no more|not (?:a|one|any)) (?:reason|reasons|point|will) (?:(?:to|in|for) )?(?:me |my )?(?:live|living|go(?:ing)? on|keep(?:ing)? going|carry(?:ing)? on|be(?:ing)? here|be(?:ing)? alive|anything|it all|exist)\b/g,
  /\bnothing (?:left )?to live for\b/g,
  /\b(?:don'?t|dont|do not|can'?t|cant|cannot) see (?:a|any) way (?:forward|out|through|to keep going|to go on)\b|\b(?:no|see no) way out\b/g,
  /\b(?:can'?t|cant|cannot|don'?t|dont|do not) see (?:the|any) point(?=\s*(?:[.!?,]|$|any ?more|in (?:anything|living|life|going on|trying|being here)|of (?:anything|living|life|being here)))/g,
  /\b(?:life|living|my life|everything|existing)(?: is|'s| feels| seems) (?:so |completely |totally )?(?:pointless|meaningless|hopeless|not worth it)\b/g,
  /\b(?:i (?:feel|am)|i'?m|im|feeling) (?:so |completely |totally |utterly )?hopeless\b(?! at)|\b(?:lost all|no) hope(?: left)?\b|\bgiven up (?:all )?hope\b/g,
  /\b(?:not sure|don'?t know if|dont know if|doubt) i'?(?:ll| will) (?:still )?be (?:here|around|alive)\b|\b(?:might|may) not (?:still )?be (?:here|around|alive) (?:for|at|by|much|next|tomorrow|long|to)\b/g,
  /\ba danger to myself\b|\bdo something (?:stupid|silly|drastic) (?:to myself|tonight)?(?!\s*like)/g,
  /\b(?:want to|going to|gonna|about to|wanna) jump(?=\s*(?:[.!?]|$|off|from|in front))/g,
  /\bnoose\b|\b(?:razor|blade|knife) to my (?:arms?|wrists?|legs?|skin)\b|\bstop (?:breathing|existing)\b/g,
  /\b(?:what'?s|whats|what is) the point (?:of |in )?(?:living|going on|carrying on|anything|any of it|it all|being here|being alive|me)\b/g,
  /\b(?:life|living|my life)(?: is|'s| isn'?t| is not|s)? (?:not |n'?t )?worth (?:living|it any ?more)\b/g,
  /\b(?:can'?t|cannot|cant|can not) (?:go on|keep going|carry on|do this any ?more|take (?:it|this) any ?more|take any ?more|take (?:it|this) (?:no|much) (?:more|longer)|live like this|live with myself|face another day|keep living|bear it any ?more|be here any ?more)\b/g,
  /\b(?:tired|sick) of (?:living|being alive|life|existing|being here)\b/g,
  /\b(?:done|finished) with (?:life|living|being alive|it all|everything)\b/g,
  /\bgiv(?:e|ing|en) up on (?:life|living|everything|myself)\b|\bgiv(?:e|ing|en) up on (?:everything|it all),? (?:on )?(?:life|living)\b/g,
  /\b(?:might|may) as well (?:be dead(?! (?:tired|on|beat|serious|set|wrong|right|last|quiet|boring|easy|simple))|die(?! (?:of|laughing|trying))|not be here|not exist)\b/g,
  /\b(?:hope|hoping|wish|wishing|pray|praying)(?: that)? i (?:do ?n'?t|dont|do not|never|won'?t|wont|will not|would ?n'?t|wouldnt) wake up\b/g,
  /\b(?:wrote|writing|written|write|left|leaving|leave) (?:a |my |some |the )?(?:goodbye|farewell|suicide) (?:letters?|notes?|messages?)\b/g,
  /\b(?:be|get|got|getting) rid of me (?:soon|for good|forever|at last|finally)\b|\b(?:you'?ll|you will|u'?ll|you'?re going to|everyone will) (?:all )?be rid of me\b/g,
  /\bwant (?:it|this|everything|it all|the pain|the hurt|all of it) to (?:end|stop|be over)(?: forever| for good| permanently)?\b/g,
  // everyone better off, a burden
  /\b(?:better off|happier|better) without me\b/g,
  /\b(?:no ?one|nobody|no-one|noone) (?:would|will|'d|'ll) (?:even )?(?:miss|notice|care|mind)(?: me)? (?:if|when) i(?:'?m| am| was| were|'d| had)? ?(?:gone|dead|died|disappeared|not here|left)\b/g,
  /\bif i (?:just )?(?:disappeared|vanished|died|was gone|were gone|was dead|were dead|was n'?t here|wasn'?t here|wasnt here|was not here)\b[^.!?]{0,12}\b(?:no ?one|nobody|no-one|noone) (?:would|will|'d|'ll) (?:even )?(?:care|notice|miss me|mind)\b/g,
  /\b(?:i'?m|im|i am|i feel like|i'?ve become|ive become|i have become) (?:just |only |such |nothing but |nothing more than |no more than )?(?:a burden|a waste of (?:space|air|oxygen)|better off dead)\b/g,
  // "you won't have to put up with me much longer", "I won't be a burden to anyone for long"
  /\b(?:won'?t|wont|will not|will never|'?ll never) (?:have to )?(?:deal with|put up with|worry about|look after|carry|see|be (?:a burden|a problem|in (?:your|the|anyone'?s) way)(?: (?:to|for) (?:you|anyone|everyone|any of you))?)(?: me)? (?:for )?(?:much longer|for long|long|any ?more|after (?:tonight|today|this))\b/g,
  // "in case I'm not around", "letters to everyone, for when I'm gone"
  /\b(?:in case|for when|for after) (?:i'?m|im|i am|i was) (?:not|no longer|n'?t) (?:around|here|alive)\b/g,
  /\b(?:bought|got|have|found|tied|hid|hidden) (?:a |the |some )?rope\b/g,
  /\bthe world (?:would be|is|'d be) better (?:off )?without me\b/g,
  /\b(?:when|after|once|if) i'?m (?:dead|gone)\b/g,
  // self-harm and methods
  /\bself[- ]?harm(?:ing|ed)?\b/g,
  /\b(?:i'?ve been|i have been|been|started|start|i keep|keep|kept|i'?m|im|i am|i)\s+cutting(?: again)?(?=\s*(?:[.!?,]|$|again|lately|recently|more|every|since))/g,
  /\b(?:pills|tablets|meds|medication|painkillers|sleeping pills) (?:saved|stored|stashed|hidden|hoarded|stockpiled|put away)(?: up)?\b|\b(?:saved|stashed|hidden|hoarded|stockpiled) (?:up )?(?:my |some |enough )?(?:pills|tablets|meds|painkillers)\b/g,
  /\b(?:hurt(?:ing)?|harm(?:ing|ed)?|cut(?:ting)?|burn(?:ing|ed|t)?|punish(?:ing|ed)?) (?:my ?self|meself)\b/g,
  /\b(?:slit|cut|slash|slashing) my (?:wrists?|arms?|throat)\b/g,
  /\b(?:take|taking|took|swallow(?:ing|ed)?|down(?:ing|ed)?) (?:all (?:of )?(?:my|the|those|these|them)|every (?:one of )?(?:my|the)|(?:a|the|my) (?:whole )?(?:bottle|box|pack|packet|load|handful|bunch|pile|strip|month'?s supply) of|(?:too many|loads of|lots of|a lot of|handfuls of)) ?(?:pills|tablets|meds|medication|sleeping pills|painkillers|paracetamol|them)\b/g,
  /\b(?:take|taking|took|thinking about|planning|plan) (?:an |another )?overdose\b/g,
  /\boverdos(?:e|ed|ing) (?:on purpose|deliberately|intentionally)\b/g,
  /\b(?:deliberately|on purpose|intentionally) overdos(?:e|ed|ing)\b/g,
  /\b(?:stockpil(?:e|ing|ed)|saving up|hoarding) (?:my )?(?:pills|tablets|meds|medication)\b/g,
  /\b(?:jump(?:ing)?|throw(?:ing)? myself|step(?:ping)?) (?:off|in front of|from|under) (?:a |the |that )?(?:bridge|building|roof|cliff|train|bus|lorry|truck|car|balcony|multi-?storey)\b/g,
  /\b(?:drive|driving|crash|crashing) (?:my car |the car )?(?:into|off) (?:a |the )?(?:wall|tree|bridge|cliff|river|lorry|truck)\b(?! by accident)/g,
  /\b(?:suicide|goodbye) (?:note|letter)\b|\bwr(?:ote|itten|iting) (?:a|my) (?:last|final|goodbye) (?:note|letter)\b/g,
  /\b(?:this is|consider this) (?:my )?(?:final )?goodbye\b|\bgoodbye forever\b/g,
];

/** Idioms and ordinary meanings that share the words but not the danger. */
const GUARDS: ReadonlyArray<(match: string, lead: string, tail: string) => boolean> = [
  // "I nearly killed myself laughing", "killing myself trying to finish this", "cut myself shaving"
  (m, _l, t) =>
    /(?:kill|killing|killed|hurt|hurting|cut|cutting|burn|burned|burnt|burning) (?:my ?self|meself)$/.test(m) &&
    /^\s*(?:laughing|with laughter|trying|to (?:get|finish|make|meet|help)|working|at (?:work|the gym|football|rugby|training)|on (?:a|the|some|my|that|this)|shaving|cooking|chopping|peeling|opening|cleaning|playing|lifting|running|training|falling|when i fell|in (?:a|the) (?:fall|kitchen|garden|gym)|slightly|a bit|a little|badly at|over (?:this|that|it|nothing|the)|for (?:this|that|nothing|you|them|work))\b/.test(t),
  // "I can't go on holiday", "can't carry on working there", "cant keep going to the pub"
  (m, _l, t) =>
    /(?:go on|keep going|carry on)$/.test(m) &&
    /^\s*(?:holiday|a (?:date|trip|diet|course|ride)|the (?:trip|ride|website|course|list)|with (?:the|this|that|it|work|my job)|to |at |working|about|and on|tour|leave|stage|air|tv|the radio|without (?:you|u|her|him|them)\b)/.test(t),
  // "when I'm gone for the weekend", "I'm done with everything on my list", "disappear for a few days"
  (m, _l, t) => /^(?:when|after|once|if) .*(?:dead|gone)$/.test(m) && /^\s*(?:for|to|on|away|out|home|off|tired|serious|on my feet|beat)\b/.test(t),
  (m, _l, t) => /(?:it all|everything)$/.test(m) && /^done|^finished/.test(m) && /^\s*(?:on|for (?:today|the day|now|this week)|at work|in the|you asked|i needed|we agreed)\b/.test(t),
  (m, _l, t) => /(?:disappear|vanish)(?: forever| for good)?$/.test(m) && /^\s*(?:for (?:a|the|some|two|three|\d)|to (?:the|a|my|our)|into (?:the|my)|off to|on (?:holiday|a trip)|from (?:social media|facebook|instagram|twitter|the group|work))\b/.test(t),
  // "I thought I was going to die" (a fright), "we're all going to die someday"
  (m, l) => /^(?:going|gonna) (?:to )?die/.test(m) && (/\b(?:thought|felt|sure|scared|afraid|convinced|worried|feared)\b[^.]{0,15}$/.test(l) || /\b(?:all|everyone|everybody|we|we'?re)\s+(?:\w+\s+)?$/.test(l)),
  // "I'm not waking up early for that"
  (m, _l, t) => /wak(?:e|ing) up$/.test(m) && /^\s*(?:early|at|for|in time|before|till|until|on time|with)\b/.test(t),
  // "drove 300 kms"
  (m, l) => m === 'kms' && /\d\s*$/.test(l),
  // "I'd rather die than wear that jumper": a figure of speech, unless what it is weighed
  // against is living ("I'd rather be dead than live like this").
  (m, _l, t) =>
    /^rather/.test(m) &&
    /^\s*than\b/.test(t) &&
    !/^\s*than (?:live|living|go on|going on|carry on|carrying on|keep going|face (?:another|this|tomorrow|life|them|everyone)|be (?:here|alive|like this)|wake up|feel (?:like )?this)\b/.test(t),
  // "in case I'm not around when the parcel comes": an errand, not an absence for good
  (m, _l, t) =>
    /^(?:in case|for when|for after)/.test(m) &&
    /^\s*(?:when|to (?:answer|take|sign|pick|let)|at (?:the|home|work|the door)|for (?:the|a|your)|on (?:the|\w+day)|this (?:week|weekend|evening|afternoon)|tomorrow|later|today)\b/.test(t),
  // "got the rope for the tent", "found some rope in the shed"
  (m, _l, t) => /rope$/.test(m) && /^\s*(?:for|to (?:tie|hang (?:the|a|up)|fix|pull|climb)|in the (?:shed|garage|boot|car|van)|swing|ladder)\b/.test(t),
  // "we should end it here", "I want to end it with Mark", "end it on a good note"
  (m, _l, t) =>
    /^end(?:ing|ed)? (?:it|things|everything)/.test(m) &&
    /^\s*(?:with|between|here|there|now,? (?:between|with)|on (?:a|good|bad)|early|at|before|by|after|together|amicably|politely|properly|the (?:call|meeting|relationship|contract|lease)|for (?:good )?between)\b/.test(t),
  (m, l) =>
    /^end(?:ing|ed)? (?:it|things|everything)/.test(m) &&
    /\b(?:we|let'?s|they|you|he|she|u|the|this|that|meeting|call|chapter|game|film|match|season|story|book|relationship|marriage|lease)\s+(?:\w+\s+)?$/.test(l) &&
    !/\b(?:i|im|i'?m|just)\s+(?:\w+\s+)?$/.test(l),
  // "it was your decision to end things": someone else ending a relationship
  (m, l) =>
    /^end(?:ing|ed)? (?:it|things|everything)/.test(m) &&
    /\b(?:your|you|u|ur|she|he|they|her|his|their)\b[^.!?]{0,20}\b(?:decision|choice|decided|chose|wanted|want|right|call) to\s+$/.test(l),
  // "suicide squad", "career suicide", "suicide prevention week", "suicide doors"
  (m, l, t) =>
    /^suicid/.test(m) &&
    (/\b(?:career|political|social|commercial|professional|electoral)\s+$/.test(l) ||
      /^\s*(?:squad|doors?|prevention|awareness|helpline|hotline|lane|run|bid|mission|pact (?:film|movie))\b/.test(t)),
  // "I'm dying to see you" never matches; "I want to die of embarrassment" is a figure of speech
  (m, _l, t) => /\bdie$/.test(m) && /^\s*(?:of (?:embarrassment|laughter|boredom|cringe)|laughing|for (?:a|some|one|that|this))\b/.test(t),
  // "I can't take it anymore" about a noise or a job is still distress: keep. But "can't carry on like
  // this at work" stays too. Only the negated wish is removed: "I don't want to die without seeing you".
  (m, l) => /^(?:want|wanted|wanna|wish|ready|going|gonna)/.test(m) && /\b(?:don'?t|do not|dont|never|not|didn'?t)\s+$/.test(l),
  // "take all the pills you need" is nobody's crisis; "the pills" of a prescription schedule
  (m, _l, t) =>
    /(?:pills|tablets|meds|medication|paracetamol|painkillers)$/.test(m) &&
    /^\s*(?:as (?:prescribed|directed)|with (?:food|water|a meal)|every|each|twice|once|daily|in the morning|at night|on time|the doctor)\b/.test(t),
  // a crash or a jump that is not about the writer: "the bus driver crashed into a wall"
  (m, l) => /^(?:drive|driving|crash|crashing)/.test(m) && !/\b(?:i|im|i'?m|want to|going to|gonna|thought about|thinking about|think about|thinking of|thought of|just)\s+(?:\w+\s+)?$/.test(l),
];

/**
 * Every pattern above needs at least one of these words, so a sentence without any of them
 * (most sentences) is answered with one scan instead of one per pattern.
 */
const GATE =
  /self|meself|myslef|kms|suicid|life|\bend|not (?:be )?(?:around|here|alive)|won'?t be|gone|dead|die|dying|exist|disappear|vanish|sleep|wish|rather|deserve|should|ought|wak|go on|carry on|keep going|be here|be around|if i|point|reason|will (?:to|for|in)|live|alive|worth|can'?t|cant|cannot|can not|tired of|sick of|done with|finished with|give up|to end|to stop|to be over|without me|nobody|no ?one|no-one|burden|waste of|much longer|for long|any ?more|after (?:tonight|today|this)|in case|for when|for after|rope|better off|rid of me|as well|goodbye|farewell|wrist|arms|throat|pill|tablet|meds|medication|paracetamol|painkiller|all of them|every one of|overdos|jump|throw|step|wall|tree|bridge|cliff|river|lorry|truck|goodbye|(?:last|final) (?:note|letter)|way (?:forward|out|through|to)|pointless|meaningless|hope|cutting|saved|stored|stashed|hidden|hoarded|stockpiled|danger to myself|something (?:stupid|silly|drastic)|noose|razor|blade|knife|breathing/;

/** Trigram filters of the patterns: one that cannot match is not run. */
const FILTERS: readonly TrigramFilter[] = PATTERNS.map(trigramFilter);

/** Where crisis language appears in one sentence, relative to the sentence. */
export function findSupportSpans(sentence: Sentence): Span[] {
  const { norm } = sentence;
  if (!filteredTest(GATE, norm)) return [];
  const found: Span[] = [];
  for (let i = 0; i < PATTERNS.length; i++) {
    // The gate lets through any sentence with a word like "life" or "should": most
    // patterns still lack a piece every match of theirs contains.
    if (!mayMatch(FILTERS[i]!, norm)) continue;
    const pattern = PATTERNS[i]!;
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(norm)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) {
        pattern.lastIndex++;
        continue;
      }
      const lead = norm.slice(Math.max(0, start - 40), start);
      const tail = norm.slice(end, end + 40);
      if (GUARDS.some((guard) => guard(m![0], lead, tail))) continue;
      found.push({ start, end });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of found) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Examples the test runs: crisis wording that must be found, and idioms that must not. */
export const SUPPORT_EXAMPLES: RuleExamples = {
  positive: [
    "I don't deserve to live after what I did.",
    'Everyone would be better off without me.',
    'I want to die.',
    "I can't go on.",
    'Sometimes I just want to disappear.',
    "I've been thinking about ending it.",
    'maybe it would be easier for everyone if I just ended it',
    'I might as well be dead.',
    'honestly im giving up on everything, on life',
    "I hope I don't wake up tomorrow.",
    'I wrote goodbye letters to the kids last night.',
    'i took a bunch of pills last night',
    "You'll all be rid of me soon.",
    'if i disappeared nobody would even notice',
    'There is no reason to live any more.',
    "I've been thinking of killing myself.",
    'honestly i just wanna kms',
    "I've been feeling suicidal since the funeral.",
    'I thought about taking an overdose on purpose.',
    "I wish I wasn't here.",
    'I keep wanting to hurt myself.',
    'nobody would even notice if i was gone',
    "I'm such a burden to everyone.",
    "By the time you read this I'll be gone.",
    'i cant do this anymore',
    'What is the point of living like this?',
    "I've started cutting myself again.",
    'I want to end my life.',
    'i wish i was dead',
    "I'm tired of being alive.",
    'I have been saving up my pills.',
    'I want to end it all.',
    "I've been cutting again.",
    "I honestly don't see a way out any more.",
    "I'm not sure I'll still be here at Christmas.",
    "There's no point me being here.",
    "I'm nothing but a burden to this family.",
    "Don't worry, you won't have to put up with me for much longer.",
    "i wont be a burden to any of you after tonight",
    "I've left letters for the kids in case I'm not around.",
    "I went out and bought a rope yesterday.",
    "I'd rather be dead than live like this.",
  ],
  negative: [
    'This commute is killing me.',
    'I could kill for a coffee.',
    "I'm dying to see you.",
    "I'm dead tired after the night shift.",
    'The battery died on the motorway.',
    'I nearly died laughing at your message.',
    'Can you kill the lights on your way out?',
    'My feet are killing me.',
    'I nearly killed myself laughing.',
    "I cut myself shaving this morning.",
    "I don't want to die without having you in my life.",
    'We agreed to end it with the landlord on good terms.',
    'I ended it with her the week before your wedding.',
    'We might as well be dead tired after that shift.',
    'I hope I wake up early enough to call you.',
    'I wrote goodbye cards for everyone at my old job.',
    'We finally got rid of the old sofa.',
    'That would be career suicide.',
    'I hurt myself at football on Saturday.',
    'Take the tablets with food, twice a day.',
    'I overdosed once, years ago, and it was an accident.',
    'You killed it at the presentation.',
    'I could have killed him when he said that.',
    "I'm hopeless at cooking.",
    "I've been cutting back on sugar.",
    "I'm going to jump in the shower.",
    "I'd rather die than wear that jumper again, haha.",
    'I got the rope for the tent out of the shed.',
    "You won't have to deal with me at work any more, I've handed in my notice.",
    'I left the keys with Sue in case I am not around when you call.',
    'It was her decision to end things, and I respect that.',
  ],
};
