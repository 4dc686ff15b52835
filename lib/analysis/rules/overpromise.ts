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
      re: rx(raw`(?<s>\b(?:${IM}|${IVE} become|i've turned into|ive turned into) (?:now )?(?:a |an )?(?:completely |totally |entirely |whole |brand |100% |a hundred percent |fully |new |changed |different |whole new |brand new |reformed |transformed )+(?:man|woman|person|guy|girl|me|human|human being|dad|father|mum|mom|mother|husband|wife|son|daughter|partner|friend)\b|\b${IM} (?:completely |totally |fully |now |100% )?(?:cured|fixed|healed|recovered|over it now|past all that)\b|\b(?:rehab|treatment|therapy|the program|the programme|aa|na|god|jesus) (?:has )?(?:fixed|cured|solved|sorted) (?:everything|me|it all|all of it|my problems)\b|\bthe old (?:me|\w+) is (?:dead|gone|buried|no more)\b|\b(?:done|finished|through) with (?:drinking|gambling|drugs|using|booze|alcohol|the drink|it|all that|betting|weed|coke)\b[^.!?;,]{0,20}?\b(?:for good|forever|for ever|for life|once and for all|completely)\b|\b(?:never|not) (?:ever )?again,? (?:i swear|i promise|guaranteed)\b|\bi swear on (?:my|the) (?:life|mother's life|mum's life|kids'? lives|children's lives|grave|bible)\b|\bi (?:promise|swear|guarantee)(?: you| u)?(?: that)? (?:it|this|that|nothing|i'll never|ill never|i will never)\b[^.!?;]{0,30}?\b(?:again|never)\b|\bi (?:can )?(?:assure|promise|guarantee) (?:you|u)(?: that)? (?:this|it|that|nothing like (?:this|that)) (?:will|won't|wont|will never|shall) (?:not |never )?(?:happen|occur|recur|be repeated|repeat itself)\b|\bi mean it this time\b|\b(?:i'll|ill|i will|i'm going to|im going to|im gonna|i'm gonna|going to|gonna) be (?:perfect|a saint|flawless)\b|\b(?:i'll|ill|i will) never (?:fail|mess up|screw up|slip up|make a mistake) (?:you|u|again)\b|\b(?:i'm|im|i am|i'll|ill|i will|i'm going to|im going to|going to|gonna) be (?:the )?(?:perfect|best|ideal|model|flawless) (?:dad|father|mum|mom|mother|son|daughter|husband|wife|partner|friend|brother|sister|person|parent|boyfriend|girlfriend)\b[^.!?;,]{0,20}|\b(?:i|i'll|ill|i will|i'm going to|im going to) (?:never|not) (?:ever )?(?:let (?:you|u) down|hurt (?:you|u)) (?:again|ever again)\b|\b(?:100|a hundred|one hundred) (?:percent|%) (?:sober|clean|changed|different|done)\b|\b100% (?:sober|clean|changed|different|done)\b|\b${IVE} (?:completely|totally|fully) changed\b|\b${IVE} changed (?:completely|totally|for good|forever|100%|a hundred percent|for ever)\b|\b(?:you|u) can (?:totally |completely |fully )?trust me (?:100 ?%|100 percent|a hundred percent|one hundred percent|completely\b|totally\b|fully\b))`),
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
    ],
    negative: [
      "Today I'm sober, and I go to meetings twice a week.",
      "I can't promise I'll never struggle again, but I can promise I'll call my sponsor before I pick up a drink.",
      "I won't contact you again unless you reach out first.",
      "I've been sober since March and I see my sponsor every Thursday.",
      'From now on I\'ll text you by Thursday if I can\'t do the weekend pick-up.',
      'I will never forget what you did for me.',
      "I'll never contact you again unless you ask me to.",
      "If you'd rather I didn't, I'll never bring it up again.",
      "I'll pay you back by Friday if the wages come in.",
    ],
  },
});
