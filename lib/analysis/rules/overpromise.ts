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
  skip: (norm) => /\b(?:can't|cant|cannot|can not|won't|wont|not going to|wouldn't|will not|couldn't|don't|dont|never) (?:promise|guarantee|swear)\b|\bno (?:promises|guarantees)\b/.test(norm),
  patterns: [
    {
      // "it will never happen again", "This will never, ever happen again", "nothing like that will ever happen again", "it won't happen again"
      needs: ['again', 'recur', 'repeat', 'repeated'],
      re: rx(raw`(?<s>\b(?:it|this|that|nothing like (?:that|this|it)|something like (?:that|this)|anything like (?:that|this))(?:'ll|ll| will| is going to|'s going to| shall)? (?:never(?:,? ever)?|not|ever|never ever)(?:,)? (?:ever )?(?:happen|occur|recur|be repeated|repeat itself)\b[^.!?;,]{0,10}\bagain\b|\b(?:it|this|that)(?: (?:won't|wont|will not|shan't))(?: ever)? happen again\b)`),
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
  ],
  examples: {
    positive: [
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
    ],
    negative: [
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
    ],
  },
});
