import type { ElementRule } from '../types';
import { isWordCode } from '../char-codes';
import { before, collectSpans, containing, indexedFilter, mergeSpans, needs, rx } from './match';

/**
 * Change: the person says what is concretely different now: sober since a date, in
 * treatment, going to meetings, seeing a counsellor, working the steps with a sponsor,
 * a safeguard put in place ("I've handed my bank card to Claire"), or a concrete plan
 * ("from now on I'll text you by Thursday"). An absolute promise ("I'll never drink again",
 * "I'm a new man", "I'm cured") is not this element: it says nothing about how.
 */

/** The vocabulary of recovery and of safeguards. */
const ACTIVITY = [
  'sober(?:ity)?',
  'clean (?:for|since|now|today|and|\\d|\\w+ (?:days?|weeks?|months?|years?))',
  'clean\\b(?=\\s*(?:[,.;!?]|$))',
  'dry (?:for|since)',
  'abstinent',
  'off (?:the )?(?:drink|booze|drugs|gear|bottle|sauce|alcohol|weed|pills|coke|betting|gambling)',
  'alcohol-free',
  'drug-free',
  "\\baa\\b",
  "\\bna\\b",
  "\\bga\\b",
  "\\bca\\b",
  'al-?anon',
  '(?:alcoholics|narcotics|gamblers|cocaine|debtors|overeaters) anonymous',
  'smart recovery',
  'meetings\\b',
  '\\b(?:aa|na|ga|recovery|step|home[- ]group|fellowship|\\d{1,2} ?(?:am|pm)|morning|evening|lunchtime|daily|(?:mon|tues|wednes|thurs|fri|satur|sun)day) meeting',
  'meeting (?:every|each|a day|daily|most days|before work|after work)',
  '(?:to|at) (?:a|my|the) meeting',
  '(?:betting|gambling|casino|bookies?) (?:apps?|sites?|accounts?)',
  "dealer'?s (?:number|contact)",
  '(?:manages?|handles?|looks after|controls?) (?:our|my|the) (?:money|finances|accounts?|bank)',
  'sponsor',
  'counsell?or',
  'counsell?ing',
  'therap(?:y|ist)',
  'psychiatrist',
  'psychologist',
  'rehab',
  'treatment',
  'detox',
  '(?:out|in)-?patient',
  '(?:a |an |the |my )(?:\\d+[- ]\\w+ )?(?:program|programme)',
  'support group',
  'the steps',
  'step (?:\\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)',
  'sober (?:house|living|flat)',
  '(?:dry|recovery|halfway|sober) (?:house|home|flat|hostel)',
  'medication',
  'antabuse',
  'methadone',
  'suboxone',
  'naltrexone',
  'buprenorphine',
  'recovery',
  'clinic',
  'self-?exclu',
  'gamstop',
  'blocked (?:every |all )?(?:the )?(?:betting|gambling|\\w+ )?(?:sites?|apps?)',
  'bank card',
  'car keys',
  'keys to',
  'the account together',
  'anger management',
  '(?:leadership|executive|behaviou?ral|conduct) coach',
  'a (?:new |full-time |part-time )?job',
  'working at',
  'getting help',
  'get help',
  'help (?:for|with) my',
  'my doctor',
  'my temper',
  'my drinking',
  'my gambling',
  'my using',
  'budget',
  'a reminder',
  'check in',
  'breathalyser',
  'breathalyzer',
  'curfew',
  'accountability',
].join('|');

/** A first-person, present or present-perfect clause, or a concrete future one. */
const NOW =
  "(?:\\bi'?ve|\\bive|\\bi have|\\bi'?m|\\bim|\\bi am|\\bi now|\\bnow i|\\btoday i|\\bthese days i|\\bsince then i|\\bi(?:'?ll| will) (?:also |now |keep |continue to |always )?|\\bi(?: also| now| still)? (?:go|attend|see|check|call|ring|meet|talk|speak|sit|work|do|take|stay|keep|use|live|pray|volunteer|hand|give|text|phone)\\b|\\bi (?:started|joined|finished|completed|signed up|checked (?:into|in)|entered|went into|handed|gave|blocked|deleted|moved into|got a|found a|began))";

