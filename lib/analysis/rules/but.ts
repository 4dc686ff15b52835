/**
 * but: the clause after "but/however" cancels the apology before it.
 * Traps: "not only ... but also"; "I was drinking, but that's no excuse"; a "but" in a
 * sentence with no apology; "nothing but", "no one to blame but me"; a "but" that leads into
 * repair or ownership ("..., but I want to make it right").
 *
 * A sentence that *starts* with "But"/"However" right after an apology ("I'm sorry for
 * cheating. But honestly, ...") is found with `leadingBut` and kept by the analyser only
 * when one of the previous two sentences apologises (`apologises`).
 */
import { filteredExec, filteredTest } from '../trigram-filter';
import type { RuleMatch, Sentence } from '../types';
import { defineRule, isDisowned, inQuotes, primed, rx } from './define';
import { APOLOGY, COULD_SAY_THAT, FEELING, INTENS, I_TOLD, TOLD_WHOM, YOUR_OCCASION } from './lexicon';
import { takesBackAt } from '../rebuttal';

const raw = String.raw;

const APOLOGY_OR_OWN = raw`(?:${APOLOGY}|i was wrong|(?:my|all my) fault|my bad|i messed up|i screwed up|i own (?:that|it|this)|i take (?:full )?responsibility|i (?:know |admit |realise |realize )?(?:i )?(?:shouldn't|shouldnt|should not|should never) have|(?:what i did|that|it) was (?:wrong|out of order|out of line|not ok|not okay)|i admit (?:it|that|i)|(?:yes|yeah|ok|okay|sure|true|fine),? i (?:did|took|lied|said|was|stole|broke|missed|used|spent|kept|hit|shouted|yelled|cheated|forgot|drank|borrowed)|i know (?:you're|youre|you are|ur|you were|u r|u are|you feel|you felt) (?:${INTENS}){0,2}${FEELING})`;
/**
 * Remorse or ownership that is not an apology in so many words ("I feel awful about", "I'm not
 * proud of", "I know I hurt you"): a "but" after it counts only when a defence follows.
 */
const SOFT_OWN = raw`(?:i (?:feel|felt) (?:so |really |truly |just |pretty )?(?:terrible|awful|bad|horrible|dreadful|sick|rotten) (?:about|for)|(?:i'm|im|i am) not proud of|i (?:know|admit|realise|realize) (?:that )?i (?:hurt|upset|let (?:you|u) down|wronged|failed|lied|cheated|stole)`
  // owning without apologising: "I accept I spoke harshly", "I'll own my part", "I hold my hands up",
  // "I'm accountable for", "please forgive me for", "I hate that I did", "I'm gutted I missed", "I chose to"
  + raw`|i accept (?:that )?(?:i|my)|i(?:'ll| will|ll)? own (?:my part|my share|it|that|this|what i did|up to)|i hold my hands up|(?:i'm|im|i am) (?:fully )?accountable|(?:please )?forgive me for|i hate (?:that|what|how) i|(?:i'm|im|i am) gutted|i chose to)`;
const SOFT_START = primed(new RegExp(raw`^${SOFT_OWN}`));
const CONNECTOR = raw`(?:but|however|though|although|even though|except that|that said|that being said|with that said|all that said|having said that|in my defen[cs]e|then again|yet(?=\s+(?:i|you|u|it|that|we|she|he|they)\b))`;

