/**
 * self-focus: centres the writer's pain and asks, openly or not, to be comforted ("this has
 * been so hard for me", "I can't sleep", "I'm a horrible person").
 * Trap: "I feel ashamed of how I treated you" and "I'm ashamed that I..." are remorse about
 * them, a real part of an apology; so is "I will regret that for a long time".
 */
import { defineRule, rx } from './define';
import { IM, IVE, YOU } from './lexicon';

const raw = String.raw;

const PERSON_NOUN = raw`(?:person|human(?: being)?|man|woman|guy|girl|mother|mum|mom|father|dad|son|daughter|friend|husband|wife|partner|brother|sister|parent|boyfriend|girlfriend|excuse for a \w+)`;
/** Harsh words about oneself: adjectives need a noun ("a terrible mother"); these stand alone. */
const SELF_INSULT = raw`(?:(?:terrible|horrible|awful|worthless|pathetic|disgusting|useless|evil|rotten|despicable|bad|toxic|selfish|shit|shitty|crap|lousy|failed|sorry excuse for a) ${PERSON_NOUN}|worthless|pathetic|disgusting|despicable|monster|failure|loser|waste of (?:space|oxygen|air)|garbage|trash|scum|piece of (?:shit|crap|garbage|work)|idiot|mess|wreck|screw-?up|fuck-?up|disappointment|disgrace|worst (?:\w+ )?(?:alive|in the world|ever|on earth)|worst ${PERSON_NOUN})`;

