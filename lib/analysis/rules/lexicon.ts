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