/** What follows "but" that keeps the apology standing: ownership, repair, change. */
const OWNING_AFTER = primed(new RegExp(
  raw`^\s*,?\s*(?:also\b|(?:i've|ive|i have) (?:also |since |now |finally )?(?:been (?:sober|clean|in (?:treatment|recovery|rehab|therapy|counselling|counseling)|going to|working|seeing|attending|paying)|stopped|changed|started|begun|joined|quit|got help|gotten help|paid)\b|(?:i'm|im|i am|i)\s+(?:not going to|not gonna|won't|wont|will not|refuse to|am not going to)\s+(?:make|offer|give|hide behind|use|pretend)\b|not only\b|most of all|above all|especially|even more|more importantly|mostly|mainly|for|me\b|myself\b|mine\b|i (?:know|knew) (?:that )?(?:there's|there is|it's|it is|it was|that's|that is|sorry|i|my|this|nothing|words|an apology)|(?:that's|thats|that is|it's|its|it is|this is|there's|there is|it was|that was|which is|none of (?:that|this|it) is) (?:no|not an?|never an?|not any) excuse|(?:that|it|this|none of (?:that|this|it)) (?:doesn't|does not|didn't|did not|won't|will not|can't|cannot) (?:excuse|justify|change|make it (?:ok|okay|right|better))|(?:i|i'm|im|i am|i've|ive|i'll|ill|i'd|id)\s+(?:also\s+|still\s+|really\s+|truly\s+)?(?:take|own|accept|was wrong|am (?:sorry|ashamed|responsible)|'m (?:sorry|ashamed|responsible)|can see|see now|realise|realize|understand (?:now|that i|i|how)|chose|choose|should have|should've|shouldn't have|shouldnt have|will|'ll|am going to|'m going to|'ve (?:stopped|changed|started|been|begun|joined|quit)|have (?:stopped|changed|started|been|begun|joined|quit)|want you to know|wanted you to know|wanted to (?:say|tell you|let you know|apologi|reach out|write|explain in person)|want to (?:make|pay|fix|repair|put|do|try|show|earn|prove|change|apologi)|would like to (?:make|pay|fix|repair|put)|'d like to (?:make|pay|fix|repair|put)|hope|promise|need to own|owe you|made (?:that|the|this) (?:choice|decision)|did it anyway|made my choices|know i was wrong)|(?:it was|that was|the choice was|the fault is|the fault was) (?:my|all my|mine)|(?:i'm|im|i am) (?:now |finally )?(?:calling|writing|here (?:to|for you|if|whenever)|reaching out|working on|making|paying|getting help|in treatment|in recovery|sober|clean|going to meetings|doing the work|ready to)|from now on|going forward|these days|today i|now i\b|since then i|nothing`
  // a condition that leaves the choice with them: "I'd like to apologise to her too, but only if you think it would help"
  + raw`|only (?:if|when|once) (?:you|u)(?:'re| are| r|re)? ?(?:want|wish|think|feel|agree|would like|'d like|d like|ready|happy|comfortable|willing|ok\b|okay|say so|decide|choose))`,
));

/** "sorry isn't enough, but", "sorry doesn't fix it, but": the word is discussed, not said. */
const APOLOGY_DISCUSSED = primed(/^\s*(?:is|isn't|isnt|is not|doesn't|doesnt|does not|won't|wont|can't|cant|cannot|will never|alone|just|only|might not|may not|will not|never|seems|sounds|feels|means)\b/);

