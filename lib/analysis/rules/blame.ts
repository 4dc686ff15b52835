/**
 * blame: moves responsibility to the other person ("you made me", "if you hadn't...",
 * "you know how you get", "it takes two").
 * Traps: "you were right to cut me off", "you made me a better person", "you did nothing
 * wrong", "if you hadn't been there for me...", "You made the right call".
 */
import { defineRule, rx, withCoverStoryGuard } from './define';
import { HADNT, SERVED, THEY, WOULDNT, YOU, YOUR } from './lexicon';

const raw = String.raw;

/** "you made me" followed by something good is gratitude, not blame. */
const GOOD_AFTER_MADE_ME = /^\s*(?:a |an |so |feel )?(?:better|realis|realiz|see|understand|laugh|smile|happy|proud|welcome|loved|feel loved|feel safe|feel at home|want to|who i|stronger|a better|the person|dinner|breakfast|lunch|a cake|tea|coffee|promise)/;

/** "you made me go to that first meeting", "she pushed me to get help": the push toward recovery, not toward the harm. */
const MADE_ME_GET_HELP = /^\s*(?:to )?(?:go|get|see|call|ring|phone|book|face|take|seek|ask for|stop|quit|admit|come|look at|tell the truth)\b[^.!?;,]{0,30}?\b(?:meetings?|rehab|help|doctors?|gp|treatment|therapy|therapist|counsell?(?:or|ing)|sober|clean|detox|aa|na|truth|honest|the drinking|drinking|gambling|using)\b/;

/**
 * "you made me a birthday cake", "she made me breakfast": making something for me (a thing
 * follows), not making me do or feel something; "you made me a liar" stays blame.
 */
function madeForMe(after: string): boolean {
  return (
    /^\s*(?:a|an|some|the|my|your|his|her|this|that|these|those|breakfast|lunch|dinner|tea|coffee|supper|soup|pancakes|toast)\b/.test(after) &&
    !/^\s*(?:a|an|the|some|your) (?:liar|monster|wreck|mess|fool|joke|laughing|nervous|worse|bad|angry|drunk|thief|cheat|bit|little|lot|complete|total|bigger|different|shadow|puppet|prisoner|villain|scapegoat|bad guy|nobody)\b/.test(after)
  );
}

/** "you drove me to the hospital": a lift, told as the reader's care, not "you drove me to drink". */
const DROVE_ME_SOMEWHERE = /^\s*(?:to (?:the |a |an |my |our |his |her |your |ur )?(?:hospital|a&e|station|airport|school|work|church|court|hearing|appointment|funeral|doctors?|gp|clinic|surgery|detox|rehab|meetings?|treatment|interview|home|house|flat|bus|train|ferry)\b|home\b|back (?:home|to)\b|all the way\b|there\b|everywhere\b)/;

/**
 * What follows a counterfactual about them that makes it thanks, not blame: "If you hadn't called
 * the police, I would never have got help", "if you hadn't stayed with me through the detox, I
 * don't know where I'd be".
 */
