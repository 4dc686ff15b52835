import type { ElementRule, Span } from '../types';
import { isWordCode } from '../char-codes';
import { before, collectSpans, containing, mergeSpans, needs, rx, topLevelAlternatives, YOU, YOUR } from './match';

/**
 * Specific: the person names the concrete thing they did, in the first person ("I stole
 * $300 from your wallet", "I missed your graduation", "sorry for shouting at you"). Vague
 * references ("what I did", "my behaviour", "I let you down") are not specific, and neither
 * is an act put in doubt ("I may have missed", "if you think I abandoned you") or denied
 * ("at least I never laid a hand on you").
 */

/** Someone's: "your", "ur", "her", "Emma's", "mum's". */
const WHOSE = `(?:${YOUR}|his|her|their|our|the kids'?|the children'?s|\\w+'s|\\w+s'|my (?:\\w+'s|\\w+s'))`;
/** Everyday misses that are not harms: "I missed your call", "forgot about our call". */
const TRIVIAL = `(?!(?:about |to )?(?:${YOUR}|our|the|a|his|her|their) (?:call|phone call|text|message|email|post|bus|train|flight|turn|point|joke|name|number)\\b)`;

/** Money, when it is the object of the act. */
const MONEY = `(?:money|cash|savings|wages|pension|rent|deposit|credit|the (?:money|cash|savings|rent|takings|float|petty cash|holiday fund|\\w+ fund)|[$£€]\\s?\\d[\\d,.]{0,15}k?|\\d[\\d,.]{0,15}k? ?(?:quid|pounds|dollars|euros|bucks|grand)|(?:a|a few|a couple of|ten|twenty|thirty|forty|fifty|a hundred|hundreds of|thousands of|\\w+ (?:hundred|thousand)) (?:quid|pounds|dollars|euros|bucks|grand))`;
/** Things taken, sold, broken or pawned. */
const THING = `(?:${WHOSE}|the (?:car|van|truck|bike|tv|telly|ring|watch|guitar|laptop|phone|jewell?ery|necklace|camera|xbox|playstation|console|cards?|keys|medication|meds|pills|painkillers|prescription|tablets|money|cash|savings|rent|deposit|loan|statements|bills|letters|window|door|table|plate|glass|fence|gate|wall|mirror|vase|furniture|house|flat|place)|it|them|everything|${MONEY})`;

/**
 * Harm acts as past form | gerund | base form, each with what must follow to make it a harm
 * ("took" needs an object: "I took your car"; "I took a walk" is not an act of harm).
 */