/** A recovery or safeguard word; the clause before it is then checked for a first-person "now". */
const ACTIVITY_RX = rx(`(?:${ACTIVITY})`);
/** The earliest first-person "now" that reaches the activity word without a clause break. */
const NOW_BEFORE = new RegExp(`(?:${NOW})[^.!?;,]{0,60}$`);

/**
 * Pieces one of which every ACTIVITY match contains, alternative by alternative: sober(ity),
 * clean, "dry ", abstinent, "off " (off the drink), "-free", anon (al-anon, anonymous), recovery,
 * meeting(s), the betting, gambling, casino and bookie apps, dealer, manage / handle / looks after /
 * control, sponsor, counsel(l)or/-ing, therap-, psych-, rehab, treatment, detox, patient,
 * program(me), support group, the steps, "step ", halfway (the houses: also dry, recovery, sober),
 * the medicines, clinic, exclu (self-exclusion), gamstop, blocked, bank card, car keys, keys to,
 * account together, anger management, coach, job, working at, help (get help, getting help,
 * help for / with my), my doctor, my temper, my drinking, my using (my gambling: gambling),
 * budget, reminder, check in, breathaly-, curfew, accountability. The two-letter group names
 * (aa, na, ga, ca) hold no trigram and are tested on their own (ACTIVITY_SHORT). Never run:
 * only its trigram filter is read, which says when none of the pieces can be in a sentence.
 */
export const ACTIVITY_PIECES = /sober|clean|dry |abstinent|off |-free|anon|recovery|meeting|betting|gambling|casino|bookie|dealer|manage|handle|looks after|control|sponsor|counsel|therap|psych|rehab|treatment|detox|patient|program|support group|the steps|step |halfway|medication|antabuse|methadone|suboxone|naltrexone|buprenorphine|clinic|exclu|gamstop|blocked|bank card|car keys|keys to|account together|anger management|coach|job|working at|help|my doctor|my temper|my drinking|my using|budget|reminder|check in|breathaly|curfew|accountability/;
/** The two-letter group names as ACTIVITY writes them (the reference for `hasShortName`). */
export const ACTIVITY_SHORT = /\b(?:aa|na|ga|ca)\b/;

/** ACTIVITY_SHORT.test(norm), by character codes: an "a" after a, n, g or c, the two a word of their own. */
export function hasShortName(norm: string): boolean {
  const n = norm.length;
  for (let k = norm.indexOf('a', 1); k > 0; k = k + 1 < n ? norm.indexOf('a', k + 1) : -1) {
    const c = norm.charCodeAt(k - 1);
    if (c !== 97 && c !== 110 && c !== 103 && c !== 99) continue;
    if (k >= 2 && isWordCode(norm.charCodeAt(k - 2))) continue;
    if (k + 1 < n && isWordCode(norm.charCodeAt(k + 1))) continue;
    return true;
  }
  return false;
}

/** mayMatch(trigramFilter(ACTIVITY_PIECES), norm), read from the element patterns' index. */
const mayHavePieces = indexedFilter(ACTIVITY_PIECES);

/** False when ACTIVITY_RX cannot match anywhere in `norm` (most sentences: it is then not run). */
export function mayHaveActivity(norm: string): boolean {
  return mayHavePieces(norm) || hasShortName(norm);
}

/**
 * "I've been sober since March", "ive been going to aa", "I see a counsellor every week".
 * Searching for the (rare) activity word first and looking back a bounded window keeps this
 * linear: scanning forward from every "I" would cost the window at each pronoun.
 */
export function activitySpans(norm: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (!mayHaveActivity(norm)) return out;
  ACTIVITY_RX.lastIndex = 0;
  let m: RegExpExecArray | null;
  let covered = 0;
  while ((m = ACTIVITY_RX.exec(norm)) !== null) {
    const end = m.index + m[0].length;
    if (end === m.index) {
      ACTIVITY_RX.lastIndex++;
      continue;
    }
    let from = Math.max(covered, m.index - 70);
    // Start the window on a word boundary so a cut word cannot pose as "im" or "i".
    while (from > 0 && from < m.index && isWordCode(norm.charCodeAt(from - 1))) from++;
    const window = norm.slice(from, m.index);
    const now = NOW_BEFORE.exec(window);
    if (now) {
      out.push({ start: from + now.index, end });
      covered = end;
    }
  }
  return out;
}

