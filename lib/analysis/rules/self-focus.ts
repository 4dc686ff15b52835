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
      re: rx(raw`(?<s>\bi (?:can't|cant|cannot|can barely|could barely|can hardly|couldn't|couldnt|haven't been able to|havent been able to|have not been able to|barely|hardly) (?:even )?(?:sleep|eat|function|breathe|cope|think straight|get out of bed|stop crying|go on|focus|work)\b|\bi (?:haven't|havent|have not|have barely|haven't really) (?:slept|eaten|stopped crying)\b|\b(?:${IVE}|i've just|ive just) (?:been|gone) through (?:hell|hell and back|the wars|the mill|so much|such a lot)\b|\b${IVE} (?:been )?(?:lost|losing) (?:everything|it all|all i had|all i have)\b|\b(?:${IVE}|i've already|ive already|i have already|haven't i|havent i) (?:been )?(?:punished|suffered|paid) enough\b|\bi (?:haven't|havent|have not) been (?:sleeping|eating|coping)\b|\bmy (?:whole )?(?:life|world) (?:has|'s|s)? ?(?:fallen|fell|crumbled|collapsed|come) (?:apart|to pieces|crashing down)\b|\bi(?:'ve| have|ve)? (?:been )?(?:cry|cried|crying) (?:myself to sleep|every (?:night|day)|all the time|for (?:days|weeks|hours|months))\b|\b(?:this|it|that|being \w+(?: \w+){0,4}|not seeing (?:you|u|the kids|them)|losing (?:you|u)|the guilt|the shame|the silence|what i did)(?: is| has been|'s been|s been|'s|s) (?:(?:slowly|literally|honestly|really|just) )?(?:tearing|ripping|eating|killing|destroying|breaking) me(?: up| apart| alive| inside| from the inside)?\b|\b(?:stop|keep|been|am|i'm|im|can't stop|cant stop) beating myself up\b|\b(?:eating|gnawing|tearing|picking) (?:away )?at me\b|\bi (?:can't|cant|cannot|can barely|can hardly) (?:even )?look (?:at )?myself in the (?:mirror|eye)\b|\b${IM} (?:really |just |honestly )?not (?:doing (?:well|great|good|ok|okay)|in a good (?:place|way|headspace)|coping)\b|\bi (?:get|have|'ve been having|ve been having|have been having|keep having) (?:panic|anxiety) attacks\b|\bi (?:feel|am|'m|m) (?:so |really |completely |totally |utterly )?(?:alone|isolated|empty|hopeless|numb)\b(?! (?:in (?:this|that)|with)\b)|\b${IM} the (?:real |only |true )?victim\b|\b(?:${IVE}|i've just|ive just) been (?:so |really |completely |totally |such )?(?:a wreck|a mess|falling apart|depressed|miserable|in (?:a )?(?:really |very )?(?:dark|bad|terrible|awful|low) (?:place|way|state)|in hell|in bits|in pieces|in tears|gutted|destroyed|shattered|going through hell|suffering|beating myself up|sick to my stomach|sick with (?:worry|guilt)|losing sleep|crying|devastated|heartbroken|struggling so|struggling|lonely|broken|a shell)\b|\b${IM} (?:(?:so|really|completely|totally|just|literally|honestly|actually|slowly) )*(?:falling apart|a wreck|so depressed|depressed|miserable|suffering|devastated|heartbroken|so lonely|lonely|broken|barely (?:holding|coping|surviving|functioning)|struggling|in (?:a )?(?:really )?(?:dark|bad) place|sick (?:to my stomach|with guilt)|beating myself up|trying so hard|trying really hard|doing my best here)\b|\b(?:lost|i've lost|ive lost|i have lost) (?:like |about |nearly |almost |over )?\d+ ?(?:kilos|kg|pounds|lbs|stone)\b|\bmy (?:mum|mom|mother|dad|family|friends|sponsor|doctor|therapist) (?:is|are|has been|have been) (?:so |really )?worried (?:sick )?about me\b|\b(?:so )?depressed (?:since|that i)\b)`),
      // "I can't sleep with the neighbours' dog barking": an outside cause, not their harm.
      unless: (norm, _m, span) =>
        /^(?:i (?:can't|cant|cannot|can barely|could barely|can hardly|couldn't|couldnt) (?:even )?(?:sleep|focus|work|think straight|breathe))$/.test(norm.slice(span.start, span.end)) &&
        /^ (?:with|because of|for|through|in) (?:the|a|this|that|all (?:the|this|that)|my neighbou?rs?'?|our)\b(?! (?:guilt|shame|thoughts?|memor|knowledge|weight|regret))/.test(norm.slice(span.end, span.end + 40)),
    },
    {
      // "this has been so hard for me", "You have no idea how hard this year has been for me"
      needs: ['for me', 'on me', 'of my life', 'no idea', 'how humiliating', 'how hard', 'how painful', 'how embarrassing', 'how difficult', 'how awful', 'how horrible', 'how lonely', 'hardest'],
      re: rx(raw`(?<s>\b(?:(?:this|that|the)(?: whole)? (?:thing|situation|process|time|year|experience|past year|last year|divorce|breakup|separation|court case|mess)|this|it|that|getting sober|getting clean|recovery|sobriety|rehab|detox|the last (?:year|few months|months|few weeks)|this year|these months|everything|life) (?:has been|is|was|'s been|s been|have been) (?:so |really |incredibly |very |such |the )?(?:hard|difficult|painful|tough|brutal|hell|awful|torture|agony|a nightmare|hardest|worst|rough)\b[^.!?;,]{0,20}?\b(?:for me|on me|of my life)\b|\b${YOU} (?:have|'ve|ve) no idea (?:how (?:hard|much|difficult|painful|bad|awful|tough|brutal|horrible|lonely|sick)|what (?:i'm|im|i am|i've|ive|i have|i went|it's|its|it has|it's been|this has)\b)[^.!?;]{0,40}|\b(?:do|don't|dont|can) ${YOU} (?:even )?(?:know|have any idea|imagine|understand) how (?:humiliating|hard|painful|embarrassing|difficult|awful|horrible|lonely)\b[^.!?;]{0,30}\bfor me\b|\bthe hardest (?:year|time|thing|months?) of my life\b)`),
    },
    {
      // asking for comfort or support: "I could really use your support", "so I can move on with my recovery"
      needs: ['one', 'unfairly', 'harshly', 'wrongly', 'unjustly', 'life', 'nobody', 'no one', 'noone', 'no-one', 'pain', 'agony', 'support', 'help', 'love', 'comfort', 'understanding', 'sympathy', 'patience', 'so i can', 'so that i can', 'off my chest', 'conscience', 'peace of mind', 'sanity', 'die without', 'without you', 'without u', 'miss '],
      re: rx(raw`(?<s>\bi (?:could (?:really )?use|really need|need|want) (?:${YOU}r |ur |your )(?:support|help|love|comfort|understanding|sympathy|patience)\b|\bso (?:that )?i can (?:move on|heal|get better|start getting better|start healing|sleep|feel better|have (?:some )?peace|find peace|finish (?:my|this|the) (?:step|steps)|close this chapter|put this behind me|forgive myself|live with myself|stay sober)\b|\b(?:get (?:this|it) off my chest|clear my conscience|ease my conscience|for my (?:own )?(?:peace of mind|conscience|sanity))\b|\bi (?:don't|dont|do not) want to die without\b|\bmy (?:whole )?life (?:is|has been|'s been|is just) (?:falling apart|a mess|over|ruined|hell|a nightmare|in pieces|destroyed)\b|\b(?:i am|i'm|im|i feel|i've been|i have been|i was|i feel like i'm|i feel i am|i feel like i am) (?:being )?(?:so |really |very |totally |completely )?(?:unfairly|harshly|wrongly|unjustly) (?:judged|treated|punished|blamed|attacked|criticised|criticized|singled out)\b|\b(?:i'm|im|i am) the one (?:who|that) (?:has|have|gets|got) to (?:live with|suffer|deal with|carry|pay for)\b[^.!?;,]{0,20}|\b(?:nobody|no one|noone|no-one) (?:understands|gets|knows|cares about|sees|cared|cares|was there for|is there for|helped|checks on) (?:what|how|me|about me)\b[^.!?;,]{0,30}|\b${IM} in (?:so much|such|a lot of|constant|real|terrible|agony) (?:pain|agony|torment|hell)\b|\bi (?:can't|cant|cannot) (?:do this|live|go on|cope|carry on|get through this|manage|survive|function) without (?:you|u)\b|\bi miss (?:${YOU}|us) so (?:much|badly)\b)`),
    },
    {
      // my suffering kept in view: "I feel so guilty all the time", "I'm hurting too", "it's been
      // tough on me", "I'm the one who lost everything", "I'm paying for it every day", "I'll never
      // forgive myself", "I'm disgusted with myself", "I feel like crap", "I don't deserve to be loved"
      needs: ['guilty', 'hurting', 'suffering', 'hurts me', 'hurt too', 'tough', 'hard', 'rough', 'difficult', 'painful', 'brutal', 'heavy', 'awful', 'one', 'paying', 'paid', 'forgive myself', 'disgusted', 'sick of', 'stand myself', 'look at myself', 'feel like', 'deserve', 'better about', 'peace of mind', 'recovery', 'sober', 'sobriety', 'healing', 'step', 'sponsor'],
      re: rx(raw`(?<s>\bi (?:feel|felt|have felt|'ve felt|ve felt) (?:so |really |very |incredibly |terribly )?guilty (?:all the time|every (?:day|night|single day)|constantly|24/7|non-?stop|that i can't|that i cant|i can't|i cant)\b[^.!?;,]{0,15}|\b(?:i'm|im|i am|i was) (?:hurting|suffering|in pain|struggling|grieving) too\b|\bit hurts me too\b|\b(?:been|is|was|has been|'s been|s been) (?:so |really |very |incredibly |pretty )?(?:tough|hard|rough|difficult|painful|brutal|heavy|awful) on me\b|\b(?:i'm|im|i am|i was) the one (?:who|that) (?:lost|suffers|suffered|has to live|had to live|paid|pays|got hurt|is hurting|was hurting)\b[^.!?;,]{0,20}|\b(?:i'm|im|i am|i've been|ive been|i have been) paying for (?:it|this|that|what i did) (?:every (?:day|single day)|ever since|daily|all the time)\b|\bi(?:'ve| have|ve) (?:already )?paid (?:enough|my dues|for it (?:enough|a thousand times))\b|\bi(?:'ll| will|ll) never (?:be able to )?forgive myself\b|\bi(?:'m| am|m) (?:so |really |completely )?(?:disgusted with|sick of|ashamed of) myself\b(?! for (?:how|what|the way|lying|stealing|hurting|taking|not))|\bi (?:can't|cant|cannot) (?:stand|bear) (?:myself|to look at myself)\b|\bi (?:feel|felt) like (?:crap|shit|garbage|dirt|a piece of (?:shit|crap|garbage)|scum|a monster|the lowest of the low)\b|\bi (?:don't|dont|do not) deserve (?:to be loved|love|anyone|to be happy|happiness|a family|friends|anything good|good things)\b|\bfeel better about myself\b|\bfor my own peace of mind\b|\bi (?:need|have|want) to (?:do|write) this (?:for my (?:recovery|sobriety|healing|program|step ?work)|to stay (?:sober|clean)|so i can (?:stay sober|heal|move on|finish))\b|\bmy sponsor (?:says|said|told me|thinks) i (?:need|have|should|ought) to (?:do|write|send) this\b)`),
    },
  ],
  examples: {
    positive: [
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
    ],
    negative: [
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
    ],
  },
});