const ACTS: ReadonlyArray<readonly [past: string, gerund: string, base: string, object: string]> = [
  ['lied', 'lying', 'lie', `(?!down|in bed|awake|there|low)`],
  ['stole|stolen', 'stealing', 'steal', ''],
  ['(?:nicked|pinched|swiped|nabbed)', '(?:nicking|pinching|swiping|nabbing)', '(?:nick|pinch|swipe|nab)', `(?:${THING}|(?:\\w+ ){0,3}?(?:from|out of|off) (?:${YOU}|${WHOSE}|the))`],
  ['(?:conned|scammed|fleeced|ripped off|defrauded|swindled)', '(?:conning|scamming|fleecing|ripping off|defrauding|swindling)', '(?:con|scam|fleece|rip off|defraud|swindle)', `(?:${YOU}|him|her|them|${WHOSE}|the|my|our)`],
  ['(?:wrote|written) off', 'writing off', 'write off', `(?:${THING}|the)`],
  ['took|taken', 'taking', 'take', `(?:out (?:a |the )?(?:\\w+ )?(?:loans?|credit|mortgage|cards?|overdraft)|off with|advantage of|(?:${THING})|(?:\\w+ ){0,4}?from (?:${YOU}|${WHOSE}|the (?:till|shop|business|company|safe|float|takings|account|jar|tin|pot|kitty|drawer|cash ?box|collection|church|charity|register|joint account|bank)))`],
  ['opened', 'opening', 'open', `(?:\\w+ ){0,3}?(?:credit cards?|cards?|accounts?|loans?|overdrafts?) in (?:${YOUR}|our|both our|${WHOSE}) names?`],
  ['caused', 'causing', 'cause', `(?:the|that|an?|this) (?:\\w+ )?(?:crash|accident|fire|fight|row|scene|damage|collision|flood|break-?up|divorce)`],
  ['sold', 'selling', 'sell', `(?:${THING})`],
  ['pawned', 'pawning', 'pawn', ''],
  ['yelled', 'yelling', 'yell', ''],
  ['shouted', 'shouting', 'shout', `(?:at|in|on|and|,|\\.|$)`],
  ['screamed', 'screaming', 'scream', `(?:at|in|on|and|,|\\.|$)`],
  ['hit', 'hitting', 'hit', `(?:${YOU}|him|her|them|the (?:car|wall|median|kerb|curb|post|fence|dog|kid|child)|${WHOSE}|a (?:car|wall|parked))`],
  ['punched', 'punching', 'punch', ''],
  ['slapped', 'slapping', 'slap', ''],
  ['pushed', 'pushing', 'push', `(?:${YOU}|him|her|them|${WHOSE})`],
  ['shoved', 'shoving', 'shove', ''],
  ['kicked', 'kicking', 'kick', `(?:${YOU}|him|her|them|the|${WHOSE}|in|down)`],
  ['grabbed', 'grabbing', 'grab', `(?:${YOU}|him|her|them|${WHOSE})`],
  ['threatened', 'threatening', 'threaten', ''],
  ['broke|broken', 'breaking', 'break', `(?:${THING}|into|my promise|my word|a promise|the promise|your trust|ur trust|up with)`],
  ['smashed', 'smashing', 'smash', ''],
  ['(?:cracked|dented|scratched|chipped|keyed|burn[te]d?|stained|flooded|scraped|bent)', '(?:cracking|denting|scratching|chipping|keying|burning|staining|flooding|scraping|bending)', '(?:crack|dent|scratch|chip|key|burn|stain|flood|scrape|bend)', `(?:${THING}|the \\w+)`],
  ['wrecked', 'wrecking', 'wreck', ''],
  ['crashed', 'crashing', 'crash', `(?:${THING}|into|the)`],
  ['totall?ed', 'totall?ing', 'total', `(?:${THING})`],
  ['damaged', 'damaging', 'damage', `(?:${THING})`],
  ['destroyed', 'destroying', 'destroy', `(?:${THING})`],
  ['ruined', 'ruining', 'ruin', `(?:${THING}|christmas|the|your|ur)`],
  ['missed', 'missing', 'miss', `${TRIVIAL}(?:${WHOSE}|the (?:\\w+ )?(?:wedding|funeral|party|birth|graduation|recital|game|match|play|concert|show|deadline|appointment|hearing|court|christening|birthday|payment|rent|meeting|school|parents)|a (?:single|whole)|every|all|\\w+ (?:months?|weeks?|payments?)'?|\\d|three|two|four|five|six|several|so many)`],
  ['forgot|forgotten', 'forgetting', 'forget', `${TRIVIAL}(?:${WHOSE}|the (?:\\w+ )?(?:wedding|anniversary|birthday|date|party|appointment|pick-?up)|to (?:pick|collect|pay|call|come|feed|get|turn up)|about (?:${YOU}|${WHOSE}|the))`],
  ['skipped', 'skipping', 'skip', `(?:${WHOSE}|the|out on|town|school)`],
  ['ignored', 'ignoring', 'ignore', `(?:${YOU}|${WHOSE}|him|her|them|the|every|all)`],
  ['ghosted', 'ghosting', 'ghost', ''],
  ['abandoned', 'abandoning', 'abandon', ''],
  ['left', 'leaving', 'leave', `(?:${YOU}|him|her|them|the kids|the children|${WHOSE}) (?:to|alone|with|at|behind|stranded|waiting|in|on your own|on ur own|for|there|without)`],
  ['cheated', 'cheating', 'cheat', ''],
  ['spent', 'spending', 'spend', `(?:${THING}|all|every|the|what|our)`],
  ['borrowed', 'borrowing', 'borrow', `(?:${THING}|money|(?:\\w+ ){0,4}?from (?:${YOU}|${WHOSE})|the)`],
  ['used', 'using', 'use', `(?:${YOUR}|${WHOSE}) (?:\\w+ )?(?:card|credit|money|name|account|identity|password|details|car|savings|phone|pin|cheque|chequebook|checkbook)`],
  ['forged', 'forging', 'forge', ''],
  ['got (?:into|in) (?:a )?(?:fight|brawl|punch-up|scrap)', 'getting (?:into|in) (?:a )?(?:fight|brawl|punch-up|scrap)', 'get (?:into|in) (?:a )?(?:fight|brawl|punch-up|scrap)', ''],
  ['locked', 'locking', 'lock', `(?:${YOU}|him|her|them|the kids|${WHOSE}) (?:\\w+ )?out\\b`],
  ['sent', 'sending', 'send', `(?:\\w+ ){0,3}?(?:those|nasty|horrible|abusive|threatening|drunken|drunk|cruel|angry|vile|hateful|\\d+) (?:\\w+ )?(?:messages|texts|emails|voicemails|letters|photos|pictures)`],
  ['(?:made|caused) a scene', '(?:making|causing) a scene', '(?:make|cause) a scene', ''],
  ['put (?:my )?(?:fist|foot|head|hand) through', 'putting (?:my )?(?:fist|foot|head|hand) through', 'put (?:my )?(?:fist|foot|head|hand) through', ''],
  ['(?:gave|given) away', 'giving away', 'give away', `(?:${THING})`],
  ['ran off with', 'running off with', 'run off with', ''],
  ['used', 'using', 'use', `(?:the kids|the children|our (?:son|daughter|kids|children)|${YOU}|him|her|them) (?:as|to get|against)\\b`],
  ['stopped paying', 'stopping paying', 'stop paying', ''],
  ['(?:cleared|cleaned) out', '(?:clearing|cleaning) out', '(?:clear|clean) out', `(?:our|${WHOSE}|the) (?:\\w+ )?(?:account|savings|bank|wallet|purse|till|safe|fund|kitty)`],
  ['slept through', 'sleeping through', 'sleep through', `(?:${WHOSE}|the) `],
  ['dumped', 'dumping', 'dump', `(?:${YOU}|him|her|them)\\b`],
  ['made', 'making', 'make', `(?:${YOU}|him|her|them|the kids) (?:cover for me|lie (?:for|to)|take the blame|pay for|lend me|beg)`],
  ['(?:moved|transferred|withdrew|withdrawn|cashed)', '(?:moving|transferring|withdrawing|cashing)', '(?:move|transfer|withdraw|cash)', `(?:${WHOSE} (?:\\w+ )?(?:money|savings|pension|wages|cheque|check|inheritance|funds)|${MONEY}) (?:into|to|from|out)`],
  ['embezzled', 'embezzling', 'embezzle', ''],
  ['emptied', 'emptying', 'empty', `(?:${THING}|out)`],
  ['(?:ran|run) up', 'running up', 'run up', ''],
  ['hid|hidden', 'hiding', 'hide', `(?:${THING}|my|the|bottles|drink|money|it|them|from|things|stuff|how|what|where)`],
  ['manipulated', 'manipulating', 'manipulate', ''],
  ['humiliated', 'humiliating', 'humiliate', ''],
  ['embarrassed', 'embarrassing', 'embarrass', `(?:${YOU}|him|her|them|${WHOSE}|the family|everyone|us)`],
  ['called', 'calling', 'call', `(?:${YOU}|him|her|them|${WHOSE}(?: \\w+)?) (?:a|an|names|fat|stupid|useless|worthless|ugly|lazy|pathetic)`],
  ['insulted', 'insulting', 'insult', ''],
  ['mocked', 'mocking', 'mock', ''],
  ['belittled', 'belittling', 'belittle', ''],
  ['bullied', 'bullying', 'bully', ''],
  ['harass?ed', 'harass?ing', 'harass?', ''],
  ['stalked', 'stalking', 'stalk', ''],
  ['assaulted', 'assaulting', 'assault', ''],
  ['attacked', 'attacking', 'attack', `(?:${YOU}|him|her|them|${WHOSE})`],
  ['robbed', 'robbing', 'rob', ''],
  ['mugged', 'mugging', 'mug', ''],
  ['burgled', 'burgling', 'burgle', ''],
  ['threw|thrown', 'throwing', 'throw', `(?:${THING}|the|a|things|stuff|plates?|glass|punches|a punch|${YOU} out)`],
  ['slammed', 'slamming', 'slam', ''],
  ['disappeared', 'disappearing', 'disappear', `(?:for|on|without|with|from|after|,|\\.|$|again|\\w+ (?:days|weeks|nights))`],
  ['vanished', 'vanishing', 'vanish', `(?:for|on|without|with|from|,|\\.|$)`],
  ['walked out', 'walking out', 'walk out', ''],
  ['stormed (?:off|out)', 'storming (?:off|out)', 'storm (?:off|out)', ''],
  ['snapped at', 'snapping at', 'snap at', ''],
  ['(?:swore|sworn) at', 'swearing at', 'swear at', ''],
  ['spat at', 'spitting at', 'spit at', ''],
  ['read', 'reading', 'read', `(?:out )?(?:${YOUR}|${WHOSE}) (?:\\w+ )?(?:messages|texts|diary|journal|emails|mail|letters|phone|post|dms|private)`],
  ['(?:went|gone) through', 'going through', 'go through', `(?:${YOUR}|${WHOSE}) (?:\\w+ )?(?:phone|bag|handbag|purse|wallet|things|stuff|messages|drawers|room|pockets|emails|post|mail)`],
  ['(?:drank|drunk|gambled|blew|snorted|smoked|spunked)', '(?:drinking|gambling|blowing|snorting|smoking)', '(?:drink|gamble|blow|snort|smoke)', `(?:away )?(?:the (?:rent|money|savings|wages|deposit|mortgage|bills?|\\w+ money|\\w+ fund)|${YOUR} (?:\\w+ )?(?:money|savings|wages|pension|inheritance|deposit)|our (?:\\w+ )?(?:money|savings|rent)|it all|everything|${MONEY})(?: away)?`],
  ['drove|driven', 'driving', 'drive', `(?:(?:\\w+ ){1,6}?(?:drunk|high|over the limit|under the influence|after (?:drinking|a few|several|\\w+ pints))\\b|drunk|high|home drunk|after (?:drinking|i'?d|i had|a few|several|\\w+ (?:pints|drinks|beers|glasses|shots))|under the influence|over the limit|while (?:drunk|high|intoxicated)|with (?:\\w+ ){0,3}in the car|${WHOSE} car|ur car|it into|into)`],
  ['drank', 'drinking', 'drink', `(?:at|before|during|on the job|and (?:drove|drive)|in front of|behind ${YOUR}|while (?:looking|watching|minding|caring|babysitting|driving|pregnant))`],
  ['turned up', 'turning up', 'turn up', `(?:drunk|high|late|wasted|hungover|stoned|off my face|to ${WHOSE} \\w+ (?:drunk|high))`],
  ['showed up', 'showing up', 'show up', `(?:drunk|high|late|wasted|hungover|stoned|off my face)`],
  ['came (?:in|home|round|over|back)', 'coming (?:in|home|round|over)', 'come (?:in|home|round)', `(?:drunk|high|hungover|wasted|stoned|at \\d|off my face)`],
  ['got (?:drunk|high|wasted|hammered|plastered)', 'getting (?:drunk|high|wasted|hammered|plastered)', 'get (?:drunk|high|wasted)', `(?:at|and|before|on|in front of|during|while|when)`],
  ['picked a fight', 'picking a fight', 'pick a fight', ''],
  ['started a fight', 'starting a fight', 'start a fight', ''],
  ['lost', 'losing', 'lose', `(?:${WHOSE}|the (?:\\w+ )?(?:account|money|house|deposit|savings|contract|client|business)|my (?:temper|rag|cool) (?:at|with|in front)|it (?:at|with) ${YOU})`],
  ['let', 'letting', 'let', `(?:${YOU}|him|her|them) (?:pay|take|cover|carry|think|believe|handle|deal|go|pick|clean|down in front)`],
  ['manipulated', 'manipulating', 'manipulate', ''],
  ['made fun of', 'making fun of', 'make fun of', ''],
  ['laughed at', 'laughing at', 'laugh at', `(?:${YOU}|him|her|them|${WHOSE})`],
  ['put', 'putting', 'put', `(?:${WHOSE}|${YOU}|the kids|our \\w+) (?:life|lives|safety|\\w+ )?(?:at risk|in danger|in harm's way)`],
  ['cancell?ed on', 'cancell?ing on', 'cancel on', ''],
  ['bailed on', 'bailing on', 'bail on', `(?:${YOU}|${WHOSE}|the|him|her|them)`],
  ['stood', 'standing', 'stand', `(?:${YOU}|him|her|them) up\\b`],
  ['got behind the wheel', 'getting behind the wheel', 'get behind the wheel', `(?:drunk|high|after|when|while|over|with|having|stoned)`],
  ['said', 'saying', 'say', `(?:those|these|the|some|such|horrible|cruel|nasty|awful|vile|hateful|terrible|hurtful|\\w+) (?:\\w+ )?(?:things|words|stuff|lies) (?:about|to|in front|at)`],
  ['spread', 'spreading', 'spread', `(?:rumou?rs|lies|gossip|stories|things|it)`],
  ['told', 'telling', 'tell', `(?:${YOU}|everyone|people|him|her|them|${WHOSE} \\w+|the (?:\\w+ )?(?:police|boss|family)) (?:(?:that )?(?:i was|i had|i'?d|it was|someone|somebody|the \\w+ (?:was|had))|lies|a lie|about ${YOUR}|${YOUR} secret|things)`],
  ['posted', 'posting', 'post', `(?:${THING}|about|that|those|photos|pictures|things)`],
  ['failed to', 'failing to', 'fail to', `(?:pay|show|come|turn up|call|return|repay|keep|tell|protect|visit|support|pick|collect|look after)`],
  ['kept', 'keeping', 'keep', `(?:${THING}|from ${YOU}|secrets|it from|the (?:money|change|car|ring))`],
  ['refused to', 'refusing to', 'refuse to', `(?:pay|give|return|let|help|leave|come|visit|see)`],
  ['blamed', 'blaming', 'blame', `(?:${YOU}|him|her|them|${WHOSE}|mr|mrs|ms|someone|everyone|it on)`],
  ['accused', 'accusing', 'accuse', `(?:${YOU}|him|her|them|${WHOSE})`],
  ['invented', 'inventing', 'invent', `(?:a |an |the |that |stories|excuses)`],
];