export default defineRule({
  id: 'self-focus',
  title: 'Centres your own pain',
  severity: 'consider',
  explanation:
    'Your pain is real, and it matters. In an amends, though, it can ask the other person to look after you, at a moment that is about what they went through. A sponsor or friend is a good place for this part; the letter can stay with them.',
  suggestion: 'Keep the focus on them; share your own struggle with a sponsor or friend.',
  patterns: [
    {
      // a group's own pain put first: "this has been an incredibly difficult week for everyone at
      // the company", "our whole team has been devastated", "many of us have not slept"
      needs: ['difficult', 'hard', 'painful', 'tough', 'challenging', 'devastated', 'heartbroken', 'shaken', 'slept'],
      re: rx(raw`(?<s>\b(?:an? )?(?:incredibly |extremely |very |really |deeply |immensely )?(?:difficult|hard|painful|tough|challenging|distressing) (?:week|weeks|time|few (?:days|weeks|months)|period|month|months|year|days) for (?:(?:everyone|everybody|all of us|us all|us) (?:at|in|on|across|within) (?:the |our |this )?\w+|our (?:whole |entire )?(?:team|staff|company|club|family|organi[sz]ation|band|community|crew)|the (?:whole |entire )?(?:team|staff|company|club|band|organi[sz]ation))\b|\b(?:our|the) (?:whole |entire )?(?:team|staff|company|club|band|organi[sz]ation|crew|board) (?:has|have|is|are) (?:all )?(?:been )?(?:devastated|heartbroken|shaken|gutted|traumati[sz]ed|deeply affected|in shock)\b|\bmany of us (?:have|haven't|have not) (?:not )?(?:slept|been sleeping)\b)`),
    },
    {
      // "I'm a horrible person", "I'm such a terrible mother", "i feel like the worst person alive"
      needs: ['terrible', 'horrible', 'awful', 'worthless', 'pathetic', 'disgusting', 'useless', 'evil', 'rotten', 'despicable', 'bad ', 'toxic', 'selfish', 'shit', 'crap', 'lousy', 'failed', 'sorry excuse', 'monster', 'failure', 'loser', 'waste of', 'garbage', 'trash', 'scum', 'piece of', 'idiot', 'mess', 'wreck', 'screw', 'fuck', 'disappointment', 'disgrace', 'worst'],
      re: rx(raw`(?<s>\b(?:${IM}|i feel like|i'm just|im just|i really am|i truly am|honestly ${IM}) (?:(?:such|a|an|the|just|really|truly|total|complete|absolute|utter|literally|like|so|honestly|nothing but|still) ){0,3}${SELF_INSULT})\b`),
      unless: (norm, _m, span) => /^\s*(?:at|with|about|when it comes)\b/.test(norm.slice(span.end)) && /\b(?:mess|wreck)$/.test(norm.slice(span.start, span.end)),
    },
    {
      // "I hate myself", "i can't forgive myself", "i'm a monster"
      needs: ['myself', 'sorry for'],
      re: rx(raw`(?<s>\bi (?:hate|despise|loathe|can't stand|cant stand|disgust) myself\b|\bi (?:can't|cant|cannot|will never|'ll never|ll never) (?:forgive|live with|look at) myself\b|\bsorry for (?:being (?:me|born|alive|who i am|such a \w+)|existing|who i am)\b|\b${IM} (?:too hard on myself)\b)`),
    },
    {
      // own suffering: "I can't sleep", "I cry myself to sleep", "I've been so depressed", "I haven't slept in weeks"
      needs: ['gnawing', 'picking', 'look', 'not', 'panic', 'anxiety', 'alone', 'isolated', 'empty', 'hopeless', 'numb', 'victim', 'through', 'fallen', 'fell', 'crumbled', 'collapsed', 'crashing', 'punished', 'suffered', 'paid', 'cried', 'crying', 'tearing', 'ripping', 'killing', 'destroying', 'breaking', 'beating', 'sleep', 'eat', 'function', 'breathe', 'cope', 'think straight', 'out of bed', 'crying', 'go on', 'focus', 'work', 'slept', 'eaten', 'cry ', 'wreck', 'mess', 'falling apart', 'depressed', 'miserable', 'dark', 'bad', 'terrible', 'awful', 'low', 'hell', 'suffering', 'beating myself', 'sick', 'bits', 'pieces', 'tears', 'gutted', 'destroyed', 'shattered', 'losing sleep', 'devastated', 'heartbroken', 'struggling', 'lonely', 'broken', 'shell', 'barely', 'trying so', 'trying really', 'doing my best', 'lost', 'worried'],
      re: rx(raw`(?<s>\bi (?:can't|cant|cannot|can barely|could barely|can hardly|couldn't|couldnt|haven't been able to|havent been able to|have not been able to|barely|hardly) (?:even )?(?:sleep|eat|function|breathe|cope|think straight|get out of bed|stop crying|go on|focus|work)\b|\bi(?:'ve|ve| have)? not been able to (?:properly )?(?:sleep|eat|function|breathe|cope|think straight|get out of bed|stop crying|focus|work)\b|(?:^|[,;]\s*|\b(?:i|mi) )(?:cannae|canna|cyaan|caan|can't|cant|cannot) (?:even )?(?:sleep|eat)\b(?:,? (?:cannae|canna|cyaan|caan|can't|cant|cannot) (?:sleep|eat)\b)?|\bi (?:haven't|havent|have not|have barely|haven't really) (?:slept|eaten|stopped crying)\b|\b(?:${IVE}|i've just|ive just) (?:been|gone) through (?:hell|hell and back|the wars|the mill|so much|such a lot)\b|\b${IVE} (?:been )?(?:lost|losing) (?:everything|it all|all i had|all i have)\b|\b(?:${IVE}|i've already|ive already|i have already|haven't i|havent i) (?:been )?(?:punished|suffered|paid) enough\b|\bi (?:haven't|havent|have not) been (?:sleeping|eating|coping)\b|\bmy (?:whole )?(?:life|world) (?:has|'s|s)? ?(?:fallen|fell|crumbled|collapsed|come) (?:apart|to pieces|crashing down)\b|\bi(?:'ve| have|ve)? (?:been )?(?:cry|cried|crying) (?:myself to sleep|every (?:night|day)|all the time|for (?:days|weeks|hours|months))\b|\b(?:this|it|that|being \w+(?: \w+){0,4}|not seeing (?:you|u|the kids|them)|losing (?:you|u)|the guilt|the shame|the silence|what i did)(?: is| has been|'s been|s been|'s|s) (?:(?:slowly|literally|honestly|really|just) )?(?:tearing|ripping|eating|killing|destroying|breaking) me(?: up| apart| alive| inside| from the inside)?\b|\b(?:stop|keep|been|am|i'm|im|can't stop|cant stop) beating myself up\b|\b(?:eating|gnawing|tearing|picking) (?:away )?at me\b|\bi (?:can't|cant|cannot|can barely|can hardly) (?:even )?look (?:at )?myself in the (?:mirror|eye)\b|\b${IM} (?:really |just |honestly )?not (?:doing (?:well|great|good|ok|okay)|in a good (?:place|way|headspace)|coping)\b|\bi (?:get|have|'ve been having|ve been having|have been having|keep having) (?:panic|anxiety) attacks\b|\bi (?:feel|am|'m|m) (?:so |really |completely |totally |utterly )?(?:alone|isolated|empty|hopeless|numb)\b(?! (?:in (?:this|that)|with)\b)|\b${IM} the (?:real |only |true )?victim\b|\b(?:${IVE}|i've just|ive just) been (?:so |really |completely |totally |such )?(?:a wreck|a mess|falling apart|depressed|miserable|in (?:a )?(?:really |very )?(?:dark|bad|terrible|awful|low) (?:place|way|state)|in hell|in bits|in pieces|in tears|gutted|destroyed|shattered|going through hell|suffering|beating myself up|sick to my stomach|sick with (?:worry|guilt)|losing sleep|crying|devastated|heartbroken|struggling so|struggling|lonely|broken|a shell)\b|\b${IM} (?:(?:so|really|completely|totally|just|literally|honestly|actually|slowly) )*(?:falling apart|a wreck|so depressed|depressed|miserable|suffering|devastated|heartbroken|so lonely|lonely|broken|barely (?:holding|coping|surviving|functioning)|struggling|in (?:a )?(?:really )?(?:dark|bad) place|sick (?:to my stomach|with guilt)|beating myself up|trying so hard|trying really hard|doing my best here)\b|\b(?:lost|i've lost|ive lost|i have lost) (?:like |about |nearly |almost |over )?\d+ ?(?:kilos|kg|pounds|lbs|stone)\b|\bmy (?:mum|mom|mother|dad|family|friends|sponsor|doctor|therapist) (?:is|are|has been|have been) (?:so |really )?worried (?:sick )?about me\b|\b(?:so )?depressed (?:since|that i)\b)`),
      // "I can't sleep with the neighbours' dog barking": an outside cause, not their harm.
      // "You made me so angry I couldn't think straight", "I hid the letters because I couldn't
      // cope": a past state named as the cause of the act (blame or excuse), not pain asked to be eased.
      unless: (norm, _m, span) =>
        (/^i (?:couldn't|couldnt|could not) (?:even )?(?:think straight|focus|cope|breathe)$/.test(norm.slice(span.start, span.end)) &&
          /(?:\b(?:so|too) (?:\w+ ){1,3}(?:that )?|\b(?:because|cos|cuz|coz|since) )$/.test(norm.slice(Math.max(0, span.start - 40), span.start))) ||
        /^(?:i (?:can't|cant|cannot|can barely|could barely|can hardly|couldn't|couldnt) (?:even )?(?:sleep|focus|work|think straight|breathe))$/.test(norm.slice(span.start, span.end)) &&
        /^ (?:with|because of|for|through|in) (?:the|a|this|that|all (?:the|this|that)|my neighbou?rs?'?|our)\b(?! (?:guilt|shame|thoughts?|memor|knowledge|weight|regret))/.test(norm.slice(span.end, span.end + 40)),
    },
    {
      // "this has been so hard for me", "You have no idea how hard this year has been for me"
      needs: ['for me', 'on me', 'of my life', 'no idea', 'how humiliating', 'how hard', 'how painful', 'how embarrassing', 'how difficult', 'how awful', 'how horrible', 'how lonely', 'hardest'],
      re: rx(raw`(?<s>\b(?:(?:this|that|the)(?: whole)? (?:thing|situation|process|time|year|experience|past year|last year|divorce|breakup|separation|court case|mess)|this|it|that|getting sober|getting clean|recovery|sobriety|rehab|detox|the last (?:year|few months|months|few weeks)|this year|these months|everything|life) (?:has been|is|was|'s been|s been|have been) (?:so |really |incredibly |very |such |the )?(?:hard|difficult|painful|tough|brutal|hell|awful|torture|agony|a nightmare|hardest|worst|rough)\b[^.!?;,]{0,20}?\b(?:for me|on me|of my life)\b|\b${YOU} (?:have|'ve|ve) no idea (?:how (?:hard|much|difficult|painful|bad|awful|tough|brutal|horrible|lonely|sick)|what (?:i'm|im|i am|i've|ive|i have|i went|it's|its|it has|it's been|this has)\b)[^.!?;]{0,40}|\b(?:do|don't|dont|can) ${YOU} (?:even )?(?:know|have any idea|imagine|understand) how (?:humiliating|hard|painful|embarrassing|difficult|awful|horrible|lonely)\b[^.!?;]{0,30}\bfor me\b|\bthe hardest (?:year|time|thing|months?) of my life\b)`),
      // "you have no idea how much I owe you": gratitude, not pain
      unless: (norm, _m, span) => /\bno idea how much (?:i |you |u )?(?:owe|love|miss|mean|meant|appreciate|respect)/.test(norm.slice(span.start, span.end)),
    },
    {
      // asking for comfort or support: "I could really use your support", "so I can move on with my recovery"
      needs: ['one', 'unfairly', 'harshly', 'wrongly', 'unjustly', 'life', 'nobody', 'no one', 'noone', 'no-one', 'pain', 'agony', 'support', 'help', 'love', 'comfort', 'understanding', 'sympathy', 'patience', 'so i can', 'so that i can', 'off my chest', 'conscience', 'peace of mind', 'sanity', 'die without', 'without you', 'without u', 'miss '],
      re: rx(raw`(?<s>\bi (?:could (?:really )?use|really need|need|want) (?:${YOU}r |ur |your )(?:support|help|love|comfort|understanding|sympathy|patience)\b|\bso (?:that )?i can (?:finally |at last |just )?(?:move on|heal|get better|start getting better|start healing|sleep|feel better|have (?:some )?peace|find peace|finish (?:my|this|the) (?:step|steps)|close this chapter|put this behind me|forgive myself|live with myself|stay sober)\b|\b(?:get (?:this|it) off my chest|clear my conscience|ease my conscience|for my (?:own )?(?:peace of mind|conscience|sanity))\b|\bi (?:don't|dont|do not) want to die without\b|\bmy (?:whole )?life (?:is|has been|'s been|is just) (?:falling apart|a mess|over|ruined|hell|a nightmare|in pieces|destroyed)\b|\b(?:i am|i'm|im|i feel|i've been|i have been|i was|i feel like i'm|i feel i am|i feel like i am) (?:being )?(?:so |really |very |totally |completely )?(?:unfairly|harshly|wrongly|unjustly) (?:judged|treated|punished|blamed|attacked|criticised|criticized|singled out)\b|\b(?:i'm|im|i am) the one (?:who|that) (?:has|have|gets|got) to (?:live with|suffer|deal with|carry|pay for)\b[^.!?;,]{0,20}|\b(?:nobody|no one|noone|no-one) (?:understands|gets|knows|cares about|sees|cared|cares|was there for|is there for|helped|checks on) (?:what|how|me|about me)\b[^.!?;,]{0,30}|\b${IM} in (?:so much|such|a lot of|constant|real|terrible|agony) (?:pain|agony|torment|hell)\b|\bi (?:can't|cant|cannot) (?:do this|live|go on|cope|carry on|get through this|manage|survive|function) without (?:you|u)\b|\bi miss (?:${YOU}|us) so (?:much|badly)\b)`),
    },
    {
      // my suffering kept in view: "I feel so guilty all the time", "I'm hurting too", "it's been
      // tough on me", "I'm the one who lost everything", "I'm paying for it every day", "I'll never
      // forgive myself", "I'm disgusted with myself", "I feel like crap", "I don't deserve to be loved"
      needs: ['guilty', 'hurting', 'suffering', 'hurts me', 'hurt too', 'tough', 'hard', 'rough', 'difficult', 'painful', 'brutal', 'heavy', 'awful', 'one', 'paying', 'paid', 'forgive myself', 'disgusted', 'sick of', 'stand myself', 'look at myself', 'feel like', 'deserve', 'better about', 'peace of mind', 'recovery', 'sober', 'sobriety', 'healing', 'step', 'sponsor'],
      re: rx(raw`(?<s>\bi (?:feel|felt|have felt|'ve felt|ve felt) (?:so |really |very |incredibly |terribly )?guilty (?:all the time|every (?:day|night|single day)|constantly|24/7|non-?stop|that i can't|that i cant|i can't|i cant)\b[^.!?;,]{0,15}|\b(?:i'm|im|i am|i was) (?:hurting|suffering|in pain|struggling|grieving) too\b|\bit hurts me too\b|\b(?:been|is|was|has been|'s been|s been) (?:so |really |very |incredibly |pretty )?(?:tough|hard|rough|difficult|painful|brutal|heavy|awful) on me\b|\b(?:i'm|im|i am|i was) the one (?:who|that) (?:lost|suffers|suffered|has to live|had to live|paid|pays|got hurt|is hurting|was hurting)\b[^.!?;,]{0,20}|\b(?:i'm|im|i am|i've been|ive been|i have been) paying for (?:it|this|that|what i did) (?:every (?:day|single day)|ever since|daily|all the time)\b|\bi(?:'ve| have|ve) (?:already )?paid (?:enough|my dues|for it (?:enough|a thousand times))\b|\bi(?:'ll| will|ll) never (?:be able to )?forgive myself\b|\bi(?:'m| am|m) (?:so |really |completely )?(?:disgusted with|sick of|ashamed of) myself\b(?! for (?:how|what|the way|lying|stealing|hurting|taking|not))|\bi (?:can't|cant|cannot) (?:stand|bear) (?:myself|to look at myself)\b|\bi (?:feel|felt) like (?:crap|shit|garbage|dirt|a piece of (?:shit|crap|garbage)|scum|a monster|the lowest of the low)\b|\bi (?:don't|dont|do not) deserve (?:to be loved|love|anyone|to be happy|happiness|a family|friends|anything good|good things)\b|\bfeel better about myself\b|\bfor my own peace of mind\b|\bi (?:need|have|want) to (?:do|write) this (?:for my (?:recovery|sobriety|healing|program|step ?work)|to stay (?:sober|clean)|so i can (?:stay sober|heal|move on|finish))\b|\bmy sponsor (?:says|said|told me|thinks) i (?:need|have|should|ought) to (?:do|write|send) this\b)`),
    },
    {
      // what the writer has been through, put before them: "I've been going through a lot lately",
      // "spare a thought for what I've been through", "nobody knows the hell I've been through"
      needs: ['through', 'going'],
      re: rx(raw`(?<s>\b(?:i've|ive|i have|i've been|ive been|i have been|i'm|im|i am|i've just been)(?: been)? (?:going |gone )?through (?:a lot|so much|such a lot|(?:a|such a) (?:hard|rough|tough|difficult|dark) time|hell|absolute (?:hell|torture)|torture|a nightmare|the wringer)\b(?: (?:too|myself|lately|as well|recently))?|\b(?:know|understand|imagine|see|spare a thought for|think about|thought about|care about|idea|asked about|appreciate|ask about) (?:what|the hell|all) i(?:'ve| have|ve)? (?:been )?(?:going|gone|went|been) through\b)`),
      // "I know I put you through a lot", "you've been through hell because of me": their pain
      unless: (norm, _m, span) => /\b(?:because of|for) me\b/.test(norm.slice(span.end, span.end + 12)),
    },
    {
      // the writer's pain spelled out: "it's crushed me", "the guilt is going to kill me", "I'm
      // exhausted from feeling like this", "how much pain I'm in", "it sits like a weight on my chest"
      needs: ['crushed', 'destroyed', 'broken', 'broke', 'gutted', 'wrecked', 'shattered', 'floored', 'devastated', 'kill', 'destroy', 'finish', 'exhausted', 'drained', 'worn', 'pain', 'agony', 'hurt', 'suffered', 'struggled', 'cried', 'weight', 'weighs', 'weighing', 'low', 'shaking', 'sweating', 'heartbreaking', 'devastating', 'agonising', 'agonizing', 'unbearable', 'soul-destroying', 'torture', 'humiliating'],
      re: rx(raw`(?<s>\b(?:has|have|it|this|that|had|which|just|really|nearly|almost|completely|totally) (?:nearly |almost |completely |totally |really |just |honestly )?(?:crushed|destroyed|broken|broke|gutted|wrecked|shattered|floored|devastated) me\b(?! (?:out|free|up))|\b(?:this|the|my) (?:guilt|shame|pain|regret|secret) (?:is|'s|s) (?:going to|gonna) (?:kill|destroy|finish) me\b|\b(?:i'm|im|i am) (?:so |really |just |completely |totally )?(?:exhausted|drained|worn out) (?:from|by|with) (?:feeling|all|this|the guilt|carrying|trying)\b|\bhow much (?:pain|agony|hurt) (?:i'm|im|i am|i've been|ive been|i was) in\b|\bhow much i(?:'ve| have|ve)? (?:suffered|struggled|cried)\b|\bi was in (?:agony|pain|bits|pieces|hell) (?:every|all|day)\b|\b(?:i'm|im|i am|i've been|ive been|i have been|i feel|i'm feeling|im feeling|i am feeling|i've been feeling|ive been feeling) (?:so |really |very |pretty )?low\b(?! (?:on|in|key|level|risk))|\b(?:like )?a (?:weight|stone|rock) on my (?:chest|heart|shoulders)\b|\bi was (?:shaking|sweating|vomiting|being sick|throwing up) every (?:morning|day|night)\b|\b(?:heartbreaking|devastating|agonising|agonizing|unbearable|soul-destroying|torture|humiliating) for me\b)`),
    },
    {
      // the body keeping score, offered as the story: "I haven't had one full night's sleep", "I've had
      // to go on antidepressants", "my blood pressure's through the roof", "I lost two stone",
      // "I've been having panic attacks", "I cry every time I pass the house", "I lie awake"
      needs: ['had', 'antidepressants', 'anti-depressants', 'sleeping', 'blood', 'anxiety', 'nerves', 'lost', 'panic', 'cry', 'sob', 'weep', 'wept', 'sobbed', 'cried', 'broke down', 'break down', 'crying', 'sobbing', 'lie', 'lay', 'replaying'],
      re: rx(raw`(?<s>\bi (?:haven't|havent|have not|hadn't|hadnt) had (?:a|one|a single) (?:full |proper |decent |good |whole )?night'?s sleep\b|\b(?:i've|ive|i have|i|i've been|ive been|i have been) (?:had to )?(?:go|gone|went|been put|put|started) on (?:antidepressants|anti-depressants|sleeping pills|anxiety (?:meds|medication|pills))\b|\bmy (?:blood pressure|anxiety|nerves)(?:'s| is|s| has been|'s been)? (?:through the roof|shot|in bits|wrecked|off the charts)\b|\blost (?:like |about |nearly |almost |over )?(?:a|one|two|three|four|five|half a) (?:stone|kilos)\b|\bi(?:'ve|ve| have)? (?:been )?having panic attacks\b|\bi (?:cry|sob|weep) (?:every|all|each|whenever|when i)\b|\bi(?:'ve| have|ve)? (?:wept|sobbed|cried) more\b|\bi broke down (?:at|in|during|on|crying|in tears)\b|\b(?:been )?(?:crying|sobbing) (?:all|every) (?:week|day|night|month|morning)\b|\b(?:replaying|reliving) it (?:and|while) (?:sobbing|crying)\b|\bi (?:lie|lay) (?:there |awake )(?:replaying|crying|sobbing|every night|all night|at night)\b)`),
    },
    {
      // judging themselves in front of them: "I'm nothing but a liar", "the lowest of the low", "I
      // still feel worthless", "I wreck everything I touch", "everyone would be better off without me"
      needs: ['nothing', 'just', 'lowest', 'low', 'feel', 'wreck', 'ruin', 'destroy', 'spoil', 'poison', 'better off'],
      re: rx(raw`(?<s>\b(?:i'm|im|i am) (?:just |nothing but |nothing more than |no more than )(?:a |an )?(?:drunk|liar|addict|junkie|thief|failure|burden|loser|drunk and a liar|waste of space)\b|\bthe lowest of the low\b|\bhow low i(?:'ve| have|ve)? (?:sunk|fallen|got)\b|\bi (?:still )?feel (?:so |completely |totally |utterly |really )?(?:worthless|useless|pathetic|disgusting|like a failure|like nothing|like dirt)\b|\bi (?:wreck|ruin|destroy|spoil|poison) everything(?: i touch| good| i love)?\b|\b(?:everyone|everybody|you|u|the kids|you all|they|the world|the family)(?:'d| would| wud| wd|d) (?:all )?be better off without me\b)`),
    },
    {
      // asking to be held up: "could really do with a friendly voice", "I need you to tell me I'm not a
      // bad person", "I need to hear you say it's okay", "I can't get better until you forgive me"
      needs: ['do with', 'use', 'need', 'tell', 'hear', 'better', 'heal', 'sober', 'lonely', 'know', 'idk', 'genuinely', 'honestly', 'really', 'literally', 'seriously', 'spare'],
      re: rx(raw`(?<s>\b(?:could|cud|cld) (?:rly |really |do |sure )?(?:do with|use) (?:a friendly voice|a friend|someone to talk to|a hug|a chat|some support|a kind word|someone in my corner|you in my corner)\b|\bi (?:need|want) (?:you|u) to (?:tell|show|reassure) me (?:that )?(?:i'm|im|i am|it's|its|it is|we're|were) (?:not a bad|a good|okay|ok|alright|not a monster|not evil|still)\b|\bi need to hear (?:you|u) say\b|\bi (?:can't|cant|cannot|won't be able to|wont be able to) (?:get better|heal|stay sober|stay clean|move on|recover) (?:until|unless|without) (?:you|u)\b|\b(?:don't|dont|idk|do not|i don't|i dont) know how (?:i'm|im|i am|i'll|ill) (?:gonna |going to )?(?:stay sober|stay clean|cope|get through|survive|go on)\b|\bi (?:genuinely|honestly|really|just|literally|seriously) (?:can't|cant|cannot) (?:cope|go on|do this anymore|function|breathe)\b|\b(?:it's|its|it has|it's been|its been|it has been) (?:so |really |very |pretty )?lonely\b(?! for (?:you|u|her|him|them))|\bspare a thought for (?:me|what i|how i)\b)`),
    },
    {
      // the losses listed and the world turned hostile: "I lost my job, my flat, my licence", "I'm the
      // one who's been left with nothing", "everyone's turned against me", "the worst year of my
      // life", "some days I don't think I'll make it", "you don't know what it's like waking up"
      needs: ['lost', 'one', 'turned', 'worst', 'hardest', 'darkest', 'make it', 'survive', 'know', 'idea', 'imagine', 'understand', 'world', 'move back', 'how hard', 'how difficult', 'how painful', 'how tough', 'how lonely', 'how humiliating', 'how embarrassing', 'live with', 'punishing', 'punished', 'torturing', 'tormenting'],
      re: rx(raw`(?<s>\b(?:i |i've |ive |i have )?lost my (?:job|flat|house|home|licen[cs]e|car|friends|marriage|family|business|savings)(?:,? (?:and )?(?:my (?:job|flat|house|home|licen[cs]e|car|friends|marriage|family|business|savings|health|kids)|everything)){2,}\b|\b(?:i'm|im|i am|i was) the one (?:who's|whos|who has|who is|that's|thats|who was|who) (?:been )?(?:left with nothing|lost everything|in hospital|homeless|alone now|on my own)\b|\b(?:everyone|everybody|the whole family|all my friends|my whole family|my family)(?:'s| has|s|'ve| have)? turned (?:against|their backs on) me\b|\b(?:the )?(?:worst|hardest|darkest) (?:year|time|months?|weeks?|period|days?) of my life\b|\bthe hardest thing i(?:'ve| have|ve)? ever (?:done|had to do)\b(?! (?:to|for) (?:you|u))|\b(?:some days )?i (?:don't|dont|do not) (?:think|know if) i(?:'ll| will|ll|'m going to|m going to|'m gonna|m gonna) (?:make it|survive|get through (?:this|it))\b|\b(?:you|u) (?:don't|dont|do not|will never|'ll never|ll never|can't|cant|cannot) (?:know|imagine|understand) (?:what it's like|what its like|what it was like|how (?:sick|bad|hard|low|ill|scared) i (?:was|am|felt)|how much i(?:'ve| have|ve)? (?:suffered|hurt|cried|struggled))\b[^.!?;]{0,30}|\b(?:do|did|does) (?:you|u) (?:have )?any idea (?:what (?:it's|its|it has|it's been|its been|it was) like|how (?:hard|much|bad|awful)) (?:for me|i)\b[^.!?;]{0,20}|\b(?:you|u)(?:'ve|ve| have) no idea how (?:hard|humiliating|embarrassing|painful|lonely|awful|much)\b[^.!?;]{0,40}|\bmy (?:whole )?world (?:ended|fell apart|collapsed|caved in|came crashing down|stopped)\b|\bi(?:'ve| have|ve) had to move back (?:in )?with my (?:mum|mom|mam|parents|dad|mother|father)\b|\bhow (?:hard|difficult|painful|tough|rough|lonely|humiliating|embarrassing) (?:this|it|that|the last \w+|these \w+|this \w+)(?: has been|'s been|s been| is| was) for me\b|\b(?:i've|ive|i have|i've been|ive been|i have been|i'm|im|i am|i keep|been) (?:punishing|punished|torturing|tormenting) myself\b|\bi (?:have|'ve got|ve got|'ll have|will have|ll have) to live with myself\b)`),
      // "the worst day of my life was the day I hurt you" stays; "you've no idea how much I owe you" is gratitude
      unless: (norm, _m, span) => /\bno idea how much\b/.test(norm.slice(span.start, span.end)) && /\b(?:owe|love|miss|mean|appreciate|respect)\b/.test(norm.slice(span.start, span.end)),
    },
    {
      // the tally of suffering won: "no one has paid a higher price than me", "I've suffered way more
      // than you", "everyone else got off lightly", "I'm the only one who gets punished"
      needs: ['no one', 'nobody', 'noone', 'no-one', 'suffered', 'lost', 'paid', 'hurt', 'struggled', 'been through', 'got off', 'only one'],
      re: rx(raw`(?<s>\b(?:no one|nobody|noone|no-one) (?:has |had |'s |ever )?(?:paid|suffered|lost|hurt|struggled|been hurt) (?:a )?(?:higher price|bigger price|more|as much|worse)\b[^.!?;,]{0,30}?\bthan (?:me|i (?:have|did)|myself)\b|\bi(?:'ve| have|ve)? (?:suffered|lost|paid|hurt|struggled|been through) (?:way |far |much |a lot |so much )?more than (?:you|u|anyone|anybody|any of you|all of you|everyone)\b|\b(?:everybody|everyone|you all|the rest of (?:you|them|us)|they|you|u) (?:else )?got off (?:lightly|light|easy|easily)\b|\b(?:i'm|im|i am|i was) the only one (?:who|that) (?:ever )?(?:gets?|got|is|was) (?:punished|blamed|judged|in trouble)\b)`),
    },
    {
      // "it's been so hard for me", "my pain has been destroying me": contractions and subjects the
      // older patterns miss; "nobody knows the hell I've been through", "I was going through a lot too"
      needs: ['for me', 'on me', 'crushed', 'destroyed', 'broke', 'gutted', 'wrecked', 'shattered', 'floored', 'devastated', 'knows', 'going', 'through'],
      re: rx(raw`(?<s>\b(?:it|this|that|everything)(?:'s been|s been| has been) (?:so |really |incredibly |very |such |pretty |absolutely )?(?:hard|difficult|painful|tough|brutal|hell|awful|torture|agony|a nightmare|rough|horrible|heartbreaking) (?:for|on) me\b|\b(?:crushed|destroyed|broke|gutted|wrecked|shattered|floored|devastated) me\b(?! (?:out|free|up|down|in))|\b(?:nobody|no one|noone|no-one|you|u|nobody really) (?:knows|know|understands|understand|gets) (?:what|the hell|all|how much) i(?:'ve| have|ve)? (?:been )?(?:going|gone|went|been) through\b|\bi was (?:going )?through (?:a lot|so much|hell|a hard time|a rough time|a tough time) (?:too|myself|as well)\b)`),
      // "you broke me out of it"; "it broke me to see you cry" stays (their pain as my pain)
      unless: (norm, _m, span) => /\b(?:you|u) (?:crushed|destroyed|broke|gutted|wrecked|shattered|floored|devastated) me$/.test(norm.slice(Math.max(0, span.start - 4), span.end)),
    },
    {
      // "I'm not sleeping", "how much I'm hurting", "I'm in a really bad way", "my mental health has
      // taken a hit"
      needs: ['not', 'barely', 'hardly', 'hurting', 'suffering', 'struggling', 'bad way', 'bad shape', 'mental', 'health', 'sleep'],
      re: rx(raw`(?<s>\b(?:i'm|im|i am) (?:not|barely|hardly) (?:sleeping|eating)\b(?! (?:at|over|in|round|with|on|out|there|here|anything but))|\bhow much (?:i'm|im|i am|i've been|ive been|i have been) (?:hurting|suffering|struggling)\b|\b(?:i'm|im|i am|i've been|ive been|i have been) (?:in )?(?:a )?(?:really |very |pretty )?bad (?:way|shape)\b|\bmy (?:mental health|health|sleep|nerves) (?:has|'s|s|have) (?:really |badly |seriously )?(?:suffered|taken a (?:hit|beating|toll)|gone downhill)\b)`),
    },
    {
      // the guilt lived in the body and the nights: "I cry about it most nights", "I beat myself up
      // over it", "my hands are shaking as I type", "I can't switch my brain off", "I've been sick over
      // it", "my anxiety has gone through the roof", "I've been in absolute bits", "i literally cant eat"
      needs: ['cry', 'sob', 'weep', 'beat', 'kick', 'hands', 'switch', 'turn', 'sick', 'ill', 'anxiety', 'stress', 'torturing', 'punishing', 'tormenting', 'dying', 'pieces', 'bits', 'agony', 'tatters', 'sleep', 'eat', 'killin', 'thru'],
      re: rx(raw`(?<s>\bi (?:cry|sob|weep) (?:about|over) (?:it|this|that|what i did)\b|\bi (?:beat|kick) myself up\b|\bmy hands (?:are|r|'re|were|keep) (?:\w+ )?shaking\b|\b(?:can't|cant|cannot) (?:switch|turn) my (?:brain|head|mind) off\b|\b(?:i've|ive|i have) been (?:sick|ill) (?:over|about) (?:it|this|that|what i did)\b|\bmy (?:anxiety|stress) (?:has|'s|s) (?:gone|been) through the roof\b|\b(?:stop|keep|am|i'm|im|been) (?:torturing|punishing|tormenting) myself\b|\bi (?:just |honestly )?feel like dying\b|\bi(?:'ve| have|ve)? been in (?:absolute |complete |utter )(?:pieces|bits|agony|tatters)\b|\bi (?:literally|honestly|genuinely|actually|really) (?:can't|cant|cannot) (?:sleep|eat)\b|\b(?:can't|cant|cannot) (?:sleep|eat) (?:knowing|thinking)\b|\b(?:it's|its|it is|this is|that's|thats) (?:\w+ )?killin me\b|\b(?:i've|ive|i have)(?: been| gone)? thru (?:hell|so much|a lot)\b|\bin agony every (?:night|day|morning)\b)`),
    },
    {
      // asking them to reassure me: "I just need to hear you don't hate me", "tell me I'm not a
      // monster", "tell me it's going to be okay", "I can't lose you", "your forgiveness is the only
      // thing keeping me sober", "if you don't forgive me I don't know what I'll do"
      needs: ['hate', 'tell', 'say', 'lose', 'forgiveness', 'forgive'],
      re: rx(raw`(?<s>\b(?:need to hear|need to know|tell me|say) (?:that )?(?:you|u) (?:don't|dont|do not) hate me\b|\btell me (?:that )?(?:i'm|im|i am) not (?:a (?:monster|bad person|terrible person|bad \w+)|evil|that bad)\b|\b(?:tell|say to) me (?:that )?(?:it's|its|it is|it'll|itll|it will|everything's|everything is|everything will|we're|we are) (?:gonna |going to )?be (?:ok|okay|alright|all right|fine)\b|\bi (?:can't|cant|cannot) lose (?:you|u)\b|\b(?:your|ur) forgiveness is (?:the only thing|all) (?:that )?(?:will |can |would )?(?:keep|keeps|keeping) me (?:sober|clean|going|alive)\b|\bif (?:you|u) (?:don't|dont|do not|won't|wont) forgive me,? i (?:\w+ )?(?:don't|dont|do not) know what i(?:'ll| will|ll|'d|d) do\b)`),
    },
    {
      // my losses and my loneliness set beside theirs: "the drink took so much from me too", "it ruined
      // my life as much as yours", "nobody in the family talks to me any more", "nobody asks how I'm
      // coping", "since you left I've had no one", "Christmas alone was unbearable", "trust me, I've paid"
      needs: ['took', 'taken', 'ruined', 'messed', 'screwed', 'reputation', 'career', 'nobody', 'no one', 'noone', 'christmas', 'birthday', 'birthdays', 'holidays', 'weekends', 'trust me', 'believe me', 'lost', 'low', 'head', 'harder', 'worse', 'tougher', 'worth', 'hate', 'live with', 'forgiven'],
      re: rx(raw`(?<s>\b(?:took|has taken|taken|stole|has stolen) (?:so much|everything|a lot) from me too\b|\bruined my life (?:just )?as much as\b|\b(?:messed|screwed|fucked) me up (?:worse|more) than\b|\bmy (?:reputation|career|name)(?: at work)? (?:is|'s|s|has been) (?:in tatters|ruined|destroyed|in ruins)\b|\b(?:nobody|no one|noone)(?: (?:in (?:the|my) family|at home|at work|round here))? (?:even )?(?:talks|speaks) to me (?:any ?more|now)\b|\b(?:nobody|no one|noone) (?:ever )?asks (?:how|if) (?:i'm|im|i am)\b|\b(?:i've|ive|i have) had (?:nobody|no one|noone)\b|\b(?:christmas|birthdays?|the holidays|new year|weekends?) (?:on my own|alone|by myself) (?:was|were|has been|have been|is) (?:unbearable|hell|awful|torture|so hard|horrible|miserable|so lonely)\b|\b(?:trust me|believe me),? (?:i've|ive|i have) paid\b|\blost my (?:job|flat|house|home|licen[cs]e|car|marriage|business|savings),? my (?:job|flat|house|home|licen[cs]e|car|marriage|business|savings),? and (?:most of |all of |half of )?my (?:friends|family|savings|mates|kids)\b|\blost (?:the|my) (?:kids|house|job|home),? (?:the|my) (?:kids|house|job|home|car),? (?:and )?everything\b|\bhow low (?:i've|ive|i have|i'd|i had) been\b|\b(?:barely|hardly) keeping my head above water\b|\b(?:so much |much |way |far )?(?:harder|worse|tougher) than (?:anyone|anybody|people) (?:realises|realizes|realise|realize|knows|know|thinks|think|can imagine)\b|\b(?:i'm|im|i am) not worth (?:it|the effort|the trouble|saving|your time|loving)\b|\bi hate (?:who|what) i(?:'ve| have|ve)? become\b|\b(?:don't|dont|do not) know how (?:to|i can|i'll|ill|i will) live with myself\b|\b(?:i've|ive|i have) never forgiven myself\b)`),
    },
    {
      // the guilt itself made the subject: "I'm struggling so much with the guilt", "I'm drowning in
      // shame", "I carry so much guilt it's affecting my health", "the guilt is unbearable"
      needs: ['guilt', 'shame'],
      re: rx(raw`(?<s>\b(?:struggling|drowning|consumed|eaten up|overwhelmed|crippled|paralysed|paralyzed|tormented|haunted|wracked|racked|riddled) (?:so much |so badly |every day )?(?:with|by|in) (?:the |my |this |all this |so much |such )?(?:guilt|shame)\b|\b(?:carrying|carry|live with|living with) (?:so much|such|this much|all this|this) (?:guilt|shame)\b|\bthe (?:guilt|shame)(?: of it)? (?:is|has been|'s been|s been|was) (?:(?:just|so|almost|completely) )?(?:unbearable|overwhelming|crushing|too much|suffocating|killing me|destroying me|consuming me)\b)`),
    },
    {
      // my side asked for: "what about me?", "my feelings matter too", "it isn't easy for me either",
      // "I'm the one suffering here", "I feel so lost and broken", "I'm not okay"
      needs: ['what about', 'feelings', 'easy', 'one', 'lost', 'broken', 'defeated', 'okay', 'ok'],
      re: rx(raw`(?<s>\bwhat about (?:me|my feelings|how i feel|what i(?:'m| am|m) going through)\b|\b(?:my feelings (?:matter|count)|i have feelings) too\b|\b(?:this|it)(?:'s| is|s)? (?:not|n't|isn't|isnt) (?:been )?easy (?:for|on) me either\b|\b(?:i'm|im|i am) the one (?:suffering|hurting|in pain)\b|\bi (?:feel|felt|'ve felt|ve felt|have felt) (?:so |really |completely |totally )?(?:lost|broken|defeated)\b(?! (?:for words|my|the|your|ur|a|an)\b)|\b(?:i'm|im|i am) (?:really |just |honestly |so )?not (?:ok|okay)(?=\s*(?:[.!,;]|$| right now| at all))\b)`),
    },
    {
      // the guilt turned over and over, shown to them: "I can't stop thinking about it", "I have to
      // look at myself in the mirror every morning", "I've been in agony over it", "I'm going crazy
      // here", "it's taken a toll on me", "I cried the whole way home", "I can't take this any more"
      needs: ['stop', 'mirror', 'agony', 'torment', 'turmoil', 'anguish', 'crazy', 'insane', 'mad', 'nuts', 'out of my', 'toll', 'cried', 'sobbed', 'wept', 'bawled', 'crying', 'sobbing', 'stand', 'bear', 'take', 'handle'],
      re: rx(raw`(?<s>\bi? ?(?:can't|cant|cannot|can not) stop (?:thinking|going over it|replaying it|obsessing)(?: (?:about|bout|abt|of|over) (?:it|this|that|everything|all of it|that night|that day))?(?=\s*(?:[.!?,;]|$|and\b|but\b))|\bi (?:have to|'ve got to|ve got to|got to|gotta|must) (?:look at|face) myself in the mirror\b|\b(?:i've|ive|i have|i've been|ive been|i have been|i'm|im|i am)(?: been)? in (?:such |absolute |complete |utter |real |constant |total )?(?:agony|torment|turmoil|anguish)\b|\b(?:i'm|im|i am) (?:slowly |literally )?(?:going|gonna go|going to go) (?:crazy|insane|mad|nuts|out of my (?:mind|head)|round the bend)\b|\b(?:taken|took|taking|takes) (?:a|an|its|such a|a real|a huge|a heavy|a massive) (?:\w+ )?toll on me\b|\bi (?:cried|sobbed|wept|bawled|was crying|was sobbing) (?:the whole|all the|all) (?:way|drive|night|day|journey|weekend|time|evening|trip|ride)(?: home| back)?\b|\bi (?:cried|sobbed|bawled) my eyes out\b|\bi (?:can't|cant|cannot) (?:stand|bear|take|handle) (?:this|it) (?:any ?more|much longer|any longer)\b|\bi (?:can't|cant|cannot) (?:stand|bear) this(?=\s*(?:[.!?,;]|$)))`),
    },
    {
      // the letter's cost to me put first: "apologising doesn't come easy to me, so this is a big
      // deal", "this is a huge step for me", "you can't imagine how hard the guilt has been on me",
      // "things were very hard for me", "I'm not a good person"
      needs: ['come', 'big deal', 'step', 'imagine', 'know', 'understand', 'idea', 'not', 'things'],
      re: rx(raw`(?<s>\b(?:apologi[sz]ing|saying sorry|admitting (?:i'm|im|i am|i was) wrong|this|writing this|saying this|opening up) (?:doesn't|does not|doesnt|don't|dont|isn't|isnt|is not) (?:come )?(?:easy|easily|naturally)(?: (?:to|for) me)\b|\bso this is (?:a )?(?:really |very |such a |huge |massive |big )*(?:big deal|huge step|big step|massive step)\b|\b(?:this|writing this|saying this|sending this|this letter) is (?:a )?(?:really |very |such a )?(?:big deal|huge step|big step|massive step|huge deal) for me\b|\b(?:do|don't|dont|can|can't|cant|cannot) ${YOU} (?:even )?(?:know|imagine|understand|have any idea) how (?:hard|heavy|tough|painful|brutal|difficult)\b[^.!?;]{0,30}\bon me\b|\b${YOU} (?:can't|cant|cannot|could never|will never|won't ever) (?:even )?(?:imagine|understand|know) how (?:hard|painful|difficult|tough|lonely|awful|heavy)\b(?! (?:it|this|that) (?:was|has been|must have been|is) for (?:you|u))|\bthings (?:were|have been|got|had been|'ve been) (?:so |very |really |incredibly |pretty )?(?:hard|difficult|tough|rough|awful) (?:for|on) me\b|\b(?:${IM}|i know i'm|i know im) (?:just )?not (?:a )?(?:good|nice|decent) (?:person|man|woman|human(?: being)?)\b(?! (?:to|for) ))`),
    },
    {
      // my peace made to wait on their answer: "I can't rest till we've talked", "can't concentrate on
      // anything until you reply", "I won't be able to move forward until you do"
      needs: ['can', 'won', 'wont', 'will', 'couldn'],
      re: rx(raw`(?<s>\b(?:can't|cant|cannot|can not|won't be able to|wont be able to|will not be able to|couldn't|couldnt)(?: even| really| properly)? (?:rest|relax|sleep|concentrate|focus|think straight|breathe|settle|move forward|move on|function|eat|cope|get on with (?:things|my life|anything)|calm down|switch off)\b(?: (?:on|about) (?:anything|it|this|that))?(?: properly)? (?:until|till|til|unless|before) (?:you|u|we|we've|weve|we have|i hear|i know|i get|i've heard|ive heard)\b)`),
    },
    {
      // nights and meals gone, told to them: "I've barely slept", "i've hardly eaten since", "I've
      // barely left the house"
      needs: ['barely', 'hardly', 'scarcely'],
      re: rx(raw`(?<s>\b(?:i've|ive|i have|i|i've been|ive been|i have been) (?:barely|hardly|scarcely) (?:slept|eaten|left the house|been out|closed my eyes|sleeping|eating|stopped crying)\b)`),
      // "I've barely slept with the baby teething": an outside cause, not their harm
      unless: (norm, _m, span) => /^,? (?:with|because of|for|in|through) (?:the|a|this|that|our|my (?:neighbou?rs?|new|shifts?|work|job|baby))\b(?! (?:guilt|shame|worry|thoughts?|memor))/.test(norm.slice(span.end, span.end + 40)),
    },
    {
      // no strength left, said to them: "I can't keep living like this", "i cant carry this any more",
      // "I just can't handle you being angry with me"
      needs: ['can', 'cant', 'cannot'],
      re: rx(raw`(?<s>\bi (?:just |really |honestly |literally )?(?:can't|cant|cannot|can not) (?:keep (?:living|going|doing this|on)|go on|carry on|live) like this\b|\bi (?:just |really |honestly |literally )?(?:can't|cant|cannot|can not) (?:carry|handle|bear|take) (?:this|it|all this) (?:any ?more|any longer|much longer|rn|right now)\b|\b(?:can't|cant|cannot|can not) (?:handle|bear|stand|take) (?:you|u) being (?:angry|mad|cross|upset|cold|silent|like this|this way)\b)`),
    },
    {
      // worn out by being the one blamed: "I'm so tired of being the bad guy", "sick of being treated
      // like a criminal", "I feel like I'm the one being punished"
      needs: ['tired', 'sick', 'fed', 'exhausted', 'one'],
      re: rx(raw`(?<s>\b(?:i'm|im|i am|i feel|i get|i'm getting|im getting)(?: (?:just|so|really|honestly|getting|absolutely))* (?:tired|sick|fed up|exhausted|sick to death|sick and tired) of being (?:the (?:bad guy|villain|bad one|scapegoat|problem|black sheep|punchbag|punching bag)|treated like (?:a |the )?(?:criminal|villain|monster|leper|bad guy|pariah|dirt|child)|blamed|punished|judged|made out to be)\b|\b(?:i'm|im|i am) the one (?:being|getting|who's being|who is being) (?:punished|blamed|judged|attacked)\b)`),
    },
    {
      // my heartbreak put in front of them: "it breaks my heart that you won't call", "it breaks my heart
      // to spend Christmas alone" ("it breaks my heart that I hurt you", "...to think what I did" is
      // remorse about them)
      needs: ['breaks', 'broke', 'breaking', 'broken'],
      re: rx(raw`(?<s>\b(?:it |that |this )?(?:breaks|broke|is breaking|'s breaking|s breaking|has broken) my heart (?:that|to)\b[^.!?;,]{0,40})`),
      unless: (norm, _m, span) => /\bmy heart (?:that (?:i|my)\b|to (?:think|know|see|hear|remember|realise|realize|admit)\b)/.test(norm.slice(span.start, span.end)),
    },
    {
      // their forgiveness or reply needed as a step of my own: "I need you to forgive me so I can get on
      // with things", "I need a reply before my meeting with my sponsor", "I need to hear you forgive me
      // before I can move on"
      needs: ['need'],
      re: rx(raw`(?<s>\bi (?:just |really |so |honestly )*need (?:you to forgive me|your forgiveness|(?:to hear|to know) (?:that )?(?:you|u) (?:say )?(?:you |u )?(?:forgive|have forgiven|forgiven) me|a (?:reply|response|answer)(?: from (?:you|u))?|to hear back(?: from (?:you|u))?)\b[^.!?;]{0,40}?(?:\bbefore (?:i|my)\b|\bso (?:that )?i can\b|\bor i (?:can't|cant|won't|wont)\b|\b(?:it's|its|it is) (?:part of|for) my (?:recovery|program|programme|step)))`),
    },
    {
      // the body keeping score, told as news for them: "I've had nightmares every night since", "I've
      // been signed off work", "I've dropped two dress sizes", "the guilt has wrecked my health", "I'm
      // literally shaking here"
      needs: ['nightmares', 'signed', 'sizes', 'size', 'health', 'shaking'],
      re: rx(raw`(?<s>\b(?:i've|ive|i have|i)(?: been)? (?:had|having|have) (?:bad |terrible |awful )?nightmares\b|\b(?:i've been|ive been|i have been|i was|i got|i'm|im|i am|been) signed off(?: work| sick| on the sick| with stress)\b|\b(?:dropped|lost) (?:a|one|two|three|four|\d+) (?:dress )?sizes?\b|\b(?:wrecked|ruined|destroyed|damaged|affecting|affected|taken a toll on|taking a toll on) my (?:health|physical health)\b|\b(?:i'm|im|i am) (?:literally |actually |still |honestly )?shaking (?:here|like a leaf|as i (?:write|type)|all over)\b|\bi (?:can't|cant|cannot) stop shaking\b)`),
    },
    {
      // how hard it has been for me, in the words the older patterns miss: "it was all too much for me",
      // "it was an extremely hard day for me as well", "the last ten years have been hell for me", "that's
      // really hard for me to hear", "you know how hard things were for me" ("it was a rough time for me
      // after the breakup" is an excuse's circumstance)
      needs: ['for me', 'on me'],
      re: rx(raw`(?<s>\b(?:(?:it|this|that|things|everything|life|(?:the|these|those) (?:last|past) (?:\w+ )?(?:years?|months?|weeks?|days?)|(?:these|those) (?:years|months|weeks|days)) (?:was|were|is|has been|have been|'s been|s been|had been)|that's|thats|it's|its)(?: (?:all|just|so|really|very|extremely|incredibly|absolute|pure|such|an?|honestly))* (?:hard|hell|too much|tough|difficult|painful|a nightmare|torture|awful|horrible|unbearable)(?: (?:day|year|week|few months))? (?:for|on) me\b|\bhow (?:hard|tough|difficult|rough|awful|painful) (?:things|it|life|everything) (?:was|were|has been|had been|got|is) for me\b)`),
    },
    {
      // my own wounds, vouched for by a professional: "my therapist says I'm carrying a lot of trauma of
      // my own", "my counsellor says I've got years of trauma to work through", "my therapist says I carry
      // too much" ("my doctor says depression played a part, but I made the choice" owns it)
      needs: ['therapist', 'counsellor', 'counselor', 'sponsor', 'doctor', 'psychologist', 'psychiatrist'],
      re: rx(raw`(?<s>\bmy (?:therapist|counsellor|counselor|sponsor|doctor|gp|psychologist|psychiatrist) (?:says|said|thinks|reckons|tells me|told me) (?:that )?i(?:'m| am|m|'ve| have|ve)? (?:got |been )?(?:too hard on myself|(?:carrying|carry|have|got) (?:so much|too much|a lot|years|trauma|guilt)\b|spiral?ling|traumati[sz]ed|(?:need|have) to (?:be kinder to|stop beating|look after|go easy on) myself|burn(?:ed|t) out)[^.!?;,]{0,30})`),
    },
    {
      // my loneliness laid on them: "I've got no one else now", "ive nobody left, ur all ive got", "I'm
      // lost without you" ("I've no one to blame but myself" owns it)
      needs: ['nobody', 'no one', 'noone', 'no-one', 'all', 'lost'],
      re: rx(raw`(?<s>\b(?:i've|ive|i have)(?: got)? (?:nobody|no one|noone|no-one) (?:else|left)\b(?! to blame)|\b(?:you're|youre|ur|you are|u r|your) all i(?:'ve| have|ve)? (?:got|have)(?: left)?\b|\b(?:i'm|im|i am) (?:so |completely |totally |just )?lost without (?:you|u)\b)`),
    },
    {
      // my lowest point, held up to them: "I've never felt this low in my life", "I'm at breaking point
      // myself", "I don't know how I'm still standing", "honestly I thought I was dying" ("you were at
      // breaking point because of me" is their pain)
      needs: ['never', 'breaking', 'tether', 'wits', 'lowest', 'still', 'dying', 'die'],
      re: rx(raw`(?<s>\b(?:i've|ive|i have) never (?:felt|been) (?:this|so) (?:low|bad|awful|terrible|alone|down|lonely)\b|\b(?:i'm|im|i am|i've been|ive been|i have been|i was) (?:at|near) (?:breaking point|the end of my tether|my wits'? end|my lowest)\b|\b(?:don't|dont|do not) know how (?:i'm|im|i am) still (?:standing|going|alive|here)\b|\bi (?:honestly |really |genuinely |actually )?thought i was (?:dying|going to die|gonna die)\b)`),
    },
    {
      // a public figure's own ordeal set beside the apology: threats received ("I've had death threats",
      // "people sending threats to our families"), nights without sleep ("neither of us has slept
      // properly"), the weeks as hard on the writer ("this week has been rough for us", "these last weeks
      // have been devastating for my family"), panic and hiding ("I've had panic attacks most nights")
      needs: ['threat', 'neither of us', 'been', 'panic', 'barely', 'hardly', 'no idea'],
      re: rx(raw`(?<s>\b(?:(?:i|we)(?:'ve| have|ve|'m| am|m|'re| are)? (?:had|been getting|been receiving|getting|receiving|received|got|gotten)|(?:my|our) (?:\w+ )?(?:has|have) (?:been )?(?:getting|receiving|received|had))(?: \w+)? (?:death )?threats\b|\b(?:sending|sent|send) (?:me|us|(?:my|our) (?:family|families|mum|mom|dad|wife|husband|kids|children|parents|partner)) (?:death )?threats\b|\b(?:sending|sent) (?:death )?threats to (?:me|us|(?:my|our) (?:own )?(?:family|families|mum|mom|dad|wife|husband|kids|children|parents|partner))\b|\bneither of us (?:has|have) (?:slept|had (?:a )?(?:proper |decent |good |full )?(?:night's |nights |night of )?sleep)\b|\b(?:it|this|these (?:last |past )?(?:few )?(?:weeks|days|months)|the (?:last|past) (?:few )?(?:weeks|days|months)|this (?:week|month|year|time|period))(?:'s| has| have|s) been (?:\w+ )?(?:hard|rough|tough|devastating|difficult|brutal|hell|awful|horrendous) (?:on|for) (?:me|us|my|our)\b|\b(?:you|u) (?:have|'ve|ve)? ?no idea what (?:the (?:last|past)|these|this|that) [^.!?;]{0,30}?\b(?:have|has|'s) done to (?:me|us)\b|\b(?:has|have) been (?:utterly |absolutely |truly )?(?:devastating|hell|brutal|a nightmare|torture) for (?:me|us)\b|\bi(?:'ve| have|ve)? (?:had|been having) (?:\w+ )?panic attacks\b|\b(?:barely|hardly) (?:left|leave|leaving) (?:my|our) (?:apartment|house|flat|room|home|bed)\b)`),
      unless: (norm, _m, span) => /\b(?:not|never|no)\s*$/.test(norm.slice(Math.max(0, span.start - 6), span.start)) || /\b(?:when|while) i was (?:drinking|using|gambling)\b/.test(norm),
    },
    {
      // own suffering weighed up and set beside theirs: "I have suffered a great deal", "ive suffered so
      // much over this", "trust me im hurting way more", "i'm hurting too"; not "you suffered so much"
      // nor suffering named as a cause ("I suffered from depression")
      needs: ['suffered', 'suffering', 'hurting'],
      re: rx(raw`(?<s>\bi(?:'ve| have|ve)? (?:suffered|been suffering) (?:so much|so badly|a great deal|a lot|terribly|enormously|greatly|immensely|hugely|massively|badly|way more|far more|much more|more than|just as much|as much|too|as well|plenty|loads)\b|\b${IM} (?:also |really |honestly |actually )?hurting (?:way more|far more|much more|more|so much more|just as much|as much|too|as well)\b)`),
    },
    {
      // asking them to prop the writer up: "I really need you in my corner", "i need u right now", "I need
      // you now more than ever"; not "I need you to know", "I need you to tell me what I owe"
      needs: ['need'],
      re: rx(raw`(?<s>\bi (?:really |just |desperately |so |truly |honestly )?need (?:you|u|ya|you guys|you all|all of you) (?:in my corner|on my side|by my side|right now|now more than ever|more than ever|so much right now|so badly)\b)`),
    },
  ],
  examples: {
    positive: [
      "I've not been able to eat properly since the funeral, and that's on me.",
      "cannae sleep, cannae eat, since that night",
      'I have suffered enormously over the last two years, believe me.',
      'ive been suffering way more than anyone knows',
      "I know you're upset, but honestly I'm hurting just as much.",
      'I really need you on my side right now, Mum.',
      'i just need u more than ever',
      "I've had death threats, people spamming my mom's Facebook, sponsors emailing.",
      "I've had people sending death threats to my mom.",
      "honestly this week has been rough for us, and neither of us has slept properly.",
      'These last weeks have been devastating for my family.',
      "I've had panic attacks most nights and I've barely left my apartment.",
      'You have no idea what the last few weeks have done to me and my family.',
      'To see my name dragged through the papers has been devastating for me and my family.',
      // a group's statement (its "we" reaches the rules read as "I": we-voice.ts)
      "This has been an incredibly difficult week for everyone at the company.",
      "Our whole team has been devastated by this week and many of us have not slept.",
      "It has been a very painful time for our club.",
      "This has been a hard few weeks for everyone at the club.",
      "Since you left I couldn't cope, and I still can't sleep.",
      'This has been so hard for me.',
      "I can't sleep at night.",
      "I'm such a terrible mother, I hate myself for it.",
      'i feel like total garbage, like the worst person alive',
      'I cry myself to sleep every night thinking about what I did.',
      "Getting sober has been brutal for me and I could really use your support right now.",
      'You have no idea how hard this year has been for me.',
      'im sorry for being me i guess',
      "I've cried myself to sleep since the day you moved out.",
      'Not seeing the kids is killing me.',
      'honestly im literally falling apart here',
      "The guilt has been eating me alive.",
      "I've been through hell these last few months.",
      "Haven't I been punished enough?",
      "My whole life has fallen apart since the court case.",
      "I haven't been sleeping since you left.",
      "I've lost everything, and nobody cared about me.",
      'It has been gnawing at me for weeks.',
      "I can't even look myself in the mirror.",
      "Honestly I'm not in a good place right now.",
      'I feel so alone without you.',
      "I'm the real victim in all this.",
      'I feel so guilty all the time.',
      "I'm hurting too, you know.",
      "It's been really tough on me.",
      "I'm the one who has to live with it every day.",
      "I'm paying for it every day.",
      "I'll never forgive myself.",
      "I'm disgusted with myself.",
      'i feel like crap about it',
      "I don't deserve to be loved.",
      'My sponsor says I need to do this.',
      "I've been going through such a hard time myself.",
      "im going through hell lately",
      "Please try to understand what I've been through.",
      "Losing the house has completely crushed me.",
      "This guilt is going to destroy me.",
      "I'm so drained from carrying all this.",
      "If you knew how much pain I've been in.",
      "ive been feeling really low since christmas",
      "It's been heartbreaking for me.",
      "I haven't had a proper night's sleep since.",
      "I've had to go on sleeping pills.",
      "My anxiety is through the roof.",
      "I've lost nearly a stone.",
      "ive been having panic attacks again",
      "I cry whenever I hear that song.",
      "I broke down in tears at work.",
      "I'm nothing but a drunk, I know that.",
      "Honestly I'm the lowest of the low.",
      "I still feel utterly worthless.",
      "I ruin everything I touch.",
      "The kids would be better off without me.",
      "I could really do with a friendly voice.",
      "I need you to tell me I'm not a bad dad.",
      "I can't stay sober unless you forgive me.",
      "i honestly cant cope anymore",
      "It's been so lonely since you left.",
      "I lost my job, my car and my friends.",
      "I'm the one who's been left with nothing.",
      "My whole family has turned against me.",
      "It's been the hardest year of my life.",
      "Some days I don't think I'll make it.",
      "You don't know what it's like to lose everything.",
      "You've no idea how humiliating the court case was.",
      "When you left my whole world fell apart.",
      "I've been punishing myself for months.",
      "No one has paid a higher price for this than me.",
      "I've suffered far more than you.",
      "You all got off lightly.",
      "I'm the only one who ever gets blamed.",
      "It's been really tough on me.",
      "Losing the job destroyed me.",
      "Nobody knows what I've been going through.",
      "I was going through a lot myself.",
      "I'm not sleeping much these days.",
      "If you knew how much I'm hurting.",
      "I've been in a really bad way.",
      "My mental health has taken a beating.",
      'I weep about it most mornings.',
      'I beat myself up over the wedding every single day.',
      'my hands r shaking as i write this',
      "It's 4am and I can't turn my head off.",
      "I've been sick over it since March.",
      'My stress has gone through the roof.',
      "I've been in absolute bits since you left.",
      'i honestly cant eat anymore',
      'I just need to hear you don\'t hate me.',
      "Can you please tell me I'm not a bad person?",
      "all i want is for u to say to me it's gonna be ok",
      "I can't lose you, not now.",
      'Your forgiveness is the only thing that can keep me sober.',
      "If you don't forgive me, I really don't know what I'll do.",
      'The bottle took so much from me too.',
      'It ruined my life just as much as it ruined yours.',
      'Nobody at home even talks to me any more.',
      'No one ever asks how I am doing.',
      "Since you moved out I've had nobody.",
      'Christmas by myself was hell.',
      "Believe me, I've paid for it.",
      'I lost my job, my flat, and half of my friends.',
      "Staying clean is way harder than people realise.",
      "I'm not worth the trouble.",
      "I hate what I've become.",
      "I don't know how to live with myself.",
      "I've never forgiven myself for that night.",
      "I'm drowning in guilt over the money.",
      'I carry so much shame that I can barely work.',
      'The guilt of it is unbearable.',
      'But what about me? I lost everything too.',
      'My feelings matter too, you know.',
      "It's not been easy for me either.",
      "I'm the one suffering here.",
      'I feel so lost since you left.',
      "honestly im not ok right now",
      "I can't stop thinking about it.",
      "mate im gutted cant stop thinking bout it",
      "I have to look at myself in the mirror every day knowing what I did.",
      "I've been in agony over it ever since.",
      "I'm in turmoil.",
      "answer me please im going crazy here",
      "The whole thing has taken a huge toll on me.",
      "I cried the whole drive home.",
      "I sobbed my eyes out last night.",
      "I can't take this any more.",
      "please call me, I can't stand this.",
      "Saying sorry doesn't come easy to me.",
      "I'm not good at this, so this is a big deal.",
      "Writing this is a massive step for me.",
      "You can't imagine how hard the guilt has been on me.",
      "You will never know how hard this year was.",
      "I'm not a good person.",
      "Things were really tough for me back then.",
      "I can't rest until we've talked.",
      'cant focus on anything till u reply',
      "I won't be able to move on until you answer me.",
      'i wont be able to relax till weve spoken',
      "I've barely slept since Sunday.",
      'ive hardly eaten all week',
      "I've barely left the house since you stopped calling.",
      "I can't keep going like this.",
      'i cant handle this any more',
      "I can't bear you being cold with me.",
      "I'm so tired of being the bad guy.",
      'im sick of being treated like a criminal in my own family',
      "Honestly, I'm the one being punished here.",
      "It breaks my heart that you won't answer my calls.",
      'it broke my heart to spend my birthday on my own',
      "It's breaking my heart that the kids don't visit.",
      "I need you to forgive me so I can start again.",
      'i really need a reply before my next meeting',
      "I need to hear that you forgive me before I can do my ninth step.",
      "I've had nightmares about it every week since.",
      'ive been signed off sick for a month',
      'I dropped three sizes from the worry.',
      'The shame is affecting my health.',
      "im shaking like a leaf here",
      'It was all too much for me that year.',
      "That's really hard for me to hear.",
      'The last two years have been torture for me.',
      'you know how hard things were for me',
      "My counsellor says I'm carrying years of trauma myself.",
      'my sponsor says im too hard on myself',
      'My therapist told me I need to be kinder to myself.',
      "I've got nobody else to turn to.",
      'ur all i have left',
      "Honestly I'm lost without you.",
      "I've never been this low, honestly.",
      "im at the end of my tether with all this",
      "I don't know how I'm still going.",
      // session 14: my peace as the reason
      "I'm writing so that I can finally have peace about it.",
    ],
    negative: [
      // session 14: their need as the reason
      "Tell me what you need so that I can finally put it right.",
      'I know you suffered so much because of my drinking.',
      'I suffered from depression for years, and I still chose to lie to you.',
      'I need you to know that none of this was your fault.',
      'Your health has suffered because of the stress I put on you.',
      'I know you were barely coping after I left, and that is on me.',
      "I'm hurting you again by writing, so I will keep this short.",
      'I sent threats to your brother, and I am ashamed of it.',
      'This year has been hard for you because of what I did.',
      'My drinking has been devastating for my family.',
      'people are sending my mods death threats now so here we are.',
      'You have no idea what the last few years have done to your mother, and that is on me.',
      "This has been an incredibly difficult year for Ms Okafor and her family, and we caused it.",
      "I know this has been a hard time for you.",
      "It was a hard time for everyone, and I made it harder.",
      "Our team has been trained to respond within the hour.",
      // session 7: a past state as the cause of the act (blame or excuse), not pain to be eased
      'He wound me up so much that I couldn\'t think straight, and I threw the glass.',
      "I stopped opening the post because I couldn't cope with the bills.",
      "I'm disgusted with myself for how I spoke to your mother.",
      'I go to meetings three times a week for my recovery.',
      'I know it was hard on you and the kids.',
      'You were the one who paid for my drinking.',
      'I feel ashamed of the way I spoke to you when you came to visit.',
      "I'm ashamed that I let you pay for my rehab and then lied to you about going.",
      'I missed your graduation because I was hungover, and I will regret that for a long time.',
      'That was a terrible thing to do to a friend.',
      "I've been working up to this email for a long time.",
      'It must have been so hard for you.',
      "I can't sleep with the heat this week, so I've moved the meeting to Friday.",
      'My drinking was eating into the money we had for the kids.',
      'You have been through hell because of me.',
      'I know you felt alone in that house because of me.',
      "I'm not doing the school run this week, so I've asked my brother.",
      "I know I put you through a lot, and I'm sorry.",
      "You've been going through hell because of me.",
      "I was going through a hard time, but that is no excuse.",
      "It broke me out of my denial when you left.",
      "I'm low on money this month, so the payment will be Friday.",
      "I'm an addict, and I stole from you.",
      "You were so lonely in that house because of me.",
      "You have no idea how much I owe you.",
      "Writing this is the hardest thing I've ever had to do for you.",
      "I lost your trust, and I lost it more than once.",
      "Nobody has been kinder to me than you.",
      "I called you a waste of space, and that was cruel.",
      "You destroyed me with the truth, and you were right to.",
      "I was going through your things, and that was wrong.",
      "I'm not sleeping at yours again until you say so.",
      "I know you're in a bad way because of me.",
      "I'm gutted we lost the final.",
      "so sorry but I'm going to have to bail on saturday, my shift got swapped. I'm gutted, I was looking forward to it.",
      "I'm gutted for you that the job fell through.",
      "You must have cried about it for weeks, and that was my doing.",
      "Tell me if you'd rather I didn't write again.",
      "I know I put you through hell, and nobody asked how you were coping.",
      "You lost your job, your flat and your savings because of me.",
      "I feel guilty about the money, and I'm paying it back on Friday.",
      "I'm ashamed of how I treated you at the wedding.",
      "I felt lost for words when you told me, and you had every right to say it.",
      "I'm not okay with how I spoke to you.",
      'What about meeting at the café on Sunday, if you want?',
      "I can't stop thinking about how much I hurt you, and I want to make it right.",
      "I'll never stop trying to make this right.",
      "I know you've been in agony because of what I did.",
      "You must have thought you were going crazy when I lied.",
      "My drinking took a toll on you and the kids.",
      "You cried the whole way home, and I did that.",
      "I can't imagine how hard it was for you.",
      "I know this is a big deal for you.",
      "I wasn't a good husband to you.",
      "I'm not a good person to ask about money, so I've handed the accounts to Dad.",
      "Things were hard for you because of me.",
      "I can't settle the bill until you send the invoice.",
      "You must be tired of being let down by me.",
      "I've barely slept with the baby teething, so the call will have to wait.",
      "I know you can't sleep until I pay back what I owe, and I will.",
      "You were the one being punished for my lies.",
      "I can't carry this box up the stairs on my own.",
      "It breaks my heart that I hurt you so badly.",
      'It broke my heart to see what my drinking did to you.',
      "I need to hear that you forgive me before Sunday.",
      "I need a reply by Friday about the van, so the booking can go through.",
      "I know you don't need to forgive me, and I won't ask.",
      'You had nightmares for months because of me.',
      'I signed off the accounts without checking them, and that was dishonest.',
      "I'm on medication for my depression now and I see my GP monthly.",
      "You were shaking when I came home drunk, and I did that.",
      'It was a rough time for me after the move, but that is no excuse for what I did.',
      'That is hard for you to hear, and I am sorry I made it so.',
      'I know how hard things were for you after I left.',
      'My doctor says depression played a part, but I made the choice to leave, and I own it.',
      'My counsellor said I should write to you, so here it is.',
      'My sponsor says I have to pay back every penny, and I will.',
      "I've no one else to blame but myself.",
      "I had no one to talk to back then, and I still chose to lie.",
      'You lost your savings because of me, and I was lost in the drink.',
      'You were at breaking point because of me, and I did not see it.',
      "I've never been so sure that I owe you this.",
      'You must have thought I was dying when you found me.',
    ],
  },
});
