/**
 * vague: says sorry without naming anything ("sorry for everything", "sorry for whatever I
 * did", "sorry for any hurt I may have caused").
 * Traps: "I'm sorry for everything I put you through when I took your savings" and "I'm
 * sorry for all of it: the lies about work, the missed dinners..." (the act is named right
 * after); a bare "I'm sorry." after the act has been named.
 */
import type { RuleMatch, Sentence } from '../types';
import { defineRule, primed, rx } from './define';
import { APOLOGY } from './lexicon';

const raw = String.raw;

const VAGUE_OBJECT = raw`(?:everything|anything|whatever(?: (?:i|it was|happened|i did|i said|i may have done|i've done|ive done))?|it all|all (?:of )?(?:that|this|it)|all that|the past|my past|(?:what|all that) (?:happened|went on|went down)|(?:all )?(?:the|that|this) (?:stuff|whole thing|situation|matter|business|incident|mess|drama|whole business|whole situation|whole mess)|(?:how|the way) things (?:went|turned out|ended|happened|went down)|(?:all )?the things i (?:did|said|have done|'ve done|ve done)|(?:all )?(?:the|my) (?:hurt|pain|harm)(?= *(?:[.!,;]|$))|any (?:hurt|pain|harm|distress|trouble|upset|offen[cs]e|inconvenience|problems?|issues?|damage|wrong|wrongs|grief|hard feelings|misunderstanding|stress|suffering)|(?:all )?(?:my|the) (?:past )?(?:behaviou?r|actions|conduct|mistakes|wrongs|wrongdoings|failings|shortcomings)|(?:being|who i am|being me|existing|being who i am)|my (?:part|role|share) in (?:all )?(?:of )?(?:it|this|that|everything|what happened|the mess|things)|all (?:the|my) (?:hurt|pain|trouble|stuff|things|mistakes|wrongs)|(?:the way|how) (?:i've|ive|i have) (?:been|acted|behaved|carried on)(?= *(?:lately|recently|this (?:year|past year|month)|for (?:years|months|a while|so long)|all this time|towards? (?:you|u))? *(?:[.!,;]|$|and\b))|(?:the|that|this|our|my) (?:little |small |slight |tiny |minor )(?:misunderstanding|mix-?up|miscommunication|misstep|slip-?up|blip|hiccup|incident|episode))`;

