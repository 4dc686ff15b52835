/**
 * minimizing: shrinks the harm ("I only took a little", "it was just a few times", "it
 * wasn't that bad", "not a big deal", "kind of rude").
 * Traps: "just like you said", "only you can decide", "not only", "I just wanted to say",
 * "I won't say it wasn't that bad", "It wasn't just one time".
 * Never flags a bare "just" or "only": it needs a first-person act, a harm word or a
 * belittling phrase.
 */
import { SERVED, TOLD_OTHERS, TOLD_WHOM, YOUR_OCCASION } from './lexicon';
import { defineRule, rx, type Pattern } from './define';

const raw = String.raw;

/** Acts whose size "only/just" can shrink. */
const ACT = raw`(?:took|take|taken|borrowed|borrow|had|drank|drink|said|did|used|use|yelled|shouted|raised my voice|pushed|shoved|grabbed|tapped|nudged|touched|hit|slapped|lied|fibbed|stretched the truth|missed|skipped|forgot|spent|sold|pawned|called|swore|kissed|flirted|texted|messaged|joked|teased|bet|gambled|smoked|scratched|dented|bumped|broke|done it|done that|was late|got unlucky|had a few|had one|had a couple|slipped up|slipped|made a mistake|made one mistake|helped myself)`;

/** "I told the police I'd only had two", "I swore it was nothing": what the writer claimed back then. */
const REPORTED_LIE = new RegExp(
  raw`\bi (?:said|told ${TOLD_OTHERS}|claimed|swore|insisted|kept (?:saying|telling ${TOLD_OTHERS})|(?:used to|would always|kept) (?:tell|telling) ${TOLD_WHOM}|lied and said|pretended)(?: to (?:${TOLD_OTHERS}|the \w+))?,? (?:that )?` +
    raw`(?:(?:i'd|id|i had|i'd had|it was|it'd been|it had been|i was|they were|it's|its) (?:only|just|nothing|hardly|barely|not that|a few|a couple|a bit|a little)|i (?:only|just|barely|hardly)|nothing|no one|nobody)\b`,
);

/** …unless the writer still makes it small to them now: "I said it was only a joke, you're overreacting". */
const STILL_DEFENDING = /\b(?:overreact\w*|over-react\w*|making a (?:big )?(?:deal|fuss|thing|mountain)|still (?:think|say|believe)|and it was|which it was)\b/;

/** "Nobody was hurt" credited to luck, with the danger weighed up ("I'm lucky nobody was hurt",
 * "nobody was hurt, thank God, but it could have been very different"): the writer does not say the
 * harm was small, they say it was not their doing that it stayed small. */