const alt = (xs: readonly string[]): string => xs.join('|');

/** Adverbs allowed between "I" and the verb: "I also forged", "i kinda lied". */
const ADV =
  "(?:(?:also|then|just|even|once|actually|deliberately|knowingly|secretly|repeatedly|basically|kinda|kind of|sort of|literally|completely|totally|still|really|often|always|constant|constantly|regularly|twice|sometimes|openly|first|later|eventually|stupidly|selfishly|drunkenly|physically|verbally|nearly|almost|only|went and|had|have|'ve|ve|'d)\\s+){0,2}";

/**
 * What may come just before each form of an act, ending where the verb starts. Checked on a
 * short look-back only once a verb from the table has been found. FRAME_NEEDS (below) names,
 * frame by frame in this order, a piece of text every match contains: keep the two in step
 * (a test checks each piece is in its frame).
 */
export const FRAMES = {
  // "I stole $400 from your purse", "i'd taken it", "I was the one who cracked the table"
  past: [
    // an organisation's act done by its people, in the "I" reading of "our": "Our driver on the 42 refused to
    // lower the ramp", "two of our security guards stopped Jayden", "a member of our team printed the labels"
    `\\b(?:(?:one|two|three|four|five|six|several|some|members|a member) of )?my (?:own )?(?:\\w+ ){0,2}?(?:staff|employees?|drivers?|pharmacists?|keepers?|guards?|officers?|nurses?|doctors?|radiologists?|teachers?|managers?|presenters?|lifeguards?|carers?|engineers?|call handlers?|stewards?|receptionists?|wardens?|coach|coaches|leaders?|reporters?|journalists?|editors?|crew|pilots?|agents?|doormen|bouncers?|security|volunteers)(?: (?:on|at|in|from) [^;!?]{1,40}?)? ${ADV}`,
    `\\b(?:i(?:'d|d| had|'ve|ve| have)?|(?:i was|it was) (?:the one|me) (?:who|that)|i (?:should ?n'?t|should not|should never|never should) have|\\bi (?:(?!(?:you|u|he|she|they|we|it|and)\\b)[\\w']+ ){1,5}?and (?:then )?)\\s*${ADV}`],
  gerund: [
    // "I was lying to you the whole time", "i'd been stealing from the till"
    `\\bi(?: was|'d been| had been| have been|'ve been|ve been| kept| kept on) ${ADV}`,
    // "sorry for shouting at you", "for missing your graduation", "I regret lying to you"
    `\\b(?:for|about|of|over|by|after|from|me|all the|regret|regretted) (?:me |my )?(?:(?:constant|repeated|endless|drunken|drunk) )?${ADV}`,
  ],
  base: [
    // emphatic: "I did shout, I won't deny it"
    `\\bi (?:did|do) `,
    // "I was wrong to read your messages", "I had no choice but to sell your bike"
    `\\b(?:wrong|choice but|i chose|i decided|i used|i tried|i went|i managed|bother(?:ed)?|would ?n'?t (?:of|have) had|i had|i was able|i got)\\s+to `,
    // "did I lie about the loan", "not only did I lie"
    `\\bdid i `,
    // "What I did was take your car without asking" (the starter the coach offers)
    `\\bwhat i did (?:was|is) (?:to )?`,
  ],
} as const;
type Form = keyof typeof FRAMES;
const FORMS: readonly Form[] = ['past', 'gerund', 'base'];
const FRAME_RX: Record<Form, RegExp[]> = {
  past: FRAMES.past.map((f) => new RegExp(`(?:${f})$`)),
  gerund: FRAMES.gerund.map((f) => new RegExp(`(?:${f})$`)),
  base: FRAMES.base.map((f) => new RegExp(`(?:${f})$`)),
};
/**
 * Per frame, a piece of text every match of it contains (null: none worth testing), so a frame
 * is not run on a look-back without it: "my " for an organisation's people ("a member of my team"),
 * which most verbs are not preceded by.
 */
export const FRAME_NEEDS: Record<Form, (string | null)[]> = {
  past: ['my ', null],
  gerund: [null, null],
  base: ['i ', 'to ', 'did i ', 'what i did '],
};

/**
 * Finding acts in two steps keeps the regular expressions small: one scan finds any verb
 * form from the table, then only that act's forms, frame and object are checked, from
 * patterns compiled the first time that act is met. (One pattern per frame with the whole
 * table inside came to megabytes of compiled code and slowed every other pattern down.)
 * The scan is now a walk over the words (actSpans); this pattern, any verb form from the
 * table, is its reference (actSpansReference, for the tests), so it is not entered in the
 * element patterns' prefilter index, which would test its filter for every sentence.
 */
const VERB_RX = new RegExp(`\\b(?:${alt(ACTS.flatMap(([p, g, b]) => [p, g, b]))})(?!\\w)`, 'g');

interface ActMatcher {
  /** The form at a position, as one sticky pattern with a group per form. */
  at: RegExp;
  /** What must follow the verb, sticky at its end; null when nothing is required. */
  object: RegExp | null;
  /** Each form on its own, whole, to tell which frames a spelling may take. */
  forms: RegExp[];
  /**
   * Every spelling of the act's forms (expandForm), and which forms (bit f: FORMS[f]) each
   * is, as `forms` tells: a verb found is looked up here (by its length, then its letters)
   * instead of being cut out and tested against each form's pattern.
   */
  spellings: string[];
  fits: number[];
}
const matchers: (ActMatcher | undefined)[] = [];
function matcher(i: number): ActMatcher {
  let m = matchers[i];
  if (!m) {
    const [p, g, b, o] = ACTS[i]!;
    m = {
      at: new RegExp(`(?:(${p})|(${g})|(${b}))(?!\\w)`, 'y'),
      object: o ? new RegExp(`\\s*${o}`, 'y') : null,
      forms: [p, g, b].map((f) => new RegExp(`^(?:${f})$`)),
      spellings: [],
      fits: [],
    };
    // Filled from the forms' own patterns, so a spelling listed here fits exactly the forms
    // their tests say; one not listed (a form this reader cannot expand) is tested as before.
    for (const form of [p, g, b]) {
      for (const spelling of expandForm(form) ?? []) {
        if (m.spellings.includes(spelling)) continue;
        m.spellings.push(spelling);
        m.fits.push(formsFitting(m, spelling));
      }
    }
    matchers[i] = m;
  }
  return m;
}
/** Which of the act's forms (bit f: FORMS[f]) `text` is, by their patterns. */
function formsFitting(m: ActMatcher, text: string): number {
  let bits = 0;
  for (let f = 0; f < m.forms.length; f++) if (m.forms[f]!.test(text)) bits |= 1 << f;
  return bits;
}

/** Which of the act's forms the verb norm[at, end) is (`formsFitting` of it, read from the act's spellings when listed). */
function formsAt(m: ActMatcher, norm: string, at: number, end: number): number {
  const { spellings, fits } = m;
  for (let k = 0; k < spellings.length; k++) {
    const s = spellings[k]!;
    if (s.length === end - at && norm.startsWith(s, at)) return fits[k]!;
  }
  return formsFitting(m, norm.slice(at, end));
}

/** The letters a verb form can start with ("(?:cracked|keyed)" starts with c or k). */
function firstLetters(form: string): string[] {
  const parts = topLevelAlternatives(form);
  if (parts.length > 1) return parts.flatMap(firstLetters);
  if (form.startsWith('(?:')) {
    let depth = 0;
    for (let k = 0; k < form.length; k++) {
      if (form[k] === '\\') k++;
      else if (form[k] === '(') depth++;
      else if (form[k] === ')' && --depth === 0) return firstLetters(form.slice(3, k));
    }
  }
  return [form[0]!];
}
/** Which acts can start with which letter: most acts are never tried at a given verb. */
const BY_FIRST = new Map<string, number[]>();
ACTS.forEach(([p, g, b], i) => {
  for (const letter of [p, g, b].flatMap(firstLetters)) {
    const list = BY_FIRST.get(letter) ?? [];
    if (!list.includes(i)) list.push(i);
    BY_FIRST.set(letter, list);
  }
});

/** [a-z' -]: the characters a form's spelling is made of. */
function isLiteralCode(c: number): boolean {
  return (c >= 97 && c <= 122) || c === 39 || c === 32 || c === 45;
}