/** ACTIVITY_RX, for the tests of mayHaveActivity. */
export const ACTIVITY_PATTERN = ACTIVITY_RX;

const PATTERNS = [
  // practical safeguards: "I've cut contact with the people I used with", "I've handed my licence back", "I now hand my wages to my sister"
  needs('cut broken ended', rx(`\\bi(?:'?ve| have| ve)? (?:cut|broken|ended) (?:off )?(?:all )?(?:contact|ties) with\\b`)),
  needs('used drank gambled partied', rx(`\\baway from (?:the|my old|that) (?:\\w+ )?(?:crowd|people|friends|mates|lads|scene) i (?:used|drank|gambled|partied|got high)\\b`)),
  needs('handed given surrendered hand give', rx(`\\bi(?:'?ve| have| ve)? (?:now )?(?:handed|given|surrendered|hand|give) (?:in |over |back )?my (?:licen[cs]e|driving licen[cs]e|car keys|bank cards?|credit cards?|wages|salary|pay|finances) (?:back|in|over|to (?:my|a|the) (?:\\w+ )?(?:sister|brother|mum|mom|dad|wife|husband|partner|sponsor|friend|cousin|aunt|uncle)\\b)`)),
  // "I quit drinking in May", "I don't drink any more", "I no longer have a licence"
  needs('quit stopped given gave cut kicked', rx(`\\bi(?:'?ve| have| ve)? (?:quit|stopped|given up|gave up|cut out|kicked) (?:drinking|the drink|booze|alcohol|drugs|using|gambling|betting|smoking weed|weed|coke|cocaine|pills|the pills|the booze)\\b`)),
  needs("haven't havent have", rx(`\\bi(?: (?:haven'?t|have not|havent)|'ve not| have not) (?:had (?:a|one|a single) (?:drink|drop|bet|flutter|line|pill|smoke)|drunk|used|gambled|bet|touched (?:a drop|alcohol|a drink|drugs|the stuff)|placed a bet|been (?:drinking|using|gambling|to the pub|in a pub|to the bookies))\\b`)),
  needs("no don't do dont", rx(`\\bi (?:no longer|don'?t|do not|dont) (?:drink|gamble|bet|use|drive|touch (?:alcohol|drink|drugs)|keep (?:alcohol|drink|booze))\\b(?=[^.!?]{0,30}\\b(?:any ?more|now|these days|no more)\\b)|\\bi no longer (?:drink|gamble|bet|use|drive|have (?:a|my) (?:licen[cs]e|card|car|access))\\b`)),
  // "From now on I'll text you by Thursday", "Going forward, I will ..."
  needs('from going moving in next', rx(`\\b(?:from now on|going forward|from today|moving forward|from here on|in future|in the future|next time),? (?:i'?ll|i will|ill|i'?m going to|im going to|i am going to|i)\\b`)),
  needs('from going in', rx(`\\b(?:i'?ll|i will|ill|i'?m going to|i am going to) (?:\\w+ ){1,6}?(?:from now on|going forward|from here on|in future)\\b`)),
  // "Weekly meetings and a sponsor have become the backbone of my life"
  needs('part backbone centre center central keeps anchor lifeline routine', rx(`\\b(?:${ACTIVITY})\\b[^.!?;]{0,40}?\\b(?:is|are|has|have) (?:now |become |been )?(?:part of|the backbone|the centre|the center|central|a (?:big |huge )?part|what keeps|the anchor|a lifeline|my routine)`)),
  // "I'm getting it at a clinic in Leeds", "I've told my doctor everything"
  needs('told', rx(`\\bi(?:'?ve| have) told my (?:doctor|gp|sponsor|counsell?or|therapist|probation officer)\\b`)),
  // a sober count told without "I": "9 months clean today", "a bit over a year sober now", "Today I'm 90 days without a drink",
  // "off the booze four months now"; not a past count ("I was six months sober when I slipped")
  // Every match holds its state: "sober", "clean", "dry", "off " (the drink...) or "without a " or "without one " (drink).
  // ("without " alone let through "borrowed the car without asking", and the pattern costs 1-2 us a run.)
  containing('sober|clean|dry|off |without a |without one ', needs('sober clean dry off without', rx(`(?<!\\b(?:was|were|had been|got|when) )\\b(?:\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|forty|fifty|sixty|ninety|a hundred|(?:a )?(?:lil|little|bit) over a|over a|almost a|nearly a)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|and a half))? (?:days?|weeks?|months?|years?|yrs?) (?:sober|clean|dry|off (?:the )?(?:drink|booze|grog|drugs|gear|pills|gambling|betting|bets)|without (?:a|one) (?:drink|bet|drop|pill))\\b(?! (?:when|before|then|until|till)\\b)|\\boff (?:the )?(?:drink|booze|grog|drugs|gear|pills|gambling|betting) (?:for )?(?:\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:days?|weeks?|months?|years?) (?:now|today|so far)\\b`))),
  // recovery told without the subject, as chat drops it: "going to meetings most nights", "doing NA on tuesdays", "been to 5 meetings"
  needs('going goin doing attending been', rx(`(?:^|[,;:/(]\\s*|\\band |\\bnow |\\bbeen )(?:going|goin|doing|attending) (?:to )?(?:the |my )?(?:meetings|aa|na|ga|group|my group)\\b(?=[^.!?]{0,12}\\b(?:now|every|each|most|daily|weekly|twice|nights?|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\\b)|(?:^|[,;:/(]\\s*|\\band )been to (?:\\d+|two|three|four|five|six|seven|eight|nine|ten|every|all my) (?:meetings|sessions)\\b`)),
  // money kept out of my own hands: "I handed my cards over to my wife", "my sister holds my debit card now",
  // "my bank blocks gambling payments", "there's a gambling block on my phone"
  needs('handed gave given hand give passed turned holds has keeps holding looks manages managing controls blocks block blocked blocker', rx(`(?<!\\b(?:you|u|he|she|they|we) )\\b(?:handed|gave|given|hand|give|passed|turned) (?:over )?(?:all )?my (?:bank |debit |credit )?(?:cards?|finances|wages|pay packet|pay|salary|money) (?:over )?to my (?:\\w+ )?(?:sister|brother|mum|mom|mam|dad|wife|husband|partner|sponsor|missus|cousin|aunt|auntie|uncle|son|daughter|friend)\\b|\\bmy (?:\\w+ )?(?:sister|brother|mum|mom|mam|dad|wife|husband|partner|sponsor|missus|cousin|aunt|auntie|uncle|son|daughter|friend) (?:now )?(?:holds|has|keeps|is holding|will be holding|'ll be holding|looks after|manages|is managing|controls|is looking after) (?:all )?my (?:bank |debit |credit )?(?:cards?|finances|wages|money|pay|salary|accounts?)\\b|\\b(?:gambling|betting) (?:block|blocker)s? on my\\b|\\bblocks? (?:all )?(?:gambling|betting) (?:payments|transactions|sites|apps)\\b|\\bblocked (?:all |every )?(?:the )?(?:betting|gambling) (?:sites|apps)\\b`)),
  // off the road (the match starts after the negation, which the clause checks would read as a denial):
  // "I haven't driven since", "I don't keep a car any more", "my brother has the car now"
  needs("driven car", rx(`(?<=\\bi (?:haven'?t|havent|'ve not) )driven since\\b|(?<=\\bi (?:don'?t|dont) (?:keep|have|own) )a car any ?more\\b|\\bi no longer (?:keep|have|own) a car\\b|\\bmy (?:\\w+ )?(?:sister|brother|mum|mom|mam|dad|wife|husband|partner|sponsor|missus|cousin|aunt|auntie|uncle|son|daughter|friend) (?:has|keeps|holds) (?:the|my) (?:car|car keys) now\\b`)),
  // a group or course for what I did: "I've joined a men's group for anger", "I've done the 12-week anger course", "doing a parenting course now"
  needs("men's mens anger parenting abuse violence perpetrator", rx(`(?:\\b(?:i(?:'?ve| have|'m| am|m)?|im|ive) (?:now |also |still |just )?|(?:^|[,;:/(]\\s*|\\band ))(?:joined|started|done|finished|completed|doing|attending|go to|going to|in|on|signed up (?:for|to)|booked onto|enrolled (?:in|on)) (?:a |an |the |my )?(?:\\w+[- ]week )?(?:men'?s group|mens group|anger (?:course|group|program(?:me)?|class(?:es)?)|parenting (?:course|class(?:es)?|program(?:me)?)|(?:domestic )?(?:abuse|violence|perpetrator) (?:course|program(?:me)?|group))\\b`)),
  // a plan for a slip instead of a vow: "I can't promise I won't slip, but I can promise I'll call you if I do", "my plan when the urge hits is to ring my sponsor"
  needs('promise plan', rx(`\\bi can promise (?:${'(?:you|u)'} )?(?:that )?i'?ll (?:[\\w']+ ){1,8}?if i (?:do|slip|relapse|drink|use|have a drink|'ve had a drink|ve had a drink)\\b|\\bmy plan (?:when|if) (?:[\\w']+ ){1,5}?is to (?:ring|call|text|phone|go|get)\\b`)),
  // safeguards told without the subject: "got a sponsor now", "seeing a counsellor every week", "deleted all the betting apps"
  needs('sponsor seeing deleted', rx(`(?:^|[,;:/(]\\s*|\\band |\\bnow )(?:got a sponsor(?= now| and|\\s*[,.;!]|$)|seeing (?:a|my) (?:counsell?or|therapist|psychiatrist|psychologist|gp|doctor|drugs worker|key ?worker)(?= now| every| each| weekly| twice| on|\\s*[,.;!]|$)|deleted (?:all )?(?:the |my )?(?:betting |gambling |casino )?apps)`)),
  // a concrete arrangement from now on, with or without an "I" first: "from now on my pay goes straight into the joint account",
  // "From now on, every payday, I put half into savings", "from now on if im gonna be late ill text u"
  needs('from', rx(`\\bfrom (?:now on|today|here on|this (?:week|month) on)(?:,? (?:every|each) [\\w ]{1,15}?,)?,? (?:my (?:\\w+ ){0,2}?(?:goes|go|will go|gets|is going|are going|will be going)|if (?:i'?m|im|i am) (?:gonna|going to) be late|i (?:put|pay|give|hand|send|go|text|ring|call))\\b`)),
  // A group changing how it works (its "we" read as "I": we-voice.ts), or a rule now in force:
  // "we have appointed an independent safeguarding officer", "we have changed how we work",
  // "from 1 July, every complaint will be reviewed by an independent panel", "no coach may now
  // contact a swimmer privately", "our church no longer practises shunning". A review promised
  // ("we will review our procedures") says nothing of what is different.
  needs('appointed hired recruited introduced installed set created launched established brought put added moved tightened strengthened rewritten rewrote changed updated overhauled replaced doubled trained retrained appoint hire recruit introduce install create launch establish bring tighten strengthen rewrite change update overhaul replace double train retrain',
    rx(`\\bi(?:'?ve| have|'?ll have| will have|'?ll| will)? (?:now |also |since |already |then |each )*(?:appointed|hired|recruited|introduced|installed|set up|created|launched|established|brought in|put in place|added|moved|tightened|strengthened|rewritten|rewrote|changed|updated|overhauled|replaced|doubled|trained|retrained|appoint|hire|recruit|introduce|install|set up|create|launch|establish|bring in|put in place|add|tighten|strengthen|rewrite|change|update|overhaul|replace|double|train|retrain) (?:[\\w'-]+ ){0,6}?(?:polic(?:y|ies)|procedures?|process(?:es)?|rules|training|officers?|staff|systems?|checks?|monitors?|panel|safeguards?|safeguarding|code of conduct|guidelines|protocols?|audits?|auditors?|investigators?|inspections?|inspectors?|approval|sign-off|oversight|how (?:i|my|(?:[\\w-]+ ){1,3}?(?:are|is|get)) \\w+)\\b`)),
  needs('from starting effect as',
    rx(`\\b(?:from|starting|as of|with effect from) (?:now on|today|tomorrow|this (?:fall|autumn|spring|summer|winter|term|year|month|week|season)|next (?:week|month|year|term|season|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|the next (?:[\\w-]+ ){0,2}?(?:match|game|fixture|show|term|season|sailing|event|quarter|year)|(?:the )?\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\b|(?:january|february|march|april|june|july|august|september|october|november|december) (?:\\d{1,2}(?:st|nd|rd|th)?|\\d{4})),? (?:[\\w'-]+ ){1,12}?(?:will|must|shall|may|can|is|are|runs?|goes?|needs?) (?:now |only |always |also |never |not )?(?:be |have to |need to )?[\\w-]+`)),
  needs('no longer may now needs need been',
    rx(`\\bno (?:[\\w-]+ ){1,2}?(?:may|can|will|is allowed to) now\\b|\\b(?:is|are) now (?:required|held|vetted|trained|logged|checked|reviewed|inspected|published|recorded|audited|monitored|tested|in place|written into|part of)\\b|\\bnow needs? (?:written |signed )?(?:approval|sign-off|consent)\\b|\\bno longer (?:practises|practices|practise|practice|allows?|permits?|tolerates?|works? with|uses?|employs?) \\w+|\\b(?:has|have) (?:now |since |also )?been (?:appointed|introduced|put in place|set up|installed|hired|doubled|tightened|rewritten|overhauled)\\b|\\bi now (?:audit|check|inspect|test|vet|monitor|publish|require|record|log)\\b`)),
  // A rule now in force, said with a status word: "MFA is now mandatory on every staff account",
  // "Initiations of any kind are now banned", "a reporting line, which is now live".
  needs('mandatory enforced banned prohibited compulsory live force post treated handled escalated referred double-checked assessed investigated',
    rx(`(?<!\\b(?:he|she|they|i|you|u|we|it) )\\b(?:is|are) now (?:mandatory|enforced|banned|prohibited|compulsory|live|in force|in post|treated as|handled by|escalated|referred|double-checked|assessed by|investigated by)\\b`)),
  // Training for those who did it, as a commitment with a named topic: "every coach will complete
  // the IRFU safeguarding course", "all staff will complete anti-racism training", "I've signed up
  // for the Respect in Sport course". A course of study or antibiotics is not this.
  needs('training retrained course workshop programme program',
    rx(`\\b(?:(?:will|'ll|shall|must) (?:all |each |also |now |first )?(?:complete|undertake|attend|undergo|do|take)|(?:i'?m|im|i am|are|is) (?:now |also |currently )?(?:doing|completing|undertaking|attending|undergoing)|(?:i'?ve|ive|i have|have|has) (?:now |also |already |since )?(?:completed|signed up for|enrolled (?:in|on)|booked (?:onto|on)|started|begun))`
      + ` (?:(?!my\\b)[\\w'-]+ ){0,6}?(?:safeguarding|equality|diversity|inclusion|inclusive|anti-[\\w-]+|awareness|sensitivity|bias|harassment|discrimination|conduct|ethics|compliance|respect in sport|de-?escalation|hygiene|food safety|trauma-informed|consent|bystander)(?: [\\w'-]+){0,4}? (?:training|course|workshop|programme|program)\\b|\\b(?:has|have) (?:all )?been retrained\\b|\\b(?:is|are) being retrained\\b`)),
  // What now happens to every case, told of the case, not of a person: "any report of mould will now
  // get a visit within 10 working days", "every application ... will now be reviewed again".
  needs('now policy policies guidelines rules code constitution procedure procedures logs protocol protocols contract contracts',
    rx(`\\b(?:every|each|any|all) (?:[\\w'-]+ ){0,8}?(?:will now|now) (?:be (?:[\\w-]+ed|seen|done|sent)|go(?:es)?|gets?|requires?|needs?|handles?|uses?)\\b|\\b(?:polic(?:y|ies)|guidelines|rules|code of conduct|constitution|procedures?|logs|protocols?|contracts?) (?:[\\w'-]+ ){0,2}?now (?:requires?|bans?|prohibits?|forbids?)\\b(?! (?:me|you|u|us|him|her|them)\\b)`)),
  // A rule written down where it binds: "we have also written into our people policy that any future
  // layoff must be delivered in person", "I have put that in our policies and the board has approved it".
  needs('written wrote put built',
    rx(`\\b(?:written|wrote|put|built) (?:that |this |it )?(?:in|into) (?:my|our|the) (?:[\\w-]+ )?(?:polic(?:y|ies)|contracts?|code of conduct|handbook|rules|constitution|guidelines|terms)\\b`)),
  // Stepping down or back from the role the harm came from: "I have stepped back from the pass at both
  // restaurants", "I'm stepping back from the bench", "the Board members ... have stepped down"
  // ("I've stepped down as secretary" is labelled a step aside, not a change of how things run).
  needs('stepped stepping step',
    rx(`(?<!\\b(?:you|u|he|she|they)(?: |'))\\b(?:have|has|ve|i'?m|im|i am|am|are|is|will|ll) (?:now |also |since |already )?(?:stepped|stepping|step) (?:down|back|aside) from (?:the|my|all|both|every)\\b|\\b(?:members|trustees|directors|officers|governors|managers|executives|coaches) (?:[\\w'-]+ ){0,10}?have (?:now |since )?stepped down\\b`)),
];

