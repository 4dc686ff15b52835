/**
 * feelings: apologising for the other person's reaction instead of one's own act
 * ("sorry you feel that way", "I regret that you took it badly").
 * Trap: "I'm sorry I made you feel unsafe" names the writer's act; "I'm sorry you had to
 * cover the rent alone" names what they went through because of the writer.
 */
import { defineRule, rx } from './define';
import { APOLOGY, FEELING, INTENS, SERVED, YOU, YOURE } from './lexicon';

const raw = String.raw;

/** "sorry (that|if)? you" / "it's a shame you" / "i regret that you" */
const LEAD = raw`(?:${APOLOGY}|(?:it's|its|it is|that's|thats|that is|what) (?:a )?(?:shame|pity|sad|unfortunate|too bad)|i (?:feel|felt) (?:really |so )?(?:bad|terrible|awful))(?:,? (?:mum|mom|dad|mam|mate|love|babe|bro|sis|son|darling|sweetheart|[a-z]+),(?= ))?`;

/**
 * What the writer said or decided, named only as the thing that set off their reaction:
 * "sorry it upset you", "sorry my comment offended you". Acts that carry the harm themselves
 * ("my lies", "my drinking") are left out, since "hurt you" there names the impact.
 */
const TRIGGER = raw`(?:it|that|this|what (?:i (?:said|wrote|did|posted|texted|sent)|happened)|(?:anything|something|whatever) i (?:said|wrote|did|posted|texted)|the (?:whole )?(?:situation|thing|incident|episode|evening|night|party|conversation|argument|row|comment|joke|remark|post|text|message|email|interview|speech|video|tweets?|article|column|cartoon|sketch|photos?|picture|costume|statement|show|segment|broadcast|assembly|announcement)|my (?:\w+ )?(?:comments?|words|jokes?|remarks?|posts?|texts?|messages?|emails?|tweets?|videos?|statements?|interviews?|speech|articles?|columns?|photos?|pictures?|costume|sketch|tone|honesty|decision|choices?|opinions?|questions?|feedback|answer|response|reaction|behaviou?r|actions|absence|silence|post|letter|call|outburst|attitude|language|humou?r))`;

/** Their reaction, caused by TRIGGER: "upset you", "made you uncomfortable", "caused you distress". */
const REACTION = raw`(?:(?:might have |may have |must have |has |had |have )?(?:upset|offended|bothered|annoyed|irritated|upsets|offends|bothers|hurt (?:your|ur|yr) feelings|rubbed (?:you|u) (?:up )?the wrong way|made (?:you|u) (?:feel )?(?:so |a bit |a little |really )?(?:upset|uncomfortable|angry|mad|sad|awkward|embarrassed|offended|defensive|annoyed|uneasy|bad|small|stupid|unwanted|ignored|unloved|unappreciated|left out|disrespected|judged|attacked|hurt)|caused (?:you |u )?(?:any |some |so much )?(?:distress|upset|discomfort|offen[cs]e|embarrassment|pain|hurt)|left (?:you|u|(?:some|many|a few|a lot|most|all) of you|people|some people|them|(?:some |many )?(?:of )?(?:our )?\w+) feeling (?:so |a bit |a little |really |very )?(?:let down|upset|hurt|uncomfortable|disappointed|offended|unwelcome|excluded|uneasy|sad|disrespected|misled)))`;