const GRATEFUL_AFTER = /\b(?:got|get|gotten|getting) (?:help|sober|clean|better)\b|\b(?:(?:made|make) it (?:through|out|alive|home|back|this far)|(?:made|make) it(?=\s*(?:[.,;!?]|$))|survived|be here|been here|be alive|lived|died|given up|give up|known what|lost everything|be sober)\b|\b(?:don't|dont|do not) know where i(?:'d| would|d) be\b|\bi(?:'d| would|d) (?:still )?be (?:dead|drinking|using|on the streets|in prison|in jail|lost)\b/;

export default defineRule({
  id: 'blame',
  title: 'Blame shifting',
  severity: 'problem',
  explanation:
    'This puts part of the weight on them, so the apology can turn into an argument about who did what. An amends works best when it stays on your side of the street: only what you did.',
  suggestion: 'Leave out what they did and say only what you did.',
  patterns: withCoverStoryGuard([
    {
      // the customer's part set against the apology: "customers also have to take responsibility for",
      // "the terms were clearly stated at the time of booking", "you were asked several times to leave"
      needs: ['responsibility', 'terms', 'conditions', 'asked', 'warned', 'told'],
      re: rx(raw`(?<s>\b${SERVED} (?:also |too )?(?:have|need|has|needs|must) (?:to )?(?:take|bear|accept) (?:some )?(?:responsibility|care)\b[^.!?;]{0,40}|\bthe (?:terms(?: and conditions)?|conditions|rules|fees|charges|policy) (?:were|was|are|is) (?:clearly |plainly |fully )?(?:stated|set out|explained|displayed|published|available|signposted|shown)\b[^.!?;]{0,40}|\b(?:you|u|he|she|they|the (?:customer|passenger|guest|man|woman|client|member|patient|visitor)) (?:was|were) (?:asked|warned|told) (?:several|many|multiple|repeated|a number of|three|four|five|numerous) times\b[^.!?;]{0,30}|\b(?:you|u|he|she|they|the (?:customer|passenger|guest|man|woman|client|member|patient|visitor)) (?:was|were) (?:repeatedly|clearly) (?:asked|warned|told)\b[^.!?;]{0,30})`),
    },
    {
      // the person's consent set against the harm: "users who enabled location services agreed to
      // those terms", "he signed a release form before broadcast and raised no objection"
      re: rx(raw`(?<s>\b(?:users?|customers?|members?|guests?|patients?|participants?|contestants?|clients?|subscribers?|parents?|they|he|she|you|u)\b[^.!?;]{0,40}\b(?:agreed|consented) to (?:those|these|the|our|my) (?:terms|conditions|terms and conditions|policy)\b|\bsigned (?:a|the) (?:release|consent|waiver|disclaimer)(?: form)?\b[^.!?;]{0,60}|\b(?:raised|made|voiced) no (?:objection|complaint)s?\b)`),
      // "I signed the release form without reading it": the writer's own consent, not theirs
      unless: (norm, _m, span) => /\b(?:i|we)(?: (?:just|also|even|had|have|'ve|ve))? $/.test(norm.slice(Math.max(0, span.start - 20), span.start)),
    },
    {
      // the household's part set against the harm: "advice on ventilating the flat was given to the
      // household on several occasions", "the advice we gave the family was not always followed",
      // "tenants are responsible for keeping their homes heated"
      re: rx(raw`(?<s>\b(?:advice|guidance|instructions|warnings?|information|leaflets?)\b[^.!?;]{0,50}\b(?:was|were|had been|has been) (?:given|provided|offered|sent|issued) to (?:the )?(?:household|family|tenants?|residents?|customers?|occupants?|patients?|clients?|parents?|them|him|her|you|u)\b[^.!?;]{0,30}\b(?:on (?:several|multiple|numerous|a number of|many|repeated|three|four|five|two|at least (?:two|three|four|five)) occasions|repeatedly|several times|many times|more than once|again and again)\b|\b(?:advice|guidance|instructions|recommendations?|warnings?)(?: (?:i|we) (?:gave|provided|offered|sent)(?: (?:the |to )?(?:[a-z]+))?)? (?:was|were) (?:not|never|rarely|seldom) (?:always |consistently |fully |properly )?(?:followed|acted on|acted upon|heeded|taken up)\b|\b(?:tenants|residents|customers|occupants|users|passengers|guests|parents|patients|households|homeowners|members) (?:are|were|remain) (?:ultimately |also |solely |themselves )?responsible for (?:keeping|maintaining|ensuring|checking|following|reading|making sure)\b[^.!?;]{0,40})`),
    },
    {
      // "you made me", "u made me so mad", "you pushed me to the edge", "you drove me to it"
      needs: [' me'],
      re: rx(raw`\b(?<s>${THEY} (?:made|make|makes|forced|force|pushed|push|drove|drive|provoked|provoke|goaded|wound|winds|wind|baited|led|pressured|tempted) me)\b`),
      unless: (norm, _m, span) => GOOD_AFTER_MADE_ME.test(norm.slice(span.end)) || MADE_ME_GET_HELP.test(norm.slice(span.end)) || madeForMe(norm.slice(span.end)) ||
        (/\b(?:drove|drive)(?= me$)/.test(norm.slice(span.start, span.end)) && DROVE_ME_SOMEWHERE.test(norm.slice(span.end))) || /\b(?:never|didn't|didnt|did not|nobody|no one|not)\s+$/.test(norm.slice(Math.max(0, span.start - 12), span.start)),
    },
    {
      // "you made it so hard to tell you the truth", "she didn't make it easy for me"
      needs: ['made it', 'make it', 'makes it'],
      re: rx(raw`\b(?<s>${THEY} (?:made|make|makes) it (?:so |really |very |too |impossible|hard|difficult|near impossible)[^.!?;,]{0,40}(?:for me|to (?:tell|be|stay|talk|say|admit|come|trust))?)`),
      unless: (norm, _m, span) => !/(?:hard|difficult|impossible)/.test(norm.slice(span.start, span.end)),
    },
    {
      needs: ['make it', 'make things', 'make this'],
      re: rx(raw`\b(?<s>${THEY} (?:didn't|didnt|did not|never|doesn't|doesnt|does not) (?:exactly )?make (?:it|things|this) (?:easy|any easier|easier|simple))`),
    },
    {
      // "if you hadn't pushed me", "if u hadnt cut me off", "if you'd just listened"
      needs: ['if '],
      re: rx(raw`(?<s>\bif ${THEY}(?: (?:${HADNT}|${WOULDNT}|didn't|didnt|did not|had not)|(?:'d| had| d| would)(?: just| only| ever| not| actually)? (?:listened|stopped|given|left|trusted|backed off|helped|told|let|believed|cared|been (?:nicer|kinder|around|honest|there|home|more|less|a better|better|different|supportive|easier|available|here|faithful)|not)|(?:'d| had) (?:just|only)\b)\b[^.!?;,]{0,50})`),
      unless: (norm, _m, span) =>
        /\b(?:been there|helped|help me|stepped in|called|picked up|found me|come|came|stood by|believed|given me a chance|taken me in|supported|saved)\b/.test(norm.slice(span.start, span.end)) ||
        GRATEFUL_AFTER.test(norm.slice(span.start)) ||
        // "it scared them even if they didn't say so": what they kept to themselves, conceded
        (/\beven\s+$/.test(norm.slice(Math.max(0, span.start - 6), span.start)) && /\b(?:say|said|show|showed|tell|told|mention|mentioned|let on|admit|admitted)\b(?: (?:so|it|anything|that))?$/.test(norm.slice(span.start, span.end))) ||
        // an offer left to their permission or wish, not a counterfactual about their conduct: "I'd like
        // to pay for the course, if you'd let me", "if you'd like to talk I'm here, and if you wouldn't,
        // I understand" ("if you'd let me in I wouldn't have had to" stays)
        (/(?:\blet me|\bwouldn't|\bwouldnt|\bwould not)$/.test(norm.slice(span.start, span.end)) &&
          /^\s*(?:[,.;!?)]|$|or\b|and\b)/.test(norm.slice(span.end)) &&
          !/\b(?:wouldn't|wouldnt|would not|'d never|would never) (?:have|'ve|of)\b/.test(norm) &&
          (/\blet me$/.test(norm.slice(span.start, span.end)) || /\bif (?:you|u)(?:'d| would| d)? (?:ever )?(?:like|want|rather|prefer)\b/.test(norm.slice(0, span.start)))),
    },
    {
      // "you know how you get", "you know how I get when you bring up money"
      needs: ['know ', 'kno ', 'knw '],
      re: rx(raw`\b(?<s>${YOU} (?:know|kno|knw) (?:how|what) (?:${YOU} (?:get|are|can be|can get|always get|used to get|got|were|'re like|re like|are like|were like|get like)|(?:i|i'm|im) (?:get|am|gets)\b[^.!?;,]{0,25}\bwhen ${YOU}))`),
    },
    {
      // "it takes two", "it wasn't all me", "you're just as much to blame"
      needs: ['know', 'one', 'two', '2', 'all me', 'just me', 'only me', 'fault', 'my doing', 'on me', 'blame', 'started it', 'admit', 'defen', 'pretend'],
      re: rx(raw`(?<s>\bit takes (?:two|2)\b|\b(?:it|this|that) (?:wasn't|wasnt|was not|isn't|isnt|is not) (?:all|just|only|entirely|completely|100%|all on) (?:me|my fault|my doing|on me)\b|\bnot (?:all|entirely|completely|just) (?:me|my fault)\b|\b(?:you're|youre|you are|ur|u r|you were) (?:just )?as (?:much )?to blame\b|\b(?:your|ur) fault (?:too|as well)\b|\b(?:you|u|she|he|they) (?:kinda |kind of |sort of |technically |literally |did |were the one who |was the one who )?(?:started it|start it)\b(?! all over\b| again\b)|\byou (?:have to|gotta|need to|must) admit\b|(?<!\b(?:nothing|nothing to say|nothing i can say|nothing to be said|no words|not a word|can't say anything|cannot say anything|there's no|there is no|no) )\bin my defen[cs]e\b(?!,? i\b)|\b(?:you|u) know (?:exactly )?what (?:you|u) (?:did|done|said|did to me)\b|\b(?:you|u|she|he|they) (?:were|was|are|is) the one (?:who|that) (?:started|began|kicked off|provoked|picked|wound|pushed|brought)\b[^.!?;,]{0,30}|\b(?:not |stop |quit )?pretend(?:ing)? (?:that )?(?:it|this|that|everything) (?:was|is) (?:all |only |just |entirely )?(?:me|my fault|on me)\b)`),
      unless: (norm, _m, span) => /\bpretend/.test(norm.slice(span.start, span.end)) && !/\b(?:not|stop|quit|don't|dont|can't|cant)\b/.test(norm.slice(Math.max(0, span.start - 12), span.end)),
    },
    {
      // provocation after an apology: "you'd been winding me up all week", "u wouldnt stop nagging me"
      needs: ['wind', 'nag', 'on at me', 'on my case', 'provok', 'buttons', 'pushing me', 'goading', 'having a go', 'getting at me', 'picking', 'critici', 'going on at'],
      re: rx(raw`\b(?<s>${THEY}(?: had|'d| d|d| have|'ve| ve| were| was| kept| keep| wouldn't stop| wouldnt stop| would not stop| won't stop| wont stop| never stopped| always| just kept| kept on) (?:been )?(?:winding me up|wind me up|nagging|nag|on at me|on my case|provoking|pushing my buttons|pushing me|goading|having a go|getting at me|picking on me|picking fights|picking a fight|criticising|criticizing|going on at me))`),
    },
    {
      // counter-criticism: "you always expected too much of me", "u were always at work"
      needs: ['always', 'never', 'constantly'],
      re: rx(raw`\b(?<s>${THEY} (?:always|never|constantly)(?: ever)? (?:expected|expect|nagged|nag|criticised|criticized|criticise|criticize|pushed|push|listened|listen|let me|gave me|give me|made me|started|start|overreacted|overreact|blew|blow|complained|complain|moaned|moan|brought up|bring up|were (?:so )?(?:cold|critical|controlling|busy|at work|working|out|away|on your phone|on at me|nagging)|was (?:so )?(?:cold|critical|controlling|busy|at work|working|out|away)|had a go|picked|pick|judged|judge|belittled|put me down)\b[^.!?;,]{0,30})`),
      // "you never made me do anything" clears them; "you never complained once" thanks them
      unless: (norm, _m, span) => (
        /\bnever (?:once )?(?:made me do (?:anything|it|that|any of (?:it|that))|complained(?: once| even once| not once)?\b(?!,? so\b))/.test(norm.slice(span.start, span.end + 12)) && !/^\s*,? (?:so|which is why)\b/.test(norm.slice(span.end))) ||
        /\b(?:always|constantly)\b/.test(norm.slice(span.start, span.end)) && /\b(?:there for me|supported|believed in me|had my back|gave me (?:a|another|chances|everything|so much)|listened to me)\b/.test(norm.slice(span.start, span.end + 10)),
    },
    {
      // "your brother was being rude to me", "you were being unreasonable"
      needs: ['rude', 'unreasonable', 'difficult', 'horrible', 'nasty', 'annoying', 'impossible', 'out of order', 'provocative', 'aggressive', 'disrespectful', 'nightmare', 'a pain', 'asking for it', 'sensitive', 'dramatic', 'hysterical', 'controlling', 'on at me', 'in my face', 'in my ear', 'getting at me'],
      re: rx(raw`\b(?<s>${THEY}(?: (?:was|were|had been|kept|'d been)| was| were|'d been) (?:being |so |really |just |totally |completely |always |very )*(?:rude|unreasonable|difficult|horrible|nasty|annoying|impossible|out of order|provocative|aggressive|disrespectful|a nightmare|a pain|asking for it|too sensitive|oversensitive|overly sensitive|dramatic|hysterical|controlling|on at me|in my face|in my ear|getting at me)\b)`),
    },
    {
      // "you should have known better than to leave the cash out"
      needs: ['should'],
      re: rx(raw`\b(?<s>${THEY} (?:should have|should've|shouldve|should of) (?:known better|been more careful|locked|hidden|kept (?:it|them|the|a closer eye|an eye|a better eye)|watched|stopped me|told me|said something|checked|listened|thought)\b|\b${THEY} (?:shouldn't have|shouldnt have|should not have|shouldn't of) (?:left|pushed|provoked|started|nagged|lent|gone on|kept on|wound)\b)`),
    },
    {
      // "u were always at work", "you were never home"
      needs: ['always', 'constantly', 'never'],
      re: rx(raw`\b(?<s>${THEY} (?:were|was) (?:always|constantly|never) (?:at work|working|out|away|busy|gone|on (?:your|ur|her|his) phone|nagging|on at me|on my case|home|around|there)\b)`),
      unless: (norm, _m, span) => /\b(?:always|constantly) (?:there|around|home)\b/.test(norm.slice(span.start, span.end)),
    },
    {
      // "i wouldnt of had to take money if u hadnt": the need is pinned on them (with the if-clause above)
      needs: ['no choice', 'no option'],
      re: rx(raw`\b(?<s>(?:you|u) (?:left me|gave me) no (?:choice|option))\b`),
    },
    {
      // provocation that would not stop: "but you wouldn't stop shouting at me", "she wouldn't leave it alone"
      needs: ["wouldn't", 'wouldnt', 'would not', "won't", 'wont', 'refused'],
      re: rx(raw`\b(?<s>${THEY} (?:${WOULDNT}|won't|wont|will not|just wouldn't|just wouldnt|refused to) (?:stop|quit|leave (?:me|it) alone|let (?:it|me|things) (?:go|be)|drop it|back off|shut up|give it a rest|get off my back)\b[^.!?;,]{0,30})`),
      // "you wouldn't stop crying for hours after I left": their pain from my act is impact, not provocation.
      unless: (norm, _m, span) => /\b(?:crying|shaking|worrying|calling me|texting me|checking|asking (?:me )?(?:if|whether|where))\b/.test(norm.slice(span.start, span.end)),
    },
    {
      // warrant pinned on them: "you gave me every reason not to trust you", "you brought it on
      // yourself", "she had it coming", "you asked for it"
      needs: ['gave me', 'give me', 'given me', 'brought it', 'brought this', 'had it coming', 'asked for it', 'were asking', 'was asking'],
      re: rx(raw`\b(?<s>${THEY} ?(?:gave|give|have given|'ve given|had given) me (?:every|plenty of|good|all the|more than enough) reason(?:s)? (?:to|not to|for)\b[^.!?;,]{0,30}|${THEY} (?:brought|bring) (?:it|this|that|all this|all of this) on (?:yourself|yerself|himself|herself|themselves)\b|${THEY} had it coming\b|${THEY} (?:asked|were asking|was asking) for it\b(?!\s*(?:back|again|out|before|from|in|on|when|and|at|to|by)\b))`),
    },
    {
      // the misreading pinned on them: "sorry u took it the wrong way", "you misunderstood what I meant".
      // Taking it "too personally" or "hard" is about their feelings (the feelings rule), not an error of theirs.
      needs: ['took', 'take', 'taken', 'taking', 'misunder', 'misread', 'misheard', 'misinterpret', 'read too much', 'read into'],
      re: rx(raw`\b(?<s>${THEY} ?(?:took|take|taken|taking|have taken|'ve taken) (?:it|that|this|what i (?:said|did|wrote|meant)|my (?:comment|joke|text|message|words|remark)) (?:the wrong way|wrong|out of context)\b|${THEY} (?:completely |totally |just )?(?:misunderstood|misread|misheard|misinterpreted|read too much into|read (?:it|that|this) wrong)\b)`),
      // "I'm afraid you took it the wrong way because I said it the wrong way": owned.
      unless: (norm, _m, span) => /\bbecause (?:i|of me|of how i)\b/.test(norm.slice(span.end, span.end + 30)),
    },
    {
      // "if you'd kept a closer eye on it, none of this would have happened"
      needs: ['if '],
      re: rx(raw`(?<s>\bif ${THEY}(?:'d| had| d| would have|'d have)\b[^.!?;]{0,70}?\b(?:none of this|this|it|that|nothing|any of this|any of it) (?:would(?:n't| not| never)?|wouldnt|could(?:n't| not| never)?|couldnt) (?:have|of|'ve|ve) (?:happened|gone|been (?:like|this|that))\b)`),
      unless: (norm, _m, span) =>
        /\b(?:been there|helped|help me|stepped in|called|picked up|found me|come|came|stood by|believed|given me a chance|taken me in|supported|saved|known|told me)\b/.test(norm.slice(span.start, span.end)),
    },
    {
      // counter-accusation: "what about all the times you lied to me?" ("you weren't perfect either" is comparison)
      needs: ['what about', 'how about'],
      re: rx(raw`\b(?<s>(?:what|how) about (?:(?:all )?(?:the times?|that time|those times|what) ${THEY}|when ${THEY} ?(?:\w+ed|were|was|did|didn't|didnt|said|told|left|forgot|went|took|made|got|had|'d|kept|hid|never)\b)[^.!?;,]{0,40})`),
      unless: (norm, _m, span) => /\b(?:what|how) about\b/.test(norm.slice(span.start, span.end)) && /\b(?:helped|supported|forgave|stood by|were there|took care|looked after|picked me up|covered for me)\b/.test(norm.slice(span.start, span.end)),
    },
    {
      // a counter-charge against them after the apology: "but you've lied to me too", "but you kept
      // secrets from me as well"
      needs: ['lied', 'cheated', 'kept', 'hid', 'hidden', 'went behind', 'gone behind', 'hurt me', 'let me down', 'did the same', 'did worse', 'done the same', 'done worse'],
      re: rx(raw`\bbut (?<s>${YOU}(?:'ve| have| had|'d| ve)?(?: also)? (?:lied|cheated|kept (?:things|stuff|secrets|so much|a lot) from me|hid (?:things|stuff|money|secrets)|hidden (?:things|stuff|money|secrets)|went behind my back|gone behind my back|hurt me|let me down|did (?:the same|worse)|done (?:the same|worse))\b[^.!?;,]{0,30}?\b(?:too|as well|either)\b)`),
      unless: (norm, _m, span) => /\b(?:for|with|about) me too\b/.test(norm.slice(span.start, span.end)),
    },
    {
      // the cause pinned on them: "I left because you never listened", "you knew what I was like",
      // "you kept bringing it up", "you're one to talk"
      needs: ['because', 'cause', 'cuz', 'coz', 'cos', 'knew', 'kept', 'one to talk', 'talking'],
      re: rx(raw`(?<s>\b(?:because|cause|'cause|cuz|coz|cos) ${THEY} (?:never (?:listened|helped|cared|let me|gave me|supported|trusted|believed|called|came|stopped)|(?:wouldn't|wouldnt|would not) (?:listen|stop|let me|leave|help|talk|give)|kept (?:nagging|pushing|on at me|bringing (?:it|that) up|asking|pressuring|on about)|always (?:nagged|pushed|criticised|criticized|started))\b[^.!?;,]{0,25}|\b${YOU} knew (?:what i was like|how i (?:was|get|got)|i was (?:like that|an addict|an alcoholic|drinking|using))(?: when| going in| from the start| all along| and (?:still|stayed|you still|married|moved))\b|\b${THEY} (?:kept|would keep|wouldn't stop|wouldnt stop) (?:bringing (?:it|that|this|the \w+) up|going on about (?:it|that|the \w+)|pushing (?:and pushing|me)|asking (?:and asking|me about))\b|\b(?:you're|youre|you are|ur) (?:a fine |the last )?(?:one|person) to talk\b)`),
    },
    {
      // fault handed over or shared out: "it was as much your fault as mine", "partly your fault
      // too", "we're both to blame", "that's on you as much as me"
      needs: ['fault', 'faults', 'blame', 'on you', 'on u', 'on both', 'both sides'],
      re: rx(raw`(?<s>\b(?:(?:it's|its|it is|it was|that's|thats|that is|that was|this is|this was) )?(?:partly|half|also|just as much|as much|equally|at least partly|at least half|largely|mostly|every bit as much) (?:${YOUR}|her|his|their) fault\b(?: (?:as (?:much as )?mine|too|as well))?|\b(?:it's|its|it is|it was|that's|thats|that is|that was|this is|this was) (?:${YOUR}|her|his|their) fault(?: (?:too|as well|as much as (?:mine|me)|just as much|not (?:just )?mine))?\b|\b(?:${YOUR}|her|his|their) fault (?:as much as|just as much as|more than) (?:mine|me)\b|\b(?:it's|its|it is|it was|that's|thats|that was) (?:all )?(?:${YOUR}|her|his|their) own (?:fault|doing)\b|\b(?:we're|were|we are|we were|we're both|we both were) (?:both |equally |all )?(?:to blame|at fault|responsible)\b|\b(?:it's|its|it is|it was|that's|thats|that was) (?:both (?:of )?our faults?|on both of us|on us both)\b|\b(?:mistakes|faults?|wrongs?|blame|errors|lies|hurt|bad behaviou?r|bad choices)\b[^.!?;]{0,30}?\bon both (?:sides|parts|our parts)\b|\bon (?:you|u) (?:as much as|just as much as|more than) (?:me|on me)\b)`),
      // "it wasn't your fault", "none of this is your fault", "I told you it was your fault"
      unless: (norm, _m, span) =>
        /\b(?:not|n't|nt|never|none of|no way|nothing)\b[^.!?;,]{0,25}$|\b(?:told|convinced|made) (?:you|u|her|him|them|everyone|myself)(?: that)?\s*$|\b(?:said|say|saying|claimed|blamed you)\s*$/.test(norm.slice(Math.max(0, span.start - 30), span.start)) ||
        /^(?:it|that|this) (?:wasn't|wasnt|isn't|isnt|is not|was not)/.test(norm.slice(span.start, span.end)),
    },
    {
      // responsibility asked back of them: "you need to take some responsibility too", "you have to
      // own your part", "what did you expect me to do?"
      needs: ['need', 'have', 'should', 'must', 'ought', 'gotta', 'could', 'what did', 'what do', 'what else'],
      re: rx(raw`(?<s>\b${THEY} (?:need to|needs to|have to|has to|should|must|ought to|gotta|could) (?:also |too |really |at least )?(?:take|own|accept|admit|acknowledge|look at|own up to) (?:some |your |their |his |her |part of the |a share of the |some of the |partial |a bit of |a little )?(?:responsibility|part|share|blame|role|side)\b|\bwhat (?:did|do|else did|else do|else were|were) (?:you|u) expect(?:ing)?\b(?: me to| from me| when| after)?)`),
      unless: (norm, _m, span) => /\b(?:don't|dont|do not|doesn't|never|no)\b[^.!?;,]{0,12}$/.test(norm.slice(Math.max(0, span.start - 15), span.start)) || /\bwhat\b/.test(norm.slice(span.start, span.start + 5)) && /^\s*(?:of me when i|from (?:a|an) (?:drunk|addict)|from me back then)/.test(norm.slice(span.end)),
    },
    {
      // provocation named as a trigger: "you set me off", "you egged me on", "you brought out the
      // worst in me", "you got under my skin", "you started the argument", "you're the reason I drink"
      needs: ['set', 'sets', 'egged', 'egg', 'brought', 'bring', 'brings', 'got', 'get', 'gets', 'started', 'starts', 'start', 'kicked', 'came', 'come', 'went', 'reason', 'because', 'cause', 'cuz', 'coz', 'cos', 'since'],
      re: rx(raw`(?<s>\b${THEY} (?:set|sets|always set|always sets) me off\b|\b${THEY} (?:egged|egg|eggs|kept egging) me on\b|\b${THEY} (?:brought|bring|brings|bringing) out the (?:worst|beast|monster|devil|bad side) in me\b|\b${THEY} (?:got|get|gets|really got|really get) under my skin\b|\b${THEY} (?:started|start|starts|began) (?:the|that|this|every|all the|all those|our) (?:argument|fight|row|arguments|fights|rows|shouting|yelling|trouble|whole thing)\b|\b${THEY} (?:started|kicked off|kick off|kicks off|came|come|comes|went|go|goes) (?:on at me|at me|for me|on me)\b|\b(?:you're|youre|you are|ur|you were|she's|she is|he's|he is|she was|he was) (?:the |the whole |the only |the main |half the )?reason (?:why |that )?i (?:started|start|drank|drink|drinking|relapsed|used|use|lied|lie|cheated|left|snapped|lost it|yelled|hit|gamble|gambled|went back|turned to|kept drinking|couldn't stop|couldnt stop)\b|\b(?:because|cause|'cause|cuz|coz|cos|since) ${THEY} ?(?:had |'d |first |kept )?(?:ignored|ignoring|lied to|lying to|cheated on|provoked|disrespected|embarrassed|humiliated|insulted|hit|slapped|threatened|yelled at|screamed at|shouted at|nagged|nagging|mocked|laughed at|started on|came at|went for|wound up|winding up|criticised|criticized|belittled|accused|goaded|pushed) me\b)`),
      unless: (norm, _m, span) => /\b(?:never|didn't|didnt|did not|nobody|no one|not)\s+$/.test(norm.slice(Math.max(0, span.start - 12), span.start)),
    },
    {
      // the choice pinned on them: "you were the one who wanted to go", "you're the one who kept
      // pushing", "if you weren't always on my back", "you knew what you were getting into"
      needs: ['one', 'if ', 'knew', 'it was'],
      re: rx(raw`(?<s>\b(?:(?:${THEY} (?:were|was|are|is)|you're|youre|ur|u r|she's|he's|they're) the one|it was (?:you|u|her|him|them)) (?:who|that) (?:wanted|suggested|insisted|invited|dragged|pressured|encouraged|egged|kept (?:pushing|nagging|on|bringing|asking|going)|started|provoked|pushed|wound|picked|left (?:the|your|it|them)|lent me|gave me the|brought (?:it|that|the) up)\b[^.!?;,]{0,30}|\bif ${THEY} (?:weren't|werent|wasn't|wasnt|were not|was not|hadn't been|hadnt been) (?:always |so |constantly |forever |such an? |being so |being |on )(?:on my (?:back|case)|nagging|controlling|critical|cold|jealous|difficult|demanding|distant|busy|\w+ing|\w+)\b[^.!?;,]{0,30}|\b${YOU} knew what (?:you|u) (?:were|was) getting (?:into|yourself into)\b)`),
      // "if you weren't so kind to me, I'd have given up": gratitude, not blame
      unless: (norm, _m, span) => /\b(?:kind|patient|supportive|there for me|strong|forgiving|loving|generous|good to me|around)\b/.test(norm.slice(span.start, span.end)),
    },
    {
      // their share asserted: "you played a part in this too", "you had a hand in it", "you didn't
      // exactly help", "your nagging drove me to it", "I only reacted to what you did", "you
      // forced my hand", "you can't blame me"
      needs: ['part', 'role', 'hand', 'share', 'help', 'helped', 'nagging', 'yelling', 'shouting', 'screaming', 'constant', 'attitude', 'behaviour', 'behavior', 'jealousy', 'temper', 'moods', 'criticism', 'complaining', 'accusations', 'lies', 'lying', 'coldness', 'silence', 'questions', 'pressure', 'comments', 'reacted', 'responded', 'blame', 'seen it', 'saw it'],
      re: rx(raw`(?<s>\b${THEY} (?:also |too )?(?:played|had|have|has|'ve|'d) (?:a|your|their|his|her|some|a big|a huge|a real|your own|their own) (?:part|role|hand|share) in (?:this|it|that|what happened|all this|all of this|all of it|the mess|the fight|the argument)\b|\b${THEY} (?:didn't|didnt|did not|never) (?:exactly |really |ever )?help(?:ed)? (?:matters|things|the situation|either)\b|\b${THEY} (?:didn't|didnt|did not) exactly help\b|\b(?:your|ur|her|his|their) (?:nagging|yelling|shouting|screaming|constant \w+|attitude|behaviou?r|jealousy|temper|moods|criticism|complaining|accusations|lies|lying|coldness|silence|questions|pressure|comments) (?:made|drove|pushed|forced|provoked|wound|tipped|sent) me\b|\bi (?:only |just |was only |was just )?(?:reacted|responded|was reacting|was responding) to (?:what|how) ${THEY}\b[^.!?;,]{0,25}|\b${THEY} (?:forced|kind of forced|practically forced|basically forced) my hand\b|\b(?:you|u) (?:can't|cant|cannot|can not) (?:really |honestly |exactly )?blame me\b|\b${THEY} (?:should have|should've|shouldve|should of) (?:seen|saw) (?:it|this|that) coming\b)`),
      unless: (norm, _m, span) => /^\s*(?:a better|better|stronger|happy|who i)/.test(norm.slice(span.end)),
    },
    {
      // the condition they failed, in the plain past: "if you listened to me once in a while I
      // wouldn't have...", "maybe if you cared more, none of this..."; "you knew how to push my buttons"
      needs: ['if ', 'buttons', 'know', 'kno', 'knw'],
      re: rx(raw`(?<s>\bif ${THEY} (?:ever |just |actually |only |even )?(?:listened|cared|paid (?:more )?attention|spent (?:more )?time|gave me|showed|tried|helped|trusted me|supported me|noticed|respected me|let me|stopped|left me alone|backed off|were (?:home|around|there|nicer|kinder|more)|was (?:home|around|there|nicer|kinder|more))\b[^.!?;]{0,60}?\b(?:i (?:wouldn't|wouldnt|would not|would never|'d never|never would)|(?:none of this|nothing like this|none of it) (?:would|could)|(?:this|it|that|we) (?:wouldn't|wouldnt|would not|would never)|i (?:wouldn't|wouldnt) (?:of|have) had to)\b|\b${THEY} (?:always |really |sure )?(?:knew|know|knows) (?:how|exactly how) to (?:push|press|wind me up|get to me|get under my skin|set me off)\b[^.!?;,]{0,15}|\b${THEY} (?:pushed|push|pushes|pressed|press) (?:all )?my buttons\b|\b${YOU} (?:know|kno|knw) (?:how|what) (?:you're|youre|ur|u r|you were|u were) (?:like|when)\b[^.!?;,]{0,25})`),
      unless: (norm, _m, span) => /\b(?:been there|helped|help me|stepped in|called|picked up|found me|stood by|believed|given me a chance|supported|saved)\b/.test(norm.slice(span.start, span.end)),
    },
    {
      // provocation told in the passive, their silence or consent blamed: "I was provoked", "you never
      // said it bothered you", "how was I supposed to know?", "you said it was fine", "you never
      // stopped me", "that's on you", "the real problem was you"
      needs: ['provoked', 'pushed', 'goaded', 'baited', 'driven', 'backed', 'wound', 'never', 'how was', 'said', 'told', 'stopped', 'stop', 'on you', 'on u', 'problem'],
      re: rx(raw`(?<s>\bi was (?:provoked|pushed (?:to it|too far|into it|over the edge)|goaded|baited|driven to it|wound up)\b|\b${THEY} never (?:once )?(?:said|told me|mentioned|let on|showed|complained)(?: that)? (?:it|that|this|anything|any of (?:it|this)) (?:bothered|upset|hurt|was a problem|mattered|was wrong|was an issue)\b|\bhow (?:was|am|were) i (?:supposed|meant) to know\b(?! how\b)|\b${THEY} (?:said|told me|told me that|said that) (?:it was|it'd be|it would be|that was) (?:fine|ok|okay|alright|cool|no problem)\b|\b${THEY} (?:never|didn't|didnt|did not) (?:once )?(?:try to )?stop(?:ped)? me\b|(?<!\b(?:nothing (?:about|of)|none of|no part of|not one bit of|not a bit of|not any of|none) )\b(?:that's|thats|that is|it's|its|it is|this is|that was|it was) (?:all )?on (?:you|u)\b(?! (?:to|whether|if)\b)|\bthe (?:real |whole |only )?problem (?:was|is) (?:you|u|your \w+|ur \w+)\b)`),
      unless: (norm, _m, span) => /\b(?:not|n't|never)\s+$/.test(norm.slice(Math.max(0, span.start - 6), span.start)) && /\bon (?:you|u)\b/.test(norm.slice(span.start, span.end)),
    },
    {
      // the other's act as the condition of mine: "had the landlord warned us, I'd have...", "if your
      // brother had kept quiet, none of this would have happened", "if I'd felt wanted at home I'd
      // never have strayed"
      needs: ['if ', 'had'],
      re: rx(raw`(?<s>\b(?:(?:maybe )?if (?:you|u|your \w+|ur \w+|the \w+|they|he|she|someone|anyone|somebody|nobody|no one)(?:'d|d| had| hadn't| hadnt| had not| would have| would've| had ever|'d ever| d ever)|had (?:you|u|your \w+|ur \w+|the \w+|they|he|she|someone|anyone) (?:ever |just |only )?(?:told|picked|answered|said|locked|kept|given|been|listened|called|stopped|warned|shown|done|checked|noticed|helped|asked))\b[^.!?;]{0,80}?\b(?:none of (?:this|it|that) (?:would|wud|woulda|would've)|(?:i|we) (?:never (?:would|wud)|would(?:n't| not| never)|wouldnt|wud(?:nt| never)|would have|would of|woulda|would've)|(?:i'd|id|we'd) (?:never|not|have|of))\b[^.!?;,]{0,30}|\bif i(?:'d| had| d|d) (?:ever |only |just )?(?:felt|been made to feel|been) (?:wanted|loved|appreciated|supported|listened to|heard|respected|valued|noticed)\b[^.!?;,]{0,30})`),
      // "If you hadn't called the police, I would never have got help": gratitude, not blame
      unless: (norm, _m, span) => GRATEFUL_AFTER.test(norm.slice(span.start)),
    },
    {
      // the fault made mutual: "you're part of this too" (their own wrongs set beside mine, "you
      // lied too", "you're hardly innocent", "you owe me an apology too", are comparison), "I'll say sorry when you do", "take your share", "we were both in the
      // wrong" ("neither of us covered ourselves in glory" shares the shame and stays quiet), "it wasn't a one-way street", "you hit me first"
      needs: ['part', 'hardly', 'owe', 'apologi', 'sorry', 'take', 'own', 'both', 'only', 'one-way', 'one way', 'first', 'lied', 'cheated', 'said', 'yelled', 'shouted', 'screamed', 'had', 'too', 'either', 'yourself'],
      re: rx(raw`(?<s>\b(?:you're|youre|you are|ur|u r|u are) (?:\w+ )?(?:part of (?:this|it|the problem))\b[^.!?;,]{0,20}|\b(?:i'll|ill|i will) (?:apologi[sz]e|say sorry|say i'm sorry) (?:when|once|if) (?:you|u) (?:do|apologi[sz]e|say sorry)\b[^.!?;,]{0,25}|\b(?:take|own|accept) (?:yours|urs|your share|ur share|your part|ur part|your half|ur half)\b|\bif (?:you|u) (?:own|take|admit|accept) (?:yours|urs|your|ur)\b|\bwe(?:'re| are|re| were) both (?:in the wrong|to blame|at fault|guilty|as bad)\b|\b(?:wasn't|wasnt|was not|isn't|isnt|it's not|its not|this is not|this isn't) a one[- ]way street\b|\b(?:you|u|he|she|they) (?:\w+ )?(?:hit|punched|shoved|pushed|slapped|swung at|went for|kicked) (?:me )?first\b|\b(?:you|u|he|she|they) threw the first (?:punch|blow|insult|stone)\b)`),
    },
    {
      // the other's conduct as what set it off: "your nagging is what sent me out", "you stopped
      // listening, so I went elsewhere", "you'd checked out long before I did", "you spent years
      // ignoring me", "you kept leaving it out, so naturally...", "you had me so wound up"
      needs: ['what', 'reason', 'stopped', 'quit', 'checked', 'been', 'given', 'made it', 'spent', 'never', 'kept', 'keep', 'egging', 'buttons', 'got me', 'had me', 'wound', 'worked', 'pushing', 'pushin', 'poking'],
      re: rx(raw`(?<s>\b(?:your|ur)\b[^.!?;,]{0,30}? (?:is|was|were|are) (?:honestly |really |basically |exactly |probably )?(?:what|the thing that|the reason|why) (?:sent|drove|pushed|made|led|got|forced|tipped) me\b[^.!?;,]{0,20}|\b(?:you|u)(?:'d| had|d| d) (?:already |long since )?(?:checked out|stopped (?:paying|caring|loving|talking|listening|touching|wanting)|been (?:keeping me|ignoring me|pushing me|cold|distant|shutting me)|given up on (?:me|us)|made it (?:pretty |very |perfectly |really )?clear)\b[^.!?;,]{0,30}|\b(?:you|u) (?:spent|had spent) (?:years|months|weeks|ages) (?:ignoring|neglecting|belittling|criticising|criticizing|nagging|putting me down)\b|\b(?:you|u) (?:stopped|quit) (?:paying (?:me )?(?:any )?attention|caring|listening|touching me|talking to me)\b[^.!?;]{0,30}?\b(?:so|that's why|thats why|which is why)\b|\b(?:you|u|your \w+|ur \w+) never (?:accepted|supported|listened to|believed in|wanted|trusted|respected) me\b[^.!?;]{0,30}?\b(?:so|that's why|thats why|which is why|no wonder)\b|\b(?:you|u|he|she|they)(?: \w+)? (?:kept|keep|were|was) (?:buying|handing|giving|lending|topping up|pouring|leaving|offering|bringing|pushing|pushin|poking|prodding|nagging)\b[^.!?;]{0,40}?\b(?:so|till|until|that's why|thats why|no wonder|naturally)\b|\b(?:you|u|he|she|they) (?:were|was|kept) (?:the one )?(?:egging|winding|geeing|pushing) me on\b|\b(?:you|u|he|she|they) (?:were|was) the one who kept (?:topping up|buying|pouring|filling|giving|handing)\b|\bstop (?:pushing|pressing) my buttons\b|\b(?:which|what) buttons to (?:press|push)\b|\b(?:you|u|he|she|they) (?:got|had|get|have) me (?:so |all |that |really )?(?:worked up|wound up|riled up|fired up|angry|mad)\b|\b(?:you|u|he|she|they|\w+) wound me up (?:on purpose|deliberately)\b)`),
    },
    {
      // the other's character or choices named as the trouble: "with your temper, something was bound
      // to happen", "you do tend to overreact", "when you're in one of your moods", "you should have
      // known better than to trust me", "what did you expect", "you chose not to notice", "before
      // you start pointing fingers", "you can hardly act surprised", "in fairness, you left it out"
      needs: ['moods', 'tend', 'with', 'impossible', 'can be', 'should', 'shoulda', 'known', 'why', 'what', 'wat', 'wot', 'smart', 'clever', 'wise', 'chose', 'decided', 'not once', 'every chance', 'every opportunity', 'before', 'hardly', 'fair', 'fairness', 'tbf', 'mind you', 'lax', 'weak', 'poor', 'loose', 'sloppy', 'who made', 'which made', 'that made', 'started', 'began', 'left me', 'lying around', 'know i hate', 'know how much'],
      re: rx(raw`(?<s>\bone of (?:your|ur) moods\b|\b(?:you|u) (?:do |really |always |just )?tend to (?:overreact|exaggerate|blow things|fly off|take things)\b[^.!?;,]{0,20}|\bwith (?:your|ur) (?:temper|moods|attitude|nagging|jealousy|drinking)\b|\bimpossible not to (?:upset|annoy|anger|hurt|offend) (?:you|u)\b|\b(?:you|u) can be (?:really |so |very |pretty |quite )?(?:hard|difficult|impossible) to (?:be around|live with|talk to|deal with)\b|\b(?:you|u) (?:should have|shoulda|should've|should of|ought to have) known better\b[^.!?;,]{0,30}|\bwhy (?:would|wud|wld|did) (?:you|u) (?:even |ever )?(?:trust|leave|lend|give|let)\b[^.!?;,]{0,30}|\b(?:what|wat|wot) (?:did|do|else did) (?:you|u) expect\b|\b(?:wasn't|wasnt|was not|isn't|isnt) (?:very |exactly |too |that )?(?:smart|clever|wise|bright|sensible)(?: of (?:you|u))? either\b|\b(?:you|u) (?:just |simply )?(?:chose|decided) (?:not to (?:notice|see|look|ask)|to (?:ignore|look away|turn a blind eye))\b|\bnot once did (?:you|u)\b[^.!?;,]{0,30}|\b(?:you|u) (?:had|have had) every (?:chance|opportunity) to\b[^.!?;,]{0,30}|\bbefore (?:you|u) (?:go |start |begin )?(?:pointing (?:the )?fingers?|point(?:ing)? the finger|judging me|throw(?:ing)? stones)\b|\b(?:can|could) hardly (?:act|be|play|pretend to be) (?:shocked|surprised|innocent|the victim)\b|\b(?:to be fair|in fairness|in all fairness|tbf|mind you),? (?:you|u)(?: \w+)? (?:did|left|knew|were|should|never|kept|gave|let)\b[^.!?;,]{0,30}|\b(?:lax|weak|poor|loose|sloppy|non-existent) (?:controls|security|oversight|checks|supervision)\b|\b(?:who|which|that) made it (?:so |too |very |really )?easy\b|\b(?:it all|the whole (?:mess|thing)|this all|all of this|everything) (?:started|began|kicked off) (?:the (?:night|day|moment|minute)|when)\b[^.!?;,]{0,12}?\b(?:your|ur) \w+\b[^.!?;,]{0,25}|\b(?:you|u)(?: \w+){0,2}? left me (?:no|little) (?:choice|option)\b|\b(?:you|u) did (?:leave|left) (?:it|them|the \w+|your \w+|ur \w+) (?:lying around|out)\b|\b(?:you|u) know (?:i hate it|how much i hate it|how much i hate) when (?:you|u)\b[^.!?;,]{0,25})`),
      // "to be fair, you were right", "you should have known better than me about nothing": the fair
      // word that credits them is not blame
      unless: (norm, _m, span) =>
        /\b(?:right|every right|did everything|were kind|were good|kept me alive|did nothing wrong)\b/.test(norm.slice(span.start, span.end + 25)) ||
        // "to be fair, you were drinking too": their wrong set beside mine is comparison
        /^(?:to be fair|in fairness|in all fairness|tbf|mind you)\b.*\b(?:too|as well|either)\s*$/.test(norm.slice(span.start, span.end)),
    },
    {
      // their expected reaction or their feelings about me as the cause: "I only hid it because you'd have
      // gone mental", "your mum always resented me, so I stayed away", "he knew how to push my buttons",
      // "your boss had it in for me"
      needs: ['because', 'cause', 'cos', 'coz', 'cuz', 'hated', 'despised', 'resented', 'disliked', 'ignored', 'criticised', 'criticized', 'belittled', 'pushed', 'pressed', 'push', 'press', 'pushing', 'pressing', 'had it in', 'out to get'],
      re: rx(raw`(?<s>\b(?:because|cause|cos|coz|cuz) (?:you|u)(?:'d| would|d| would've| would have| 'd)(?: have)? (?:freaked out|gone mental|lost it|kicked off|hit the roof|gone mad|flipped out|flipped|overreacted|blown up|exploded|gone ballistic)\b|\b(?:you|u|your \w+|ur \w+) (?:always |never )?(?:hated|despised|resented|disliked|ignored|criticised|criticized|belittled) me\b[^.!?;]{0,30}?\b(?:so|that's why|thats why|which is why|no wonder)\b[^.!?;,]{0,25}|\b(?:you|u|he|she|they|your \w+|ur \w+|my \w+) (?:always |just |really |kept |knew how to |knows how to |know how to )?(?:pushed|pressed|push|press|pushing|pressing) (?:all )?my buttons\b|\b(?:had|has) it in for me\b|\b(?:you|u|he|she|they|your \w+|ur \w+|everyone|everybody) (?:was|were) (?:always )?out to get me\b)`),
    },
    {
      // what they failed to do, or how they treated me, as the cause: "you could have stopped me",
      // "you let me get away with it", "nobody set any limits", "you were always on my back", "if only
      // you'd been kinder I might have...", "your coldness was the last straw", "you put me in an
      // impossible spot", "you weren't there for me, so..."
      needs: ['could', 'should', 'might', 'let', 'allowed', 'enabled', 'enabling', 'set', 'gave me', 'put', 'on my back', 'if only', 'straw', 'going on', 'banging', 'harping', 'on and on', 'twist', 'think would', 'expect would', 'turned', 'turning', 'satisfied', 'happy with', 'pleased', 'dared', 'pressured', 'forced', 'egged', 'talked me', 'lack of', 'coldness', 'indifference', 'neglect', 'there for me', 'there when'],
      re: rx(raw`(?<s>\b(?:you|u|he|she|they|your \w+|ur \w+) (?:could|should|might) have (?:easily )?(?:stopped me|warned me|helped me|told me|seen (?:the signs|it coming|what was happening)|noticed|said something|intervened|done something|stepped in)\b[^.!?;,]{0,25}|\b(?:you|u|they|he|she) (?:let|allowed) me (?:get away with|off the hook|keep doing|carry on)\b[^.!?;,]{0,20}|\b(?:you|u|they|he|she) enabled me\b|\b(?:your|ur) enabling\b|\b(?:nobody|no one|no-one) (?:ever )?(?:set|gave me|put) (?:any )?(?:boundaries|limits|rules)\b|\b(?:you|u|he|she|they) (?:were|was) (?:always |constantly |forever |never )?(?:on my back|off my back)\b|\bif only (?:you|u|your \w+|ur \w+)(?:'d| had| d|d| would have| had been)\b[^.!?;]{0,60}?\b(?:i|we) (?:might|would|could|'d|wouldn't|wouldnt)\b[^.!?;,]{0,25}|\b(?:you|your|u|ur)\b[^.!?;,]{0,40}? (?:was|were) the (?:final|last) straw\b|\b(?:you|u) (?:kept|keep) (?:going on|banging on|harping on|on and on)\b[^.!?;,]{0,20}|\b(?:you|u) (?:always |constantly )?twist(?:ed)? my words\b|\bwhat did (?:you|u) (?:think|expect) (?:would|was going to) happen\b|\b(?:you|u) put me in (?:an|a) (?:impossible|terrible|difficult|horrible|no-win|awful) (?:position|situation|spot)\b|\b(?:turned|turning) (?:you|u|them|everyone|the kids|the family) against me\b|\b(?:you|u) (?:were|was) never (?:satisfied|happy|pleased|content) with (?:anything|me|what)\b[^.!?;,]{0,20}|\bbecause (?:you|u|they|he|she) (?:dared|pressured|forced|egged|talked) me\b[^.!?;,]{0,15}|\b(?:your|ur) (?:lack of (?:support|interest|affection|attention|trust)|coldness|indifference|neglect)\b[^.!?;,]{0,25}|\b(?:you|u) (?:weren't|werent|were not|wasn't|were never) there (?:for me )?(?:when i needed (?:you|u) )?\b[^.!?;]{0,20}?\b(?:so|that's why|which is why|no wonder)\b[^.!?;,]{0,20})`),
      unless: (norm, _m, span) => /\b(?:every right|grateful|thank|right to)\b/.test(norm.slice(span.start)),
    },
    {
      // the apology, then the turn to what they did: "sorry I left, but you were doing my head in",
      // "I regret it; however, you did provoke me", "sorry for the texts but you ignored me for a week",
      // "sorry, but u shouldn't have read my phone"; the turn that credits them stays quiet ("you made
      // me" has its own pattern and underline)
      needs: ['sorry', 'soz', 'sry', 'apolog', 'regret', 'messed', 'know i'],
      re: rx(raw`\b(?:sorry|soz|sry|apologi[sz]e|apologies|regret|i know i (?:messed|screwed|stuffed) up)\b[^.!?]{0,80}?(?:[,;] ?|\s)(?:but|however|though|although|yet)\b,? (?<s>(?:you|u) (?:(?:also|did|had|really|just|always|never|kind of|honestly|clearly) )?(?:(?:were|was) (?:(?:always|constantly|just|being|so|really) )?(?:[a-z]+ing|being|the one who|on at me|on my case|in my face|asking for it|out of order|no angel|no saint)|did|didn't|didnt|had|never|ignored|hurt me|started|provoked|took|read|knew|would never|wouldn't|wouldnt|shouldn't|shouldnt|should have|should've|shoulda|kept|left|pushed|went|said|hit|screamed|shouted|called|wanted)\b[^.!?;]{0,40})`),
      unless: (norm, _m, span) =>
        /^(?:you|u) (?:\w+ )?(?:deserved?|had every right|have every right|were right|was right|did nothing|didn't deserve|didnt deserve|never deserved|never did anything|were always there|were there|were kind|were patient|trusted|believed|stood|supported|gave me|had to|were hurt|were scared|were upset|were left|lost|cried|needed|had no|couldn't|couldnt|never complained|never once complained|never gave up|kept (?:me|believing|trying|going|the)|were the one who (?:suffered|paid|got hurt|held)|took care|took me|knew (?:i|me) (?:was|were)|said (?:nothing|you|no)|wanted me there|wanted the truth|would have forgiven|did everything|did your best|did so much|went without|called me out)\b/.test(norm.slice(span.start, span.end)) ||
        // "but you went through my emails first / too": their deed set beside mine is comparison
        /\b(?:first|too|as well|either|yourself)\b/.test(norm.slice(span.start, span.end)),
    },
    {
      // pushing the weight back: "don't go pinning the whole night on me", "I'm not taking all the
      // heat", "don't act so innocent", "let's not pretend I'm the only one", "you're hardly blameless",
      // "I'm not the only one who was there", "it's on him as much as me", "partly down to management"
      // ("you're hardly innocent" sets their wrong beside mine: comparison, not this)
      needs: ['on me', 'on my', 'me alone', 'heat', 'blame', 'rap', 'innocent', 'shocked', 'surprised', 'victim', 'saint', 'pretend', 'make out', 'only one', 'only bad', 'hardly', 'as much as', 'partly', 'partially', 'largely', 'down to me', 'accept', 'all on me'],
      re: rx(raw`(?<s>\b(?:don't|dont|do not|doh|stop|quit)(?: (?:you|be|go))? (?:put|putting|pin|pinning|lay|laying|dump|dumping|blame|blaming|heap|heaping) (?:\w+ ){0,4}?(?:on me|me alone|on my \w+)\b|\b(?:not|never|i'm not|im not|i am not) (?:taking|going to take|gonna take|accepting) (?:all|the whole|all of) (?:the )?(?:heat|blame|rap|responsibility)\b|\b(?:don't|dont|do not) (?:you )?(?:act|play|be acting|come over) (?:all |so )?(?:innocent|shocked|surprised|the victim|the saint|all high and mighty)\b|\b(?:let's|lets|let us) not pretend (?:i'm|im|i am|i was) the only\b[^.!?;,]{0,20}|\b(?:don't|dont|do not) (?:make out|pretend|act like|act as if)(?: like)? (?:i'm|im|i am|i was) the only\b[^.!?;,]{0,20}|\b(?:i'm|im|i am|i was) not the only (?:one|person)(?: who (?:was there|did|was involved|messed up|was wrong)| to blame| at fault| in the wrong| with a problem)\b|\b(?:it's|its|it is|that's|thats) on (?:\w+ ){1,3}as much as (?:me|mine)\b|\b(?:is |was )?(?:partly|partially|largely|mostly|at least partly) (?:on|down to|the fault of|a consequence of) (?:you|u|them|management|your|ur|the \w+|him|her)\b[^.!?;,]{0,25}|\bnot (?:really |entirely |all |just )?down to me\b|\bi (?:don't|dont|do not) accept (?:that )?(?:all|the whole|all) (?:of )?(?:this|it|that)(?: is)? (?:on me|my fault|down to me)\b|\b(?:and )?now (?:it's|its|it is) all on me\b|\bso blame (?:him|her|them|the \w+)\b)`),
      unless: (norm, _m, span) => /^\s*(?:either|at all)\b/.test(norm.slice(span.end)) && /\bi\b/.test(norm.slice(span.start, span.end)),
    },
    {
      // the harm shared out: "we both did things", "we were both drinking back then", "neither of
      // us was thinking straight", "it takes the two of us" ("we both said things we didn't mean"
      // alone is not labelled blame: th-t179)
      needs: ['both', 'each', 'neither', 'two of us'],
      re: rx(raw`(?<s>\bwe (?:both|each) (?:did|made) (?:things|stuff|mistakes|some things|our share)\b[^.!?;,]{0,20}|\bwe (?:were|was) both (?:drinking|drunk|using|high|wasted|out of it|off our faces|in a bad (?:place|way)|shouting|screaming)\b|\bneither of us (?:covered ourselves in glory|was innocent|were innocent|was perfect|were perfect|is blameless|was blameless|was a saint|were saints|was thinking straight|were thinking straight|was thinking clearly|was sober|were sober)\b|\bit takes (?:both of us|the two of us|two of us)\b[^.!?;,]{0,20}|\bwe(?:'re| are|re) both in this\b)`),
    },
    {
      // the reader (or theirs) struck first or wound me up: "you shoved me first", "his brother threw
      // the first punch", "your lot were winding me up", "you push and push", "you always need the
      // last word", "you were right up in my face", "you were on at me about it"
      needs: ['first', 'wind', 'winds', 'winding', 'push', 'last word', 'in my face', 'screaming', 'grief', 'on at me', 'blocking', 'doorway', 'provoking', 'head off', 'mental', 'ballistic', 'cold for', 'no being', 'no talking', 'no reasoning', 'no getting'],
      re: rx(raw`(?<s>\b(?:you|u|your \w+|ur \w+|he|she|they|his \w+|her \w+)\b(?! (?:but|and|ok|okay|n|so)\b) (?:\w+ ){0,4}?(?:me|at me|for me|in my face|on me) first\b|\b(?:you|u|your \w+|ur \w+|he|she|they|his \w+|her \w+) threw the first (?:punch|blow|swing|glass|insult)\b|\b(?:you|u|your \w+|ur \w+|he|she|they|his \w+|her \w+) (?:always |just |really |kept |keep |were |was |r )?(?:winds?|winding|wound) me up\b[^.!?;,]{0,20}|\b(?:you|u) push (?:and|n|&) push\b[^.!?;,]{0,20}|\b(?:you|u|he|she) (?:always |just )?(?:have|has|had|need|needs|needed) to have the last word\b[^.!?;,]{0,15}|\b(?:you|u) (?:were|was|r) (?:right |always |just )?(?:up )?(?:in my face|screaming at me|giving me (?:loads of |so much |a lot of |nothing but )?(?:grief|hassle|abuse|stick)|on at me|blocking the door|standing in the doorway)\b(?! to )[^.!?;,]{0,20}|\bstop provoking me\b|\b(?:you|u)(?:'d| would|d) have (?:bitten|bit|taken) my head off\b|\b(?:you|u) (?:went|go|would go|'d go|d go|would have gone|'d have gone) (?:mental|mad|ballistic|off on one|cold for (?:days|weeks))\b[^.!?;]{0,30}?\bso\b[^.!?;,]{0,20}|\bthere was no (?:being honest|getting through|talking|reasoning) (?:with|to) (?:you|u)\b)`),
      unless: (norm, _m, span) => {
        const said = norm.slice(span.start, span.end);
        if (/\b(?:told|forgave|called|believed|loved|helped|asked|warned|noticed|reached|apologi[sz]ed|came|visited|wrote)\b/.test(said) && /first\b/.test(said)) return true;
        // "I hurt you, but you hurt me first": the same deed set beside mine is comparison
        const mine = /\bi (\w+) (?:you|u|your|ur)\b/.exec(norm);
        return !!mine && new RegExp(`\\b(?:you|u|he|she|they) (?:\\w+ )?${mine[1]}\\b`).test(said);
      },
    },
    {
      // the reader set it up: "it was your idea", "you were the one pouring the drinks", "you lent me
      // the car knowing my record", "you knew I was using and still kept cash in the house", "you dared
      // me", "you should have just left me to sleep it off", "no wonder I snapped", "prove you right"
      needs: ['idea', 'suggestion', 'the one', 'the ones', 'knowing', 'knew', 'dared', 'encouraged', 'talked me', 'handed me', 'should', 'shoulda', 'wonder', 'coming', 'what he wanted', 'what she wanted', 'what you wanted', 'expected', 'right', 'too much'],
      re: rx(raw`(?<s>\b(?:it was|it's|its|that was) (?:ur|your|you're|you|ur own|your own|his|her|their) (?:idea|suggestion|plan)\b[^.!?;,]{0,20}|\b(?:you|u) (?:were|was|are|r|'re|re) the one (?:who |that )?(?:(?!putting me to bed|cooking|cleaning|working|paying|raising|feeding|driving|helping|looking after|caring|holding|keeping (?:us|me|the|it|everything|things)|supporting|standing by|covering for|picking up|protecting|visiting|listening|trying to (?:help|fix|save|keep|hold|protect|reach|get me|look after|make (?:it|things) work))\w+ing|kept|keeps|said|reckoned|suggested|insisted|wanted|started|brought|bought|poured|handed|lent|dared|offered|booked)\b[^.!?;,]{0,25}|\bit was (?:you|u|your (?:own )?\w+|ur (?:own )?\w+) who (?:first )?(?:poured|reckoned|suggested|said|wanted|bought|gave|handed|offered|dared|started|insisted|brought|lent)\b[^.!?;,]{0,20}|\b(?:\w+ )?(?:was|were) the ones? (?:who|that) (?:got|introduced|dragged|turned|led|pulled) me\b[^.!?;,]{0,20}|\b(?:you|u|he|she|they|your \w+|ur \w+|the \w+)\b[^.!?;]{0,40}? knowing (?:full well |fine well |perfectly well )?(?:my history|my record|what i was like|i was (?:using|drinking|struggling|an addict|a gambler|back on)|how i (?:does|do|am|get|drive)|i had a problem)\b|\b(?:you|u|he|she|they) knew (?:i had|i was|about) [^.!?;]{0,30}? (?:and|but|n) (?:you |u |he |she |they )?still\b[^.!?;,]{0,20}|\b(?:she|he|they) knew (?:what i was like|i had a (?:temper|problem)|i drank|i was an? \w+) when (?:she|he|they) (?:married|met|moved in with|took) me\b|\b(?:you|u) (?:literally |basically |even |did |also )?(?:dared me|encouraged me to|talked me into|(?:basically )?handed me the keys|told me to (?:go out|have fun|have a drink|have one|just have))\b[^.!?;,]{0,20}|\b(?:you|u|yall|y'all|you lot|you guys|they)(?: \w+)? (?:should|shoulda|should've|should of) (?:have |of )?(?:just |also |really )?(?:left me (?:to|alone|be)|stayed out of|cut me off|told (?:me|us) (?:earlier|sooner|before)|kept (?:your|ur|his|her) (?:nose|mouth)|minded (?:your|ur) own)\b[^.!?;,]{0,20}|\b(?:you|u) (?:must|must've|must of|should|should've|should of|shoulda) (?:have |of )?seen (?:this|it) coming\b|\bno wonder i (?:cracked|snapped|drank|lied|left|strayed|lost it|went|drink|lie|cheated)\b|\b(?:gave|give|giving) (?:him|her|them|you|u) (?:exactly )?what (?:he|she|they|you|u) (?:wanted|expected)\b|\blived (?:down|up) to what (?:you|u|he|she|they) expected\b|\bprov(?:e|ed|ing) (?:you|u|him|her|them) right\b|\b(?:you're|youre|ur|you are|u r) (?:reading|making|taking) (?:way |far )?too much (?:into|out of|of)\b|\bsorry (?:that )?(?:you're|youre|ur|you are|u r) (?:so |too )?(?:sensitive|touchy|uptight|easily offended|precious|dramatic)\b)`),
      unless: (norm, _m, span) => /\b(?:stood|stuck|held|holding|looked after|looking after|took care|taking care|carrying|carried|picked up|cleaning up|covering|supported|supporting|stayed|forgave|believed|helped|cried|waiting|waited|suffered|paid|got hurt|loved|trusted|drove me to (?:rehab|treatment|the hospital|meetings))\b/.test(norm.slice(span.start, span.end)) || /\b(?:grateful|thank|thanks|right to|every right|saved|treatment|rehab|recovery|sober|therapy|get help|got help)\b/.test(norm),
    },
    {
      // an institution's or a third party's part put forward: "your bank's failure to warn me played a
      // part", "the committee's provocation", "had management acted sooner, it would never have come to
      // that", "nobody in your office checked", "your family never made me welcome", "you lot never"
      needs: ['failure', 'negligence', 'provocation', 'management', 'incompetence', 'lax', 'poor', 'had', 'nobody', 'no one', 'no-one', 'bothered', 'your', 'ur', 'you lot', 'if'],
      re: rx(raw`(?<s>\b(?:your|the|their|my) (?:[a-z]+(?:'s|s')? ){0,2}(?:failure|negligence|provocation|management style|incompetence)\b[^.!?;]{0,40}?\b(?:contributed|created|caused|played a|was considerable|to blame|led to|made it)\b[^.!?;,]{0,20}|\bhad (?:you|your \w+|ur \w+|the \w+|management|my \w+|they|he|she)\b(?: \w+){1,7},? (?:i|it|this|none of this|that) (?:would(?:n't| not|nt)?|should(?:n't| not)?|could(?:n't| not)?|'d) (?:never )?(?:have|'ve)\b[^.!?;,]{0,25}|\bi (?:would(?:n't| not|nt)|would never|'d never|never would) have \w+[^.!?;]{0,50}? had (?:the|you|your|my|management|they|he|she)\b[^.!?;,]{0,30}|\bif (?:your \w+|ur \w+|the \w+|my \w+|he|she|they)(?:'d| had| hadn't| hadnt| had not|d)\b[^.!?;]{0,60}?,? (?:\w+ ){0,3}?(?:would(?:n't| not|nt)?|'d|never would|it never would) (?:never )?(?:have|'ve) (?:happened|come to (?:that|this)|gone missing|got out|come out|stayed|lost (?:a penny|anything|a thing|a cent)|ended up)\b[^.!?;,]{0,20}|\b(?:no one|nobody|no-one) (?:in (?:your|this|the|our|that) (?:department|family|office|house|team|company|firm|place) )(?:ever )?(?:bothered|checked|noticed|stopped|tried|warned|said|told)\b[^.!?;,]{0,25}|\b(?:no one|nobody|no-one)(?: \w+){0,4} bothered to (?:tell|warn|check|ask)\b[^.!?;,]{0,20}|\b(?:your|ur) (?:family|mates|friends|lot|people|parents|sister|brother|mother|mum|mom|dad|father|cousin|boss)\b (?:never|always|kept|were|was) (?:once |ever )?(?:made me|gave me|winding me|wound me|on at me|on my case|had it in|looked down|treated me|forever in)\b[^.!?;,]{0,20}|\byou lot never\b[^.!?;,]{0,25})`),
      unless: (norm, _m, span) => /\b(?:survived|made it|alive|died|be here|got help|got sober|sober today|grateful|thank)\b/.test(norm) || /\bhad (?:i|we)\b/.test(norm.slice(span.start, span.start + 8)),
    },
    {
      // the reason is what they did: "I only yelled because you let the kids run wild", "because you
      // were never around", "I wouldn't have strayed if you'd shown me any warmth"
      needs: ['because', 'cos', 'cuz', 'coz', 'if'],
      re: rx(raw`(?<s>\b(?:only|just) \w+(?: \w+){0,6}? (?:because|cos|cuz|coz) (?:you|u) (?!(?:deserved?|were right|was right|asked|needed|told me the truth|were hurt|were scared|were worried|were upset|cried|left|stopped|had to|were in)\b)\w+\b[^.!?;,]{0,25}|\b(?:because|cos|cuz|coz) (?:you|u) (?:were|was) (?:never|always) (?:home|there|around|out|working|away)\b[^.!?;,]{0,15}|\bi (?:wouldn't|wouldnt|would not|would never|'d never) (?:have |of |'ve )?\w+[^.!?;]{0,30}? if (?:you|u) (?:had |'d |d )?(?:paid|given|shown|been|listened|cared|spent|noticed|treated)\b[^.!?;,]{0,25})`),
      unless: (norm, _m, span) => /\b(?:grateful|thank|thanks|glad)\b/.test(norm) || /\bbecause (?:you|u) (?:were|was) (?:never|always) (?:home|there|around) for (?:me|us)\b/.test(norm.slice(span.start)) && /\b(?:you|u) (?:were|was) always\b/.test(norm.slice(span.start)),
    },
    {
      // their conduct as what drove me, in a cleft or a "what" clause: "it was your nagging that drove
      // me to the bottle", "your constant criticism is honestly what pushed me toward the casino", "the
      // coldness in this house is what sent me looking elsewhere", "the pressure you put on me"
      needs: ['drove', 'drive', 'pushed', 'sent', 'led', 'forced', 'pressure', 'put on me', 'piled'],
      re: rx(raw`(?<s>\bit was (?:${YOUR}|her|his|their) (?:\w+ ){0,2}?(?:that|which|what) (?:drove|pushed|sent|led|forced|tipped) me\b[^.!?;,]{0,25}|\bthe (?:constant |endless |cold |nightly )?(?:coldness|silence|nagging|rows|fighting|arguing|shouting|screaming|criticism|atmosphere|tension)\b[^.!?;,]{0,25}? (?:is|was|were) (?:honestly |really |basically |exactly )?what (?:drove|pushed|sent|led|forced) me\b[^.!?;,]{0,20}|\bthe (?:pressure|stress|grief|hassle|guilt) (?:you|u|she|he|they) (?:put|were putting|kept putting|piled|dey put) on me\b)`),
      // gratitude: "it was your letter that pushed me to get help", "your kindness led me to the meetings"
      unless: (norm, _m, span) => /^\s*(?:to|toward|towards|into) (?:the )?(?:get|seek|find|go to|meetings?|treatment|rehab|recovery|sobriety|change|be better|getting|seeking|help|aa|na|therapy)\b/.test(norm.slice(span.end)) || /\b(?:to (?:get|seek) help|kindness|love|support|letter|patience|faith|honesty|belief|encouragement|example|words)\b/.test(norm.slice(span.start, span.end)),
    },
    {
      // their failure to do what I asked as the cause: "if you'd locked the cabinet like I asked, the
      // pills wouldn't have gone missing", "if you had hidden the card like I told you, I couldn't have
      // taken it"; "you set me up to fail"; "you should have stayed out of my business"
      needs: ['like i', 'as i', 'set me', 'sets me', 'stayed out', 'kept out', 'minded', 'kept your'],
      re: rx(raw`(?<s>\bif ${THEY}(?:'d| had| d)\b[^.!?;]{0,50}?\b(?:like|as) i (?:asked|told (?:you|u|her|him|them)|said|begged|warned)\b[^.!?;]{0,60}?\b(?:would(?:n't| not| never)|wouldnt|could(?:n't| not| never)|couldnt) (?:have|of|'ve|ve)\b[^.!?;,]{0,25}|\b${THEY} (?:really |basically |just )?(?:set|sets) me up (?:to fail|for (?:failure|a fall))\b|\b${THEY} (?:really )?(?:should have|should've|shouldve|should of) (?:stayed out of|kept out of|minded|kept (?:your|his|her|their) nose out of) (?:my|your own|his own|her own|their own) (?:business|affairs|life)\b)`),
    },
    {
      // the offence or the misreading pinned on them: "I'm sorry you have chosen to take offence",
      // "his words were taken out of context", "it got taken the wrong way", "my comments were twisted"
      needs: ['chosen', 'chose', 'decided', 'taken', 'twisted', 'misconstrued', 'misinterpreted', 'misrepresented', 'quoted'],
      re: rx(raw`(?<s>\b${THEY}(?:'ve| have| has)? (?:chosen|chose|decided) to (?:take (?:offen[cs]e|it (?:badly|personally|the wrong way)|exception)|be offended|read it that way|see it that way)\b|\b(?:words|comments|remarks|joke|jokes|video|post|tweet|message|text|it|that|this|what i (?:said|wrote|meant))(?: \w+)? (?:was|were|got|have been|has been|had been|been) (?:completely |totally |badly |deliberately |wildly )?(?:taken|quoted|read) (?:out of context|the wrong way)\b|\b(?:my )?(?:words|comments|remarks|joke|meaning) (?:was|were|got|have been|has been|had been) (?:completely |totally |deliberately )?(?:twisted|misconstrued|misinterpreted|misrepresented)\b)`),
      // "I'm sorry my words were taken the wrong way because I chose them badly": owned
      unless: (norm, _m, span) => /\bbecause (?:i|of me|of how i)\b/.test(norm.slice(span.end, span.end + 30)),
    },
    {
      // their wrong held up beside the apology: "I can't ignore that you froze me out for a year",
      // "ur the one who keeps dragging it up", "it was your own sister who first poured me a drink"
      needs: ['ignore', 'one who', 'one that', 'who first', 'who poured', 'who gave', 'who bought', 'who handed', 'who introduced', 'who got'],
      re: rx(raw`(?<s>\bi (?:can't|cant|cannot|can not|won't|wont) (?:just )?ignore (?:that|the fact that|how) (?:${YOU}|${YOUR}|she|he|they)\b[^.!?;,]{0,30}|\b(?:you're|youre|you are|ur|u r|u are|you were|u were) the one (?:who|that) (?:keeps |kept |always |won't stop |wont stop )+(?:dragging|bringing|digging|raking|drags|brings|digs|rakes|dragged|brought) (?:it|this|that|the past|everything|things) up\b[^.!?;,]{0,20}|\bit was (?:${YOUR}|her|his|their) (?:own )?(?:\w+) (?:who|that) (?:first )?(?:poured|gave|bought|handed|offered|introduced|got) me\b[^.!?;,]{0,25})`),
      unless: (norm, _m, span) => /\b(?:help|helped|sober|treatment|rehab|meeting|meetings|sponsor|doctor|counsell?or|therapist)\b/.test(norm.slice(span.start, span.end + 20)),
    },
    {
      // the choice taken from me, said as a denial: "you didn't give me much choice", "she never left
      // me any other option", "you didn't leave me a lot of options"
      needs: ["didn't", 'didnt', 'did not', 'never'],
      re: rx(raw`(?<s>\b${THEY} (?:didn't|didnt|did not|never) (?:really |exactly |actually )?(?:give|leave|gave|left) me (?:much|any|a lot of|a|an|any other|another|much of a|many) (?:other )?(?:choice|choices|option|options|alternative)\b)`),
    },
    // ---- session 6: families kept on cross-writer evidence (each gained in 3+ spent corpora, no new false flag) ----
    {
      // pressure that would not let up, said as a doubled verb: "you pushed and pushed until I snapped",
      // "she nagged and nagged", "u kept on n on at me about the money"; not "you pushed and pushed for me
      // to get help"
      needs: ['pushed', 'pushing', 'pushin', 'push', 'nagged', 'nagging', 'naggin', 'prodded', 'prodding', 'poked', 'poking', 'goaded', 'goading', 'on and', 'on n', 'on &'],
      re: rx(raw`(?<s>\b(?:you|u|he|she|they|your \w+|ur \w+)(?: just| kept| kept on| would| would just|'d|d| were| was)? (?:pushed|pushing|pushin|push|nagged|nagging|naggin|prodded|prodding|poked|poking|goaded|goading) (?:and|n|&|'n') (?:pushed|pushing|pushin|push|nagged|nagging|naggin|prodding|prodded|poking|poked|goading|goaded)\b[^.!?;,]{0,40}|\b(?:you|u|he|she|they|your \w+|ur \w+) (?:kept|keep|went|were|was|would go|'d go|just kept)(?: on)? (?:and on|n on|& on) at me\b[^.!?;,]{0,40})`),
      unless: (norm) => /\b(?:rehab|treatment|help|meetings?|sober|doctor|therapy|counsell?ing|recovery|grateful|thank|thanks)\b/.test(norm),
    },
    {
      // what they knew of me held against them: "you knew what I was like with drink when you married me",
      // "when you married me you knew I liked a drink", "knowing full well how I was", "u knew i was skint
      // when u lent it me"; not "you knew what I was like and stayed anyway"
      needs: ['knew', 'knowing'],
      re: rx(raw`(?<s>\b(?:you|u|she|he|they) (?:always |already |still )?knew (?:full well |fine well |perfectly well |damn well |exactly )?(?:what i was like|how i (?:was|am|get|got)|(?:that )?i (?:liked|loved|enjoyed) (?:a|my) (?:drink|bet|flutter|smoke|pint|night out|tipple))\b[^.!?;,]{0,30}|\bknowing (?:full well |fine well |perfectly well |damn well )?how i (?:was|am|get|got)\b|\b(?:you|u) knew i was (?:skint|broke|a drinker|a gambler|an addict|a mess|like that|drinking|using|gambling)\b(?=[^.!?;]{0,30}\b(?:when|and still|but still|and you still|yet you|before you)\b)[^.!?;,]{0,30})`),
      unless: (norm) => /\b(?:right|grateful|thank|thanks|stood by|stayed anyway|anyway|loved me|forgave|before i (?:admitted|told|said))\b/.test(norm),
    },
    {
      // their precaution that failed, or a third party's lapse, as the cause: "u shouldve kept ur pin
      // somewhere safer", "you should have changed your password", "the bank should never have given me
      // that card"; self-reproach ("your parents should never have let me near you") is not this
      needs: ['should', 'shoulda', 'ought'],
      re: rx(raw`(?<s>\b(?:you|u)(?: really| honestly| probably)? (?:should have|should've|shouldve|should of|shoulda) (?:just |really |at least )?(?:kept (?:ur|your|it|them|the|those|that)(?! distance)|changed|locked|hidden|hid|put away|secured|checked|taken better care of|looked after) (?:ur|your|it|them|the|those|that|a)?\b[^.!?;,]{0,30}|\b(?:the|your|ur|that|his|her|their) (?:\w+ )?(?:\w+) (?:should|ought to) (?:never|not) have (?:given|handed|lent|let|allowed|approved|sold|served|offered)\b[^.!?;,]{0,30})`),
      unless: (norm, _m, span) => /\bme (?:near|anywhere|in the|into|back|custody|a second chance|another chance)\b|\bcustody\b/.test(norm.slice(span.start)) || /\b(?:right|grateful|thank)\b/.test(norm),
    },
    {
      // "the one who" pinned on them for stoking it: "you were the one who made a drama out of it", "ur the
      // one who kept buying the wine in", "ur the one keeping this going", "you were the one who told me I
      // was fine to drive"; not "you were the one who told me to get help"
      needs: ['one'],
      re: rx(raw`(?<s>\b(?:you're|youre|you are|ur|u r|u are|you were|u were|she was|he was|she's|he's|your \w+ was|ur \w+ was) the one (?:who |that )?(?:made (?:a|such a|the) (?:drama|scene|fuss|big deal|song and dance|thing|row)|told me (?:i was|it was|it'd be|it would be|to) (?:fine|ok|okay|alright|go|have|drive|take|borrow|do|handle)|kept (?:buying|pouring|bringing|getting|it going|this going|going on|ordering|topping)|keeping (?:this|it|the|things|that)(?: \w+)? going|blew (?:it|this|that|everything) up)\b[^.!?;,]{0,30})`),
      unless: (norm, _m, span) => /\b(?:help|rehab|treatment|meetings?|sober|doctor|therapy|grateful|thank|right)\b/.test(norm.slice(span.start)),
    },
    {
      // provocation named in the perfect or by its source: "I'd been provoked for weeks", "the supervisor's
      // attitude provoked my reaction", "you got right in my face"
      needs: ['provoked', 'goaded', 'baited', 'wound', 'pushed', 'triggered', 'face'],
      re: rx(raw`(?<s>\b(?:i'd|i had|id|i've|ive|i have) been (?:provoked|goaded|baited|wound up|pushed too far)\b[^.!?;,]{0,25}|\b(?:his|her|their|your|ur|the \w+'s|the \w+s') (?:attitude|behaviou?r|comments|remarks|tone|conduct|words|manner) (?:provoked|triggered)\b[^.!?;,]{0,25}|\b(?:you|u|he|she|they) got (?:right )?(?:in|up in) my face\b[^.!?;,]{0,20})`),
      unless: (norm) => /\b(?:(?:were|was|are|'re) right|right to|grateful|thank|stop me|stopping me)\b/.test(norm),
    },
    {
      // the no-way-to-know turned on them: "nobody told me the rent was mine too, so how was I to know?", "how
      // could I have guessed", "what else was I meant to think?"; not a question put to myself
      needs: ['how', 'what'],
      re: rx(raw`(?<s>\bhow (?:was|were|am) i (?:to|ever to|gonna|going to|s'posed to|sposed to) (?:know|guess|tell)\b(?!\s+(?:how|what)\b)|\bhow (?:would|could) i (?:have |of |'ve )?(?:known|guessed)\b(?!\s+(?:how|what)\b)|\bwhat (?:else )?(?:was|were|am) i (?:supposed|meant|expected) to think\b)`),
      unless: (norm, _m, span) => /\b(?:asked|asking|ask|wonder|wondered|wondering|don't know|dont know)\s+(?:myself\s+)?$/.test(norm.slice(Math.max(0, span.start - 25), span.start)),
    },
    {
      // the harmed party's act, in a formal inverted "had", as the condition of the harm: "Had the tenant
      // reported the leak sooner, the damage would not have spread", "had Mrs Kaur told us, the payments
      // would have been stopped". Not gratitude or luck ("had the neighbour not called, the fire would
      // have spread"), nor the weather or a parcel
      needs: ['had'],
      re: rx(raw`(?<s>^\W{0,3}had (?:(?:the|your|ur|his|her|their) (?:family|tenants?|customers?|residents?|patients?|parents?|victims?|claimants?|complainants?|passengers?|members?|clients?|users?|guests?|driver|rider|pupils?|students?|child|children|employees?|woman|man|boy|girl|callers?|householders?|household|occupants?|owners?|homeowners?|landlord|buyers?|applicants?|individual|person|gentleman|lady|mother|father|mum|mom|dad|son|daughter|wife|husband|partner|account holder|policyholders?|viewers?|fans?|supporters?|players?|officers?|manager|organisers?|organizers?|neighbours?|neighbors?)|(?:mr|mrs|ms|miss|dr)\.? [a-z]+(?:-[a-z]+)?|you|u|they|he|she) (?:only |just |simply |actually )?[a-z]+\b[^.!?;]{0,80}?,\s?(?:the|a|an|this|that|none of (?:this|it|that)|no|his|her|their|its|it|any|these|those) [^.!?;,]{0,50}?\b(?:would|could|might)(?:n't| not|nt)? (?:never |not )?(?:have|'ve|of)\b[^.!?;,]{0,40})`),
      unless: (norm, _m, span) => {
        const s = norm.slice(span.start, span.end);
        const comma = s.indexOf(',');
        const cond = s.slice(0, comma), main = s.slice(comma);
        // "had the neighbour not called, the fire would have spread": praise or luck, not blame
        if (/\b(?:not|never)\b|n't\b/.test(cond)) return true;
        if (/\b(?:died|killed|survived|lost (?:his|her|their|my) life)\b/.test(main)) return true;
        return !/\b(?:would|could|might)(?:n't| not|nt) |\bnever have\b|\b(?:have|'ve|of) been (?:stopped|avoided|prevented|caught|spotted|noticed|resolved|fixed|dealt with|flagged|picked up|blocked|frozen|cancell?ed|recovered|unnecessary)\b/.test(main);
      },
    },
  ]),
  examples: {
    positive: [
      'Had the tenant reported the leak sooner, the damage would not have spread to the flat below.',
      'Had Mrs Kaur told our adviser about the calls, the payments would have been stopped.',
      'had ur dad answered the door, none of this would have happened',
      // session 8: the household's part in a landlord's or provider's statement
      'Safety guidance was given to the family on a number of occasions.',
      'The care instructions we provided were not always followed at home.',
      'Residents are responsible for keeping their balconies clear.',
      'We were both drunk that night, so neither of us was thinking straight.',
      'Every guest agreed to the terms when they booked the tour.',
      'She signed a waiver before the session and raised no objection at the time.',
      // a group's statement (its "we" reaches the rules read as "I": we-voice.ts)
      "We're sorry, but customers also have to take responsibility for keeping their passwords safe.",
      "We apologise for the double charges; however, the terms were clearly stated at the time of booking.",
      "We apologise for our guard swearing at you; however, you were asked several times to leave the store.",
      // telling the truth is not a cover story: the charge is made now
      'Every time I told you the truth you went mental, so what was the point.',
      // session 6 families
      'She nagged and nagged until I threw the phone.',
      'you kept on and on at me about the car till i lost it',
      'u prodded n prodded all night',
      "Let's be honest, she knew full well what I was like.",
      'When he took me on he knew I liked a bet.',
      'you left the tin out knowing full well how i am',
      'Honestly you should have hidden your card better.',
      'The casino should never have served me after the first ban.',
      'Your landlord should never have handed me the spare keys.',
      'Your sister was the one who kept ordering the shots.',
      "you're the one keeping this feud going",
      'He was the one who told me it was fine to borrow it.',
      "I'd been goaded by the lads all night.",
      "The manager's tone triggered my outburst.",
      'He got right in my face, so I swung.',
      'Nobody said the cash was for the gas bill, so how was I to know?',
      "how could i have guessed u'd miss it",
      'You went quiet for days, what else was I meant to think?',
      // session 5 families
      "You didn't give me much choice.",
      'She never left me any other option.',
      "You didn't really leave me a lot of options.",
      'It was your jealousy that pushed me out the door.',
      "Your mother's meddling was really what drove me to drink.",
      'The constant rows in that flat were what sent me back to the pub.',
      'I only gambled because of the stress you kept putting on me.',
      "If you'd hidden the bank card as I asked, I couldn't have spent the money.",
      "If she had kept the keys like I told her, I wouldn't have driven.",
      'Leaving me in charge of the cash, you basically set me up to fail.',
      'He should have kept his nose out of my business.',
      "I'm sorry you've decided to take offence at a joke.",
      'My comments were taken out of context by the papers.',
      'What I said got taken the wrong way.',
      'My words were twisted.',
      "I can't just ignore how you treated me that summer.",
      "You're the one who always brings the past up.",
      'It was your brother who first handed me a pill.',
      // session 4 families
      "Don't go laying the whole mess on me.",
      "I'm not taking all the blame for the overdraft.",
      "So don't act so surprised that I left.",
      "Let's not pretend I'm the only one who lied.",
      "I'm not the only one to blame for the car.",
      "It's on your brother as much as me.",
      'The missing stock is partly down to the night manager.',
      "We each made mistakes in that house.",
      'Neither of us was blameless back then.',
      'It takes the two of us to ruin a friendship.',
      'You shoved me first, so I shoved back.',
      'His mate threw the first punch.',
      'Your sister kept winding me up all afternoon.',
      'u push and push until i crack',
      'You always have to have the last word, so it turned into a fight.',
      'You were right in my face and I lost it.',
      "There was no reasoning with you once you'd had a few.",
      'It was your idea to stop at the pub.',
      'You were the one pouring the wine all night.',
      'You lent me the car knowing my record.',
      'You knew I was gambling and still gave me the card.',
      'He knew what I was like when he married me.',
      'You dared me to jump the fence.',
      'Yall should have cut me off way sooner.',
      "You must've seen this coming.",
      'No wonder I snapped.',
      'You always said I was trouble, so I proved you right.',
      'Your bank\'s negligence contributed to the loss.',
      'Had the manager listened, none of this would have happened.',
      'I would never have taken it had my boss paid me properly.',
      'If your uncle had kept quiet, it would never have come to this.',
      'Nobody in your office ever checked the books.',
      'Your parents never made me feel welcome.',
      'I only drank that night because you picked a fight.',
      'I strayed because you were never home.',
      "I wouldn't have lied if you'd listened for once.",
      'You made me do it.',
      'u made me so mad that night, i just snapped',
      "If you hadn't kept hiding my keys, I wouldn't have driven off like that.",
      'You know how I get when you bring up money.',
      'It takes two to wreck a marriage.',
      "I apologise for shouting at you; however, you'd been winding me up all week.",
      'Mom, you always expected too much of me, so of course I let you down.',
      'You made it so hard to tell you the truth.',
      'I am sorry I called your mum a liar, but she started it.',
      "Your mother didn't make it easy for me to see you either.",
      "I'm sorry I slammed the door, but she just wouldn't drop it.",
      'You gave me every reason to go through your emails.',
      'Honestly you brought this on yourself.',
      'sorry u took my text the wrong way',
      'You misunderstood what I was saying about your sister.',
      "If you'd locked the safe like I asked, none of this would have happened.",
      'And what about the time you left me stranded at the airport?',
      "I'm sorry I hid the bills, but you've kept secrets from me as well.",
      'You made me a nervous wreck with all the questions.',
      'I only left because you never listened to me.',
      'You knew what I was like when you married me.',
      'she kept bringing the money up every single day',
      "Honestly it's partly your fault too.",
      "We're both to blame for how it ended.",
      'that was as much ur fault as mine',
      'You need to take some responsibility too.',
      'What did you expect me to do?',
      'You set me off that night with the texts.',
      'you brought out the worst in me',
      "You're the reason I started drinking again.",
      'I only snapped because you ignored me all evening.',
      'You were the one who wanted to go to the casino.',
      "If you weren't always on my back, I wouldn't have lied.",
      'You had a hand in this as well.',
      'Your nagging drove me to it.',
      'I only reacted to what you said.',
      "Maybe if you paid more attention to me I wouldn't have strayed.",
      'You always knew how to push my buttons.',
      "You know what you're like when you drink.",
      'There were mistakes made on both sides.',
      'I was provoked.',
      'You never said it bothered you.',
      'How was I supposed to know?',
      'You said it was fine.',
      'You never once stopped me.',
      "That's on you.",
      'The real problem was your temper.',
      'it takes 2',
      'u started it',
      "You've given me every reason to leave.",
      'If the bank had flagged it sooner, I would have stopped.',
      'Had you locked the safe, I never would have taken anything.',
      "If your dad had kept quiet, none of this would have come out.",
      "If I'd felt loved at home, I wouldn't have gone looking.",
      "Dad, you're part of the problem too.",
      "I'll say sorry when you apologise first.",
      'I own my part, now you take yours.',
      "We're both to blame for how it ended.",
      "It wasn't a one-way street.",
      'She slapped me first.',
      'Your drinking is what drove me to the casino.',
      "You'd stopped caring about us long before I left.",
      'You spent months ignoring me.',
      'You stopped listening, so I went elsewhere.',
      "Your parents never respected me, so I quit visiting.",
      'You kept lending me cash, so naturally I kept betting.',
      'you were egging me on all night',
      'She got me so wound up I threw the glass.',
      'He wound me up on purpose.',
      "When you're in one of your moods nobody can talk to you.",
      'You do tend to exaggerate.',
      'With your temper, it was always going to end badly.',
      'You should have known better than to give me the car keys.',
      'why would u even leave cash out',
      'wot did u expect',
      "Leaving the door open wasn't very clever either.",
      'You just chose to look away.',
      'Not once did you ask how I was.',
      'You had every chance to stop me.',
      'Before you start pointing fingers, think about your own behaviour.',
      'You can hardly act surprised.',
      'In fairness, you did leave the card on the table.',
      'The lax security at the warehouse was the real issue.',
      'It was your supervisor who made it so easy.',
      'It all started the night your cousin brought the pills round.',
      'You kind of left me no choice.',
      'You know I hate it when you hang up on me.',
      "I kept the debt quiet because you'd have hit the roof.",
      'Your sister always resented me, so I stopped coming to dinner.',
      'My brother knew how to push my buttons.',
      'Your boss had it in for me.',
      'Your mum could have warned me.',
      'They let me get away with it every time.',
      'You enabled me for years.',
      'Nobody ever gave me any limits.',
      'You were always on my back about money.',
      "If only you'd listened, we might have sorted it.",
      'Your silence was the last straw.',
      'You kept banging on about the rent.',
      'You always twist my words.',
      'What did you expect would happen?',
      'You put me in a no-win situation.',
      'Your sister turned the kids against me.',
      'You were never happy with anything I did.',
      'I only went because they dared me.',
      'Your lack of affection made it easy to stray.',
      "You weren't there for me, so I found someone who was.",
      'Sorry I walked out, but you were doing my head in.',
      'I regret the row; however, you did wind me up.',
      'Sorry for the calls but you ignored me for days.',
      'soz but u shouldnt have gone through my bag',
      "I'm sorry I said it, though you started the whole thing.",
      // session 14: who started it, hedged
      "Sorry about the row, but you kind of started it.",
    ],
    negative: [
      // session 14: what they did for the writer
      "I lied to you when you were the one looking after me.",
      "You were the one trying to keep us afloat while I gambled.",
      // session 14: starting something good
      "You started it all over again when you forgave me, and I did not deserve that.",
      // session 13: traps in general words
      'I used to tell people you drove me to it. You never made me do any of it.',
      "I lost my temper and told you that if you didn't like it you could go.",
      'Anyone who has been told it was their own fault knows how that lands.',
      'I never wanted you to think it was your fault.',
      "There's nothing I can say in my defence, and I won't try.",
      "I know my shouting frightened the kids, even if they didn't show it.",
      "If you hadn't sat with me through the detox, I don't know where I'd be.",
      "Nothing about this is on you, and if you ever want to know anything, I'll answer honestly.",
      'Had the neighbour not called the fire brigade, the whole house would have gone up.',
      'Had the weather held, the match would not have been called off.',
      'Had I listened to you, none of this would have happened.',
      'Had the paramedics arrived later, he might not have survived.',
      // session 8 traps: advice taken by the writer, the group's own duty
      'The advice you gave me was right, and I ignored it.',
      'We were responsible for keeping the building safe, and we failed.',
      'Clear guidance was given to our staff, and they will follow it from now on.',
      'We both said things we did not mean, and the worst of them were mine.',
      'I signed the release form without reading it, and that was on me.',
      'I was drinking that night and you were sober, and you looked after everyone.',
      "I was asked several times to leave, and I refused, and then I hit him.",
      "The terms were clearly unfair, and we have changed them.",
      "We take full responsibility for what our staff did.",
      "I'd like to pay back what the repairs cost you, if you'd let me.",
      "If you'd ever like to meet, tell me, and if you wouldn't, that's all right.",
      // session 7: the writer's cover story told as such; a lift
      'When my boss asked, I told him you were the one drinking on shift.',
      'I let everyone think it was your fault the business folded.',
      // a cover story told to family or an institution reads the same (lexicon.ts TOLD_WHOM)
      'I let mum believe it was your fault, and it never was.',
      'You drove me to the station every morning that winter, and I never thanked you.',
      'You made me go to that first meeting and it saved my life.',
      'my sister pushed me to get help and im grateful every day',
      // session 6 traps
      'You pushed and pushed for me to get help, and thank God you did.',
      'I pushed and pushed until you gave in.',
      "You knew what I was like and you stayed anyway, which I don't deserve.",
      'You knew I was drinking again before I told you, and you were right to leave.',
      "Your parents should never have let me near you in that state.",
      'You should have been able to trust me.',
      'You were the one who told me to get help.',
      'You were the one who held the family together while I was drinking.',
      'You got in my face to stop me driving, and you were right.',
      'I keep asking myself how could I have known and done nothing.',
      // session 5 traps
      "I didn't give you much choice about any of it.",
      'You gave me every choice, and I chose the drink.',
      'It was your letter that pushed me to get help.',
      'It was your kindness that led me to the meetings.',
      'The silence after I left is what I think about most.',
      'I put so much pressure on you that year.',
      'I set you up to fail by leaving the bills to you.',
      'I should have stayed out of your business.',
      "I've chosen to take responsibility for what I did.",
      'I took what you said out of context and threw it back at you.',
      "I can't ignore what I did to you.",
      "I'm the one who keeps dragging it up, and I'll stop.",
      'It was your sister who first got me to a meeting.',
      // session 4 traps
      "Don't blame yourself for any of it.",
      "I'm the only one to blame, not you.",
      'We both made it through that winter because you held on.',
      'You were the first person I called when I got sober.',
      'You told me first, and I didn\'t listen.',
      'You were the one holding the family together.',
      'You took me back knowing my history, and I am grateful.',
      'It was your idea to get me into treatment, and it saved me.',
      "Had you not called the ambulance, I wouldn't have survived.",
      "Had your mum not stepped in, I wouldn't have got help.",
      'I only called because you asked me to, and I am glad I did.',
      "You were screaming at me to stop, and I didn't.",
      // their wrong set beside mine: comparison (as the dev corpus labels it), not blame
      'I apologise for what I said, but you owe me an apology as well.',
      'Sorry I read your letters, but you read my messages first.',
      "I'm sorry I lied, but you deserved the truth from the start.",
      'I am sorry I left; however, you were right to change the locks.',
      'Sorry I was gone so long, but you never gave up on me.',
      "I'm sorry, though you had every right to be furious.",
      "I'm sorry I missed the birth, but you were the one who held everything together.",
      "I could have stopped at any time, and I didn't.",
      "You let me stay when nobody else would, and I'm grateful.",
      'You should have been able to rely on me.',
      'You put me up for months and I repaid you with lies.',
      'I turned the kids against you, and I am sorry.',
      'I hated myself, so I drank more.',
      'I pushed all your buttons that night and I am sorry.',
      'Nobody was out to get me; I did this.',
      "If my sponsor hadn't answered, I would have died that night.",
      "I'm part of the problem, not you.",
      'I take my share, all of it.',
      "To be fair, you were right about the money all along.",
      'I was the one who kept topping up my own glass.',
      'You had every right to walk away from me.',
      'Before you decide anything, take all the time you need.',
      'It all started the night I took the first pill.',
      'I chose not to notice how much you were carrying.',
      'You were right to cut me off.',
      'You made me a better person, and I threw that away.',
      'You made the right call when you walked away from me.',
      'You did nothing to deserve how I treated you.',
      "If you hadn't been there for me that night, I don't know what would have happened.",
      'You were always there for me, and I repaid you by lying.',
      'Nobody made me do it; I chose to.',
      "You wouldn't stop crying for days after I left, and I did that to you.",
      'You gave me so many chances and I wasted every one.',
      "If you hadn't called an ambulance, I don't know what would have happened.",
      'What about the times you covered for me at work? I never thanked you.',
      "I don't expect you to take it well; you have every right to be angry.",
      'I avoided you for weeks whenever you asked for it back.',
      "I'm sorry you took it so personally.",
      "You weren't exactly innocent either.",
      'You made me a birthday cake that year and I never even came home.',
      'My sister made me dinner every Sunday while I was using.',
      "I lied to you for years, but you've forgiven me more than I deserve too.",
      'I stayed away because you deserved peace from me.',
      'You knew I was drinking again before I admitted it, and you were right.',
      "It's not your fault that I relapsed.",
      'I told you it was your fault and it never was.',
      "You don't need to take any responsibility for my drinking.",
      'You were the one who stood by me when nobody else did.',
      "If you weren't so patient with me, I'd have given up.",
      "You're the reason I got sober.",
      'You played a huge part in my recovery.',
      "If you hadn't called the police, I would never have got help.",
      'It was you who held the family together while I was gone.',
      'Both sides of the family came to the wedding.',
      "Whether you reply is on you to decide, and that's fine.",
      "It's not on you, it's on me.",
      "How was I supposed to know how to stop? I wasn't, and I'm getting help now.",
    ],
  },
});