/** The act is named right after: "everything I put you through when I took...", ": the lies about...". */
function namedAfter(norm: string, end: number): boolean {
  const after = norm.slice(end, end + 80);
  if (/^ (?:(?:that )?i (?:said|did|wrote|put you through)(?: to (?:you|u))?(?: (?:that|last|the other) (?:night|day|week|time|evening))?,? (?:about|at|on|in|when|after|during|over)) /.test(after)) return true;
  return /^\s*(?:[:\-–(]|,? (?:especially|particularly|namely|like|including|from|above all)\b|(?: (?:that )?i (?:put you through|did|caused|said))?,? (?:when|while|after|by|in) (?:i|me)\b|(?: (?:that )?i (?:put you through|did|caused))? (?:with|about|over|around) (?:the|my|your|ur)\b)/.test(after);
}

/** An occasion named right after: "at dinner", "on saturday", "last night", "in the car". */
const OCCASION = primed(/^,? ?(?:at|on|in|during|last|that|the other|when|about|to (?:your|ur|the))\b/);

const BACK_REFERENCE = primed(
  new RegExp(String.raw`\b${APOLOGY}\b(?: (?:so much|truly|sincerely|deeply|honestly|really))* (?:for|about) (?<s>(?:all )?what i(?:'ve| have|ve)? (?:did|done|did to (?:you|u)|done to (?:you|u)))(?=\s*[.!]*\s*$)`, 'd'),
);

/**
 * "I'm sorry for what I did." names nothing by itself, but after the act has been told
 * ("I took your savings. I'm sorry for what I did.") it points back to it. The analyser
 * counts this as vague only when the draft names no specific act anywhere.
 */
export function backReference(sentence: Sentence): RuleMatch | null {
  const m = BACK_REFERENCE.exec(sentence.norm);
  const g = m?.indices?.groups?.s;
  return g ? { start: g[0], end: g[1] } : null;
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
      needs: ['sorry', 'soz', 'sry', 'apolog', 'regret', 'amends', 'make up'],
      re: rx(raw`\b(?:${APOLOGY}|amends|my apologies|make up)\b(?: (?:to (?:you|u|anyone|everyone|all)|again|so much|truly|sincerely|deeply|honestly|really))*,? (?:for|about|over|regarding|re) (?<s>${VAGUE_OBJECT})\b`),
      unless: (norm, _m, span) => {
        const s = norm.slice(span.start, span.end);
        // "the little misunderstanding about the money" renames the act even with a topic.
        if (/(?:little|small|slight|tiny|minor) \S+$/.test(s)) return false;
        if (namedAfter(norm, span.end)) return true;
        // "sorry for any issues this may cause", "sorry for everything being late": about the
        // message or an arrangement, not a harm.
        if (/^any /.test(s) && /^ (?:this|that|it) (?:may|might|could|will|has|is|causes)\b/.test(norm.slice(span.end))) return true;
        if (/^(?:everything|it all|all (?:of )?(?:that|this|it))$/.test(s) && /^ (?:being|going|taking|getting|running)\b/.test(norm.slice(span.end))) return true;
        // "the things I said at the wedding": the occasion points at one act.
        if (/\b(?:did|said|done)$/.test(s) && OCCASION.test(norm.slice(span.end, span.end + 40))) return true;
        // "what happened with jess", "what went on at the party": a pointer to one event.
        if (/(?:happened|went on|went down)$/.test(s) && /^\s*(?:with|at|on|in|between|last|that|the other|when|after|before)\b/.test(norm.slice(span.end))) return true;
        // "my behaviour at dinner", "my actions at your wedding" are still vague labels, but
        // "the mess I made of your kitchen" names something: keep only the clearly empty ones.
        if (/^(?:all )?(?:the|that|this) (?:stuff|mess|situation|matter|business|incident)$/.test(s) && /^\s*(?:i|that i|with|of|on|in) (?!did|said|caused|went|happened)/.test(norm.slice(span.end))) return true;
        return false;
      },
    },
    {
      // "whatever I did", "anything I may have done", "any hurt I may have caused", "in any way"
      needs: ['whatever', 'any', 'someone', 'people', 'everyone', 'being me'],
      re: rx(raw`(?<s>\bwhatever (?:it is |it was )?(?:i (?:did|said|may have (?:done|said)|might have (?:done|said)|have done|'ve done|ve done)|happened)\b|\banything (?:that )?i (?:may|might|could) have (?:done|said)\b|\bany (?:hurt|pain|harm|distress|trouble|upset|offen[cs]e|damage) (?:that )?(?:i |that |this |it )?(?:may|might|could)? ?(?:have )?(?:caused|done)\b|\b(?:hurt|offended|upset|wronged|let down|affected|harmed|bothered|inconvenienced|disrespected|impacted|distressed|troubled) (?:you |u |anyone |anybody |(?:your|ur|the|my) \w+ )?in any way\b|\bfor being me\b|\bif (?:i|i've|ive|i have|i've ever|ive ever|i ever) (?:done|said|did) anything\b|\bif anything (?:that )?i (?:did|said|have done|'ve done|ve done|wrote)\b|\bcaused (?:you |u |anyone |anybody )?any (?:pain|hurt|harm|distress|trouble|upset|offen[cs]e|problems|grief)\b)`),
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
  ],
  examples: {
    positive: [
      "I'm sorry for everything.",
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
    ],
    negative: [
      "I'm sorry for everything I put you through when I emptied the holiday fund.",
      "I'm sorry for all of it: the lies about work, the missed dinners, the money from your purse.",
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
      'Should my absence from the hearing have caused you trouble, please accept my apologies.',
    ],
  },
});