/** Absolute or empty promises, a report about someone else, a past that ended. */
const CLAUSE_VETO =
  /\b(?:perfect|never (?:drink|touch|gamble|relapse|use|do it|let)|for good|forever|for ever|cured|fixed everything|new (?:man|person|woman)|different (?:man|person|woman)|changed (?:man|person|woman)|100%|completely changed|hardest|so hard|brutal|struggling|struggle to|tried to|supposed to|used to (?:go|attend|see)|should|ought|stopped going|quit going|skipped|missed (?:my|the|a) (?:meeting|session|appointment)|dropped out|relapsed and)\b/;

/** Someone else's words ("my therapist says"), doubt, or a negation right before. */
const BEFORE_VETO =
  /\b(?:says?|said|thinks?|told me|wants me|if|unless|whether|not|never|n'?t|wish)\s+(?:\w+\s+){0,1}$/;

function isChange(norm: string, start: number, end: number): boolean {
  const text = norm.slice(start, end);
  // The clause after the match is part of the promise: "from now on I'll be perfect".
  const clauseEnd = norm.slice(end, end + 60).search(/[.!?;,]| and | but /);
  const clause = text + norm.slice(end, clauseEnd < 0 ? end + 60 : end + clauseEnd);
  if (CLAUSE_VETO.test(clause)) return false;
  if (BEFORE_VETO.test(before(norm, start, 24))) return false;
  // "I'm ashamed that I let you pay for my rehab": the recovery word is not what I do now.
  if (/\b(?:that i|when i|because|ashamed|sorry|regret|lied|pay for|paid for|paying for|let (?:you|u)|instead of|rather than)\b/.test(text)) return false;
  // "I'm not going to meetings", "I haven't been to a meeting" say the opposite.
  if (/^[^,]{0,30}\b(?:not|n'?t|never|no longer go)\b/.test(text) && !/no longer/.test(text.slice(0, 12))) return false;
  return true;
}

const rule: ElementRule = {
  id: 'change',
  label: "Say what's different now",
  description:
    'Telling them what you are actually doing differently, day by day, means more than any promise.',
  promptLabel: "Say what's different now",
  starters: ["These days I'm ", 'I have been sober since ', 'From now on I will '],
  find(sentence) {
    const { norm } = sentence;
    const spans = activitySpans(norm).filter((span) => isChange(norm, span.start, span.end));
    return mergeSpans(sentence, spans, collectSpans(sentence, PATTERNS, isChange));
  },
  examples: {
    positive: [
      'From now on my wages go straight to the household account.',
      'from now on, every friday, i hand my card to my sister',
      "From now on if I'm going to be late I'll ring you first.",
      "I've joined a men's group that meets on Wednesdays.",
      'im doing a parenting course at the family centre',
      "I've finished the 10-week anger course the court offered.",
      "I can't swear I'll never lapse, but I can promise I'll ring my sponsor if I slip.",
      'My plan if the urge comes back is to call my brother and go to a meeting.',
      'I can promise you I\'ll tell you straight away if I drink.',
      'got a sponsor now and he rings me most days',
      'seeing a therapist every week since january',
      'deleted all the betting apps off my phone',
      'Eleven months sober today.',
      '2 years clean this week and still going',
      'off the gear five months now',
      'back at work, going to meetings every evening',
      'been to six meetings since the weekend',
      'doing AA on mondays and fridays',
      "I've given my bank card to my brother to look after.",
      'my wife manages my wages now',
      'ive got a gambling block on my phone',
      "I haven't driven since the night of the crash.",
      'i dont have a car anymore, i walk everywhere',
      'My dad keeps the car keys now.',
      "I've cut all ties with the lads I drank with.",
      'I have surrendered my licence voluntarily... I have handed my car keys over.',
      'I give my wages to my brother to look after now.',
      "I've been sober since March.",
      "I'm in treatment.",
      "I'm working the steps with a sponsor.",
      'From now on I will text you by Thursday if I can\'t make the pick-up.',
      'ive been going to aa since january',
      'I see a counsellor every week, and we are working on my temper.',
      "I've handed my bank card over to Claire.",
      'Today I\'m sober, and I go to a meeting every Tuesday.',
      "I've been clean for fourteen months.",
      'i quit drinking in may and i do meetings most days',
      "I've joined a support group and blocked every betting site on my phone.",
      "I'm on medication for my depression now.",
      // a group's "we" reaches the rules read as "I" (we-voice.ts)
      'I have appointed an independent safeguarding officer.',
      'I have also changed how I work.',
      'From 1 July, every complaint will be reviewed by an independent panel within ten working days.',
      'From the next home match, stewards in every stand will be trained to report abuse.',
      'No coach may now contact a swimmer privately.',
      'Our church no longer practises shunning.',
      'A new finance director has been appointed.',
      'Overtime now needs written approval from the head of production.',
      'At least once a year I now audit every supplier myself.',
      'By 2030 I will have installed live monitors on every overflow.',
      'Two-step sign-in is now mandatory for every member of staff.',
      'Hazing of any kind is now banned at the club.',
      'Every coach will complete the safeguarding course before the season starts.',
      "I've signed up for the club's anti-discrimination workshop.",
      'Every member of staff has been retrained on the allergen rules.',
      'Any complaint about a driver will now go straight to the operations director.',
      'Every refund request will now be reviewed by a named person.',
      'Our booking rules now require two staff at every session.',
      'Every crash report is now treated as urgent by the duty manager.',
      'We have written into our staff handbook that no one is dismissed by email.',
      "I've stepped back from the kitchen at both sites.",
      'The trustees who ignored the letters have stepped down.',
      "I've started working with a leadership coach.",
    ],
    negative: [
      'From now on my life will be perfect.',
      'The anger course was cancelled.',
      'I can promise you it was an accident.',
      'seeing a doctor about my knee was a waste of time',
      'I was six months sober when I slipped at Christmas.',
      'I got to three weeks clean before the funeral.',
      'Going to meetings is something my sister does.',
      'You gave my bank card to your brother without asking.',
      'My brother has my old bike.',
      "I don't have a car, so I couldn't get there.",
      'I handed my cards in at the end of the game.',
      'The storm cut our contact with the island.',
      "I'm going to be the perfect dad from now on.",
      "I'll never drink again.",
      "I'm a totally new man now.",
      "I'm cured now, rehab fixed everything.",
      'My therapist says I\'m too hard on myself.',
      'Getting sober has been brutal for me.',
      'I was drinking every night back then.',
      'The meeting has been moved to 10 a.m. on Friday.',
      "I've changed.",
      'We will review our procedures.',
      'We are reviewing what happened and will learn lessons.',
      'From Monday, you can book online.',
      'I have changed my number.',
      'The schedule has been updated.',
      "I'm not going to meetings any more.",
      'He is now banned from the pub.',
      'I have completed the course of antibiotics.',
      "I'm doing a training course in accounting.",
      "I've started training for a marathon.",
      'All the kids will now be older.',
      'Every time I see you now I feel sick.',
      'The rules now require me to tell you.',
      'He is now treated as a suspect.',
      'You stepped back from the family after the funeral.',
      'I have stepped back into my old habits.',
      "He's a leadership coach at the firm.",
    ],
  },
};

export default rule;