/**
 * Every whole spelling of a verb form ("(?:cracked|keyed)" -> cracked, keyed; "burn[te]d?" ->
 * burntd, burnt, burned, burne), or null when the form uses syntax this reader does not expand
 * (then the fast scan below is not used). Only literals, "(?:a|b)", "[ab]", "x?", "(...)?" and
 * top-level "|" are read; the forms in ACTS use nothing else.
 */
export function expandForm(form: string): string[] | null {
  const LIMIT = 4096;
  // Parses an alternation from k; returns its spellings and where it stopped (at ")" or the end).
  function alternation(k: number): [string[], number] | null {
    const out: string[] = [];
    for (;;) {
      const seq = sequence(k);
      if (!seq) return null;
      out.push(...seq[0]);
      k = seq[1];
      if (form[k] !== '|') return [out, k];
      k++;
    }
  }
  function sequence(k: number): [string[], number] | null {
    let acc = [''];
    while (k < form.length && form[k] !== '|' && form[k] !== ')') {
      let atom: string[];
      const c = form[k]!;
      if (c === '(') {
        if (form.slice(k, k + 3) !== '(?:') return null;
        const inner = alternation(k + 3);
        if (!inner || form[inner[1]] !== ')') return null;
        atom = inner[0];
        k = inner[1] + 1;
      } else if (c === '[') {
        const close = form.indexOf(']', k);
        if (close < 0) return null;
        const set = form.slice(k + 1, close);
        if (!/^[a-z' -]+$/.test(set) || set.includes('-')) return null;
        atom = [...set];
        k = close + 1;
      } else if (isLiteralCode(form.charCodeAt(k))) {
        // A run of letters at once (this runs at load, for every form), less its last letter
        // when a quantifier follows it: that one is taken on its own.
        let j = k + 1;
        while (j < form.length && isLiteralCode(form.charCodeAt(j))) j++;
        if (j < form.length && j - 1 > k && '?*+{'.includes(form[j]!)) j--;
        atom = [form.slice(k, j)];
        k = j;
      } else return null;
      if (form[k] === '?') {
        atom = [...atom, ''];
        k++;
      }
      if (k < form.length && /[*+{]/.test(form[k]!)) return null;
      const next: string[] = [];
      for (const a of acc) for (const b of atom) next.push(a + b);
      if (next.length > LIMIT) return null;
      acc = next;
    }
    return [acc, k];
  }
  const all = alternation(0);
  if (!all || all[1] !== form.length) return null;
  return all[0];
}

/**
 * Hash of norm[from, to), as the scan below computes it: FNV-1a, cut to 30 bits so it stays a
 * small integer (a Map keyed by larger numbers boxes each key it is asked about).
 */
function wordHash(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h >>> 2;
}

/**
 * The verb table by first word: for the hash of each word a form can start with ("took",
 * "got", "ran"), every act with such a form, in table order. The word at a match is the run of
 * \w characters there (a form's first word is letters, followed by a space, a non-word
 * character or nothing), so no other word can start a verb. Null when a form could not be
 * expanded: then the sentence is scanned with VERB_RX as before.
 */
/** Bit (hash & 0xffff) set for each word in BY_WORD: most words are turned away without a Map lookup. */
const WORD_BITS = new Int32Array(1 << 11);
const BY_WORD: Map<number, { acts: Int32Array; tried: Uint8Array }> | null = (() => {
  const lists = new Map<number, number[]>();
  const words = new Map<number, string>();
  for (let i = 0; i < ACTS.length; i++) {
    const [p, g, b] = ACTS[i]!;
    for (const form of [p, g, b]) {
      const spellings = expandForm(form);
      if (!spellings) return null;
      for (const sp of spellings) {
        let w = 0;
        while (w < sp.length && isWordCode(sp.charCodeAt(w))) w++;
        if (w === 0) return null;
        const word = sp.slice(0, w);
        const h = wordHash(word, 0, w);
        if ((words.get(h) ?? word) !== word) return null; // two words, one hash
        words.set(h, word);
        const list = lists.get(h) ?? [];
        if (!list.includes(i)) list.push(i);
        lists.set(h, list);
      }
    }
  }
  const out = new Map<number, { acts: Int32Array; tried: Uint8Array }>();
  for (const [h, list] of lists) {
    WORD_BITS[(h & 0xffff) >>> 5]! |= 1 << (h & 31);
    const acts = Int32Array.from(list.sort((x, y) => x - y));
    // Only the acts BY_FIRST lists for the word's letter are tried (as the reference does).
    const letter = words.get(h)![0]!;
    const tried = Uint8Array.from(acts, (i) => ((BY_FIRST.get(letter) ?? []).includes(i) ? 1 : 0));
    out.set(h, { acts, tried });
  }
  return out;
})();
/** Per form (FORMS order), the lead's frame start, for the verb being tried; -2 not computed yet. */
const frameAt = new Int32Array(FORMS.length);

/** Spans of acts named through the table, before the doubt guard. */
export function actSpans(norm: string): Span[] {
  if (!BY_WORD) return actSpansReference(norm);
  const out: Span[] = [];
  const n = norm.length;
  let k = 0;
  while (k < n) {
    // The next word start at or after k: VERB_RX matches only where \b precedes a letter. A
    // word character here always follows a non-word one: k only moves past a whole word, past
    // a non-word character, or to the end of a verb form, which (?!\w) ends.
    if (!isWordCode(norm.charCodeAt(k))) {
      k++;
      continue;
    }
    const at = k;
    let h = 0x811c9dc5;
    while (k < n) {
      const c = norm.charCodeAt(k);
      if (!isWordCode(c)) break;
      h = Math.imul(h ^ c, 0x01000193);
      k++;
    }
    h >>>= 2;
    if ((WORD_BITS[(h & 0xffff) >>> 5]! & (1 << (h & 31))) === 0) continue;
    const entry = BY_WORD.get(h);
    if (entry === undefined) continue;
    // VERB_RX's match here is the first act's form that matches (its alternatives are the
    // acts' forms in table order), and its global scan resumes after it ("got drunk" hides
    // "drunk"); with none, VERB_RX has no match here.
    const verbLength = tryActs(norm, at, entry.acts, entry.tried, out);
    if (verbLength > 0) k = at + verbLength;
  }
  return out;
}

/**
 * Tries the acts whose forms can start at `at`, in table order, and pushes the span of the
 * first tried one that has its object and frame. Returns the length of the first form that
 * matches at `at` (VERB_RX's match there), or 0 when none does.
 */
function tryActs(norm: string, at: number, acts: Int32Array, tried: Uint8Array, out: Span[]): number {
  let verbLength = 0;
  let windowStart = -1;
  let lead = '';
  frameAt[0] = frameAt[1] = frameAt[2] = -2; // FORMS.length entries, without a call into fill
  for (let a = 0; a < acts.length; a++) {
    const m = matcher(acts[a]!);
    // Sticky tests: a match ends where lastIndex is left, and no match array is made.
    m.at.lastIndex = at;
    if (!m.at.test(norm)) continue;
    const verbEnd = m.at.lastIndex;
    if (verbLength === 0) verbLength = verbEnd - at;
    if (tried[a] === 0) continue;
    let end = verbEnd;
    if (m.object) {
      m.object.lastIndex = verbEnd;
      if (!m.object.test(norm)) continue;
      end = m.object.lastIndex;
    }
    if (windowStart < 0) {
      windowStart = Math.max(0, at - 80);
      while (windowStart > 0 && windowStart < at && isWordCode(norm.charCodeAt(windowStart - 1))) windowStart++;
      lead = norm.slice(windowStart, at);
    }
    // A spelling can be two forms at once ("hit", "read", "put"): try each frame it fits.
    const fits = formsAt(m, norm, at, verbEnd);
    let start = -1;
    for (let f = 0; f < FORMS.length && start < 0; f++) {
      if ((fits & (1 << f)) === 0) continue;
      let fs = frameAt[f]!;
      if (fs === -2) {
        fs = -1;
        const frames = FRAME_RX[FORMS[f]!];
        const pieces = FRAME_NEEDS[FORMS[f]!];
        for (let r = 0; r < frames.length; r++) {
          const piece = pieces[r];
          if (piece != null && !lead.includes(piece)) continue;
          // search() gives the index exec() would, without making a match array.
          const found = lead.search(frames[r]!);
          if (found >= 0) {
            fs = found;
            break;
          }
        }
        frameAt[f] = fs;
      }
      if (fs >= 0) start = windowStart + fs;
    }
    if (start >= 0) {
      out.push({ start, end });
      return verbLength;
    }
  }
  return verbLength;
}

/** actSpans as first written: VERB_RX over the whole sentence, each act of the letter tried at each verb (the tests' reference). */
export function actSpansReference(norm: string): Span[] {
  const out: Span[] = [];
  VERB_RX.lastIndex = 0;
  let hit: RegExpExecArray | null;
  while ((hit = VERB_RX.exec(norm)) !== null) {
    const at = hit.index;
    let windowStart = Math.max(0, at - 80);
    while (windowStart > 0 && windowStart < at && /\w/.test(norm[windowStart - 1]!)) windowStart++;
    const lead = norm.slice(windowStart, at);
    for (const i of BY_FIRST.get(norm[at]!) ?? []) {
      const m = matcher(i);
      m.at.lastIndex = at;
      const form = m.at.exec(norm);
      if (!form) continue;
      const verbEnd = at + form[0].length;
      let end = verbEnd;
      if (m.object) {
        m.object.lastIndex = verbEnd;
        const obj = m.object.exec(norm);
        if (!obj) continue;
        end = verbEnd + obj[0].length;
      }
      // A spelling can be two forms at once ("hit", "read", "put"): try each frame it fits.
      const text = form[0];
      let start = -1;
      for (let f = 0; f < FORMS.length && start < 0; f++) {
        const name = FORMS[f]!;
        if (!m.forms[f]!.test(text)) continue;
        for (const frame of FRAME_RX[name]) {
          const fm = frame.exec(lead);
          if (fm) {
            start = windowStart + fm.index;
            break;
          }
        }
      }
      if (start >= 0) {
        out.push({ start, end });
        break;
      }
    }
  }
  return out;
}

/** Whether the fast scan is in use (every form expanded). */
export const actScanIsFast = BY_WORD !== null;

/** Patterns that do not go through the table of acts. */
const OTHER_PATTERNS = [
  // the gate or door left open that let the harm in: "one of our keepers left the inner gate of the enclosure
  // unlocked", "we left our side gate unlatched" (a light left on is no harm)
  needs('unlocked unlatched open unattended unguarded unsecured', rx(`\\b(?:i|(?:one|two|a member|members) of my (?:\\w+ ){0,2}?\\w+|my (?:\\w+ ){0,2}?(?:staff|keepers?|guards?|team|carers?|teachers?|engineers?|workers?|contractors?)) (?:\\w+ )?left (?:the|my|a|an|their|his|her) (?:[\\w-]+ ){0,5}?(?:gate|door|doors|enclosure|cage|pen|hatch|fence|window|pool|barrier|cabinet|safe|locker|van|car|valve|hob|gas)(?: [^.;!?]{0,40}?)? (?:unlocked|unlatched|open|unattended|unguarded|unsecured)\\b(?! (?:for (?:${YOU}|him|her|them|the)|to (?:air|cool|let))\\b)`)),
  // what a paper, a broadcaster or a brand put out, in the "I" reading of "we": "we published his photograph next to
  // the headline", "The ad was racist, and we published it", "we ran them two days after his death"
  needs('published printed ran broadcast aired sold leaked', rx(`\\bi (?:then |also |still )?(?:(?:published|printed|broadcast|aired|leaked) (?:it|them)\\b|(?:published|printed|ran|broadcast|aired|sold|leaked) (?:them (?=\\w+ (?:days?|hours?|weeks?) (?:after|before))|an? (?:\\w+ )?(?:article|story|ad|advert|advertisement|photo|photograph|picture|video|headline|report|piece)|(?:the|his|her|their|${WHOSE}) (?:\\w+ )?(?:photos?|photographs?|pictures?|name|address|details|data|records?|story|article|ad|advert|location|video|footage|images?)))\\b`)),
  // a duty not done, as an institution names it (the "I" reading of "we did not investigate", "we did not act on
  // either complaint", "we did not send the finding to her GP"): the omission is the concrete act
  needs("not didn't didnt never failed", rx(`\\bi (?:did not|did ?n'?t|never|failed to) (?:investigate|verify (?:it|them|the|that|this|any)|report (?:it|them|this|that|the|him|her)|act on(?! (?:impulse|instinct|a whim|my feelings))|send (?:a|an|the|any)|issue (?:a|an|the|any|this)|notice (?:the|that|this) (?:\\w+ )?(?:mistake|error|fault|problem)|remove (?:him|her|them|anyone|the)|stop (?:him|her|them)|ask (?:the|your|their|his|her) (?:[\\w']+ )?permission|ask for (?:\\w+ )?permission|call (?:the police|an ambulance|999|911|for help)|(?:tell|inform|warn) (?:the|your|their|his|her) (?:family|parents|school|police|patients?|customers?|regulator|members|players|gp|doctor))\\b`)),
  // the wrong thing given or done, as a pharmacy, a clinic or a shop owns it, in the "I" reading of "we"/"our":
  // "we picked the wrong medicine", "a member of our team printed labels from the wrong template", "our pharmacist
  // dispensed warfarin in place of her tablets" ("for the wrong reasons", "the wrong decision", "the wrong spot" name no harm)
  // Every match ends in "(the|a) wrong " and a thing, or in "in place of".
  containing('wrong |in place of', needs('wrong place', rx(`\\b(?:i(?: \\w+ly)?|(?:(?:one|two|a member|members) of )?my (?:\\w+ ){0,2}?(?:team|staff|pharmacist|nurse|doctor|surgeon|radiologist|embryologist|engineer|technician|driver|staff member|employee|clerk|office))(?: (?:at|in|on) [^.;!?]{1,40}?)? (?:\\w+ed|sold|sent|gave|put|set|set up|ran|chose|fitted|built|wrote|took) (?:[^.;!?]{0,90}? )?(?:(?:the|a) wrong (?:\\w+ )?(?:labels?|template|medicine|medication|drug|tablets|pills|dose|dosage|prescription|patient|embryos?|straw|samples?|records?|file|address|name|account|blood|leg|arm|kidney|eye|settings|results|bill|amount|child|baby|body|remains|photos?|photographs?|house|flat|door|car|grave)|in place of)\\b`))),
  // "I went behind your back", "I stayed out all night without a word"
  needs('behind', rx(`\\bi (?:went|was going|kept going|'ve gone|have gone) behind (?:${YOUR}|his|her|their|\\w+'s) back\\b`)),
  needs('stayed out', rx(`\\bi (?:stayed|was) out (?:all night|till \\d|until \\d|till (?:dawn|morning)|until (?:dawn|morning)|for (?:two|three|four|several|\\d+) (?:days|nights))`)),
  // omissions: "I wasn't there when Nan died", "i didnt even call", "I never paid you back"
  needs("didn't didnt did never wasn't wasnt was couldn't couldnt", rx(`\\b(?:i|and(?: then)?|but(?: then)?|then)\\s+(?:just |simply |even )?(?:did ?n'?t|did not|never|was ?n'?t|was not|could ?n'?t be bothered to)\\s+(?:(?:even|once|bother to|bothered to|bother|ever) )?(?:show(?:ed)? up|turn(?:ed)? up|come|came|call(?:ed)?|ring|rang|pay(?:ed)?|paid|visit(?:ed)?|text|write|wrote|keep|kept|tell|told|thank(?:ed)?|return(?:ed)?|make it|go to|went to|there (?:when|for (?:${YOU}|her|him|them) when|at|on|during|for ${WHOSE})|around when|pick (?:${YOU}|them|her|him) up)\\b`)),
  needs('not never', rx(`\\b(?:for|by|about|regret|regretted|of) (?:me )?(?:not|never) (?:telling|paying|showing up|turning up|coming|calling|being there|visiting|returning|keeping|letting ${YOU} know|being honest)\\b`)),
  // "I was late for the wedding", "i was drunk at ur wedding"
  needs('drunk high wasted hammered plastered stoned hungover late absent off', rx(`\\bi was (?:(?:so|really|very|a (?:few|couple of) (?:minutes|hours)|an hour|hours|not only|only|just|also|completely|totally) )*(?:drunk|high|wasted|hammered|plastered|stoned|hungover|late|absent|off my face) (?:at|for|to|during|on|in front of|when (?:${YOU}|i)|with)\\b`)),
  // "the rumours I spread", "the comments I made about your weight", "the £1,200 I owe you"
  needs('spread said made told called took stole wrote posted sent borrowed failed never broke spent hid lost', rx(`\\b(?:rumou?rs?|lies|things|comments?|remarks?|jokes?|names|words|messages|texts|posts?|money|cash|promises?|[$£€]\\s?\\d[\\d,.]{0,15}k?|\\d[\\d,.]{0,15} ?(?:quid|pounds|dollars|grand)|rent) (?:that |which )?i (?:spread|said|made|told|called|took|stole|wrote|posted|sent|borrowed|failed to pay|never paid|broke|spent|hid|lost)\\s+(?:about|to|at|in front of|behind|on|from|${YOU}|for|when)`)),
  needs('owe borrowed took stole spent never', rx(`\\b(?:the )?(?:[$£€]\\s?\\d[\\d,.]{0,15}k?|\\d[\\d,.]{0,15} ?(?:quid|pounds|dollars|grand)) (?:that |which )?i (?:owe|borrowed|took|stole|spent|never paid)\\b`)),
  // "every item I took from the shed", "the phone I threw", "your ring that I pawned"
  needs('took stole nicked borrowed broke pawned sold smashed damaged wrecked crashed hid threw wrote ruined', rx(`\\b(?:items?|things|stuff|the (?!money\\b)\\w+|every \\w+|${YOUR} \\w+|the one|the ones) (?:that |which )?i (?:took|stole|nicked|borrowed|broke|pawned|sold|smashed|damaged|wrecked|crashed|hid|threw|wrote off|ruined)\\b`)),
  // "my drinking at ur wedding", "my missing three months of rent", "me skipping the recital"
  needs('drinking lying cheating stealing gambling missing skipping shouting yelling screaming not', rx(`\\b(?:my|me) (?:(?:constant|repeated|drunken|drunk) )?(?:drinking|lying|cheating|stealing|gambling|missing|skipping|shouting|yelling|screaming|not (?:paying|showing up|turning up|coming)) (?:at|on|in|during|about|to|of|${WHOSE}|the|\\d|three|two|four|five|six|several|all|every)\\b`)),
  // carrying on with the harm: "I kept drinking after I promised", "i went on borrowing from u"
  needs('kept carried went continued', rx(`\\bi (?:kept|kept on|carried on|went on|continued) (?:drinking|using|gambling|lying|stealing|borrowing|taking|cheating|promising|cancell?ing|missing|disappearing|hiding)\\b`)),
  // words named: "what I said to your mother", "I said that about your weight"
  needs('said', rx(`\\b(?:what|the things?|everything|the stuff) i said (?:to|about|in front of) (?:${YOU}|him|her|them|${WHOSE})`)),
  needs('said', rx(`\\bi said (?:that|those things|such things|it|what i said|horrible things|cruel things) (?:about|to|in front of) (?:${YOU}|him|her|them|${WHOSE}|everyone)\\b`)),
  // "arrested for drink driving", "my drunk driving"
  needs('drink drunk', rx(`\\b(?:(?:arrested|done|nicked|charged|caught|stopped|convicted|banned|pulled over) for|my) (?:drink|drunk)[- ]?driving\\b`)),
  // how I treated someone, named: "I was rude to your friend", "for being cruel to you"
  needs('rude cruel nasty mean horrible vile abusive aggressive violent unkind cold dismissive disrespectful hostile vicious', rx(`\\b(?:i was|i'?ve been|i have been|being|i got) (?:(?:so|really|very|kind of|kinda|a bit|quite|pretty|incredibly|completely|totally) ){0,2}(?:rude|cruel|nasty|mean|horrible|vile|abusive|aggressive|violent|unkind|cold|dismissive|disrespectful|hostile|vicious) (?:to|towards|with) (?:${YOU}|him|her|them|${WHOSE})`)),
  // "I cheated on you", "I had an affair"
  needs('affair', rx(`\\bi (?:had|was having) an affair\\b`)),
  needs('slept hooked', rx(`\\bi (?:slept|hooked up) with\\b`)),
  // lies told about them: "I told everyone at work you were unstable"
  needs('told convinced let', rx(`\\bi (?:told|convinced|let) (?:everyone|everybody|people|all|the (?:\\w+ )?(?:family|kids|school|police|court|neighbours|office|team)|our \\w+|${YOUR} \\w+|my \\w+)(?: \\w+){0,3}? (?:that )?(?:${YOU}|she|he|they) (?:were|was|are|is|had|'d) (?:a |an |the )?(?:unstable|crazy|mad|lying|a liar|liar|abusive|violent|drunk|useless|cheating|unfaithful|to blame|the problem|mental|unfit|dangerous|lazy|stealing)\\b|\\bi (?:told|convinced) (?:the (?:kids|children)|our (?:kids|children|son|daughter)|everyone|${YOUR} \\w+) (?:that )?(?:${YOU}|she|he|they) (?:did ?n'?t|do ?n'?t|never|did not|does ?n'?t) (?:loved?|cared? about|wanted|want)\\b`)),
  // "I screamed at you", "(kept you up) screaming at you"
  needs('screaming yelling shouting swearing spitting lunging', rx(`\\b(?:screaming|yelling|shouting|swearing|spitting|lunging) at (?:${YOU}|him|her|them|${WHOSE})\\b`)),
  // a lie named: "I said I was at work when I was actually at the bookies"
  needs('said told claimed pretended made swore', rx(`\\bi (?:said|told (?:${YOU}|\\w+)|claimed|pretended|made out|swore) (?:that )?i (?:was|had|'d|were)\\b[^.!?]{0,60}?\\b(?:when|but|while) (?:really |actually |in fact |in reality )?i (?:was|had|'d)\\b`)),
  // "I said I'd pay you back by Christmas and I didn't" (a broken promise)
  needs('said promised swore told', rx(`\\bi (?:said|promised|swore|told (?:${YOU}|\\w+)) (?:i'?d|id|i would|i was going to|to|i'?ll|ill)\\b[^.;!?]{0,80}?\\b(?:and|but) (?:then )?(?:i )?(?:did ?n'?t|did not|never|was ?n'?t)\\b`)),
  // passive with me as the actor: "You were let down by me at every school play"
  needs('by', rx(`\\b(?:were|was|got|been) (?:(?:\\w+ ){0,2})(?:let down|hurt|betrayed|lied to|abandoned|left alone|robbed|stolen from|cheated on|humiliated|embarrassed|ignored|threatened|hit|pushed|attacked|scared|frightened) by me\\b`)),
  // lists naming the acts: "the lies about work, the missed dinners, the money from your purse"
  needs('missed lies money broken nights', rx(`\\bthe (?:missed (?:dinners|birthdays|calls|visits|games|matches|weekends|pick-?ups|payments|appointments)|lies (?:about|i told)|money (?:i took )?from ${YOUR}|broken promises|nights i (?:didn'?t|never) come home)\\b`)),
  // absent from the occasion: "I wasn't at your wedding", "I didn't show at the hospital", "never turned up to the funeral"
  needs("wasn't wasnt was didn't didnt did never", rx(`\\b(?:i|and|but|then|when i|why i) (?:just )?(?:was ?n'?t|was not|did ?n'?t (?:show|turn up|come)|did not (?:show|turn up|come)|never (?:showed|turned up|came)) (?:up )?(?:at|to) (?:${WHOSE} |the )(?:\\w+ )?(?:wedding|funeral|graduation|birthday|party|bedside|hospital|christening|recital|final|game|match|school|court|hearing|birth|engagement|anniversary|service|wake|cremation|concert|ceremony|nativity|\\w+day)\\b`)),
  // laughing at their pain: "I laughed in your face", "i laughed when u told me about the scan"
  needs('laughed', rx(`\\bi (?:just )?laughed (?:in ${YOUR} face|when ${YOU} (?:told|showed|asked|said|cried))\\b`)),
  // driving in drink, in the words people use for it: "i drove back from the pub hammered", "I drove the kids home after drinking"
  needs('drove driving drive', rx(`\\b(?:i (?:drove|was driving|drive)|for driving)(?: [\\w']+){0,6}? (?:pissed|wasted|smashed|hammered|steaming|langers|legless|tipsy|off my (?:face|head)|blind drunk|after (?:a skinful|a session|drinking|a few|the pub|(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several) (?:pints|drinks|beers|glasses|shots|cans|jars|ciders|whiskies)))\\b`)),
  // the absence named as a gerund: "sorry for not being at the hospital", "my not attending the cremation" ("my absence at
  // the birth" is left out: others' view of it, "you chose to see my absence as...", reads the same)
  needs('not never', rx(`\\b(?:for|about|regret|my|me) (?:not being (?:at|there for)|not attending|not coming to|never coming to|not turning up (?:at|to)|not showing up (?:at|to)) (?:${WHOSE} |the )(?:\\w+ )?(?:wedding|funeral|graduation|birthday|party|bedside|hospital|christening|recital|final|game|match|school|court|hearing|birth|engagement|anniversary|service|wake|cremation|concert|ceremony|nativity|\\w+day)\\b`)),
  // records falsified: "I falsified the stock counts", "falsifying the delivery records", "I submitted false travel claims"
  needs('falsified falsifying falsify faked faking fiddled fiddling doctored doctoring fudged fudging submitted submitting false fraudulent', rx(`\\b(?:i (?:\\w+ )?|for |of |about |regret |by )(?:falsified|falsifying|falsify|faked|faking|fiddled|fiddling|doctored|doctoring|fudged|fudging|cooked|cooking) (?:the |my |${WHOSE} |those |our |some )?(?:\\w+ ){0,2}?(?:records?|books|accounts|figures|numbers|counts?|timesheets?|time sheets?|invoices?|checks|claims?|returns?|reports?|receipts?|logs?|entries|expenses?|signatures?|documents?|paperwork|results|readings|inspections?)\\b|\\b(?:i (?:\\w+ )?|for |of |about |regret )(?:submitted|submitting|made|making|put in|putting in) (?:\\w+ )?(?:false|fraudulent|fake|bogus|inflated) (?:\\w+ )?(?:claims?|invoices?|expenses?|timesheets?|receipts?|returns?)\\b|\\bthe (?:false|fraudulent|fake|bogus) (?:\\w+ )?(?:claims?|invoices?|expenses?|timesheets?|receipts?|returns?) i (?:submitted|made|put in)\\b`)),
  // names called, the names left out or the person named as kin: "I called you those names", "I called my son a liar"
  needs('called calling', rx(`\\b(?:i|for|about|regret) (?:called|calling) (?:${YOU}|him|her|them|${WHOSE}(?: \\w+)?|my (?:son|daughter|wife|husband|partner|mum|mom|mam|dad|brother|sister|boy|girl)) (?:(?:all )?(?:those|such|some|all sorts of|them) (?:\\w+ )?names|a (?:liar|thief|slag|slut|whore|junkie|loser|failure|waste of space|disgrace))\\b`)),
  // drinks counted before the wheel or the school run: "i only had like 3 pints before i drove", "a couple of cans before I picked the kids up"
  needs('pints beers drinks cans glasses shots jars bevvies ciders lagers', rx(`\\b(?:i (?:only |just )?(?:had|drank|downed|necked)|(?:just|only)) (?:like |about |maybe )?(?:a few|a couple(?: of)?|\\d+|one|two|three|four|five|six|several) (?:\\w+ )?(?:pints|beers|drinks|cans|glasses|shots|jars|bevvies|ciders|lagers)\\b[^.!?]{0,25}?\\b(?:before|and then|then|and) (?:i )?(?:drove|driving|drive|got behind the wheel|picked|picking|collected|collecting)\\b`)),
  // the scene or the drunken words named: "the scene I made at the christening", "sorry for the scene at your wedding", "my drunken speech", "the abusive voicemails"
  needs('scene drunken drunk abusive nasty vile threatening', rx(`\\b(?:for|about|regret|of) the (?:\\w+ )?scene (?:i (?:made|caused) )?(?:at|in) (?:${WHOSE}|the) \\w+|\\bthe (?:\\w+ )?scene i (?:made|caused|kicked up)\\b|\\bmy (?:drunken|drunk) (?:speech|voicemails?|texts|messages|phone calls|rant|outburst|toast)\\b|\\b(?:for|about|regret) the (?:drunken|drunk|abusive|nasty|vile|threatening) (?:\\w+ )?(?:voicemails?|messages|texts|phone calls|emails)\\b`)),
  // where I was instead: "you needed me at the hospital and I was at the casino", "I was in the pub instead"
  needs('pub casino bookies bar races pokies', rx(`\\b(?:and|while|but) i was (?:at|in|down) the (?:pub|casino|bookies|bookie's|bar|races|pokies)\\b|\\bi was (?:at|in) the (?:pub|casino|bookies|bar) instead\\b`)),
  // borrowing from what was in my care: "I borrowed from the till", "borrowing from the charity tin", "dipped into the holiday fund"
  needs('borrowed borrowing dipped dipping skimmed skimming skim', rx(`\\b(?:i (?:\\w+ )?|me |for |about )(?:borrowed|borrowing|dipped into|dipping into|skimmed|skimming|skim) (?:\\w+ ){0,3}?(?:from |off |into )?the (?:till|tills|float|petty cash|charity tin|tips? jar|kitty|collection|cash ?box|safe|register|takings|\\w+ fund|\\w+ tin|\\w+ jar)\\b`)),
  // the lie told to their face: "I looked you in the eye and lied", "looked you in the eye and said no"
  needs('looked', rx(`\\bi looked ${YOU} (?:straight |right )?in the eyes? and (?:lied|said no|denied (?:it|everything)|swore)\\b`)),
  // the place chosen over them: "I chose the casino instead", "i picked the pub over ur school play", "I chose to go to the bar instead"
  // ("I chose the bottle over you" is a figure, not the act)
  needs('chose picked', rx(`\\bi (?:chose|picked) (?:to go to )?(?:the |my )?(?:pub|casino|bar|bookies|card table|pokies|races|boozer)(?: \\w+)? (?:instead|over)\\b`)),
  // the one who did it: "I'm the one who broke ur phone", "I am the man who broke your shop window", "I was the one driving"
  needs('one person man woman guy bloke lad girl', rx(`\\b(?:i'?m|im|i am|i was) the (?:one|person|man|woman|guy|bloke|lad|girl) (?:who |that )?(?:has been |had been |was |did )?(?:broke(?! (?:${YOUR}|the|our|his|her|my) (?:trust|heart|promise|word|spirit))|stole|took|hit|drove|driving|started|threw|throwing|sold|spent|crashed|smashed|burnt|burned|reversed|backed|damaged|dented|scratched|keyed|ruined|wrecked|spread|posted|leaked|pushed|punched|kicked|taking|stealing|nicked|nicking|broken into|broke into|wrote off|ran over)\\b`)),
  // the occasion missed, with the possessive as chat writes it: "i missed grans funeral", "forgot ur bday"
  needs('missed skipped forgot', rx(`(?:^|\\bi |\\band )(?:missed|skipped|forgot) (?:(?:ur |your |yer )?(?:nan|nana|nanna|gran|granny|grandad|granda|grandma|grandpa|dad|mum|mam|mom|ma|da|papa|auntie|uncle|bro|sis|brother|sister)s (?:funeral|wedding|birthday|bday|party|do|service|wake|christening|graduation|retirement|anniversary)|(?:ur|your|yer) (?:bday|b-day))\\b`)),
  // a stretch of their life drunk or gambled through: "I drank my way through our marriage", "i drank through ur birthday party"
  needs('drank drunk gambled partied', rx(`\\bi (?:drank|drunk|gambled|partied) (?:my way )?through (?:${WHOSE}|our|the|most of (?:${WHOSE}|our|the)) (?:\\w+ )?(?:marriage|birthday|party|wedding|childhood|pregnancy|engagement|christmas|holiday|relationship|teens|school years|do)\\b`)),
  // the harm in soft words: "I got physical", "I put my hands on you", "I was rough with you" (a softened manner, "a bit
  // short / a tad rude with you", is labelled both ways and left out)
  needs('physical hands rough handsy', rx(`\\b(?:i got (?:a (?:bit|lil|little) )?(?:physical|handsy)(?! (?:therapy|exam|check))|i put my hands on (?:${YOU}|him|her|them)|i was (?:too )?rough with (?:${YOU}|him|her|them))\\b`)),
  // a named matter hidden from them: "I kept the truth about my debts from you", "keeping quiet about the lump sum",
  // "I wasn't honest with you about the loans", "economical with the truth about the overdraft", "I didn't mention the overdraft"
  needs('kept keeping quiet dark honest truthful upfront economical mention', rx(`\\b(?:(?:i )?(?:kept|keeping) (?:the truth about |quiet about |${YOU} in the dark about )|(?:was ?n'?t|was not|never been|was never|less than|economical with the truth) (?:(?:honest|truthful|upfront) )?(?:with ${YOU} )?about |did ?n'?t (?:mention|tell ${YOU} about) )(?:the|my|our) (?:\\w+ )?(?:debts?|overdraft|loans?|inheritance|lump sum|mortgage|affair|credit cards?|gambling|betting|redundancy|arrears|payday loans?)\\b|\\bi kept (?:the|my|our) (?:\\w+ )?(?:debts?|overdraft|loans?|inheritance|lump sum|mortgage|affair|credit cards?|gambling|betting|arrears) (?:quiet|secret|hidden|from ${YOU})\\b`)),
  // too far gone to be there: "I was too drunk to pick you up", "i was passed out on the couch"
  needs('passed blacked too', rx(`\\bi (?:was|'d|had|'d been|had been) (?:passed|blacked) out (?:on|in|at|drunk|cold)\\b|\\bi was too (?:drunk|wasted|pissed|high|hungover|stoned|out of it|off my face|off my head) to\\b`)),
  // caught, sacked or charged for the act: "I was caught stealing from work", "I got sacked for nicking stock" (a drink-driving
  // charge alone is labelled both ways and left out)
  needs('caught sacked fired arrested charged convicted cautioned suspended dismissed', rx(`\\bi(?: was| got|'ve been| have been) (?:caught|sacked|fired|arrested|charged|convicted|cautioned|suspended|dismissed) (?:\\w+ ){0,3}?(?:for )?(?:stealing|shoplifting|nicking|fiddling|fighting|dealing|assault|theft|fraud|embezzlement)\\b`)),
  // a secret or a slander told to others: "I told your parents about the pregnancy", "I told your boss you were unreliable"
  needs('told telling tell', rx(`\\b(?:i (?:told|was telling|went and told)|to tell) (?:${WHOSE} \\w+|the (?:whole )?(?:\\w+ )?(?:office|team|school|family|club|group|street|class|boss|police|neighbours)|(?:everyone|everybody|people)(?: (?:at|in|on|from) (?:the |my |our |${YOUR} )?\\w+(?: chat)?)?) (?:about (?:${YOUR}|the|her|his) (?:\\w+ )?(?:diagnosis|illness|abortion|miscarriage|affair|pregnancy|condition|past|secret|debts?|breakdown|sexuality|drinking|history|termination|cancer)|(?:that )?(?:${YOU}|she|he)(?: were| was| had|'d) (?:\\w+ ){0,2}?(?:unreliable|drinking|lying|stealing|nicking|robbing|a liar|a thief|the one|drunk|useless|cheating|on drugs|using|violent|made a pass|making it up))\\b`)),
];

/**
 * The act put in doubt or in someone else's mouth: "sorry if it looked like I was lying",
 * "if you think I abandoned you", "I may have missed your play", "you feel I wasn't there".
 */
const DOUBT_BEFORE = new RegExp(
  `(?:\\b(?:looked|seemed|sounded|felt) like|\\b(?:you|u|ya|they|people|she|he|anyone|everyone)(?: (?:might|may|probably|still|all|both))? (?:feel|felt|think|thought|believe|believed|say|said|claim|claimed|reckon|see|saw|accuse|accused|seem to think)(?: that| like| me of)?|\\b(?:may|might|could|must) have|\\bnot that|\\bnever said|\\bwhether|\\bat least|\\bas if|\\bpretend(?:ing|ed)? (?:that )?|\\bdeny(?:ing)? (?:that )?)\\s*(?:\\w+\\s*){0,1}$`,
);

function isSpecific(norm: string, start: number): boolean {
  return !DOUBT_BEFORE.test(before(norm, start, 40));
}

const rule: ElementRule = {
  id: 'specific',
  label: 'Name what you did',
  description:
    'Naming the exact thing you did shows them you remember it clearly and are not hiding from it.',
  promptLabel: 'Say exactly what you did',
  starters: ['What I did was ', 'The truth is that I ', 'I remember when I '],
  find(sentence) {
    const { norm } = sentence;
    const acts = actSpans(norm).filter((span) => isSpecific(norm, span.start));
    return mergeSpans(sentence, acts, collectSpans(sentence, OTHER_PATTERNS, isSpecific));
  },
  examples: {
    positive: [
      'One of my keepers left the inner gate of the serval enclosure unlocked after a feed.',
      'On Sunday I left my side gate unlatched, and the dog got out.',
      'I left the pool gate open and your son wandered in.',
      'The ad was racist, and I published it.',
      'I published his photograph next to the headline.',
      'I ran them two days after his death.',
      'I did not investigate, and I did not speak to the player.',
      'Two complaints reached me last year, and I did not act on either.',
      "I did not ask the family's permission before printing the photos.",
      'I picked the wrong medicine and labelled it with her name.',
      'A member of my team printed the labels from the wrong template.',
      'My pharmacist dispensed warfarin in place of her blood pressure tablets.',
      'Two of my security guards took your son\'s phone.',
      'A member of my staff stole £200 from your purse.',
      'My driver on the night service shouted at you in front of everyone.',
      'i was too hungover to get the kids to school',
      'I had passed out on the sofa when you rang.',
      'I was too drunk to stand at your wedding.',
      'I got caught shoplifting in town last month.',
      'I was sacked from the garage for fiddling the till.',
      "I've been charged with theft from the shop.",
      'I kept the truth about my payday loans from you for a year.',
      "I wasn't honest with you about the second mortgage.",
      'i didnt mention the overdraft when we moved in',
      'I kept the inheritance secret from the whole family.',
      'i missed nannas wedding cos i was hungover',
      'forgot ur bday again, sorry',
      'I skipped your dads retirement do.',
      'I drank my way through your childhood.',
      'i gambled through most of our marriage',
      'I drank through your whole engagement party.',
      'I got physical with you in the kitchen.',
      'I put my hands on her and I am ashamed.',
      'i was rough with u that night',
      'i got handsy with her sister at the party',
      'I looked you straight in the eye and lied about the loan.',
      'i looked u in the eyes and said no when u asked',
      'I chose the bookies over your birthday dinner.',
      'i picked the pub instead, every time',
      "I'm the one who scratched your car, not the kids.",
      'I am the woman who reversed into your gate last spring.',
      'I was the one driving that night.',
      'i only had 2 pints before i drove home',
      'I had a couple of glasses of wine and then picked the girls up.',
      'just a few cans before collecting the kids, thats all',
      "I'm sorry for the scene I made at your leaving do.",
      'the big scene i caused in the restaurant',
      'my drunken toast at your sister\'s wedding',
      'Sorry for driving back from the match hammered.',
      'you were giving birth and I was at the bookies',
      "I was in the pub instead of at the school play.",
      'I borrowed from the till most Fridays.',
      'sorry for dipping into the christmas fund',
      'I skimmed a little off the float each week.',
      'I told everyone at the gym about your diagnosis.',
      'i drove us back from the club after five pints',
      "I told the neighbours you'd been stealing from them.",
      "I'm sorry I wasn't at the memorial service.",
      'Sorry for not being at the hospital when your dad had his stroke.',
      "I'm sorry for not coming to your graduation.",
      'my not attending your graduation was selfish',
      'I falsified the mileage logs for a year.',
      'I apologise for fiddling the expenses in the spring.',
      'i submitted fake invoices to the council',
      'I called you those vile names on the phone.',
      'im sorry for calling u all those names',
      'I called my daughter a disgrace at her own party.',
      "I'm sorry I wasn't at your christening.",
      'i never turned up to the funeral',
      "I didn't show at the hospital when they operated.",
      'i laughed in ur face when u were crying',
      'I laughed when you told me you were scared.',
      'I just laughed when you showed me the bruise.',
      'i drove to my mates place steaming',
      'I was driving the van tipsy that afternoon.',
      'I drove the twins to school after a session.',
      "I told your sister about the cancer before you could.",
      'i told ur manager u were stealing from the till',
      'It was wrong of me to tell the whole club about your debts.',
      'I got into a fight with your brother at the christening.',
      'I locked the kids out in the rain.',
      'i sent ur dad some vile texts',
      'I lost my temper and threw your laptop.',
      'I told our son you never loved him.',
      'I cleared out our savings account.',
      'I made you cover for me at work for months.',
      'i went behind ur back and sold the tickets',
      'I stayed out all night and let you worry.',
      'I borrowed fifty quid off and on from your wallet.',
      'I transferred your savings into my own account.',
      'I kept gambling after I swore to you I had quit.',
      'I regret what I said to your sister at the barbecue.',
      'I was arrested for drunk driving on your birthday.',
      'Sorry for being so nasty to your brother.',
      "I know I shouldn't have taken the car that night.",
      'i shouldnt have read ur diary',
      'I took a tenner from the kitty most weeks.',
      'I stole $300 from your wallet.',
      'I missed your graduation.',
      'I lied to you about where I was.',
      'yes i pawned ur guitar',
      "I apologise for shouting at you in front of everyone.",
      'sorry i wasnt there when nan died',
      'I was the one who cracked the glass table.',
      'I never came to a single parents\' evening.',
      'I took your car without asking and drove it into a ditch.',
      'I was wrong to read your messages behind your back.',
      "i said id pay u back by xmas and i didnt",
      'I apologise for the rumours I spread about you in the office.',
      'You were let down by me at every school play.',
      'I turned up drunk to your mum\'s funeral.',
      'i used ur card without asking',
      'I ran up £3,000 on our joint card and hid the statements from you.',
    ],
    negative: [
      'I left the light on.',
      'I left the door open for you.',
      'I left the window open to air the room.',
      'I ran them to the station.',
      'I printed the tickets at home.',
      'I ran a marathon last year.',
      "I didn't act on impulse.",
      'I never stop thinking about it.',
      'I did not mean to upset anyone.',
      'I picked the wrong week for a holiday.',
      'I parked in the wrong spot.',
      'I did it for the wrong reasons.',
      'My staff worked through the night to restore power.',
      'One of my drivers took the day off.',
      'My team took the time to call every customer.',
      'I was too tired to think straight.',
      'I got caught in the rain.',
      'I was caught in traffic for an hour.',
      'I kept the truth about my feelings to myself.',
      'I missed the bus this morning.',
      'I drank through a straw for a week after the dentist.',
      'I got physical therapy for my back.',
      'The road was a bit rough.',
      'Sorry if I was a tad rude, it was only banter.',
      'I chose the blue one instead.',
      "I'm the one who loved you most.",
      "I'm the one who broke your trust.",
      'I chose the bottle over you.',
      'The scene at the wedding was beautiful.',
      'I had two pints and then walked home.',
      'I was at the pub when I heard the news.',
      'I borrowed from the library every week.',
      "I wasn't at work that week.",
      'I fiddled with the radio for ages.',
      'The claims they made about me were false.',
      'I called you on Sunday.',
      'I regret not being at work more.',
      'I laughed at the film.',
      'I drove home sober and tired.',
      'I told your mum about the party on Saturday.',
      'I sent you the photos from the wedding.',
      'I cleaned out the garage on Sunday.',
      'I went to the shop and bought milk.',
      'I hope you and Sam made it home.',
      'I stayed out of it.',
      'I went behind the shed to smoke.',
      'I said to your dad that I would call on Sunday.',
      'I moved to a new flat in March.',
      'I kept going to meetings every week.',
      'You were being rude to me too.',
      'I did some bad things back then.',
      "I'm sorry for what I did.",
      'Sorry if it looked like I was lying to you about the money.',
      "I may have missed your play, but your mom missed plenty too.",
      'At least I never laid a hand on you.',
      "I'm sorry you feel I wasn't there for you.",
      'I let you down.',
      'I apologise for my behaviour at dinner.',
      'I was arrested outside your building.',
      "I'll buy your mother's ring back from the pawn shop.",
      'I took a long walk and thought about everything.',
      'I missed you so much.',
      'Your car got scraped while it was with me.',
      'i miss u',
    ],
  },
};

export default rule;
