/**
 * Regex source fragments shared by the flag rules. Every fragment is a non-capturing group
 * of fixed alternatives (no nested quantifiers), tolerant of chat spellings, and written for
 * `sentence.norm` (lower case, straight apostrophes).
 */

const raw = String.raw;

/** you / u / ya */
export const YOU = raw`(?:you|u|ya|yu)`;
/** your / ur / yr */
export const YOUR = raw`(?:your|ur|yr)`;
/** you're, including the common "your" / "ur" spellings */
export const YOURE = raw`(?:you're|youre|you are|u are|u r|ur|your|you)`;
/** third persons a blame or comparison can point at */
export const THEY = raw`(?:you|u|he|she|they|your (?:mum|mom|mother|dad|father|sister|brother|wife|husband|partner|family|friends?|boss))`;

export const IM = raw`(?:i'm|im|i am)`;
export const IVE = raw`(?:i've|ive|i have)`;
export const ILL = raw`(?:i'll|ill|i will|i'm going to|im going to|i am going to|i'm gonna|im gonna)`;
export const ID = raw`(?:i'd|id|i would|i had)`;
/** was / were / got / is / has been ... (the auxiliaries of a passive) */
export const BE_PAST = raw`(?:was|were|got|gets|get|has been|have been|had been|'s been|is|are|be|been|being)`;

export const DONT = raw`(?:don't|dont|do not)`;
export const DIDNT = raw`(?:didn't|didnt|did not)`;
export const WASNT = raw`(?:wasn't|wasnt|was not)`;
export const WONT = raw`(?:won't|wont|will not)`;
export const CANT = raw`(?:can't|cant|cannot|can not)`;
export const HADNT = raw`(?:hadn't|hadnt|had not)`;
export const WOULDNT = raw`(?:wouldn't|wouldnt|would not)`;
export const ISNT = raw`(?:isn't|isnt|is not|'s not|wasn't|wasnt|was not)`;
/** because and its chat forms */
export const BECAUSE = raw`(?:because|cause|'cause|cuz|coz|cos|bc|b/c)`;

/** Words that make an apology: "sorry", "apologise/ize", "apologies", "i regret". */
export const APOLOGY = raw`(?:sorry|soz|sry|apologi[sz]e[sd]?|apologi[sz]ing|apologies|apology|(?:i|we) (?:deeply |truly |sincerely |really |do |so )?regret)`;

/** The people an organisation serves, as its statements name them ("some customers felt", "the vast majority of our passengers"). */
export const SERVED = raw`(?:customers|users|members|passengers|guests|fans|visitors|clients|residents|patients|parents|families|viewers|listeners|readers|supporters|players|pupils|students|staff|riders|drivers|people|travellers|shoppers|diners|tenants|subscribers)`;

/** Intensifiers that may sit between a verb and its complement. */
export const INTENS = raw`(?:(?:so|very|really|truly|deeply|sincerely|terribly|awfully|just|still|a bit|a little|kind of|kinda|that|too|quite|pretty|all|even) )`;

/** Emotional states of the other person (for "sorry you were upset"). */
export const FEELING = raw`(?:hurt|upset|offended|angry|mad|cross|furious|annoyed|irritated|bothered|disappointed|let down|sad|embarrassed|humiliated|uncomfortable|triggered|worked up|wound up|bent out of shape|put out|insulted|scared|frightened|afraid|threatened|unhappy|distressed|so hurt|worried|stressed|wounded)`;

/**
 * A cover story the writer once told: what they said back then to hide what they did ("I told
 * you I was working late", "I told the insurance it was stolen", "I let Mum think it was a
 * break-in"). Words inside one are the lie being confessed, not an excuse, a charge or a hiding
 * made now. Four readers share this vocabulary, each with its own reach: define.ts (right before
 * any flag's words), passive.ts (before a passive with no agent), minimizing.ts (a small claim
 * made to others) and but.ts (a "but" that corrects the story).
 */
/** Whom the story was told, other than the reader: people, family, an institution. */
export const TOLD_OTHERS = raw`(?:him|her|them|everyone|everybody|people|mum|mom|dad|nan|the (?:police|officers?|cops|court|judge|magistrates?|insurance|insurers|doctors?|nurses?|boss|manager|school|teachers?|social worker|bank|family|landlord|squad|team|kids|others|agency|council))`;
/** Whom the story was told, the reader too. */
export const TOLD_WHOM = raw`(?:you|u|${TOLD_OTHERS})`;
/** "I told", "I'd told", "I lied to", "I was telling you", "I kept telling them". */
export const I_TOLD = raw`i (?:told|had told|'d told|d told|lied to|was telling|kept telling|used to tell|would tell)`;
/** "let you think", "made them believe", "had everyone believe". */
export const LET_BELIEVE = raw`(?:let|made|had) ${TOLD_WHOM} (?:think|believe)`;
/** "I pretended", "I made out", "I claimed": a story put about without saying to whom. */
export const I_PRETENDED = raw`i (?:pretended|made out|claimed)`;

/** The other person's occasion, said to weigh a small-sounding harm up: "it was one day, but it was your day". */
export const YOUR_OCCASION = raw`(?:your|ur) (?:big |special |only |first |last |one )?(?:day|night|birthday|wedding|graduation|moment|party|match|game|recital|concert|show|performance|celebration|christening|funeral|evening|weekend|prom|formal)\b(?! (?:too|as well|idea|fault))`;

/** "I could say", "I'd like to tell you", "I wish I could claim": a saying the writer may go on to set aside. */
export const COULD_SAY_THAT = raw`i(?:'d| would|d)? (?:could|might|like to|love to|wish i could|want to|wanted to) (?:say|tell (?:you|u)|claim|argue|plead|pretend)`;
