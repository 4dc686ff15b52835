/**
 * minimizing: shrinks the harm ("I only took a little", "it was just a few times", "it
 * wasn't that bad", "not a big deal", "kind of rude").
 * Traps: "just like you said", "only you can decide", "not only", "I just wanted to say",
 * "I won't say it wasn't that bad", "It wasn't just one time".
 * Never flags a bare "just" or "only": it needs a first-person act, a harm word or a
 * belittling phrase.
 */
import { defineRule, rx } from './define';

const raw = String.raw;

/** Acts whose size "only/just" can shrink. */
const ACT = raw`(?:took|take|taken|borrowed|borrow|had|drank|drink|said|did|used|use|yelled|shouted|raised my voice|pushed|shoved|grabbed|tapped|nudged|touched|hit|slapped|lied|fibbed|stretched the truth|missed|skipped|forgot|spent|sold|pawned|called|swore|kissed|flirted|texted|messaged|joked|teased|bet|gambled|smoked|scratched|dented|bumped|broke|was late|got unlucky|had a few|had one|had a couple|slipped up|slipped|made a mistake|made one mistake)`;

export default defineRule({
  id: 'minimizing',
  title: 'Minimizing',
  severity: 'problem',
  explanation:
    'Words like "only", "just" or "a little" make what happened sound smaller than it felt to them, and that can hurt a second time. Letting it be as big as it was for them shows you understand.',
  suggestion: 'Leave out the word that makes it smaller and say plainly what happened.',
  patterns: [
    {
      // "I only took a little", "i just got unlucky", "i kinda lied a little"
      needs: ['only', 'just', 'merely', 'simply', 'kinda', 'kind of', 'sorta', 'sort of', 'barely', 'hardly', 'maybe'],
      re: rx(raw`(?<s>\b(?:i|we|i've|ive|i'd|id)(?: (?:only|just|merely|simply|kinda|kind of|sorta|sort of|barely|hardly|maybe)){1,2} ${ACT}\b)`),
      unless: (norm, _m, span) => {
        const s = norm.slice(span.start, span.end);
        // "I just said I'm sorry", "I just took the first step": a hedge or a time word, not size.
        if (/\bjust (?:said|did|had|took|called|used)\b/.test(s) && !/^\s*(?:a (?:little|bit|few|couple)|one|a drink|a few|two|it once|once|twice|the one)/.test(norm.slice(span.end))) return true;
        if (/\bdid$/.test(s) && /^\s*(?:it|that|this)?\s*(?:because|cos|cuz|coz|since|to|for|so|out of)\b/.test(norm.slice(span.end))) return true;
        if (/\b(?:maybe|kind of|kinda|sort of|sorta)\b/.test(s) && !/\b(?:lied|yelled|shouted|pushed|shoved|grabbed|hit|slapped|took|borrowed|drank|swore)\b/.test(s)) return true;
        return false;
      },
    },
    {
      // "It was only a scratch", "it was just a few beers", "it was only a couple of seconds"
      needs: ['only', 'just', 'merely', 'nothing but', 'barely', 'hardly', 'no more than'],
      re: rx(raw`(?<s>\b(?:it|that|this|they|those|there|the (?:damage|amount|money|scratch|dent|bruise|drinks?))(?:'s| is| was| were|s| are|'re) (?:only|just|merely|nothing but|barely|hardly|no more than)(?: (?:ever|really))? (?:a|an|one|two|three|four|five|ten|twenty|fifty|a hundred|once|twice|the once|a few|a couple|a little|a bit|some|few|small|tiny|minor|words|talk|money|a joke|banter|a scratch|a dent|\d+|[£$€]\d+)\b[^.!?;,]{0,30})`),
    },
    {
      // "I only took a couple of twenties", "just one time", "only a few hundred dollars"
      needs: ['only', 'just', 'merely'],
      re: rx(raw`(?<s>\b(?:only|just|merely) (?:once|twice|one time|one drink|one night|one game|a (?:few|couple)(?: of)? (?:times|drinks|beers|pints|quid|bucks|dollars|pounds|hundred|minutes|seconds|twenties|tenners|fivers|weeks|days|\w+)|a little (?:bit|money|cash)|a bit (?:of money|of cash)|a small (?:amount|sum)|the once|a few hundred|a couple hundred|a tiny)\b)`),
      unless: (norm, _m, span) => {
        const before = norm.slice(Math.max(0, span.start - 40), span.start);
        // "It wasn't just one time", "not only once", "at least once"
        if (/\b(?:not|wasn't|wasnt|isn't|isnt|never|least|more than|than)\s+$/.test(before)) return true;
        // Frequencies of good things: "I can only pay twice a month", "I only see him once a week"
        if (/^\s*(?:a|per|each|every) (?:week|month|day|fortnight|year)\b/.test(norm.slice(span.end))) return true;
        return /\b(?:pay|paid|send|repay|owe|see|call|visit|meeting|meetings|sober|clean)\b/.test(before.slice(-25));
      },
    },
    {
      // "kind of rude", "a bit heated", "a little drunk", "lied a little"
      needs: ['little', 'bit', 'tad', 'touch', 'slightly', 'somewhat', 'kind of', 'kinda', 'sort of', 'sorta'],
      re: rx(raw`(?<s>\b(?:a little|a bit|a tad|a touch|slightly|somewhat|kind of|kinda|sort of|sorta|a wee bit|a little bit|bit of a|a teeny bit)(?: (?:too|over))? (?:rude|harsh|late|drunk|tipsy|merry|mean|short|loud|heated|careless|out of line|off|over the top|tense|rough|aggressive|snappy|grumpy|moody|wild|messy|out of hand|carried away|sharp|much|insensitive|blunt|tactless|cheeky|forgetful|distracted|naughty|silly|daft)\b|\b(?:lied|drank|fibbed|cheated|pushed|exaggerated|overspent|borrowed|took)(?: it)? (?:a little|a bit|a little bit|slightly|somewhat)\b)`),
      unless: (norm, _m, span) => /\b(?:while|whilst|ago|later|longer)\b/.test(norm.slice(span.end, span.end + 8)),
    },
    {
      // belittling phrases
      needs: ['nothing', 'too', 'drink', 'single', 'momentary', 'brief', 'moment', "moment's", 'tiny', 'small', 'little', 'minor', 'silly', 'harmless', 'stupid', 'teeny', 'wee', 'one-off', 'one', 'big deal', 'bad', 'serious', 'terrible', 'awful', 'important', 'much', 'end of the world', 'hardly', 'proportion', 'overreact', 'over-react', 'making a', 'harm', 'hurt', 'hospital', 'a&e', 'died', 'noticed', 'injured', 'affected', 'all', 'fun', 'banter', 'laugh', 'messing', 'joking', 'minutes late', 'going to', 'did anything', 'said anything', 'done anything'],
      re: rx(raw`(?<s>\b(?:not|n't|no|hardly|never) (?:that |such |so |really |a |exactly )?(?:a )?big (?:of a )?deal\b|\bno big deal\b|\bnot (?:that|so|really|all that|even that) (?:bad|serious|terrible|big|awful|important)\b|\b(?:isn't|isnt|wasn't|wasnt|is not|was not|'s not|s not|weren't|werent|aren't) (?:that|so|really|all that|even that|exactly) (?:bad|serious|terrible|big|awful|important|much)\b|\b(?:not|isn't|isnt|wasn't|wasnt|is not|was not|'s not|s not) the end of the world\b|\bhardly (?:a crime|the end of the world|a big deal|anything|worth)\b|\b(?:blown|blew|blow|blowing) (?:(?:it|this|that|things|everything|the whole thing) )?(?:way |all |totally |completely |a bit |a little )?out of (?:all )?proportion\b|\b(?:don't|dont|didn't|didnt|do not|did not) think (?:i|i'd|id) (?:did|done|said) anything (?:that|so|too|all that|particularly) (?:bad|terrible|awful|serious|wrong)\b|\bnot (?:as|so) bad as\b|\bnot like (?:i|it) (?:hurt|killed|harmed|injured|did) (?:anyone|anybody|someone|any harm|much harm)\b|\b(?:you're|youre|you are|ur|you were|u were|you) (?:totally |completely |really |just )?(?:overreacting|overreacted|over-reacting|making a (?:big )?(?:deal|fuss|mountain|thing))\b|\bno harm done\b|\b(?:nobody|no one|noone|no-one|nobody really|no one really) (?:even )?(?:got hurt|was hurt|was harmed|got harmed|ended up in (?:hospital|the hospital|a&e)|died|noticed|even noticed|was injured|got injured|was affected)\b|\b(?:don't|dont|didn't|didnt) think (?:anyone|anybody|the \w+|they|he|she|people) (?:even |really )?noticed\b|\b(?:that's|thats|that is) all\b(?=\s*[.!]*\s*$)|\b(?:didn't|didnt|don't|dont|did not|do not) think (?:it|that|this|missing \w+|skipping \w+) (?:was|is|would be|'d be|were) (?:a |that |such a |so )?(?:big (?:of a )?deal|bad|serious|important|a problem|a big thing)\b|\bjust (?:some )?(?:harmless )?(?:fun|banter|a laugh|messing about|messing around|joking around)\b|\ba few minutes late\b|\b(?:it|this|that) (?:was|is|'s|s) (?:really |honestly |basically )?nothing(?=\s*(?:[.!,;]|$|compared|really|much|serious|in comparison|at all))|\b(?:one|a few|a couple|a drink) too many\b|\ba drink or two\b|\ba bit too much to drink\b|\b(?:a single|one single|one little|a momentary|a brief|a one-off|one-off|one off|a moment's|a moments) (?:lapse|mistake|slip|slip-up|error|incident|moment|misstep|blip)\b|\b(?:it was|that was|it's|its|it is|just|only|merely) (?:a |one )?(?:tiny|small|little|minor|silly|harmless|stupid little|teeny|wee|one-off|one off) (?:mistake|slip|slip-up|slip up|thing|error|lapse|blip|misunderstanding|accident|joke|argument|disagreement|white lie|fib|incident|mishap)\b|\bwasn't (?:actually|really) going to (?:do|hurt)\b)`),
      unless: (norm, _m, span) => {
        const s = norm.slice(span.start, span.end);
        // "I know it was a big deal" is positive: only the negated forms are in the pattern.
        // "No one else got hurt because of me, but..." stays; "nobody noticed, and that's worse" is rare.
        return /^(?:not|n't) (?:that |so )?(?:bad|serious)/.test(s) && /\b(?:as|though)\s*$/.test(norm.slice(0, span.start));
      },
    },
  ],
  examples: {
    positive: [
      'I only took a little from the jar.',
      'It was just a few beers before I picked the kids up from school.',
      "It wasn't that bad, honestly.",
      "It's not a big deal, I'll get the deposit back to you eventually.",
      'I was kind of rude to your friends.',
      "Missing one game isn't the end of the world, buddy.",
      'So I was a few minutes late for the wedding, it\'s hardly a crime.',
      'i kinda lied a little about where i was',
      'the car got wrapped round a lamppost but nobody got hurt so',
      'I borrowed your grandmother\'s ring for a few weeks, that\'s all.',
    ],
    negative: [
      'Just like you said, I needed help, and now I\'m getting it.',
      'Only you can decide whether you want me at the christening.',
      'Not only did I lie about the loan, I also forged your signature.',
      "I won't say it wasn't that bad, because it was.",
      "It wasn't just one time, and I won't pretend it was.",
      "I just wanted you to know I've been to a meeting every day this month.",
      'It was a big deal, and I treated it like it wasn\'t.',
      'A little while ago I started seeing a counsellor.',
      "The dog's fine, she's just getting a bit slow in her old age.",
    ],
  },
});