const NO_HARM_BY_LUCK = /\b(?:i'm|im|i am|i was|we're|we are|we were) (?:so |very |incredibly |extremely |just )?lucky\b|\b(?:pure|dumb|sheer|blind|only|just) luck\b|\bthank god for that\b|\bit could (?:have|'ve) been (?:very |so |much |far |a lot )?(?:different|worse)\b[^.!?;]{0,20}\b(?:i know|i realise|i realize)\b|\bthat's all it (?:is|was),? (?:luck|chance)\b/;

/**
 * The small size denied: "It was not a single lapse", "it wasn't just a few drinks", "this isn't
 * only about the money". A match that starts with the shrinking words right after a "not" says
 * the harm was bigger, the opposite of minimizing.
 */
const SHRINKER_START = /^(?:a single|one single|one little|one|a one-off|one-off|one off|just|only|merely|simply|a little|a small|a tiny|a few|a couple|little|a momentary|a brief|a bit|a tad|a touch|slightly)\b/;
const DENIED_BEFORE = /(?:\bnot|n't|\b(?:wasnt|isnt|werent|arent|didnt|dont|doesnt|wont|never|hardly))\s+(?:even\s+|really\s+|exactly\s+|simply\s+)?['"]?$/;

/** "I spent your trust like it was nothing", "treated it as if it was no big deal": how the writer acted, told against themselves. */
const SIMILE_BEFORE = /\b(?:like|as if|as though)\s+$/;

/**
 * The small size is only where it began or set against what it meant: "I took a little at first,
 * then a lot", "it was one day, but it was your day", "only a few words, but they meant the world
 * to you". The sentence weighs the harm up.
 */
const WEIGHED_UP_AFTER = new RegExp(
  raw`^\s*(?:(?:at first|to begin with|to start with|in the beginning),? (?:and |but )?then\b|,?\s*but (?:it was ${YOUR_OCCASION}|it (?:mattered|meant (?:everything|so much|a lot|the world))\b|(?:they|those words) (?:meant|mattered|cut|stuck)\b))`,
);

/** A size that is no harm's: a reply asked for ("even just a few words"), a time before ("only a few minutes before"). */
const NOT_A_HARM_SIZE = /\b(?:one|a few|a couple of|a) (?:word|words|line|lines)\b/;
const TIME_SPAN = /\b(?:seconds?|minutes?|moments?|hours?|days?|weeks?)$/;
const TIME_AFTER = /^\s*(?:before|beforehand|earlier|later|after|afterwards|ago)\b/;

function sizeDenied(norm: string, span: { start: number; end: number }): boolean {
  const before = norm.slice(Math.max(0, span.start - 24), span.start);
  const words = norm.slice(span.start, span.end).replace(/^['"]/, '');
  return (SHRINKER_START.test(words) && DENIED_BEFORE.test(before)) || (/^(?:it|this|that|they|he|she|you)\b/.test(words) && SIMILE_BEFORE.test(before)) ||
    WEIGHED_UP_AFTER.test(norm.slice(span.end, span.end + 60)) || NOT_A_HARM_SIZE.test(words) ||
    (TIME_SPAN.test(words) && TIME_AFTER.test(norm.slice(span.end, span.end + 14)));
}

/** Each pattern, also letting a denied or weighed-up small size go (`sizeDenied`). */
function withDeniedSize(patterns: Pattern[]): Pattern[] {
  return patterns.map((p) => ({ ...p, unless: (norm, m, span) => sizeDenied(norm, span) || (p.unless ? p.unless(norm, m, span) : false) }));
}

/** A hedge before a word for one's own conduct: "kind of", "a bit", "slightly". */
const OWN_HEDGE = raw`(?:kind of|kinda|sort of|sorta|a bit|a little|a little bit|a tad|slightly|somewhat|a touch|a wee bit|a bit of)(?: too)?`;
/** General words that judge how one behaved: "selfish", "out of line", "a jerk". */
const CONDUCT = raw`(?:unkind|unfair|inconsiderate|insensitive|selfish|self-centred|self-centered|self-absorbed|thoughtless|careless|reckless|irresponsible|unreliable|flaky|dishonest|deceitful|sneaky|shady|dodgy|out of order|out of line|over the line|inappropriate|disrespectful|rude|nasty|mean|cruel|spiteful|petty|vindictive|hostile|aggressive|confrontational|combative|intimidating|threatening|scary|frightening|controlling|possessive|jealous|clingy|needy|manipulative|pushy|demanding|critical|judgmental|judgemental|condescending|patronising|patronizing|dismissive|cold|distant|absent|checked out|unavailable|neglectful|lazy|useless|hopeless|awkward|weird|strange|odd|off|moody|snappy|snappish|short-tempered|hot-headed|volatile|explosive|angry|cross|mad|shouty|loud|obnoxious|embarrassing|out of control|wasted|hammered|drunk|tipsy|high|stoned|messy|chaotic|dramatic|over the top|ott|intense|much|full on|toxic|abusive|horrible|awful|terrible|a jerk|a dick|a prick|an arse|an ass|an asshole|an arsehole|a bully|a liar|a cheat|a mess|a wreck|a nightmare|a monster|a pig|a bitch|a cow|an idiot|a fool|a prat|a twat|a knob|a tosser|a git|a sod|a pain|a handful|a burden|a disaster|a shambles|a bad friend|a bad mate|a bad son|a bad daughter|a bad dad|a bad mum|a bad mom|a bad father|a bad mother|a bad husband|a bad wife|a bad partner|a bad brother|a bad sister|a bad boss|a bad neighbour|a bad neighbor)`;

export default defineRule({
  id: 'minimizing',
  title: 'Minimizing',
  severity: 'problem',
  explanation:
    'Words like "only", "just" or "a little" make what happened sound smaller than it felt to them, and that can hurt a second time. Letting it be as big as it was for them shows you understand.',
  suggestion: 'Leave out the word that makes it smaller and say plainly what happened.',
  // The writer reporting what they said back then, to the police or to no one named ("when
  // the police came I said I'd only had two"): a lie confessed, not made smaller now.
  skip: (norm) => REPORTED_LIE.test(norm) && !STILL_DEFENDING.test(norm),
  patterns: withDeniedSize([
    {
      // a group's harm made small by its numbers: "only affected a small number of customers",
      // "the vast majority of our customers were not affected", "a tiny minority of fans",
      // "only a handful of incidents", "an isolated incident"
      needs: ['only', 'just', 'majority', 'minority', 'handful', 'isolated', 'small', 'tiny', 'few', 'limited'],
      re: rx(raw`(?<s>\b(?:only|just) (?:ever )?(?:affected|impacted|involved|concerned|reached) (?:a (?:very )?(?:small|tiny|limited|handful|few)(?: number| proportion| percentage| group| minority)?|(?:a )?few|a handful)\b[^.!?;,]{0,30}|\bthe (?:vast |overwhelming |great )?majority of (?:our |the )?(?:\w+ )?${SERVED} (?:were|was|are|have been|had been) (?:not|never|un)\s?(?:affected|impacted|harmed|involved)\b|\ba (?:very |tiny |small )?(?:tiny|small|minute) (?:minority|number|handful|fraction|percentage) of (?:our |the )?(?:\w+ )?${SERVED}\b|\bonly a (?:handful|few|small number) of (?:incidents|cases|complaints|customers|users|passengers|guests|fans|visitors|clients|patients|viewers|listeners|readers|riders|travellers|shoppers|diners|subscribers|accounts|orders|units|products)\b|\ban isolated (?:incident|case|event|episode|lapse)\b)`),
      // "while the vast majority were not affected, that does not make this acceptable for those who were"
      unless: (norm, _m, span) => /^[^.!?]{0,100}?\b(?:that|this|it|which) (?:does ?n[o']?t|doesn't|is no|isn't|changes nothing|makes no difference|is no comfort)\b/.test(norm.slice(span.end)),
    },
    {
      // a public statement's harm made small by its share of the whole: "the large majority of
      // applicants were unaffected", "most decisions were unaffected", "the amounts involved represent
      // a tiny fraction of my office's total budget", "we are talking about a handful of sentences",
      // "a handful of messages were sent", "this was a minor issue", "the burn was minor", "this was a
      // one-off", "the behaviour of a small minority", "four seconds of a nine hour stream", "the
      // outage affected only a small proportion of our customers"
      needs: ['only', 'majority', 'most', 'fraction', 'share', 'handful', 'minor', 'one-off', 'one off', 'minority', 'few', 'seconds', 'minutes', 'lines', 'sentences'],
      re: rx(raw`(?<s>\b(?:affected|impacted|involved|hit|reached) only (?:a |an )?(?:very )?(?:small|tiny|limited|minute|handful|few)\b[^.!?;,]{0,30}|\b(?:the (?:vast |overwhelming |great |large )?majority|most) of (?:our |the |these |those |its |their )?(?:\w+ ){0,2}?\w+ (?:were|was|are|have been|had been|remained|remain) (?:completely |entirely |totally )?(?:not |never |un)(?:affected|impacted|harmed)\b|\bmost (?:\w+ )?(?:decisions|customers|users|members|accounts|applicants|applications|cases|passengers|guests|calls|orders|patients|pupils|students|people) (?:were|was|remained) (?:not |never |un)(?:affected|impacted|harmed)\b|\b(?:represents? |represented |amounts? to |amounted to |(?:is|was|are|were) (?:only |just |merely |but )?)(?:a |an )?(?:tiny|small|minute|negligible|minuscule|very small) (?:fraction|share|proportion|percentage|part) of (?:the |my |our |its |their |this |a |an )?(?:\w+(?:'s)? ){0,3}?(?:budget|spending|spend|turnover|revenue|expenditure|costs|fleet|total|output|claims|expenses|catalogue|business|customers|customer base|accounts|users|members|sales|production|vehicles|cars|products)\b|\b(?:it was|it's|its|this was|that was|these were|those were|(?:we|i) (?:are|am|were|was) talking about|(?:we're|i'm|were|im) talking about) (?:only |just |merely |literally |really )?a handful of\b[^.!?;,]{0,30}|\ba handful of \w+ (?:were|was) (?:sent|posted|made|said|taken|copied|shared|used|found|missed|deleted|lost)\b|\b(?:it|this|that|the (?:\w+ )?(?:issue|incident|burn|injury|problem|error|breach|matter|damage|cut|bruise|fault)) (?:was|is) (?:(?:relatively|fairly|very|quite|only|just|a|an) ){0,2}minor(?: (?:issue|incident|problem|error|matter|lapse|oversight|thing|mistake|infraction|breach|injury|burn|glitch|hiccup|fault)\b|(?=\s*(?:[.,;!?]|$)))|\b(?:it|this|that) (?:was|is) (?:(?:just|only|simply|genuinely|really|very much|a) ){0,2}(?:one-off|one off)(?! (?:payment|gift|fee|charge|sum|cost|donation|refund|grant|bonus|amount|compensation))\b|\bthe (?:behaviour|behavior|actions|conduct|work|doing) of (?:a (?:very |tiny |small )?(?:minority|few)|a (?:small|tiny) (?:group|number|handful) of)\b[^.!?;,]{0,30}|\b(?:(?:like|about|maybe|barely|only|just) )?(?:a few|a couple of|\w+|\d+) (?:seconds|minutes|lines|sentences|words) (?:of|in|out of) (?:a|an|the) (?:\w+[- ]){0,2}(?:minute|hour|page|day|episode)[- ]?(?:long )?(?:set|stream|show|special|book|novel|broadcast|podcast|interview|episode|performance)\b)`),
      unless: (norm, _m, span) => /\b(?:at first|in the beginning|to begin with|at the start)\b/.test(norm.slice(span.start, span.end + 14)) || /^[^.!?]{0,100}?\b(?:that|this|it|which) (?:does ?n[o']?t|doesn't|is no|isn't|changes nothing|makes no difference|is no comfort)\b/.test(norm.slice(span.end)),
    },
    {
      // a public figure's harm told as fun or as overstated: "the bit about the flight attendant was a
      // joke", "it was a joke between me and the boys", "the normal banter of a busy kitchen", "it was
      // six minutes out of ninety", "some of the stories have been exaggerated in the retelling"
      needs: ['joke', 'gag', 'prank', 'banter', 'out of', 'exaggerated', 'overblown', 'blown', 'overstated'],
      re: rx(raw`(?<s>\b(?:it|that|this|the (?:bit|comment|remark|tweet|post|video|clip|line|thing|prank|sketch|segment)(?: (?:about|on|from|with) [^.!?;,]{1,40}?)?) (?:was|is|'s|were) (?:(?:just|only|simply|merely|clearly|obviously|all) )?(?:a |an )?(?:joke|gag|prank|wind-up|bit of fun|bit of banter)\b|\b(?:was|is|were) (?:(?:just|only|simply|the|all) ){0,2}(?:normal |friendly |harmless |usual |good-natured )?banter\b|\b(?:it was|that was|it's|its|about|like|only|just|barely) (?:about |like |only |just |maybe )?(?:\w+|\d+) (?:seconds|minutes) out of (?:a |an |the )?(?:\w+|\d+)\b|\b(?:has|have|had) been (?:(?:wildly|greatly|massively|hugely|grossly|somewhat|a little|a bit) )?(?:exaggerated|overblown|blown (?:up|out of (?:all )?proportion)|overstated)\b)`),
      unless: (norm, _m, span) => {
        const before = norm.slice(Math.max(0, span.start - 40), span.start);
        // "I told you it was a joke", "I thought it was a joke", "I pretended it was banter": the
        // writer's own cover story or old belief, not a defence now; "not exaggerated"
        if (/\b(?:i|i'd|id) (?:(?:told|tell) (?:you|u|them|her|him|everyone|people)|said|thought|think|pretended|claimed|made out|acted like|acted as if|treated it as|played it off as|passed it off as|brushed it off as|laughed it off as)(?: that)?\s+$/.test(before)) return true;
        if (/\b(?:not|never|hasn't|haven't|hadn't|wasn't|weren't)\s+(?:been\s+)?$/.test(before)) return true;
        // "there is no version of it that was banter": the defence named to be refused
        if (/\b(?:no version|no way|there(?:'s| is| was) no|none of (?:it|this|that))\b[^.!?;]{0,40}$/.test(before)) return true;
        // "it was a joke to me, and that was the problem": the writer indicting the attitude
        return /^\s*(?:to (?:me|us|him|her|them|everyone|everybody|the others|people|the lads|the boys)|that (?:wasn't|was not|isn't) funny|(?:and|but) (?:it|that) (?:wasn't|was not|isn't) funny|of a|for (?:me|us) to)\b/.test(norm.slice(span.end, span.end + 30));
      },
    },
    {
      // "I only took a little", "i just got unlucky", "i kinda lied a little"
      needs: ['only', 'just', 'merely', 'simply', 'kinda', 'kind of', 'sorta', 'sort of', 'barely', 'hardly', 'maybe'],
      re: rx(raw`(?<s>\b(?:i|we|i've|ive|i'd|id)(?: (?:only|just|merely|simply|kinda|kind of|sorta|sort of|barely|hardly|maybe)){1,2} ${ACT}\b)`),
      unless: (norm, _m, span) => {
        const s = norm.slice(span.start, span.end);
        // "I just said I'm sorry", "I just took the first step": a hedge or a time word, not size.
        if (/\bjust (?:said|did|had|took|called|used)\b/.test(s) && !/^\s*(?:a (?:little|bit|few|couple)|one|a drink|a few|two|it once|once|twice|the one)/.test(norm.slice(span.end))) return true;
        if (/\bdid$/.test(s) && /^\s*(?:it|that|this)?\s*(?:because|cos|cuz|coz|since|to|for|so|out of)\b/.test(norm.slice(span.end))) return true;
        // "I only drink water now", "I only use it for work these days": the present, not the harm.
        if (/\b(?:drink|use|take|borrow|had)$/.test(s) && /^[^.!?;,]{0,30}\b(?:now|these days|nowadays|anymore|any more|water|tea|coffee|juice|soda|lemonade|decaf|alcohol-free|non-alcoholic)\b/.test(norm.slice(span.end))) return true;
        if (/\b(?:maybe|kind of|kinda|sort of|sorta)\b/.test(s) && !/\b(?:lied|yelled|shouted|pushed|shoved|grabbed|hit|slapped|took|borrowed|drank|swore|forgot|missed|ignored|helped myself)\b/.test(s)) return true;
        return false;
      },
    },
    {
      // "It was only a scratch", "it was just a few beers", "it was only a couple of seconds"
      needs: ['only', 'just', 'merely', 'nothing but', 'barely', 'hardly', 'no more than'],
      re: rx(raw`(?<s>\b(?:it|that|this|they|those|there|the (?:damage|amount|money|scratch|dent|bruise|drinks?))(?:'s| is| was| were|s| are|'re) (?:only|just|merely|nothing but|barely|hardly|no more than)(?: (?:ever|really|like))? (?:a|an|one|two|three|four|five|ten|twenty|fifty|a hundred|once|twice|the once|a few|a couple|a little|a bit|some|few|small|tiny|minor|words|talk|money|a joke|banter|a scratch|a dent|\d+|[£$€]\d+)\b[^.!?;,]{0,30})`),
    },
    {
      // "I only took a couple of twenties", "just one time", "only a few hundred dollars"
      needs: ['only', 'just', 'merely'],
      re: rx(raw`(?<s>\b(?:only|just|merely) (?:like )?(?:once|twice|one time|one drink|one night|one game|a (?:few|couple)(?: of)? (?:times|drinks|beers|pints|quid|bucks|dollars|pounds|hundred|minutes|seconds|twenties|tenners|fivers|weeks|days|\w+)|a little (?:bit|money|cash)|a bit (?:of money|of cash)|a small (?:amount|sum)|the once|a few hundred|a couple hundred|a tiny)\b)`),
      unless: (norm, _m, span) => {
        const before = norm.slice(Math.max(0, span.start - 40), span.start);
        // "It wasn't just one time", "not only once", "at least once"
        if (/\b(?:not|wasn't|wasnt|isn't|isnt|never|least|more than|than)\s+$/.test(before)) return true;
        // Frequencies of good things: "I can only pay twice a month", "I only see him once a week"
        if (/^\s*(?:a|per|each|every) (?:week|month|day|fortnight|year)\b/.test(norm.slice(span.end))) return true;
        return /\b(?:pay|paid|send|repay|owe|see|call|visit|meeting|meetings|sober|clean)\b/.test(before.slice(-25));
      },
    },
    {
      // "kind of rude", "a bit heated", "a little drunk", "lied a little"
      needs: ['little', 'bit', 'tad', 'touch', 'slightly', 'somewhat', 'kind of', 'kinda', 'sort of', 'sorta', 'tiny', 'smidge'],
      re: rx(raw`(?<s>\b(?:a little|a bit|a tad|a touch|slightly|somewhat|kind of|kinda|sort of|sorta|a wee bit|a little bit|bit of a|a teeny bit|a tiny bit|a tiny little bit|a smidge)(?: (?:too|over))? (?:rude|harsh|late|drunk|tipsy|merry|mean|short|loud|heated|careless|out of line|off|over the top|tense|rough|aggressive|snappy|grumpy|moody|wild|messy|out of hand|carried away|sharp|much|insensitive|blunt|tactless|cheeky|forgetful|distracted|naughty|silly|daft|out of order|full on|snippy|snappy|selfish|thoughtless|dramatic|over the top)\b|\bbit of a (?:jerk|idiot|prat|pain|nightmare|handful|arse|ass|dick|tosser|grump|twat|knob|div|muppet|plonker)\b|\b(?:lied|drank|fibbed|cheated|pushed|shoved|yelled|shouted|snapped|swore|overdid it|overreacted|flirted|exaggerated|overspent|borrowed|took)(?: it| you| u| her| him| them)? (?:a little|a bit|a little bit|slightly|somewhat|a tad)\b)`),
      unless: (norm, _m, span) => /\b(?:while|whilst|ago|later|longer)\b/.test(norm.slice(span.end, span.end + 8)),
    },
    {
      // a hedge on one's own conduct, in general words: "I was kind of a jerk to u", "I've been a
      // bit selfish", "acting sort of controlling", "being a little dismissive" (the taxonomy's
      // "kind of rude", for any word that judges how one behaved)
      needs: ['kind of', 'kinda', 'sort of', 'sorta', 'a bit', 'a little', 'a tad', 'slightly', 'somewhat', 'a touch'],
      re: rx(raw`\b(?:i|i've|ive|i have|i'd|id|i had)(?: (?:guess|think|know|admit|suppose))?(?: (?:that )?i(?:'ve| have|ve)?)? (?:was|were|been|got|acted|behaved|came across as|came off as|went|turned)(?: (?:being|quite|really|maybe|probably))? (?<s>${OWN_HEDGE} ${CONDUCT})\b|\bbeing (?<s2>${OWN_HEDGE} ${CONDUCT})\b`),
      unless: (norm, _m, span) => /^ (?:of (?:a |an )?)?(?:worried|concerned|scared|nervous)\b/.test(norm.slice(span.end, span.end + 20)),
    },
    {
      // the harm counted down to one, or to a minor effect, or hedged in a statement: "it was
      // literally one joke", "it was one tweet from twelve years ago", "the delay had only a minor
      // effect", "the headline was slightly misleading", "a technical breach and nothing more".
      // Not once weighed after ("one night, but it cost you your job").
      needs: ['one', 'single', 'minor', 'small', 'slight', 'limited', 'minimal', 'nothing more', 'nothing else', 'slightly', 'a bit', 'a little', 'somewhat', 'mildly', 'a tad', 'a touch'],
      re: rx(raw`(?<s>\b(?:it|that|this)(?: was|'s|s| is) (?:literally |only |just |honestly |really |merely )?(?:one|a single) (?!of\b)(?:little |silly |stupid |daft |throwaway |old )?(?:joke|tweet|post|comment|remark|drink|pint|mistake|kiss|text|message|photo|picture|video|slip|word|bet|night out|comment)\b|\bonly (?:a |had a |had an? )?(?:minor|small|slight|limited|minimal|tiny|negligible|marginal) (?:effect|impact|delay|amount|error|issue|problem|part|role|number|difference|inconvenience)\b|\b(?:the|my|our|that|this|his|her) (?:\w+ )?(?:headline|article|report|post|tweet|comment|remark|statement|claim|figures?|numbers?|email|message|joke|language|wording|behaviou?r|conduct|words) (?:was|were|is|are|may have been|might have been) (?:slightly|a little|a bit|somewhat|mildly|a tad|a touch|a wee bit) (?:misleading|inaccurate|incorrect|off|rude|insensitive|harsh|unfair|inappropriate|out of line|careless|clumsy|ill-judged|unkind|blunt|over the top|strong|much|overstated|exaggerated|wrong)\b|\b(?:was|were) (?:a |an |just a |only a |merely a )?(?:technical|procedural|administrative|clerical|minor|honest) (?:\w+ )?(?:breach|error|oversight|mistake|slip|lapse|issue|matter)\b[^.!?;]{0,40}? and nothing (?:more|else)\b)`),
      unless: (norm, _m, span) => /^\s*(?:,? ?(?:but|and yet|yet) (?:it|that|this|those|the) |too many\b|too much\b)/.test(norm.slice(span.end, span.end + 30)) || /^\s*,? ?(?:but|and) (?:it|that) (?:was|is) (?:enough|all it took)\b/.test(norm.slice(span.end)),
    },
    {
      // a harm called a passing slip of judgement: "it was a lapse in judgment", "that was just a
      // lapse of judgement". Not once weighed ("a serious lapse", "a terrible lapse").
      needs: ['lapse'],
      re: rx(raw`(?<s>\b(?:it|that|this|what i did)(?: was|'s|s| is) (?:just |only |simply |merely |honestly |really )?an? (?:(?:momentary|brief|temporary|one-off|one off|single|rare|isolated|moment's|moments) )?lapse (?:in|of) judge?ment\b)`),
    },
    {
      // belittling phrases
      needs: ['nothing', 'too', 'drink', 'single', 'momentary', 'brief', 'moment', "moment's", 'tiny', 'small', 'little', 'minor', 'silly', 'harmless', 'stupid', 'teeny', 'wee', 'one-off', 'one', 'big deal', 'bad', 'serious', 'terrible', 'awful', 'important', 'much', 'end of the world', 'hardly', 'proportion', 'overreact', 'over-react', 'making a', 'harm', 'hurt', 'hospital', 'a&e', 'died', 'noticed', 'injured', 'affected', 'all', 'fun', 'banter', 'laugh', 'messing', 'joking', 'kidding', 'teasing', 'having', 'playing', 'fooling', 'winding', 'minutes late', 'going to', 'did anything', 'said anything', 'done anything'],
      re: rx(raw`(?<s>(?:\bnot|n't|\b(?:wasnt|isnt|werent|arent|its not|thats not)|\bno|\bhardly|\bnever) (?:even )?(?:that |such |so |really |a |exactly )?(?:a )?big (?:(?:of )?a )?deal\b|\bno big deal\b|\bnot (?:that|so|really|all that|even that) (?:bad|serious|terrible|big|awful|important)\b|\b(?:isn't|isnt|wasn't|wasnt|is not|was not|'s not|s not|weren't|werent|aren't) (?:that|so|too|really|all that|even that|exactly|really that|honestly that|actually that|really all that|ever that|really too|even too) (?:bad|serious|terrible|big|awful|important|much)\b|\b(?:not|isn't|isnt|wasn't|wasnt|is not|was not|'s not|s not) the end of the world\b|\bhardly (?:a crime|the end of the world|a big deal|anything|worth)\b|\b(?:blown|blew|blow|blowing) (?:(?:it|this|that|things|everything|the whole thing) )?(?:way |all |totally |completely |a bit |a little )?out of (?:all )?proportion\b|\b(?:don't|dont|didn't|didnt|do not|did not) think (?:i|i'd|id) (?:did|done|said) anything (?:that|so|too|all that|particularly) (?:bad|terrible|awful|serious|wrong)\b|\bnot (?:as|so) bad as\b|\bnot like (?:i|it) (?:hurt|killed|harmed|injured|did) (?:anyone|anybody|someone|any harm|much harm)\b|\b(?:you're|youre|you are|ur|you were|u were|you) (?:totally |completely |really |just )?(?:overreacting|overreacted|over-reacting|making a (?:big )?(?:deal|fuss|mountain|thing))\b|\bno harm done\b|\b(?:nobody|no one|noone|no-one|nobody really|no one really) (?:even )?(?:got hurt|was hurt|was harmed|got harmed|ended up in (?:hospital|the hospital|a&e)|died|noticed|even noticed|was injured|got injured|was affected)\b|\b(?:don't|dont|didn't|didnt) think (?:anyone|anybody|the \w+|they|he|she|people) (?:even |really )?noticed\b|\b(?:that's|thats|that is) all\b(?=\s*[.!]*\s*$)|\b(?:didn't|didnt|don't|dont|did not|do not) think (?:it|that|this|missing \w+|skipping \w+) (?:was|is|would be|'d be|were) (?:a |that |such a |so )?(?:big (?:of a )?deal|bad|serious|important|a problem|a big thing)\b|\bjust (?:some )?(?:harmless )?(?:fun|banter|a laugh|messing about|messing around|joking around)\b|\bi was (?:only|just) (?:joking|kidding|messing (?:around|about)|teasing|having a laugh|having fun|playing around|fooling around|winding (?:you|u) up)\b(?! (?:myself|yourself|ourselves))|\ba few minutes late\b|\b(?:it|this|that) (?:was|is|'s|s) (?:really |honestly |basically )?nothing(?=\s*(?:[.!,;]|$|compared|really|much|serious|in comparison|at all))|\b(?:one|a few|a couple|a drink) too many\b|\ba drink or two\b|\ba bit too much to drink\b|\b(?:a single|one single|one little|a momentary|a brief|a one-off|one-off|one off|a moment's|a moments) (?:lapse|mistake|slip|slip-up|error|incident|moment|misstep|blip)\b|\b(?:it was|that was|it's|its|it is|just|only|merely) (?:a |one )?(?:tiny|small|little|minor|silly|harmless|stupid little|teeny|wee|one-off|one off) (?:mistake|slip|slip-up|slip up|thing|error|lapse|blip|misunderstanding|accident|joke|argument|disagreement|white lie|fib|incident|mishap)\b|\bwasn't (?:actually|really) going to (?:do|hurt)\b)`),
      unless: (norm, _m, span) => {
        const s = norm.slice(span.start, span.end);
        // "I know it was a big deal" is positive: only the negated forms are in the pattern.
        // "No one else got hurt because of me, but..." stays; "nobody noticed, and that's worse" is rare.
        if (/^(?:nobody|no one|noone|no-one)\b/.test(s) && NO_HARM_BY_LUCK.test(norm)) return true;
        return /^(?:not|n't) (?:that |so )?(?:bad|serious)/.test(s) && /\b(?:as|though)\s*$/.test(norm.slice(0, span.start));
      },
    },
    {
      // casual frequency that makes a pattern sound like nothing: "twenty quid here and there",
      // "the odd tenner", "a drink now and then", "in the grand scheme of things"
      needs: ['here and there', 'now and then', 'now and again', 'every now', 'once in a while', 'the odd', 'grand scheme', 'big scheme', 'great scheme'],
      re: rx(raw`(?<s>\b(?:took|taken|borrowed|had|nicked|pinched|skimmed|helped myself to|drank|used|gambled|bet|lied|slipped)\b[^.!?;,]{0,30}?\b(?:here and there|now and then|now and again|every now and (?:then|again)|once in a while)\b|\b(?:took|taken|borrowed|had|nicked|pinched|skimmed|helped myself to|drank|used) the odd (?:tenner|fiver|twenty|quid|few quid|note|drink|pint|line|pill|bet|bottle|\w+)\b|\bin the (?:grand|big|great|wider) scheme(?: of things)?\b)`),
      unless: (norm, _m, span) => /\b(?:pay|paid|repay|send|sent|meeting|call|visit)\b/.test(norm.slice(span.start, span.end)),
    },
    {
      // diminutive names for a real harm: "the little misunderstanding about the money", "that
      // small mix-up with your card", "our tiny disagreement"
      needs: ['little', 'tiny', 'small', 'minor', 'silly', 'wee', 'teeny'],
      re: rx(raw`(?<s>\b(?:the|that|this|our|a|my|this whole) (?:little|tiny|small|minor|silly|wee|teeny) (?:misunderstanding|mix-up|mixup|mix up|hiccup|hiccough|blip|slip|slip-up|slip up|incident|mishap|disagreement|tiff|spat|fib|white lie|episode|oversight|lapse|indiscretion|wobble|setback|argument|row|fight|scuffle|quarrel|squabble|accident|bump|scrape|ding|fender bender|falling out|bust-up|bust up)\b)`),
    },
    {
      // "none of it really counts", "it doesn't count if I was drunk"
      needs: ['count', 'counts', 'counted', 'matter', 'matters', 'mattered'],
      re: rx(raw`(?<s>\bnone of (?:it|that|this) (?:really |even )?(?:counts|counted|matters|mattered)\b|\b(?:it|that|this|those|they) (?:doesn't|doesnt|does not|didn't|didnt|did not|don't|dont|do not) (?:really |even |actually )?count\b)`),
      unless: (norm, _m, span) => /^\s*(?:as|towards|toward|for)\b/.test(norm.slice(span.end)),
    },
    {
      // "you weren't using it anyway", "it's not like you needed it", "she never even wore it"
      needs: ['anyway', 'anyways', 'anymore', 'any more', 'much', 'not like', 'even'],
      re: rx(raw`(?<s>\b(?:you|u|he|she|they) (?:weren't|werent|wasn't|wasnt|didn't|didnt|did not|never|don't|dont|hardly|barely|wouldn't|wouldnt) (?:even |really |ever )?(?:using|use|used|need|needed|miss|missed|notice|noticed|wear|wore|drive|drove|play|played|touch|touched|ride|rode|look at|looked at|listen to|listened to|read)\b(?: (?:it|them|that|those|the \w+|\w+))? (?:anyway|anyways|much|anymore|any more)\b|\b(?:it's|its|it is|it was|it's not) not like (?:you|u|he|she|they) (?:were using|used|needed|need|missed|would miss|would have missed|wore|drove|played|noticed|would notice)\b[^.!?;,]{0,15}|\b(?:you|u|he|she|they) (?:never|didn't|didnt|did not) even (?:use|used|wear|wore|drive|drove|play|played|touch|touched|notice|noticed|miss|missed)\b(?: (?:it|them|that|those))?)`),
    },
    {
      // the wrong softened with "a bit": "everyone fudges their hours a bit", "I padded the claim a little"
      needs: ['a bit', 'a little', 'slightly'],
      re: rx(raw`(?<s>\b(?:fiddles?|fiddled|fudges?|fudged|pads?|padded|massages?|massaged|bends?|bent|stretch(?:es|ed)?|cheats?|cheated|bumps?|bumped|rounds? up|rounded up|tweaks?|tweaked|skims?|skimmed|inflates?|inflated) (?:the |their |my |his |her |our |your )?(?:\w+ )?(?:expenses|hours|figures|books|numbers|claim|claims|receipts|timesheets?|rules|truth|story|mileage|accounts|invoice|invoices|till|takings|it|them)? ?(?:a bit|a little|a little bit|slightly)\b)`),
    },
    {
      // a hedge on whether it even happened: "I may have raised my voice", "I might have overreacted a
      // little", "I may have had a couple", "it happened once or twice"
      needs: ['may', 'might', 'once or twice'],
      re: rx(raw`(?<s>\bi (?:may|might|possibly|probably) (?:have|'ve|of) (?:been (?:a (?:bit|little|tad) |slightly |somewhat )?(?:rude|harsh|short|sharp|loud|drunk|tipsy|out of line|over the top|snappy)|said (?:some|a few) (?:things|stuff)|raised my voice|overreacted|overstepped|gone (?:a (?:bit|little) |slightly )?too far|had (?:a few|a couple|one or two|a drink or two|a bit to drink)|crossed a line|stretched the truth|borrowed)\b|\b(?:once or twice|one or two times)\b)`),
      unless: (norm, _m, span) => /\bonce or twice\b/.test(norm.slice(span.start, span.end)) && /\b(?:a|per|every|each) (?:week|month|day|year)\b|\b(?:meetings?|pay|call|visit|see)\b/.test(norm.slice(Math.max(0, span.start - 30), span.end + 12)),
    },
    {
      // the harm waved off in a word: "it's not that deep", "no biggie", "not a huge deal", "it
      // wasn't anything serious", "it was a one-time thing", "it was one bad night"
      needs: ['deep', 'biggie', 'huge', 'massive', 'big', 'anything', 'one', 'one-time', 'crime', 'fine', 'okay', 'ok', 'alright', 'sober', 'barely', 'hardly', 'small', 'tiny', 'trivial', 'modest', 'like it', 'like anyone', 'like anybody', 'like someone', 'like you', 'like u', 'as if'],
      re: rx(raw`(?<s>\b(?:it's|its|it is|it was|it's not|that's|thats|that was|this is|this was|this isn't|it isn't|it wasn't|it wasnt|its not|that's not|thats not|not) (?:really |even |honestly )?(?:not )?(?:that|so|all that) deep\b|\bno biggie\b|\b(?:not|isn't|isnt|wasn't|wasnt|is not|was not|'s not|s not|hardly) (?:a |such a |that |that big (?:of )?a |that huge (?:of )?a )?(?:huge|massive|big|major) (?:deal|thing|problem|issue)\b|\b(?:wasn't|wasnt|was not|isn't|isnt|is not|'s not|s not|weren't) (?:anything|something) (?:serious|major|big|bad|terrible|awful|to (?:worry|get upset|cry) about)\b|\b(?:it was|that was|it's|its|this was|it is) (?:just |only |really just |only ever )?(?:a )?one[- ](?:time|off) thing\b|\b(?:it was|that was|it's|its|it is|this was) (?:just |only )?one (?:bad |stupid |silly |little |small |drunken )?(?:mistake|night|slip|lapse|time|drink|incident|error|day|evening|weekend|argument|fight)(?=\s*(?:[.!,;]|$|\band\b|\bso\b|\bthat's\b|\bthats\b|\bwhich\b|\bout of\b|\bin\b))|\b(?:not|hardly|wasn't|wasnt|isn't|isnt) (?:exactly )?the crime of the (?:century|year)\b|\b(?<!(?:thought|believed|assumed|figured|felt|convinced myself|told myself) )(?:i was|i'm|im) (?:totally |perfectly |completely |still |basically )?(?:fine|ok|okay|alright|sober enough|good) to drive\b|\b(?:barely|hardly|only just|only slightly|just) over the limit\b|\b(?:barely|hardly) (?:drunk|tipsy|touched (?:you|u|her|him|it|them)|a scratch|a dent|a mark|noticeable|visible|anything)\b|\b(?:it|that) (?:was|'s|is|s) (?:only |just |such )?(?:a )?(?:small|tiny|trivial|modest|minor|little|negligible) (?:amount|sum|thing|fee|loan|bit)\b|\bnot (?:like|as if|as though) (?:it was|it's|its|it is) (?:a lot|much|that much|a fortune|serious|a big deal|the end of the world|life or death)\b|\bnot (?:like|as if|as though) (?:anyone|anybody|someone|you|u|he|she|they|the kids) (?:got|was|were|ended up) (?:hurt|injured|harmed|killed|in hospital)\b)`),
    },
    {
      // the harm argued down: "you're making it sound worse than it was", "you're exaggerating",
      // "all I did was forget one birthday", "a bit of shouting", "more of a disagreement than a
      // fight", "I was only gone for an hour", "I had a couple of drinks, that's it"
      needs: ['making', 'exaggerat', 'blowing', 'mountain', 'all', 'bit', 'little', 'minor', 'tiny', 'wee', 'more', 'gone', 'away', 'out', 'missing', 'late', 'couple', 'few', 'one', 'two', 'once', 'twice', 'drink', 'beer', 'pint'],
      re: rx(raw`(?<s>\b(?:you're|youre|you are|ur|u r|you were|you|u|everyone's|everyone is|people are|she's|he's|they're) (?:just |really |totally |completely |way )?(?:making (?:it|this|that|me|things|everything) (?:out to be |sound |look |seem )(?:worse|bigger|more|like)|exaggerating|blowing (?:it|this|that|things|everything) (?:up|out of)|making a mountain)\b[^.!?;,]{0,25}|\ball i (?:did|said|took|had|missed|forgot) was\b(?! (?:hurt|lie to|let (?:you|u) down|take from|think about myself|drink|use))[^.!?;,]{0,30}|\b(?:a bit of|a little|a little bit of|some minor|a tiny bit of|a wee bit of) (?:shouting|yelling|pushing|shoving|arguing|name-calling|name calling|swearing|pushing and shoving|a row|an argument|a disagreement|a scuffle|a tussle|a push|drama|a barney)\b|\bmore (?:of )?an? (?:\w+ ){0,2}than (?:an? |real )?(?:fight|assault|theft|crime|lie|affair|problem|attack|robbery|betrayal)\b|\b(?:i was|i'd|i had|i'd been|i had been|i was only|i was just) (?:only |just )?(?:gone|away|out|missing|late) (?:for )?(?:like )?(?:an hour|a few|a couple|a minute|a bit|half an hour|a little while|five|ten|twenty|thirty|\d+)\b|\b(?:a couple|a few|one|two|once|twice|a little|a bit|a drink|a beer|a pint)\b[^.!?;]{0,40},? (?:that's|thats|that is) (?:it|all)(?=\s*[.!]*\s*$))`),
      // "I'm not exaggerating", "I won't say you're exaggerating"
      unless: (norm, _m, span) => /\b(?:not|never|n't)\s+$/.test(norm.slice(Math.max(0, span.start - 8), span.start)) || (/\bwas (?:only |just )?(?:gone|away|out)\b/.test(norm.slice(span.start, span.end)) && !/\b(?:only|just)\b/.test(norm.slice(span.start, span.end))),
    },
    {
      // "it only happened twice", "I made one small mistake", "let's not make a big deal of it",
      // "we just had words", "it's not like I'm an alcoholic", "I didn't hurt you that badly"
      needs: ['happened', 'one', 'make', 'making', 'words', 'not', 'hurt', 'harm', 'no big', 'acting', 'act', 'acts', 'carrying', 'behaving', 'talking', 'foul', 'worked', 'turned', 'crime', 'illegal', 'hanging'],
      re: rx(raw`(?<s>\b(?:it|this|that|they) (?:only|just|really only|only ever) (?:happened|occurred)(?: (?:like|maybe))? (?:once|twice|a (?:few|couple)(?: of)? times|one time|two times|the once|a handful of times)\b|\bone (?:small|tiny|silly|stupid little|little|minor|teeny) (?:mistake|slip|slip-up|lapse|error|lie|fib|drink|bet|thing)\b|\b(?:let's|lets|let us) not make (?:a|such a|this|it) (?:big |huge |whole )?(?:deal|fuss|drama|thing|mountain)\b|\b(?:(?:don't|dont|do not|no need to|there's no need to) make (?:a|such a|this|it) (?:big |huge |whole )?(?:deal|fuss|drama|thing))(?: (?:out )?of (?:it|this|that))?\b|\b(?:we|i) (?:just |only )?had (?:a few |some |a couple of )?words\b(?! with (?:my|the) (?:sponsor|counsel|therap|doctor))|\bnot (?:like|as if|as though) (?:i'm|im|i am|i was) (?:an? )?(?:alcoholic|addict|drunk|thief|criminal|monster|gambling addict|junkie|abuser|bad person)\b|\b(?:didn't|didnt|did not|never) (?:really )?(?:hurt|harm) (?:you|u|him|her|them|anyone) (?:that|so|too|very) (?:badly|bad|much)\b|\bno big (?:thing|problem|issue)\b|\b(?:acting|act|acts|carrying on|behaving|talking|making out) (?:like|as if|as though) i (?:killed|murdered|robbed|committed|shot|burned|set fire|stabbed|did something terrible|(?:was|am) a (?:criminal|monster|murderer))\b|\bno harm,? no foul\b|\b(?:it|everything|things) (?:all )?(?:worked out|turned out) (?:fine|ok|okay|alright|in the end)\b(?![^.!?;]{0,30}\b(?:but|not thanks|no thanks|despite|in spite))|\b(?:it|that|this) (?:wasn't|wasnt|isn't|isnt|was not|is not|'s not|s not) (?:exactly )?(?:a crime|illegal|a hanging offen[cs]e)\b)`),
    },
    {
      // the amount or state talked down: "it wasn't much", "I didn't take that much", "I wasn't that
      // drunk", "I didn't really hurt anyone", "it's just stuff", "so I was late, so what?"
      needs: ['much', 'drunk', 'high', 'wasted', 'bad', 'late', 'rude', 'loud', 'angry', 'out', 'mean', 'harsh', 'hurt', 'harm', 'stuff', 'things', 'thing', 'objects', 'possessions', 'what', 'big'],
      re: rx(raw`(?<s>\b(?:it|that|this) (?:wasn't|wasnt|isn't|isnt|was not|is not|'s not|s not) (?:very |even |all that |really |that )?much(?! (?:of|fun|help|comfort|to ask|better|longer|more|easier|harder|worse|of a))\b|\bi (?:didn't|didnt|did not|never) (?:take|spend|drink|use|borrow|lose|gamble|owe|have) (?:that|very|too|so|all that) much\b|\bi (?:wasn't|wasnt|was not) (?:even )?(?:that|so|really|very|too|all that) (?:drunk|high|wasted|bad|late|rude|loud|angry|out of it|out of line|mean|harsh)\b|\bi (?:didn't|didnt|did not|never) (?:really |actually )?(?:hurt|harm) (?:anyone|anybody|anything)\b|\b(?:it's|its|it is|it was|they're|theyre|they are|they were) (?:just|only) (?:stuff|things|a thing|objects|possessions)\b|(?:,|\b(?:so|and)) so what\b(?=\s*[?!.]*\s*$)|^\s*(?:so what|big deal)\b(?=\s*[,?!.])|\b(?:so|and) what\?)`),
      // "I didn't take much notice"; "I wasn't that drunk that I didn't know": rare. "I know I didn't hurt anyone physically, but": still small-making.
      unless: (norm, _m, span) => /^\s*(?:notice|interest|care)\b/.test(norm.slice(span.end)),
    },
    {
      // the harm filed away as old: "it's old news now", "surely that's water under the bridge", "it's
      // all ancient history"
      needs: ['old news', 'water', 'ancient', 'history'],
      re: rx(raw`(?<s>\b(?:it's|its|it is|it was|that's|thats|that is|this is|all|surely it's|surely its|surely that's|surely thats)(?: (?:just|all|now|long|really|surely|basically|honestly|kind of|kinda|pretty much))* (?:old news|water under the bridge|ancient history|history now)\b)`),
    },
    {
      // their hurt set against a small-sounding cause: "you got so worked up over a couple of pints",
      // "why are you still going on about a few late payments", "she's cross about one little text"
      needs: ['upset', 'angry', 'mad', 'cross', 'worked', 'freaked', 'wound', 'annoyed', 'dark', 'raging', 'bothered', 'going', 'banging', 'kicking', 'fuss', 'fussing', 'carrying', 'hung', 'sulking', 'stressing', 'funny'],
      re: rx(raw`(?<s>\b(?:upset|angry|mad|cross|worked up|freaked out|wound up|annoyed|dark on me|raging|bothered|going on|banging on|kicking off|making a fuss|fussing|carrying on|hung up|sulking|stressing|funny) (?:about|over) (?:a few|a couple|a couple of|one|one little|a little|a bit of|a single|a silly|a tiny|a stupid|a couple little|two|some silly|a few silly)\b(?! (?:of (?:the|my|those|what|them)|things? i (?:did|said)))[^.!?;,]{0,25})`),
      // only about what they felt: "I was upset about a few things at work" is the writer's own mood
      unless: (norm, _m, span) => !/\b(?:you|u|ur|you're|youre|she|he|they|she's|he's|they're|everyone|everybody|people)\b[^.!?;,]{0,30}$/.test(norm.slice(Math.max(0, span.start - 40), span.start)) || /\bi (?:was|am|'m|m|got|get)\b[^.!?;,]{0,12}$/.test(norm.slice(Math.max(0, span.start - 20), span.start)),
    },
    {
      // worse harms named to make this one look small: "it's not like anyone died", "it's not as if I
      // was legless", "not like I emptied the account"
      needs: ['like', 'as if', 'as though', 'wasn', 'was not', 'nowhere', 'merry', 'tipsy', 'buzzed'],
      re: rx(raw`(?<s>\bnot (?:like|as if|as though) (?:anyone|anybody|someone|somebody|any of (?:you|us)) (?:died|got killed|was killed|lost (?:a|an) (?:eye|limb|arm|leg))\b|\bnot (?:like|as if|as though) (?:i|he|she|we) (?:was|were) (?:wasted|hammered|legless|plastered|smashed|off (?:my|his|her|our) face|falling (?:down|about|over)|paralytic|blind drunk|steaming|out of it|drunk drunk)\b|\bnot (?:like|as if|as though) (?:i|we) (?:maxed (?:it|them|the \w+) out|emptied (?:it|the \w+)|cleaned (?:you|u|the \w+) out|needed (?:it|that|the money|them)|spent (?:it all|the lot|everything))\b|\bi (?:wasn't|wasnt|was not) (?:exactly )?(?:falling (?:about|over|down)|legless|paralytic|plastered|hammered|blind drunk)\b|\b(?:merry|tipsy|buzzed|a bit merry|happy),? not (?:drunk|wasted|hammered)\b|\bnowhere near (?:the limit|over the limit|drunk|wasted|hammered)\b)`),
    },
    {
      // the loss shrunk because they could spare it: "it was a cheap one anyway", "pocket change to
      // you", "you've got plenty anyway", "you'd never have noticed it was gone"
      needs: ['cheap', 'pocket', 'loads', 'plenty', 'heaps', 'tons', 'so much', 'more than', 'hardly', 'barely', 'never', 'not', 'd ', "'d", 'would'],
      re: rx(raw`(?<s>\b(?:it|that|they|those|this|the [a-z]+) (?:was|were|'s|s|is|are) (?:a |only a |just a |only |just )?(?:cheap|old|crappy|rubbish|cheap old|knackered)(?: (?:one|ones|thing|things|\w+))? anyway\b|\bpocket change\b|\b(?:you|u|he|she|they)(?: have| has| had|'ve got|ve got| have got| got) (?:loads|plenty|heaps|tons|so much|more than enough)(?: of (?:it|money|cash|them))? anyway\b|\b(?:you|u|he|she|they)(?:'d| would|d|'d have|'d of) (?:hardly|barely|never|not even) (?:have |even have |of |'ve |ve )?(?:missed|noticed)(?: (?:it|them|that))?\b)`),
    },
    {
      // the count talked down in passing: "I lied like one time", "it happened maybe twice", "three
      // times tops", "it was literally one time", "for like a minute", "only a handful"
      needs: ['like', 'literally', 'maybe', 'tops', 'max', 'handful'],
      re: rx(raw`(?<s>\b(?:like|literally|maybe) (?:just )?(?:one time|once|twice|two times|a few minutes|five minutes|ten minutes|one drink|one joint|one line|\d{1,2} (?:quid|bucks|dollars|pounds|euros|rand|minutes|seconds|times))\b|\b(?:\d+|two|three|four|five|once|twice) (?:times? )?(?:tops|max)\b|\bfor like (?:a|one|two|five|ten|\d+) (?:minutes?|seconds?|secs?|mins?)\b|\b(?:like|only|just|merely) a handful\b)`),
      unless: (norm, _m, span) => {
        const before = norm.slice(Math.max(0, span.start - 25), span.start);
        // "I'd like once more to say", "at least once", "maybe once a week we could"
        if (/\b(?:would|'d|d|i|we|you|least|than)\s+$/.test(before)) return true;
        if (/^\s*(?:a|per|each|every) (?:week|month|day|fortnight|year)\b/.test(norm.slice(span.end))) return true;
        // "I've said sorry like ten times": counting apologies or tries, not the harm
        return /\b(?:pay|paid|send|repay|see|call|called|visit|meeting|meetings|sober|clean|relapsed|sorry|apologi[sz]ed|asked|begged|tried|texted|rang|messaged|prayed)\b/.test(before);
      },
    },
    {
      // gentle names for the harm: "it was a white lie", "a throwaway comment", "a bit of fun", "a
      // prank", "a quick flutter", "the bit of drama", "a bit of an issue", "a now-and-again thing"
      needs: ['white', 'throwaway', 'bit', 'harmless', 'prank', 'flutter', 'punt', 'now-and', 'now and', 'wobble', 'hiccup'],
      re: rx(raw`(?<s>\b(?:it's|its|it is|was|were|just|only|all) (?:a |an |just a |only a |all |some )?(?:white lies?|throwaway (?:remark|comment|line)|bit of (?:fun|a laugh|banter|a wobble|an issue|a problem|a mess)|harmless (?:prank|fun|joke)|(?:silly |stupid )?prank|quick (?:flutter|punt)|now[- ]and[- ](?:again|then) thing)\b|\b(?:the|that|a|my|our) (?:bit of|little bit of) (?:drama|bother|trouble|fuss|a (?:wobble|scene|row|fuss))\b|\b(?:a|the) (?:quick|little|cheeky|small) (?:flutter|punt)\b|\bwas (?:a bit of|a little bit of|something of) an? (?:issue|problem|wobble|thing)\b|\b(?:had|having|was having) (?:a bit of |a little |a slight |a small )(?:wobble|wobbly|hiccup|moment)\b)`),
      // "It wasn't a white lie, it was a betrayal"
      unless: (norm, _m, span) => /\b(?:not|wasn't|wasnt|isn't|isnt|never|no)\s+(?:just |only |even )?$/.test(norm.slice(Math.max(0, span.start - 14), span.start)),
    },
    {
      // the wrong described in soft measure: "somewhat less than honest", "a degree of carelessness",
      // "any slight inconvenience", "a touch heavy-handed", "raised my voice a smidge", "bent the
      // rules on the claim slightly"
      needs: ['less than', 'degree', 'any', 'slight', 'smidge', 'smidgen', 'tad', 'touch', 'slightly', 'a little', 'a bit', 'wee'],
      re: rx(raw`(?<s>\b(?:somewhat |a little |a bit |slightly |a touch |a tad )?less than (?:honest|truthful|upfront|candid|forthcoming|sober|careful|transparent|straight with (?:you|u))\b|\ba (?:certain |small )?degree of (?:carelessness|negligence|dishonesty|recklessness|impropriety|thoughtlessness|misjudgement|misjudgment|irresponsibility|inattention)\b|\bany (?:small|slight|minor|little|temporary) (?:inconvenience|upset|hurt|distress|trouble|offen[cs]e|discomfort|embarrassment|disruption)\b|\bthe (?:slight|minor|small) inconvenience\b|\b(?:a smidge|a smidgen|a tad|a touch|a wee bit|a tiny bit)(?: too)? (?:heavy-handed|heavy handed|loud|harsh|rough|sharp|rude|aggressive|forceful|pushy|overbearing|hot-headed|hot headed|short-tempered|snappy|over the top|strong|mean|drunk|tipsy|merry|careless|reckless|economical with the truth|creative with|loose with|handsy|free with)\b|\b(?:raised my voice|fudged|fiddled|massaged|tweaked|padded|exaggerated|overstated|stretched the truth|bent the (?:truth|rules)|lost my temper|lost my cool|overdid it|pushed (?:you|u|her|him|them)|grabbed (?:you|u|her|him|them)|shook (?:you|u|her|him|them)|snapped|swore|cut corners)(?: [a-z']+){0,6}? (?:a smidge|a smidgen|a tad|a touch|slightly|a wee bit)\b)`),
    },
    {
      // the deed called out of proportion: "hardly a hanging offence", "not exactly a crime against
      // humanity", "calling it theft is a stretch"
      needs: ['hardly', 'not exactly', 'wasn', 'isn', 'calling'],
      re: rx(raw`(?<s>\b(?:hardly|not exactly|wasn't exactly|wasnt exactly|isn't exactly|isnt exactly|was not exactly|is not exactly|not really) (?:a |the )?(?:hanging offen[cs]e|crime against humanity|capital offen[cs]e|federal case|mortal sin|war crime|sacking offen[cs]e|crime|felony|hanging matter)\b|\bcalling (?:it|this|that|me|what i did) (?:an? )?[a-z]+ (?:is|was|'s|s) (?:a bit of |a bit |quite |really )?(?:a stretch|a bit much|over the top|dramatic|harsh|going a bit far|going too far|an exaggeration)\b)`),
    },
    {
      // the harm waved through in a stock phrase: "the odd pint here and there", "the cash went a bit
      // astray", "not my proudest moment", "nothing that really mattered", "it was nothing worth
      // falling out over", "I don't get why you're still upset", "sorry I forgot, it happens", "but
      // the kids are fine now", "that's all it was", "borrowing, not stealing", "only to the corner shop"
      needs: ['odd', 'now and', 'here and', 'went', 'gone', 'going', 'not my', 'not the', 'nothing', 'no point', 'no use', 'understand', 'see', 'get', 'happens', 'but', 'all', 'borrow', 'borrowing', 'borrowed', 'only', 'just', 'wasn', 'isn', 'was not', 'lil'],
      re: rx(raw`(?<s>\bthe odd (?:drink|bet|pint|line|pill|joint|tenner|fiver|quid|flutter|smoke|bottle|beer) (?:here and there|now and then|now and again|every now and then)\b|\b(?:may|might) have (?:gone|been spent|been used|been taken)\b[^.!?;,]{0,30}\b(?:now and then|now and again|here and there)\b|\b(?:went|gone|going) (?:a (?:bit|little|wee bit) |slightly )(?:astray|missing|walkabout|awol|wrong)\b|\bnot (?:my|the) (?:finest|proudest|best|greatest) (?:moment|hour|night|day|look)\b|\bnothing that (?:really |actually )?(?:mattered|matters)\b|\b(?:they were|it was|those were|these were) (?:only |just )?(?:small|little|tiny|harmless|minor) ones\b|\bnothing worth (?:losing|ending|getting upset|fighting|throwing away|crying|falling out)\b|\bno (?:point|use) crying over\b|\b(?:don't|dont|do not|can't|cant|cannot) (?:really )?(?:understand|see|get) why (?:you're|youre|you are|ur|u r|you|u|she's|he's|she is|he is) (?:still )?(?:so )?(?:angry|upset|mad|hurt|cross|bothered|worked up)\b|(?:^|,\s*)(?:it|these things|shit|stuff) happens(?=\s*[.!]*\s*$)|\bbut (?:the kids|they|he|she|everyone|you|u|it|the car|the dog)(?:'re| are| is|'s|s)? (?:all )?(?:fine|ok|okay|alright|grand) now\b|\b(?:that's|thats|that is) all (?:it|that|this|that night|the whole thing) (?:was|is)\b|\bborrow(?:ing|ed)?(?: it| them| the [a-z]+)?,? not (?:steal|stealing|stole|stolen|taking|nicking)\b|\b(?:only|just) (?:to|round|down|up) the (?:shops|shop|corner|corner shop|pub|end of the road)\b|\b(?:it|that) (?:wasn't|wasnt|was not|isn't|isnt) (?:loads|a fortune|a huge amount)\b|\b(?:a|the) lil (?:scratch|dent|bump|ding|mark|knock|accident|mistake|fib|lie)\b|\bas a joke\b(?<=\b(?:only|just)\b[^.!?;,]{0,40})|\b(?:was|were) (?:only|just) (?:messin|messing|mucking|fooling|larking|pissing) (?:around|about)\b)`),
      // "if it happens again"; "I'm not just borrowing your trust"; "it wasn't a lot to ask";
      // "that's all it is, luck" names the luck, it does not make the harm small
      unless: (norm, _m, span) =>
        /\b(?:if|when|before|so)\s+$/.test(norm.slice(Math.max(0, span.start - 6), span.start)) ||
        /^\s*[,:-]+\s*(?:pure |dumb |sheer |blind )?(?:luck|chance)\b/.test(norm.slice(span.end)),
    },
    {
      // general small-making: "only a little", "a gentle shove", "it only happened the once", "I lost my
      // temper for a second", "no real harm done", "it wasn't serious", "went a bit overboard", "a bit
      // unkind", "the slight misunderstanding"
      needs: ['just', 'only', 'little', 'small', 'tiny', 'light', 'gentle', 'wee', 'second', 'moment', 'minute', 'sec', 'harm', 'no one', 'nobody', 'wasn', 'isn', 'was not', 'is not', 'went', 'bit', 'tad', 'slight', 'slightly'],
      re: rx(raw`(?<s>\b(?:just|only) a (?:little|tad|touch)\b(?! (?:while|bit longer|longer|later|more|of (?:your|my|the) time))|\b(?:a|one) (?:little|small|tiny|light|gentle|wee) (?:push|shove|tap|slap|nudge|smack|pinch|shake)\b(?! (?:in the right direction|forward|towards))|\b(?:it|that|this) (?:only|just) happened (?:once|twice|the once|a couple of times|a few times|one time)\b|\b(?:lost (?:my|it|the plot)|snapped|shouted|yelled|looked away|took my eyes off (?:her|him|them|the \w+)|turned my back|left (?:them|him|her|the kids|the baby))\b[^.!?;,]{0,25}\bfor (?:a|one|just a|only a) (?:second|split second|moment|minute|sec)\b|\bno (?:real |actual |lasting |serious )harm (?:done|was done|came of it)\b|\b(?:no one|nobody|noone) (?:was |got )?(?:really|actually|seriously) (?:hurt|harmed|injured)\b|\b(?:it|that|this) (?:wasn't|wasnt|isn't|isnt|was not|is not) (?:really |actually )?serious\b(?! (?:enough|about|to|for))|\bwent (?:a (?:bit|little|tad) |slightly )(?:too far|overboard|over the top|ott)\b|\b(?:a little|a bit|a tad|slightly|somewhat|kind of|kinda|sort of|sorta)(?: too)? (?:unkind|unfair|cranky|irritable|impatient|abrupt|curt|prickly|testy|shirty|stroppy|offhand|dismissive|bossy|judgy|cold|worse for wear|tiddly|hard on (?:you|u|her|him|them))\b|\b(?:the|that|this|our|a|my) slight (?:misunderstanding|mix-up|mixup|hiccup|blip|slip|incident|mishap|disagreement|oversight|lapse|overreaction|accident)\b)`),
      unless: (norm, _m, span) => /\b(?:not|isn't|isnt|wasn't|wasnt|never)\s+$/.test(norm.slice(Math.max(0, span.start - 10), span.start)),
    },
    {
      // a sum or count talked down with a bigger number word: "it was only sixty quid", "just the
      // first five minutes", "it was only three glasses", "just the one slap"
      needs: ['only', 'just', 'merely'],
      re: rx(raw`(?<s>\b(?:was|were|'s|s|is|it's|its) (?:only|just|merely) (?:like )?(?:the )?(?:first |last )?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|two hundred|a few hundred|a couple hundred|\d+) (?:quid|bucks|dollars|pounds|euros|rand|grand|minutes|mins|glasses|drinks|pints|beers|cans|lines|pills|bets|times|hours|nights|weekends|quid's worth)\b|\bjust the one (?:shove|push|slap|punch|drink|pint|beer|glass|line|pill|bet|kiss|time|night|lie|joint|hit)\b)`),
      // "twice a month" is a plan; "only ten minutes away" measures time, not the harm
      unless: (norm, _m, span) => /^\s*(?:(?:a|per|each|every) (?:week|month|day|fortnight|year)|after|before|later|until|till|since|ago|from|away)\b/.test(norm.slice(span.end)),
    },
    {
      // the harm given a small name: "a drop in the ocean", "small change to them", "a storm in a
      // teacup", "making a mountain out of a molehill", "I was small fry", "economical with the truth"
      needs: ['drop', 'small', 'storm', 'mountain', 'molehill', 'economical'],
      re: rx(raw`(?<s>\ba drop in the (?:ocean|bucket)\b|\bsmall (?:change|fry|beer|potatoes)\b|\ba storm in a (?:teacup|tea cup)\b|\ba mountain out of a molehill\b|\beconomical with the truth\b)`),
    },
    {
      // chat spelling of the little word: "a lil tipsy", "the lil argument", "got a lil carried away"
      needs: ['lil', 'lill', 'lyl'],
      re: rx(raw`(?<s>\b(?:a|the|that|my|our|one) (?:lil|lill|lyl) (?:scene|drama|slip|mistake|argument|fight|tiff|thing|moment|outburst|fib|lie|incident|accident|row|bust up|bust-up|misunderstanding)\b|\b(?:a )?(?:lil|lill|lyl) (?:bit )?(?:too )?(?:handsy|drunk|tipsy|rude|loud|much|mean|heated|extra|carried away|out of hand|off my face|messy|wild|merry|harsh)\b)`),
    },
    {
      // a softened act with its object in between: "flirted with him a tiny bit", "shouted at the kids a
      // little bit", "borrowed from your purse a touch"
      needs: ['tiny', 'wee', 'teeny', 'little bit', 'touch', 'smidge', 'tad'],
      re: rx(raw`(?<s>\b(?:flirted|lied|drank|pushed|shoved|yelled|shouted|snapped|swore|cheated|gambled|overspent|borrowed|messed about|messed around|fooled around|kissed)\b (?:with|at|to|on|about|from|in front of) (?:her|him|them|you|u|my \w+|your \w+|ur \w+|the \w+) (?:a tiny bit|a wee bit|a teeny bit|a little bit|a touch|a smidge|a tad)\b)`),
      unless: (norm, _m, span) => /^\s*(?:later|longer|more|while|ago|earlier)\b/.test(norm.slice(span.end)),
    },
    {
      // a hedge on the wrong itself: "I sort of fibbed", "I kind of nicked it", "I kinda lost my temper"
      needs: ['sort of', 'sorta', 'kind of', 'kinda'],
      re: rx(raw`(?<s>\bi (?:sort of|sorta|kind of|kinda) (?:fibbed|fudged|bent the truth|stretched the truth|nicked|pinched|borrowed|pocketed|lost my temper|lost it|went off|overdid it|blew up|cheated|stole|hid|kept back)\b)`),
    },
    {
      // amount or state said to barely reach the line: "slightly over the limit", "barely buzzed", "it
      // barely counts", "a few texts hardly register", "it barely affected you", "I'm hardly an addict"
      needs: ['limit', 'barely', 'hardly'],
      re: rx(raw`(?<s>\b(?:slightly|barely|only just|just|a bit|a little|a touch) over the limit\b|\bbarely (?:buzzed|tipsy|merry)\b|\b(?:hardly|barely) (?:registers?|registered|counts?|counted)\b|\b(?:hardly|barely) (?:affected|touched|bothered|hurt|impacted) (?:you|u|her|him|them|anyone|anybody|the kids|your \w+)\b|\b(?:i'm|im|i am|i was) (?:hardly|barely) (?:a|an) (?:junkie|alcoholic|addict|drunk|gambler|thief|criminal|crook|alky|druggie)\b)`),
    },
    {
      // their reaction made the problem: "it isn't worth all this fuss", "the tragedy you're making it
      // out to be", "everyone needs to calm down", "they're acting like she's at death's door"
      needs: ['worth', 'making', 'need', 'needs', 'acting', 'carrying', 'going', 'behaving'],
      re: rx(raw`(?<s>(?:\bnot|n't|\b(?:isnt|wasnt|aint)) worth (?:all )?(?:this|the|that) (?:drama|fuss|upset|grief|hassle|carry-on|aggro|bother|song and dance)\b|\b(?:disaster|catastrophe|tragedy|crisis|big thing|drama|big deal|crime) (?:you're|youre|ur|you are|u r|everyone's|everyone is|they're|theyre|she's|he's) making (?:it|this|that) (?:out to be|into)\b|\b(?:you're|youre|ur|you are|u r) making it out to be\b|\b(?:people|everyone|everybody|you|u|yall|you all) (?:need|needs) to (?:chill|calm down|relax|get over it|lighten up)\b|\b(?:acting|carrying on|going on|behaving) like (?:(?:he|she|they|you|u|someone|somebody)(?:'s|'re| was| were| is| are| had) )?(?:in intensive care|at death's door|dying|dead|murdered|the end of the world)\b)`),
    },
    {
      // the trouble caused called a small imposition: "it put you out a bit", "I put everyone out
      // slightly". ("Sorry for all the drama" is left to the vague rule: it names nothing.)
      needs: ['put'],
      re: rx(raw`(?<s>\bput (?:you|u|her|him|them|everyone) out (?:a (?:little|bit|touch|tad)|slightly)\b)`),
    },
    {
      // nothing much of it: "nothing major", "it was nothing serious", "a glass or two", "it never went
      // further than that", "let's keep some perspective"
      needs: ['nothing', 'two', 'further', 'perspective', 'proportion'],
      re: rx(raw`(?<s>(?:^|[,;:-]\s*|\b(?:it was|it's|its|it is|was|were|that's|thats)\s+)nothing (?:major|valuable|serious|too serious|too bad|dramatic|important|big)\b|\b(?:a|one) (?:glass|pint|beer|can|bottle|line|pill|bet|joint|spliff|tinny|shot|flutter) or two\b|\bnever went (?:any )?further than (?:that|a \w+)\b|\blet's (?:keep|put|get|have) (?:some|a bit of|a little|a sense of|this|it|things|that) (?:in )?(?:perspective|proportion)\b)`),
      // "there's nothing serious I can say to fix it", "nothing important was lost but your trust" are rare
      unless: (norm, _m, span) => /^\s*(?:i|to|that i)\b/.test(norm.slice(span.end)),
    },
    {
      // a lesser word set against the real one: "a lapse, not a full relapse", "it wasn't theft as
      // such", "occasional rather than regular", "one bad month in an otherwise good year"
      needs: ['not', 'such', 'rather', 'otherwise'],
      re: rx(raw`(?<s>,? not (?:a|an) (?:full(?:-blown| blown)?|whole|real|proper|actual|total) (?:relapse|bender|affair|binge|crime|theft|fight|addiction|problem|weekend|session)\b|\b(?:wasn't|wasnt|was not|isn't|isnt|not) (?:really )?(?:stealing|theft|lying|cheating|an affair|violence|abuse|a lie|a crime|hitting) as such\b|\b(?:occasional|infrequent|rare|isolated|one-off|sporadic) rather than (?:habitual|regular|constant|frequent|a pattern|a habit)\b|\bin an otherwise (?:good|great|happy|decent|fine|perfect|solid|clean|lovely)\b)`),
    },
    {
      // the hurtful words recast as mild speech: "I merely pointed out", "I simply made a remark", "I
      // only made a joke"
      needs: ['merely', 'simply', 'only', 'just'],
      re: rx(raw`(?<s>\bi (?:merely|simply) (?:pointed out|mentioned|remarked|commented|suggested|questioned|made a (?:comment|remark|joke|point))\b|\bi (?:only|just) (?:pointed out|made a (?:comment|remark|joke|passing comment))\b)`),
    },
    {
      // the harm called nothing beside something: "a few rude texts is nothing", "my temper was
      // nothing next to his", "one late night is nothing mate"
      needs: ['nothing'],
      re: rx(raw`(?<s>\b(?!(?:i|you|u|we|he|she|they|there|it|that|this|what)\b)[a-z']+ (?:is|was|were|are) (?:really |honestly |basically |just )?nothing(?=\s*(?:[.!,;]|$|mate|really|compared|next to|beside|in comparison)))`),
      // "if the answer is nothing, I'll accept that"; "my guilt is nothing next to what you went through"
      // is humility, measured against their pain
      unless: (norm, _m, span) =>
        /\bif\b[^,.;!?]*$/.test(norm.slice(0, span.start)) ||
        /^\s*(?:compared (?:to|with)|next to|beside|in comparison (?:to|with))\s+(?:what (?:you|u)|yours|your|you|u)\b/.test(norm.slice(span.end)),
    },
    {
      // the sum or length said not to be much: "it isn't a fortune", "not such a big amount", "not
      // exactly life-changing", "it wasn't that long really", "it was a small matter"
      needs: ['fortune', 'huge', 'such', 'life', 'long', 'matter', 'issue', 'large'],
      re: rx(raw`(?<s>\b(?:isn't|isnt|wasn't|wasnt|is not|was not|not|aren't|weren't) (?:a fortune|a huge (?:sum|amount)|a large (?:sum|amount)|such a (?:big|large|huge) (?:amount|sum|deal)|(?:exactly |really )?life[- ]changing|that long(?: really)?)\b|\b(?:it was|it's|its|it is|that was|that's|thats|just|only) (?:a|such a) (?:small|minor|trivial|little) (?:matter|issue)\b)`),
      // "it wasn't that long ago", "not that long after"
      unless: (norm, _m, span) => /^\s*(?:ago|before|after|since|until|till|to)\b/.test(norm.slice(span.end)),
    },
    {
      // the damage called small by name: "a small scratch on the door", "a tiny chip in the screen",
      // "my minor outburst", "one small tantrum"
      needs: ['small', 'tiny', 'little', 'minor', 'teeny', 'wee', 'slight'],
      re: rx(raw`(?<s>\b(?:a|one|the|my|that) (?:small|tiny|little|minor|teeny|wee|slight) (?:scratch|mark|dent|scuff|scrape|chip|ding|knock|crack|stain|outburst|tantrum|meltdown|rant|scene|flare-up|flare up)\b)`),
    },
    {
      // the wrong waved off by what it meant or did: "the kiss meant nothing", "so what's the harm",
      // "no damage done", "don't let one bad night undo all the good years"
      needs: ['meant', 'harm', 'damage', 'wipe', 'undo', 'cancel', 'outweigh', 'erase', 'overshadow'],
      re: rx(raw`(?<s>\b(?:it|she|he|that|the kiss|the fling|the affair|the texts|the messages|they|those) (?:really )?meant nothing\b|\b(?:where's|wheres|where is|what's|whats|what is) the harm\b|\bno (?:real )?damage done\b|\b(?:one|a single) (?:[a-z']+ ){1,3}(?:wipe out|wipes out|undo|undoes|cancel out|cancels out|outweigh|outweighs|erase|erases|overshadow|overshadows) (?:all )?(?:the |those |our |\w+ )?good (?:ones|years|times|days|bits|months)\b)`),
      // "I'm sorry for the harm, the damage done is mine to repair" never matches; "what's the harm in
      // asking" is a request
      unless: (norm, _m, span) => /^\s*in\b/.test(norm.slice(span.end)),
    },
    {
      // the deed denied its real name: "it wasn't an affair", "that isn't stealing", "more of a mix-up
      // than anything"
      needs: ['wasn', 'isn', 'was not', 'is not', 'more'],
      re: rx(raw`(?<s>\b(?:it|that|this) (?:wasn't|wasnt|was not|isn't|isnt|is not) (?:really )?(?:an affair|cheating|stealing|theft|violence|abuse|a relapse|lying)(?=\s*[.!]*\s*$)|\bmore (?:of )?an? (?:misunderstanding|mix-up|mix up|mistake|accident|joke|slip|oversight|blip|lapse|disagreement|argument|row|tiff) than anything(?: else)?\b)`),
    },
    {
      // the taking made small: "I only nicked a couple of your beers", "I just pocketed a fiver", "I had
      // a few, but only a few"
      needs: ['only', 'just', 'merely'],
      re: rx(raw`(?<s>\bi (?:only|just|merely) (?:nicked|pinched|pocketed|swiped|lifted|skimmed|dipped into|kept) (?:a |the |some |one |two |a couple|a few|a bit|a little|a tenner|a fiver|a note)|\bbut only a (?:few|couple|little|bit)(?=\s*[.!]*\s*$))`),
    },
    {
      // "don't tell me you're still upset about that", "you're still going on about it"
      needs: ['tell', 'still'],
      re: rx(raw`(?<s>\b(?:don't|dont|do not) tell me (?:you're|youre|ur|you are|u r|you|u) (?:still )?(?:upset|angry|mad|sore|cross|on about|going on about|bothered|hung up)\b|\b(?:you're|youre|ur|you are|u r|you) (?:still )?going on about (?:it|that|this)\b)`),
    },
    {
      // a worse harm named so this one looks small: "it's not like I hit anyone", "not as if I was gone
      // for months". ("It's not like I sold the ring" sets one deed against another: comparison.)
      needs: ['like', 'as if', 'as though'],
      re: rx(raw`(?<s>\b(?:it's|its|it is|it was|it wasn't|it isn't|'s) not (?:like|as if|as though) i (?:\w+ ){0,2}(?:killed|beat|hit|hurt|harmed|punched|injured|slapped|attacked) (?:anyone|anybody|someone|somebody|you|u|her|him|them|the kids|a soul)\b|\bnot (?:like|as if|as though) i was (?:gone|away|out|missing) for (?:months|weeks|years|days|ages)\b)`),
    },
    {
      // the harm said to be smaller than they believe: "it wasn't as bad as you remember", "not as
      // bad as your mum makes out"
      needs: ['bad'],
      re: rx(raw`(?<s>\b(?:wasn't|wasnt|isn't|isnt|was not|is not|not|weren't|werent|was never|never) (?:really |nearly |half )?(?:as|so|that) bad as (?:you|u|everyone|everybody|people|they|she|he|your \w+|ur \w+)(?: all)? (?:think|thinks|thought|say|says|said|make out|makes out|made out|making out|remember|remembers|claim|claims|imagine|imagined|believe|believes|seem to think|are making out|are saying)\b)`),
    },
    {
      // its length cut short: "it only lasted a few weeks", "it was only for a little while", "it
      // was only temporary"
      needs: ['only', 'just'],
      re: rx(raw`(?<s>\b(?:only|just) (?:lasted|went on)(?: for)? (?:like )?(?:a (?:few|couple)(?: of)? (?:days|weeks|months|minutes|hours|nights)|a (?:short|little) while|a bit|a (?:minute|second|moment)|one (?:night|week|month|summer))\b|\b(?:was|were|'s|s|is) (?:only|just) (?:for )?(?:a (?:short|little) while|temporary|a (?:short|brief) time)\b)`),
    },
    {
      // the wrong given the gentlest name: "a harmless flirtation", "it was simply a lapse", "a bit of a
      // blunder", "I was merely late"
      needs: ['harmless', 'simply', 'merely', 'bit of a'],
      re: rx(raw`(?<s>\bharmless (?:flirt(?:ation|ing)?|texts?|messages?|drinks?|bets?|night out|chat|kiss|kissing|flutter)\b|\b(?:was|were|'s|s|is) (?:simply|merely) (?:a |an )?(?:lapse|blunder|slip|oversight|mistake|misstep|hiccup|blip|glitch|mix-up|misunderstanding|late|forgetful|careless|error)\b|\ba bit of a (?:blunder|slip|hiccup|blip|oversight|mix-up|muddle|misjudg(?:e)?ment|lapse|faux pas|gaffe|boo-boo)\b)`),
    },
    {
      // the loss set beside the worse one it wasn't: "thank God it was only the garage and not the
      // house", "I only lost the holiday fund"
      needs: ['only', 'merely'],
      re: rx(raw`\b(?:it was|it's|its|it is|was) (?<s>(?:only|merely) (?:the|a|my|your|ur|our|his|her) [a-z]+(?: (?!and\b|n\b|but\b|not\b)[a-z]+)?)(?=,? (?:and |n |but )?not (?:the|a|my|your|ur|our|one of|any of|his|her)\b)`),
    },
    {
      // "most gamblers would have lost the house, I only lost the savings"
      needs: ['only', 'merely'],
      re: rx(raw`(?<s>\bi (?:only|merely) lost (?:the|a|my|our|your|ur|some|a few|a bit|a little|\d|[£$€]|half)\b)`),
    },
    {
      // the deed counted as one of something: "it was one kiss", "it's one afternoon", "it was just
      // one slap", "it was a one-off" ("it was one of the worst nights" is not)
      needs: ['one', 'one-off'],
      re: rx(raw`(?<s>\b(?:it|that)(?:'s| was| is|s) (?:really |honestly )?(?:just |only |merely )?(?:one (?:stupid |silly |little |bad |single )?(?:kiss|slap|punch|push|shove|afternoon|evening|weekend|game|match|bet|glass|pint|text|message|joint|line|pill|party|bottle|can|game|round|hand|fling|snog|cuddle|fight|row|lie|nite|week)|a one-?off)\b)(?=\s*(?:[.!,;?]|$|(?:and|not|its|it's|tho|though|mate|man|hey|lol|on the wrist)\b))`),
      // "I won't pretend it was just one night"
      unless: (norm, _m, span) => /\b(?:not|never|n't)\b[^,.;]{0,12}$/.test(norm.slice(Math.max(0, span.start - 14), span.start)),
    },
    {
      // a length or count capped as if that settles it: "a couple of years at most", "two drinks at the
      // most"
      needs: ['most'],
      re: rx(raw`(?<s>\b(?:a|one|two|three|four|five|six|a couple(?: of)?|a few|\d+) (?:[a-z]+ )?(?:years?|months?|weeks?|days?|nights?|times|drinks|pints|beers|glasses|quid|bucks|dollars|pounds|hours?|minutes) at (?:the )?most\b)`),
    },
    {
      // the words said not to count: "what I said that night doesn't really count" ("it doesn't count
      // towards my sober time" is something else)
      needs: ['count'],
      re: rx(raw`(?<s>\b(?:doesn't|doesnt|does not|didn't|didnt|did not|don't|dont) (?:really|even|actually) count\b)`),
      unless: (norm, _m, span) => /^\s*(?:as|towards|toward|for|on|upon)\b/.test(norm.slice(span.end)) || /\b(?:i|you|u)\s+$/.test(norm.slice(Math.max(0, span.start - 4), span.start)),
    },
    {
      // the harm set below a crime or called a quarrel: "a couple of missed payments here, not a
      // crime", "really just a disagreement that went too far", "it was a misunderstanding"
      needs: ['crime', 'just', 'only', 'merely', 'simply', 'misunderstanding'],
      re: rx(raw`(?<s>(?:,|\b(?:here|really|just|only|it's|its|it is|it was|that's|thats|that was|was|is)),? not (?:exactly )?a crime\b|\b(?:it's|its|it is|it was|that's|thats|that was) not (?:exactly |like it's |like it was )?a crime\b|\b(?:was|is|were|'s) (?:really |honestly |basically |all )?(?:just|only|merely|simply) (?:a|an) (?:misunderstanding|disagreement|argument|row|tiff|spat|squabble|difference of opinion|lapse|blip|misstep|mix-up|bit of fun)\b|\b(?:it|that|this) was (?:all )?(?:just )?a (?:big )?misunderstanding(?=\s*[.!]*\s*$))`),
      // "it's not a crime to ask for your money back"
      unless: (norm, _m, span) => /\b(?:not|never|n't|no)\s+$/.test(norm.slice(Math.max(0, span.start - 6), span.start)) || /^ (?:to|for)\b/.test(norm.slice(span.end)),
    },
    {
      // the error given a technical name: "a minor technical error in an otherwise accurate filing",
      // "just a small clerical mistake"
      needs: ['minor', 'small', 'tiny', 'slight'],
      re: rx(raw`(?<s>\b(?:a|one|the|just a|only a) (?:minor|small|tiny|slight) (?:technical|clerical|administrative|accounting|bookkeeping|paperwork|procedural|honest) (?:error|mistake|glitch|oversight|slip|issue|irregularity)\b)`),
    },
    {
      // the habit shrunk to an odd one: "the odd drink here and there upset you", "sorry for the odd
      // occasion I turned up after a drink", "white lies mostly"
      needs: ['odd', 'white'],
      re: rx(raw`(?<s>\bthe odd (?:drink|pint|beer|glass|bet|line|pill|joint|tenner|fiver|quid|flutter|smoke|bottle)s? (?:here and there|now and then|now and again)\b|\bthe odd (?:occasion|time|night|evening|weekend)\b(?= (?:i|when|that|where)\b)|\bwhite lies(?:,? (?:mostly|really|that's all|thats all|nothing more))\b|\b(?:just|only|mostly|harmless|little|small|tiny) white lies\b)`),
      unless: (norm, _m, span) => /(?:\b(?:not|never|no)|n't)\s+(?:just |only )?$/.test(norm.slice(Math.max(0, span.start - 14), span.start)),
    },
    {
      // an absence or a loss of control timed as nothing: "I was only gone like an hour", "rough with
      // you for a moment, a split second"
      needs: ['gone', 'out', 'away', 'split', 'moment', 'second'],
      re: rx(raw`(?<s>\bi (?:was|were) (?:only|just) (?:gone|out|away|out of the house|down the pub|at the pub)(?: from [a-z]+(?: [a-z]+)?)? (?:for )?(?:like |about |maybe )?(?:an?|one|half an|two|ten|twenty|five|\d+) (?:hour|minutes?|mins|seconds?|moment|bit)\b|\bfor (?:a|one|just a|only a) split second\b|\bi was (?:rough|harsh|violent|aggressive|physical|nasty) with (?:you|u|her|him|them) for (?:a|one|just a|only a) (?:moment|second|minute|sec)\b)`),
    },
    {
      // a coldness softened: "sorry if I've been kind of distant lately", "a bit off with you"
      needs: ['distant', 'withdrawn', 'standoffish', 'offish', 'off with'],
      re: rx(raw`(?<s>\b(?:a little|a bit|a tad|slightly|somewhat|kind of|kinda|sort of|sorta|a wee bit|a little bit|a tiny bit|a lil)(?: too)? (?:distant|withdrawn|standoffish|offish|off with (?:you|u|her|him|them|everyone))\b)`),
    },
    {
      // chat spelling of the little word before more moods: "sorry for being a lil snappy"
      needs: ['lil', 'lill', 'lyl'],
      re: rx(raw`(?<s>\b(?:a )?(?:lil|lill|lyl) (?:bit )?(?:too )?(?:snappy|short|grumpy|moody|off|cheeky|selfish|sharp|shouty|aggro|full on|ott|over the top|pushy|jealous|cold|distant|out of order|out of line)\b)`),
    },
    {
      // the harm waved off as past mattering: "ancient history, all that, I hardly think it matters now"
      needs: ['matters', 'matter'],
      re: rx(raw`(?<s>\b(?:hardly think|don't think|dont think|do not think|doubt) (?:it|that|any of (?:it|that|this)|this) (?:really |even )?(?:matters?|mattered)(?: (?:now|anymore|any more|much|these days))?)(?=\s*(?:[.!,;?]|$))`),
    },
    {
      // the harm said to have looked worse than it was: "it wasn't as bad as it looked", "not half as
      // bad as your sister makes out" ("the scan wasn't as bad as I feared" is the writer's relief)
      needs: ['bad'],
      re: rx(raw`(?<s>n't (?:really |nearly |half |quite |anywhere near )?(?:as|so|that) bad as (?:it|that|they|you|u|people|everyone|everybody|she|he|your \w+|ur \w+) (?:looked|looks|seemed|seems|sounds?|sounded|made out|makes? (?:it )?out|make it sound|thinks?|thought|says?|said|remembers?|remembered|claims?|claimed)\b)`),
    },
    {
      // small names for the quarrel or the words: "a bit of a misunderstanding", "it was a few harsh
      // words", "a harmless bit of flirting", "it was over in seconds", "no real damage"
      needs: ['bit', 'few', 'couple', 'harmless', 'over', 'real', 'lasting', 'actual', 'permanent', 'pretty', 'quite', 'fairly', 'relatively', 'rather'],
      re: rx(raw`(?<s>\b(?:was|were|'s|s|is|just|only) a bit of a (?:misunderstanding|mix-up|mixup|disagreement|row|tiff|argument|slip|oversight|accident|misstep|scuffle|spat|fib|fumble)\b|\b(?:it was|it's|its|just|only|merely|was|were) (?:a )?(?:few|couple of) (?:harsh|cross|angry|sharp|strong|heated|unkind|rude|nasty|hard) words\b|\ba harmless (?:bit of |little )(?:flirting|fun|banter|messing about|teasing|joking|drinking|gambling|flutter)\b|\b(?:it was|it's|its|it is|all|the whole thing was) over in (?:seconds|a second|a minute|a few (?:seconds|minutes)|a flash|no time)\b|\bno (?:real|lasting|actual|permanent) (?:damage|harm)\b(?! (?:to (?:you|u)\b|i can|that i))|\b(?:the (?:fight|row|argument|crash|accident|damage|injury|injuries|bruise|cut|scratch|dent|incident|bets?|debt|amount|sum|loss|push|shove|slap)|it|that)(?:'s| was| is| were| are) (?:pretty|quite|fairly|relatively|really|rather) (?:minor|trivial|tame|harmless|insignificant|mild)\b)`),
      // "I hope there's no lasting damage"; "it wasn't over in seconds"
      unless: (norm, _m, span) => /\b(?:hope|pray|praying|hoping|not|never|n't)\b[^.!?;,]{0,20}$/.test(norm.slice(Math.max(0, span.start - 24), span.start)),
    },
    {
      // a worse deed of the same kind named so this one looks small: "it's not like I robbed a bank",
      // "it wasnt like i cleaned u out", "not as if I crashed the car", "not like I nicked it"
      needs: ['like', 'as if', 'as though'],
      re: rx(raw`(?<s>\b(?:not|wasn't|wasnt|isn't|isnt|ain't|aint) (?:like|as if|as though) (?:i|we) (?:actually |really |ever |even |just |went and |had )?(?:robbed|nicked|stole|stolen|pinched|swiped|cleaned (?:you|u|them|her|him|it|the \w+) out|cleaned out|cleared (?:you|u|it|the \w+) out|cleared out|emptied|drained|crashed|wrote (?:it|the \w+) off|wrecked|totall?ed|lost (?:the house|everything|the lot|it all)|took (?:the lot|the whole|the entire|everything|it all)|ran off with|burn[te]d? (?:the|it|your|ur|down))\b[^.!?;,]{0,25})`),
      // "it's not as if I crashed on purpose" is about intent, not size
      unless: (norm, _m, span) => /\b(?:on purpose|deliberately|intentionally|for fun|to hurt)\b/.test(norm.slice(span.start, span.end + 20)),
    },
    {
      // the danger or harm said never to have come: "it's not like anything happened to them", "not like
      // they were in danger", "you were never in any real danger", "nothing happened, thank God"
      needs: ['like', 'as if', 'as though', 'danger', 'nothing', 'harm'],
      re: rx(raw`(?<s>\bnot (?:like|as if|as though) (?:anything|owt|anything bad|anything serious) (?:really |actually )?(?:happened|came of it)\b|\bnot (?:like|as if|as though) (?:they|he|she|you|u|the kids|the baby|the children|anyone|anybody|we) (?:were|was|are|'re|re|is) (?:ever |really |actually )?in (?:any )?(?:real |actual |serious )?danger\b|\b(?:you|u|they|he|she|the kids|the baby|the children|we) (?:were|was) never (?:really |actually )?in (?:any )?(?:real |actual |serious )?danger\b|\b(?:you|u|they|he|she|the kids|the baby|we) (?:weren't|werent|wasn't|wasnt|were not|was not) (?:ever )?in (?:any )?(?:real|actual|serious) danger\b|\bnothing (?:bad |serious )?happened,? (?:thank god|thank goodness|thankfully|luckily|in the end)\b|\bno harm came (?:of it|to (?:them|him|her|you|u|anyone))\b)`),
    },
    {
      // the size of their reaction made the problem: "not sure why it's become such a big drama", "i
      // don't get why it's turned into such a drama", "idk why its suddenly a huge deal", "didn't
      // think it was gonna be this big a deal", "let's not make it a big thing", "you were the one who
      // made a drama out of it", "if it felt like a big deal to you"
      needs: ['why', 'think', 'realise', 'realize', 'know', 'make', 'made', 'making', 'felt', 'seemed'],
      re: rx(raw`(?<s>\b(?:don't|dont|do not|didn't|didnt|can't|cant|cannot|not sure|no idea|idk|dunno|never understood|fail to see)\b[^.!?;]{0,20}\bwhy (?:it's|its|it is|it has|it's been|this is|this has|that's|thats|it|this|that|everyone's|everyones|you're|youre|ur)\b[^.!?;,]{0,20}\b(?:such a|so much of a|this big a|this much of a|a huge|a big|a massive|suddenly a|so big a) (?:(?:big|huge|massive) )?(?:drama|deal|thing|fuss|issue|problem|palaver|saga)\b|\b(?:didn't|didnt|did not|never) (?:think|realise|realize|know) (?:it|this|that) (?:was|would be|'d be|was (?:gonna|going to) be|were) (?:this|that|such a|so) (?:big|huge|massive)(?: of)? a (?:deal|thing|drama|issue)\b|\b(?:let's|lets|let us) not make (?:it|this|that) (?:a|into a) (?:big |huge |whole )?(?:thing|deal|drama|issue)\b|\b(?:you|u|she|he|they)(?: (?:were|was) the one)?(?: who| that)? (?:made|make|makes|making) (?:a |such a |a whole )?(?:drama|song and dance|palaver|saga) (?:out of|about|over) (?:it|this|that|nothing)\b|\b(?:felt|seemed) like (?:a big deal|such a big deal|a big thing|such a big thing|a huge deal) to (?:you|u|her|him|them)\b)`),
      // "I understand why it became such a big deal", "you had every right to make a drama of it"
      unless: (norm, _m, span) => /\b(?:right|understand|understandable|see why|of course)\b[^.!?;]{0,20}$/.test(norm.slice(Math.max(0, span.start - 30), span.start)),
    },
    {
      // the hurt recast as play with a small name: "it was meant as a bit of fun", "meant to be banter",
      // "it was meant as a roast", "the little joke about your accent", "my silly joke"
      needs: ['meant', 'supposed', 'intended', 'little', 'silly', 'tiny', 'harmless', 'wee'],
      re: rx(raw`(?<s>\b(?:meant|supposed|intended) (?:as|to be) (?:just |only |all )?(?:a (?:bit of |little bit of )?(?:fun|banter|a laugh|harmless fun)|banter|a roast|a bit of a roast|harmless fun|a harmless \w+|light-hearted|lighthearted|a wind-up|a windup|a bit of a wind-up)\b|\b(?:the|my|that|a|our|one) (?:little|silly|tiny|harmless|wee) (?:joke|jibe|jab|dig|prank|wind-up|windup|quip|crack|tease)\b)`),
      // "it wasn't meant as a bit of fun, it was cruel"
      unless: (norm, _m, span) => /(?:\b(?:not|never)|n't)\s+(?:even |really )?$/.test(norm.slice(Math.max(0, span.start - 14), span.start)),
    },
    {
      // understatement of one's own conduct: "I wasn't always the easiest to live with", "it's not
      // ideal", "it wasn't the worst thing I could've done", "I could've handled the funeral better",
      // "the flat wasn't left in the best condition"
      needs: ['best', 'easiest', 'most', 'greatest', 'tidiest', 'ideal', 'worst', 'handled'],
      re: rx(raw`(?<s>\bi (?:wasn't|wasnt|was not|haven't been|havent been|'m not|m not|am not) (?:always |exactly |really |quite |ever )?the (?:easiest|most (?:patient|reliable|attentive|considerate)) (?:person )?(?:to live with|to be around|to deal with|to work for|to work with|company|flatmate|housemate|roommate|tenant|lodger)\b|\b(?:it's|its|it is|it was|that's|thats|that was|this is|this was) (?:not|hardly) ideal\b(?=\s*(?:[,.;!]|$|but\b|i know\b))|\b(?:it|that|this) (?:wasn't|wasnt|isn't|isnt|was not|is not) (?:exactly )?ideal\b(?=\s*(?:[,.;!]|$|but\b|i know\b))|\b(?:wasn't|wasnt|isn't|isnt|was not|is not|not) (?:exactly )?the worst thing (?:i|that i|anyone|someone|a person) (?:could|could've|could have|might|ever|has ever)\b|\bi (?:could|might)(?:'ve| have| of|ve) handled (?:it|that|this|things|the \w+|your \w+(?:'s)? \w+|ur \w+) (?:a (?:bit|little|lot) |slightly |somewhat )?better\b(?=\s*(?:[,.;!]|$|but\b|i suppose\b|i guess\b|i admit\b))|\b(?:wasn't|wasnt|was not|weren't|werent) (?:left )?in the (?:best|greatest|tidiest) (?:condition|state|shape|nick)\b)`),
    },
    {
      // the tally capped by the way it is told: "a few dollars here and there", "twenty here and twenty
      // there", "I lied a handful of times", "it was a handful of messages", "on what, two occasions?",
      // "I had two pints, that's all, not the skinful", "a few pills, nothing more than that"
      needs: ['here', 'handful', 'what', 'that', 'thats', 'nothing more'],
      re: rx(raw`(?<s>\b(?:a few|a couple of|a couple|the odd|some|[0-9]+|twenty|ten|fifty|five|a) (?:coins?|quid|dollars|bucks|pounds|rand|euros|notes?|tenners?|fivers?|twenties|bob|bits|pills|drinks|bets)? ?here (?:and|n|&) (?:\w+ )?there\b|\b(?:lied|borrowed|took|drank|used|texted|messaged|bet|gambled|cheated|slept|went|did it|happened|it was|it's|its|was|were|only|just|like)\b[^.!?;]{0,40}\ba handful of (?:times|messages|texts|occasions|drinks|bets|pills|quid|nights|calls)\b|\bwhat,? (?:once|twice|two|three|a couple of|a few)(?: times| occasions| nights)?\s*\?|(?<=[a-z0-9]),\s*(?:that's|thats|that is) all,(?= (?:and|not|so|but|nothing)\b)|\b(?:a few|a couple of|one or two|two|three)\b[^.!?;]{0,40},\s*nothing more than that\b)`),
      // repayment and visits counted: "I'll send £20 here and there", "I visit a handful of times a year"
      unless: (norm, _m, span) => /\b(?:pay|paid|repay|send|sent|give|gave|put back|visit|visited|see|saw|met|meet|call|called)\b/.test(norm.slice(Math.max(0, span.start - 25), span.end)),
    },
    {
      // the deed denied its plain name: "it wasn't stealing exactly", "I wouldn't call it stealing", "I
      // didn't technically lie", "don't act like I stole the car", "you're treating me like a thief", "the
      // amount has been greatly exaggerated"
      needs: ['exactly', 'call', 'technically', 'act', 'acting', 'treating', 'treat', 'exaggerated', 'overstated', 'blown', 'inflated'],
      re: rx(raw`(?<s>\b(?:wasn't|wasnt|isn't|isnt|was not|is not|not) (?:really )?(?:stealing|theft|lying|cheating|an affair|a lie|violence|abuse|hitting|assault) exactly\b|\b(?:wouldn't|wouldnt|would not|don't|dont|do not|wouldn't really|i'd hardly|id hardly|i would hardly) call it (?:stealing|theft|lying|cheating|an affair|abuse|violence|hitting|assault|a lie|lies)\b|\b(?:didn't|didnt|did not|never|wasn't|wasnt|not) technically (?:lie|lied|lying|steal|stole|stealing|cheat|cheated|cheating|break|broke|breaking)\b|\b(?:(?:you're|youre|you are|ur|u r|you|u|they're|theyre|she's|he's|everyone's|everyone is) (?:treating|treat) me|(?:don't|dont|do not|stop|quit) (?:act|acting|treating me|treat me)) like (?:i (?:stole|robbed|nicked|took|cheated on)|(?:i'm|im|i am|i was) a (?:thief|criminal|crook|monster)|a (?:thief|criminal|crook|monster))\b|\b(?:the )?(?:amount|figure|figures|sum|story|damage|numbers?|extent|whole thing) (?:has|have|'s|s|was|were|is|are|got|has been|have been|gets) (?:been |being )?(?:greatly |hugely |massively |wildly |grossly |way |totally |completely |a bit |a little |somewhat )?(?:exaggerated|overstated|blown up|inflated)\b)`),
    },
    {
      // the damage called surface wear: "most of the damage is cosmetic really", "it was mostly wear and
      // tear", "its all fixable tho", "a lick of paint would sort it", "it cleaned up fine"
      needs: ['cosmetic', 'wear', 'fixable', 'fixed', 'fix', 'lick', 'cleaned', 'buffed', 'polished', 'superficial'],
      re: rx(raw`(?<s>\b(?:is|was|'s|s|are|were|mostly|just|only|purely|all|really|basically|largely|nothing but) (?:mostly |just |only |purely |really |basically |largely |all )?(?:normal |general |fair |ordinary )?(?:cosmetic|wear and tear|superficial)\b|\b(?:cosmetic|superficial) (?:really|mostly|damage|stuff|marks?|scratch(?:es)?)\b|\b(?:it's|its|it is|it was|that's|thats|that is|all|everything|it'?s all|its all) (?:all |totally |easily |completely |perfectly )?(?:fixable|easily fixed|an easy fix|easy to fix)\b|\ba lick of paint (?:would|will|'ll|could|should) (?:sort|fix|cover|do)\b|\b(?:cleaned|buffed|polished) (?:up|out) (?:fine|ok|okay|alright|no problem)\b)`),
      // "the damage wasn't cosmetic", "not everything is fixable"
      unless: (norm, _m, span) => /(?:\b(?:not|never|no)|n't)\s+(?:just |only |all |really |mostly )?$/.test(norm.slice(Math.max(0, span.start - 14), span.start)),
    },
    {
      // a hedge on an event that happened without anyone: "ur birthday kinda got forgotten", "the fence
      // sort of gave way", "your birthday kind of slipped through the cracks"
      needs: ['kinda', 'kind of', 'sort of', 'sorta'],
      re: rx(raw`(?<s>\b(?:kinda|kind of|sort of|sorta) (?:just )?(?:got (?:forgotten|missed|overlooked|lost|broken|damaged|left)|slipped (?:through the (?:cracks|net)|my mind)|gave way|fell (?:through|apart|off|over)|came (?:off|apart|loose))\b)`),
    },
    {
      // a mild change said to have come over things, with "a bit": "the place got a bit knocked about",
      // "the ute got a bit dinged up", "things got a bit loose", "things went a bit sideways"
      needs: ['got', 'get', 'went', 'gone', 'go'],
      re: rx(raw`(?<s>\b(?:got|get|went|gone|go) (?:a bit|a little|a tad|slightly|a wee bit|a touch) (?:dinged|dinged up|knocked about|knocked around|scuffed|scuffed up|banged up|bashed|bashed up|battered|loose|sideways|pear-shaped|pear shaped|lively|rowdy)\b)`),
    },
    {
      // more of the hurt recast as play, or as a name it does not earn: "a joke that went too far", "it
      // was meant to be a bit of slagging", "it was hardly stealing", "so hardly a master criminal", "I
      // don't think it really counts", "it didn't mean anything"
      needs: ['joke', 'prank', 'laugh', 'wind', 'banter', 'bit of', 'hardly', 'think', 'mean'],
      re: rx(raw`(?<s>\b(?:a|just a|only a) (?:joke|prank|laugh|bit of fun|bit of banter|wind-up) that (?:went|got|was taken) (?:a bit |a little )?(?:too far|out of hand|the wrong way)\b|\ba bit of (?:slagging|craic|ribbing|messing|teasing|a wind-up|a windup|a slagging)\b|\b(?:was|is|'s|s|it's|its) hardly (?:stealing|theft|lying|cheating|an affair|abuse|violence|a crime)\b|\bhardly a (?:master criminal|criminal mastermind|hardened criminal|career criminal|master thief)\b|\b(?:don't|dont|do not) think (?:it|that|this) (?:really |even |actually )?counts\b|\b(?:it|that|this|the kiss|the fling|the texts|the messages|she|he) (?:didn't|didnt|did not) (?:really |even |actually )?mean anything\b(?! (?:by|to (?:you|u))))`),
      // "it wasn't a bit of teasing, it was cruelty"; "I don't think it counts as an apology"
      unless: (norm, _m, span) => /(?:\b(?:not|never)|n't)\s+(?:just |even )?$/.test(norm.slice(Math.max(0, span.start - 12), span.start)) || /^\s*(?:as|towards|toward|for)\b/.test(norm.slice(span.end)),
    },
    {
      // the harm said to have been cut short by luck or a timely stop: "I had it under control the whole
      // time", "I had it back before you even woke up", "literally nobody even saw them before I deleted",
      // "nobody lost their job over it in the end", "the fire brigade got there before anything much
      // burned", "the bank caught it before it all went", "they were asleep for most of it", "the boy
      // walked away with a sprained wrist"
      needs: ['control', 'back', 'nobody', 'no one', 'noone', 'got', 'caught', 'came', 'stopped', 'sorted', 'asleep', 'walked'],
      re: rx(raw`(?<s>\b(?:i|we) (?:had|'d|d) (?:it|everything|things|the (?:car|van|money|situation)) (?:all |totally |completely |fully )?under control\b|\b(?:i|we) (?:had|got|put|brought) (?:it|them|the \w+) back before (?:you|u|anyone|anybody|she|he|they) (?:even |ever )?(?:woke|noticed|missed|knew|got home|got back)\b|\b(?:nobody|no one|noone) (?:even |really |actually |ever )?(?:saw|read|noticed) (?:it|them|the \w+) before\b|\b(?:nobody|no one|noone) lost (?:their|his|her|a) (?:job|jobs|home|house|licence|license) over it\b|\b(?:the )?(?:fire brigade|firemen|fire service|ambulance|paramedics|bank|police|neighbours?|card company) (?:got there|caught it|stopped it|sorted it|came) (?:quick|quickly|fast|in time|before (?:anything|it|any))\b|\b(?:they|he|she|the kids|the children|the baby|everyone) (?:were|was) asleep (?:for most of it|for the worst of it|through (?:most of )?it|the whole time)\b|\bwalked away with (?:a|just a|only a|nothing but a|nothing more than a) (?:sprained|bruised|broken finger|bruise|scratch|scrape|graze|few (?:bruises|scratches|stitches)|cut|bump|black eye)\b)`),
      // "I thought I had it under control, and I didn't"
      unless: (norm, _m, span) => /\b(?:thought|believed|felt|pretended|assumed|convinced)\b[^.!?;,]{0,12}$/.test(norm.slice(Math.max(0, span.start - 25), span.start)),
    },
    {
      // the loss shrunk because it was idle, spare or cheap: "honestly we never watched it", "u werent
      // even using it", "it was only sitting in a drawer doing nothing", "it's not like you were short",
      // "it was mostly my own money anyway", "it was an old one and not worth much"
      needs: ['never', 'weren', 'werent', 'wasn', 'wasnt', 'sitting', 'lying', 'like', 'as if', 'own', 'worth'],
      re: rx(raw`(?<s>\b(?:we never (?:even |really |once )?|(?:you|u|they|he|she) never (?:even|really) )(?:watched|used|wore|played|drove|rode|touched|opened|read|listened to) (?:it|them|the thing)\b|\b(?:you|u|they|he|she) (?:weren't|werent|wasn't|wasnt|were not|was not) (?:even |really )?(?:using|driving|wearing|playing with|riding|watching|reading) (?:it|them)\b|\b(?:was|were|'s|s|is) (?:only |just )(?:sitting|lying) (?:in (?:a|the|your|ur) (?:drawer|cupboard|garage|shed|account|tin|box|jar|loft)|there|around|about)\b(?: doing nothing)?|\bnot (?:like|as if|as though) (?:you|u|they|he|she) (?:were|was) (?:short|skint|broke|strapped|hard up)\b|\b(?:mostly|mainly|largely|half|partly) my own money\b|\b(?:was|were|'s|is|are) (?:an old (?:one|thing|set|\w+)|a cheap (?:one|thing|\w+)|old|cheap)(?: one)?,? (?:and|so) not worth (?:much|a lot|anything)\b)`),
    },
    {
      // a small quantity put in the passive, no one doing it: "a few pints were had", "a few invoices were
      // inflated", "some money got moved", "there was some drinking before I picked you up"
      needs: ['few', 'some', 'bit', 'little', 'couple', 'one', 'odd', 'there'],
      re: rx(raw`(?<s>\b(?:a few|some|a bit of|a little|a couple of|one or two|the odd) (?:pints|drinks|beers|invoices|quid|bets|receipts|expenses|claims|money|cash|pills|lines) (?:were|was|got|had been|have been) (?:had|drunk|inflated|padded|fiddled|taken|borrowed|moved|spent|lost|used|placed|put on)\b|\bthere was (?:some|a bit of|a little|a spot of) (?:drinking|gambling|betting|shouting|pushing|shoving)\b)`),
      // "there was some drinking in the house, and the kids saw all of it" is rare; "were taken from you" names the loss
      unless: (norm, _m, span) => /^\s*from (?:you|u|your|ur)\b/.test(norm.slice(span.end)),
    },
    {
      // the blow said to have landed on an object, not on them: "I only ever hit the wall, never you", "I
      // punched the wall, not you", "yes I hit the wall, I didn't hit you"
      needs: ['wall', 'door', 'table', 'cupboard', 'window'],
      re: rx(raw`(?<s>\b(?:hit|punched|kicked|smashed|thumped|slammed|put my fist through) (?:a|the) (?:wall|door|table|cupboard|window)s?\b[^.!?;]{0,25}?\b(?:not|never|didn't|didnt|did not) (?:hit |touch |touched |lay a (?:finger|hand) on |laid a (?:finger|hand) on )?(?:you|u|her|him|them|anyone)\b)`),
    },
    {
      // a small sum or a few things, said of what was taken: "I nicked a few quid from the tin", "borrowed
      // a couple of bits from your room", "took a small amount from petty cash", "helped myself to a few
      // bucks"; not "took more than a few pounds", nor money being paid back or given
      needs: ['took', 'take', 'taken', 'taking', 'nicked', 'nick', 'nicking', 'pinched', 'pinch', 'lifted', 'borrowed', 'borrow', 'borrowing', 'helped', 'grabbed', 'swiped', 'pocketed', 'skimmed'],
      re: rx(raw`\b(?:took|take|taken|taking|nicked|nick|nicking|pinched|pinch|lifted|borrowed|borrow|borrowing|helped myself to|grabbed|swiped|pocketed|skimmed)\b(?: (?:out|off|back)?\s?(?:of|from|off)? ?(?:your|ur|the|his|her|their|our|my|you|u|him|them) ?(?:\w+ )?)?\s?(?<s>(?:a few|a couple of|a couple|a few odd|the odd few) (?:quid|bob|bucks|dollars|pounds|euros|rand|fivers|tenners|bits|bits and bobs|bits and pieces)|a (?:small|tiny|modest|little|negligible|trivial) (?:amount|sum)(?: of (?:money|cash))?)\b(?! of (?!money\b|cash\b))`),
      unless: (norm, _m, span) =>
        /\b(?:more than|over|not just|not only|far more than|way more than|much more than|a lot more than)\s*$/.test(norm.slice(Math.max(0, span.start - 20), span.start)),
    },
    {
      // a small sum that went somewhere on its own: "a few quid went astray from the kitty", "a small sum
      // was borrowed from the account", "it was a few quid off your card"
      needs: ['few', 'couple', 'small', 'tiny', 'modest'],
      re: rx(raw`(?<s>\b(?:a few|a couple of|a couple) (?:quid|bob|bucks|dollars|pounds|euros|rand|fivers|tenners)(?: here and there)? (?:(?:might|may|must) (?:have|'ve) |has |have |had )?(?:went|gone|go|got|was|were|been) (?:astray|missing|walkabout|borrowed|taken|spent)\b|\ba (?:small|tiny|modest) (?:amount|sum)(?: of (?:money|cash))? (?:(?:might|may|must) (?:have|'ve) |has |had )?(?:went|gone|got|was|been) (?:astray|missing|borrowed|taken|spent)\b|\b(?:it|that) (?:was|'s|s|were) (?:only |just |literally |honestly )?(?:a few|a couple of|a couple) (?:quid|bob|bucks|dollars|pounds|euros|rand|fivers|tenners|bits)\b)`),
    },
  ]),
  examples: {
    positive: [
      "I've been a bit selfish with the money lately.",
      "I was sort of controlling about who you saw.",
      'I nicked a couple of quid out of the tin while you were at work.',
      'i borrowed a few bits from ur flat while u were away',
      'I took a small amount from the float, that is all.',
      'A few quid may have gone astray while I was lodging with you.',
      // a group's statement (its "we" reaches the rules read as "I": we-voice.ts)
      "Our outage only affected a small number of customers, and most were back online within the day.",
      "The vast majority of our customers were not affected by this issue.",
      "The large majority of applicants were unaffected by the model.",
      "The sums involved represent a tiny fraction of the council's annual budget.",
      "We are talking about a handful of lines in a book of three hundred pages.",
      "To be clear, this was a minor issue in a storeroom.",
      "It was about ninety seconds of a seventy-minute set.",
      "This was the behaviour of a small minority of fans.",
      "The bit about the flight attendant was a joke.",
      "Some of the stories have been exaggerated in the retelling.",
      "It was six minutes out of ninety, and the room was laughing.",
      "It was a tiny minority of fans, and they do not represent this club.",
      "There were only a handful of incidents out of 400,000 sold.",
      "This was an isolated incident.",
      "I said it was only a joke and you're overreacting about it.",
      'I only took a little from the jar.',
      'It was just a few beers before I picked the kids up from school.',
      "It wasn't that bad, honestly.",
      "It's not a big deal, I'll get the deposit back to you eventually.",
      'I was kind of rude to your friends.',
      "Missing one game isn't the end of the world, buddy.",
      'So I was a few minutes late for the wedding, it\'s hardly a crime.',
      'i kinda lied a little about where i was',
      'the car got wrapped round a lamppost but nobody got hurt so',
      'nobody was hurt, so honestly it was just a bit of bad luck',
      'I borrowed your grandmother\'s ring for a few weeks, that\'s all.',
      'i nicked a fiver here and there when you were at work',
      'I helped myself to the odd tenner from the tin.',
      "Sorry about our little mix-up over the rent.",
      'It was years ago, so none of that really counts now.',
      "I'm sorry I took your bike, but you never even rode it anymore.",
      "It's not like you needed the money that month.",
      'I padded the mileage claims a little, like everyone.',
      'I may have raised my voice at your mum.',
      'I might have had a couple before I picked you up.',
      'It only happened once or twice, honestly.',
      "Being late to one dinner isn't a big deal in the grand scheme of things.",
      'its not that deep tbh',
      "It's no biggie, I'll sort the card out.",
      "Missing your recital wasn't anything serious.",
      'It was one bad night.',
      'it was a one-time thing',
      'I was barely over the limit.',
      "You're making it sound worse than it was.",
      'All I did was forget one birthday.',
      'There was a bit of shouting, nothing more.',
      'It was more of a disagreement than a fight.',
      'I was only gone for an hour.',
      'I had a couple of beers, that\'s it.',
      'it was only like twice',
      'I was a tiny bit drunk at the christening.',
      'We had a small argument about the rent.',
      'It only happened twice.',
      'I made one small mistake with the accounts.',
      "Let's not make a big deal out of it.",
      'I was fine to drive.',
      "It wasn't much.",
      "I didn't take that much.",
      "I wasn't that drunk.",
      "I didn't really hurt anyone.",
      "It's just stuff.",
      'So I was late, so what?',
      "It wasn't too bad.",
      'it wasnt even a big deal',
      'I might have been a little out of order.',
      'I was a bit of a jerk.',
      'I sort of forgot your birthday.',
      'I shoved you a bit.',
      "It's not that big a deal.",
      'i was only kidding',
      "You're acting like I killed someone.",
      'No harm, no foul.',
      'It all worked out fine in the end.',
      "It wasn't exactly a crime.",
      "It was a long time ago, it's all ancient history now.",
      "Surely that's water under the bridge by now?",
      "honestly its old news, nobody even remembers it",
      "You got so worked up over a couple of pints.",
      "Why is she still going on about one little text message?",
      "u were raging about a few missed calls",
      "It's not like anyone died, it was a wing mirror.",
      "not as if i was legless, i could still walk straight",
      "I was tipsy, not drunk.",
      "I'd had a couple, nowhere near the limit.",
      "The vase was a cheap one anyway.",
      "Forty quid is pocket change to you.",
      "you've got loads anyway so whats the problem",
      "You'd never have noticed the bracelet was gone.",
      "I only cheated like one time.",
      "i drove home after the pub maybe twice, three times tops",
      "She was alone in the car for like a minute.",
      "It was like a handful of messages.",
      "It was a white lie about where I'd been.",
      "That comment was a throwaway remark.",
      "Sorry about the bit of drama at the christening.",
      "I had a quick flutter with the holiday money.",
      "My gambling was a bit of an issue that year.",
      "I was somewhat less than honest about the loan.",
      "I accept a degree of carelessness with your car.",
      "I regret any slight inconvenience my behaviour caused.",
      "I was a touch heavy-handed with him.",
      "I raised my voice at you a smidge.",
      "I fudged the figures on the insurance form slightly.",
      "Missing the wedding was hardly a hanging offence.",
      "Reading your messages wasn't exactly a crime against humanity.",
      "calling it stealing is a stretch",
      "I had the odd bet now and then with the bill money.",
      "Some of your savings went a bit astray.",
      "Turning up like that was not my proudest moment.",
      "I fibbed about a few things, nothing that really mattered.",
      "It was nothing worth falling out over.",
      "I don't get why you're still so upset.",
      "sorry i forgot ur birthday, it happens",
      "I was late again, but the kids are fine now.",
      "I was stressed at work, that's all it was.",
      "I was borrowing it, not stealing.",
      "i only took the car to the shops",
      "I was just pointing it at you as a joke.",
      "we were just mucking about",
      "I drank, but only a little.",
      "It was a gentle shove, nothing more.",
      "It only happened the once.",
      "I lost my temper for a second.",
      "No real harm done in the end.",
      "It wasn't serious, it was a scrape.",
      "I went a bit overboard at the party.",
      "I was a little unkind to your friend.",
      "Sorry about the slight mix-up with the rent.",
      "Honestly it was only sixty quid, I'll sort it.",
      "It was just the first twenty minutes of the recital.",
      "It was only three pints, I was fine to drive.",
      "There was just the one slap and I stopped.",
      "For you that money was a drop in the bucket.",
      "Fifty pounds is small change to your family.",
      "Next to the real crooks I was small potatoes.",
      "The whole thing was a storm in a teacup.",
      "You're making a mountain out of a molehill over one night.",
      "I was a bit economical with the truth about where I'd been.",
      "sorry i was a lil tipsy at ur dads thing",
      "sorry about the lil argument we had at the bbq",
      "i got a lil carried away with the cards",
      "I shouted at the kids a little bit, that's all.",
      "I flirted with your friend a tiny bit at the wedding.",
      "I sort of pocketed the change from your purse.",
      "I kinda lost my temper with your mum.",
      "I was barely over the limit when I drove us home.",
      "It hardly counts, it was one night.",
      "The late payments barely affected you in the end.",
      "Come on, I'm hardly an alcoholic.",
      "The christening wasn't worth all this fuss.",
      "It isn't the catastrophe everyone's making it into.",
      "You need to calm down, it was one drink.",
      "They're all acting like she's at death's door.",
      "I know missing the pickup put you out a bit.",
      "Leaving early put everyone out slightly, I suppose.",
      "I guess cancelling put her out a little.",
      "I took a couple of things from the garage, nothing valuable.",
      "It was nothing serious, just a scrape on the bumper.",
      "I'd had a pint or two before the parents' evening.",
      "We kissed, but it never went further than that.",
      "Let's keep this in perspective, it was one weekend.",
      "It was a slip, not a full-blown relapse.",
      "It wasn't really stealing as such, I was going to pay it back.",
      "The drinking was occasional rather than a habit.",
      "It was one bad weekend in an otherwise happy marriage.",
      "I merely mentioned your weight in front of your friends.",
      "I simply made a remark about your cooking.",
      "I only made a joke about your dad.",
      "Two missed birthdays is nothing, mate.",
      "My shouting was nothing compared to his.",
      "A couple of late nights is nothing really.",
      "I know forty quid isn't a fortune.",
      "It was not such a big sum for you.",
      "The debt is not exactly life-changing.",
      "I stayed with you for a month but it wasn't that long really.",
      "It was a small matter between us.",
      "There's a small scratch on your car from the gate.",
      "I'm sorry for my little tantrum at dinner.",
      "It left a tiny stain on the sofa, nothing more.",
      "The kiss meant nothing to me.",
      "We had our money back in the end, so what's the harm?",
      "No one saw me, so no damage done.",
      "Please don't let one bad summer undo all the good years.",
      "It wasn't cheating.",
      "It was more of a mix-up than anything else.",
      "I only pocketed a fiver from the till.",
      "I just skimmed a bit off the top.",
      "I'd had a drink, but only a couple.",
      "Don't tell me you're still angry about the wedding.",
      "You're still going on about that.",
      "It's not like I ever hit anyone.",
      "It's not as if I hurt you.",
      "It's not like I was gone for weeks.",
      "It honestly wasn't as bad as you remember.",
      "It was never as bad as your sister makes out.",
      "Things weren't half as bad as people think.",
      "The affair only lasted a couple of months.",
      "The gambling just went on for a short while.",
      "It was only temporary, the money was always coming back.",
      "It was a harmless flirtation at the office party.",
      "Missing the appointment was simply an oversight.",
      "Forgetting your birthday was a bit of a blunder.",
      'It was only the fence and not the car, thank God.',
      'Lucky it was only my bike, not the van.',
      'Thankfully it was only the shed and not the house.',
      'I only lost the rent money, nothing else.',
      'I only lost a few hundred at the tables.',
      'It was one kiss, nothing more.',
      "it's one weekend, mate",
      'That was just one bet.',
      'It was a one-off.',
      'I was gone two hours at most.',
      'It was a few drinks at the most.',
      "What I said on the phone doesn't really count.",
      "The relapse didn't really count, I was sick.",
      'We are talking about a few unpaid bills, not a crime.',
      'It was really just a row that got loud.',
      'honestly it was all a misunderstanding',
      'It was a small clerical error on the forms.',
      'It was just a minor accounting mistake.',
      'the odd pint now and then never hurt anyone',
      "I'm sorry for the odd time I came home late.",
      'White lies, really, nothing more.',
      'They were only white lies.',
      'I was only out for twenty minutes.',
      'I was only gone from the house for an hour.',
      'I lost my grip on her for a split second.',
      "sorry i've been a bit distant lately",
      'I know I was kind of withdrawn at Christmas.',
      'Sorry if I was a little off with your mum.',
      'sorry i was a lil moody at dinner',
      'i got a lil jealous and said stuff',
      'sorry for being lil short with u',
      "I don't think it really matters now.",
      'I doubt any of that matters anymore.',
      'I hardly think it matters.',
      "Honestly, it wasn't as bad as it looked.",
      "It isn't half as bad as your mum makes out.",
      "It wasn't nearly as bad as people said.",
      'It was a bit of a misunderstanding.',
      'It was a few harsh words.',
      'It was a harmless bit of flirting.',
      'It was over in seconds.',
      'There was no real damage.',
      'The fight was pretty minor.',
      "It's not like I robbed the place, I had a few beers from your fridge.",
      'it wasnt like i cleaned out ur account or anything',
      "It isn't as if I wrote the van off, it's a dent.",
      'not as though we nicked anything, we just borrowed the boat',
      "It's not like anything happened to the dog while I was out.",
      'The kids were never in any real danger, I was only next door.',
      'Nothing happened, thankfully, but I know I scared you.',
      'Not sure why it has turned into such a saga, it was one night out.',
      "I don't get why this is such a big deal to everyone.",
      "Honestly didn't think it would be this big of a deal.",
      "Let's not make it into a big thing, please.",
      'She was the one who made a drama out of it.',
      'The thing I said about your cooking was meant as a bit of banter.',
      'It was supposed to be harmless fun at your expense.',
      "I'm sorry my silly joke about your weight upset you.",
      "I know I wasn't always the easiest person to live with.",
      "I'm aware it's not ideal, the money going like that.",
      "It wasn't the worst thing anyone could have done to you.",
      "I could have handled your mum's birthday a bit better.",
      'The car was not left in the best state when I brought it back.',
      'I helped myself to a tenner here and there from the tin.',
      'Twenty here and twenty there out of your wallet.',
      'I took your car out a handful of times without asking.',
      'You lent me the card and I used it, what, twice?',
      "I lost my temper, that's all, and I said some things.",
      'I had a couple of glasses of wine, nothing more than that.',
      "It wasn't theft exactly, I just didn't ask first.",
      "I'd hardly call it lying, I left a few things out.",
      "I didn't technically break the agreement.",
      "Stop acting like I'm a criminal over one missed payment.",
      'The figures have been wildly exaggerated by your brother.',
      'The marks on the wall are mostly cosmetic.',
      "Honestly, it's all just normal wear and tear.",
      "the scratch is all fixable, don't stress",
      'A lick of paint will sort the hallway out.',
      'The stain on the rug cleaned up fine in the end.',
      'Your anniversary sort of slipped my mind this year.',
      'the shelf kinda fell apart when I leaned on it',
      'Your invitation kind of got lost in all the chaos.',
      'the gate got a bit knocked about when I reversed',
      'Things went a little sideways at the wedding.',
      'The evening got a bit rowdy, sorry about that.',
      'It was just a prank that went too far.',
      'It was only a bit of ribbing at the party.',
      "It's hardly theft, it was the family's money.",
      'I was a teenager, hardly a criminal mastermind.',
      "I don't think that even counts, I was barely awake.",
      "The texts didn't really mean anything.",
      "Don't worry, I had the car under control the whole way home.",
      'I had it back before anyone even noticed it was gone.',
      'no one even read the post before I took it down',
      'Nobody lost their home over it, in the end.',
      'The ambulance came quickly, so it was fine.',
      'The kids were asleep through most of it.',
      'He walked away with a few bruises, that was all.',
      'I sold the bike, but we never rode it anyway.',
      'they werent even driving it that week',
      'The cash was just sitting in the tin.',
      "It's not as if you were skint that month.",
      'It was mainly my own money I lost.',
      'I pawned the watch, but it was a cheap one and not worth much.',
      'Sorry, a couple of drinks were had before the school run.',
      'A few receipts were padded on the expenses.',
      'There was a bit of gambling with the holiday fund.',
      'I kicked the door, not you.',
      'i only smashed the table, i never touched her',
      "I slammed a cupboard, I didn't lay a finger on anyone.",
      "I didn't realise it was this big a deal.",
      'It was a laugh that went too far.',
      'The money was just lying in the account.',
      'One or two drinks were had.',
      "I wasn't the most patient person to live with.",
      'The figures were inflated a bit, sure.',
      // session 14: public apologies' wording
      "Honestly, it was just a lapse of judgement.",
      // session 14: counted down to one, or hedged in a statement
      "Honestly, it was one text message.",
      "The error had only a limited impact on members.",
      "Our figures were a little overstated.",
      "It was a clerical oversight and nothing more.",
    ],
    negative: [
      // session 14: one too many; a small part that was good
      "That was one lie too many, and I knew it.",
      "I only played a small part in the fundraiser, and I loved it.",
      // session 14: the same words, owned, set aside or about someone else
      "It was a serious lapse in judgement, and it put you in danger.",
      "It wasn't a lapse of judgement; I planned it.",
      // session 13: traps in general words
      "Please reply, even if it's just a few words.",
      'You had left the room only a few minutes earlier.',
      'I drove home drunk every Friday, and it was only luck that no one was killed.',
      "I used to tell you I'd only had one or two, when it was most of a bottle.",
      "I wasn't a bit rude to your mum; I was vicious.",
      'I took a few quid at first, then hundreds.',
      'It was one evening, but it was your birthday, and I spent it in the pub.',
      "I was a bit worried about you when you didn't call.",
      "mom i took ur card and bought like 900 dollars of skins on fortnite and lied about it",
      'I took more than a few quid from you; it was nearly two thousand pounds.',
      "I'm taking a small amount of time off work to go into treatment.",
      'I picked up a few bits for the kids before the party.',
      'I used to tell everyone it was only a few quid.',
      "I spent your trust like it was nothing.",
      "It was not 'just a joke'; it was cruel.",
      "It was not a single lapse; it went on for the best part of two years.",
      "it wasnt just a few drinks, it was every night for a year",
      "This isn't only about the money I took.",
      "A small number of you have written to us, and we have read every letter.",
      "The majority of our staff have now been trained.",
      "I have paid back a small fraction of what I owe you, and I will pay the rest.",
      "He was a minor when I sold him the beer, and that is on me.",
      "I sent a handful of messages to her after she asked me to stop.",
      "I will make a one-off payment of $500 by Friday.",
      "Most of the children were not told what happened, and that was my choice.",
      "I told you it was a joke, but it wasn't, and I knew it hurt you.",
      "It was a joke to me, and that was the problem.",
      "There is no version of it that was banter.",
      "Your feelings have not been exaggerated; I did every one of those things.",
      "While the vast majority of our customers were not affected, that does not make this acceptable for the people who were.",
      // no harm credited to luck, the danger weighed up
      "I drove home over the limit. I'm lucky nobody was hurt, and that's all it is, luck.",
      'Nobody was hurt, and I thank God for that, but it could have been very different and I know that.',
      'We were lucky no one was injured when I left the gas on.',
      "When the officer asked, I said I'd only had a couple of pints.",
      'i told everyone it was just a bit of fun, it wasnt, i was cruel to you',
      'I swore to the court that it was nothing more than a misunderstanding, and that was a lie.',
      'A few hundred pounds were taken from you, and I took them.',
      'There was drinking every night, and you saw all of it.',
      'I hit the wall next to your head, and you thought you were next.',
      'You never wore the ring again after what I did.',
      'You were using that money for the kids, and I took it.',
      'It was my own money I should have spent on you, not the bets.',
      'It was worth a lot to you, and I sold it.',
      'I thought I had it under control, and I was wrong.',
      'You lost your job over what I did, and I know that.',
      'The police caught me before I could drive off, thank God.',
      'You were awake through all of it, and you were eight.',
      "It wasn't a bit of teasing, it was cruelty, and I knew it.",
      "I don't think it counts as an apology unless I pay you back.",
      "I didn't mean anything by it, but that doesn't matter; it hurt you.",
      'The kids got a bit older and I missed it all.',
      'Just like you said, I needed help, and now I\'m getting it.',
      'Only you can decide whether you want me at the christening.',
      'Not only did I lie about the loan, I also forged your signature.',
      "I won't say it wasn't that bad, because it was.",
      "It wasn't just one time, and I won't pretend it was.",
      "I just wanted you to know I've been to a meeting every day this month.",
      'It was a big deal, and I treated it like it wasn\'t.',
      'A little while ago I started seeing a counsellor.',
      "The dog's fine, she's just getting a bit slow in her old age.",
      "I'll send you £20 here and there as well as the monthly £100.",
      'That small gesture of yours meant the world to me.',
      'The days I was using still count; I stole from you on every one of them.',
      "It doesn't count towards my sober time, and that's fine.",
      'I go to a meeting once or twice a week now.',
      'I may have cost you the job, and I am so sorry.',
      'You never once asked me to pay it back, and I let that slide.',
      'I only drink water now.',
      "I'm not exaggerating when I say you saved my life.",
      'All I ever did was hurt you.',
      'I was away for two years and you raised the kids alone.',
      'It was one of the worst nights of your life.',
      "That's it, I'm done making excuses.",
      "I had no right to drive; I was well over the limit.",
      'I had words with my sponsor about it.',
      "I'd like to pay a small amount every week.",
      'I honestly thought I was fine to drive, and I was wrong.',
      "It wasn't much of a birthday for you because of me.",
      "I didn't take much notice of how you felt.",
      "So what I want to say is that I'm sorry.",
      "I wasn't joking when I said I'd pay it back.",
      'I was only kidding myself about the drinking.',
      'It all worked out in the end, but no thanks to me.',
      'What I did was a crime, and I served my time.',
      "It isn't water under the bridge for you, and I understand that.",
      "I was upset about a few things at work, and I took it out on you.",
      "You were upset about a few of the things I said, and you were right to be.",
      "I know it's not like I can undo any of it.",
      "I was blind drunk and I scared you.",
      "Maybe once a week we could meet for coffee, if you'd like that.",
      "I've said sorry like ten times but I know words aren't enough.",
      "At least once a month I will send what I owe.",
      "It wasn't a white lie, it was a betrayal.",
      "I was less than a father to you that year.",
      "I'd like a second chance to show you I've changed.",
      "What I did was a crime, not a bit of fun.",
      "You have every right to be angry about all of it.",
      "If it happens again, I want you to call the police.",
      "I know the kids are not fine, and that is on me.",
      "It was a joke to everyone but you, and it was cruel.",
      "I was going to the shops when I saw you.",
      "Just a little while ago I found your letter.",
      "It wasn't serious enough for the police, but it was serious for you.",
      "Your card gave me a gentle push in the right direction.",
      "It wasn't only a little; it was most of your savings.",
      "The ambulance was only ten minutes away, thank God.",
      "I was small and scared back then, and now I'm the one who scared you.",
      "The lil one was asleep upstairs when I came in shouting.",
      "I shouted at you a little bit later that night, and I'm sorry.",
      "I was way over the limit when I drove the kids home.",
      "What I did hurt you, and it still counts.",
      "You had every right to be upset.",
      "You don't need to calm down for my sake; be as angry as you need.",
      "There was nothing I could say that night that would have helped.",
      "I'd had two bottles of wine before I picked you up.",
      "It was a relapse, not a slip.",
      "I'm not asking you to put this in perspective for me.",
      "I took it, and it was stealing.",
      "I just said sorry, and I know that is not enough.",
      "If the answer is nothing, I will understand.",
      "My guilt is nothing next to what you went through.",
      "What I did was nothing short of cruel.",
      "It wasn't that long ago that I promised you this.",
      "A small thing I can do is pay back the rent.",
      "I left a small note on the table with the money.",
      "Your trust meant everything, and I broke it.",
      "What's the harm in asking you to tell me?",
      "I can't undo the good years I stole from you.",
      "It wasn't cheating the first time; it was cheating every time.",
      "I only kept quiet because I was ashamed, and that was wrong.",
      "I know you're still upset, and you have every right to be.",
      "It's not like me to write letters, but you deserve one.",
      "It was worse than you know, and I want to tell you all of it.",
      "The calm only lasted until I started drinking again.",
      "I was simply wrong, and there is no softer word for it.",
      "It was a bit of a shock to read your letter, and I'm grateful for it.",
      'It was one of the hardest days of my life.',
      "I won't pretend it was just one night; it was every night for a year.",
      'At most I can pay fifty pounds a week.',
      "I know you don't really count on me any more.",
      'It was a crime, and I have paid for it.',
      "It's not a crime to ask for your money back.",
      "It wasn't just white lies; I lied about everything.",
      'I was only out of hospital a week when I started again.',
      'In a split second the car was in the ditch.',
      'I was distant for years, and you raised the kids alone.',
      'The lil one was off school sick that day.',
      "I don't think it matters what I say; what matters is what I do.",
      "It wasn't a misunderstanding; I lied to you.",
      "The scan wasn't as bad as I feared.",
      'I hope there was no lasting damage to your car.',
      'It was not a few harsh words; it was months of cruelty.',
      'A bit of a walk every day helps me stay sober.',
      "It's not like me to steal, and yet I stole from you.",
      "It's not as if I crashed on purpose, but I did crash, and it was my fault.",
      'You were in real danger that night, and I put you there.',
      'Nothing happened to me, but everything happened to you.',
      'I understand why it became such a big deal for you.',
      'You had every right to make a drama out of it.',
      "It wasn't meant as a bit of fun; I wanted to hurt you.",
      "It wasn't ideal for you to find out from your sister, and I'm sorry for that.",
      "The worst thing I did was lie to you for two years.",
      'I will pay you back £20 here and there, every week, until it is cleared.',
      'I only met your dad a handful of times, but I liked him.',
      "That's all I wanted to say, really.",
      'It was stealing, exactly what you called it.',
      "I'd call it stealing, because that's what it was.",
      'Everyone is treating me kindly, more kindly than I deserve.',
      "The damage wasn't cosmetic; the door had to be replaced.",
      'Not everything is fixable, and I know that.',
      "I kind of knew you'd be hurt, and I did it anyway.",
    ],
  },
});