const POLITENESS = primed(/^\s*(?:,\s*)?(?:to (?:bother|interrupt|trouble|disturb|ask|say|hear|chase|pester|nag|hassle|spam|message|text|email|write|cancel|be a pain)|(?:for|about) (?:the |my |this )?(?:late|slow|delay|delayed|short notice|mix-?up|confusion|typo|typos|long (?:email|message|text)|rambling|spam|inconvenience|wait|hassle|last[- ]minute|radio silence|silence|double (?:text|message)|change of plan|early|noise)|i'm late|im late|i'm running late|im running late|if (?:i (?:missed|misread|overlooked|misunderstood) (?:it|something|this|that|the)|this (?:is|was|has|sounds|seems)|(?:you|u)(?:'ve| have) already))/);

/** Scheduling after "sorry, but": "I can't make Thursday", "we'll have to reschedule". */
const LOGISTICS = primed(/^\s*,?\s*(?:i|we) (?:can't|cant|cannot|can not|won't be able to|wont be able to|'m not able to|m not able to|am not able to|couldn't|couldnt) (?:make|come|attend|do (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the|that|tomorrow|today|tonight)|join|be there)\b|^\s*,?\s*(?:i|we) (?:have|need|'ll have|'ll need|will have|will need) to (?:cancel|reschedule|postpone|move|push)\b/);

/**
 * More that keeps the apology standing after "but": repair offered ("but I'd like to pay for the
 * windscreen"), the word sorry weighed ("but sorry on its own isn't going to cut it"), more remorse
 * ("but what I'm sorriest for is…", "but more than that I'm ashamed"), the choice owned ("but I
 * knew what I was doing"), the harm weighed up ("it was one day, but it was your day"), the
 * apology weighed ("but I know that alone doesn't earn your trust back"), an earlier apology found
 * wanting ("I said sorry the next day, but I never actually admitted I'd taken the ring").
 */
const OWNING_MORE = primed(new RegExp(raw`^\s*,?\s*(?:(?:i'd|id|i would|i)\s+(?:really\s+|also\s+)?(?:like|love|want|hope|plan|intend|mean|am going|'m going|m going) to (?:make|pay|fix|repair|put|replace|cover|give (?:you|u) back)\b|sorry (?:on its own |alone |by itself |in itself )?(?:isn't|isnt|is not|won't|wont|doesn't|doesnt|does not|will never|can't|cant|cannot|is never)\b|what i(?:'m| am) (?:most |really |truly )?(?:sorr(?:y|iest)|ashamed|regret)|i (?:still |always |fully )?(?:knew|know) (?:exactly |full well )?what i was doing|i (?:still )?(?:chose|decided|made the choice) to|(?:i'm|im|i am) (?:even |much |far |a lot )?(?:more sorry|sorrier|more ashamed)|(?:you|u) (?:really )?(?:do not|don't|dont|never|won't ever|will never) (?:owe me|have to (?:reply|respond|answer|write|forgive|see|talk|call|do|say)|need to (?:reply|respond|answer|write|forgive|do|say))\b|take (?:all |whatever |as much )?(?:the )?time (?:you|u) need|there(?:'s| is) no (?:pressure|rush|obligation|expectation)|(?:i'll|ill|i will) (?:respect|accept|understand) (?:whatever|any|your)\b|it was ${YOUR_OCCASION}|it (?:mattered|meant (?:everything|so much|a lot|the world))\b|(?:more than that|above all|most of all|even more),? (?:i'm|im|i am|i feel) (?:so |deeply |truly |really )?(?:ashamed|sorry)\b|(?:i know )?(?:that|this|it|saying sorry|sorry|an apology|words) (?:alone|on (?:its|their) own|by itself) (?:doesn't|does not|won't|will not|can't|cannot|isn't|is not)\b|i (?:never|didn't|did not) (?:actually |really |properly |once )?(?:admit|admitted|own|owned|name|named|explain|explained|tell (?:you|u) (?:why|what|the truth))\b)`));

/** "however you judge best", "however long it takes": "however" as "in whatever way", no turn. */
const MANNER_HOWEVER = primed(/^\s*(?:(?:you|u|they|we|he|she) (?:\w+ )?(?:like|want|wish|see fit|judge|prefer|choose|decide|think best|feel best)\b|(?:long|much|many|far|often) )/);

/**
 * "I told you work wouldn't let me off, but the truth is I was hungover", "I'd like to say it was a
 * one-off, but the truth is I drove drunk regularly": the "but" corrects the writer's own cover
 * story or the saying they set aside, which owns more, not less.
 */
const COVER_BEFORE = primed(new RegExp(
  raw`\b(?:${I_TOLD}|i said to) (?:${TOLD_WHOM}|(?:the|my|your|ur) \w+)\b[^.!?;]*$` +
    // "I'd like to say it was a one-off, but the truth is…": a saying set aside, then the truth
    raw`|\b${COULD_SAY_THAT}\b[^.!?;]*$`,
));
const TRUTH_AFTER = primed(/^\s*,?\s*(?:the (?:truth|real reason|reality|fact) (?:is|was)|truthfully|in truth|in reality|in fact|actually|really)\b/);

function correctsCoverStory(norm: string, start: number, end: number): boolean {
  return TRUTH_AFTER.test(norm.slice(end, end + 40)) && COVER_BEFORE.test(norm.slice(Math.max(0, start - 100), start));
}

function owningAfter(norm: string, end: number): boolean {
  // "…, but that doesn't make any of it okay": the "but" turns against the excuse, not the apology
  const after = norm.slice(end, end + 120);
  if (norm.endsWith('however', end) && MANNER_HOWEVER.test(after)) return true;
  return OWNING_AFTER.test(after) || OWNING_MORE.test(after) || takesBackAt(norm, end);
}

/** "I regret it, not for my sake but because of what it cost you": a "not X but Y" correction, no turn. */
const NOT_X_BUT = primed(/(?:^|[,;:]\s*)not (?:for|because|about|to|out of|in|from|with|so) [^,.;!?]{1,40}$/);

function correctsNotX(norm: string, butStart: number): boolean {
  return NOT_X_BUT.test(norm.slice(Math.max(0, butStart - 60), butStart).trimEnd());
}

const LEADING = rx(raw`^\W{0,3}(?<s>${CONNECTOR})\b`);
const HAS_APOLOGY = primed(new RegExp(raw`\b${APOLOGY_OR_OWN}\b`));

/** True when the sentence makes (or owns) an apology; used for a leading "But" next. */
export function apologises(sentence: Sentence): boolean {
  const m = filteredExec(HAS_APOLOGY, sentence.norm);
  if (!m) return false;
  return !APOLOGY_DISCUSSED.test(sentence.norm.slice(m.index + m[0].length));
}

/**
 * A defence right after a mid-sentence "but": the other person, an excuse, an intention
 * ("I was going to", "I was only", "you never", "it was just", "to be fair").
 */
const DEFENSIVE_AFTER = primed(new RegExp(
  raw`^\s*,?\s*(?:honestly,? |to be (?:fair|honest),? |in (?:my |all )?fairness,? |let's be (?:honest|fair|real),? |come on,? )?(?:(?:it|that) (?:was|is) (?:just |only )?(?:the|a) heat of the moment|(?:it|that) takes (?:two|both of us)|anyone would have|i did it (?:to|for|because)|(?:\w+ ){1,2}(?:was|is) never (?:the plan|my intention|intended)|i (?:was|got|had been) (?:stuck|busy|held up|running late|working)|the \w+ came out of nowhere|what was i (?:meant|supposed) to do|(?:you|u|ur|your|he|she|they|everyone|everybody|nobody|no one)\b(?! (?:deserve|deserved|were right|are right|had every right|have every right|did nothing|didn't deserve))|(?:it|that|this) (?:was|wasn't|wasnt|is|isn't|isnt) (?:only|just|not (?:like|as|that)|never|your|his|her|their|partly)\b|it's not like|its not like|at least|i (?:was|had been) (?:only|just|always|so|really|under|too|completely|totally|going to|gonna|drunk|high|tired|stressed|exhausted|desperate|scared|broke)\b|i (?:didn't|didnt|never) (?:mean|know|think|realise|realize|intend|plan)\b|i (?:had|felt) (?:no choice|to|like i had)\b|i (?:only|just) (?:did|wanted|meant|took|borrowed|had)\b|i had (?:a|my|good) (?:reason|reasons|feeling)\b|there (?:was|were) (?:a reason|reasons|nothing i)|the (?:truth|fact|thing) is\b)`,
));
/** What follows a quiet connector ("only", "still", "yet", "except") when it defends. */
const QUIET_DEFENCE = primed(/^\s*,?\s*(?:honestly,? |to be (?:fair|honest),? |in (?:all )?fairness,? |in my defen[cs]e,? )?(?:(?:you|u) know (?:how|what|i|that)|(?:you|u|ur|your|he|she|they)\b(?! (?:deserve|deserved|were right|are right|had every right|have every right|did nothing|didn't deserve))|(?:things|work|money|life|everything|it) (?:has|have|had|was|were|got|'s|s) (?:been )?(?:so |really |pretty |a bit )?(?:hard|tough|rough|mad|crazy|desperate|tight|difficult|hectic|bad|insane|stressful)|i(?:'d|d| had) (?:just|only)|i (?:was|had been) (?:so |really |under|going through|in a|only|just|drunk|high|tired|stressed|exhausted|desperate|scared|broke)|(?:it|that|this) (?:was|wasn't|wasnt|is|isn't|isnt) (?:only|just|not (?:like|as|that)|never|your|his|her|their|partly|the first)\b|at least|the (?:truth|fact|thing) is|what was i (?:meant|supposed) to do|i(?:'ve|ve| have) been (?:so |really |pretty )?(?:depressed|stressed|busy|swamped|unwell|sick|struggling|going through|under)|(?<=fairness,? |fair,? |defen[cs]e,? )\w)/);

function quietDefence(norm: string, end: number): boolean {
  return QUIET_DEFENCE.test(norm.slice(end, end + 80));
}

/** A defence announced before a mid-sentence "however": "I must point out, however", "my intentions, however". */
const DEFENCE_BEFORE = primed(/\b(?:i (?:must|have to|should|need to|would like to|'d like to|feel i should) (?:point out|say|add|stress|mention|note)|my (?:intentions?|reasons?|motives?|motivation)(?: (?:here|then|at the time))?|in (?:all )?fairness|to be fair)\W*$/);

const MID = rx(raw`[\s,;:\-(](?<s>but|however|though)\b`);
/** A sentence-initial "Still," or "Except,". */
const QUIET_LEADING = /^\W{0,3}(?:still|except)(?=\s*,)/;
/** "Not only ... but also": no turn (tested only where the words are, a substring search first). */
const NOT_ONLY = /\bnot only\b/;

/**
 * A "But" that leans on the apology in the sentence before: sentence-initial ("I'm sorry.
 * But honestly, ..."), or mid-sentence in a sentence that does not apologise itself when a
 * defence follows ("I'm sorry about the rent. I know it was late, but you never reminded me.").
 * The analyser counts it only when one of the previous two sentences apologises.
 */
export function leadingBut(sentence: Sentence): RuleMatch | null {
  const norm = sentence.norm;
  LEADING.lastIndex = 0;
  const m = LEADING.exec(norm);
  if (!m) {
    // "Still, you know what the traffic is like": a quieter turn, kept only with a defence after.
    const q = QUIET_LEADING.exec(norm);
    if (q && quietDefence(norm, q[0].length)) {
      const start = q[0].search(/[a-z]/);
      return { start, end: q[0].length };
    }
    return midBut(sentence);
  }
  const g = m.indices?.groups?.s;
  if (!g) return null;
  const rest = norm.slice(g[1]);
  if (rest.replace(/[^a-z]+/g, '').length < 6) return null; // "But." / "however" on its own
  if (owningAfter(norm, g[1])) return null;
  return { start: g[0], end: g[1] };
}

function midBut(sentence: Sentence): RuleMatch | null {
  const norm = sentence.norm;
  if (filteredTest(HAS_APOLOGY, norm)) return null; // the sentence's own rule decides
  if (norm.includes('not only') && NOT_ONLY.test(norm)) return null;
  MID.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MID.exec(norm)) !== null) {
    const g = m.indices?.groups?.s;
    if (!g) continue;
    if (/\b(?:nothing|anything|all|none|no one|nobody|everyone|anyone)\s*$/.test(norm.slice(0, g[0]))) continue;
    if (inQuotes(norm, g[0]) || isDisowned(norm, g[0]) || correctsNotX(norm, g[0]) || correctsCoverStory(norm, g[0], g[1])) continue;
    if (owningAfter(norm, g[1])) continue;
    if (DEFENSIVE_AFTER.test(norm.slice(g[1], g[1] + 80))) return { start: g[0], end: g[1] };
    if (DEFENCE_BEFORE.test(norm.slice(Math.max(0, g[0] - 60), g[0]))) return { start: g[0], end: g[1] };
  }
  return null;
}

export default defineRule({
  id: 'but',
  title: '"But" undoes it',
  severity: 'problem',
  explanation:
    'Whatever comes after "but" tends to be what the other person hears, and it can wipe out the apology before it. Letting the apology stand on its own, and ending the sentence there, keeps it whole.',
  suggestion: 'End the sentence after the apology; if there is more to say, say what you will do.',
  gate: /\b(?:but|however|though|although|said|defen[cs]e|again|yet|except|still|only)\b/,
  patterns: [
    {
      needs: ['sorry', 'soz', 'sry', 'apolog', 'regret', 'wrong', 'fault', 'my bad', 'messed up', 'screwed up', 'i own', 'responsib'],
      re: rx(raw`\b${APOLOGY_OR_OWN}\b[^.!?]{0,140}?[\s,;:\-(](?<s>${CONNECTOR})\b`),
      unless: (norm, m, span) => {
        const before = norm.slice(m.index, span.start);
        if (/\bnot only\b/.test(norm.slice(0, span.start)) || correctsNotX(norm, span.start) || correctsCoverStory(norm, span.start, span.end)) return true;
        if (/\b(?:nothing|anything|all|none|no one|nobody|noone|no-one|cannot|can't|everyone|everybody|anyone)\s*$/.test(before)) return true;
        const afterApology = before.replace(new RegExp(raw`^${APOLOGY_OR_OWN}`), '');
        // Politeness, not an apology for harm: "sorry to bother you, but", "sorry for the late reply, but".
        if (POLITENESS.test(afterApology)) return true;
        if (APOLOGY_DISCUSSED.test(afterApology)) return true;
        if (owningAfter(norm, span.end)) return true;
        // "Sorry, but I can't make Thursday": arranging, not excusing.
        if (LOGISTICS.test(norm.slice(span.end, span.end + 60))) return true;
        // "though"/"although" at the very end is emphasis ("I am sorry though").
        if (norm.slice(span.end).replace(/[^a-z]+/g, '').length < 6) return true;
        // The apology itself is disowned or quoted.
        if (isDisowned(norm, m.index) || inQuotes(norm, m.index)) return true;
        return false;
      },
    },
    {
      // the same turn with a quieter word: "sorry I missed it, only things have been mad at work",
      // "I apologise, yet in fairness it was...", "sorry I shouted. Still, you know how you get":
      // kept only when a defence follows, since "still" and "only" mostly mean other things.
      needs: ['sorry', 'soz', 'sry', 'apolog', 'regret', 'wrong', 'fault', 'my bad', 'messed up', 'screwed up', 'i own', 'responsib', 'feel', 'felt', 'proud', 'know', 'admit', 'accept', 'own', 'hold', 'accountable', 'forgive', 'hate', 'gutted', 'chose'],
      re: rx(raw`\b(?:${APOLOGY_OR_OWN}|${SOFT_OWN})\b[^.!?]{0,140}?[\s,;:\-(](?<s>still|except|only|yet|but|however|though)\b`),
      unless: (norm, m, span) => {
        if (isDisowned(norm, m.index) || inQuotes(norm, m.index)) return true;
        const before = norm.slice(m.index, span.start).replace(new RegExp(raw`^${APOLOGY_OR_OWN}`), '');
        if (POLITENESS.test(before) || APOLOGY_DISCUSSED.test(before)) return true;
        // Only the quiet words need the comma before them; "but" after soft remorse needs a defence too.
        const word = norm.slice(span.start, span.end);
        if (/^(?:still|except|only|yet)$/.test(word) && !/[,;:\-(]\s*$/.test(norm.slice(0, span.start))) return true;
        // "…if you think that's ok, only you can decide that": "only" as "no one but" (the taxonomy's
        // minimizing trap "only you can decide"), no turn.
        if (word === 'only' && /^\s*(?:you|u|they|he|she|we)\s+(?:can|could|get to|should|will|would|know|decide|have the right)\b/.test(norm.slice(span.end))) return true;
        // After a plain apology, "but/however/though" is the first pattern's call.
        if (!/^(?:still|except|only|yet)$/.test(word) && !SOFT_START.test(norm.slice(m.index))) return true;
        if (/\bnot only\b/.test(norm.slice(0, span.start)) || /\b(?:nothing|anything|all|none|no one|nobody|everyone|anyone)\s*$/.test(norm.slice(0, span.start))) return true;
        return owningAfter(norm, span.end) || !(quietDefence(norm, span.end) || DEFENSIVE_AFTER.test(norm.slice(span.end, span.end + 80)));
      },
    },
  ],
  examples: {
    positive: [
      "I'm sorry, but you have to understand how stressed I was.",
      'I apologize; however, I was under a lot of pressure.',
      'im sorry i yelled but u wouldnt stop nagging me',
      "I'm sorry I missed your recital, but work has been insane lately.",
      'sorry about the money but u know i was going thru alot',
      'I was wrong, but you were too.',
      'I know I should never have opened your post, but I was worried about you.',
      'yeah i borrowed the van, but u said i could',
      "I know you're hurt, but you need to hear my side.",
      "I'm sorry I missed the funeral, but I'm here now.",
      "Sorry I never paid the deposit back, only work has been so tight since spring.",
      "I apologise for shouting at your dad, yet in all fairness he started on me first.",
      "I feel awful about the fence, but honestly it was only a matter of time before it fell.",
      "i know i let u down but u never gave me a chance",
      "I'm not proud of what I said, but you pushed and pushed.",
      "sorry i took the car, still, u know what the buses are like",
      "I'm sorry I shouted; that being said, you did wind me up.",
      'I accept I was rude to your mum, but it was the heat of the moment.',
      "I'll own my share of it, but honestly it takes two to fall out like that.",
      'I hold my hands up to the crash, but the cyclist came out of nowhere.',
      "I'm accountable for the missed payments, but you knew money was tight.",
      'Please forgive me for what I said, but you should never have read my texts.',
      "I shouted at you, and I hate that I did, but you pushed me to it.",
      "im gutted i missed ur party but i was stuck at work",
      'I chose to hide the letters, but I did it to spare you the worry.',
    ],
    negative: [
      // session 13: traps in general words
      "I'm sorry. I apologised at the time, but I never properly explained what I had done with the money.",
      "I'm sorry, and I'd like to say it only happened once, but the truth is I did it for months.",
      "I'm sorry to your sister too, and I'll write to her when you think it's right, only you can decide that.",
      "I'm sorry, but more than that I'm ashamed of how I spoke to you.",
      "I'm sorry, but I know that alone doesn't pay back what I took.",
      "I'm sorry I missed it. It was one afternoon, but it was your big day.",
      "I'm sorry I stole from the till, but I'm even more sorry I made you doubt Jenny, who did nothing wrong.",
      "I would like to repay the money, either to you or to the company, however you judge best.",
      "I'm sorry, and I know sorry won't fix it, but I'd like to pay for the damage.",
      "I regret it, not for my own sake but because of what it cost you.",
      "I'm sorry I lied, but what I'm most ashamed of is letting you take the blame.",
      "Yeah I was high, but that doesn't make any of it okay.",
      "I was angry with my boss, but none of that gives me the right to take it out on you.",
      'Not only did I lie about the loan, but I also forged your signature.',
      "I was drinking, but that's no excuse for what I did.",
      'I wanted to ring you, but I thought a letter would give you more space.',
      "I'm sorry I lied, but I want to make it right, and I'll pay back every penny.",
      'There is no one to blame but me, and I am sorry.',
      "I know sorry isn't enough, but I've started paying back what I took.",
      "I'm sorry I took it, but from now on I'll ask first.",
      "I am sorry I missed it, I really am though.",
      "Sorry, but I won't be able to make the meeting on Monday.",
      "I shouldn't have written, but I wanted you to know I'm paying the £80 back.",
      "I'm sorry I lied, but I've been sober since March and I'm paying you back.",
      "I'm sorry I missed your birthday, only I wanted to say it properly in a letter.",
      'I feel terrible about the money, and I am still paying it back.',
      "I know I hurt you, yet I'm grateful you read this far.",
      "I'm sorry, it still hurts me to think of that night.",
      "I'm sorry I lied to you; that being said, I want to make it right.",
      "I accept I let you down, but I'm going to keep showing up.",
      "I'll own my part, but most of all I want you to know I'm sorry.",
      'I hold my hands up to all of it, but I know words are cheap.',
      'Please forgive me for the lies, but only when you are ready.',
      "I'd also like to apologise to your mum in person, but only if you think it would help her.",
      "im sorry about the car, i want to say it to your dad too but only if u want me to",
      "I chose to drink that night, but I've been sober since March.",
      'I accept that you need space, but I will be here.',
    ],
  },
});
