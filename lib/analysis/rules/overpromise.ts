/**
 * overpromise: promises what no one can guarantee ("it will never happen again", "I'll
 * never drink again", "I'm a completely different person now").
 * Traps: "today I'm sober, and I go to meetings twice a week" (specific, present);
 * "I can't promise I'll never struggle again, but..." (honest about limits); "I won't contact
 * you again unless you reach out" (a boundary that protects them).
 */
import { defineRule, rx } from './define';
import { ILL, IM, IVE } from './lexicon';

const raw = String.raw;

const RELAPSE_ACTS = raw`(?:drink|touch (?:a drop|alcohol|a drink|drugs|another drink|the stuff|it)|use|gamble|bet|relapse|slip|smoke|take (?:drugs|anything|another)|pick up(?: a drink)?|lie(?: to (?:you|u))?|hurt (?:you|u|anyone)|let (?:you|u|anyone|the kids|them) down|cheat|steal|do (?:it|that|this|anything like (?:that|this))|make (?:that|the same) mistake|disappoint (?:you|u)|break (?:your|ur) heart|yell at (?:you|u)|raise my voice|be (?:like that|that person|that man|that woman))`;

export default defineRule({
  id: 'overpromise',
  title: 'Absolute promise',
  severity: 'consider',
  explanation:
    '"Never again" is a promise no one can fully keep, and people who have been hurt before often hear it as words. What you are doing now, concretely, is easier to believe and to keep.',
  suggestion: 'Try saying what you are doing today: "I go to meetings twice a week and I see my sponsor on Sundays."',
  skip: (norm) => /\b(?:can't|cant|cannot|can not|won't|wont|not going to|wouldn't|will not|shall not|couldn't|don't|dont|never) (?:promise|guarantee|swear)\b|\bnot (?:promising|guaranteeing|swearing|making (?:any |you )?(?:promises|guarantees))\b|\bno (?:promises|guarantees)\b/.test(norm),
  patterns: [
    {
      // "it will never happen again", "This will never, ever happen again", "nothing like that will ever happen again", "it won't happen again"
      needs: ['again', 'recur', 'repeat', 'repeated'],
      re: rx(raw`(?<s>\b(?:it|this|that|nothing like (?:that|this|it)|something like (?:that|this)|anything like (?:that|this))(?:'ll|ll| will| is going to|'s going to| shall| can)? (?:never(?:,? ever)?|not|ever|never ever)(?:,)? (?:ever )?(?:happen|occur|recur|be repeated|repeat itself)\b[^.!?;,]{0,10}\bagain\b|\b(?:it|this|that)(?: (?:won't|wont|will not|shan't))(?: ever)? happen again\b)`),
      unless: (norm, _m, span) => /^\s*(?:,? ?(?:because|since)\b)/.test(norm.slice(span.end)),
    },
    {
      // "I'll never drink again", "i promise ill never let u down again", "I will never touch alcohol again as long as I live"
      needs: ['never', 'again', 'ever', 'life', 'as long'],
      re: rx(raw`(?<s>\b(?:${ILL}|i'd|i would|i'm|im|i am|i promise(?: you| u)?(?: that)?(?: ${ILL})?|i swear(?: (?:to (?:you|god)|on \w+(?: \w+)?))?(?: that)?(?: ${ILL})?|i know (?:that )?${ILL}) (?:never|not) (?:ever |ever, |once )?(?:going to |gonna )?(?:${RELAPSE_ACTS})\b[^.!?;]{0,40}?(?:\bagain\b|\bas long as i live\b|\bever\b|\bfor the rest of my life\b|\bin my life\b)|\b(?:${ILL}|i know i'll|i know ill|i know i will|i'm|im) never (?:relapse|drink|use|gamble|slip)\b(?!\s+(?:without|unless|before|if))|\byou(?:'ll|ll| will) never (?:have to )?(?:worry about me|see me (?:drunk|drink|like that|high|use)|have to (?:worry|deal with (?:that|this|me like that)))\b[^.!?;,]{0,20}(?:again)?)`),
    },
    {
      // "I'm a completely different person now", "I'm a totally new man", "The old me is dead and gone",
      // "I'm cured now, rehab fixed everything", "I'm done with gambling for good"
      needs: ['new', 'changed', 'different', 'transformed', 'reformed', 'cured', 'fixed', 'healed', 'recovered', 'over it', 'past all', 'old ', 'done with', 'finished with', 'through with', 'never', 'swear', 'promise', 'guarantee', 'mean it', 'perfect', 'best', 'ideal', 'model', 'flawless', 'let you down', 'let u down', 'hurt you', 'hurt u', '100', 'hundred', 'trust', 'changed', 'assure'],
      re: rx(raw`(?<s>\b(?:${IM}|${IVE} become|i've turned into|ive turned into) (?:now )?(?:a |an )?(?:completely |totally |entirely |whole |brand |100% |a hundred percent |fully |new |changed |different |whole new |brand new |reformed |transformed )+(?:man|woman|person|guy|girl|me|human|human being|dad|father|mum|mom|mother|husband|wife|son|daughter|partner|friend)\b|\b${IM} (?:completely |totally |fully |now |100% )?(?:cured|fixed|healed|recovered|over it now|past all that)\b|\b(?:rehab|treatment|therapy|the program|the programme|aa|na|god|jesus) (?:has )?(?:fixed|cured|solved|sorted) (?:everything|me|it all|all of it|my problems)\b|\bthe old (?:me|\w+) is (?:dead|gone|buried|no more)\b|\b(?:done|finished|through) with (?:drinking|gambling|drugs|using|booze|alcohol|the drink|it|all that|betting|weed|coke)\b[^.!?;,]{0,20}?\b(?:for good|forever|for ever|for life|once and for all|completely)\b|\b(?:never|not) (?:ever )?again,? (?:i swear|i promise|guaranteed)\b|\bi swear on (?:my|the) (?:life|mother's life|mum's life|kids'? lives|children's lives|grave|bible)\b|\bi (?:promise|swear|guarantee)(?: you| u)?(?: that)? (?:it|this|that|nothing|i'll never|ill never|i will never|i'm never|im never|i am never|i won't ever|i wont ever|i will not ever|to never|never to|to not ever|not to ever)\b[^.!?;]{0,30}?\b(?:again|never)\b|\bi (?:can )?(?:assure|promise|guarantee) (?:you|u)(?: that)? (?:this|it|that|nothing like (?:this|that)) (?:will|won't|wont|will never|shall) (?:not |never )?(?:happen|occur|recur|be repeated|repeat itself)\b|\bi mean it this time\b|\b(?:i'll|ill|i will|i'm going to|im going to|im gonna|i'm gonna|going to|gonna) be (?:perfect|a saint|flawless)\b|\b(?:i'll|ill|i will) never (?:fail|mess up|screw up|slip up|make a mistake) (?:you|u|again)\b|\b(?:i'm|im|i am|i'll|ill|i will|i'm going to|im going to|going to|gonna) be (?:the |a |an )?(?:perfect|best|ideal|model|flawless) (?:dad|father|mum|mom|mother|son|daughter|husband|wife|partner|friend|brother|sister|person|parent|boyfriend|girlfriend)\b[^.!?;,]{0,20}|\b(?:i|i'll|ill|i will|i'm going to|im going to) (?:never|not) (?:ever )?(?:let (?:you|u) down|hurt (?:you|u)) (?:again|ever again)\b|\b(?:100|a hundred|one hundred) (?:percent|%) (?:sober|clean|changed|different|done)\b|\b100% (?:sober|clean|changed|different|done)\b|\b${IVE} (?:completely|totally|fully) changed\b|\b${IVE} changed (?:completely|totally|for good|forever|100%|a hundred percent|for ever)\b|\b(?:you|u) can (?:totally |completely |fully )?trust me (?:100 ?%|100 percent|a hundred percent|one hundred percent|completely\b|totally\b|fully\b))`),
    },
    {
      // never again in other words: "there won't be a next time", "that's me sorted for good", "we
      // will make sure no family ever has to go through this again"
      needs: ['next time', 'for good', 'for life', 'ever has', 'ever have', 'ever go', 'ever again'],
      re: rx(raw`(?<s>\bthere (?:won't|wont|will not|will never|'ll never|ll never|is not going to|isn't going to|isnt going to|ain't gonna) be (?:a|another|any) next time\b|\b(?:${IM}|that's me|thats me|that is me) (?:all |completely |totally )?(?:sorted|fixed|cured|done|finished|through|clean|off it|off the \w+)(?: with (?:it|that|the \w+|\w+))? for (?:good|life|ever)\b|\b(?:we|i) (?:will|'ll|ll|are going to|am going to|promise to|shall) (?:make sure|ensure|guarantee|see to it) (?:that )?(?:no|nobody|no one|no-one|not one) (?:\w+ )?(?:ever )?(?:has|have|will have|will ever have|needs|need) to (?:go through|suffer|experience|face|feel) (?:this|that|anything like (?:this|that)|what \w+ (?:did|went through))(?: ever)? again\b)`),
      unless: (norm, _m, span) => /\b(?:i hope|we hope|i pray|we pray|i wish|we wish)\b[^.!?;]{0,30}$/.test(norm.slice(0, span.start)),
    },
    {
      // a guarantee for everyone: "our new system guarantees that no customer will ever be
      // overcharged again", "we can promise no player will ever be treated like that again"
      needs: ['guarantee', 'promise', 'assure', 'ensure', 'make sure'],
      re: rx(raw`(?<s>\b(?:guarantees?|(?:we|i) (?:can )?(?:promise|assure (?:you|everyone)|guarantee)|ensures?|will (?:ensure|make sure)) (?:that )?(?:no|nobody|no one|no-one|not one) (?:\w+ )?(?:will|shall|can|could|is going to|are going to)? ?ever (?:\w+ ){0,4}?again\b)`),
      unless: (norm, _m, span) => /\b(?:hope|hoping|try|trying|aim|aiming|work(?:ing)? to)\b[^.!?;]{0,20}$/.test(norm.slice(0, span.start)),
    },
    {
      // the change declared whole in the negative: "I'm not the same person I was", "the man who
      // did those things isn't me any more", "this time is different, I swear". Not once left for
      // them to judge ("...and I know that's for you to judge") or told as work going on.
      needs: ['same', 'any more', 'anymore', 'this time'],
      re: rx(raw`(?<s>\b(?:${IM}) not (?:the same|that) (?:person|man|woman|guy|girl|bloke|lad|me) (?:i was|i used to be|who (?:did|said|hurt|took|stole|lied|drank)\b[^.!?;,]{0,30}|(?:from )?back then|any ?more)\b|\b(?:the|that) (?:person|man|woman|guy|girl) who (?:did|said|hurt|took|stole|lied|drank)\b[^.!?;,]{0,30}? (?:isn't|is not|isnt|'s not|s not) me any ?more\b|\bthis time (?:is|will be|it's|its|it is|it will be) different\b)`),
      unless: (norm, _m, span) =>
        /^[^.!?;]{0,60}\b(?:for you to (?:judge|decide|see)|i hope|i'm trying|im trying|i am trying|i know words|you don't have to (?:believe|take)|(?:still )?working on it|still learning|one day at a time)\b/.test(norm.slice(span.end)) ||
        /\b(?:i hope|i'd like to think|i want to believe|i pray)\b[^.!?;]{0,20}$/.test(norm.slice(0, span.start)),
    },
    {
      // "That version of me is gone for good", "the person I used to be is dead", "the man I was is gone"
      needs: ['version', 'person', 'man', 'woman', 'guy', 'me', 'who'],
      re: rx(raw`(?<s>\b(?:that|the old|this old|the) (?:version of me|old me|(?:person|man|woman|guy|girl) i (?:was|used to be)|me (?:from|of) (?:back then|before|the past)|who i was)(?: is|'s|s| has)(?: been)? (?:dead|gone|buried|no more|finished|over|history)\b[^.!?;,]{0,20})`),
    },
    {
      // "I'll pay you back by Friday, guaranteed", "always put you first, no matter what",
      // "I'll never borrow off you again"
      needs: ['guarantee', 'no matter', 'never', 'without fail'],
      re: rx(raw`(?<s>,\s*(?:guaranteed|i guarantee (?:it|you|u|that)|without fail|no matter what)(?=\s*[.!]*\s*$)|\b(?:${ILL}|i promise(?: you| u)?(?: that)? ${ILL}) always\b[^.!?;]{0,40}?\bno matter what\b|\b${ILL} never (?:ever )?(?!(?:contact|bother|call|ring|text|email|message|write|come|ask|see|visit|show|speak|talk|get in touch|reach out|turn up|hear|forget|know|understand|be able|bring|mention|raise|darken|set foot|go near|put you in)\b)[a-z']+(?: [a-z0-9'£$]+){0,5} again\b)`),
    },
    {
      // never again in other words: "I'm never touching a drink again", "I'm done drinking forever",
      // "I'm never going back to that life", "this is the last time, I promise", "never again.",
      // "i wont ever do it again", "never gonna happen again", "there will never be another drink"
      needs: ['never', 'done', 'finished', 'through', 'last time', 'again'],
      re: rx(raw`(?<s>\b(?:i'm|im|i am) never (?:ever )?(?:going to |gonna )?(?:drinking|touching|using|gambling|lying|cheating|doing (?:it|that|this)|picking up|betting|smoking|stealing|hurting (?:you|u)|letting (?:you|u) down|relapsing|drink|touch|use|gamble|lie|cheat|do (?:it|that|this))\b[^.!?;]{0,30}?(?:\bagain\b|\bever\b|\bas long as i live\b|\bfor the rest of my life\b|\bin my life\b)|\b(?:i'm|im|i am) (?:done|finished|through) (?:drinking|using|gambling|betting|lying|smoking|partying|with all that|with it all) (?:forever|for good|for ever|for life|once and for all|permanently)\b|\b(?:i'm|im|i am|i'll|ill|i will) never (?:ever )?(?:going|gonna|go) (?:back|to go back) to (?:that|those|the|my old|who|drinking|using|gambling|the bottle|how (?:things were|i was)|the way i was|being)\b[^.!?;,]{0,20}|\b(?:this|that) (?:is|was|will be|'s|s) (?:the )?(?:very )?last time\b(?=\s*(?:[,.!;]|$|i (?:promise|swear)|you'll ever|you will ever|i'll ever|i will ever|i'm ever|im ever|ever\b))|(?:^|[.!?,;]\s*)never again\b(?=\s*[.!,]*\s*$)|(?:^|[.!?,;]\s*)never (?:ever )?(?:gonna|going to) (?:do (?:it|that|this)|drink|use|gamble|lie|cheat|hurt (?:you|u)|let (?:you|u) down)\b[^.!?;]{0,20}?\bagain\b|\b(?:it's|its|it is|that's|thats|this is|it|this|that)? ?never (?:gonna|going to|ever going to) happen again\b|\bi (?:won't|wont|will not) (?:ever )?(?:drink|use|gamble|relapse|touch (?:a drop|alcohol|drugs|another drink)|pick up|bet|smoke)\b[^.!?;]{0,20}?\bagain\b|\bi (?:won't|wont|will not) ever (?!(?:contact|bother|call|ring|text|email|message|write|come|ask|see|visit|show|speak|talk|get in touch|reach out|turn up|forget|know|understand)\b)[a-z']+(?: [a-z0-9'£$]+){0,5} again\b|\bthere (?:will|'ll) never (?:ever )?be (?:another|one more|a single) (?:drink|bet|lie|slip|relapse|drop|time)\b)`),
      unless: (norm, _m, span) => /\bnever again\b/.test(norm.slice(span.start, span.end)) && /\b(?:hope|wish|want|pray)\b/.test(norm.slice(0, span.start)),
    },
    {
      // the change declared whole: "things will be different from now on, I promise", "I'll make
      // everything perfect", "I will always put you first", "I'm not that person anymore", "it's all
      // behind me", "I've turned over a new leaf"
      needs: ['things', 'everything', 'life', 'always', 'person', 'man', 'woman', 'guy', 'girl', 'version', 'behind', 'leaf', 'perfect', 'sober', 'clean', 'dry', 'regret', 'over', 'beaten', 'beat', 'conquered', 'overcome', 'kicked', 'licked', 'control'],
      re: rx(raw`(?<s>\b(?:things|everything|life|it all|our life|our lives) (?:will|'ll|is going to|are going to|is gonna|are gonna) be (?:completely |totally |so |entirely )?(?:different|perfect|better|amazing|fine|great) (?:from now on|now|this time|forever|from here on|from today)\b|\b(?:i'll|ill|i will|i'm going to|im going to|im gonna|i'm gonna) make (?:everything|it all|things|our life) (?:perfect|right forever|better forever)\b|\b(?:i'll|ill|i will|i'm going to|im going to|im gonna|i'm gonna) always (?:put (?:you|u) first|be there for (?:you|u)|be honest|tell (?:you|u) the truth|keep my (?:word|promises?)|be sober|stay sober|be the (?:man|woman|person|dad|mum|mom|husband|wife) (?:you|u) deserve)\b|\b(?:i'm|im|i am) not that (?:person|man|woman|guy|girl|version of me) (?:anymore|any more|now)\b(?!,? (?:but|and) (?:i'm |im )?(?:still|working))|\b(?:all )?(?:that|this|of that|of this|the drinking|the gambling|the drugs|my drinking) is (?:all )?behind me(?: now| for good| forever)?\b|\b(?:it's|its|it is) all behind me\b|\bturned over a new leaf\b|\b(?:you|u)(?:'ll| will|ll)? (?:won't|wont|will not|never|will never|'ll never) (?:ever )?regret (?:this|it|giving me|trusting me|taking me back|letting me)\b|\b(?:the drinking|the gambling|the drugs|my drinking|my gambling|all that|it|that) (?:is|'s) (?:all )?over (?:for good|forever|for ever|now and for good)\b|\b(?:i've|ive|i have) (?:finally |completely |totally )?(?:beaten|beat|conquered|overcome|kicked|licked) (?:it|this|my (?:addiction|drinking|gambling|habit|demons|problem)|the (?:drink|booze|addiction|habit|bottle|gambling))\b|\b(?:i've|ive|i have) got (?:it|everything|my drinking|my gambling) (?:all |completely |totally )?under control\b|\b(?:i'll|ill|i will|i'm going to|im going to|im gonna|i'm gonna) (?:stay|be|remain|keep) (?:sober|clean|dry|off (?:the drink|drugs|it)) (?:forever|for life|for the rest of my life|for good|permanently|for ever)\b)`),
      unless: (norm, _m, span) => /\b(?:i hope|i want|i'd like|i'm trying|im trying|i am trying|working|one day at a time|today)\b/.test(norm.slice(Math.max(0, span.start - 30), span.end + 30)),
    },
    {
      // the lapse counted out to the last one: "I'll never touch another drop", "I will never tell you
      // another lie", "ill never miss another one of ur games", "I'm never going near a casino again"
      needs: ['another', 'single', 'one more', 'near'],
      re: rx(raw`(?<s>\b(?:${ILL}|i shall|i'd|i would|i promise(?: you| u)?(?: that)?(?: ${ILL})?|i swear(?: to (?:you|u|god))?(?: that)?(?: ${ILL})?) never (?:ever )?(?:again )?(?:touch|drink|have|take|place|put|tell(?: (?:you|u))?|miss|spend|steal|borrow|gamble|bet|smoke|snort|break|make|buy|pour|open|waste|pick up) (?:another|a single|one more) (?:drop|drink|sip|beer|bottle|drug|pill|line|bet|wager|lie|penny|cent|dollar|pound|quid|cigarette|joint|promise|one|day|birthday|match|game|dime)\b[^.!?;,]{0,25}|\b(?:${IM}|${ILL}|i shall) never (?:ever )?(?:go|going|gonna go|to go) near (?:a |an |the |another )?(?!(?:you|u|her|him|them|your|ur|the kids|your (?:house|home|family|work)|the house)\b)[a-z']+[^.!?;,]{0,20}?(?:\bagain\b|\bas long as i (?:live|breathe)\b|\bfor the rest of my life\b|\bin my life\b))`),
    },
    {
      // "I will never again give you cause to worry", "Never again will I lie to you", "I shall never
      // lose my temper with you or the kids again", "I'll never steal from anyone as long as I breathe"
      needs: ['never'],
      re: rx(raw`(?<s>\b(?:${ILL}|i shall|i promise(?: you| u)?(?: that)?(?: ${ILL})?|i swear(?: to (?:you|u|god))?(?: that)?(?: ${ILL})?) never (?:ever )?again\b(?! (?:be able|have the chance|get the chance|see (?:you|u|her|him|them)|hear|know|feel|trust myself to)\b)[^.!?;,]{0,30}|(?:^|[.!?,;]\s*)never (?:ever )?again (?:will|shall) i\b[^.!?;,]{0,30}|\b(?:${ILL}|i shall) never (?:ever )?(?:lose my temper|let my temper|raise (?:my voice|a hand)|lay a (?:finger|hand)|hit|shout|yell|scream|steal|lie|cheat|drink|gamble|bet|use|touch|miss|put (?:you|u|the kids|anyone))\b[^.!?;]{0,50}?(?:\bagain\b|\bas long as i (?:live|breathe)\b|\bfor the rest of my life\b|\bin my life\b))`),
      unless: (norm, _m, span) => /\b(?:hope|wish|pray|want to|would like to|trying)\b/.test(norm.slice(Math.max(0, span.start - 25), span.start)),
    },
    {
      // what they will never have to go through again, promised for them: "you'll never have to lie for
      // me again", "u will never ever have to doubt me again", "you're never gonna see me like that
      // again", "you will never have a reason to doubt me again"; a boundary that keeps me away is not one
      needs: ['never'],
      re: rx(raw`(?<s>\b(?:you|u|ur|youre)(?:'ll|ll| will|'re|re| are| r)? never (?:ever )?(?:going to |gonna )?(?:have to|need to|have (?:a |any )?(?:reason|cause) to|see me|cry|doubt|worry|lie|cover|pick me up|bail me out|wait up|find me|be (?:let down|lied to|hurt|scared|afraid|ashamed|embarrassed))\b[^.!?;]{0,40}?\bagain\b)`),
      unless: (norm, _m, span) => {
        const s = norm.slice(span.start, span.end);
        // "you'll never have to see me again", "you never need to hear from me again": a boundary
        return /\b(?:see me again|see or hear|hear from me|speak to me|talk to me|deal with me again|answer|reply|respond|contact|see my face|look at me)\b/.test(s) ||
          /\b(?:hope|wish|pray|if)\b/.test(norm.slice(Math.max(0, span.start - 25), span.start));
      },
    },
    {
      // the change declared whole in other words: "I'll be a totally new man", "I'm a brand-new person",
      // "I've come out the other side a completely new woman", "that part of me is dead and buried",
      // "that person who hurt you doesn't exist anymore", "that part of my life is finished forever"
      needs: ['new', 'different', 'changed', 'part', 'side', 'person', 'man', 'woman', 'version', 'who'],
      re: rx(raw`(?<s>\b(?:(?:${ILL}|i shall) be|(?:${IVE}|i) (?:come|came|walked|emerged) out(?: of (?:it|rehab|treatment|there|prison|hospital))?(?: the other side)?(?: as)?|${IM} now|${IM}) (?:a |an )?(?:completely|totally|entirely|wholly|utterly|100%|brand[- ]new|whole new|a whole new)(?: new| different| changed| reformed| transformed)? (?:man|woman|person|guy|girl|me|human(?: being)?|dad|father|mum|mom|mother|husband|wife|son|daughter|partner|friend)\b|\b(?:that|the|this) (?:part of (?:me|my life)|side of me|(?:person|man|woman|guy|girl|version of me) (?:who|that) (?:hurt|lied|stole|drank|did|treated|let|put|cheated|was)\b[^.!?;,]{0,30}?) (?:is|'s|has|was)(?: been)? (?:dead|buried|gone for good|gone forever|finished (?:forever|for good)|over (?:forever|for good)|history|no more)\b|\b(?:that|the|this) (?:part of (?:me|my life)|side of me|(?:person|man|woman|guy|girl|version of me) (?:who|that) [^.!?;,]{0,30}?) (?:doesn't|does not|doesnt) exist (?:anymore|any more|now)\b|\b(?:that's|thats|that is|it's|its|it is) not who (?:i am|i'm|im) (?:anymore|any more|today|now|these days)\b)`),
    },
    {
      // done for ever in other words: "I'm done with that stuff for life", "i'm done, forever", "I'm
      // free of it forever", "my drinking days are over", "that was my last drink ever", "the last one
      // I'll ever have", "zero chance I'll ever relapse", "I've learned my lesson for good"
      needs: ['done', 'finished', 'through', 'free', 'days', 'last', 'chance', 'way', 'lesson'],
      re: rx(raw`(?<s>\b${IM} (?:done|finished|through|free|clear)\b[^.!?;]{0,30}?\b(?:forever|for ever|for good|for life|once and for all|permanently)\b|\b(?:my|the) (?:drinking|gambling|using|drug|drugging|partying|party|betting|lying|cheating|wild|boozing|smoking|clubbing) days (?:are|'re|re) (?:over|behind me|done|finished)\b|\b(?:my|the) (?:very )?last (?:drink|drop|bet|pill|line|hit|cigarette|joint|lie|slip|relapse|one|time)(?: ever| i'?ll ever| i will ever)\b|\bthe (?:very )?last (?:drink|drop|bet|pill|line|hit|one|lie) (?:i'll|ill|i will|i'm going to|im going to|i'm gonna|im gonna) ever\b|\b(?:zero|no|not a) (?:chance|way|hope)(?: in hell)? (?:that )?(?:i'll|ill|i will|i'd|id|i would|i'm|im|i am) (?:ever )?(?:going to |gonna )?(?:relapse|drink|use|gamble|slip|bet|lie|cheat|go back|touch|pick up|do (?:it|that|this) again)\b|\blearn(?:ed|t) my lesson (?:for good|forever|for ever|once and for all|for life)\b)`),
      unless: (norm, _m, span) => /\b(?:hope|wish|pray|want to|would like to|trying|if)\b/.test(norm.slice(Math.max(0, span.start - 25), span.start)),
    },
    {
      // the whole future guaranteed: "I will fix everything I broke", "I'll make this right a hundred
      // percent", "nothing will ever come between us again", "I'll make sure you're never hurt again",
      // "the most patient dad on the planet", "everything will be perfect", "this never happens again"
      needs: ['everything', 'all of it', 'every', 'hundred', '100', 'thousand', 'nothing', 'sure', 'ensure', 'most', 'world', 'planet', 'earth', 'alive', 'perfect', 'never', 'repeated'],
      re: rx(raw`(?<s>\b(?:${ILL}|i shall|i promise(?: you| u)?(?: that)?(?: ${ILL})?) (?:fix|repair|undo|mend|put right|make up for|sort out|sort) (?:everything|all of it|it all|every (?:single )?(?:thing|bit|part|mistake))\b[^.!?;,]{0,20}|\b(?:make|put|set) (?:this|it|things|everything) (?:right|up to (?:you|u)) (?:a hundred|100|one hundred|a thousand|1000)(?: percent|%| times over| fold)\b|\bmake (?:it|this|things) up to (?:you|u) a (?:thousand|million|hundred) times over\b|\bmake (?:you|u) (?:proud|happy|smile) every (?:single )?day\b|\bthere(?:'s|s| is) nothing (?:i )?(?:won't|wont|will not|can't|cant|cannot) (?:be able to )?(?:fix|mend|repair|put right|make right|undo)\b|\bnothing (?:bad |like (?:this|that) )?(?:will|'ll|is going to|is gonna|shall) ever (?:come between us|get between us|hurt (?:you|u|us)|harm (?:you|u)|happen to (?:you|u|us)|go wrong|break us)\b|\bmake sure (?:that )?(?:(?:you|u|the kids)(?:'re|re| are| will|'ll| ll)? (?:never|not)|nobody|no one|nothing) (?:ever )?[^.!?;]{0,40}?\bagain\b|\bbe the (?:most \w+|\w+est)(?:,? (?:and )?(?:most \w+|\w+est))* (?:dad|father|mum|mom|mother|son|daughter|husband|wife|partner|friend|brother|sister|person|parent|boyfriend|girlfriend)\b[^.!?;,]{0,10}?\b(?:ever|in the world|on the planet|alive|on earth|there is|anyone has ever had|from now on)\b|(?<!\bnot )\beverything (?:will|'ll|is going to|is gonna) be perfect\b|\b(?:it|this|that|nothing like (?:this|that|it))(?: will|'ll| shall)? never (?:happens|occurs|recurs|be repeated)\b(?: again\b)?|\bnothing like (?:this|that|it)(?: will|'ll| shall| is going to| is ever going to) ever (?:happen|occur|recur|be repeated)\b[^.!?;,]{0,30}?\bagain\b)`),
      unless: (norm, _m, span) => /\b(?:hope|wish|pray|want to|would like to|trying to|can't|cannot|if)\b/.test(norm.slice(Math.max(0, span.start - 25), span.start)),
    },
    {
      // the sworn word laid over a never: "you have my word on it", "that's a promise", "I give you my
      // solemn word"; a plain promise to pay by Friday has no never in it
      needs: ['word', 'promise'],
      re: rx(raw`(?<s>\b(?:never|ever|forever|always|again)\b[^.!?;]{0,60}?\b(?:you have my (?:solemn |absolute )?word|(?:that's|thats|that is) a promise|i give (?:you|u) my (?:solemn |absolute )?word)\b|\b(?:i give (?:you|u) my (?:solemn |absolute )?word|mark my words|you have my (?:solemn )?word)\b[^.!?;]{0,60}?\b(?:never|ever|forever|always|again)\b)`),
      unless: (norm) => /\b(?:contact|call|ring|text|bother|see (?:you|u)|hear from|come (?:near|round|by)|turn up|show up|reach out|write)\b/.test(norm),
    },
    {
      // quitting declared permanent and other ever-agains: "I've quit for good", "I'm sober for life",
      // "I'll stay clean no matter what", "I will never, ever do that again", "I'm not going to mess up
      // ever again", "nothing will ever make me drink again", "you'll never see that side of me again"
      needs: ['good', 'forever', 'life', 'permanently', 'once and for all', 'no matter', 'ever', 'side', 'part', 'version'],
      re: rx(raw`(?<s>\b(?:${IM}|${IVE}|${ILL}|i) (?:been |stayed |stay |be |remain |staying |going to stay )?(?:clean|sober|dry|quit|stopped|given up|gave up|off (?:the drink|the booze|drugs|the pokies|gambling|it))(?: (?:drinking|using|gambling|betting|smoking|drugs|the drink|booze|alcohol|coke|weed|it))?\b[^.!?;,]{0,12}?\b(?:for good|forever|for ever|for life|permanently|once and for all|no matter what)\b(?! (?:reasons?|measure|cause)\b)|\b(?:${ILL}|i shall) never,? ever,? (?:again,? )?[a-z']+[^.!?;]{0,40}?\bagain\b|\b(?:(?:i'm|im|i am) not (?:going to|gonna)|i (?:won't|wont|will not)) (?:ever )?(?:mess up|screw up|slip|slip up|relapse|drink|use|gamble|lie|cheat|hurt (?:you|u)|let (?:you|u) down|fail (?:you|u)|disappoint (?:you|u))\b[^.!?;]{0,20}?\bever again\b|\bnothing (?:will|'ll|could|can|is going to) ever make me (?:drink|use|gamble|relapse|pick up|lie|hurt|cheat|bet)\b[^.!?;,]{0,20}|\b(?:you|u)(?:'ll|ll| will)? never (?:ever )?(?:see|meet) (?:that|this|the old|the) (?:side|part|version) of me\b[^.!?;]{0,20}?\bagain\b)`),
      unless: (norm, _m, span) =>
        /\b(?:hope|wish|pray|want to|would like to|trying|if|can't|cannot)\b/.test(norm.slice(Math.max(0, span.start - 25), span.start)) ||
        // "I'll never, ever contact you again": a boundary that keeps me away
        /\b(?:contact|bother|call|ring|text|email|message|write|come near|go near|see (?:you|u)|speak|talk|get in touch|reach out|turn up|hear|forget|ask)\b/.test(norm.slice(span.start, span.end)),
    },
    {
      // "it won't happen again" with any subject or word order, formal and chat: "such a thing will never
      // occur again", "such conduct shall not be repeated", "the matter will not recur", "it's never going
      // to be repeated", "it wont happen ever again", "wont ever happen again", "it won't ever be an issue
      // again", "it simply can't happen again"
      needs: ['again', 'recur', 'repeated', 'repeat', 'happen', 'occur', 'issue', 'problem'],
      re: rx(raw`(?<s>\b(?:such (?:a thing|an? \w+|things|conduct|behaviou?r)|(?:it|this|that)(?: simply| just)?|(?:the|this|that) (?:matter|incident|behaviou?r|conduct|mistake))(?: will| shall|'ll|ll| is| 's|'s|s)? (?:never|not|won't|wont|can't|cant|cannot|shan't|ever|never ever)(?: ever)?(?: (?:going to|gonna))? (?:happen|occur|recur|be repeated|repeat|be (?:an issue|a problem))\b(?: (?:ever )?again| in my life| in (?:my|this) lifetime)?|(?:^|[.!?,;/]\s*|\b(?:and|so|it|this|that) )(?:won't|wont|will not|will never|shall never|never gonna|never going to)(?: ever)? happen(?: ever)? again\b|\bhappen ever again\b|\b(?:will not|won't|wont|shall not|will never|never) (?:ever )?recur\b|\b(?:never|not) (?:going to|gonna) be repeated\b)`),
      unless: (norm, _m, span) =>
        /\b(?:hope|wish|pray|want|trying|if|make sure|ensure|promise myself)\b/.test(norm.slice(Math.max(0, span.start - 25), span.start)) ||
        /^\s*,?\s*(?:if|unless|as long as|without)\b/.test(norm.slice(span.end)),
    },
    {
      // the promise sealed with a guarantee or a percentage: "I'll have it back to you Monday, guaranteed,
      // every penny", "I guarantee you'll never see me like that again", "I can guarantee you won't",
      // "I'll be there 100%", "I promise you a hundred percent I'm done"
      needs: ['guarantee', 'guaranteed', '100', 'hundred'],
      re: rx(raw`(?<s>\b(?:${ILL}|i shall|i promise)\b[^.!?;]{0,60}?,\s*guaranteed\b|\bi (?:can |will |personally |absolutely )*guarantee(?: (?:you|u))?(?: that)? (?:you|u|you'll|youll|u'll|ull|you will|u will|you won't|you wont|u wont|i'll|ill|i will|i won't|i wont|it|this|that|nothing|there)(?:'ll|ll| will| won't| wont| will not| is going to| are going to| shall)?\b[^.!?;]{0,40}?\b(?:never|ever|again|every|back|all|forever|for good)\b|\b(?:${ILL}|i promise(?: you| u)?|i swear(?: to (?:you|u|god))?|i'm done|im done|i am done|for good|never)\b[^.!?;]{0,50}?(?:,\s*|\s)(?:100 ?%|100 percent|a hundred percent|one hundred percent)(?=\s*(?:$|[,.!;]|so\b|i promise|i swear|mate|bro))|\b(?:promise|swear|guarantee)(?: (?:you|u))? (?:100 ?%|100 percent|a hundred percent|one hundred percent)\b)`),
      unless: (norm, _m, span) => /\b(?:not|can't|cant|cannot|if)\s*$/.test(norm.slice(Math.max(0, span.start - 8), span.start)),
    },
    {
      // the old self or the habit declared gone for good: "that person is gone for good", "that man is dead
      // and gone", "that chapter of my life is closed forever", "the drinking is out of my life for good",
      // "gambling is dead to me now", "the betting is completely behind me", "I've put the drink behind me
      // for good", "that part of my life is finished"
      needs: ['gone', 'dead', 'closed', 'finished', 'over', 'behind', 'out of my life'],
      re: rx(raw`(?<s>\b(?:that|the old|this old|the) (?:person|man|woman|guy|girl|lad|version of me|side of me|chapter(?: of my life)?|part of (?:me|my life))(?: is|'s|s| has| was)(?: been)? (?:dead and (?:gone|buried)|gone (?:for good|forever|for ever|and (?:gone|buried))|closed (?:for good|forever|for ever)|finished|over (?:for good|forever|for ever)|dead to me)\b|\b(?:the |my |that |all the )?(?:gambling|drinking|drink|booze|bottle|gear|drugs|pills|coke|weed|betting|pokies|punt|using|partying|cocaine|heroin|crack|meth|smack|that life|all that|that stuff|that|it)(?: is|'s|s)(?: now)? (?:completely |totally |well and truly |firmly )?(?:dead to me|out of my life|behind me|over|gone)(?: now)?,? (?:for good|forever|for ever|completely|for life|once and for all|permanently)\b|\b(?:the |my |that |all the )?(?:gambling|drinking|drink|booze|bottle|gear|drugs|pills|coke|weed|betting|pokies|punt|using|partying)(?: is|'s|s) (?:completely |totally |well and truly |firmly )?(?:dead to me|behind me|out of my life)\b|\b(?:i've|ive|i have) put (?:the |my |all the |all that |that )?(?:gambling|drinking|drink|booze|bottle|gear|drugs|pills|betting|using|it|that|all of it|that life|that stuff)(?: stuff)? (?:completely |totally |firmly )?behind me(?: now)? (?:completely|for good|forever|for ever|once and for all|totally|permanently)\b)`),
      unless: (norm, _m, span) =>
        /\b(?:hope|wish|pray|want|trying|if|one day at a time|today|for now)\b/.test(norm.slice(Math.max(0, span.start - 25), span.end + 40)),
    },
    {
      // relapse ruled out: "there's zero chance of me drinking again", "no risk of me going back to it",
      // "clean now and that's it, never going back", "I've had my last drink"
      needs: ['chance', 'risk', 'danger', 'back', 'last'],
      re: rx(raw`(?<s>\b(?:zero|no|not a|not one|nil) (?:chance|risk|danger)(?: in hell)? of me (?:ever )?(?:relapsing|drinking|using|gambling|betting|going back|slipping|picking up|lying|cheating|touching)\b[^.!?;,]{0,20}|(?:^|[,;.!?]\s*|\b(?:and|so) )(?:i'm |im |i am |i'll |ill )?never (?:ever )?going back(?: to (?:it|that|that life|the (?:drink|bottle|booze|gambling|drugs|gear)))?(?=\s*(?:$|[,.!;]|now|again|ever|i promise|i swear))|\b(?:i've|ive|i have) had my (?:very )?last (?:drink|drop|bet|flutter|pill|line|hit|drug|joint|cigarette|smoke)\b)`),
      unless: (norm, _m, span) =>
        /\b(?:hope|wish|pray|want|trying|if|think|believe)\b/.test(norm.slice(Math.max(0, span.start - 25), span.start)),
    },
    {
      // the perfect role promised for the whole future: "I'll be a model tenant from now on", "I'll be the
      // wife you always deserved", "i'll be at every single game from now on", "I'll never let you down"
      needs: ['model', 'perfect', 'flawless', 'ideal', 'deserved', 'every single', 'let you down', 'let u down'],
      re: rx(raw`(?<s>\b(?:${ILL}|i shall|i promise(?: you| u)?(?: that)?(?: ${ILL})?) (?:always )?be (?:a|the|an) (?:model|perfect|flawless|ideal) \w+\b|\b(?:${ILL}|i shall) (?:always )?be the \w+ (?:you|u) (?:always |truly |really )?deserved?\b|\b(?:${ILL}|i shall|i promise(?: you| u)?(?: that)?(?: ${ILL})?) (?:always )?be (?:there |at |around |home )(?:for )?(?:\w+ )?every single (?:\w+)\b[^.!?;,]{0,20}|\b(?:${ILL}|i shall|i promise(?: you| u)?)\b[^.!?;]{0,40}?\b(?:and )?never (?:ever )?let (?:you|u|anyone|the kids|them|her|him) down\b)`),
      unless: (norm, _m, span) =>
        /\b(?:hope|wish|pray|want|trying|try|can't|cannot|if)\b/.test(norm.slice(Math.max(0, span.start - 25), span.start)) ||
        /\bi'll try\b|\bi will try\b/.test(norm.slice(span.start, span.end)),
    },
    {
      // a never sworn on an oath formula: "I'll never lie to you again, cross my heart", "hand on heart, I
      // never will again", "not one more lie, you have my word for life", "on my kids' lives I'm done"
      // short words (on, so) would let almost every sentence through: the rarer word of each oath is needed instead
      needs: ['heart', 'life', 'lives', 'grave', 'die', 'swear', 'help', 'again'],
      re: rx(raw`(?<s>\b(?:cross my heart|hand on (?:my )?heart|(?:you have |u have |u got |you've got )?my word for life|on my (?:life|mother's life|mum's life|mam's life|kids'? lives|children's lives|nan's grave|granny's grave)|hope to die|swear down|so help me(?: god)?)\b(?=[^.!?]{0,80}?\b(?:never|ever|again|no more|not one|for life|for good|forever)\b)[^.!?;,]{0,10}|\b(?:never|ever|again|no more|not one|for good|forever)\b[^.!?]{0,60}?\b(?:cross my heart|hand on (?:my )?heart|my word for life|on my (?:life|mother's life|mum's life|mam's life|kids'? lives|children's lives)|hope to die|swear down|so help me(?: god)?)\b|\b(?:and|but|so) i (?:never|won't|wont|will not|shall not) (?:ever )?(?:will )?again\b|\bi never will again\b)`),
      unless: (norm, _m, span) =>
        /\b(?:hope|wish|pray|if|can't|cannot)\b/.test(norm.slice(Math.max(0, span.start - 20), span.start)) ||
        /\b(?:contact|bother|call|ring|text|email|message|write|come near|go near|see (?:you|u)|speak|talk|get in touch|reach out|turn up|forget)\b/.test(norm),
    },
    {
      // an organisation's guarantee for everyone it will ever serve: "nothing of this kind will ever happen
      // at Hope Horizons again", "no one will ever feel this way at Nimbus again"; and the whole body made
      // over: "we are a completely changed organisation", "cycling is now a completely clean sport"
      needs: ['ever', 'completely', 'totally', 'entirely', 'wholly'],
      re: rx(raw`(?<s>\b(?:nothing|no one|nobody|no (?:customer|guest|member|child|pupil|player|employee|family|resident|patient))(?: (?:like|of) (?:this|that|it)(?: kind| sort| nature)?)? (?:will|shall|would) ever (?:again )?(?:happen|occur|feel|be (?:treated|hurt|harmed|left|put)|experience|go through|face)\b[^.!?;,]{0,40}?\bagain\b|\b(?:we|i|it|this|the \w+|\w+)(?:'re|'m| are| am| is|s)? (?:now )?a (?:completely|totally|entirely|wholly) (?:changed|different|new|clean|transformed|reformed) (?:organi[sz]ation|company|club|charity|team|sport|business|place|institution|church|school|department|force|brand)\b)`),
      unless: (norm, _m, span) => /\b(?:not|never|can't|cannot|can not|won't|couldn't|no one can)\b[^.!?;]{0,30}$/.test(norm.slice(Math.max(0, span.start - 40), span.start)),
    },
  ],
  examples: {
    positive: [
      'I can promise every one of you that nothing of this kind will ever happen at Hope Horizons again.',
      'I can promise every person reading this that no one will ever feel this way at Nimbus again.',
      'We are a completely changed organisation.',
      'Cycling in this country is now a completely clean sport.',
      "I'll never lie to you again, cross my heart.",
      "hand on heart, I never will again",
      "not one more lie, you have my word for life",
      "I never wanted to hurt you and I never will again.",
      'I can assure you such a thing will never occur again.',
      'Such conduct shall not be repeated.',
      'The matter will not recur.',
      "it's never going to be repeated, I promise",
      'it wont happen ever again',
      'sorry about last night. wont ever happen again',
      "It won't ever be an issue again.",
      "It simply can't happen again.",
      "I'll have it back to you Monday, guaranteed, every penny.",
      "I guarantee you'll never see me like that again.",
      'ill be there saturday 100%',
      "I promise you a hundred percent I'm done.",
      'That person is gone for good.',
      'That man is dead and gone.',
      'That chapter of my life is closed forever.',
      'The drinking is out of my life for good.',
      'gambling is dead to me now',
      'The betting is completely behind me.',
      "I've put the drink behind me for good.",
      'That part of my life is finished.',
      "there's zero chance of me drinking again",
      "clean now and that's it, never going back",
      "I've had my last drink.",
      "I'll be a model tenant from now on.",
      "I'll be the wife you always deserved.",
      "i'll be at every single game from now on",
      "I promise I'll get a job and never let you down.",
      'It will never happen again.',
      "I'll never drink again.",
      "I'm a completely different person now.",
      'i promise ill never let u down again',
      'This will never, ever happen again, I swear on my life.',
      "I'm cured now, rehab fixed everything.",
      "I've been sober for three weeks and I know I'll never relapse.",
      'From today I\'m done with gambling for good.',
      "You'll never have to worry about me again.",
      'The old me is dead and gone.',
      "I'm going to be the perfect dad from now on.",
      'The person I used to be is gone.',
      "I'll have the deposit back to you by the 5th, guaranteed.",
      'I will always be there for you from now on, no matter what.',
      "i'll never borrow a penny off you again",
      "I'm never touching a drink again.",
      "I'm done drinking forever.",
      "I'm never going back to that life.",
      'This is the last time, I promise.',
      'Never again.',
      'i wont ever do it again',
      'never gonna happen again',
      'There will never be another drink.',
      'Things will be different from now on, I promise.',
      'I will always put you first.',
      "I'm not that person anymore.",
      "It's all behind me now.",
      "I'll stay sober for the rest of my life.",
      "I swear I'm never doing it again.",
      "I'll be a perfect father.",
      'never gonna do it again',
      'I promise to never drink again.',
      "You won't regret giving me another chance.",
      'The drinking is over for good.',
      "I've beaten my addiction.",
      "I've got it under control now.",
      "I'll never have another drink as long as I live.",
      'i swear ill never spend another penny on scratchcards',
      "I'm never going near a casino again.",
      'I will never again give you a reason to worry.',
      'Never again will I lie to you.',
      "I'll never raise my voice at you or your sister again.",
      'You will never have to cover for me at work again.',
      'u r never gonna see me that drunk again',
      "I'll be a totally new man from this day.",
      "I'm now a brand-new woman.",
      "I've come out of rehab a completely different person.",
      'That side of me is dead and buried.',
      "The man who lied to you doesn't exist anymore.",
      "That's not who I am anymore.",
      "I'm done with the bottle for good.",
      'im through with betting forever',
      'My partying days are over.',
      'That was my last bet ever.',
      "Tonight was the last drink I'll ever have.",
      "There's no way I'll ever relapse now.",
      "I've learned my lesson once and for all.",
      "I'll fix everything, I promise.",
      "I'll make it up to you a thousand times over.",
      'Nothing bad will ever happen to you again.',
      "I'll make sure nobody ever hurts you again.",
      "I'll be the kindest, most loyal husband in the world.",
      'Everything will be perfect.',
      'We will make sure this never happens again.',
      'I promise you this will never be repeated.',
      'I will stay clean, you have my word on it, forever.',
      "I'll never gamble again, that's a promise.",
      "I'm clean for good now.",
      "I've quit for good.",
      "I've stopped drinking forever.",
      'I gave up drinking for good.',
      "I'm sober for life.",
      "I'll stay sober no matter what.",
      'I will never, ever do that to you again.',
      'Nothing will ever make me drink again.',
      "I'm not going to mess up ever again.",
      'You will never see that side of me again.',
      // session 14: the whole change told in the negative
      "Honestly, I'm not the same man who lied to you about the rent.",
      "Trust me, this time is different.",
      // session 14: never again in other words
      "Trust me, there will never be another next time.",
      "I'm done with the fruit machines for good.",
      "We will ensure no patient ever has to experience this again.",
      // session 14: a company's never-again
      "The fault has been fixed for good, and it can never happen again.",
      "The new checks guarantee that no patient will ever be missed again.",
    ],
    negative: [
      // session 14: work towards it, not a guarantee
      "We are working to ensure that no tenant is ever left without heating again.",
      // session 14: hoped, or about things
      "We hope there won't be a next time, and we have changed the rota so there isn't.",
      "The new boiler should last for good.",
      // session 14: left for them to judge, or about someone else
      "I'm not the same person I was a year ago, but that is for you to judge, not me.",
      "She isn't the same person she was before the accident.",
      "I'm not promising it will never happen again; I'm promising to keep going to meetings.",
      "I shall not swear I'll never drink again, but I have ninety days today.",
      "I can't promise that nothing like this will ever happen again, but I go to meetings twice a week.",
      'No one will ever trust me again, and I understand why.',
      'We want to become a completely different kind of company, and the audit in March is the first step.',
      "Hand on heart, I was drunk that night.",
      "I hope I never will again.",
      "Cross my heart, I won't contact you again.",
      "I can't promise it won't happen again.",
      "It happened again last week, and I'm sorry.",
      "I'm not 100% sure of the date.",
      "Your savings are gone for good, and that's on me.",
      'The drinking is behind me for now, one day at a time.',
      "I hope I've had my last drink.",
      "I'll try to be the dad you deserve.",
      'I want to make sure it never happens again, so I see my sponsor weekly.',
      // Closing the matter is pressure, not a promise about the writer's conduct.
      "Let's never speak of it again.",
      'Can we agree never to mention that night again?',
      "forgive me and we'll never bring it up again ok",
      "Today I'm sober, and I go to meetings twice a week.",
      "I can't promise I'll never struggle again, but I can promise I'll call my sponsor before I pick up a drink.",
      "I won't contact you again unless you reach out first.",
      "I've been sober since March and I see my sponsor every Thursday.",
      'From now on I\'ll text you by Thursday if I can\'t do the weekend pick-up.',
      'I will never forget what you did for me.',
      "I'll never contact you again unless you ask me to.",
      "If you'd rather I didn't, I'll never bring it up again.",
      "I'll pay you back by Friday if the wages come in.",
      'That was the last time I saw you.',
      'The last time I drank was in March.',
      "I hope it never happens to anyone again.",
      "I won't ask you for money again.",
      "I'll always regret what I did.",
      "I'm not that person anymore, but I'm still working on it every day.",
      "I want things to be different from now on, and I'm working on it.",
      "I haven't beaten it, but I'm fighting it every day.",
      'I regret it every day.',
      "I'll never have another chance to say this to you.",
      "I'll never get another day with Dad, and that's on me.",
      "I'll never go near you again unless you ask me to.",
      'I will never again be able to look at that photo without shame.',
      'I hope I will never again give you cause to worry.',
      "You'll never have to see me again if that's what you want.",
      'You never have to hear from me again.',
      'If you never want to speak to me again, I understand.',
      "I hope you'll never have to go through that again.",
      "I'm not a completely different person, I'm still me, working on it.",
      "I feel like I've changed, but I'm taking it one day at a time.",
      'That part of my life is something I think about every day.',
      "I'm done with work by five, so I can meet you any day.",
      'The last drink I ever had was on March 3rd.',
      'My last drink was on the 3rd of March.',
      "There's no way I can ever repay you.",
      "I can't fix everything, but I can start with the money I owe you.",
      "I'll fix the fence on Saturday.",
      "Nothing will ever be the same again, and that's my fault.",
      'No one will ever love me again.',
      'I want to be the best dad I can be.',
      "Not everything will be perfect, but I'll keep showing up.",
      'I hope nothing like this ever happens to you again.',
      "I'll pay you back by Friday, you have my word.",
      "I won't contact you again, you have my word.",
      "That's a promise I made to myself in treatment.",
      'If it ever happens again, please call my sponsor.',
      "I'm through with making excuses.",
      "I'll make it up to you by paying the $400 back by June.",
      'I hope I stay sober for good this time.',
      'I quit my job for good reasons.',
      "I've been sober for a year and I take it one day at a time.",
      "I'll never, ever contact you again unless you ask.",
      "I can't say I'm clean for good, only that I'm clean today.",
      'I stopped drinking for a while in 2019 and started again.',
    ],
  },
});
