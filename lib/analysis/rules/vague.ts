/**
 * vague: says sorry without naming anything ("sorry for everything", "sorry for whatever I
 * did", "sorry for any hurt I may have caused").
 * Traps: "I'm sorry for everything I put you through when I took your savings" and "I'm
 * sorry for all of it: the lies about work, the missed dinners..." (the act is named right
 * after); a bare "I'm sorry." after the act has been named.
 */
import { filteredExec, filteredTest } from '../trigram-filter';
import type { RuleMatch, Sentence } from '../types';
import { defineRule, primed, rx } from './define';
import { APOLOGY } from './lexicon';

const raw = String.raw;

/**
 * The object ends the clause (after at most a word of address or "too"), so nothing that
 * follows names the act: "sorry for how I was, mate." but not "sorry for how I was talking to her".
 */
const END = raw`(?=(?:,? (?:bro|mate|man|hun|babe|love|mum|mom|dad|x+|fr|tbh|too|again|lately|recently|back then|then|between us|with (?:you|u)|towards? (?:you|u)|to (?:you|u)))* *(?:[.!,;?]|$|\b(?:and|but|i|im|i'm)\b))`;

const VAGUE_OBJECT = raw`(?:everything|anything|whatever(?: (?:i|it was|happened|i did|i said|i may have done|i've done|ive done))?|it all|all (?:of )?(?:that|this|it)|all that|the past|my past|(?:what|all that) (?:happened|went on|went down)|(?:all )?(?:the|that|this) (?:stuff|whole thing|situation|matter|business|incident|mess|drama|whole business|whole situation|whole mess)|(?:how|the way) things (?:went|turned out|ended|happened|went down)|(?:all )?the things i (?:did|said|have done|'ve done|ve done)|(?:all )?(?:the|my) (?:hurt|pain|harm|damage|heartache|suffering|grief)(?= *(?:[.!,;]|$))|any (?:small |minor |slight |little )?(?:hurt|pain|harm|distress|trouble|upset|offen[cs]e|inconvenience|problems?|issues?|damage|wrong|wrongs|wrongdoing|mistakes|grief|hard feelings|misunderstanding|stress|suffering|confusion)|(?:all )?(?:my|the) (?:past )?(?:behaviou?r|actions|conduct|mistakes|wrongs|wrongdoings|failings|shortcomings)|(?:how|the way) i (?:behaved|acted|conducted myself|carried on)(?= (?:at|during) (?:the|your|ur|our|my|his|her|their|that) )|(?:being|who i am|being me|existing|being who i am)|my (?:part|role|share) in (?:all )?(?:of )?(?:it|this|that|everything|what happened|the mess|things)|all (?:the|my) (?:hurt|pain|trouble|stuff|things|mistakes|wrongs)|(?:the way|how) (?:i've|ive|i have) (?:been|acted|behaved|carried on)(?= *(?:lately|recently|this (?:year|past year|month)|for (?:years|months|a while|so long)|all this time|towards? (?:you|u))? *(?:[.!,;]|$|and\b))|(?:the|that|this|our|my) (?:little |small |slight |tiny |minor )(?:misunderstanding|mix-?up|miscommunication|misstep|slip-?up|blip|hiccup|incident|episode)|(?:the|that|this|a|my) (?:little |small |wee )?bit of (?:drama|bother|trouble|a scene|fuss|nonsense|silliness|carry-on)|(?:(?:how|the way) (?:i|i've|ive|i have) (?:was|am|been|acted|behaved)|(?:how|the way) things (?:were|have been|'ve been|got)|(?:all )?(?:the|my) other (?:stuff|things|nonsense|crap|rubbish|drama)|all (?:the|my) (?:nonsense|crap|rubbish|drama|bs)|(?:the|those) (?:last|past) (?:few |couple of |two |three |four |five |ten |several |many )?(?:years|months)|(?:that|the) whole time|everything else|the rest(?: of it)?|any and all (?:hurt|pain|harm|damage|wrongs?|offen[cs]e|trouble)|what i(?:'ve| have|ve)? become|(?:how|the way) (?:everything|it all) (?:went|turned out|ended|happened))${END})`;

/** A stretch of time named after the object, which points at no act. */
const PERIOD_AFTER = primed(/^ (?:(?:that )?i (?:did|said|put (?:you|u) through|caused|have done|'ve done|ve done)(?: to (?:you|u))? ?)?,? ?(?:(?:when|while|whilst|during|over|in|back|all) (?:i was (?:still )?(?:drinking|using|drunk|high|wasted|sick|ill|in (?:active )?addiction|an addict|gambling|in a bad place|at my worst)|i (?:drank|used)|drinking|using|my (?:drinking|using|addiction|active addiction|gambling|illness)(?: days| years)?|the (?:years|past|old days|bad years|bad days)|those (?:years|days)|then|the years|all those years|these years)|back then|over the years|all those years|for years)\b(?: (?:to (?:you|u)|back then|for years|and (?:i'm|im|i am) (?:so )?sorry|too))?\s*(?:[.!?;,]|$)/);

/** A stretch of years named instead of an act: "back then", "while I was drinking". */
const SPAN_OF_YEARS = primed(/^,? (?:back then|over the years|in the past|in those (?:years|days)|during those years|(?:when|while) i was (?:still )?(?:drinking|using|drunk|high|gambling|in (?:active )?addiction))\b/);

