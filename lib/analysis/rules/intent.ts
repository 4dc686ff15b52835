/**
 * intent: defends intentions instead of owning the effect ("I never meant to hurt you",
 * "I didn't mean it", "my intentions were good", "I was going to pay it back").
 * Traps: "whatever I meant, it hurt you" (impact owned); "I'm not going to tell you I never
 * meant to hurt you"; "I meant those cruel words"; "I mean it when I say I'll pay".
 */
import { defineRule, rx } from './define';

const raw = String.raw;

/**
 * "I meant to pay you back and I didn't": the plan to undo it overturned by the deed in the same
 * breath (the "whatever I meant, it hurt you" trap); "but I didn't get the chance" still pleads.
 */
const OVERTURNED_PLAN = /^[^.!?;]*?\bback\b,? (?:and|but) (?:i )?(?:didn't|didnt|did not|never did|never)(?: do it)?\s*(?:[,.;!?-]|$)/;

export default defineRule({
  id: 'intent',
  title: 'Intent over impact',
  severity: 'consider',
  explanation:
    'What you meant matters to you, but what they live with is what happened. Starting from your intentions can sound like a defence. Naming the effect on them ("it hurt you, and I\'m sorry") lands better.',
  suggestion: 'Try "Whatever I meant, it hurt you."',
  // "I never meant to embarrass you, but I did": the effect owned in the same breath (the taxonomy's
  // "whatever I meant, it hurt you"); "…, but it happened" still hides who did it
  skip: (norm) => /\b(?:never|didn't|didnt|did not) (?:really )?(?:mean|meant|intend|intended)\b[^.!?;]{0,60}?,? (?:but|and yet|yet) (?:i|i still) (?:did|still did)\b/.test(norm),
  patterns: [
    {
      // what was meant set against what was taken: "it was meant as a tribute, not an insult",
      // "hurting you was the furthest thing from my mind", "I only wanted to make everyone laugh",
      // "it's not like I meant anything by it"
      needs: ['meant as', 'intended as', 'furthest', 'farthest', 'laugh', 'meant anything', 'meant nothing'],
      re: rx(raw`(?<s>\b(?:it|that|this|the \w+|my \w+) (?:was|were) (?:only |just |always |honestly )?(?:meant|intended) as (?:a |an )?(?:\w+ )?(?:tribute|joke|compliment|homage|bit of fun|celebration|gesture of \w+|kindness|tease|prank)\b(?:,? (?:not|never) (?:as )?(?:a |an )?\w+)?|\b(?:the )?(?:furthest|farthest) thing from my mind\b|\bi (?:only|just|simply) (?:wanted|meant|tried|was trying) to (?:make|get) (?:you|u|them|everyone|everybody|people|the \w+) (?:to )?laugh\b|\b(?:it's|its|it is|it was|it wasn't|it's not|its not) (?:not )?like i meant (?:anything|any harm|it)(?: (?:serious|bad|nasty|by it))?\b|\bi meant nothing by it\b)`),
      unless: (norm, _m, span) => /^[^.!?;]{0,40}\b(?:but (?:it|that) (?:was|is) (?:still )?(?:an insult|cruel|hurtful|wrong)|and (?:it|that) (?:doesn't|does not) matter)\b/.test(norm.slice(span.end)),
    },
    {
      // "I never meant to hurt you", "I didn't mean it", "i never meant for it to go as far as it did"
      needs: ['mean', 'meant', 'ment', 'intend'],
      re: rx(raw`(?<s>\b(?:i |i just |i really |i honestly |i truly |i genuinely |i certainly )?(?:didn't|didnt|did not|never|honestly didn't|honestly never|really didn't|really never|truly never|truly didn't)(?: (?:really|honestly|ever|once|actually))? (?:mean|meant|ment|intend|intended)\b(?: (?:to|it|that|any of (?:it|that|this)|for (?:it|that|this|you|u|anyone|things|any of)|anyone|anybody|you|u|them|things|any harm|you any harm|no harm|offen[cs]e)\b)?[^.!?;,]{0,40})`),
      // "I didn't mean to imply...", and plans that went long ("I never meant to stay this long") are not a defence of a harm.
      unless: (norm, _m, span) =>
        /\bmean(?:t)? (?:to )?(?:imply|suggest|say that|pressure|put pressure|make you feel you have|rush|stay|write so|ramble|go on|take so long|be away so|sleep)\b/.test(norm.slice(span.start, span.end)) ||
        // "I didn't mean much to anyone back then": mattering, not intending.
        /\bmean(?:t)? (?:much|anything|a thing|a lot|nothing|so much|the world|everything) to\b/.test(norm.slice(span.start, span.end)) ||
        // "I know you didn't mean to hurt me": someone else's intent, not the writer's defence.
        /\b(?:you|u|he|she|they|we|nobody|no one)\s+$/.test(norm.slice(Math.max(0, span.start - 6), span.start)) ||
        // "money that I never intended to repay": a bad intent owned, which indicts, not a good one pleaded
        /\b(?:never|didn't|didnt|did not)(?: (?:really|ever|once|actually))? (?:mean|meant|intend|intended) to (?:repay|pay (?:\w+ ){0,2}back|give (?:\w+ ){0,2}back|return|put (?:\w+ ){0,2}back)\b/.test(norm.slice(span.start, span.end)) ||
        // "I didn't mean to tell you this in a letter": about the letter itself, like "write so"
        /\bmean(?:t)? to tell (?:you|u) (?:this |it )?(?:in a letter|by letter|in writing|like this|this way)\b/.test(norm.slice(span.start, span.end)) ||
        // "I didn't mean to become that man, but I did, and you lived with him": the intent is set
        // down only to be overturned by the deed at once (the "whatever I meant, it hurt you" trap).
        /^\s*[,;-]?\s*(?:but|and) (?:i (?:still )?(?:did|became|was|have|had)|it (?:still )?(?:did|was))\b(?!\s+not\b|n't)\s*(?:[,.;!?-]|$|and\b|anyway\b|all the same\b|just the same\b|every\b|for\b)/.test(norm.slice(span.end, span.end + 40)),
    },
    {
      // "I never wanted anyone to get hurt", "I didn't want to upset you", "never planned for this to happen"
      needs: ['want', 'plan', 'set out', 'try', 'tried'],
      re: rx(raw`(?<s>\b(?:i |i just |i really |i honestly |i truly )?(?:didn't|didnt|did not|never|honestly never|really didn't|truly never)(?: (?:really|honestly|ever|once|actually))? (?:want|wanted|plan|planned|set out|try|tried)(?: for)? (?:(?:anyone|anybody|you|u|them|him|her|the kids|any of you) to (?:get |be )?(?:hurt|harmed|upset|worry|suffer|pay for)|to (?:hurt|harm|upset|embarrass|humiliate|scare|frighten|offend|cause|let (?:you|u) down|disrespect)|(?:it|this|that|things|any of (?:this|that|it)) to (?:happen|go|get|turn|end|come))\b[^.!?;,]{0,30})`),
    },
    {
      // "the drink made me say things I didn't mean"
      needs: ['mean'],
      re: rx(raw`(?<s>\b(?:things|stuff|words|something|anything|what) (?:that )?i (?:didn't|didnt|did not|never) (?:really )?mean(?:t)?\b)`),
    },
    {
      // "My intention was never to embarrass you", "my intentions were good", "I meant well"
      needs: ['intent', 'intention', 'meant well', 'mean well', 'heart was', 'plan', 'idea', 'aim', 'goal', 'wish'],
      re: rx(raw`(?<s>\b(?:my )?intention(?:s)? (?:was|were|wasn't|wasnt|was not|weren't|werent|were not|is|are|have always been|had been)(?: (?:never|always|only|just|honestly|really|truly))? (?:good|pure|honourable|honorable|in the right place|never|not|to help|only to|just to|to protect|the best|bad|malicious|to hurt|to harm|kind|loving)\b[^.!?;,]{0,40}|\b(?:wasn't|wasnt|was not|never|isn't|not) (?:my|ever my) (?:intention|intent)\b|\b(?:i )?(?:meant|mean) well\b|\b(?:i )?(?:had|with|have|had only|only had) (?:good|the best|pure|kind) (?:of )?intentions\b|\bmy heart was in the right place\b|\b(?:had|have|with) (?:no|never any) intention of (?:hurting|upsetting|embarrassing|humiliating|scaring|offending|lying|causing|letting)\b[^.!?;,]{0,20}|\b(?:it was never|it wasn't|it wasnt|it was not|never was|wasn't ever) my (?:plan|intention|idea|aim|goal|wish) to\b[^.!?;,]{0,30})`),
    },
    {
      // "I was only trying to help/protect you", "I was just trying to lighten the mood"
      needs: ['trying', 'tryin', 'tryna', 'trynna', 'meaning'],
      re: rx(raw`(?<s>\b(?:i|i'm|im|i am|i was) (?:was )?(?:only|just|simply|genuinely|honestly|really)? ?(?:trying to|tryin to|tryna|trynna|meaning to) (?:help|protect|look after|look out for|lighten|be funny|make (?:you|u|it|things|everyone) (?:laugh|better|easier|happy|proud|smile)|do (?:the right thing|what was best|right by)|keep the peace|spare (?:you|u)|save (?:you|u)|keep (?:you|u) safe|support)\b[^.!?;,]{0,30})`),
      unless: (norm, _m, span) => {
        const s = norm.slice(span.start, span.end);
        // present/future effort ("I'm trying to help you now by...") is not a defence of the past
        return /^(?:i'm|im|i am) /.test(s) || !/\b(?:was|only|just|simply|genuinely|honestly|really)\b/.test(s);
      },
    },
    {
      // "It was supposed to be a joke", "I thought I was helping"
      needs: ['all', 'meant', 'supposed', 'intended', 'thought i was', 'think', 'realise', 'realize', 'know', 'expect'],
      re: rx(raw`(?<s>\b(?:it|that|this|the (?:joke|comment|remark|text|message|post|email)|those (?:words|comments)) (?:wasn't|wasnt|was not|was never|weren't|were never|never was) (?:meant|supposed|intended) to (?:hurt|upset|offend|come across|sound|embarrass|be (?:hurtful|mean|nasty|taken|personal|like that))\b[^.!?;,]{0,20}|\b(?:it|that|this) (?:was|were) (?:only |just )?(?:supposed|meant) to be (?:a |just a |only a )?(?:joke|funny|harmless|a laugh|banter|a surprise|helpful|temporary|a loan)\b|\ball i (?:ever |really |honestly )?(?:wanted|meant|tried|was trying|was doing|did) (?:was )?(?:to )?(?:do was )?(?:help|protect|be (?:nice|kind|helpful|funny)|make (?:you|u|things|it) (?:happy|better|easier)|look after|keep (?:you|u|the peace))\b[^.!?;,]{0,20}|\bi (?:honestly |really |genuinely |truly |actually )?thought i was (?:helping|doing (?:the right thing|you a favour|you a favor|what was best)|being (?:funny|helpful|kind))\b|\bi (?:didn't|didnt|did not|never) (?:think|realise|realize|know|expect|dream) (?:that )?(?:you|u)(?:'d| would| d|d) (?:mind|care|notice|be (?:upset|hurt|bothered|angry)|find out|miss it|need it)\b[^.!?;,]{0,20}|\bi (?:didn't|didnt|did not) (?:think|realise|realize|know|expect) (?:it|that|this|you|u) (?:would|could|'d|d|was going to|were going to|might) (?:hurt|upset|offend|bother|matter|affect|be such|be a big|embarrass|mind|take it)\b[^.!?;,]{0,20})`),
    },
    {
      // "I was going to pay it all back before you ever found out", "I always meant to put it back"
      needs: [' back'],
      re: rx(raw`(?<s>\b(?:i|i was|i'd|id|i had) (?:always |totally |fully |honestly |definitely |only )?(?:going to|gonna|planning to|planning on|meaning to|meant to|intending to|intended to|was going to) (?:pay|put|give|buy|get|paid|return|replace|bring|sneak)(?: (?:it|them|the money|the cash|that|everything|you|u|ur|your|it all|all of it|\w+))?(?: (?:all|it|them|\w+))? back\b[^.!?;,]{0,40})`),
      unless: (norm, _m, span) => /^\s*(?:now|today|this|next|by|from|starting)\b/.test(norm.slice(span.end)) || /\b(?:i'm|im|i am|i still|still)\b/.test(norm.slice(Math.max(0, span.start - 10), span.start)) || OVERTURNED_PLAN.test(norm.slice(span.start)),
    },
    {
      // "I wasn't actually going to do anything"
      needs: ['going', 'gonna'],
      re: rx(raw`(?<s>\bi (?:wasn't|wasnt|was not|was never|never was) (?:actually |really |ever )?(?:going|gonna) to (?:do|hurt|go through with|follow through|act on)\b[^.!?;,]{0,20})`),
    },
    {
      // the act recast by its aim: "I meant it as a joke", "it was only meant as banter", "it came
      // from a place of love", "I didn't do it on purpose", "that was never the vibe I was going for"
      needs: ['meant', 'intended', 'came from', 'comes from', 'coming from', 'purpose', 'deliberate', 'intentional', 'going for', 'aiming for', 'trying for'],
      re: rx(raw`(?<s>\b(?:i|it|that|this|the (?:joke|comment|remark|text|message|post)) (?:was |were )?(?:only |just |all )?(?:meant|intended)(?: (?:it|that|this))? (?:as|to be) (?:a |just a |only a |some |a bit of |a little |bit of )?(?:joke|banter|fun|a laugh|laugh|compliment|tease|wind-up|wind up|harmless|friendly|loving|kind|helpful|help)\b|\b(?:it|that|this|everything i did|what i did|all of it) (?:all )?(?:came|comes|was coming) from (?:a (?:good|loving|caring|kind|decent|genuine) place|a place of (?:love|care|concern|worry|kindness)|love|a good heart|the heart)\b|\bi (?:didn't|didnt|did not|never) (?:do|say|mean) (?:it|that|this|any of it) (?:on purpose|deliberately|intentionally)\b|\b(?:it|that|this) (?:wasn't|wasnt|was not|was never|isn't|isnt) (?:on purpose|deliberate|intentional|done on purpose|done deliberately)\b|\b(?:that|it|this) (?:wasn't|wasnt|was not|was never|isn't|isnt) (?:the (?:vibe|effect|impression|idea|tone)|what) i (?:was|'d been|had been) (?:going|aiming|trying) for\b)`),
    },
    {
      // "I was going to sort it before he noticed": the plan to put it right offered as a defence
      needs: ['before', 'by the time'],
      re: rx(raw`(?<s>\bi (?:was|'d been|had been|d been) (?:always |totally |fully |definitely |honestly )?(?:going to|gonna|planning to|meaning to) (?:sort|fix|cover|replace|sort out|deal with|handle|make up for|straighten out|square)\b[^.!?;,]{0,25}?\b(?:before|by the time)\b[^.!?;,]{0,30})`),
    },
    {
      // the good outcome that was expected: "I thought it would be funny", "I thought it would help",
      // "I only wanted what was best for you"
      needs: ['thought', 'figured', 'wanted'],
      re: rx(raw`(?<s>\bi (?:honestly |really |genuinely |truly |actually )?(?:thought|figured) (?:it|that|this) (?:would|'d|d|might) (?:be (?:funny|a laugh|harmless|fine|ok|okay|for the best|helpful|a nice surprise|romantic)|help|make (?:you|u|things|it|everyone) (?:laugh|happy|better|easier))\b|\bi (?:only|just) (?:ever )?wanted (?:what was best|the best|to help|to protect|to look after|to make (?:you|u|things) (?:happy|better))\b[^.!?;,]{0,20})`),
      // "I only wanted the best for you, and I took it from you": owned straight after.
      unless: (norm, _m, span) => /^\s*(?:now|today|going forward|from now)\b/.test(norm.slice(span.end)),
    },
    {
      // the aim denied: "I didn't do it to hurt you", "that's not what I meant", "it wasn't meant that
      // way", "I'd never intentionally hurt you", "I meant no harm", "no offence intended", "I wasn't
      // trying to hurt you", "it wasn't personal"
      needs: ['hurt', 'upset', 'spite', 'embarrass', 'humiliate', 'punish', 'back', 'offend', 'scare', 'wound', 'harm', 'feel', 'meant', 'intended', 'trying', 'going', 'mind', 'intentionally', 'deliberately', 'purposely', 'knowingly', 'consciously', 'willingly', 'purposefully', 'personal', 'about', 'accident'],
      re: rx(raw`(?<s>\bi (?:didn't|didnt|did not|never|wouldn't|wouldnt|would never) (?:do|did|say|said|take|took|write|wrote|post|posted|tell|told|send|sent|keep|kept|hide|hid) (?:it|that|this|any of (?:it|that|this)|those things|what i did) (?:to|in order to|so as to|just to) (?:hurt|upset|spite|embarrass|humiliate|punish|get back at|get at|offend|scare|wound|harm|make (?:you|u) (?:feel|look))\b[^.!?;,]{0,20}|\b(?:(?:that's|thats|that is|it's|its|it is|this is) not|(?:that|it|this) (?:wasn't|wasnt|was not|isn't|isnt|is not|was never)|not|never) (?:at all |really )?what i (?:meant|intended|was (?:trying|going) (?:to say|for)|had in mind)\b|\b(?:it|that|this|what i said|my \w+) (?:wasn't|wasnt|was not|was never|weren't|were never|isn't|is not) (?:meant|intended) (?:that way|like that|the way (?:you|u) (?:took|heard|read|saw) it|to (?:be taken|sound|come out|land) (?:that way|like that))\b|\b(?:i'd|id|i would|i'll|ill|i will|i could) never (?:ever )?(?:intentionally|deliberately|purposely|knowingly|consciously|willingly|purposefully) (?:hurt|harm|upset|betray|embarrass) (?:you|u|anyone|anybody|them|her|him)\b|\b(?:i'd|id|i would|i'll|ill|i will) never (?:ever )?(?:hurt|harm|upset) (?:you|u|anyone|anybody|them|her|him) (?:on purpose|intentionally|deliberately|purposely|knowingly)\b|\b(?:i )?meant (?:no|you no|u no) (?:harm|disrespect|offen[cs]e|ill|malice|hurt)\b|\bno (?:harm|offen[cs]e|disrespect|malice|hurt) (?:was |is )?(?:meant|intended)\b|\bi (?:wasn't|was not|wasnt|was never|never was) (?:ever )?(?:trying|tryin|out|looking|setting out|aiming) to (?:hurt|upset|harm|embarrass|humiliate|offend|scare|wound|make (?:you|u) feel)\b[^.!?;,]{0,20}|\b(?:it|that|this|any of it|none of it) (?:wasn't|wasnt|was not|was never|isn't|isnt|is not) (?:ever )?(?:personal|anything personal|about you)\b(?! (?:for|to) (?:you|u|them))|\b(?:it|that|this) (?:was|were) (?:just |only |purely |totally |completely |honestly |really )?(?:an|a) (?:genuine |honest |stupid )?accident\b)`),
    },
    {
      // the good aim claimed or the harm unforeseen: "I thought I was protecting you", "I did it out of
      // love", "I did what I thought was right", "I never thought it would hurt you that much", "I
      // had no idea it would upset you"
      needs: ['thought', 'believed', 'figured', 'felt', 'love', 'loved', 'concern', 'worry', 'care', 'cared', 'kindness', 'loyalty', 'fear', 'worried', 'protect', 'head', 'mind', 'time', 'then', 'hurt', 'upset', 'offend', 'bother', 'matter', 'affect', 'embarrass', 'humiliate', 'scare', 'wound'],
      re: rx(raw`(?<s>\bi (?:honestly |really |genuinely |truly |actually )?(?:thought|believed|figured|felt) i was (?:protecting|helping|saving|sparing|shielding|looking out for|doing (?:right|good|the right thing|what was (?:best|right))|keeping (?:you|u|the peace|everyone) (?:safe)?)\b[^.!?;,]{0,20}|\bi (?:only |just )?(?:did|said) (?:it|that|this|all of it|all that|what i did|those things) (?:out of|from) (?:love|concern|worry|care|kindness|loyalty|fear for (?:you|u))\b|\bi (?:only |just )?did (?:it|that|this|all of it|what i did) because i (?:love|loved|care|cared about|was worried about|wanted to protect) (?:you|u|them|the kids|her|him)\b|\bi did what i (?:thought|believed|felt) (?:was|would be) (?:right|best|the right thing|necessary|for the best)\b|\b(?:in my (?:head|mind)|at the time|back then),? i (?:was|thought i was) (?:doing (?:the right thing|good|what was best|you a favou?r)|helping|protecting (?:you|u|them|the kids))\b|\bi (?:never|didn't|didnt|did not) (?:once )?(?:think|thought|realise|realize|realised|realized|imagine|imagined|know|knew|expect|expected|dream|dreamed|dreamt) (?:that )?(?:it|that|this|you|u|my \w+|what i did) (?:would|could|'d|might|was going to) (?:hurt|upset|offend|bother|matter|affect|embarrass|humiliate|scare|wound)\b[^.!?;,]{0,20}|\bi had no idea (?:that )?(?:it|that|this|you|u|my \w+|what i did) (?:would|could|'d|might|was going to) (?:hurt|upset|offend|bother|matter|affect|embarrass|humiliate|scare|wound)\b[^.!?;,]{0,20})`),
    },
    {
      // "the last thing I wanted was to hurt you", "I'd never do anything to hurt you", "it was all
      // meant in good fun", "I thought you'd be fine with it"
      needs: ['last thing', 'never', 'meant in', 'thought', 'figured', 'assumed', 'did', 'good', 'ill', 'bad', 'malicious', 'evil'],
      re: rx(raw`(?<s>\bthe last thing i (?:ever )?(?:wanted|meant|intended|wanted to do|would want|'d want) (?:was |is )?(?:to )?(?:hurt|upset|harm|embarrass|humiliate|worry|scare|let (?:you|u) down|cause)\b[^.!?;,]{0,20}|\b(?:i'd|id|i would) never (?:ever )?(?:knowingly |intentionally |deliberately )?(?:do|say) anything (?:to|that would|that could|that might|to intentionally) (?:hurt|upset|harm|embarrass)\b[^.!?;,]{0,15}|\b(?:it was|it's|its|that was|it were) (?:all )?meant in (?:good )?(?:fun|jest)\b|\bi (?:only |just |really )?did (?:it|this|that|all of it|all this|everything|what i did) (?:for (?:you|u|us|the family|the kids|our family|your sake|our future|both of us))\b(?! (?:to|and i|and it))|\bi (?:honestly |really |genuinely |truly )?thought (?:it|that|this) was (?:for the best|the right thing|best for (?:you|u|us|everyone|the kids)|a good idea|what you wanted)\b|\b(?:it|this|that|everything i did) was (?:all |only |just )?for (?:your|ur) own good\b|\b(?:i had|i have|with|there was) no (?:ill|bad|malicious|evil) (?:intent|intentions|will|motive)\b|\bi (?:honestly |really |genuinely |truly |actually )?(?:thought|figured|assumed) (?:you|u)(?:'d| would| d|d) (?:be (?:fine|ok|okay|alright|cool|happy)(?: with it)?|not mind|understand|laugh|like it|not care|not notice|never notice|never find out|not find out)\b)`),
    },
    {
      // the aim disowned in other words: "hurting you was never my aim", "which was never the plan",
      // "spite was never part of it", "none of it was aimed at you", "my motives were never selfish",
      // "I never wished you any harm", "it's not as if I set out to wreck your night"
      needs: ['never', 'wasn', 'was not', 'none', 'nothing', 'motive', 'intention', 'not like', 'not as if', 'wished', 'wish', 'consciously', 'knowingly'],
      re: rx(raw`(?<s>\b(?:was|were) never my (?:aim|intention|goal|objective)\b|\b(?:which|that|this|it) (?:was|were) never (?:my|the) (?:plan|idea|point)\b|\b(?:wasn't|wasnt|was not|was never) (?:my|the) (?:aim|plan|goal|objective) (?:to|for)\b[^.!?;,]{0,25}|\b(?:malice|spite|cruelty|hatred|ill will) (?:was|were) never (?:part of it|the point|the reason|involved|there|behind it)\b|\b(?:none of (?:it|that|this|what i (?:said|did))|nothing i (?:said|did)) (?:was|were) (?:ever |really |actually )?(?:aimed at|directed at|meant for|about) (?:you|u)\b|\b(?:none of (?:it|that|this|what i (?:said|did))|nothing i (?:said|did)) (?:was|were) (?:ever |really |actually )?(?:meant|intended|deliberate|on purpose|malicious|planned)\b|\bmy (?:motives?|intentions?)(?:, however,)? (?:were|was) (?:always |only |honestly |genuinely )?(?:never (?:selfish|bad|malicious|cruel)|always (?:good|pure|to (?:protect|help|look after)))\b[^.!?;,]{0,25}|\bi (?:never|didn't|didnt|did not) (?:once )?(?:wish|wished|want|wanted) (?:you|u|anyone|her|him|them) (?:any )?(?:harm|ill|pain)\b|\b(?:it's|its|it is|it's not|it isn't) (?:not )?(?:like|as if|as though) i (?:set out|went out|meant|planned|wanted|tried|intended) to\b[^.!?;,]{0,25}|\bi (?:never|didn't|didnt|did not) (?:consciously|knowingly|deliberately|intentionally|purposely) (?:chose|choose|decide|decided|set out|try|tried|let)\b[^.!?;,]{0,25}|\b(?:i'd|id|i would) never (?:ever )?(?:knowingly|intentionally|deliberately|consciously) (?:put|risk|endanger|let)\b[^.!?;,]{0,25}|\bi (?:never|didn't|didnt|did not) (?:go|went) out (?:that \w+ )?(?:planning|intending|meaning|looking) to\b[^.!?;,]{0,25}|\bi never (?:planned|plotted|set out) to (?:take|steal|crash|hurt|ruin|wreck|lie|cheat|hit|scare|embarrass|break|use|go off|blow up)\b[^.!?;,]{0,20}|\bi (?:never|didn't|didnt|did not) (?:do|did|say|said) (?:any of (?:it|that|this)|anything|it|that|this) (?:on purpose|deliberately|intentionally)\b)`),
    },
    {
      // the words recast as a joke or a slip: "it wasn't supposed to come out like that", "the photo
      // was supposed to be funny", "just a throwaway comment", "I was only messing about",
      // "I don't mean half of what I say", "I didn't mean a single word of it"
      needs: ['supposed', 'meant', 'prank', 'joking', 'messing', 'messin', 'mucking', 'throwaway', 'mean', 'heart', 'reflect'],
      re: rx(raw`(?<s>\b(?:wasn't|wasnt|was not|was never|weren't|werent) (?:supposed|meant) to (?:come out|sound|land|come across) (?:like that|that way|wrong|so)\b|\b(?:was|were) (?:only |just )?(?:supposed|meant) to be (?:funny|a joke|harmless|a laugh|banter|a bit of fun|a prank|a wind-up)\b|\b(?:it was|it's|its|that was|was) (?:just |only )?(?:a )?(?:prank|throwaway (?:remark|comment|line))\b|\b(?:i was|was) (?:just|only) (?:messing|messin|mucking|fooling|joking|kidding) (?:around|about)\b|\b(?:didn't|didnt|did not|don't|dont|do not|never) (?:really )?mean (?:a (?:single )?word|half|most|one word|a lot) of (?:it|that|this|what)\b|\bnot from the heart\b|\b(?:didn't|didnt|did not|doesn't|doesnt|does not) reflect (?:what|how) i (?:really |truly |actually )?(?:think|feel|believe)\b)`),
    },
    {
      // the harm unforeseen: "it never crossed my mind that it would matter", "never thought you'd
      // take it to heart", "didn't think u'd actually be scared"
      needs: ['crossed', 'think', 'thought', 'realise', 'realize', 'expect'],
      re: rx(raw`(?<s>\bnever (?:once )?crossed my mind (?:that )?[^.!?;,]{0,40}?\b(?:would|could|might|'d)\b[^.!?;,]{0,25}|\b(?:never|didn't|didnt|did not) (?:once )?(?:think|thought|realise|realize|expect|expected) (?:that )?(?:you|u)(?:'d| would| d|d) (?:actually |really )?(?:take it (?:so |that )?(?:hard|badly|seriously|to heart|personally)|be (?:so |that |actually )?(?:scared|hurt|upset|bothered|offended|angry)|get (?:hurt|upset|scared))\b)`),
    },
    {
      // the good aim behind the act: "I hid the bills to protect you", "I cut you off to keep you safe",
      // "keeping it from you was my way of sparing you", "I always had your best interests at heart",
      // "because I was worried sick about you", "because I didn't want to worry you"
      needs: ['protect', 'spare', 'shield', 'safe', 'way of', 'interest', 'worried', 'want', 'care'],
      re: rx(raw`(?<s>\bi (?:only |just |was only |was just |honestly |really )?(?:did|hid|kept|cut|lied|took|said|told|signed|sold|went|stayed|left|moved|read|went through|checked)\b[^.!?;]{0,40}?\b(?:to|so i could|so as to|in order to) (?:protect|spare|shield|keep (?:you|u|them|her|him|the kids|everyone) safe)\b[^.!?;,]{0,25}|\bmy way of (?:sparing|protecting|helping|shielding|keeping|looking after|saving)\b[^.!?;,]{0,20}|\b(?:had|have|with) (?:your|ur|the family's|everyone's|their|her|his) best interests? at heart\b|\b(?:because|cause|cos|coz|cuz) i (?:was (?:so |really |just )?worried (?:sick )?about (?:you|u|her|him|them)|(?:didn't|didnt|did not) want to (?:hurt|upset|worry|break|burden|scare)\b[^.!?;,]{0,20}|cared (?:so much|too much|about (?:you|u)))\b)`),
      // "because I didn't want to face it": only the other person's sake counts, so no first-person object
      unless: (norm, _m, span) => /\b(?:myself|me)\b/.test(norm.slice(span.start, span.end)),
    },
    {
      // the act recast as right or kind at the time: "I believed it was the right thing to do",
      // "I thought lending it out was doing you a favour", "the way I saw it, I was helping"
      needs: ['thought', 'believed', 'figured', 'saw it', 'my mind', 'my head', 'concerned'],
      re: rx(raw`(?<s>\bi (?:genuinely |honestly |really |truly |actually |sincerely )?(?:thought|believed|figured)\b[^.!?;]{0,70}?\b(?:was|would be) (?:the right thing|the right call|right|doing (?:you|u|them|her|him|everyone) a favou?r|for the best|for (?:your|ur|their|her|his) own good|helping|in (?:your|ur|their) best interests?)\b[^.!?;,]{0,20}|\b(?:in my (?:mind|head)|the way i saw it|as far as i was concerned|to my mind),? i was (?:just |only )?(?:borrowing|helping|protecting|saving|looking after|doing (?:you|u) a favou?r)\b[^.!?;,]{0,20})`),
    },
    {
      // the plan to undo it: "I was gonna tell you", "the plan was always to win it back", "I always
      // planned to put it back", "I had every intention of getting it back", "it was only ever meant
      // to be a loan", "I thought I could turn it around", "I was bringing it back before you woke"
      needs: ['plan', 'planned', 'intended', 'intention', 'going', 'gonna', 'meant', 'supposed', 'bringing', 'putting', 'thought', 'believed', 'sure', 'would have', 'have told', 'of told', 'told'],
      re: rx(raw`(?<s>\b(?:i (?:always |fully |honestly |definitely )?(?:planned|intended|meant) to|i had every intention of|(?:the |my )?plan was (?:always )?(?:to)?|i was (?:always )?(?:going|gonna) to) ?(?:put|pay|give|win|get|bring|return|replace|buy|paying|putting|getting|winning|bringing|giving|returning|replacing)\b[^.!?;]{0,30}?\b(?:back|out again)\b[^.!?;,]{0,30}|\bi was (?:bringing|putting|paying|giving|taking) (?:it|them|the \w+|\w+) back\b[^.!?;,]{0,30}|\b(?:was|were) (?:always |only |only ever |just |ever )?(?:intended|meant|supposed) to be (?:temporary|a loan|short[- ]term|borrowed)\b|\bi(?: was (?:always )?(?:gonna|going to)| would have| would of|'d have|'d of|d have| d have) (?:tell|told) (?:you|u)\b[^.!?;,]{0,20}|\bi (?:genuinely |honestly |really |truly )?(?:thought|believed|was sure|was certain|figured) i (?:could|'d|would|was going to) (?:turn (?:it|things) around|win it back|win (?:it|the money) back|fix it|sort it|pay it back|have the money|make it back|get (?:it|them) back)\b[^.!?;,]{0,25})`),
      // a plan made now ("I'm going to pay it back") or kept ("I was going to tell you, and I didn't")
      unless: (norm, _m, span) =>
        /^\s*(?:now|today|this|next|by|from|starting)\b/.test(norm.slice(span.end)) ||
        /\b(?:i'm|im|i am|i still|still)\s*$/.test(norm.slice(Math.max(0, span.start - 10), span.start)) ||
        // "I would have told you sooner if I'd been braver": a regret about the delay, not a defence
        (/\btold (?:you|u)\b/.test(norm.slice(span.start, span.end)) && /\b(?:sooner|earlier|if)\b/.test(norm.slice(span.start))) ||
        // "I meant to pay you back and I didn't": the plan overturned by the deed in the same breath
        // (the "whatever I meant, it hurt you" trap); "but I didn't get the chance" still pleads
        OVERTURNED_PLAN.test(norm.slice(span.start)),
    },
    {
      // more of the same defence: "hurting you was the last thing on my mind", "I was only ever trying
      // to make life easier for you", "not trying to frighten you", "it was never because I didn't
      // care", "missing the party wasn't personal", "everything I did, I did out of love"
      needs: ['last thing', 'trying', 'tryna', 'tryin', 'wanted', 'meant', 'meaning', 'because', 'personal', 'out of', 'from'],
      re: rx(raw`(?<s>\b(?:was|is) the last thing on my mind\b|\bi (?:was |were )?(?:only |just |genuinely |honestly |really |simply )(?:ever )?(?:trying|tryna|tryin|wanted|meant) to (?:make (?:things|it|life|everything) (?:easier|better)|make (?:you|u) (?:proud|happy)|get (?:you|u|him|her|them) (?:help|to)|get us\b|help|protect|look after)\b[^.!?;,]{0,25}|\b(?:wasn't|wasnt|was not|never|not) (?:ever )?(?:trying|tryna|tryin|meaning) to (?:upset|hurt|scare|frighten|let (?:anyone|you|u|anybody) down|embarrass|offend)\b[^.!?;,]{0,20}|\b(?:was|is) never because i (?:didn't|didnt|did not) (?:care|love)\b[^.!?;,]{0,20}|\b(?:wasn't|wasnt|was not|was never|isn't|isnt) personal\b(?! (?:for|to) (?:you|u|them))|\bi did (?:it |that |everything |all of it |all that )?(?:out of|from) (?:love|concern|care|kindness|worry)\b)`),
    },
    {
      // the aim named as kind or the act renamed: "I didn't say it to be cruel", "my heart was always in
      // the right place", "it was never about hurting you", "my goal was always to protect you", "I was
      // only ever looking out for you", "I never saw it as stealing", "I thought you knew I was joking",
      // "I just wanted everyone to be happy", "I didn't think anyone would get hurt"
      needs: ['cruel', 'mean', 'nasty', 'unkind', 'hurtful', 'spiteful', 'heart', 'about', 'goal', 'aim', 'plan', 'intention', 'looking', 'watching', 'saw it', 'see it', 'think of', 'thought of', 'view', 'knew', 'wanted', 'realise', 'realize', 'know', 'think', 'thought', 'imagine', 'expect'],
      re: rx(raw`(?<s>\bi (?:didn't|didnt|did not|never) (?:do|did|say|said|write|wrote|post|posted) (?:it|that|this|any of it|those things) (?:to be|to sound|to seem) (?:cruel|mean|nasty|unkind|hurtful|spiteful)\b|\bmy heart (?:was|is) (?:always |still |honestly |really )in the right place\b|\b(?:it|this|that) (?:was|is|wasn't|wasnt|was not) never about (?:hurting|upsetting|embarrassing|punishing|spiting) (?:you|u|anyone)\b|\b(?:it|this|that) (?:wasn't|wasnt|was not|isn't|isnt) about (?:hurting|upsetting|embarrassing|punishing|spiting) (?:you|u|anyone)\b|\bmy (?:goal|aim|plan|only aim|whole aim|only goal|intention) (?:was|had been) (?:always |only |just )?(?:ever )?to (?:protect|help|keep (?:you|u|them|the kids) safe|look after|shield|spare)\b[^.!?;,]{0,20}|\bi was (?:only|just) (?:ever )?(?:looking out for|looking after|watching out for) (?:you|u|them|the kids|her|him|us)\b|\bi (?:never|didn't|didnt|did not) (?:see|saw|think of|thought of|view|viewed) it as (?:stealing|theft|lying|cheating|hurting (?:you|u)|a betrayal|betrayal)\b|\bi thought (?:you|u) knew i was (?:joking|kidding|messing|only joking|just joking)\b|\bi (?:only|just) (?:ever )?wanted (?:everyone|you|u|us|the kids|everybody) to be (?:happy|ok|okay|safe|comfortable)\b|\bi (?:didn't|didnt|did not|never) (?:think|thought|imagine|imagined|expect|expected) (?:anyone|anybody|someone) (?:would|could|'d|might) (?:get hurt|be hurt|get upset|mind|notice|find out)\b|\bi (?:didn't|didnt|did not|never) (?:realise|realize|know|think) how (?:much|badly|deeply) (?:it|that|this|my \w+) (?:would|could|might) (?:hurt|affect|upset)\b[^.!?;,]{0,20})`),
    },
    {
      // more aims and assumptions set forward: "I'd never purposely do anything to hurt you", "it was
      // never supposed to go that far", "I had no idea you'd take it so hard", "I was just being honest",
      // "I only said it because I care", "it was said with love", "I was under the impression you didn't
      // mind", "I assumed you wouldn't care", "it was all a misunderstanding"
      needs: ['never', 'supposed', 'meant', 'idea', 'being', 'because', 'with', 'out of', 'impression', 'assumed', 'presumed', 'imagined', 'dreamed', 'dreamt', 'misunderstanding'],
      re: rx(raw`(?<s>\b(?:i'd|id|i would) never (?:purposely|purposefully|intentionally|deliberately|knowingly|consciously) (?:do|say) anything\b[^.!?;,]{0,20}|\b(?:was|were) never (?:supposed|meant) to (?:go|get) (?:that|this|so) (?:far|bad|out of hand)\b|\bi had no idea (?:you|u)(?:'d| would| d|d) (?:take it|be) (?:so |that )?(?:badly|hard|hurt|upset|personally|seriously)\b|\bi (?:honestly )?thought i was being (?:supportive|helpful|kind|honest|funny|caring|protective|a good friend)\b|\bi was (?:just|only) being (?:honest|truthful|helpful|protective|careful|cautious|supportive|a good friend)\b|\bi only (?:said|did) (?:it|that|this) because i (?:care|cared|love|loved)\b[^.!?;,]{0,20}|\b(?:it was|it's|its|that was|it were) (?:all )?(?:meant|done|said) (?:with|out of|in) (?:love|kindness|good faith|care)\b|\bi was under the impression\b[^.!?;,]{0,30}|\bi (?:assumed|presumed) (?:you|u)(?:'d| would| d|d) (?:not mind|be fine|be okay|be ok|be alright|understand|not care|not notice)\b|\bi (?:assumed|presumed) (?:you|u) (?:wouldn't|wouldnt|would not) (?:mind|care|notice)\b|\bi never (?:imagined|dreamed|dreamt) it would (?:end up|turn out|get|go|come to)\b[^.!?;,]{0,20}|\b(?:it was|it's|its|this was|that was|this is) (?:all |just |only )?(?:a|one big) misunderstanding\b)`),
    },
    {
      // the harm that was never going to happen: "I would never have actually done anything", "I'd never
      // really have hurt you", "i was never gonna hurt u" (said to someone who was frightened)
      needs: ['never', 'gonna', 'about to'],
      re: rx(raw`(?<s>\b(?:i would|i'd|id|i d) never (?:(?:actually|really|ever) have|have (?:actually|really|ever)|(?:actually|really)(?: have)?) (?:done anything|do anything|done that|do that|hurt|harm|harmed|gone through with|go through with|acted on|act on|laid a|lay a|hit|raised a)\b[^.!?;,]{0,25}|\bi (?:was never|wasn't|wasnt|was not|never was) (?:actually |really |ever |even )?(?:gonna|about to) (?:do|hurt|harm|go through|act on|hit|touch|lay|raise)\b[^.!?;,]{0,20})`),
      // "If you hadn't pushed me I would never have...", "I would never have done it sober": the
      // counterfactual blames a cause (blame, excuse), it does not claim an aim
      unless: (norm, _m, span) => {
        const before = norm.slice(0, span.start);
        const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(' but ')) + 1);
        return /^\W*(?:and |but |so )?if\b/.test(norm) || /\b(?:if|unless|had it not|were it not|but for)\b/.test(clause) ||
          /\b(?:if|without|sober|unless)\b/.test(norm.slice(span.start, span.end + 30));
      },
    },
    {
      // the harm disowned as never planned: "I didn't set out to ruin your day", "we never set out to
      // mislead anyone", "I didn't go out that night planning to crash", "hurting you was never the plan",
      // "wasn't my aim at all", "that was the last thing I wanted"
      needs: ['set out', 'go out', 'went out', 'wake up', 'woke up', 'plan', 'goal', 'aim', 'intention', 'idea', 'intent', 'point', 'objective', 'last thing'],
      re: rx(raw`(?<s>\b(?:i|we) (?:didn't|didnt|did not|never) (?:ever )?(?:set out|go out|went out|wake up|woke up|start out)\b(?: (?:that|this|the|one) (?:day|night|nite|morning|evening|weekend))? (?:planning |meaning |intending |wanting |looking |trying )?to (?!(?:be|get|become|find|recover|change|write|make amends|stay|end up)\b)[a-z']+[^.!?;,]{0,25}|(?:^|[,;:]\s*|\b(?:that|it|this|[a-z]+ing (?:you|u|anyone|anybody|them|her|him|the kids|your \w+|ur \w+))\s+)(?:was never|wasn't|wasnt|was not|never was|wasn't ever|was not ever)(?: even)? (?:the|my|our|part of the|part of my|ever the|ever my) (?:plan|goal|aim|intention|idea|intent|point|objective)\b(?! (?:to|for) (?:get|be|stay|become|recover|me to)\b)(?: at all)?|\b(?:that|it|this|that's|thats|it's|its)(?: was| is|'s|s)? the (?:very )?last thing (?:i|we) (?:ever )?(?:wanted|would have wanted|would want|'d want|intended|meant|had in mind|was trying)\b)`),
    },
    {
      // the words said not to have been aimed at them: "it wasn't even aimed at you", "never aimed at
      // hurting them", "my remarks were not intended to wound", "it was only ever meant as a loan",
      // "it's not like I did it on purpose", "wasnt tryna upset anyone"
      needs: ['aimed', 'directed', 'targeted', 'pointed', 'meant', 'intended', 'designed', 'supposed', 'like', 'as if', 'as though', 'tryna', 'trynna', 'tryin'],
      re: rx(raw`(?<s>\b(?:wasn't|wasnt|was not|was never|were never|weren't|werent|were not|never|isn't|isnt|is not|not)(?: even| ever| really| at all)? (?:aimed|directed|targeted|pointed) at (?:you|u|hurting|upsetting|them|anyone|anybody|her|him|your|ur)\b[^.!?;,]{0,20}|\b(?:was|were) (?:not|never)(?: ever| really)? (?:meant|intended|designed|supposed) to (?:hurt|wound|harm|upset|offend|cause (?:harm|hurt|offen[cs]e|pain|distress)|belittle|mock|embarrass|humiliate|insult|demean|disrespect|mislead|deceive|single (?:you|u|anyone) out)\b[^.!?;,]{0,20}|\b(?:was |were )?(?:only |always |just )?(?:ever )?(?:meant|intended) as (?:a )?(?:loan|temporary thing|short[- ]term thing|stopgap)\b|\bnot (?:like|as if|as though) i (?:did (?:it|that|this|any of it) (?:on purpose|deliberately|intentionally|to hurt)|meant (?:it|to|for)|wanted (?:to|it|that|this)|planned (?:it|this|that)|set out|tried to (?:hurt|upset))\b[^.!?;,]{0,20}|\b(?:wasn't|wasnt|was not|was never|never|not) (?:ever |even )?(?:tryna|trynna|tryin'?)(?: to)? (?:upset|hurt|scare|frighten|offend|embarrass|disrespect|make (?:you|u|anyone) feel|mug (?:you|u) off|diss)\b[^.!?;,]{0,20})`),
    },
    {
      // the good aim with an adverb in front: "I was honestly only trying to protect you", "I honestly
      // did it out of love", "deep down I always wanted the best for you"
      needs: ['trying', 'tryna', 'tryin', 'love', 'concern', 'worry', 'care', 'kindness', 'fear', 'best', 'good things'],
      re: rx(raw`(?<s>\bi was (?:honestly |genuinely |really |truly |actually )(?:only |just )(?:ever )?(?:trying|tryna|tryin) to (?:help|protect|look after|look out for|keep (?:you|u|them|the kids|everyone) safe|spare|save|shield|support|do (?:right|the right thing|what was best))\b[^.!?;,]{0,25}|\bi (?:honestly|genuinely|really|truly|only ever|always) (?:did|said|kept|hid|took|did all) (?:it|that|this|all of it|everything|what i did|those things) (?:out of|from|because of) (?:love|concern|worry|care|kindness|fear for (?:you|u))\b|\bi (?:always|only ever|only|just|ever|honestly|really) (?:ever )?wanted (?:the best|what was best|what's best|whats best|good things|the world) for (?:you|u|them|the kids|her|him|us)\b)`),
      // "I always wanted the best for you, and I gave you the worst of me": owned straight after
      unless: (norm, _m, span) => /^\s*,?\s*(?:and|but|yet) (?:i|instead)\b/.test(norm.slice(span.end)),
    },
    {
      // the act believed harmless: "I thought it was harmless", "there was no malice in it", "it
      // wasn't malicious" ("I'm not a bad person" is left alone: it is as often a plea for comfort)
      needs: ['thought', 'believed', 'figured', 'malice', 'ill will', 'spite', 'malicious', 'spiteful', 'vindictive', 'calculated', 'premeditated'],
      re: rx(raw`(?<s>\bi (?:honestly |genuinely |really |truly |actually )?(?:thought|believed|figured) (?:it|that|this) was (?:just |only |all )?(?:harmless|innocent|a (?:bit of )?(?:fun|laugh|joke)|just a (?:bit of )?(?:fun|laugh|joke)|funny|a harmless \w+|an innocent \w+)\b|\b(?:there was|there's|there is|there were) (?:no|never any|not any) (?:malice|ill will|ill intent|bad intent|spite|nastiness|cruelty)\b(?: (?:in|behind) (?:it|that|this|what i (?:did|said)|any of (?:it|that)))?|\b(?:it|that|this|what i (?:did|said)|none of it|any of it) (?:wasn't|wasnt|was not|was never|isn't|isnt|is not) (?:ever )?(?:malicious|spiteful|vindictive|calculated|premeditated|done out of spite)\b)`),
      // "...and I know now it was not": owned straight after
      unless: (norm, _m, span) =>
        /^\s*(?:[^.!?;]{0,20}\b(?:and|but) (?:i (?:know|see|realise|realize)|now i (?:know|see)|it (?:wasn't|was not|was)\b))/.test(norm.slice(span.end)),
    },
    {
      // the hiding done to spare them, and the welcome expected: "I lied so you wouldn't worry", "I
      // figured if I dealt with it you wouldn't have to stress", "I thought you wouldn't mind", "I
      // genuinely thought you'd be pleased", "I thought I had your blessing"
      needs: ['lied', 'hid', 'kept', 'said nothing', 'tell', 'told', 'covered', 'thought', 'figured', 'assumed', 'believed', 'reckoned'],
      re: rx(raw`(?<s>\b(?:lied|hid (?:it|that|this|the \w+)|kept (?:it|that|this|quiet|it secret|it quiet|the \w+ from (?:you|u)|it from (?:you|u))|said nothing|didn't tell (?:you|u)|didnt tell (?:you|u)|did not tell (?:you|u)|never told (?:you|u)|covered it up)\b[^.!?;]{0,25}?\b(?:so|so that) (?:you|u|the kids|she|he|they)(?: wouldn't| would not| wouldnt| didn't| did not| didnt)(?: have to| need to)? (?:worry|stress|panic|fret|be worried|get worried|be upset|get upset|be scared|be afraid|feel bad|be hurt|get hurt)\b|\bi (?:figured|thought|reckoned|believed) (?:that )?if i\b[^.!?;]{0,40}?\b(?:you|u|the kids)(?: wouldn't| would not| wouldnt|'d not| would never|'d never) (?:have to |need to )?(?:worry|stress|panic|fret|be hurt|get hurt|be upset)\b|\bi (?:honestly |genuinely |really |truly |actually )?(?:thought|figured|assumed|believed|reckoned) (?:that )?(?:you|u|she|he|they|everyone)(?:'d| would| d|d) (?:not mind|be (?:pleased|happy|fine|glad|grateful|thrilled|flattered|amused|okay|ok|alright) (?:with|about)|be (?:pleased|happy|glad|grateful|thrilled|flattered|amused)\b|find it (?:funny|fun|sweet|romantic|helpful)|laugh|like it|love it|see the funny side)|\bi (?:honestly |genuinely |really |truly )?(?:thought|figured|assumed) (?:that )?(?:you|u)(?: wouldn't| would not| wouldnt) (?:mind|care|notice|need it|miss it)\b|\bi (?:honestly |genuinely |really )?thought i had (?:your|ur|their|her|his) (?:permission|blessing|ok|okay|consent)\b)`),
      // "I thought you'd be pleased, and I see now how wrong that was": owned straight after
      unless: (norm, _m, span) => /^\s*,?\s*(?:and|but) (?:i (?:see|know|realise|realize|was wrong)|that was|it was)\b/.test(norm.slice(span.end)),
    },
    {
      // the act said to have been done for their sake or not against them: "it was meant to protect
      // you", "it was never done to hurt you", "I only said it to help you", "I did it thinking it would
      // help", "the idea was to surprise you", "I acted in good faith", "trying to shield you"
      needs: ['meant', 'intended', 'done', 'said', 'written', 'posted', 'sent', 'thinking', 'hoping', 'believing', 'intention', 'idea', 'point', 'faith', 'shield', 'spare', 'guard'],
      re: rx(raw`(?<s>\b(?:it|that|this|everything|all of it|what i did)(?: was| were)? (?:all |only |just )?(?:meant|intended|done|supposed) (?:only |just )?to (?:protect|help|spare|shield|save|look after|keep (?:you|u|them|the kids|the family) safe)\b[^.!?;,]{0,20}|\bi (?:only |just )?(?:said|did|wrote|told (?:you|u)|kept|hid) (?:it|that|this|those things|what i did) (?:to|so as to|in order to) (?:help|protect|spare|shield|save) (?:you|u|them|her|him|the kids|the family)\b|\b(?:it|that|this|none of it|any of it|what i (?:did|said))? ?(?:wasn't|wasnt|was not|was never|were never|weren't|werent|were not) (?:ever )?(?:done|said|written|posted|sent) (?:to|in order to|with the aim of|with intent to|with the intention of) (?:hurt|upset|harm|embarrass|spite|punish|humiliate|wound)\b[^.!?;,]{0,20}|\bi (?:did|said|wrote) (?:it|that|this|what i did) (?:thinking|hoping|believing|figuring) (?:it|that|this|you|u)(?:'d| would| d| might| could) (?:help|be (?:for the best|helpful|good for (?:you|u))|make (?:things|it|you|u) (?:better|easier|happy))\b|\bthe (?:intention|idea|plan|aim|thought|goal|whole point) (?:was|had been) (?:always |only |just |simply )?(?:ever )?to (?:help|protect|surprise|spare|cheer (?:you|u) up|make (?:you|u|things|it|everyone) (?:happy|better|easier|laugh|smile)|look after|keep (?:you|u|everyone|the kids) safe|do (?:right|good|the right thing))\b|\bi (?:acted|did (?:it|that|this|what i did)) in good faith\b|\bi was (?:only |just |simply )?(?:ever )?(?:trying|tryna|tryin) to (?:shield|spare|guard|save) (?:you|u|them|her|him|the kids)\b[^.!?;,]{0,20})`),
      // "it was done to protect myself" owns a selfish aim
      unless: (norm, _m, span) => /\b(?:myself|me|my own)\b/.test(norm.slice(span.start, span.end)),
    },
    {
      // the act defended as right, reasoned or loving at the time: "it seemed like a good idea at the
      // time", "I had my reasons", "I did it for the right reasons", "I was only thinking of the kids",
      // "I did it all for you", "I was just trying to be supportive", "I was only being playful".
      // "I did my best" is left to excuse: it pleads what I had, not what I meant.
      needs: ['seemed', 'felt', 'reasons', 'thinking', 'all', 'everything', 'trying', 'wanted', 'being'],
      re: rx(raw`(?<s>\b(?:it|that|this) (?:seemed|felt) like (?:a good idea|the right (?:thing|call|choice|decision)(?: to do)?|the best (?:thing|option|way|choice)|the only (?:way|option)|harmless fun|a bit of harmless \w+)\b|\bi had (?:my|good|the best of|the best|honest|genuine) reasons\b|\bi did (?:it|that|this|what i did|all of it) for (?:the right|good|honest|the best) reasons\b|\bi was (?:only|just) (?:ever )?thinking (?:of|about) (?:you|u|the kids|the family|your (?:future|safety|feelings|wellbeing)|what was best)\b|\bi did (?:it )?(?:all|everything|it all|all of it|all of this|all that) for (?:you|u|us|the kids|the family|this family)\b|\bi (?:was (?:only |just )?trying|(?:only|just) wanted) to be (?:supportive|helpful|kind|nice|a good (?:friend|dad|mum|mom|son|daughter|husband|wife|partner)|there for (?:you|u)|funny|playful|romantic|caring)\b|\bi was (?:only|just) being (?:playful|friendly|funny|silly|nice|affectionate|romantic|cheeky)\b)`),
      // "it seemed like a good idea, and it was not": owned after;
      // "it felt like the right thing to write to you": about this letter, not the harm
      unless: (norm, _m, span) =>
        /^\s*,?\s*(?:but|and|yet)\b/.test(norm.slice(span.end)) ||
        /^\s*to (?:write|reach|contact|call|tell|say|ask|apologi[sz]e|send)\b/.test(norm.slice(span.end)) ||
        /\b(?:i'm|im|i am|i'll|ill|i will)\s*$/.test(norm.slice(Math.max(0, span.start - 8), span.start)),
    },
    {
      // the harm said not to be deliberate, any subject, any register: "it wasn't on purpose", "honestly
      // not deliberate", "I'd never knowingly put you at risk", "I had no intention of keeping it", "I
      // had every intention of coming", "not done with any ill intent", "I never went out of my way to
      // upset anyone"
      needs: ['purpose', 'deliberate', 'intentional', 'intentionally', 'deliberately', 'knowingly', 'intention', 'intent', 'way to', 'planned'],
      re: rx(raw`(?<s>\b(?:wasn't|wasnt|was not|weren't|werent|were not|wasn't ever|was never|never|not|nothing|none of it|none of this|none of that)(?: (?:really|honestly|actually|ever|at all|once))? (?:on purpose|deliberate|intentional|planned)\b|\b(?:never|wouldn't|wouldnt|would not|would never|wouldve never|would've never|could never|didn't|didnt|did not)(?: (?:have|of|ever|once))? (?:\w+ ){0,5}?(?:on purpose|deliberately|intentionally|knowingly|purposely|purposefully)\b|\bi (?:had|have|ever had|never had|never ever had) (?:no|not the slightest|never any|any|the slightest) intention of\b|\bi had every intention of (?:\w+ing)\b|\b(?:never|not|without|done) (?:with )?(?:any |the slightest )?(?:bad|ill|malicious|evil|harmful) intent(?:ions)?\b|\bi (?:never|didn't|didnt|did not|wouldn't|wouldnt|would never) (?:once )?(?:go|went|gone) out of my way to (?:hurt|upset|harm|wound|offend|embarrass|humiliate|cause|make)\b[^.!?;,]{0,20})`),
      unless: (norm, _m, span) =>
        // "it was on purpose and I own it" is never matched; "it wasn't on purpose, but that changes
        // nothing" owns the impact straight after
        /^\s*,?\s*(?:but|and|yet)\s+(?:that|it|this)\s+(?:doesn't|doesnt|does not|didn't|didnt|did not|changes|isn't|isnt|is no)\b/.test(norm.slice(span.end)) ||
        /^\s*,?\s*(?:but )?(?:that's|thats|that is|it's|its|it is) no excuse\b/.test(norm.slice(span.end)) ||
        // a promise about the future ("I will never knowingly lie to you") is not a defence of the past
        /\b(?:i'll|ill|i will|i'm going to|im going to|i promise|from now on)\s*$/.test(norm.slice(Math.max(0, span.start - 16), span.start)),
    },
    {
      // the taking recast as a loan by the plan to return it, past tense, any verb of returning: "I was
      // always going to return it", "was always fixing to square it", "took it meaning to put it back",
      // "i always meant to top it back up", "the money was always coming back to you", "my intention
      // was always to pay you back"
      needs: ['always', 'only ever', 'meaning', 'coming back', 'intention', 'intentions', 'fixing'],
      re: rx(raw`(?<s>\b(?:i )?(?:was|were|had) (?:always|only ever|always only) (?:going to|gonna|fixing to|meaning to|planning to|planning on|intending to) (?:return|replace|repay|refund|square|settle|top|put|give|pay|bring|sneak|hand)\b[^.!?;,]{0,25}|\bi (?:always|only ever) (?:meant|intended|planned) to (?:return|replace|repay|refund|square|settle|top|put|give|pay|bring|sneak|hand)\b[^.!?;,]{0,25}|\b(?:took|borrowed|had|used|lifted|pinched|nicked) (?:it|them|the \w+|your \w+|ur \w+)(?: \w+)? meaning to (?:return|replace|repay|square|top|put|give|pay|bring)\b[^.!?;,]{0,20}|\b(?:it|that|(?:the|that|this|your|ur) (?:money|cash)|every penny|every cent) (?:was|were) always (?:coming|going) back to (?:you|u|ya)\b|\bmy (?:intention|intentions|plan) (?:was|were) always to (?:return|replace|repay|pay|give|put|square|settle)\b[^.!?;,]{0,25})`),
      unless: (norm, _m, span) =>
        // someone else's plan ("he was always going to pay it back") is not the writer's defence
        /\b(?:he|she|they|you|u|we|dad|mum|mom)\s*$/.test(norm.slice(Math.max(0, span.start - 6), span.start)) ||
        // present or future plans are repair: "I'm always going to..." never matches; "and I never did" owns it
        /^\s*,?\s*(?:and|but) (?:i )?(?:never|didn't|didnt|did not) (?:did|do|have|pay|return|square)?\b[^.!?;]{0,30}\b(?:that's|thats|that is|it's|its|it is) (?:on me|my fault|no excuse)\b/.test(norm.slice(span.end)),
    },
    {
      // the words recast by the spirit they were meant in, whatever their subject: "the comment about
      // your haircut was meant as a bit of fun", "it was meant to be constructive", "my toast was meant as
      // a roast", "it was meant affectionately", "nobody was supposed to get hurt"
      needs: ['meant', 'intended', 'supposed'],
      re: rx(raw`(?<s>\b(?:was|were) (?:only |just |all |honestly |really )?(?:meant|intended) (?:as|to be) (?:a |an |some |a bit of |a little |just a |only a )?(?:bit of )?(?:joke|jokes|banter|fun|laugh|roast|compliment|tease|wind-up|wind up|constructive|constructive criticism|feedback|friendly|playful|light-hearted|lighthearted|affectionate|supportive|encouragement|encouraging|motivation|motivating|helpful|harmless|kind|kindly|gentle|teasing|jest|prank|a laugh)\b|\b(?:was|were) (?:only |just |all )?(?:meant|intended) (?:affectionately|kindly|lovingly|in jest|in fun|in good fun|playfully|light-heartedly|constructively|warmly|fondly|as banter|in good humour|in good humor|in good faith)\b|\b(?:nobody|no one|no-one|noone|none of (?:you|us)) (?:was|were) (?:ever )?(?:supposed|meant|intended) to (?:get |be )?(?:hurt|harmed|upset|injured|find out)\b)`),
    },
    {
      // the harm excused by what the writer expected to happen: "I honestly thought I'd win it back",
      // "I genuinely believed I'd be home before you woke", "i really thought id have the cash by friday",
      // "I figured I could pay it back before anyone noticed"
      needs: ['thought', 'believed', 'figured', 'reckoned', 'assumed', 'sure', 'certain', 'convinced'],
      re: rx(raw`(?<s>\bi (?:honestly |genuinely |really |truly |actually |sincerely |fully |totally )?(?:thought|believed|figured|reckoned|assumed|was sure|was certain|was convinced)(?: that)? (?:i'd|id|i would|i could|i was going to|i was gonna|i'd be able to|id be able to) (?:(?:win|get|earn|make) (?:it|them|the money|the cash|it all|everything|that|the lot)(?: all)? back|win (?:big|it all)|have (?:the|enough|that|your|ur) (?:money|cash)|have (?:it|them|the money|the cash|everything|the lot) (?:back|sorted|replaced|paid)|(?:pay|put|give) (?:it|them|you|u|ur|your|the money|the cash|everything|it all|the lot)(?: \w+)? back|replace (?:it|them|the money|the cash|everything)|be (?:home|back|there) (?:before|by|in time)|be (?:long )?gone (?:before|by))\b[^.!?;,]{0,30})`),
      unless: (norm, _m, span) => /^\s*,?\s*(?:but|and) (?:i )?(?:was|know|see) (?:wrong|now)\b/.test(norm.slice(span.end)),
    },
    {
      // the act defended by the small aim behind it, in the past: "I was only trying to give you some
      // space", "I was just trying to get away", "I wasn't trying to take advantage", "wasnt trying to spoil
      // anything", "I was only worried about you", "I only meant to borrow it for a day", "I was only having
      // a laugh"
      needs: ['trying', 'tryna', 'tryin', 'out', 'setting', 'looking', 'worried', 'concerned', 'scared', 'anxious', 'meant', 'wanted', 'intended', 'planned', 'laugh', 'joke', 'fun', 'giggle', 'leg'],
      re: rx(raw`(?<s>\bi was (?:only|just|simply) (?:ever )?(?:trying|tryna|tryin) to (?!(?:survive|cope|get by|get through|stay alive|keep going|keep my head|get (?:money|drugs|a drink|high|my next|more))\b)[a-z']+\b[^.!?;,]{0,25}|\b(?:i )?(?:wasn't|wasnt|was not|was never|never was)(?: ever| really| actually)? (?:trying|tryna|tryin|out|setting out|looking) to (?:take advantage|hurt|upset|ruin|spoil|wreck|steal|rob|con|trick|deceive|mislead|cheat|embarrass|humiliate|scare|frighten|offend|wound|disrespect|undermine|belittle|manipulate|control|show (?:you|u) up|wind (?:you|u) up|get at (?:you|u)|have a go|make (?:you|u|anyone) (?:feel|look)|cause (?:trouble|problems|a scene|drama))\b[^.!?;,]{0,20}|\bi was (?:only|just) (?:ever )?(?:worried|concerned|scared|anxious) (?:about|for) (?:you|u|ya|your|ur)\b[^.!?;,]{0,15}|\bi (?:only|just) (?:ever )?(?:meant|wanted|intended|planned) to (?:borrow|use|have|take|keep|hold onto|mind) (?:it|them|the \w+|your \w+|ur \w+)(?: \w+)? (?:for|till|until|overnight)\b[^.!?;,]{0,15}|\bi was (?:only|just) (?:having a (?:laugh|joke|bit of fun|bit of a laugh|giggle)|having fun|pulling (?:your|ur) leg)\b[^.!?;,]{0,15})`),
      unless: (norm, _m, span) =>
        /^\s*,?\s*(?:but|and|yet) (?:i )?(?:it|that|this|i)\b[^.!?;]{0,30}\b(?:hurt|wrong|no excuse|doesn't|doesnt|didn't|didnt|selfish)\b/.test(norm.slice(span.end)) ||
        /\b(?:i'm|im|i am|i'll|ill|i will|now|today)\s*$/.test(norm.slice(Math.max(0, span.start - 8), span.start)),
    },
    {
      // the harm not foreseen, any subject: "I didn't think a couple of bets would hurt anyone", "i didnt
      // realise it would land so badly", "I never dreamed the cheque would bounce" ("how was I to know?" is
      // left out: writers disagree whether it defends an aim)
      // every match has its negation: didn't/didnt/did not/never
      needs: ['did', 'never'],
      re: rx(raw`(?<s>\b(?:i )?(?:didn't|didnt|did not|never) (?:for a (?:second|minute|moment) )?(?:think|realise|realize|know|expect|imagine|dream|dreamed|dreamt)(?: that)? (?!(?:how|what|why|where|when)\b)(?:[a-z']+ ){1,4}(?:would|could|was going to|were going to|'d|d) (?:\w+ )?(?:hurt|upset|land|matter|bounce|affect|come across|harm|bother|offend|embarrass|show|cause|get back to|spread|go round|be (?:a problem|an issue|a big deal|that bad|noticed|missed|seen|found))\b[^.!?;,]{0,20})`),
      unless: (norm, _m, span) => /^\s*,?\s*(?:but|and) (?:i )?(?:should|ought|could) have\b/.test(norm.slice(span.end)),
    },
    {
      // a public statement's assurance about intentions: "at no point was it ever our intention to
      // compromise anyone's privacy", "acted in good faith", "developed with the very best of
      // intentions", "the segment was intended in that spirit", "their intention throughout was to keep
      // the public safe", "its purpose has always been to provoke thought rather than to wound"
      needs: ['intention', 'intent', 'faith', 'spirit', 'purpose', 'aim', 'goal'],
      re: rx(raw`(?<s>\bat no (?:point|time|stage) (?:was it (?:ever )?(?:my|our|the) intention|did (?:i|we) (?:ever )?(?:intend|act with any intention|mean))\b|\b(?:acted|acting|designed|developed|made|taken|carried out|created|intended|written|undertaken|done) (?:entirely |always |wholly |genuinely |fully |throughout )?(?:in (?:good faith|that spirit|the spirit of \w+)|with (?:the )?(?:very )?(?:best|good|noblest|purest|kindest) (?:of )?intentions)\b|\b(?:my|our|his|her|their|its) (?:sole |only |whole )?(?:intention|intent|aim|purpose|goal)(?: throughout| always| at all times)? (?:was|has always been|had always been|were|was always|was only) (?:always |only |simply |throughout |at all times )?(?:to|that)\b[^.!?;]{0,50}?\b(?:safe|best|help|protect|support|serve|encourage|provoke|entertain|celebrate|rather than)\b)`),
      unless: (norm, _m, span) => /\b(?:not|never|no longer|bad faith)\b/.test(norm.slice(Math.max(0, span.start - 12), span.start)),
    },
    {
      // what the writer was "never going for": "that's never been what this show is about", "that's
      // never the goal", "that's never what I'm going for", "I have never, ever set out to hurt anybody"
      needs: ['never'],
      re: rx(raw`(?<s>\bnever(?:,? ever,?)? (?:set out|aimed|sought|planned) to (?:hurt|harm|upset|offend|wound|disrespect|mislead|deceive|embarrass|belittle|humiliate)\b|\b(?:that's|thats|that is|that was|it's|its|it was|this was)(?: (?:genuinely|really|just|certainly))? never (?:been )?(?:the (?:goal|aim|intent|intention|point|idea)|what (?:i'm|im|i am|i was|we're|we are|we were|this (?:show|channel|page|brand|club) is|i) (?:going for|about|trying to do|after))\b)`),
    },
    {
      // good wishes put in place of the harm: "I've only ever wanted the best for them", "that is never
      // what we want any guest to feel", "I always fully intended to pay it all back" (direct readings
      // of the taxonomy's "my intentions were good")
      needs: ['wanted', 'want', 'intended'],
      re: rx(raw`(?<s>\bi(?:'ve| have|ve)? only ever wanted (?:the best|what was best|good things|to help|to protect)\b|\bnever what (?:i|we) (?:want|wanted|intended|would want)(?: (?:any|anyone|anybody|our|my|a) ?\w*)? to (?:feel|experience|go through)\b|\bi (?:always |had always )(?:fully |really |genuinely )?intended to (?:pay|give|put) (?:it|the money|everything|every penny)(?: all)? back\b)`),
    },
  ],
  examples: {
    positive: [
      "I've only ever wanted the best for them.",
      'That is never what we want any guest to feel.',
      'I always fully intended to pay it all back once things settled down.',
      "At no point was it ever our intention to compromise anyone's privacy.",
      'Please be assured that the councillor acted in good faith.',
      'The model was developed with the very best of intentions.',
      'Its purpose has always been to provoke thought rather than to wound anyone.',
      "That's never what I'm going for.",
      'I have never, ever set out to hurt anybody.',
      "I always meant to pay you back, but I didn't get the chance.",
      'I never meant to hurt you, but it happened.',
      "I was only trying to give you some space.",
      "i was just trying to get away from the shouting",
      "I wasn't trying to take advantage of you.",
      "wasnt trying to spoil anything honestly",
      "I was only worried about you.",
      "I only meant to borrow it for a day.",
      "I was only having a laugh.",
      "I didn't think a couple of bets would hurt anyone.",
      "i didnt realise it would land so badly",
      "I never dreamed the cheque would bounce.",
      "I honestly thought I'd win it all back by the weekend.",
      "I genuinely believed I'd be home before you woke up.",
      'i really thought id have the cash by friday',
      'I figured I could pay you back before anyone noticed.',
      'I was always going to return the drill, honest.',
      'i took ur bike meaning to bring it back sunday',
      'I always meant to repay the loan.',
      'that money was always coming back to you',
      'My intention was always to pay you back.',
      'The remark about your new job was meant as a bit of fun.',
      'my message was meant to be constructive',
      'The toast was meant as a roast.',
      'it was meant affectionately',
      'no one was supposed to get hurt',
      'honestly it wasnt on purpose, i swear',
      'It really wasn\'t deliberate, I promise.',
      'I would never knowingly put you at risk.',
      'I never had any intention of keeping the ring.',
      'I had every intention of coming to the christening.',
      'None of it was done with any ill intent.',
      'I never went out of my way to upset anyone.',
      'i wouldnt ever have hurt u intentionally',
      'I never meant to hurt you.',
      "I didn't mean any of it, you know that.",
      'My intention was never to embarrass you in front of your boss.',
      'I meant well when I took out the loan in your name.',
      'i was only trying to protect u by not telling u about the debt',
      'I was going to pay it all back before you ever found out.',
      "It was supposed to be a joke, I didn't think it would hurt you.",
      'I never wanted anyone to get hurt.',
      'The drink made me say things I didn\'t mean.',
      'I only meant it as a bit of banter.',
      'Everything I did came from a place of worry.',
      "It wasn't deliberate, I swear.",
      "That wasn't the effect I was going for at all.",
      'I was planning to replace the watch before you got home.',
      'I honestly thought it would be a laugh to post the video.',
      'I just wanted what was best for the kids.',
      "I didn't do it to hurt you.",
      "That's not what I meant.",
      "It wasn't meant that way.",
      'I would never intentionally hurt you.',
      'I meant no harm.',
      'No offence intended.',
      "I wasn't trying to upset anyone.",
      "It wasn't personal.",
      'It was an accident.',
      'I thought I was protecting you.',
      'I did it out of love.',
      'I did what I thought was right.',
      'I never thought it would hurt you that much.',
      'i had no idea it would upset u so much',
      "It wasn't my intent to upset her.",
      'The last thing I wanted was to hurt you.',
      "I'd never do anything to hurt you.",
      'It was all meant in good fun.',
      "I honestly thought you'd be fine with it.",
      'i never ment to hurt u',
      'i was just tryna help',
      'I did it for us.',
      'I was just trying to make you happy.',
      'I thought it was for the best.',
      'It was for your own good.',
      'I had no ill intent.',
      'Frightening you was never my aim.',
      'You lost your seat at the table, which was never the plan.',
      'Spite was never part of it.',
      'None of what I said was aimed at you.',
      'Nothing I did was planned.',
      'My motives were never selfish.',
      'I never wished you any harm.',
      "It's not as if I set out to spoil your party.",
      'I never consciously decided to abandon you.',
      "I'd never knowingly put the kids in danger.",
      'I never went out planning to get into a fight.',
      'I never did any of it deliberately.',
      "It wasn't supposed to sound like that.",
      'The video was supposed to be funny.',
      'it was a prank lol',
      'i was just messing around',
      "I didn't mean half of it.",
      'That text did not reflect how I really feel.',
      'It never crossed my mind that you would be the one to find me.',
      "i didnt think u'd take it so personally",
      'I hid the letters to protect you.',
      'I stayed away so I could keep the kids safe.',
      'Lying about the debt was my way of shielding you.',
      'I always had your best interests at heart.',
      'I kept it quiet because I was worried about you.',
      "I said nothing because I didn't want to worry you.",
      'I genuinely believed that selling the car was the right call.',
      'I figured cancelling your card would be for your own good.',
      'The way I saw it, I was doing you a favour.',
      'The plan was always to win the money back.',
      'I always planned to put the ring back.',
      'I had every intention of getting your laptop back.',
      'It was only ever meant to be a loan.',
      'i was gonna tell u',
      'I honestly thought I could turn it around.',
      'I was putting it back on Monday.',
      'Upsetting anyone was the last thing on my mind.',
      'I was only ever trying to make life easier for you.',
      'I was yelling, but not trying to frighten you.',
      'It was never because I did not care.',
      "Skipping your graduation wasn't personal.",
      'Whatever I did, I did out of love.',
      "I'd have told you eventually.",
      'I never wrote it to sound nasty.',
      'My heart was honestly in the right place.',
      'This was never about punishing you.',
      'My aim was always to keep the kids safe.',
      'I was just looking out for her.',
      'I never thought of it as theft.',
      'I thought u knew i was kidding',
      'I only wanted us to be happy.',
      'I never imagined anybody would find out.',
      "I didn't know how badly my lies would hurt you.",
      'I would never intentionally say anything to upset you.',
      'It was never meant to get that bad.',
      "I had no idea you'd take it so personally.",
      'I was only being protective.',
      'I only did that because I loved you.',
      'It was all done out of love.',
      'I was under the impression you knew.',
      'I assumed you would not mind.',
      'I never dreamed it would come to this.',
      'It was just a misunderstanding.',
      "I'm sorry you were scared, but I'd never really have hurt you.",
      'I would never have actually laid a hand on her.',
      'i was never gonna do anything stupid',
      "I didn't set out to ruin your wedding.",
      'We never set out to deceive our members.',
      'i never went out that night meaning to get in a fight',
      'Upsetting your mum was never the plan.',
      "sorry about the party, wasn't my aim at all",
      'That was the last thing I wanted.',
      "The joke wasn't even aimed at you.",
      'My comments were never aimed at hurting anyone.',
      'Those messages were not intended to belittle you.',
      'The money was only ever meant as a loan.',
      "It's not as if I meant to forget.",
      'its not like i did it on purpose',
      'wasnt tryna disrespect u',
      'I was honestly just trying to keep you safe.',
      'I genuinely did it out of concern.',
      'I always wanted the best for you, you know that.',
      'I thought it was harmless.',
      'I thought it was just a bit of fun.',
      'There was no malice in it.',
      "It wasn't malicious.",
      "I lied so you wouldn't worry.",
      "I kept it from you so you wouldn't have to stress.",
      "I figured if I handled it myself you wouldn't have to worry.",
      'I only said it to help you.',
      'I acted in good faith.',
      'I thought you would find it funny.',
      'I did it thinking it would help.',
      'It was meant to protect you.',
      'It was never done to hurt you.',
      'I was trying to shield you from the worst of it.',
      'The intention was to surprise you.',
      'I thought I had your permission.',
      "I thought you wouldn't mind.",
      "I genuinely thought you'd be pleased.",
      'It seemed like a good idea at the time.',
      'At the time it felt like the right thing to do.',
      'I had my reasons.',
      'I had good reasons for what I did.',
      'I did it for the right reasons.',
      'I was only thinking of you.',
      'I did it all for you.',
      'I was just being playful.',
      'I was trying to be supportive.',
      'I just wanted to be helpful.',
      // session 14: what was meant, in public words
      "The song was intended as a homage, not a parody.",
      "Embarrassing you was the farthest thing from my mind.",
      "I was only trying to make the table laugh.",
    ],
    negative: [
      // session 14: a plan or a wish, not a defence
      "The envelope was meant as a gift for your birthday.",
      "I'd love to make you laugh again one day.",
      // session 13: traps in general words
      "I didn't mean much to anyone in those years, but you still came to visit.",
      "I never meant to embarrass you, but I did, and I should have apologised the next morning.",
      "I won't insult you by saying I never meant to hurt you.",
      "I shall not pretend my intentions were good.",
      'I never intended to pay it back, and I lied to you about that.',
      'All I want now is for you to feel safe.',
      'I did not act in good faith, and I lied to you about the money.',
      'My intention now is to pay back every penny by June.',
      'Whatever my purpose was, the joke hurt people and I am sorry.',
      'I never set foot in the house again after that night.',
      // session 7: a bad intent owned; a plan overturned by the deed at once; the letter itself
      'I borrowed two hundred pounds off you that I never intended to pay back.',
      'I meant to put the money back and I never did, and you paid for that.',
      "I didn't mean to tell you this in a letter, but you've changed your number.",
      "I didn't mean to become that man, but I did, and you lived with him.",
      "I didn't mean to scare the kids, but it did, and they still flinch.",
      "I was only trying to survive back then.",
      "I'm only trying to help now.",
      "I was only trying to get money for drugs.",
      "I didn't think you'd ever speak to me again.",
      "I never thought I would get sober.",
      "I didn't know where the money had gone.",
      "I thought I'd win it back, and I was wrong.",
      "I thought I'd feel better after a drink.",
      "I thought I'd be dead by thirty.",
      "I'm going to return it on Friday.",
      'She was always going to pay you back, she told me so.',
      'I was always going to be the one who let you down.',
      'The money was meant for your rent and I spent it.',
      'The day was meant to be a celebration and I ruined it.',
      "I was meant to be there and I wasn't.",
      'I did it on purpose and I own it.',
      "It wasn't an accident, I did it deliberately.",
      'It was not an accident; it was deliberate.',
      'I will never knowingly lie to you again.',
      'I have every intention of paying you back by June.',
      'I was honest with you for the first time last week.',
      'I assumed nothing and I asked nobody.',
      'I was under no illusion about what I did.',
      'I never saw it as my job to check on you, and I should have.',
      'It was about hurting you, and I knew it.',
      'My goal now is to protect you from any more of this.',
      "I didn't realise how much I had hurt you until I got sober.",
      'I just wanted to get high that night.',
      'The last thing on my mind was you, and that is the truth I have to own.',
      'It was personal, and it was cruel.',
      "Getting sober was never the plan, and I'm grateful it happened anyway.",
      'Sorry if that came out wrong.',
      'I told everyone it was only banter, and it was not.',
      'I did it on purpose, every single time.',
      'My motives were selfish, plain and simple.',
      'I wished you harm that night and I am ashamed of it.',
      'I told you the truth to protect myself, not you.',
      "I stayed away because I didn't want to face you.",
      'I thought about calling you every day for a year.',
      "I'm going to pay you back in full by June.",
      'I would have told you sooner if I had been braver, and I am sorry I was not.',
      'I believed nothing anyone told me back then.',
      'It came out that I had been lying for months.',
      'Whatever I meant, it hurt you.',
      "I'm not going to tell you I never meant to hurt you; what matters is that I did.",
      "I meant those cruel words when I said them, and I'm not going to pretend otherwise.",
      "I mean it when I say I'll pay the $600 back by June.",
      'Whatever I intended, the result was that you lost your savings.',
      "I'm going to pay you back £50 a week from Friday.",
      'I never wanted to be the kind of dad who misses things, and I was.',
      'I never wanted you to find out from someone else, and you did.',
      'I never meant to stay this long at the lake, but the kids love it.',
      'It was deliberate, and I knew it would hurt you.',
      'I meant every cruel word at the time.',
      "I'm going to replace the watch before your birthday.",
      'I thought it would never matter to anyone, and I was wrong about that too',
      'I thought you would be angry, and you had every right to be.',
      "I know you didn't mean to hurt me when you left.",
      'It was no accident; I chose to drive drunk.',
      'It was personal, and I am ashamed of that.',
      'I did it on purpose and I knew it would hurt you.',
      'I intend to pay you back by June.',
      'I did it out of selfishness.',
      "I never thought I'd be sober a year, but here I am.",
      "I'll never hurt you again.",
      'You never mentioned it bothered you.',
      'I did it for me, not for you.',
      "I did it for you to find, and I'm ashamed.",
      'It was good for you to get away from me.',
      'I would never have done it sober, and I did it drunk.',
      'I would never have got sober without you.',
      "If you hadn't pushed me, I would never have actually hit you.",
      'If the landlord had not been chasing me I would never have touched your savings.',
      'I would never really have hurt you if I had been sober.',
      'I never set out to get sober, but here I am.',
      "Getting sober was never the plan, and I'm grateful it happened anyway.",
      "The last thing I wanted to do was call you, so I didn't, and that was wrong.",
      'I aimed every word at you, and I meant to hurt.',
      'The letter is meant to help you decide, not to pressure you.',
      "I'm not like I was, but I have a long way to go.",
      "It's not like you to stay quiet, so I know I hurt you.",
      'I always wanted the best for you, and I gave you the worst of me.',
      'I was never going to meetings back then.',
      'I thought it was harmless at the time, and I know now it was not.',
      "I left so the kids wouldn't have to watch us fight.",
      "I'm telling you now so you won't worry.",
      'i need u to tell me im not a bad person',
      "I lied so you wouldn't find out.",
      'I thought you would be angry, and you had every right to be.',
      "I thought you'd never speak to me again.",
      "I thought you'd be pleased, and I see now how wrong that was.",
      'It was done to protect myself.',
      'The money was meant to help with the rent, and I gambled it.',
      'The idea was mine and the blame is mine.',
      'I did it to hurt you, and I knew it.',
      'It was my idea to take the car.',
      'There was malice in it, and I own that.',
      'I did my best with what I had, and it was not enough.',
      'It felt like the right thing to write to you now.',
      "I'm doing my best to stay sober, one day at a time.",
      'I was only thinking of myself.',
      'I had my reasons, and none of them excuse what I did.',
      'I did it all for me, not you.',
      "I'll do my best to pay you back by June.",
      "I didn't do my best by you.",
    ],
  },
});