export default defineRule({
  id: 'feelings',
  title: 'Sorry for their feelings',
  severity: 'problem',
  explanation:
    'This apologises for how they reacted rather than for what you did, which can sound as if the problem is their feelings. Saying what you did, and that it hurt them, lands as a real apology.',
  suggestion: 'Try "I\'m sorry I ..." and name what you did.',
  gate: /sorry|soz|sry|apolog|regret|shame|pity|sad|pains|upsets|unfortunate|too bad|feel|felt/,
  patterns: [
    {
      // sorry for how some of them felt: "we are sorry that some guests felt unwelcome", "sorry
      // that some customers were disappointed by the changes", "we regret that fans felt let down"
      needs: ['sorry', 'apolog', 'regret', 'saddens', 'pains', 'upsets'],
      re: rx(raw`(?<s>\b(?:sorry|apologi[sz]e|apologies|regret|(?:it )?(?:saddens|pains|upsets) (?:me|us)) (?:that |if )?(?:(?:some|any|those|many|so many|a few|all) of you|y'all|you all|you guys|so many (?:of (?:our |the )?)?(?:\w+ )?${SERVED}|(?:some |any |those |a (?:few|number of|small number of) |many |certain )?(?:of )?(?:our |the )?(?:\w+ )?${SERVED}) (?:may have |might have )?(?:(?:felt|feel|were|was|are|have been|had been|became|got) (?:so |very |a little |a bit |somewhat )?(?:unwelcome|uncomfortable|upset|offended|disappointed|let down|frustrated|unhappy|annoyed|angry|distressed|concerned|unsettled|confused|hurt)|found (?:it|this|that|(?:the|our|my|this|that) (?:\w+ )?\w+) (?:so |very |a little |a bit |deeply )?(?:upsetting|offensive|hurtful|distressing|disrespectful|insensitive|inappropriate|uncomfortable|distasteful)|took (?:offen[cs]e|it (?:badly|the wrong way|personally)))\b)`),
      // "…were upset because of what our staff did", "…felt unwelcome when we turned them away": the act is named
      unless: (norm, _m, span) => /^[^.!?;]{0,40}?\b(?:because of|by|when|after) (?:my|our|me|us|what (?:i|we)|how (?:i|we)|i|we)\b/.test(norm.slice(span.end)),
    },
    {
      // "sorry you feel that way", "sorry u see it that way", "sorry you feel I let you down"
      re: rx(raw`\b${LEAD},? (?:that |if )?(?<s>(?:(?:ur|you're|youre|your|you are|u are|u r) (?:${INTENS}){0,2}(?:feeling|taking it|seeing it)\b|${YOU}(?:'ve| ve| have| had|'d| must have| might have| may have)?(?: been| ended up| end up| keep| kept| seem to| seemed to)? (?:${INTENS}){0,2}(?:feel|felt|feeling|see it|saw it|view it|took it|take it|taking it|think|thought|believe|perceive|perceived|interpreted|misunderstood|misread|misinterpreted|misheard|read it|heard it)\b)[^.!?;,]{0,40})`),
      // "sorry if you think I abandoned you" doubts their reading: that is `conditional`.
      unless: (norm, m, span) =>
        /\bif\s*$/.test(norm.slice(m.index, span.start)) &&
        /^(?:you|u|ya|yu) (?:\S+ ){0,2}?(?:think|thought|believe|see|saw|view|read|heard|perceive|interpreted)\b/.test(norm.slice(span.start)),
    },
    {
      // "sorry you were upset", "sorry ur upset about the car", "sorry you're still angry",
      // "sorry if you felt let down", "it's a shame you were so hurt"
      re: rx(raw`\b${LEAD},? (?:that |if )?(?<s>(?:${YOURE}|${YOU}(?: (?:and|&) (?:your|ur|the) \w+| all| both| guys| two| lot)? (?:were|was|got|get|have been|'ve been|ve been|had been|'d been|became|are|'re|re|ended up|seem|seemed|look|looked)|(?:you've|youve|u've|uve|you'd|youd) been)(?: (?:${INTENS}){0,2}| )${FEELING}\b[^.!?;,]{0,40})`),
      // "you were scared because of me", "I made you feel", "because I lied": the writer owns the
      // cause. "Sorry you were scared when I drove drunk" stays their reaction, as "sorry it upset you
      // when I lied" does below: the dev corpus and every writer who used the form label it so.
      unless: (norm, _m, span) => /\b(?:because of me|i made you|i caused|because (?:i|of what i) (?!said\b|was just\b|only\b|didn't\b|didnt\b|never\b|tried\b)[a-z']+)\b/.test(norm.slice(span.start, span.end + 30)),
    },
    {
      // "I regret that you took my comments at the meeting so badly", "sorry you took it personally"
      re: rx(raw`\b${LEAD},? (?:that |if )?(?<s>${YOU}(?:'ve|'d| have| had| ve)? (?:${INTENS}){0,2}(?:took|take|taken|taking|saw|see|viewed|read|interpreted|heard|received|found|find)\b[^.!?;]{0,50}?\b(?:hurtful|offensive|upsetting|rude|insulting|hard to hear|badly|personally|the wrong way|wrong|that way|so hard|to heart|so seriously|too seriously|seriously|negatively|amiss|offen[cs]e))`),
    },
    {
      // "sorry you got so worked up", "sorry you're still angry about the loan"
      re: rx(raw`\b${LEAD},? (?:that |if )?(?<s>(?:${YOURE}|${YOU} (?:got|get|were)) (?:${INTENS}){0,2}(?:worked up|wound up|so emotional|emotional|so sensitive|sensitive|triggered|bent out of shape|defensive|dramatic)\b[^.!?;,]{0,40})`),
    },
    {
      // the reception, not the act: "sorry it came across that way", "sorry my text came off as rude"
      needs: ['came', 'come', 'landed', 'sounded', 'offence', 'offense'],
      re: rx(raw`\b${APOLOGY},? (?:that )?(?<s>(?:it|that|this|my (?:\w+ )?\w+|what i (?:said|wrote|did)) (?:came across|come across|came off|come off|landed|sounded) (?:as |like )?(?:a bit |a little |so |really |kind of |kinda )?(?:that way|like that|badly|wrong|the wrong way|harsh|harshly|rude|mean|cold|unkind|insensitive|hurtful|dismissive|offensive|aggressive|condescending|patronising|patronizing|judgmental|judgemental|critical|sarcastic|blunt)\b)`),
    },
    {
      // the writer's words named only as what set off the reaction: "sorry it upset you",
      // "I'm sorry my comment offended you", "sorry if my tone bothered you"
      re: rx(raw`\b${LEAD},? (?:that |if )?(?<s>${TRIGGER} (?:(?:just|really|so|clearly|obviously) )?${REACTION}\b(?! (?:me|myself)\b)[^.!?;,]{0,30})`),
      // "I'm sorry it upset you when I lied": still their reaction; but "...because I lied" owns the cause.
      unless: (norm, _m, span) => /\bbecause (?:i|of me|of what i)\b/.test(norm.slice(span.start, span.end + 20)),
    },
    {
      // their reading of it, pointed at: "sorry that's how you feel", "sorry that's the way u took it"
      re: rx(raw`\b${LEAD},? (?:that )?(?<s>(?:that's|thats|that is|this is|it's|its) (?:how|the way) ${YOU} (?:feel|felt|see it|saw it|see things|took it|take it|took that|read it|heard it|remember it|choose to see it|want to see it)\b)`),
    },
    {
      // the feelings as the object: "sorry your feelings got hurt", "sorry for any hurt feelings",
      // "sorry for how you feel", "sorry you didn't like the joke"
      re: rx(raw`\b${LEAD},? (?:(?:that|if|for|about) )?(?<s>(?:(?:your|ur|yr|any|the|anyone's|people's|some) feelings (?:got|were|was|have been|had been|being|might have been|may have been) hurt|(?:any|your|ur|the|all the|those) hurt feelings|${YOU} (?:didn't|didnt|did not|don't|dont) (?:like|enjoy|appreciate|approve of|care for) (?:it|that|this|what i|my|the|how i)\b[^.!?;,]{0,30}|${YOU} (?:didn't|didnt|did not|don't|dont) (?:find (?:it|that|this|my \w+) (?:funny|amusing)|see the funny side|get the joke)\b|${YOU} (?:got|get) (?:your|ur|yr) feelings hurt\b|${YOU} (?:see|saw|view|viewed) (?:it|things|this|that) (?:so )?differently\b|${YOU} (?:can't|cant|cannot|couldn't|couldnt) see (?:it|things) (?:my way|from my side|my side|the way i do)\b|${YOU} had (?:such |so |a |such a )?(?:strong|bad|big|negative|intense) (?:a )?reaction\b|any (?:distress|upset|hurt|pain|discomfort|offen[cs]e|embarrassment) (?:you|u) (?:may have |might have |have |had )?(?:felt|experienced|suffered|went through)\b|${YOU} (?:were|was|got|felt) (?:made to feel|left feeling) \w+|${YOU} (?:were|was|got) (?:so |really |that )?affected by (?:it|that|this)))`),
      unless: (norm, _m, span) => /\b(?:because of me|i made you|i caused|because i)\b/.test(norm.slice(span.start, span.end + 30)),
    },
    {
      // their reading, reported as the event: "I regret that my words were taken the wrong way",
      // "sorry it seemed that way to you", "sorry you weren't happy with the party"
      re: rx(raw`\b${LEAD},? (?:that |if )?(?<s>(?:${TRIGGER}|(?:what|anything) i (?:said|did|wrote)) (?:was|were|got|has been|have been) (?:taken|received|read|heard|perceived|interpreted|seen|viewed) (?:so |as )?(?:badly|the wrong way|wrong|wrongly|personally|negatively|hurtful|rude|offensive|insensitive|disrespectful|mean|harsh|unkind|critical|dismissive|an? (?:insult|criticism|attack|slight)|as (?:an? )?(?:insult|criticism|attack|slight))\b|${YOU} (?:see|saw|think of|view|viewed|thought of) me (?:as|that way|like that|in that light)\b[^.!?;,]{0,20}|(?:it|that|this) (?:seemed|looked|felt|sounded) (?:that way|like that|so bad|rude|harsh|cold|unkind|hurtful)(?: to (?:you|u))?\b|(?:${YOU} (?:weren't|werent|wasn't|wasnt|were not|aren't|arent|are not)|(?:you're|youre|ur|u r) not) (?:happy|pleased|comfortable|ok|okay|satisfied)(?: (?:with|about) (?:it|that|this|what|how|the|my)\b[^.!?;,]{0,30})?(?=\s*(?:[.!,;]|$|that\b)))`),
      unless: (norm, _m, span) => /\b(?:because of me|because i)\b/.test(norm.slice(span.start, span.end + 20)),
    },
    {
      // someone else's reaction: "sorry your mum was upset". ("I apologise to anyone who was
      // offended" doubts that anyone was: that is the conditional rule's.)
      re: rx(raw`\b${LEAD},? (?:(?:that|if) )?(?<s>(?:your|ur|the) (?:mum|mom|mother|dad|father|family|kids|children|parents|sister|brother|wife|husband|friends?|partner|son|daughter|boss|team|guests|neighbou?rs) (?:was|were|got|felt|feel|is|are|may have been|might have been|may have felt|might have felt) (?:${INTENS}){0,2}(?:${FEELING}|uncomfortable|disrespected|offended)\b[^.!?;,]{0,30})`),
      unless: (norm, _m, span) => /\b(?:because of me|because i|when i|after i|by me|by what i)\b/.test(norm.slice(span.start, span.end + 25)),
    },
    {
      // "sorry for how you feel", "I apologise for your reaction"
      re: rx(raw`\b${LEAD} (?:for|about) (?<s>(?:how|the way) (?:you|u) (?:feel|felt|are feeling|were feeling|reacted|took it)|(?:how|the way) (?:my \w+|what i (?:said|did|wrote)|it|that|this|things) (?:made|make|makes) (?:you|u) feel|(?:your|ur) (?:feelings|reaction|upset|disappointment|anger|frustration|annoyance|distress)(?! (?:for|about|over|at|with) (?:me|my|what i)))\b`),
      unless: (norm, _m, span) => /^[^.!?;,]{0,25}\b(?:when|after|because|since) i\b/.test(norm.slice(span.end)),
    },
    {
      needs: ['offence', 'offense'],
      re: rx(raw`\b${APOLOGY} (?:for|about) (?<s>(?:any|the) offen[cs]e (?:taken|you took))`),
    },
    {
      // their anger or shock in other words: "sorry you're livid", "sorry u got so freaked out",
      // "sorry you were mortified", "sorry you're still raging with me"
      needs: ['raging', 'filthy', 'livid', 'fuming', 'seething', 'mortified', 'shaken', 'freaked', 'stressed', 'bitter', 'gutted', 'miffed', 'peeved', 'pissed', 'ticked', 'rattled', 'nervous', 'anxious', 'dark', 'hurting', 'disturbed', 'alarmed', 'saddened', 'shocked', 'unsettled'],
      re: rx(raw`\b${LEAD},? (?:that |if )?(?<s>(?:${YOURE}|${YOU} (?:were|was|got|get|have been|'ve been|ve been|felt|feel|seem|seemed)|(?:you've|youve|u've|uve) been) (?:${INTENS}){0,2}(?:raging|filthy|livid|fuming|seething|mortified|shaken(?: up)?|freaked(?: out)?|stressed(?: out)?|bitter|gutted|miffed|peeved|pissed(?: off)?|ticked off|rattled|nervous around me|anxious around me|dark (?:on|with|at) me|hurting|disturbed|alarmed|saddened|shocked|unsettled)\b[^.!?;,]{0,30})`),
      unless: (norm, _m, span) => /\b(?:because of me|i made you|i caused|(?:when|while|after|as|because|every time|each time) i (?!said\b|was just\b|only\b|didn't\b|didnt\b|never\b|tried\b)[a-z']+)\b/.test(norm.slice(span.start, span.end + 30)),
    },
    {
      // what was said or sent, as the cause of a stir: "sorry the tone of my email caused her
      // concern", "I regret the upset this has caused you", "sorry the joke about your dad caused offence"
      needs: ['caused', 'cause', 'causes'],
      re: rx(raw`\b${APOLOGY}\b[^.!?;]{0,12}?(?<s>(?:(?:the|my) (?:tone|remark|comments?|words?|joke|post|message|email|e-mail|text|letter|language|choice of words|wording)(?: (?:of|about|in|at|on) [^.!?;,]{1,30}?)?|the (?:upset|distress|offen[cs]e|discomfort|embarrassment|concern|alarm|annoyance) (?:this|it|that|all this|my \w+)) (?:has |have |may have |might have |must have )?caused(?: (?:you|u|her|him|them|anyone|everyone|your \w+|you and your \w+))?(?: (?:any|some|so much|such))?(?: (?:concern|offen[cs]e|upset|distress|discomfort|embarrassment|alarm|worry|annoyance))?)\b`),
      // "I regret the hurt my lies caused" names the harm, and "caused" alone says nothing of them
      unless: (norm, _m, span) => !/\b(?:concern|offen[cs]e|upset|distress|discomfort|embarrassment|alarm|worry|annoyance)\b/.test(norm.slice(span.start, span.end)),
    },
    {
      // their reaction, any word for it: "sorry for any anxiety you felt", "any offence you may have
      // taken", "I regret that you found my conduct distressing", "sorry the kids found it upsetting"
      needs: ['felt', 'experienced', 'taken', 'found'],
      re: rx(raw`\b${LEAD},? (?:(?:that|if|for|about) )?(?<s>any (?:anxiety|worry|stress|concern|alarm|annoyance|frustration|irritation|unease|confusion|offen[cs]e) (?:you|u|anyone|they|your \w+) (?:may have |might have |have |had )?(?:felt|experienced|taken)\b|(?:${YOU}|the (?:children|kids|family|guests|neighbou?rs)|everyone|your (?:\w+ )?(?:mum|mom|mother|dad|father|family|kids|children|wife|husband|partner|sister|brother|friends?)) (?:found|find) (?:it|that|this|my (?:\w+ ){0,3}?\w+|the (?:\w+ ){0,3}?\w+) (?:so |very |quite |rather )?(?:distressing|upsetting|hurtful|offensive|uncomfortable|embarrassing|unsettling|disturbing|alarming|hard to (?:hear|take|accept))\b)`),
    },
    {
      // a weight they carry, with nothing of mine in it: "sorry it hit you so hard", "sorry the
      // whole thing got to you", "sorry this is weighing on you", "sorry it stressed u out"
      needs: ['hit', 'got', 'weighing', 'stressed', 'upsetting', 'distressing', 'accept'],
      re: rx(raw`\b${LEAD},? (?:that |if )?(?<s>(?:it|this|that|all this|the (?:whole )?(?:thing|situation|business|stuff|news)|the \w+ stuff|the news (?:about|of) (?:the |my )?\w+)(?: (?:is|'s|s|has been|was))? (?:so |really )?(?:hit (?:you|u) (?:so |that |really )?hard|got to (?:you|u)|weighing on (?:you|u)|stressed (?:you|u) out)\b|my (?:absence|decision(?: to \w+(?: \w+){0,3})?|moving out|leaving|silence) (?:was|has been|is) (?:so |very |really )?(?:upsetting|distressing|hard for (?:you|u) to accept)\b(?: for (?:you|u|everyone|everybody|the \w+|your \w+))?)`),
    },
    {
      // their reading of me, pointed at: "sorry you got the wrong idea", "sorry that's the picture of me
      // you've ended up with", "sorry you can't accept my apology", "sorry you've chosen to see it like that",
      // "sorry it wasn't the answer you wanted"
      needs: ['wrong', 'impression', 'picture', 'accept', 'move', 'past', 'chosen', 'choose', 'decided', 'answer', 'news'],
      re: rx(raw`\b${LEAD},? (?:that |if )?(?<s>${YOU} (?:got|get|have|had|'ve got|ve got) (?:the |a )?(?:wrong idea|wrong end of the stick|wrong impression)\b|(?:that's|thats|that is|this is) the (?:picture|impression|view|image) of me\b[^.!?;,]{0,30}|${YOU}(?:'ve|ve| have| were| are|'re)? (?:been )?left with (?:a|such a|that) (?:bad|poor|wrong|negative) (?:impression|picture|view|image) of me\b|${YOU} (?:can't|cant|cannot|can not|couldn't|couldnt|won't|wont) (?:seem to )?(?:accept (?:my|the|this) apology|move past|get past|get over|let (?:it|this|that) go)\b[^.!?;,]{0,30}|${YOU}(?:'ve|ve| have)? (?:chosen|choose|decided) to (?:see|take|read|view|remember) (?:it|this|that|things|me)\b[^.!?;,]{0,20}|(?:it|that|this) (?:wasn't|wasnt|was not|isn't|isnt|is not) (?:the )?(?:answer|news|reply|response) (?:you|u) wanted(?: to hear)?\b)`),
    },
    {
      // the sorry hung on their feeling by "if": "If you felt betrayed by me, then I'm sorry",
      // "to whatever extent you felt abandoned, I apologise"
      needs: ['if', 'whatever', 'extent', 'degree'],
      re: rx(raw`(?<s>\bif (?:you|u) (?:felt|feel|were|got) (?:so |at all |in any way )?(?:betrayed|abandoned|hurt|upset|offended|let down|disrespected|ignored|humiliated|embarrassed|belittled)\b[^.!?;]{0,30}?,? (?:then )?(?:i'?m|i am|im|i) (?:so |truly |really |deeply )?(?:sorry|apologi[sz]e)\b|\bto (?:whatever|the|any) (?:extent|degree) (?:that )?(?:you|u) (?:felt|feel|were|got) \w+)`),
    },
    {
      // sorrow for what they feel, said beside it: "sorry, I know you're cross about the car", "I
      // understand you're upset, and I'm sorry about that", "sorry for the pain you're going through"
      needs: ['know', 'understand', 'realise', 'realize', 'see', 'sorry', 'pain', 'stress', 'heartache'],
      re: rx(raw`(?<s>\b${LEAD},? (?:(?:man|mate|bro|love|mum|mom|dad),? )?i (?:know|understand|realise|realize|can see) (?:that )?(?:you're|youre|you are|ur|u r) (?:still |so |really )?(?:upset|cross|angry|mad|furious|annoyed|disappointed|fuming|livid)\b[^.!?;,]{0,30}|\b(?:i know|i understand|i realise|i realize|i can see) (?:that )?(?:you're|youre|you are|ur|u r) (?:still |so |really )?(?:upset|cross|angry|mad|furious|annoyed|disappointed)\b[^.!?;]{0,30}?,? and (?:i'?m|i am|im) (?:really |so |truly )?sorry (?:about|for) (?:that|it)\b|\b${LEAD} (?:for|about) (?:the|all the|whatever|any) (?:pain|hurt|stress|heartache|sadness|grief) (?:you(?:'re| are|re)|u(?:'re| are|r)?|you've been|youve been|you have been) (?:going through|feeling|in|dealing with)\b)`),
      unless: (norm, _m, span) => /\b(?:because of me|i made you|i caused|i put you|because i|(?:when|after|since) i)\b/.test(norm.slice(span.start, span.end + 30)),
    },
    {
      // the writer's doing named only as a nuisance to them: "sorry my drinking bothered you"
      needs: ['bothered', 'annoyed', 'irritated', 'rattled', 'unsettled'],
      re: rx(raw`\b${LEAD},? (?:that |if )?(?<s>my (?:\w+ )?\w+ (?:has |had |might have |may have )?(?:bothered|annoyed|irritated|rattled|unsettled) (?:you|u)\b[^.!?;,]{0,20})`),
    },
    {
      // their state by a longer road: "sorry for how you ended up feeling", "sorry you and Dad are so
      // hurt", "sorry you experienced my tone as harsh", "sorry your nose is out of joint", "sorry if
      // you were ever nervous around me"
      needs: ['feeling', 'experienced', 'nose', 'ever', 'dad', 'mum', 'mom'],
      re: rx(raw`\b${LEAD},? (?:(?:that|if|for|about) )?(?<s>(?:how|the way) ${YOU} (?:ended up|came away|were left|have been|'ve been|came to be) feeling\b|${YOU} (?:and|&) (?:dad|mum|mom|mam|your (?:dad|mum|mom|mother|father)) (?:are|were|have been|got|felt) (?:${INTENS}){0,2}${FEELING}\b|${YOU} experienced (?:it|that|this|my (?:\w+ )?\w+) as \w+|(?:your|ur|yr) nose (?:is|was|'s|s|got) (?:a bit |so )?out of joint|${YOU} (?:were|was|felt) ever (?:so )?(?:${FEELING}|nervous|uneasy|on edge) (?:around|of|with|near) me)`),
      unless: (norm, _m, span) => /\b(?:because of me|because i|when i|after i)\b/.test(norm.slice(span.start, span.end + 25)),
    },
    {
      // "Shame you were so put out", "It's a real pity you took it so personally", "such a pity the whole thing upset you"
      needs: ['shame', 'pity'],
      re: rx(raw`\b(?:(?:it's|its|it is|that's|thats|what|such) (?:a )?(?:real |great |terrible |crying |such a )?(?:shame|pity)|^(?:shame|pity)),? (?:that )?(?<s>(?:${YOURE}|${YOU} (?:were|got|took|take|felt|are|was|have been))\b[^.!?;]{0,40}?\b(?:${FEELING}|personally|badly|the wrong way|to heart)\b|${TRIGGER} ${REACTION}\b)`),
    },
    {
      // their state by other roads: "sorry it felt like I abandoned you", "sorry you have such bad
      // memories of that year", "sorry you're making such a big deal of it", "sorry you've chosen to
      // take offence", "sorry you weren't comfortable with me bringing friends round"
      needs: ['felt', 'feels', 'memories', 'making', 'made', 'make', 'chosen', 'choose', 'decided', 'comfortable', 'happy'],
      re: rx(raw`\b${LEAD},? (?:that |if )?(?<s>(?:it|that|this|things) (?:felt|feels) (?:to (?:you|u) )?(?:like|as if|as though) i\b[^.!?;,]{0,30}|${YOU} (?:have|had|'ve got|still have|carry) (?:such |so many |some |these |those )?(?:bad|painful|unhappy|difficult|sad|hard|awful|horrible|terrible|upsetting) memories\b[^.!?;,]{0,30}|${YOURE} (?:making|made|make) (?:such |so much of )?(?:a )?(?:big |huge |massive )?(?:thing|deal|fuss|drama|song and dance) (?:of|out of|about|over)\b[^.!?;,]{0,30}|${YOU}(?:'ve|ve| have)? (?:chosen|choose|decided) to (?:take offen[cs]e|be (?:offended|upset|hurt|angry))\b[^.!?;,]{0,30}|${YOU} (?:weren't|werent|wasn't|wasnt|were not|aren't|arent|are not) (?:comfortable|happy|ok|okay) with me \w+ing\b[^.!?;,]{0,50})`),
      // "sorry if it felt like I abandoned you" doubts the harm: that one is conditional's alone
      unless: (norm, m, span) =>
        /\b(?:because of me|because of what i|because i|i caused|i gave you)\b/.test(norm.slice(span.start, span.end + 25)) ||
        (/\bif\s*$/.test(norm.slice(m.index, span.start)) && /^(?:it|that|this|things) fe(?:el|lt)/.test(norm.slice(span.start))),
    },
    {
      // how it was received, in any word: "apologies that my message came across the way it did",
      // "sorry if my texts came off as threatening"
      needs: ['came', 'come', 'landed', 'sounded'],
      re: rx(raw`\b${APOLOGY},? (?:that |if )?(?<s>(?:it|that|this|my (?:\w+ )?\w+|what i (?:said|wrote|did)) (?:came across|come across|came off|come off|landed|sounded) (?:(?:to (?:you|u) )?(?:the way|how) it did|as (?:an? )?(?:bit |little )?[a-z-]+)\b(?: to (?:you|u))?)`),
      unless: (norm, _m, span) => /\b(?:because (?:i|of me|of my|of what i))\b/.test(norm.slice(span.start, span.end + 25)),
    },
    {
      // a group's reaction, from a public apology: "we're sorry some customers were disappointed",
      // "I am sorry that members of the public have been upset", "it is regrettable that Mrs Ross was
      // upset", "I regret any offence taken", "sorry the children found the move so hard"
      needs: ['customers', 'fans', 'people', 'members', 'viewers', 'readers', 'users', 'guests', 'staff', 'colleagues', 'followers', 'listeners', 'voters', 'residents', 'clients', 'shoppers', 'passengers', 'audience', 'community', 'public', 'supporters', 'employees', 'regrettable', 'offence', 'offense', 'found', 'find'],
      re: rx(raw`(?:\b${LEAD},? (?:that |if )?(?<s>(?:(?:some|many|a few|those|any|all|our|the|so many)(?: of (?:our|the|you|your))? )?(?:customers|fans|people|members(?: of the public)?|viewers|readers|users|guests|staff|colleagues|followers|listeners|voters|residents|clients|shoppers|passengers|audience|community|the public|supporters|employees)(?: who \w+(?: \w+){0,3})? (?:were|was|felt|feel|have been|has been|got|may have been|might have been|may have felt|might have felt|are) (?:${INTENS}){0,2}(?:${FEELING}|disappointed|offended|uncomfortable|confused|inconvenienced|alarmed|concerned|saddened|distressed)\b[^.!?;,]{0,40}|(?:any|the) offen[cs]e (?:taken|caused|felt)\b|(?:${YOU}|the (?:children|kids|family)|your (?:\w+ )?(?:mum|mom|mother|dad|father|family|kids|children|wife|husband|partner|sister|brother|friends?)) (?:found|find) (?:it|that|this|things|the (?:\w+ ){0,2}?\w+) (?:so |very |quite |really )?(?:hard|difficult|tough|painful)\b(?! (?:to|because|when|after|since)\b))|\b(?:it is|it's|its|it was) (?:deeply |most |very )?regrettable that (?<s2>[^.!?;,]{1,40}? (?:was|were|felt|got|has been|have been) (?:${INTENS}){0,2}(?:${FEELING}|offended)\b[^.!?;,]{0,30}))`),
      unless: (norm, _m, span) => /\b(?:because of (?:me|my|what i)|because i|by me|by my|when i|after i|i caused|i hurt|i made)\b/.test(norm.slice(span.start, span.end + 25)),
    },
    {
      // the sorry hung on a feeling by "if", at more length or for a crowd: "if u felt disrespected
      // when i brought her to the party then im sorry", "if any fans felt let down, we apologise",
      // "if some people found the advert insensitive, we regret that"
      needs: ['if'],
      re: rx(raw`(?<s>\bif (?:you|u|any(?:one| of you| \w+)?|some(?: people| of you| \w+)?|people|anybody) (?:felt|feel|were|was|got|found (?:it|that|this|the \w+|my \w+|our \w+)) (?:so |at all |in any way |a bit )?(?:betrayed|abandoned|hurt|upset|offended|let down|disrespected|ignored|humiliated|embarrassed|belittled|insulted|excluded|left out|insensitive|offensive|hurtful|upsetting|distasteful|inappropriate)\b(?:(?!\bbut\b)[^.!?;]){0,60}?,? (?:then )?(?:i'?m|i am|im|i|we|we're|we are) (?:so |truly |really |deeply |sincerely )?(?:sorry|apologi[sz]e|regret)\b)`),
      // "if you were hurt by anything I said, I'm sorry" names the writer's act, doubting only the harm: conditional's
      unless: (norm, _m, span) => /\bby (?:me|my|anything i|what i|something i|whatever i)\b/.test(norm.slice(span.start, span.end)),
    },
    {
      // their state as the object, by another road: "sorry for how you're feeling about the move",
      // "for how you've been feeling since the split", "for how upset you got"
      needs: ['how', 'way'],
      re: rx(raw`\b${LEAD} (?:for|about) (?<s>(?:how|the way) (?:${YOURE}|${YOU}(?:'ve been| have been|ve been| were| had been)) (?:${INTENS}){0,2}feeling\b|how (?:${INTENS}){0,2}${FEELING} ${YOU} (?:got|get|were|are|'re|re|have been|'ve been|ve been|felt|feel)\b)`),
      unless: (norm, _m, span) => /\b(?:because of me|i made you|i caused|(?:when|while|after|as|because|since|every time|each time) i (?!said\b|was just\b|only\b|didn't\b|didnt\b|never\b|tried\b)[a-z']+)\b/.test(norm.slice(span.start, span.end + 40)),
    },
    {
      // how they learned of it, not what was done: "sorry you had to find out the way you did", "sorry
      // u found out like that"
      needs: ['find', 'found', 'finding'],
      re: rx(raw`\b${LEAD},? (?:that )?(?<s>${YOU} (?:had to |have had to |'ve had to |ve had to |ever )?(?:find|found|finding) out(?: about (?:it|this|that|\w+(?: \w+)?))? (?:the way (?:you|u) did|like that|that way|like this|the way it happened|how (?:you|u) did)\b)`),
      unless: (norm, _m, span) => /\b(?:because (?:i|of me|of what i))\b/.test(norm.slice(span.start, span.end + 25)),
    },
    {
      // the reaction as what something "left" them with: "sorry the whole thing has left you feeling so
      // hurt", "I regret that my email left you feeling singled out", "sorry it's left a sour taste"
      needs: ['left', 'leave', 'leaves'],
      re: rx(raw`\b${LEAD},? (?:that )?(?<s>(?:${TRIGGER}|(?:the|this|that|our) (?:whole )?(?:\w+ )?(?:business|stuff|thing|situation|episode|affair|dinner|night|evening|party|visit|weekend|holiday|meal|call|row|argument)|my (?:choices|decisions)|(?:it|this|that|all this|all of this|everything)(?:'s|s| has| have)?) (?:has |have |had |may have |might have )?(?:left|leaves) (?:(?:${YOU}|ye|your \w+|ur \w+|everyone) (?:feeling )?(?:(?:so|such|all|a bit|quite|very|really|pretty|a little) )*(?:${FEELING}|bitter|singled out|excluded|sore|resentful|betrayed|unhappy)|(?:(?:${YOU}|ye|your \w+|ur \w+|everyone) with )?(?:such |a )?(?:a )?(?:bad|sour|bitter|nasty) taste)\b)`),
      unless: (norm, _m, span) => /\b(?:because (?:i|of me|of my|of what i))\b/.test(norm.slice(span.start, span.end + 25)),
    },
    {
      // their reading of it, by other roads: "I regret that you've chosen to see my actions in the worst
      // light", "it saddens me that you have chosen to see my absence as a betrayal", "apologies that my
      // remarks were received poorly", "sorry it's come across like I don't care" ("I chose to take the
      // money" is the writer's own choice; "sorry if it came across..." doubts it: conditional's)
      needs: ['chosen', 'choose', 'decided', 'received', 'taken', 'heard', 'come'],
      re: rx(raw`\b(?:${LEAD}|it (?:saddens|hurts|pains) me|(?:i'm|im|i am) (?:so )?sad),? (?:that |if )?(?<s>${YOU}(?:'ve|ve| have)? (?:chosen|choose|decided) to (?:see|take|read|view|remember|interpret) (?:my|what i|how i|the way i|me)\b[^.!?;,]{0,40}|(?:${TRIGGER}|what i (?:said|did|wrote)) (?:was|were|has been|have been|got) (?:received|taken|heard|read) (?:so )?(?:poorly|negatively|wrongly|amiss)\b[^.!?;,]{0,30}|(?:it's|its|it has|that's|thats|this has) (?:come|came) (?:across|off|over) (?:as|like)\b[^.!?;,]{0,40})`),
      unless: (norm, m, span) =>
        /\bif\s*$/.test(norm.slice(m.index, span.start)) ||
        /\b(?:because (?:i|of me|of my|of what i))\b/.test(norm.slice(span.start, span.end + 25)),
    },
    {
      // their anger in the words of the street: "sry ur still salty about the tickets", "sorry ur still
      // ragin", "shame ur still so cut up over it", "sorry it's got you so wound up", "sorry you've got the
      // hump" ("sorry you're raging because I lied again" owns the cause)
      needs: ['salty', 'ragin', 'raging', 'cut', 'narked', 'mardy', 'vexed', 'butthurt', 'het', 'huff', 'hump', 'strop', 'ratty', 'riled', 'wound', 'worked', 'sulking', 'tetchy'],
      re: rx(raw`(?:\b${LEAD}|^\W*(?:shame|pity|too bad)),? (?:that |if )?(?<s>(?:(?:${YOURE}|${YOU} (?:were|was|got|get|have been|'ve been|ve been|seem|seemed))(?: (?:${INTENS}){0,2}| )(?:salty|ragin|raging|narked|mardy|vexed|butthurt|het up|in a huff|in a strop|ratty|riled(?: up)?|sulking|tetchy|wound up|worked up)|(?:${YOURE}|${YOU} (?:were|was|have been|'ve been|ve been)) still (?:so |that |really )?cut up|(?:${YOU}(?:'ve|ve| have)? got|${YOURE}) (?:the hump|the raging hump|a cob on)|(?:it|this|that|the whole thing)(?:'s|s| has)? got (?:you|u) (?:${INTENS}){0,2}(?:wound up|worked up|riled up|so riled))\b[^.!?;,]{0,30})`),
      unless: (norm, _m, span) => /\b(?:because of me|i made you|i caused|(?:when|while|after|as|because|every time|each time) i (?!said\b|was just\b|only\b|didn't\b|didnt\b|never\b|tried\b)[a-z']+)\b/.test(norm.slice(span.start, span.end + 30)),
    },
    {
      // a named group's or person's reaction in a public statement: "we are sorry that Mr Kwan was upset
      // by the way the segment was received", "sorry that some of you were frustrated by this
      // experience", "sorry that they felt unsupported", "sorry that some of my former staff felt the
      // kitchen was a hostile place to work"
      needs: ['sorry', 'apolog', 'regret'],
      re: rx(raw`(?<s>\b(?:sorry|apologi[sz]e|apologies|regret) that (?:(?:some|many|so many|a few|several|those|all) of (?:you|them|our (?:former )?\w+|my (?:former )?\w+|the \w+)|they|(?:mr|mrs|ms|miss|dr)\.? [a-z]+|the [a-z]+ family|some (?:young )?(?:people|members|staff|employees|colleagues|musicians|workers|volunteers)(?: and their families)?) (?:was|were|felt|have felt|had felt|may have felt|are|became|got) (?:so |very |really |a little |a bit |somewhat |deeply )?(?:${FEELING}|unwelcome|unheard|unsupported|unsafe|undervalued|mistreated|frustrated|let down|that way|(?:that )?(?:the|it|this|their|our) [^.!?;]{0,30}?\b(?:was|were|went|had been)\b)[^.!?;,]{0,30})`),
      unless: (norm, _m, span) => /\b(?:because of me|because of us|by me|by us|because (?:i|we)|(?:when|after) (?:i|we)|by what (?:i|we) (?:did|said)|by my (?:drinking|lies|lying|actions|behaviou?r|conduct|violence))\b/.test(norm.slice(span.start, span.end + 30)),
    },
    {
      // the apology addressed, up front, only to whoever felt let down: "To any former employee who felt
      // mistreated, I apologise", "To the extent that any taxpayer feels let down, I apologise". ("I
      // apologise to anyone who was offended" is left to the conditional rule: most writers label it so.)
      needs: ['sorry', 'apolog', 'regret'],
      re: rx(raw`(?<s>^\W*to (?:the extent that |anyone |anybody |everyone |those |any )[^.!?;]{0,50}?\b(?:who )?(?:was|were|is|are|felt|feel|feels) (?:(?:hurt|upset) or )?(?:offended|upset|hurt|let down|mistreated|uncomfortable|unwelcome|betrayed|(?:that |as if )?(?:their|the|my) [^.!?;]{0,30}?\b(?:has been|was|had been) (?:betrayed|let down|broken))\b[^.!?;]{0,30}?,\s*(?:i|we) (?:\w+ )?(?:apologi[sz]e|regret|am sorry|'m sorry|are sorry)\b)`),
      unless: (norm, _m, span) => /\b(?:by me|by us|because of me|by what (?:i|we) did|by my (?:drinking|lies|lying|actions|behaviou?r|conduct|violence|abuse|gambling|stealing|cheating))\b/.test(norm.slice(span.start, span.end + 30)),
    },
    {
      // their reading of it, not the act: "I'm sorry people took it the way they did", "sorry that some
      // people took it the wrong way", "we regret that some readers took the cartoon as mocking", "I regret
      // that some of my team took my passion personally", "I regret my words were taken the way they were"
      needs: ['took', 'take', 'taken'],
      re: rx(raw`(?<s>\b(?:sorry|apologi[sz]e|apologies|regret)(?: that| if)? (?:some |many |so many |a few )?(?:of )?(?:people|readers|viewers|listeners|fans|folks|members|they|some of (?:you|them|my \w+|our \w+)|(?:my|our) (?:\w+ )?(?:team|staff|words|comments|remarks|joke)) (?:took|take|have taken|had taken|were taken|was taken|have been taken) [^.!?;]{0,40}?\b(?:the wrong way|the way (?:they|it) (?:did|were|was)|personally|badly|as (?:mocking|an? (?:insult|attack|slight|criticism)|offensive|hurtful)|to heart|so seriously|too seriously)\b)`),
      unless: (norm, _m, span) => /\bbecause (?:i|of me|of what i)\b/.test(norm.slice(span.start, span.end + 20)),
    },
  ],
  examples: {
    positive: [
      'We are sorry that Mr Kwan was upset by the way the segment was received online.',
      "We're sorry that some of you were frustrated by this experience.",
      'I am truly sorry that some of my former staff felt the kitchen was a hostile place to work.',
      'To any former employee who felt mistreated, I apologise.',
      'To the extent that any taxpayer feels let down, I sincerely apologise.',
      "I'm sorry people took it the way they did.",
      'We regret that some readers took the cartoon as mocking people fleeing war.',
      // a group's statement (its "we" reaches the rules read as "I": we-voice.ts)
      "We are sorry that some guests felt unwelcome at the event.",
      "We are sorry that some customers were disappointed by the changes to the loyalty scheme.",
      "We regret that many fans felt let down by the cancelled tour.",
      "I'm sorry you feel that way.",
      "I'm sorry you were upset.",
      'I regret that you took my comments at the meeting so badly.',
      "It's a shame you were so hurt by my decision.",
      'sorry ur upset about the car',
      "i'm sorry u see it that way",
      "I'm sorry you got so worked up about me skipping the recital.",
      "I'm sorry if you felt let down about the loan.",
      "I'm sorry my joke landed so badly.",
      'Apologies for any offence taken at the party.',
      'sorry u misread my text',
      "I'm sorry it upset you.",
      'I apologize that my words bothered you.',
      'sorry if my tone made u uncomfortable',
      "Sorry that's how you feel.",
      'sorry thats how u took it',
      "I'm sorry your feelings got hurt.",
      "I'm sorry for any hurt feelings.",
      "I'm sorry you didn't like the joke.",
      'I regret that my words were taken the wrong way.',
      "I'm sorry you've been feeling so let down.",
      'I feel bad that you were upset by the speech.',
      'I apologise for your reaction at the barbecue.',
      "I'm sorry your mum was upset at the barbecue.",
      'I am sorry my text came off as rude.',
      'I apologise for any distress you may have felt.',
      'I regret that you see things differently.',
      "I'm sorry you had such a strong reaction.",
      "sorry that you're sensitive about it",
      'Sorry you got your feelings hurt.',
      "Sorry you didn't find it funny.",
      'im sorry if that made u feel small',
      "I'm sorry for how my words made you feel.",
      "I'm sorry that you've taken this so badly.",
      "I'm sorry you're not happy.",
      "I'm sorry if anything I said upset you.",
      "I'm sorry, Mum, that you were so upset about Christmas.",
      'I am sorry for your disappointment.',
      'I regret that my words caused you pain.',
      "I'm sorry you've been hurt.",
      "I'm sorry my actions were perceived as hurtful.",
      'Sorry you see me as the villain.',
      "I'm sorry you're still livid about the bike.",
      'sorry u got so stressed out over one night',
      "I'm sorry you were mortified at the christening.",
      'I apologise that the wording of my letter caused your father concern.',
      'I regret the distress this has caused you and the girls.',
      "Sorry my comment about your job caused offence.",
      'Sorry for any worry you may have felt while my phone was off.',
      'I regret that your sister found my speech so upsetting.',
      'I apologise that the guests found the evening embarrassing.',
      "I'm sorry it hit you so hard.",
      'Sorry the whole thing got to you.',
      'I am sorry my absence was so upsetting for the family.',
      'Sorry you got the wrong idea about the text.',
      "I'm sorry you can't accept my apology.",
      "Sorry it wasn't the answer you wanted.",
      "Sorry you've decided to see it that way.",
      'If you felt let down by me, then I am sorry.',
      'To whatever extent you felt ignored, I apologise.',
      "Sorry mate, I know you're still annoyed about the van.",
      "I understand you're angry, and I'm sorry about that.",
      "I'm sorry for the stress you're going through right now.",
      'Sorry my smoking bothered you.',
      "It's a real pity you took my joke so personally.",
      "Such a shame you were so offended by the toast.",
      "Sorry you're hurting, mate.",
      'I regret that you were alarmed by the noise on Friday.',
      "I'm sorry you were so shocked by the news.",
      "I'm sorry for how you came away feeling after the dinner.",
      'Sorry that you and Mum were so upset by the will.',
      'Sorry you experienced my feedback as harsh.',
      'sorry ur nose is out of joint about the seating plan',
      'My apologies if you were ever uneasy around me.',
      "I'm sorry it felt like I abandoned you.",
      "Sorry it felt like I didn't care.",
      "I'm sorry you have such bad memories of that summer.",
      "I'm sorry you're making such a big deal out of one night.",
      "I'm sorry you've chosen to take offence at my joke.",
      "Sorry you weren't comfortable with me bringing friends round.",
      "Apologies that my message came across the way it did to you.",
      "sorry if my texts came off as threatening",
      "I'm sorry my email came across as a threat.",
      "We're sorry that some customers were disappointed with the new menu.",
      "I am sorry that members of the public have been upset by the reports.",
      "It is regrettable that Mr Khan was upset by the tone of the call.",
      "I regret any offence taken.",
      "I'm sorry the kids found the move so hard.",
      "if u felt disrespected when i brought her to the party then im sorry",
      "If any viewers felt let down by the final episode, we apologise.",
      "If some people found the poster insensitive, we regret that.",
      "I'm sorry for how you've been feeling about the move.",
      'sorry for how ur feeling rn',
      'I apologise for how angry you got at the meeting.',
      "I'm sorry you had to find out the way you did.",
      'sorry u found out like that',
      'I regret that you found out about the loan that way.',
      "I'm sorry the whole business has left you feeling so let down.",
      'I regret that my comments left you feeling excluded.',
      "Sorry it's left such a sour taste for you.",
      "I regret that you've chosen to see my move as a betrayal.",
      'It saddens me that you have chosen to remember my part that way.',
      'Apologies that my comments were received poorly.',
      "sorry its come across like i dont care",
      'sorry ur so salty about the match',
      "Sorry you've got the hump with me, mate.",
      "shame you're still cut up over a few texts",
      "I'm sorry it's got you so riled up.",
      "I'm sorry you were scared when I drove drunk with you in the car.",
      "I'm sorry you were frightened when I came home drunk.",
      "sorry u got so upset when i didnt turn up",
      // session 14: a public statement's reaction wording
      "We are sorry that some members found the newsletter offensive.",
      "Sorry the speech left a few of you feeling excluded.",
      "It's a shame my photos were taken so badly.",
      // session 14: how many of them felt it
      "It pains us that so many members are upset about the vote.",
    ],
    negative: [
      // session 14: the act named
      "I'm sorry so many of you were hurt by my lies.",
      // session 14: the act named as what left them so
      "I'm sorry my lying left you feeling you couldn't trust anyone.",
      // session 13: traps in general words
      "I know 'sorry you feel that way' is a cop-out, so: I'm sorry I read your diary.",
      "I'm sorry that they were frightened when I drove drunk with them in the car.",
      'I am sorry to everyone who was hurt by my drinking.',
      'To everyone I hurt, I apologise.',
      "I'm sorry that some of my staff were injured because of my shortcuts.",
      'People took the news hard, and I know my lies were the reason.',
      "We are sorry that our staff made guests feel unwelcome and turned them away.",
      "I'm sorry that my words hurt you and your family.",
      "We're sorry our customers were left without heating for six days.",
      "I'm sorry you were scared because I drove drunk with you in the car.",
      "I'm sorry I made you feel unsafe in your own home.",
      "I'm sorry you had to cover the rent alone because of me.",
      "I know you're upset, and you have every right to be.",
      "I'm sorry I embarrassed you in front of your friends.",
      'You must have felt humiliated, and I did that.',
      "I'm sorry if you think I abandoned you and the kids.",
      "I'm sorry I said it, and I know how it landed on you.",
      "I'm sorry I upset you.",
      "I'm sorry I hurt your feelings when I called you names.",
      "I'm sorry my lies hurt you so badly.",
      'Sorry if this caused any confusion, the meeting is now at 3.',
      "I'm sorry, that upset me more than I let on.",
      "I'm sorry for how I treated you when you were pregnant.",
      "I'm sorry your mum was upset when I didn't show up to the funeral.",
      'Sorry to hear ur not well, hope you feel better soon.',
      "I'm sorry for how I made you feel.",
      "I'm sorry you're not happy with me, and you have every reason.",
      'Sorry for upsetting you at the wedding.',
      "I regret the pain my lying caused you.",
      "I'm sorry for the stress I put you through.",
      "Sorry if it seemed like I didn't care; I always did.",
      'Sorry for the confusion, the invoice is attached again.',
      "I know you're angry, and you have every right to be.",
      "It's a shame the shop was closed.",
      'My drinking caused you years of worry, and I am sorry.',
      'Sorry for the way you were treated by the agency.',
      "Sorry if it seemed like I didn't care; I always did.",
      "I'm sorry you have such bad memories because of what I did.",
      "I'm sorry people were hurt because of my decisions.",
      "If you ever want to talk, I'm here.",
      "Sorry if it felt like I was never there.",
      "If I hurt you, I'm sorry.",
      "They say 'if anyone was offended, I'm sorry', but I offended you, and I'm sorry I did.",
      "I'm sorry for how scared you were because of me.",
      "I'm sorry for how you've been feeling since I lied to you, because I caused it.",
      "You didn't deserve to find out the way you did, and I'm sorry I hid it.",
      "I'm sorry my lying left you feeling like you couldn't trust your own memory.",
      "I'm sorry my decision to take the car left you stranded in town.",
      "I'm sorry I left you feeling so alone after the birth.",
      'I chose to take the money, and nobody made me.',
      "Sorry if it's come across like I don't care, I'll ring tonight.",
      'You chose to see me for who I was, and I am grateful.',
      "I'm sorry you're raging because I lied to you again.",
      'I know you were wound up that night, and I still should not have shouted.',
      "i'm sorry i slapped you, and you had every right to be raging",
    ],
  },
});