/** The act is named right after: "everything I put you through when I took...", ": the lies about...". */
function namedAfter(norm: string, end: number): boolean {
  const after = norm.slice(end, end + 80);
  // "sorry for the years I used you like a bank", "the nights I lied to you about where I was": the
  // stretch of time, then the act done to them ("the years I put you through", "I hurt you" stay vague)
  if (/\b(?:years|months|nights|weekends|times)$/.test(norm.slice(Math.max(0, end - 9), end)) && /^ (?:that |when )?i (?!was\b|were\b|drank\b|'d been\b|had been\b|used to\b|spent\b|put\b|hurt\b|let\b|failed\b|neglected\b|wronged\b|upset\b|disappointed\b|abandoned\b|caused\b|gave\b|made\b)[a-z']+ (?:(?:to|at|on|from|with|about) )?(?:you|u|your|ur)\b/.test(after)) return true;
  // "everything I did while I was using, most of all stealing your bank card": the period, then the act
  if (/^[^.!?;:]{0,60}?,? (?:and )?(?:most of all|especially|particularly|in particular|above all|namely|specifically|such as|including) (?:for )?(?:when i |how i |that i )?[a-z]+ing\b/.test(after)) return true;
  // "the years I was at the bar instead of at your games": the neglect named
  if (/\b(?:years|months|nights|weekends|times)$/.test(norm.slice(Math.max(0, end - 9), end)) && /^ (?:that |when )?i was (?:at|in|down|up) (?:the |my )?[a-z']+(?: [a-z']+)? instead of\b/.test(after)) return true;
  // "everything I did when I was drinking", "...over the years": a period, not an act.
  if (PERIOD_AFTER.test(after)) return false;
  if (/^ (?:(?:that )?i (?:said|did|wrote|put you through)(?: to (?:you|u))?(?: (?:that|last|the other) (?:night|day|week|time|evening))?,? (?:about|at|on|in|when|after|during|over)) /.test(after)) return true;
  // "everything I did that night: the shouting, the broken glass", "all of it, the lies the money
  // the missed calls": the acts listed at once
  if (/^(?: (?:that )?i (?:said|did|wrote|put you through)(?: to (?:you|u))?(?: (?:that|last|the other) (?:night|day|week|time|evening|summer|winter|year|month|weekend))?| about (?:that|the|last) (?:night|day|week|evening|weekend|party|wedding|christening|funeral|time|summer|year))?\s*[:\u2013\u2014] ?(?:the|my|your|ur|all|every|how|when|[a-z]+ing)\b/.test(after)) return true;
  if (/^,? (?:the|my|all the|all my) [a-z']+(?: [a-z']+)?,? (?:and )?(?:the|my|all the|all my) [a-z']+/.test(after)) return true;
  // "sorry for all of it, the drinking, nicking from ur purse, not turning up": a list of doings
  if (/^(?: (?:that )?i (?:said|did|wrote|put you through)(?: to (?:you|u))?(?: (?:that|last|the other) (?:night|day|week|time|evening|summer|winter|year|month|weekend))?)?,? (?:the |my )?[a-z']+ing\b[^,.;!?]{0,40},(?: and)? (?:the |my |not )?[a-z']+(?:ing|in|s)\b/.test(after)) return true;
  // "the past two years of lying to you": the stretch, then the act ("years of drinking" stays a period)
  if (/\b(?:years|months|weeks|nights|past|last)$/.test(norm.slice(Math.max(0, end - 7), end)) && /^(?: (?:few |couple of |two |three |four |five |six |seven |eight |nine |ten |\d+ |many |several )?(?:years|months|weeks|nights))? of (?!drinking\b|using\b|gambling\b|being\b|addiction\b|my\b)[a-z']+ing (?:to |from |on |with |about |behind )?(?:you|u|your|ur)\b/.test(after)) return true;
  // "everything I put you through the year I emptied our account", "…the night I crashed the car":
  // one occasion, then the act (a stretch of drinking is still a period: PERIOD_AFTER, and below)
  if (/^(?: (?:that )?i (?:put (?:you|u) through|did|caused|said))?,? (?:on |in |during |over )?(?:the|that) (?:year|night|day|evening|morning|afternoon|weekend|summer|winter|spring|autumn|week|month|christmas|time) (?:that |when )?i (?!was\b|were\b|'d been\b|had been\b|used\b|drank\b)[a-z']+/.test(after)) return true;
  return /^\s*(?:[:\-–(]|,? (?:especially|particularly|namely|like|including|from|above all|most of all|in particular|specifically|mainly|mostly|such as|for example|for instance)\b|(?: (?:that )?i (?:put you through|did|caused|said))?,? (?:when|while|after|by|in) (?:i|me)\b|(?: (?:that )?i (?:put you through|did|caused))? (?:with|about|over|around) (?:the|my|your|ur)\b)/.test(after);
}

/**
 * The word defined at once, the taxonomy's "sorry for all of it: the lies about work...": "sorry
 * for everything, and by everything I mean the flat deposit I gambled away", "when I say I'm sorry
 * for everything, I mean the lies", "sorry for all of it, the whole lot, the lying to your face".
 */
function definedAtOnce(norm: string, end: number): boolean {
  const after = norm.slice(end, end + 60);
  return /^(?:,? (?:love|mate|mum|mom|dad|hun|babe))?,? (?:and )?(?:by (?:that|this|everything|all of (?:it|that|this)|it all|all that) )?i mean (?:the|my|your|ur|every|each|when|how|that i|what i|[a-z]+ing)\b/.test(after) ||
    /^,? (?:the whole lot|every bit of it|every last bit of it),? (?:the|my|your|ur|[a-z]+ing)\b/.test(after);
}

/** An occasion named right after: "at dinner", "on saturday", "last night", "in the car". */
const OCCASION = primed(/^,? ?(?:at|on|in|during|last|that|the other|when|about|to (?:your|ur|the))\b/);

/**
 * Objects that name a harm only in general ("what I did", "how I treated you", "the pain I
 * caused", "hurting you", "all the times I let you down"): vague on their own, but a fair
 * pointer back when the act is told elsewhere in the draft.
 */
const GENERAL_HARM = String.raw`(?:(?:all )?what i(?:'ve| have|ve)? (?:did|done|did to (?:you|u)|done to (?:you|u))(?: and (?:the|our|your|ur) (?:family|kids|children))?|(?:all )?(?:the )?(?:things|stuff) i(?:'ve| have|ve)? (?:done|did)(?: to (?:you|u))?|all i(?:'ve| have|ve)? done|the mess i (?:made|caused)|what (?:transpired|went on|went down)|past events|all the (?:crap|shit|nonsense|bs)|(?:how|the way) i (?:treated|hurt|behaved towards|acted towards|have treated|'ve treated|ve treated) (?:you|u)(?: all these years| over the years| for so long| back then)?|(?:all )?the (?:pain|hurt|harm|damage|suffering|heartache|grief|trouble) i(?:'ve| have|ve)? (?:caused|did|done|put you through)(?: (?:you|u|to you))?(?: over the years| all these years)?|(?:all )?the (?:wrong|wrongs|harm) i(?:'ve| have|ve)? done(?: (?:to )?(?:you|u))?|(?:ever )?hurting (?:you|u)(?: (?:so much|like that|the way i did))?|(?:ever )?letting (?:you|u) down|what i put (?:you|u) through|putting (?:you|u) through (?:all )?(?:that|this|it|everything|so much|all of (?:that|this|it))|all the times i (?:let (?:you|u) down|hurt (?:you|u)|failed (?:you|u)|wasn't there|wasnt there)|not being there(?: for (?:you|u))?|(?:the person|who|the man|the woman) i (?:was|used to be|became)(?: back then| then| before)?|the mess i made of (?:things|everything|it all|it|us)|the (?:trouble|grief|stress) i(?:'ve| have|ve)? (?:been|caused)(?: (?:you|u))?|(?:all )?the years i put (?:you|u) through|(?:that|the other|last) (?:night|nite|weekend|evening)|that (?:day|time)|all (?:of )?(?:it|that|this)|it all)`;


const BACK_REFERENCE = primed(
  new RegExp(String.raw`\b${APOLOGY}\b(?: (?:so much|truly|sincerely|deeply|honestly|really))* (?:(?:for|about) |(?<=regret) )(?<s>${GENERAL_HARM})(?: back then| over the years| all those years| in the past| when i was (?:drinking|using|drunk|high))?(?:,? (?:again and again|over and over(?: again)?|so many times|time and again|time after time|bro|mate|man|hun|babe|love|mum|mom|dad|really|truly))*(?=\s*[.!]*\s*$|\s*[,;]\s*(?:but|i'm|im|i am)\b)`, 'd'),
);

/**
 * "I'm sorry for what I did." names nothing by itself, but after the act has been told
 * ("I took your savings. I'm sorry for what I did.") it points back to it. The analyser
 * counts this as vague only when the draft names no specific act anywhere.
 */
export function backReference(sentence: Sentence): RuleMatch | null {
  const m = filteredExec(BACK_REFERENCE, sentence.norm);
  const g = m?.indices?.groups?.s ?? m?.indices?.groups?.s2;
  return g ? { start: g[0], end: g[1] } : null;
}

/**
 * "…and I'm sorry for all of it." with nothing after: "all of it" points back like "what I did",
 * so the draft decides (backReference): vague only when it names no act anywhere.
 */
function pointsBack(norm: string, object: string): boolean {
  return /^(?:it all|all (?:of )?(?:that|this|it))$/.test(object) && filteredTest(BACK_REFERENCE, norm);
}

/** Traps after a vague object: the act is named right after, or the words are about logistics. */
function objectIsTrap(norm: string, span: { start: number; end: number }): boolean {
  const s = norm.slice(span.start, span.end);
  // "sorry for being kinda rude to her", "a tiny bit short with you": one softened act (the
  // minimizing flag's business), not the "sorry for being me" that names nothing.
  if (s === 'being' && /^ (?:a (?:little|tiny|wee|teeny|lil) bit|a little|a bit|a tad|a touch|a lil|kinda|kind of|sorta|sort of|somewhat|slightly|late)\b/.test(norm.slice(span.end))) return true;
  // "I'm not going to apologise for being a comedian": a refusal says no sorry at all, so it cannot
  // be a sorry that names nothing (the taxonomy's vague is an apology)
  if (/\b(?:not going to|not gonna|won't|wont|will not|refuse to|never going to|don't|do not|shouldn't have to) (?:\w+ )?(?:apologi[sz]e|say sorry|be sorry)\b[^.!?;]*$/.test(norm.slice(Math.max(0, span.start - 80), span.start))) return true;
  // "sorry for being drunk at your wedding", "so nasty to u on the phone", "a rubbish sister about
  // the move": the manner tied to one occasion names an act. "A crap dad when you were little"
  // (a whole stretch of life) and "such a disappointment" stay vague.
  if (s === 'being' && /^ (?:(?!when\b|while\b|all\b|for\b)[a-z'-]+ ){1,4}(?:at|on|about|during|in front of) (?:the|your|ur|my|our|his|her|their|that) (?!time\b|years?\b|past\b|whole\b)[a-z]/.test(norm.slice(span.end, span.end + 60))) return true;
  if (definedAtOnce(norm, span.end)) return true;
  if (pointsBack(norm, s)) return true;
  // "my behaviour at your wedding, when I knocked the cake over", "my conduct on the evening of 22
  // March, when I arrived intoxicated", "my behaviour at the do, specifically the remarks I made":
  // the label's occasion, then the act itself
  if (/\b(?:behaviou?r|conduct|actions|behaved|acted|conducted myself|carried on)$/.test(s) && /^ (?:at|on|during|in) (?!the past\b|those\b|the years\b|my (?:drinking|using|addiction)\b)[^.!?;,:]{1,50},? (?:(?:when|where|after) i\b(?! (?:was|'d been|had been) (?:still )?(?:drinking|using|drunk|high|gambling|in\b|an\b|at my\b))|(?:specifically|in particular|namely)\b)/.test(norm.slice(span.end, span.end + 90))) return true;
  // "the little misunderstanding about the money" renames the act even with a topic.
  if (/(?:little|small|slight|tiny|minor) \S+$/.test(s)) return false;
  // "everything else I said when...": the act is named after the "else".
  if (namedAfter(norm, /^ else\b/.test(norm.slice(span.end)) ? span.end + 5 : span.end)) return true;
  // "sorry for any issues this may cause", "sorry for everything being late": about the
  // message or an arrangement, not a harm.
  if (/^any /.test(s) && /^ (?:this|that|it) (?:may|might|could|will|has|is|causes)\b/.test(norm.slice(span.end))) return true;
  if (/^(?:everything|it all|all (?:of )?(?:that|this|it))$/.test(s) && /^ (?:being|going|taking|getting|running)\b/.test(norm.slice(span.end))) return true;
  // "the things I said at the wedding": the occasion points at one act.
  if (/\b(?:did|said|done)$/.test(s) && OCCASION.test(norm.slice(span.end, span.end + 48).replace(/^ to (?:you|u)\b/, '')) && !PERIOD_AFTER.test(norm.slice(span.end, span.end + 80))) return true;
  // "what happened with the car", "what went on when I...": a pointer to one act. "What happened
  // at christmas", "between us", "last night" give only a time or a place: still vague.
  if (/(?:happened|went on|went down)$/.test(s) && /^\s*(?:with|in|when|after|before)\b/.test(norm.slice(span.end))) return true;
  // "my behaviour at dinner", "my actions at your wedding" are still vague labels, but
  // "the mess I made of your kitchen" names something: keep only the clearly empty ones.
  if (/^(?:all )?(?:the|that|this) (?:stuff|mess|situation|matter|business|incident)$/.test(s) && /^\s*(?:i|that i|with|of|on|in) (?!did|said|caused|went|happened)/.test(norm.slice(span.end))) return true;
  return false;
}

export default defineRule({
  id: 'vague',
  title: 'Vague apology',
  severity: 'consider',
  explanation:
    '"Everything" or "any hurt" leaves them guessing whether you know what you did. Naming the act ("I\'m sorry I took the money from your wallet") shows you do, and that is what makes an apology believable.',
  suggestion: 'Try naming one concrete thing: "I\'m sorry that I ..."',
  patterns: [
    {
      // "I'm sorry for everything", "apologise for my past behaviour", "sorry for whatever i did"
      needs: ['sorry', 'soz', 'sry', 'apolog', 'regret', 'amends', 'make up', 'forgive', 'my bad', 'remorse', 'owe'],
      re: rx(raw`\b(?:${APOLOGY}|amends|my apologies|make up|forgive me|my bad|(?:express|offer) my (?:deepest |sincere |heartfelt )?(?:regret|remorse)|owe (?:you|u) (?:a|an) (?:big |huge |massive |real |proper )?(?:sorry|apology))\b(?: (?:to (?:you|u|anyone|everyone|all)(?: and (?:the|your|ur) (?:whole )?(?:family|kids|children))?|again|so much|\w+ly))*,? (?:for|about|bout|over|regarding|re) (?<s>${VAGUE_OBJECT})\b`),
      unless: (norm, _m, span) => objectIsTrap(norm, span),
    },
    {
      // "regret" takes its object directly: "I regret the little incident at the party", "we regret
      // any inconvenience"; and "forgive" the wrongs: "please forgive all the wrongs I have done"
      needs: ['regret', 'forgive'],
      re: rx(raw`\b(?:(?:i|we) (?:\w+ly |do |so |really )?regret|(?:please |kindly )?forgive(?: me)?(?: for)?) (?<s>${VAGUE_OBJECT}|(?:all )?(?:the|my) (?:wrongs|wrongdoings|sins|trespasses|failings)(?: (?:that )?i(?:'ve| have|ve)? (?:done|committed|made)(?: (?:to )?(?:you|u))?)?)\b`),
      unless: (norm, _m, span) => objectIsTrap(norm, span),
    },
    {
      // "whatever I did", "anything I may have done", "any hurt I may have caused", "in any way"
      needs: ['whatever', 'any', 'someone', 'people', 'everyone', 'being me', 'may', 'might', 'could'],
      re: rx(raw`(?<s>\bwhatever (?:it is |it was )?(?:i (?:did|said|may have (?:done|said)|might have (?:done|said)|have done|'ve done|ve done)|happened)\b|\banything (?:that )?i (?:may|might|could) have (?:done|said)\b|\bany (?:small |minor |slight |little )?(?:hurt|pain|harm|distress|trouble|upset|offen[cs]e|damage|inconvenience) (?:that )?(?:i |that |this |it )?(?:may|might|could)? ?(?:have |of |'ve |ve )?(?:caused|done)\b|\b(?:the|all the) (?:hurt|pain|harm|distress|trouble|upset|damage) (?:that )?i (?:may|might|could) (?:have|of|'ve|ve) (?:caused|done)\b|\b(?:hurt|offended|upset|wronged|let down|affected|harmed|bothered|inconvenienced|disrespected|impacted|distressed|troubled) (?:you |u |anyone |anybody |(?:your|ur|the|my) \w+ )?in any way\b|\bfor being me\b|\bcaused (?:you |u |anyone |anybody )?any (?:pain|hurt|harm|distress|trouble|upset|offen[cs]e|problems|grief)\b)`),
      unless: (norm, _m, span) => {
        const s = norm.slice(span.start, span.end);
        // "if anything I said at dinner upset you": the occasion is named, so it is not vague.
        if (/^if anything\b/.test(s) && OCCASION.test(norm.slice(span.end, span.end + 40))) return true;
        // "whatever I did, it hurt you" owns the impact; "whatever happened between us" in a question is fine.
        if (/^whatever/.test(s) && /^\s*,? (?:it|that|the result|you)\b/.test(norm.slice(span.end)) && !/\b(?:sorry|apolog)/.test(norm.slice(0, span.start))) return true;
        return namedAfter(norm, span.end);
      },
    },
    {
      // "Please accept my apologies." with nothing named
      needs: ['accept my'],
      re: rx(raw`(?<s>\b(?:please )?accept my (?:sincere |deepest |humble )?apolog(?:y|ies)\b)(?=\s*[.!]*\s*$)`),
      // "Should my absence have caused you difficulty, please accept my apologies" names the act:
      // only a bare request, with at most a few lead-in words, is vague.
      unless: (norm, m) => norm.slice(0, m.index).split(/[^a-z0-9']+/).filter(Boolean).length > 4,
    },
    {
      // remorse told as a feeling about nothing in particular: "I feel terrible about all of it"
      needs: ['feel', 'felt'],
      re: rx(raw`\bi (?:feel|felt) (?:so |really |just |pretty |absolutely )?(?:awful|terrible|horrible|bad|sick|dreadful|rotten|like (?:absolute |total )?(?:garbage|crap|shit|rubbish|dirt)) about (?<s>everything|it all|all of it|all (?:of )?(?:this|that)|the whole thing|the whole business|the whole situation)${END}`),
      unless: (norm, _m, span) => namedAfter(norm, span.end),
    },
    {
      // "I regret everything", "i regret it all"
      needs: ['regret'],
      re: rx(raw`(?<s>\b(?:i|we) (?:deeply |truly |really |so |do )?regret (?:everything|it all|all of it|all of that|the past|all that)\b(?=\s*(?:[.!,;]|$|and\b)))`),
    },
    {
      // the apology split off into its own fragment: "I'm sorry. For everything."
      needs: ['for'],
      re: rx(raw`^\s*(?<s>(?:and |but )?for (?:everything|all of it|it all|all of that|all that|whatever i did|the past)\b(?=\s*[.!]*\s*$)|for (?:everything|all of it|it all|all of that),? (?:i'm|im|i am|i'm so|i am so|i'm truly|i am truly|sorry)\b)`),
    },
    {
      // more objects that point at nothing: "sorry for before", "sorry for stuff", "sorry for the
      // years", "apologies for a lot of things", "sorry for all the carry-on", "for all the wrong I
      // did", "sorry for how things were", "look im sorry ok, for all of it"
      needs: ['sorry', 'soz', 'sry', 'apolog', 'regret', 'owe'],
      re: rx(raw`\b(?:${APOLOGY}|my apologies|(?:heartfelt|sincere|deepest|humble) apologies|owe (?:you|u) (?:a|an) (?:big |huge |real |proper )?(?:sorry|apology))\b(?: (?:to (?:you|u)|again|so much|\w+ly))*(?: ok| okay| alright)?,?(?: [a-z]+,)? (?:for|about|bout|abt) (?<s>(?:like )?(?:all )?(?:everything |all )?(?:from )?before|(?:like )?(?:all )?(?:the |my )?stuff|(?:all )?(?:the|those) years(?: (?:that )?i put (?:you|u) through)?|(?:a lot of|lots of|so many|many|a bunch of|loads of|a few) (?:things|stuff)|(?:all )?(?:the|that|my) (?:carry-?on|carryings-on|shenanigans|antics|nonsense)|(?:all )?(?:the )?wrongs? i(?:'ve| have|ve)? (?:did|done)(?: to (?:you|u))?|whatever part i (?:played|had)|(?:how|the way) things (?:were|have been|'ve been)(?: between us)?|like everything(?: from before)?|all of it|(?:all )?(?:wat|wot) (?:happened|went on|went down))${END}`),
      unless: (norm, _m, span) => {
        const s = norm.slice(span.start, span.end);
        // "sorry for before, when I took the car": the act follows
        if (namedAfter(norm, span.end) || definedAtOnce(norm, span.end) || pointsBack(norm, s)) return true;
        // "sorry for the stuff I said at dinner" names an occasion
        return /stuff$/.test(s) && OCCASION.test(norm.slice(span.end, span.end + 40));
      },
    },
    {
      // a day or night named and nothing else: "sorry abt saturday", "sorry bout the other nite"
      needs: ['sorry', 'soz', 'sry', 'apolog'],
      re: rx(raw`\b(?:sorry|soz|sry|apologi[sz]e|apologies)\b(?: again| so much| \w+ly)*,? (?:for|about|bout|abt) (?<s>(?:the other|last|that) (?:day|night|nite|time|weekend|evening)|(?:last |on |that )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: night)?|yesterday|earlier)(?=(?:,? (?:bro|mate|man|hun|babe|love|mum|mom|dad|x+|lol|fr|tbh))*\s*[.!]*\s*$)`),
    },
    {
      // regret or remorse with no object in it: "I regret a lot", "I regret many of my choices",
      // "I feel bad about a lot of stuff" ("I've done things I'm not proud of" owns more than it hides)
      needs: ['regret', 'feel', 'felt'],
      re: rx(raw`(?<s>\bi (?:deeply |truly |really |do |so |just )?regret (?:a lot|alot|so much|a great deal|lots|plenty|many things|a lot of things|lots of things|(?:many|most|some|a lot) of my (?:choices|decisions|actions))(?: back then| over the years| in those years)?(?=\s*(?:[.!,;]|$|and\b|about (?:how|the way|what)\b))|\bi (?:feel|felt) (?:so |really |pretty )?(?:bad|awful|terrible|horrible|guilty) about (?:a lot of|lots of|so much|so many) (?:stuff|things)(?=\s*(?:[.!,;]|$|and\b|so\b)))`),
      unless: (norm, _m, span) => namedAfter(norm, span.end),
    },
    {
      // a bare admission that is the whole apology: "i know i messed up, sorry", "i kno i let u down
      // and im sorry", "sorry i was such a mess", "sorry I was the way I was", "I wasn't the easiest
      // to live with, and I'm sorry"
      needs: ['messed', 'screwed', 'stuffed', 'mucked', 'let', 'mess', 'nightmare', 'wreck', 'pain', 'idiot', 'jerk', 'dick', 'prick', 'twat', 'tool', 'muppet', 'knob', 'way i was', 'easiest'],
      re: rx(raw`(?<s>\bi(?:'ve| have|ve)? (?:know |kno |knw )?(?:that )?(?:i(?:'ve| have|ve)? )?(?:really |totally |badly )?(?:messed up|screwed up|stuffed up|mucked up|let (?:you|u) down)(?: (?:a lot|so much|so badly|badly|big time|again|so many times|many times|more than once|over and over))?(?=,? (?:and |so )?(?:i'm |im |i am )?(?:so |really |truly )?(?:sorry|soz|sry)\b(?: (?:ok|okay|alright|mate|bro|babe|love|x+))?\s*[.!]*\s*$)|\b(?:sorry|soz|sry)\b,? (?:that )?i was (?:such a |a |a bit of a |a total |a complete )?(?:mess|nightmare|wreck|pain|idiot|jerk|dick|prick|twat|tool|muppet|knob|the way i was)(?: (?:with|to|towards) (?:you|u|\w+))?(?=(?:,? [a-z]+)?\s*[.!]*\s*$)|\bi (?:was not|wasn't|wasnt) (?:always )?the easiest (?:person )?to (?:live with|be around|deal with|love)\b)`),
      unless: (norm, _m, span) => !/\b(?:sorry|soz|sry|apolog)/.test(norm) || namedAfter(norm, span.end),
    },
    {
      // labels and sums that name no act: "sorry for all the bad things", "the bad times", "all my
      // failures", "my attitude", "the hurt and the pain", "the many wrongs", "letting everyone down",
      // "acting the way I did", "the things that happened between us", "forgive me for all I've done"
      needs: ['sorry', 'soz', 'sry', 'apolog', 'regret', 'forgive', 'amends'],
      re: rx(raw`\b(?:${APOLOGY}|my apologies|forgive me|amends)\b(?: (?:to (?:you|u|everyone|all)|again|so much|\w+ly))*,? (?:for|about|over) (?<s>(?:all )?(?:the |those )?bad (?:things|times|stuff|days|years)(?: i (?:did|said|caused))?|(?:all )?(?:of )?my (?:failures|failings|sins|faults|transgressions|attitude|bad ways|old ways|ways)|(?:all )?(?:the|my) (?:hurt|pain|harm|heartache|upset|trouble|stress|worry)(?: and (?:the |my )?(?:hurt|pain|harm|heartache|upset|trouble|stress|worry|disappointment|grief|anger|tears))+|(?:all )?the (?:many )?wrongs|letting (?:everyone|everybody|people|you all|the (?:whole )?family|so many people) down|(?:acting|behaving) (?:the way|how|like) i did|(?:all )?(?:the )?things that (?:happened|went on)(?: between us)?|(?:all|everything) i(?:'ve| have|ve)? (?:done|did))${END}`),
      unless: (norm, _m, span) => namedAfter(norm, span.end),
    },
    {
      // a sorry whose object is still empty: "sorry for some of the things I did", "sorry for how I
      // handled everything", "sorry for what went wrong", "sorry for ruining everything", "sorry
      // things turned out this way", "sorry it came to this"
      needs: ['sorry', 'soz', 'sry', 'apolog', 'regret'],
      re: rx(raw`\b(?:${APOLOGY}|my apologies)\b(?: (?:to (?:you|u)|again|so much|\w+ly))*,? (?:(?:for|about|over) (?<s>(?:some|certain|a few|many|most) (?:of )?(?:the )?things i(?:'ve| have|ve)? (?:did|said|done)|(?:how|the way) i(?:'ve| have|ve)? handled (?:things|everything|it all|the whole thing|the situation|all of it)|(?:all )?what went wrong|ruining (?:everything|it all|things|it)|i ruined (?:everything|it all|things)(?: between us)?)|(?:that )?(?<s2>(?:things|it|everything|it all) (?:turned out|ended up|went|worked out) (?:this way|like this|the way (?:it|they) did)|(?:it|things) (?:came|had to come|has come|had come) to this))${END}`),
      unless: (norm, _m, span) => namedAfter(norm, span.end),
    },
    {
      // the apology is a role failed, with no act in it: "I'm sorry I was a bad husband", "sorry I wasn't
      // the friend you needed", "I wasn't a good father, and I'm sorry", "sorry I was so horrible"
      needs: ['sorry', 'soz', 'sry', 'apolog'],
      re: rx(raw`(?<s>\b(?:sorry|soz|sry|apologi[sz]e)\b,? (?:that )?i (?:was|have been|'ve been|ve been) (?:such |so |a |a really |a terrible |such a )*(?:bad|terrible|awful|rubbish|lousy|crap|useless|horrible|selfish|difficult|nasty|mean|cruel|shit|poor) ?(?:husband|wife|father|dad|mother|mum|mom|son|daughter|brother|sister|friend|partner|parent|boyfriend|girlfriend|person|colleague|flatmate|housemate)?(?: to (?:you|u))?|\b(?:sorry|soz|sry|apologi[sz]e)\b,? (?:that )?i (?:wasn't|wasnt|was not|haven't been|havent been|have not been) (?:always )?(?:a (?:better|good|decent|proper)|the (?:\w+ )?(?:husband|wife|father|dad|mother|mum|mom|son|daughter|brother|sister|friend|partner|parent)) ?(?:husband|wife|father|dad|mother|mum|mom|son|daughter|brother|sister|friend|partner|parent|person)?(?: (?:you|u) (?:needed|deserved|wanted))?|^\W*i (?:wasn't|wasnt|was not) (?:a (?:good|better|decent|proper)|the) (?:husband|wife|father|dad|mother|mum|mom|son|daughter|brother|sister|friend|partner|parent)(?: (?:you|u) (?:needed|deserved))?(?=,? (?:and )?(?:i'm|im|i am) (?:so |really |truly )?sorry\b))(?=(?:,? (?:and )?(?:i'm|im|i am) (?:so |really |truly )?sorry)?(?:,? (?:bro|mate|man|hun|babe|love|mum|mom|dad|x+))?\s*[.!]*\s*$)`),
    },
    {
      // the object put first: "For whatever part I played, I apologise", "for wat went down, sorry"
      needs: ['whatever', 'wat', 'wot'],
      re: rx(raw`^\W*(?:and |but )?for (?<s>whatever (?:part|role|hand) i (?:played|had)(?: in (?:it|this|that|all (?:of )?(?:it|this|that)))?|(?:all )?(?:wat|wot) (?:happened|went on|went down))\b,? (?:i(?:'m| am|m) (?:so |truly |really )?sorry|i (?:\w+ly )?apologi[sz]e|(?:my )?apologies|sorry|soz|sry)\b`),
    },
    {
      // the wrong left unnamed inside an "if": "sorry if I did anything wrong", "if I've wronged you,
      // I apologise", "if I messed up somewhere along the way, sorry" (no act is ever said)
      needs: ['wrong', 'wronged', 'stuffed', 'messed', 'screwed', 'mucked', 'cocked', 'mistake', 'mistakes'],
      re: rx(raw`(?<s>\bif (?:i|i've|ive|i have)(?: ever)? (?:(?:did|done|said) (?:anything|something) (?:wrong|bad|hurtful)|wronged (?:you|u|anyone|anybody)(?: in any way)?|(?:stuffed|messed|screwed|mucked|cocked) (?:up|things up)(?: (?:somewhere|along the way|somewhere along the (?:way|line)))?)|\bif (?:any|some) mistakes? (?:(?:has|have) (?:happened|been made)|(?:was|were) made|happened))(?=\s*(?:[.!,;?]|$|(?:and|but|sorry|soz|sry|i|im|i'm|then|please|idk|lol|from|on)\b))`),
      unless: (norm) => !/\b(?:sorry|soz|sry|apolog|regret|forgive)/.test(norm),
    },
    {
      // an act promised but never told: "if anything I did back then hurt you", "for anything I said
      // while I was drinking" ("anything I said at the christening" names the occasion)
      needs: ['anything'],
      re: rx(raw`\b(?:if|for|by|about|over) (?<s>anything (?:that )?i (?:did|said|wrote|have done|'ve done|ve done|have said|'ve said|ve said)(?: or (?:said|did))?)\b`),
      unless: (norm, m, span) => {
        if (!/\b(?:sorry|soz|sry|apolog|regret|forgive)/.test(norm)) return true;
        const after = norm.slice(span.end, span.end + 80);
        // "if anything I did made you feel unwelcome" names the harm, and the "if" is the
        // conditional flag's: only a stretch of years ("back then", "while I was drinking") keeps
        // it vague as well.
        if (SPAN_OF_YEARS.test(after)) return false;
        if (/^(?:if|by) /.test(m[0])) return true;
        if (PERIOD_AFTER.test(after)) return false;
        return OCCASION.test(after) || namedAfter(norm, span.end);
      },
    },
    {
      // a share owned without saying what it was: "sorry for my part, but...", "I apologise for my
      // share of it" ("my part in the fight about the money" names the event)
      needs: ['sorry', 'soz', 'sry', 'apolog', 'regret'],
      re: rx(raw`\b(?:${APOLOGY}|my apologies)\b(?: (?:to (?:you|u)|again|so much|\w+ly))*,? (?:for|about) (?<s>my (?:part|share|side)(?: of (?:it|that|this|the blame|things))?)(?=\s*(?:[.!?]|$|,? but\b|,? (?:though|too|as well)\b))`),
      // "Money went from your wallet and I apologise for my part": the part points back to an act
      // told earlier in the sentence; "we both said things, and I'm sorry for my share" does not.
      unless: (norm, m) => {
        const before = norm.slice(0, m.index);
        return before.split(/[^a-z0-9']+/).filter(Boolean).length > 3 && !/\b(?:both|things|stuff)\b/.test(before);
      },
    },
    {
      // the trouble told as weather, with no act in it: "sorry things got so bad between us", "I'm
      // sorry the evening turned so nasty", "sorry about how everything went down last year"
      needs: ['sorry', 'soz', 'sry', 'apolog', 'regret', 'pity', 'shame'],
      re: rx(raw`\b(?:sorry|soz|sry|apologi[sz]e|regret|pity|shame)\b,?(?: (?:that|about|for))? (?<s>(?:(?:how|the way) )?(?:things|everything|it all|it|the (?:evening|night|day|party|weekend|wedding|holiday|trip|dinner|visit|whole thing)) (?:got|turned|went|became|ended up) (?:so |really |pretty |a (?:bit|little) |kind of |kinda |very |that |this )?(?:bad|nasty|ugly|messy|sour|sideways|wrong|heated|weird|awkward|pear-shaped|south|toxic|horrible|awful|strained|tense)(?: between us)?|(?:how|the way) (?:things|everything|it all) (?:went|went down|turned out|ended|played out) (?:last|that|this) (?:year|night|summer|winter|christmas|weekend|month|time|day))${END}`),
      unless: (norm, _m, span) => namedAfter(norm, span.end),
    },
    {
      // the hurt named only as what "this" caused: "I regret the upset this has caused you and your
      // family", "sorry for the stress, but..." ("any disruption this may cause" is logistics)
      needs: ['sorry', 'soz', 'sry', 'apolog', 'regret'],
      re: rx(raw`\b(?:${APOLOGY}|my apologies)\b(?: (?:to (?:you|u)|again|so much|\w+ly))*,? (?:for |about )?(?<s>(?:all )?the (?:upset|distress|stress|heartache|hurt|pain|grief|anguish|harm) (?:that )?(?:this|it|all this|all of this|that|this whole thing|the whole thing|everything) (?:has |have |had |may have |might have )?(?:caused|brought)(?: (?:you|u|to you|to u))?(?: and (?:your|ur|the) (?:whole )?(?:family|kids|children|parents|partner))?|(?:all )?the (?:stress|upset|distress|anguish)(?= *(?:[.!;]|$|,? but\b)))${END}`),
      unless: (norm, _m, span) => namedAfter(norm, span.end),
    },
    {
      // labels for the wrong that still name no act: "sorry for my poor choices", "my failures as a
      // father", "all the times I messed up"; and remorse about "what happened"
      needs: ['sorry', 'soz', 'sry', 'apolog', 'regret', 'feel', 'felt'],
      re: rx(raw`(?:\b(?:${APOLOGY}|my apologies)\b(?: (?:to (?:you|u)|again|so much|\w+ly))*,? (?:for|about)|\bi (?:feel|felt) (?:so |really |just |pretty |absolutely )?(?:awful|terrible|horrible|bad|sick|dreadful|rotten|guilty|ashamed) about) (?<s>(?:all )?(?:of )?my (?:poor|bad|terrible|awful|selfish|stupid|wrong|reckless|foolish) (?:choices|decisions|judge?ment|behaviou?r|actions|conduct)|(?:all )?(?:of )?my (?:failures|failings|shortcomings|mistakes) as an? (?:husband|wife|father|dad|mother|mum|mom|son|daughter|brother|sister|friend|partner|parent|person)|(?:all )?the times i (?:messed|screwed|stuffed|mucked|fucked|cocked) (?:up|things up)|(?:all )?what (?:happened|went on|went down))${END}`),
      unless: (norm, _m, span) => namedAfter(norm, span.end),
    },
    {
      // an act offered in an "if" and never told, its harm in general words: "if anything I did hurt
      // you", "should anything I did back then have caused you pain" ("if anything I said at dinner
      // upset you" names the occasion, and is the conditional flag's alone)
      needs: ['anything'],
      re: rx(raw`\b(?:if|should|in case|in the event that) (?<s>anything (?:that )?i (?:did|said|have done|'ve done|ve done|may have (?:done|said)|might have (?:done|said))(?: (?:back then|over the years|in the past|in those years|during my time (?:as|at|in|on) (?:the |your |ur |our )?[a-z]+|when i was (?:drinking|using|drunk|high|gambling)))? (?:may have |might have |has |have |ever )?(?:hurt|upset|offended|harmed|wronged|distressed|caused (?:you |u |anyone |anybody )?(?:any |some )?(?:hurt|harm|pain|offen[cs]e|distress|upset|grief)))\b`),
      unless: (norm, _m, span) =>
        !/\b(?:sorry|soz|sry|apolog|regret|forgive)/.test(norm) ||
        OCCASION.test(norm.slice(span.end, span.end + 48).replace(/^ (?:you|u|anyone|anybody|people|your \w+|ur \w+)\b/, '')),
    },
    {
      // a harm offered in an "if" and spread over an open stretch of time: "if I hurt you at any point
      // over the years", "if I've let you down in any way", "if I've been a burden these past years"
      needs: ['any', 'along', 'years'],
      re: rx(raw`\b(?:if|should|where) (?<s>(?:i|i've|ive|i have)(?: ever)? (?:hurt|upset|offended|wronged|harmed|failed|neglected|let (?:you|u|anyone|anybody|people|\w+) down|caused (?:you |u )?(?:any )?(?:\w+ )?(?:hurt|harm|pain|grief|trouble|upset|distress)|been (?:a burden|unfair|unkind|a pain|hard on (?:you|u))|(?:did|done|said) (?:anything|something))(?:(?!\bbut\b)[^.!?;,]){0,40}?\b(?:in any way|along the way|at any (?:point|time|stage)|(?:over|down|through) the years|(?:these|those|the) (?:past|last) (?:(?:few|couple of|two|three|four|five|six|seven|eight|nine|ten|\d+|many) )?years|all (?:these|those) years))\b`),
      unless: (norm) => !/\b(?:sorry|soz|sry|apolog|regret|forgive)/.test(norm),
    },
    {
      // the act promised but only judged, inside an "if": "sorry if I said anything out of order", "if I
      // did something out of line, I apologise", "if I said anything cruel to your mum, I'm sorry"
      needs: ['anything', 'something', 'owt', 'stuff'],
      re: rx(raw`(?<s>\bif (?:i|i've|ive|i have)(?: ever)? (?:said|did|done|wrote|texted|posted) (?:anything|something|owt|stuff)(?: (?:at all|that was|that were))? (?:out of (?:order|line|turn)|cruel|nasty|mean|rude|offensive|stupid|unkind|horrible|harsh|inappropriate|untoward|disrespectful|i (?:shouldn't|shouldnt|should not) (?:have|of|'ve))\b)`),
      unless: (norm) => !/\b(?:sorry|soz|sry|apolog|regret|forgive)/.test(norm),
    },
    {
      // the whole wrong summed up as disorder: "sorry for all the chaos", "all the grief over the
      // years", "all the rubbish you had to put up with" ("the chaos at your wedding" names the occasion)
      needs: ['sorry', 'soz', 'sry', 'apolog', 'regret', 'forgive'],
      re: rx(raw`\b(?:${APOLOGY}|my apologies|forgive me)\b(?: (?:to (?:you|u)|again|so much|\w+ly))*,? (?:for|about|over) (?<s>all (?:the|that|my|of the|this) (?:chaos|bother|rubbish|grief|aggro|upheaval|madness|misery|bullshit|shite|mayhem|turmoil|palaver)(?: (?:that )?(?:you|u) (?:had|have had|'ve had|ve had) to (?:put up with|deal with|live with|go through)| over the years| back then| for years)?)${END}`),
      unless: (norm, _m, span) => namedAfter(norm, span.end),
    },
    {
      // the wrong told as weather, nobody in it and nothing named, beside an apology: "mistakes were
      // made, and I'm sorry", "promises were broken and lines were crossed, and I regret it" ("mistakes
      // were made in how the books were kept", "promises were broken and money went missing" name something)
      needs: ['mistakes', 'errors', 'promises', 'lines'],
      re: rx(raw`(?<s>\b(?:(?:some |a few |many |a lot of |a number of |so many |big |serious )?(?:mistakes|errors) (?:were|have been|had been|got) made|(?:some |a few |many |a lot of |so many )?mistakes (?:happened|occurred)(?: on my watch)?|(?:many |so many |a lot of |some )?promises (?:were|have been|had been|got) broken|lines (?:were|have been|got) crossed)(?: (?:on|from) (?:my|our|both) (?:end|part|side|sides)| by (?:all|both) (?:parties|sides)| by everyone| during (?:that|those|the|a|my) [^.!?;,]{1,50}| over the (?:last |past )?(?:few )?years| back then| along the way){0,2}(?: and (?:lines (?:were|got) crossed|promises (?:were|got) broken|mistakes were made))?)(?=\s*(?:[.!?;,]|$|and (?:i|i'm|im)\b|i know\b))`),
      unless: (norm) => !/\b(?:sorry|soz|sry|apolog|regret|forgive)/.test(norm),
    },
    {
      // a night named and nothing else, then straight on to something other than the act: "sorry bout
      // the other night but you were just as bad", "soz about the party, things got messy", "sorry for
      // the other night, i was a bit much" ("sorry about saturday, I turned up drunk" tells the act)
      needs: ['sorry', 'soz', 'sry', 'apolog'],
      re: rx(raw`\b(?:sorry|soz|sry|apologi[sz]e|apologies)\b(?: again| so much| \w+ly)*,? (?:for|about|bout|abt) (?<s>(?:the other|last|that) (?:day|night|nite|time|weekend|evening)|(?:last |on |that )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: night)?|yesterday|the (?:party|bbq|barbecue|wedding|do|session|night out|pub|christening|wake|funeral|match|game))(?=(?:,? (?:bro|mate|man|hun|babe|love|mum|mom|dad|x+|lol|fr|tbh))*[!.,]* *(?:but|though|tho|however|please|pls|plz|anyway|we (?:good|ok|okay|cool)|honestly|things (?:got|went)|it (?:got|went)|(?:i )?was (?:just|only|a bit|a little|a lil|bit|kinda|kind of|so|pretty|well|totally|proper)|i (?:didn't|didnt|never) (?:mean|think)|(?:didn't|didnt) (?:mean|think))\b)`),
    },
    {
      // the apology sent to an unnamed crowd of the harmed: "to anyone I hurt while I was using, sorry",
      // "sorry to whoever I upset on the night out", "to everyone I've wronged along the way: I'm sorry"
      // ("to anyone I may have hurt" doubts the harm: the conditional flag's alone)
      needs: ['anyone', 'anybody', 'whoever', 'everyone', 'everybody', 'all the', 'all those'],
      re: rx(raw`(?<s>\b(?:to|for) (?:anyone|anybody|whoever|everyone|everybody|all (?:the )?(?:people|those)) (?:that |who )?(?:i|i've|ive|i have) (?:ever )?(?:hurt|upset|wronged|harmed|let down|offended|scared|mistreated)\b(?: (?:along the way|over the years|back then|in the past|(?:while|when) i was (?:using|drinking|drunk|high|gambling|in (?:active )?addiction)|during my (?:drinking|using|gambling) (?:years|days)|on the night out|that night|last night))?)`),
      unless: (norm, _m, span) => !/\b(?:sorry|soz|sry|apolog|regret|amends)/.test(norm) || namedAfter(norm, span.end),
    },
    {
      // the wrongs counted, never named: "sorry for the many ways I've let you down", "i owe u an apology
      // for alot of stuff", "my apologies for all wrongs" ("all the ways I let you down when I was
      // gambling the rent" names the act)
      needs: ['sorry', 'soz', 'sry', 'apolog', 'regret', 'owe'],
      re: rx(raw`\b(?:${APOLOGY}|my apologies|owe (?:you|u) (?:a|an) (?:big |huge |real |proper )?(?:sorry|apology))\b(?: (?:to (?:you|u)|again|so much|\w+ly))*,? (?:for|about) (?<s>(?:the (?:many )?|all the |so many |every )ways? (?:that )?i(?:'ve| have|ve)? (?:let (?:you|u) down|hurt (?:you|u)|failed (?:you|u)|wronged (?:you|u)|disappointed (?:you|u))|alot of (?:stuff|things)|all wrongs)${END}`),
      unless: (norm, _m, span) => namedAfter(norm, span.end),
    },
    {
      // the trouble told as a story that happened to us both: "I regret the way things unfolded between
      // us", "sorry for how everything went with us", "such a shame how it all played out", "I'm sorry it
      // ended the way it did" ("sorry you were hurt by the way things ended" is their feelings)
      needs: ['sorry', 'soz', 'sry', 'apolog', 'regret', 'shame', 'pity'],
      re: rx(raw`\b(?:sorry|soz|sry|apologi[sz]e|apologies|regret|shame|pity)\b,?(?: (?:that|about|for|bout))? (?<s>(?:how|the way) (?:things|everything|it all) (?:went|unfolded|played out|ended|turned out|went down|worked out)(?: (?:between|with) us)?(?: (?:last|that|this) (?:year|night|summer|winter|spring|autumn|christmas|weekend|month|time|day))?|(?:it|things|everything|it all) (?:ended|finished|went) (?:the way|how|like) (?:it|they) did)${END}`),
      // "..., with me shouting at you on the doorstep" tells the act right after
      unless: (norm, _m, span) => namedAfter(norm, span.end) || /^,? (?:with|when|after|because) (?:me|i|my)\b/.test(norm.slice(span.end)),
    },
    {
      // an organisation's regret for a feeling that "may have resulted", with no act named: "the
      // Sheriff's Office regrets any distress that may have resulted from this incident", "we apologise
      // for any pain that may have been caused", "regrets any discomfort experienced by guests"
      needs: ['regret', 'apolog', 'sorry'],
      re: rx(raw`\b(?:regrets?|apologi[sz]es?|apologi[sz]e for|sorry for)(?: deeply| sincerely| truly)? (?<s>any (?:pain|distress|discomfort|hurt|upset|harm|anxiety|worry|concern|inconvenience|disruption)(?: (?:or|and) (?:\w+))? (?:that )?(?:may|might|could)? ?(?:have )?(?:been caused|resulted|arisen|been experienced|experienced by|been felt|felt by))\b`),
      unless: (norm, _m, span) => /^ (?:by|from) (?:my|our|me|us|what (?:i|we)) /.test(norm.slice(span.end)) && /\b(?:when|because) (?:i|we)\b/.test(norm.slice(span.end, span.end + 60)),
    },
    {
      // sorry that the event happened, with nobody doing it: "we regret that this incident occurred",
      // "I'm sorry that the night didn't go the way any of us wanted", "sorry about how things ended"
      needs: ['regret', 'sorry', 'apolog'],
      re: rx(raw`\b(?:regret|sorry|apologi[sz]e)(?: deeply| sincerely| truly| so| really)? (?:that |about |for )?(?<s>(?:this|the|that) (?:incident|situation|episode|matter|event) (?:occurred|happened|took place|arose|unfolded)|(?:the|that|last) (?:night|evening|day|event|party|weekend|show|gig|trip|meeting) (?:didn't|didnt|did not) go (?:the way|as|how) (?:any of us|we|everyone|anyone|you|i) (?:\w+ )?(?:wanted|hoped|planned|expected)|how (?:things|it|everything|it all) (?:ended|turned out|went|worked out))(?:(?: with (?:the|our|you|u|us)(?: \w+)?| between us| in the end))?${END}`),
      unless: (norm, _m, span) => /^[^.!?;]{0,30}\b(?:when|because|after|since) (?:i|we)\b/.test(norm.slice(span.end)),
    },
    {
      // a harm named only as what "this may have caused": "we apologise for any distress this may have
      // caused", "I regret any concern the article might have caused". Not the ordinary mail of
      // "any inconvenience/confusion/delay this may have caused" (a refund, a parcel, a corrected time),
      // left to the "logistics" reading above
      needs: ['sorry', 'soz', 'sry', 'apolog', 'regret'],
      re: rx(raw`\b(?:${APOLOGY}|my apologies)\b(?: (?:\w+ly|so much|again))*,? (?:for |about )?(?<s>any (?:(?:\w+ )?(?:distress|upset|concern|offen[cs]e|hurt|pain|anxiety|worry|alarm|embarrassment|harm|grief|anguish|discomfort|uncertainty)(?: (?:or|and) (?:\w+ )?[a-z]+)?|confusion (?:or|and) (?:concern|distress|upset|worry|anxiety|alarm|hurt|offen[cs]e)) (?:that |which )?(?:this|that|it|the \w+|this \w+|these \w+|our \w+|my \w+|his \w+|her \w+|their \w+) (?:may|might|could) (?:have|'ve) caused)\b`),
      unless: (norm, _m, span) => namedAfter(norm, span.end),
    },
  ],
  examples: {
    positive: [
      "I'm sorry for the past two years of drinking.",
      "I regret any confusion my figures may have caused.",
      "Apologies for how I carried on at the work do.",
      "I know I've messed up a lot, and I'm sorry.",
      'We are sorry for any upset this may have caused to our members.',
      'I regret any alarm that this might have caused.',
      'My apologies for any offence the post may have caused.',
      "The Sheriff's Office regrets any distress that may have resulted from this incident.",
      'We apologise for any pain that may have been caused.',
      'We regret that this incident occurred.',
      "I'm sorry that the night didn't go the way any of us wanted.",
      "I'm sorry about how things ended with the business.",
      'Sorry for being a crap dad when you were little.',
      "I'm sorry for everything.",
      "I'm sorry for everything, I mean it.",
      "I'm sorry for my behaviour at your wedding.",
      "I'm sorry for my behaviour in the past, when I was drinking.",
      "I'm sorry for my conduct at work, when I was using.",
      'Sorry for whatever I did.',
      'I apologize for any distress I may have caused.',
      'Please accept my apologies for my past behaviour.',
      'I just want to say I\'m sorry for the past.',
      'sorry for whatever i did to make u cut me off',
      'Should I have hurt you in any way, please accept my apologies.',
      "I'm sorry for how I've acted lately.",
      'sorry for the way ive been towards u',
      'I apologise for the small mix-up with the deposit.',
      'I regret it if my moods affected the kids in any way.',
      'So, please accept my apologies.',
      "I'm sorry for the things I did.",
      'Sorry for the way things ended.',
      "I'm sorry for the hurt.",
      'I regret everything.',
      'i regret it all',
      'For everything, I am truly sorry.',
      'And for all of it.',
      'I apologize for any wrongdoing on my part.',
      "I'm sorry for everything I did when I was drinking.",
      'sorry for all the stuff i did back in my using days',
      'I hope you can forgive me for everything.',
      'sorry for how i was back then',
      "I'm sorry for the way I've been, mate.",
      'Sorry about the way things got between us.',
      'my bad for all the drama',
      'I want to express my remorse for my past behaviour.',
      'I apologise wholeheartedly for my conduct over those months.',
      'i owe u a huge apology for the last couple of years',
      'Sorry for all the other stuff too.',
      'I regret all the pain I may have caused.',
      'i feel rotten about the whole thing and im sorry',
      'I regret the small incident at the barbecue.',
      'sorry about the little bit of drama at the pub',
      'Please forgive all my wrongdoings.',
      'I apologise for any minor inconvenience my behaviour caused.',
      "And I'm sorry for everything else.",
      'Sorry for the rest of it, too.',
      'I apologize for any and all hurt.',
      "I'm sorry for what I've become.",
      "I'm sorry for the heartache.",
      "I'm sorry for how it all turned out.",
      'sorry about before x',
      'I just want to say sorry for stuff.',
      "I'm so sorry for the years I put you through.",
      'My apologies for a lot of things, Dad.',
      'Sorry about all the shenanigans, everyone.',
      'Sincere apologies, Tom, for all the wrongs I did to you.',
      'sorry for how things have been between us',
      'ok im sorry, for all of it',
      'soz bout the other day',
      'Sorry about Friday night.',
      'I regret so much, and I know that now.',
      'I regret most of my decisions back then.',
      'i feel awful about so many things',
      'i know i screwed up, im really sorry',
      'I know I let you down and I am sorry.',
      'sorry i was such a nightmare',
      "Sorry I was the way I was with you, Lou.",
      "I wasn't always the easiest to be around, and I'm sorry.",
      'I am sorry for all the bad stuff.',
      'sorry for the bad times mate',
      "I'm sorry for all my failings.",
      'I apologise for my attitude.',
      "I'm sorry for the pain and the worry.",
      'Sorry for the many wrongs.',
      "I'm sorry for letting the whole family down.",
      'Sorry for behaving the way I did.',
      'I am sorry about the things that went on between us.',
      "Please forgive me for all I've done.",
      "I'm sorry for a few of the things I said.",
      'Sorry for the way I handled the whole thing.',
      'I apologise for what went wrong.',
      'sorry for ruining it all',
      "I'm so sorry it had to come to this.",
      "I'm sorry things worked out like this.",
      "I'm sorry I was such a rubbish brother.",
      'Sorry I was so selfish.',
      "I'm sorry I wasn't the partner you deserved.",
      "I wasn't a good son, and I'm sorry.",
      'For whatever role I had in it, I am truly sorry.',
      'for wot went on, soz',
      'soz for wat happened',
      'I apologise if I did anything wrong.',
      'if ive messed up somewhere along the way im sorry',
      'Please forgive me if I have wronged you in any way.',
      'If any mistakes were made on my side, I apologise.',
      "I'm sorry for anything I said.",
      'I apologise for anything I did back then.',
      "If anything I said while I was using hurt you, I'm sorry.",
      "I'm sorry about what happened at the barbecue.",
      'I regret what happened between us.',
      'I apologise for my part.',
      'Sorry for my share of it, but you were there too.',
      "I'm sorry for my part of it too.",
      "I'm so sorry things got so ugly between us.",
      'Sorry the night went so wrong.',
      "I'm sorry about the way everything went down that summer.",
      'I regret the distress this has caused you.',
      "I'm sorry for the stress.",
      'We are sorry for the hurt all this has caused to you and your family.',
      "I'm sorry for my poor choices.",
      'I apologise for my selfish behaviour, Mum.',
      "I'm sorry for my failures as a father.",
      "I'm sorry for all the times I messed up.",
      'I feel terrible about what happened.',
      "I'm sorry if anything I did upset you.",
      'should anything i said have offended u, im sorry',
      'If anything I did back then caused you any pain, I apologise.',
      "If I've let you down at any point along the way, I'm sorry.",
      'sorry if i hurt u at any point these last few years',
      'If I upset anyone over the years, please forgive me.',
      'sorry if i said anything out of line',
      'If I did anything rude to your sister, I apologise.',
      "I'm sorry if I said something I shouldn't have.",
      "Sorry for all the chaos, Dad.",
      'I apologise for all the grief over the years.',
      "I'm sorry for all the madness you had to live with.",
      "Mistakes were made, and I'm sorry for them.",
      'sorry, promises got broken i know',
      'Errors were made on my part during that difficult year, and I apologise.',
      'I regret it: promises were broken and lines were crossed.',
      'sorry about the other night but you started it',
      'soz bout saturday, things got out of hand lol',
      "Sorry for last night, I was a bit all over the place.",
      'sorry abt the bbq mate, please dont be mad',
      "To everyone I hurt back then, I'm sorry.",
      'sorry to anyone i let down while i was using',
      'My apologies to all the people I have wronged.',
      "I'm sorry for all the ways I've failed you.",
      'soz for alot of things tbh',
      'Please accept my apologies for all wrongs.',
      'I regret how it all played out between us.',
      'such a shame the way everything ended with us',
      "I'm sorry things ended the way they did.",
    ],
    negative: [
      // session 13: traps in general words
      "I'm sorry for everything I did that winter, lying to you, taking your card, all of it.",
      "I'm sorry for the past, and above all for selling your guitar.",
      "I'm sorry for the years I was down the pub instead of at your matches.",
      "sorry for all of it, the drinking, nicking from ur purse, not turning up for the party",
      "I'm sorry for the past two years of lying to you about the money.",
      "I'm sorry for how I behaved at your party, when I threw a glass at Tom.",
      "I'm sorry for the years I used you like a bank and a couch.",
      "Sorry for everything I did while I was using, most of all stealing your bank card.",
      "I'm sorry for everything I put you through the year I emptied our joint account on scratch cards.",
      'Apologies for any confusion this may have caused, the meeting is at 3pm, not 2pm.',
      "I'm sorry for the distress my drinking caused you at the wedding.",
      "I'm sorry for everything I did at the party: the shouting, the broken glass, the taxi I never paid.",
      "sorry for all of it, the lies the bets the missed birthdays",
      "I'm sorry about how things ended, when I walked out on you at the hospital.",
      'I regret the pain I caused when I took the money from your account.',
      'I regret that this happened because I was driving drunk.',
      "I'm sorry for everything I put you through when I emptied the holiday fund.",
      "I'm sorry for all of it: the lies about work, the missed dinners, the money from your purse.",
      // the occasion, then the act
      "I'm sorry for my behaviour at your wedding, when I knocked the cake over and shouted at your father.",
      'I apologise for my behaviour at the Christmas do, specifically for the remarks I made about Jo.',
      // the word defined at once
      'Sorry for everything, and by everything I mean the deposit I gambled away and the lies after.',
      "When I say I'm sorry for everything, I mean the lies, the pawned rings and the night I left Jack.",
      'Sorry for all of it, the whole lot, the lying to your face and the robbing from your shop.',
      "I stole $400 from your purse last August, and I am deeply sorry.",
      'I am so sorry, Maya.',
      "I'm sorry I crashed your car.",
      "Whatever I meant, it hurt you, and I'm sorry I lied about the loan.",
      "I'm sorry if anything I said at the christening upset your mum.",
      "I'm sorry for the way I've been talking to your mother on the phone.",
      "I'm sorry for the things I said at your mum's birthday.",
      "I'm sorry for the hurt I caused when I sold your guitar.",
      'Sorry for any delays this may cause, the van is booked for Monday.',
      'Sorry about everything running late today.',
      // a hypothetical audience is the conditional flag (taxonomy: "if I offended anyone")
      'if i offended anyone at the bbq im sorry',
      'I apologise to anyone who was offended.',
      "If I've done anything to upset you, I'm sorry.",
      "I'm sorry for everything I said when I was drunk at your wedding.",
      "I'm sorry for the things I did when I took your car without asking.",
      'Please forgive me for the lies about the rent.',
      'Should my absence from the hearing have caused you trouble, please accept my apologies.',
      "I'm sorry for how I was talking to your sister at the barbecue.",
      "I'm sorry for the last few years of missed birthdays.",
      'I feel awful about missing your recital.',
      'I feel bad about all of it: the lies, the money, the missed dinners.',
      'I owe you an apology for reading your diary.',
      "I'm sorry for the harm I caused when I crashed your car.",
      'I apologise for my part, and the money I took was yours.',
      'I truly regret the things I said to you at the christening.',
      'We regret any inconvenience this may cause to your bookings.',
      'I regret the way I spoke to you at dinner.',
      "I'm sorry for everything else I said when you asked about the loan.",
      "I'm sorry for the damage to your gate.",
      "I'm sorry for the rest of the money; I'll pay it by Friday.",
      "I'm sorry for before, when I took the car without asking.",
      "I'm sorry for the stuff I said at your birthday.",
      "I'm sorry for my part in the fight about the money; I shouted first.",
      "I've done things I'm not proud of, and taking your savings is the worst.",
      'Sorry about Friday night, I drove home drunk with the kids in the car.',
      'Sorry for the late reply yesterday, the report is attached.',
      'I regret a lot of the lies I told you about the rent.',
      'I feel bad about a lot of things I said to your mother at the wedding.',
      "I know I let you down when I missed your graduation, and I'm sorry.",
      'I know I messed up the booking, sorry, I will fix it by Monday.',
      'Sorry I was such a mess at your wedding, shouting at your dad.',
      "I'm sorry for my attitude when you asked about the money.",
      "I'm sorry for letting everyone down by skipping the funeral.",
      "I'm sorry for all the bad things I said about you at the wedding.",
      "I'm sorry for acting the way I did at the barbecue, shouting at your dad.",
      "I'm sorry for some of the things I said at the christening.",
      "I'm sorry for how I handled the money after Dad died, when I kept it from you.",
      "I'm sorry I was a terrible brother when I stole your bike.",
      "I'm sorry I was so selfish with the inheritance.",
      "I'm sorry I wasn't a better father to you when you were ten.",
      'Sorry the bus was late again.',
      'For whatever part I played in the fight, when I pushed you, I am sorry.',
      "If I did something wrong at work, I'd want you to tell me.",
      "I'm sorry if I messed up the booking, I'll fix it tonight.",
      "I'm sorry if anything I did made you feel unwelcome at the wedding.",
      "I'm sorry for anything I said at the party about your job.",
      "I'm sorry for what happened with the car when I drove it into the gate.",
      'Money went missing from your purse and I apologise for my part.',
      "I'm sorry it got so bad before I asked for help.",
      "Sorry the car got dinged, I'll pay for the new panel.",
      'We apologise for any disruption this may cause.',
      "I'm sorry for the stress I put you under when I missed the rent.",
      'Sorry for being a bit short with you on the phone.',
      "Sorry for being kinda rude to your brother at the barbecue.",
      "I'm sorry for being drunk at your wedding and making the speech about me.",
      'sorry for being so nasty to u on the phone last night',
      "But I'm not going to apologise for being a comedian.",
      "I'm sorry for my poor choices with the rent money, when I spent it at the casino.",
      'I feel terrible about what happened with your car.',
      "I'm sorry for all the times I messed up your plans by not turning up.",
      "I'm sorry if anything I did at the funeral upset you.",
      "If anything I said hurt you on the phone last week, I'm sorry.",
      'If anything I did hurt you, tell me and we can talk it through.',
      "If I've learned anything over the years, it's to say sorry fast.",
      'If I was ever harsh with you growing up, I am sorry.',
      'If I said anything out of line, remember how tired I was.',
      "I'm sorry if I said anything about the rent that sounded unfair.",
      "I'm sorry for all the chaos at your wedding when I knocked over the cake.",
      'Sorry for all the bother with the parcel, it should come Monday.',
      'Mistakes were made with the rent money, and I apologise.',
      "Promises were broken and your savings went missing, and I'm sorry for that.",
      'Mistakes happened on my watch at the shop, which I regret.',
      'Mistakes were made, and we have changed the rota.',
      'sorry about saturday, i turned up drunk to your mums party and shouted at her',
      'Sorry about the other night, when I called you a liar in front of the kids.',
      'Sorry about the wedding speech, but I meant every word of the toast to you both.',
      'My apologies to anyone I may have upset.',
      "I'm sorry to everyone I hurt when I took the float from the club tin.",
      'I hope everyone I love knows I am sorry for the lies about the rent.',
      "I'm sorry for all the ways I let you down when I gambled the rent away.",
      "I'm sorry for the many ways I hurt you: the lies, the money, the missed birthdays.",
      "I'm sorry you were hurt by the way things ended.",
      "It's a shame how things turned out with the shop closing early.",
      "I'm sorry it ended the way it did, with me shouting at you on the doorstep.",
    ],
  },
});
