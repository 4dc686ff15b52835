/**
 * pressure: asks the other person to meet the writer's needs: forgive, move on, reply,
 * give another chance ("you have to forgive me", "let's put this behind us", "write back
 * soon").
 * Traps: "I'm not asking you to forgive me", "you don't have to reply", "I hope that
 * someday, if you want, we can talk", "even if you never forgive me", offers that leave the
 * choice with them ("if you'd like, I can...", "tell me what you think is fair").
 */
import { defineRule, negatedBefore, rx } from './define';
import { YOU, YOUR } from './lexicon';

const raw = String.raw;

/** Softeners that turn a wish into an open door: "someday", "if you want", "in your own time". */
const SOFTENED = /\b(?:some ?day|one day|in time|eventually|when(?:ever)? (?:you're|youre|you are|ur|u r|u are) ready|if (?:you|u) (?:want|wish|can|like|'d like|would like|feel able|choose|decide|are able|ever)|if and when|in your own time|only if|no pressure|no rush|if it's right for you|if that's ok|if thats ok|if that is ok|if you're open|if you're willing|no obligation|you don't have to|you dont have to|you do not have to|not expecting|not asking|don't expect|dont expect|do not expect|totally up to you|(?<!make (?:it|this|that|things|everything) )up to (?:you|u)\b(?! (?:and|for))|your choice|your call|whatever you decide)\b/;

function softened(norm: string): boolean {
  return SOFTENED.test(norm);
}

/**
 * The sentence as negation reads it: a "but" turns away from what came before ("I know I don't
 * deserve it, but please forgive me"), and "can't wait" is eagerness, not a negation.
 */
function forNegation(norm: string): string {
  const blank = (m: string) => ' '.repeat(m.length);
  return norm.replace(/\bcan'?t wait\b/g, blank).replace(/^[^;]*\bbut\b/, blank);
}

/**
 * The claim denied: for everyone it names ("None of you owe me a reply"), or as a feeling they
 * need not have ("Please don't feel you owe me a reply", "never think you have to answer").
 */
function claimDenied(norm: string, start: number): boolean {
  return /\b(?:none|neither|not one|not any) of\s+$|\b(?:don't|dont|do not|never|shouldn't|should not|mustn't|must not) (?:ever )?(?:feel|think|believe)(?: like| that)?\s+$/.test(norm.slice(Math.max(0, start - 24), start));
}

export default defineRule({
  id: 'pressure',
  title: 'Pressure to forgive or move on',
  severity: 'problem',
  explanation:
    'This asks them to do something for you (forgive, reply, move on) at a moment when the choice should be theirs. Amends land best when they leave the other person free, with no deadline and nothing owed.',
  suggestion: 'Try "You don\'t owe me a reply. Take all the time you need."',
  patterns: [
    {
      // "you have to forgive me", "I need you to forgive me", "please forgive me", "I hope you'll forgive me"
      needs: ['understand', 'rest', 'bed', 'forgive', 'pardon', 'let it go', 'let this go', 'get over', 'move on', 'move past', 'give me', 'take me back', 'drop the charges', 'let me', 'see past', 'put it behind', 'put this behind'],
      re: rx(raw`(?<s>\b(?:(?:you've|youve|uve) got to |(?:${YOU}|ya|ur|you're|youre|you'll|youll|ull|u'll) (?:really )?(?:(?:are |r )?(?:gonna|going to) (?:have|need)|will (?:have|need)|have|need|got|gotta|must|should|ought|better) (?:to )?|i (?:need|want|expect|beg|am begging|'m begging|m begging) (?:${YOU} )?(?:to )?|(?:please|pls|plz|just|i'm begging you,?|im begging you,?|i beg you,?) (?:please |just )?|(?:i )?(?:hope|hoping|pray|praying|trust)(?: that)? (?:${YOU}(?:'ll|ll| will| can| could| would|'d|d)?|we can|we could) (?:please |just |soon |quickly |finally |now )?|(?:would|could|will|can|won't|wont) ${YOU} (?:please |just )?(?:ever )?)(?:forgive|pardon|let (?:it|this|this one|that|that one) go|get over (?:it|this)|move (?:on|past (?:it|this))|give me (?:another|a second|one more|a fresh) (?:chance|go|try)|put (?:this|it|the|this matter|the matter|things|everything) (?:matter )?to (?:rest|bed)|take me back|drop the charges|let me (?:back|come back|come home|see)|give me my (?:job|place|room|kids) back|see past (?:it|this)|put (?:it|this) behind)\b[^.!?;,]{0,20})`),
      unless: (norm, _m, span) => {
        if (negatedBefore(forNegation(norm), span.start, 4)) return true;
        const s = norm.slice(span.start, span.end);
        // "Will you forgive me?" asked gently, "I hope someday you can forgive me" are open doors.
        if (/^(?:would|could|will|can|won't|wont|(?:i )?(?:hope|hoping|pray|praying|trust))\b/.test(s) && softened(norm)) return true;
        if (/^(?:i )?(?:hope|hoping|pray|praying)\b/.test(s) && /\b(?:can|could)\b/.test(s) && /\b(?:forgive)\b/.test(s) && softened(norm)) return true;
        return false;
      },
    },
    {
      // "I need your forgiveness", "I need u back in my life"
      needs: ['forgive', 'back', 'in my life', 'chance', 'hear from', 'to reply', 'to answer', 'to write', 'to call', 'to ring', 'to text', 'to respond', 'to understand', 'talk to me', 'see me', 'meet me', 'give me'],
      re: rx(raw`(?<s>\bi (?:really |just |desperately |so )?(?:need|want|deserve|have earned|earned|must have) (?:${YOUR} forgiveness|to be forgiven|${YOU} (?:back|to come back|to come home|in my life|to forgive)|a (?:second|another|fresh) chance|another chance|one more chance|to hear from ${YOU}|${YOU} to (?:reply|answer|write|call|ring|text|respond|understand|talk to me|see me|meet me|give me|drop|tell me|say))\b)`),
      // "without you" is where they are missed, not a negation of the need.
      unless: (norm, _m, span) => negatedBefore(norm.replace(/\bwithout (?:you|u)\b/g, 'away from you'), span.start, 3),
    },
    {
      // the moving on told as done, or asked as not dwelling: "it's all in the past now", "it's
      // time we both stopped dwelling on it". Not one's own past ("my drinking is in the past").
      needs: ['past', 'behind us', 'dwell'],
      re: rx(raw`(?<s>\b(?:it's|its|it is|that's|thats|that is|this is|everything is|everything's) all (?:in the past|behind us)(?: now)?\b|\b(?:let's not|lets not|let us not|we shouldn't|we should not|no (?:point|use|need) (?:in )?|(?:it's|its|it is) time (?:we|to|for us to|you) (?:both |all )?stop(?:ped)?|(?:we|you) (?:need to |should |have to )?stop|i'd rather (?:we )?not|you (?:shouldn't|should not|don't need to|dont need to)) dwell(?:ing)? on (?:it|this|that|the past|what happened)\b)`),
      unless: (norm, _m, span) => negatedBefore(norm, span.start, 3),
    },
    {
      // "let's put this behind us", "can we please just move on", "let's forget it ever happened"
      needs: ['rest', 'bed', 'move on', 'move forward', 'move past', 'behind us', 'forget', 'start fresh', 'start over', 'start again', 'start afresh', 'from scratch', 'back to normal', 'go back to', 'get past', 'let it go', 'let this go', 'bygones', 'draw a line', 'slate', 'turn the page', 'hatchet', 'again', 'get back to', 'pretend', 'hug', 'drop', 'resume', 'normal', 'good', 'close'],
      re: rx(raw`(?<s>\b(?:can we|could we|can't we|cant we|couldn't we|can we not|why don't we|why dont we|let's|lets|let us|we should|we need to|we have to|we must|we can|we could|i (?:hope|want|think|wish|trust|would like|'d like|d like) (?:that )?(?:we|us to) (?:can |could |should )?|time to|(?:it's|its|it is) (?:high )?time (?:we|to|for us to|you)|i'd love (?:for )?us to|why can't we|why cant we|(?:it's|its|it is|it'd be|itd be|it would be) best (?:for everyone |for all of us )?if we|the sooner we)\s*(?:please |pls |plz |just |finally |all |now )*(?:move on|move forward|move past (?:it|this)|put (?:it|this|that|all (?:of )?(?:this|that|it)|everything|the past)(?: all)? behind us|forget (?:about )?(?:it|this|that|the past|the rest|everything|all (?:of )?(?:this|that|it)|(?:that|last|the other) (?:night|weekend|day))|be (?:normal|good|ok|okay|fine|close|a proper family|how we were|the way we were) again|resume (?:our|the) (?:friendship|relationship|marriage)|hug it out|drop (?:it|this|the subject)(?=\s*(?:[.!?,;]|$|now\b|and\b))|start (?:fresh|over|again|afresh|from scratch)|go back to (?:normal|how (?:things|it|we) (?:were|was)|the way (?:things|it|we) (?:were|was))|get past (?:this|it)|let (?:it|this|bygones) (?:go|be bygones)|put (?:this|it|the|this|that)(?: matter)? to (?:rest|bed)|draw a line|wipe the slate|turn the page|bury the hatchet|be (?:friends|together|a family) again|get back to (?:normal|how)|pretend (?:it|this) never)\b[^.!?;,]{0,30})`),
      unless: (norm, _m, span) => {
        if (negatedBefore(norm, span.start, 3)) return true;
        // "I hope that one day, if you want, we can start again": left with them, whether the match
        // starts at the wish or at the "we can" after the softener.
        return /\bi (?:(?:really|do|still) )?(?:hope|wish|would like|'d like|d like)\b[^.!?;]*$/.test(norm.slice(0, span.start + 12)) && softened(norm);
      },
    },
    {
      // idioms and expectations of normality
      needs: ['say', 'tell', 'speak', 'talk', 'give', 'need', 'expect', 'want', 'demand', 'forgive me', 'owe', 'forget', 'bridge', 'bygones', 'over it', 'slack', 'a break', 'expect', 'holding', 'hold', 'throwing', 'throw', 'bringing', 'bring', 'shut me out', 'give up on me', 'ignore', 'leave me', 'cut me off', 'block me', 'walk away', 'hanging', 'said i', 'told you i'],
      re: rx(raw`(?<s>\b(?:just |please )?(?:say|tell me) (?:that )?(?:you|u)(?:'ll| will)? (?:forgive|still love|don't hate|dont hate|do not hate)\b[^.!?;,]{0,20}|\bnever (?:speak|talk) (?:of|about) (?:it|this|that) again\b|\bgive me (?:another|one more|a second|a last|one last|a fresh) (?:chance|go|try)\b|\bi(?:'ll| will|'d| would)? (?:need|expect|want|demand|like) (?:an answer|a reply|a response|an explanation|to hear back|a decision)\b[^.!?;,]{0,30}|^\W*forgive me\b(?! for (?:the|my) (?:late|delay|slow))|\bforgive me,? (?:please|pls|plz|i beg you|i'm begging you|im begging you)\b|\b${YOU} owe (?:it to (?:me|us|yourself|(?:the|our|your|ur) (?:kids|children|family|boys|girls))|me (?:a (?:second )?chance|another chance|that much|this|a reply|an answer))\b|\bforget (?:it|this|that) ever happened\b|\b(?:water under the bridge|let bygones be bygones|bygones)\b|\b(?:get|got|getting) over it (?:soon|already|now|quickly)\b|\bcut me some slack\b|\bgive me a break\b|\b(?:expect|expecting) (?:things|everything|us|you|it|life) to (?:go back|return|be|get back)\b[^.!?;,]{0,20}|\b(?:${YOU} )?(?:can't|cant|cannot|can not|shouldn't|shouldnt) (?:really |just )?(?:keep |go on |still )?(?:holding|hold|throwing|throw|bringing|bring) (?:it|this|that|the past|my past|what i did)(?: up)? (?:against me|up|in my face)\b|\b(?:please|pls|plz|just) (?:don't|dont|do not) (?:shut me out|give up on me|ignore me|leave me|cut me off|block me|walk away)\b|\b(?:don't|dont|do not) (?:shut me out|give up on me|leave me hanging|ignore this)\b|\bi've said (?:i'm|im|i am) sorry\b[^.!?;]{0,10},? so\b|\bi (?:already )?(?:said|told you) (?:i'm|im|i am) sorry[^.!?;]{0,20}(?:what more|so)\b)`),
      unless: (norm, _m, span) => {
        const at = norm.slice(span.start);
        if (claimDenied(norm, span.start)) return true;
        if (/\b(?:don't|dont|do not)\s+$/.test(norm.slice(Math.max(0, span.start - 12), span.start)) && /^forget/.test(at)) return true;
        // "I'm not asking you to forgive me, and I'm not expecting us to be friends": the expectation
        // denied, as in the taxonomy's "I'm not asking you to forgive me"
        if (/^expect/.test(at) && negatedBefore(norm, span.start, 2)) return true;
        // "forgive me for writing so late", "forgive me or don't, that's your call": a courtesy about
        // the letter itself, or the choice handed to them
        return /^forgive me,? (?:for (?:writing|the (?:length|formality|long letter)|being so (?:formal|long|blunt)|taking so long|not writing sooner)|or (?:don't|dont|do not|not)\b)/.test(at);
      },
    },
    {
      // deadlines and contact demands: "write back soon", "ring me tonight", "please let me know soon"
      needs: ['soon', 'asap', 'a.s.a.p', 'as soon as', 'tonight', 'today', 'right away', 'immediately', 'straight away', 'this week', 'by ', 'before ', 'please', 'pls', 'plz', 'just ', 'line', 'word', 'text', 'reply', 'hear from', 'ring me'],
      re: rx(raw`(?<s>\b(?:write|reply|respond|answer|call|ring|text|message|msg|get back to|contact|phone|come home|come back|let me know|tell me)(?: (?:me|back|to me|me back))?(?: please| pls)? (?:soon|asap|a\.s\.a\.p|as soon as (?:possible|you (?:can|get this|read this))|tonight|today|right away|immediately|straight away|this week|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the weekend|the end of)|before (?:christmas|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|it's too late))\b|\b(?:please|pls|plz) (?:please |just )?(?:come home|come back|call me|ring me|text me|reply|write back|answer(?: me)?|respond|get back to me|let me know soon|talk to me|see me|meet me|pick up|say something|message me|msg me|unblock me)\b|\bjust (?:come home|come back|call me|ring me|text me|answer me|talk to me|pick up)\b|\b(?:even )?(?:one|a single) (?:line|word|text|reply) (?:back|would|is all)\b|\bi (?:really )?need to hear from ${YOU}\b|\bring me tonight\b)`),
      unless: (norm, _m, span) =>
        // "please answer" is its own request: only the word right before can negate it.
        negatedBefore(norm, span.start, /^(?:please|pls|plz)\b/.test(norm.slice(span.start)) ? 1 : 3) ||
        /\b(?:if|whenever|when) (?:you|u)\b[^.!?]{0,30}$/.test(norm.slice(Math.max(0, span.start - 40), span.start)),
    },
    {
      // asking something for yourself on the back of an apology: "I'm hoping you'll drop the charges",
      // "it would mean the world if you could forgive me", "I'd really appreciate a reference"
      needs: ['hope', 'mean', 'appreciate', 'love it'],
      re: rx(raw`(?<s>\bi (?:really |just |do )?hope (?:that )?(?:you|u)(?:'ll|ll| will| can| could| would)? (?:try to |be able to )?understand\b[^.!?;,]{0,30}|\b(?:it would|it'd|itd|would) mean (?:the world|so much|a lot|everything)(?: to me)? if ${YOU} (?:could|would|can|will)\b[^.!?;,]{0,40}|\b(?:i'd|id|i would) (?:also |really |so |truly |just )*(?:appreciate|love) it if ${YOU} (?:would|could) (?:consider )?(?:giving|give|writing|write|forgiving|forgive|dropping|drop|letting|let|taking|take|putting|put|helping|help)\b[^.!?;,]{0,30})`),
      unless: (norm) => softened(norm),
    },
    {
      // appeals and ultimatums: "can you find it in your heart", "life's too short", "you can't stay
      // mad forever", "please reconsider", "promise me you'll think about it", "don't throw it all away",
      // "I'll be waiting for your reply", "let me know by Sunday", "I just want things to go back to normal"
      needs: ['find it', 'life', 'stay', 'be mad', 'be angry', 'hate me', 'ignore me', 'avoid me', 'punish me', 'shut me out', 'reconsider', 'promise me', 'throw', 'waiting', 'let me know', 'tell me', 'decide', 'answer', 'reply', 'things', 'everything', 'need you'],
      re: rx(raw`(?<s>\bfind it in (?:your|ur) heart\b[^.!?;,]{0,30}|\blife(?:'s|s| is) (?:too short|short)\b[^.!?;,]{0,30}|\b(?:can't|cant|cannot|can not) (?:stay (?:mad|angry|upset|cross)|be (?:mad|angry|upset|cross)|hate me|ignore me|avoid me|punish me|shut me out)(?: (?:at|with) me)? (?:forever|for ever|for the rest of (?:your|ur|our) li(?:fe|ves))\b|\b(?:please|pls|plz|just) (?:please )?reconsider\b|\bpromise me (?:you'll|youll|you will|u will|ull|that you'll|that you will) (?:at least )?(?:think|consider|give|forgive|call|reply|talk)\b[^.!?;,]{0,20}|\b(?:don't|dont|do not) (?:throw|chuck) (?:it all|everything|us|this|our \w+|(?:\w+ )?years)(?: \w+)? away\b|\b(?:i'll|ill|i will|i'm|im|i am)(?: be)? (?:waiting|waiting to hear) (?:for|on) (?:your|ur) (?:reply|answer|call|response|message|text|letter|decision)\b|\b(?:let me know|tell me|decide|answer me|reply|respond)\b[^.!?;]{0,30}?\bby (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the weekend|the end of (?:the )?(?:week|month|day)|next week)\b|\bi (?:just |really )?(?:want|need) (?:things|everything|us|it|life) to (?:go back|get back|be (?:normal|like (?:before|it was|old times)|the way (?:it|they) (?:was|were)))\b[^.!?;,]{0,20}|\bi (?:really |just |so )?need (?:you|u) (?:right now|now|here|back|more than ever|with me)\b)`),
      unless: (norm, _m, span) => negatedBefore(norm, span.start, 2) || (softened(norm) && !/^(?:let me know|tell me|decide|answer|reply|respond)/.test(norm.slice(span.start))),
    },
    {
      // asking for reassurance or a return: "tell me we're ok", "I need to know you forgive me",
      // "now it's your turn", "the least you could do is reply", "give us another shot",
      // "don't let this come between us", "waiting to hear from you", "forgive and forget"
      needs: ['tell me', "we're", 'were', 'we', 'need to know', 'turn', 'least', 'give', 'let', 'waiting', 'hope', 'hoping', 'forgive', 'asking', 'want', 'hear me', 'deserve', 'think'],
      re: rx(raw`(?<s>\btell me (?:that )?(?:we're|were|we are|we'll be|well be|we will be|you're|youre|you are|ur|u r) (?:still )?(?:ok|okay|good|fine|alright|all right|cool|still friends|friends)\b|\b(?:we're|were|we are) (?:ok|okay|good|fine|cool|alright)(?: now)?,? (?:right|yeah|yes)\b|\bi (?:just |really |only )?(?:need|want|have|got|gotta|'d like) to (?:know|hear) (?:that )?(?:${YOU}(?:'ll| will)? (?:forgive|still love|don't hate|dont hate|are ok|are okay|'re ok|re ok)|we(?:'re| are|re|'ll| will) (?:ok|okay|good|fine|be ok|be okay))\b|\b(?:now )?(?:it's|its|it is) (?:your|ur) turn(?=\s*(?:[.!?,;]|$| to (?:forgive|apologi|say sorry|make|meet|reach|try|give)))|\bthe (?:very )?least (?:${YOU}|ya) (?:could|can|should) do is\b[^.!?;,]{0,30}|\bgive (?:us|me|this|it|our \w+) (?:another|one more|a second|a last|one last|a fresh) (?:shot|chance|go|try)\b|\b(?:let's|lets|let us|please|pls|plz|just) (?:not|don't|dont) let (?:this|it|that|one (?:\w+ )?(?:mistake|night|thing)) (?:come between|ruin|destroy|end|break)\b[^.!?;,]{0,20}|\b(?:don't|dont|do not) let (?:this|it|that|one (?:\w+ )?(?:mistake|night|thing)) (?:come between|ruin|destroy|end|break) (?:us|what we|our|everything)\b[^.!?;,]{0,20}|\b(?:waiting|wait|hope|hoping) to hear (?:back )?from (?:${YOU}|ya) (?:soon|asap|very soon|tonight|today|this week)\b|^\W*(?:i'm |im |i am )?(?:still )?waiting to hear (?:back )?from (?:${YOU}|ya)\b|\bforgive and forget\b|\b(?:i'm|im|i am) (?:just )?asking (?:${YOU} )?(?:to forgive|for (?:${YOUR} )?forgiveness|for (?:another|a second|one more) chance)\b|\bi (?:just |really )?want (?:my (?:family|wife|husband|kids|children|life|partner|girlfriend|boyfriend|best friend|friend|brother|sister|son|daughter)|us) back\b|\b(?:don't|dont|do not) (?:you|u) think (?:i|we) (?:deserve|have earned|should get|should have)\b[^.!?;,]{0,30}|\b(?:${YOU} (?:need|have|got|must|should) to|please|pls|plz|just) (?:hear me out|give me a chance to explain|let me explain|listen to my side|hear my side)\b)`),
      unless: (norm, _m, span) => negatedBefore(norm, span.start, 5) &&
        !(/^(?:(?:don't|dont|do not) (?:you|u) think|forgive and forget)/.test(norm.slice(span.start)) && !softened(norm)),
    },
    {
      // their silence made the obstacle: "that's impossible while you won't talk to me",
      // "I can't move on until you forgive me"; others were forgiven: "you forgave him"
      needs: ['while', 'until', 'unless', 'as long as', 'till', 'forgave', 'forgiven'],
      re: rx(raw`(?<s>\b(?:while|until|till|unless|as long as) ${YOU} (?:still )?(?:won't|wont|will not|refuse to|don't|dont|can't|cant|keep (?:ignoring|refusing|shutting)|haven't|havent|never) (?:even )?(?:talk|speak|answer|reply|respond|forgive|see|look at|return|pick up|let me|give me|hear me|ignoring|shutting|refusing)\b[^.!?;,]{0,30}|\b(?:${YOU} (?:forgave|forgive|have forgiven|'ve forgiven|ve forgiven)|${YOU} were able to forgive) (?:him|her|them|your (?:brother|sister|dad|father|mum|mom|mother|ex|friend|cousin|uncle|aunt|son|daughter)|ur (?:brother|sister|dad|mum|mom|ex))\b[^.!?;,]{0,30}|\bi (?:can't|cant|cannot|won't be able to|will never be able to) (?:move on|heal|get better|be happy|sleep|stay sober|find peace|forgive myself|let (?:it|this) go)\b[^.!?;,]{0,20}\b(?:until|unless|till|without) ${YOU}(?:r forgiveness| forgive| talk| speak| answer| reply)\b)`),
      unless: (norm, _m, span) => /\b(?:understand|respect|accept|get)\b[^.!?;,]{0,20}$/.test(norm.slice(Math.max(0, span.start - 30), span.start)),
    },
    {
      // turning up uninvited: "I'll come round on Sunday so we can sort this out"
      needs: ['come round', 'come over', 'come by', 'drop by', 'drop round', 'pop round', 'pop over', 'pop by', 'turn up', 'show up', 'stop by', 'call round', 'be round', 'be over', 'come to'],
      re: rx(raw`(?<s>\b(?:i'll|ill|i will|i'm going to|im going to|im gonna|i'm gonna) (?:just )?(?:come round|come over|come by|drop by|drop round|pop round|pop over|pop by|turn up|show up|stop by|call round|be round|be over|come to (?:your|ur) (?:house|flat|place|work|door))\b[^.!?;]{0,40})`),
      unless: (norm) => softened(norm) || /\bif\b/.test(norm),
    },
    {
      // a meeting asked for on the writer's timetable: "can we meet this weekend", "let's meet up
      // and sort this out", "when can I see you", "we need to talk about this soon", "let me know
      // when we can talk"
      needs: ['meet', 'talk', 'see', 'sit', 'together', 'coffee', 'drink', 'catch', 'speak', 'sort', 'visit', 'call', 'come'],
      re: rx(raw`(?<s>\b(?:can|could|will) we (?:please |just )?(?:meet|talk|see each other|get together|sit down|grab (?:a )?(?:coffee|drink)|catch up|speak|sort (?:this|it|things) out)(?: up)?\b[^.!?;,]{0,12}?\b(?:this (?:weekend|week|evening|afternoon|morning)|next (?:week|weekend)|tonight|tomorrow|today|soon|asap|now|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\blet'?s (?:just )?(?:meet|talk|sit down|get together|meet up|catch up|sort (?:this|it|things) out|grab (?:a )?(?:coffee|drink))\b[^.!?;,]{0,30}|\bwhen (?:can|could|will) (?:i|we) (?:see|meet|talk(?: to)?|speak(?: to)?|call|visit)(?: (?:you|u|each other))?\b|\bwe (?:really |just )?(?:need|have|gotta|got) to (?:talk|meet|sit down|sort (?:this|it) out)\b(?:[^.!?;,]{0,20}?\b(?:soon|asap|now|today|tonight|this week))?|\b(?:let me know|tell me) when (?:we|i) can (?:talk|meet|see (?:you|u)|come (?:over|round|home))\b)`),
      unless: (norm, _m, span) => negatedBefore(norm, span.start, 3) || softened(norm),
    },
    {
      // persistence and appeals that leave no room: "I won't stop until you forgive me", "I'll keep
      // calling until you pick up", "I'm begging you", "it would mean the world to me if you'd
      // forgive me", "you owe me a conversation", "let's not dwell on the past", "text me back please"
      needs: ['until', 'begging', 'beg', 'mean', 'owe', 'dwell', 'text', 'call', 'ring', 'message', 'msg', 'write', 'email', 'answer', 'reply', 'back', 'forward'],
      re: rx(raw`(?<s>\bi (?:won't|wont|will not|am not going to|'m not going to|m not going to) (?:stop|give up|quit|rest)(?: (?:trying|calling|texting|writing|asking|coming round|coming by))? until\b[^.!?;,]{0,30}|\bi(?:'ll| will|ll) keep (?:calling|ringing|texting|writing|trying|asking|coming (?:round|by|over)|messaging|knocking) (?:until|till|til|'til)\b[^.!?;,]{0,30}|\bi(?:'m| am|m)? beg(?:ging)? (?:you|u)\b[^.!?;,]{0,30}|\bit (?:would|will|'d) mean (?:the world|so much|everything|a lot|a great deal) (?:to me )?if (?:you|u)(?:'d| would| could| can)? (?:just )?(?:forgive|reply|answer|call|write|talk|meet|see|give|let|come)\b[^.!?;,]{0,20}|\b(?:you|u) owe me (?:a |an |at least a |at least an )?(?:conversation|chance|answer|reply|call|explanation|hearing|second chance)\b|\blet'?s (?:not|try not to) dwell on (?:it|this|that|the past|what happened)\b|\b(?:text|call|ring|message|msg|write|email|answer|reply(?: to)?|get back to) (?:me )?(?:back )?(?:please|pls|plz|asap|a\.s\.a\.p|soon|right away|straight away|tonight|today)\b|\b(?:i(?:'m| am|m) )?looking forward to (?:hearing (?:from (?:you|u)|back)|your (?:reply|response|answer|call)|seeing (?:you|u)(?: (?:soon|again))?)\b)`),
      unless: (norm, _m, span) =>
        negatedBefore(norm, span.start, 3) ||
        claimDenied(norm, span.start) ||
        /\b(?:no|not|don't|dont|never)\b[^.!?;,]{0,12}(?:need|have|has|pressure|rush|hurry)\b/.test(norm),
    },
    {
      // asking to be told it is over: "am I forgiven?", "are we good now?", "surely you can forgive me
      // by now", "don't stay mad at me"; asking for forgiveness as a request: "I ask for your
      // forgiveness", "all I want is your forgiveness"; my need to see them: "I need to see you"
      needs: ['forgiven', 'good', 'ok', 'okay', 'alright', 'cool', 'square', 'surely', 'forgive', 'stay', 'be mad', 'be angry', 'be cross', 'be upset', 'hate me', 'forgiveness', 'need', 'chance', 'shot', 'prove', 'together', 'again', 'something', 'hanging', 'appreciate', 'mean', 'reach', 'touch', 'call', 'write', 'text', 'ring', 'reply', 'respond', 'answer', 'message'],
      re: rx(raw`(?<s>\b(?:am i|so am i|are we) (?:forgiven|good|ok|okay|alright|all right|cool|square)(?: (?:now|again|then|yet))?\s*\?|\bsurely (?:you|u) (?:can|could|must|will)\b[^.!?;,]{0,20}?\bforgive\b[^.!?;,]{0,15}|\bforgive me (?:by now|already|yet)\b|\b(?:don't|dont|do not|please don't|please dont) (?:stay|be) (?:mad|angry|cross|upset)(?: (?:at|with) me\b|(?=\s*(?:[.!?,;]|$|ok\b|okay\b|please\b|pls\b|plz\b|x+\b|babe\b|hun\b)))|\b(?:please|pls|plz) (?:don't|dont|do not) (?:hate me|be (?:mad|angry|cross|upset))\b|\b(?:i(?: ask| am asking|'m asking|m asking| beg| am begging|'m begging|m begging| pray| am hoping|'m hoping|m hoping) for|all i (?:want|ask|need) is|i (?:need|want) (?:your|ur)) (?:your |ur )?forgiveness\b|\bi (?:really |just |desperately )?need to (?:see|talk to|speak to|hear from|hear|be with) (?:you|u|your voice|ur voice)\b|\b(?:find it in (?:yourself|you|ur heart|your heart)|find a way) to forgive\b|\bgive me (?:a|one more|another|a second|one last|just one more) (?:chance|shot)\b|\blet me prove (?:it|myself|that)\b|\b(?:get|be|go) back together\b|\bbe (?:together|a family|friends) again\b|\bsay something,? (?:please|pls)\b|\b(?:please )?(?:don't|dont) leave me hanging\b|\bi(?:'d| would|d) (?:really |so )?appreciate (?:a|an|your|ur) (?:reply|response|answer|call|text)\b|\ba (?:reply|response|call|text|answer) would mean (?:a lot|so much|the world|everything)\b|\bplease (?:reach out|get in touch|call|text|ring|write(?: back)?|reply|respond|answer)\b|^\s*(?:call|text|ring|message) me(?: back)?\s*[.!]*\s*$|^\s*(?:write|text|call) back\s*[.!]*\s*$|^\W*(?:write|text|call|ring) (?:me )?back,? (?:love|mate|bro|babe|hun|mum|mom|dad|son|sis)\b)`),
      unless: (norm, _m, span) =>
        negatedBefore(norm, span.start, 3) || softened(norm) || /\b(?:not|never)\b[^.!?;,]{0,6}$/.test(norm.slice(0, span.start)) ||
        // "If you have questions, please reply": contact offered on their need, not asked for mine
        (/^please\b/.test(norm.slice(span.start)) && /\bif (?:you|u) (?:have (?:any )?(?:further |more |other )?questions|need (?:anything|something|more|help)|(?:would |'d )?prefer)\b[^.!?]{0,30}$/.test(norm.slice(Math.max(0, span.start - 50), span.start))) ||
        // "please write to the address below and I'll make up the difference": where to send a claim
        /^please (?:write|email|e-mail|call|ring|phone|contact|get in touch)(?: (?:to|with))? (?:the (?:address|number|email|office|team)|this (?:address|number|email)|us\b|our \w+|me at\b|[a-z]+ at\b)/.test(norm.slice(span.start)),
    },
    {
      // time called on their hurt: "you should be over it by now", "it's time you stopped bringing
      // it up", "haven't I been punished enough?", "I've earned a second chance", "we're square now"
      needs: ['over it', 'over this', 'over that', 'time', 'long enough', 'punished', 'suffered', 'paid enough', 'earned', 'fair', 'reason', 'square', 'stop being', 'bigger', 'big thing', 'big deal', 'fuss', 'on you'],
      re: rx(raw`(?<s>\b${YOU} (?:really |honestly )?(?:should|ought to|need to|must) be over (?:it|this|that)(?: by now| already| now)?\b|\b(?:it's|its|it is) (?:about |high |well past |past )?time (?:for )?${YOU} (?:to )?(?:stop|stopped|forgive|forgave|move on|moved on|let (?:it|this|that) go|get over|got over|drop|dropped|put (?:it|this) behind)\b[^.!?;,]{0,20}|\b(?:it's|its|it has) been long enough(?=\s*(?:[.!?,;]|$|now\b|already\b))|\b(?:haven't|havent|have not|hasn't) i (?:been punished|suffered|paid|apologi[sz]ed|groveled|grovelled) enough\b|\bi(?:'ve| have|ve) (?:more than )?(?:earned|paid for|deserved) (?:a |another |my |the right to |one more )?(?:second chance|chance|fresh start|place back|way back|right to)\b|\b(?:it's|its|it is) only fair (?:that )?i (?:get|be allowed|see|can)\b[^.!?;,]{0,20}|\bno reason (?:for ${YOU} )?to keep me (?:away|from|out)\b[^.!?;,]{0,20}|\b(?:we're|were|we are|we'll be|well be|we will be) (?:all |now )?(?:square|even|quits)\b|\b${YOU} can stop being (?:mad|angry|upset|cross|funny)\b|\bbe the bigger (?:person|man|woman)\b|\blet'?s not make (?:a big thing|a big deal|a thing|a fuss|a drama) (?:of|out of|about) (?:it|this|that)\b|\b(?:now )?(?:it's|its|it is) on ${YOU} (?:now )?to (?:let|forgive|move|decide|drop|get over)\b[^.!?;,]{0,20})`),
      unless: (norm, _m, span) => negatedBefore(norm, span.start, 3),
    },
    {
      // pushing for contact or for action on their side: "drop the complaint", "answer me",
      // "don't leave me on read", "I'll be waiting outside your work", "you'll forgive me, you always do",
      // "I'd love to hear back before Thursday", "all I need is for you to say we're good"
      needs: ['drop', 'withdraw', 'reconsider', 'lift', 'cancel', 'press', 'answer', 'leave me', 'read', 'take too long', 'waiting', 'forgive me', 'hear back', 'reply', 'answer', 'response', 'need', 'want', 'ask', 'we good', 'as soon as', 'expect', 'loved', 'love', 'cared', 'care', 'beg', 'going to', 'gonna', 'right thing', 'chance'],
      re: rx(raw`(?<s>\b(?:drop|withdraw|reconsider|lift|cancel|not to press|not press) (?:the |your |ur |this |that |those )?(?:complaint|charges|restraining order|protection order|intervention order|police report|report|statement)\b|^\W*answer me\b|\banswer me(?= *[.!]* *$)|\b(?:don't|dont|do not) leave me on read\b|\b(?:don't|dont|do not) take too long\b|\bi(?:'ll| will|ll) be waiting (?:outside|at|by|for ${YOU} (?:outside|at)) (?:${YOUR}|the) (?:work|house|flat|place|door|school|office|gym|mum's|mums)\b[^.!?;,]{0,20}|(?<!\b(?:if|whether|hope|hoping|maybe|perhaps|know|think|doubt|pray) )\b${YOU}(?:'ll|ll| will) forgive me\b[^.!?;,]{0,20}|\b(?:hear (?:back )?from ${YOU}|(?:a |an |your |ur )?(?:reply|answer|response)) (?:before|by) (?:my|the|next|this|(?:mon|tues|wednes|thurs|fri|satur|sun)day|christmas|tomorrow|tonight)\b[^.!?;,]{0,20}|\ball i (?:need|want|ask) is (?:for )?${YOU} to\b[^.!?;,]{0,30}|^\W*we good\s*\?|\b(?:what|wat|wot) (?:more|else) (?:do|can|could) ${YOU} (?:possibly )?want(?: from me)?\b|\bi(?:'ll| will|ll) (?:be )?expect(?:ing)? (?:your|ur|a) (?:call|reply|answer|response|text|letter)\b|\bif (?:you|u) (?:really |truly |ever |still )?(?:loved|cared about|cared for|love|care about) me,? (?:you|u)(?:'d| would|d)\b[^.!?;,]{0,20}|\b(?:don't|dont|do not) make me beg\b|\b${YOU}(?:'re| are|re| r) (?:going to|gonna) have to (?:talk|speak|forgive|see|face|deal with) (?:to )?me\b[^.!?;,]{0,20}|\bi know (?:you|u)(?:'ll| will|ll) do the right thing\b|\bplease give me (?:the|a) chance\b[^.!?;,]{0,30}|\b(?:we're|were|we are|we'll be|well be|we can be|we can go|we could go) back to (?:normal|how (?:we|things) were)\b|\b(?:text|call|ring|message|msg|answer|reply|write)(?: me)?(?: back)? as soon as ${YOU} (?:get|read|see) this\b)`),
      // Turning up at their door is pressure even after "you don't have to reply".
      unless: (norm, _m, span) => negatedBefore(norm, span.start, 4) || (softened(norm) && !/^i(?:'ll| will|ll) (?:be waiting|be expecting|expect)\b/.test(norm.slice(span.start))),
    },
    {
      // forgiveness asked for as a formal request: "kindly pardon me", "kindly forgive me",
      // "please understand and forgive", "kindly revert with your acceptance of my apology"
      // ("kindly accept my apologies" is only formal: not a demand)
      needs: ['kindly', 'understand and'],
      re: rx(raw`(?<s>\bkindly (?:pardon|forgive|overlook|revert|reply|respond|confirm)\b[^.!?;,]{0,20}|\b(?:please |pls |plz |just )?understand and forgive\b(?: me)?)`),
      unless: (norm, _m, span) => negatedBefore(norm, span.start, 3) || softened(norm),
    },
    {
      // a settlement declared by the writer: "let's call it even", "I expect you to drop the subject",
      // "I'd like this matter considered closed", "it's time we both moved forward", "can we not bring
      // it up again", "surely you've cooled off by now", "don't hold this over me"
      needs: ['call it', 'expect', 'considered', 'consider', 'matter', 'time', 'bring', 'bringing', 'drag', 'dragging', 'rake', 'raking', 'surely', 'hold'],
      re: rx(raw`(?<s>\b(?:let's|lets|let us|we can|we could|can we|could we|we should) (?:just )?call it (?:even|quits|square|a day|done)\b|\bi (?:now |fully |would )?expect (?:${YOU} )?to (?:drop|forgive|move on|let (?:it|this|that) go|get over|stop|put (?:it|this) behind|be (?:over|fine|ok|okay)|forget)\b[^.!?;,]{0,20}|\b(?:this|the|that) matter (?:to be |be |is |as )?(?:considered |treated as |regarded as )?(?:closed|settled|finished|resolved|done with)\b|\bconsider (?:this|the|that) matter (?:closed|settled|finished|resolved)\b|\b(?:it's|its|it is) (?:high |about )?time (?:that )?we (?:both |all )?(?:moved (?:on|forward|past)|put (?:it|this|that|the past) behind|let (?:it|this|that) go|got past|started (?:over|again|afresh))\b[^.!?;,]{0,20}|\b(?:can|could) we (?:please |just )?(?:not|stop) (?:bring(?:ing)?|drag(?:ging)?|rak(?:e|ing)) (?:it|this|that|the \w+|what happened)(?: \w+)? up\b[^.!?;,]{0,10}|\bsurely (?:${YOU}(?:'ve|ve| have)?|ya) (?:cooled (?:off|down)|calmed down|got over|gotten over|moved on|forgiven)\b[^.!?;,]{0,20}|\bsurely (?:${YOU}) (?:can|could) (?:give|let|forgive|drop|see)\b[^.!?;,]{0,30}|\b(?:don't|dont|do not|stop) (?:hold(?:ing)?|keep holding) (?:this|it|that|the past|what i did) (?:over|against) (?:me|my head)\b[^.!?;,]{0,20})`),
      unless: (norm, _m, span) => negatedBefore(norm, span.start, 2) && !/^(?:don't|dont|do not|stop)\b/.test(norm.slice(span.start)),
    },
    {
      // persistence and the weight put on their answer: "I'm going to keep ringing till you pick up",
      // "if you don't forgive me I don't know what I'll do", "your forgiveness is the only thing that
      // will keep me sober", "hearing from you would help me so much", "everyone else has forgiven me"
      needs: ['keep', 'forgive', 'forgiveness', 'hearing', 'else', 'all forgiven', 'halfway', 'say yes', 'family', 'take me', 'come back', 'talk to', 'answer', 'reply'],
      re: rx(raw`(?<s>\b(?:i'm|im|i am) (?:going to|gonna) keep (?:calling|ringing|texting|writing|trying|asking|messaging|knocking|coming (?:round|by|over)) (?:until|till|til|'til)\b[^.!?;,]{0,30}|\bif ${YOU} (?:don't|dont|do not|won't|wont|will not|can't|cant|never) (?:forgive me|take me back|come back|talk to me|answer|reply)\b,? (?:i (?:honestly |really |just )?(?:don't|dont|do not) know what i(?:'ll|ll| will| might)|i(?:'ll|ll| will) (?:never|end up|go back|relapse|drink|use|lose))\b[^.!?;,]{0,20}|\b${YOUR} forgiveness is (?:the only thing|all (?:i|that) (?:need|want|have)|what (?:keeps|will keep)|the one thing|my only)\b[^.!?;,]{0,30}|\bhearing (?:back )?from ${YOU} would (?:help|mean|save|make)\b[^.!?;,]{0,20}|\b(?:(?:everyone|everybody) else (?:has |have |'s |s )?(?:all )?|(?:they've|they have|theyve) all )forgiven me\b[^.!?;,]{0,30}|\bmeet me halfway\b|\bplease say yes\b[^.!?;,]{0,20}|\b(?:we're|were|we are) family,? and (?:family|families) (?:always )?forgives?\b)`),
      unless: (norm, _m, span) => negatedBefore(norm, span.start, 2),
    },
    {
      // asking them to act on the writer's behalf with others: "tell him to drop it", "the custody
      // application ought to be withdrawn", "tell the insurance you were the one driving"
      needs: ['tell', 'withdrawn', 'dropped', 'lifted', 'cancelled', 'canceled'],
      re: rx(raw`(?<s>\b(?:can|could|would|will) ${YOU} (?:please |just )?(?:talk to|speak to|have a word with)? ?(?:him|her|them|\w+)?,? ?(?:and )?tell (?:him|her|them|the \w+|${YOUR} \w+) (?:to (?:drop|let|forget|withdraw|stop)|(?:that )?(?:${YOU}|it) (?:were|was) (?:the one|driving|yours))\b[^.!?;,]{0,20}|\b(?:complaint|charges|application|report|order|claim|case|statement|injunction) (?:really |surely )?(?:ought to|should|must|needs to|has to) be (?:withdrawn|dropped|lifted|cancell?ed)\b)`),
      unless: (norm, _m, span) => negatedBefore(norm, span.start, 3),
    },
    {
      // their silence challenged, or a time set by the writer: "answer my calls", "why won't you answer
      // me?", "why are you ignoring me?", "I deserve a chance to explain", "I'd like us to move on",
      // "I'm not going anywhere until you talk to me", "I won't take no for an answer", "if you cared
      // you'd answer", "can't you just forgive me?", "let's leave the past in the past", "it's time to
      // forgive", "don't you think it's time...", "I need closure", "I hope you accept my apology"
      needs: ['answer', 'why', 'stop', 'deserve', 'us to', 'anywhere', 'until', 'till', 'cared', 'loved', 'gave', "can't", 'cant', 'cannot', "couldn't", 'couldnt', 'leave', 'time', 'closure', 'accept', 'hoping', 'stay', 'shut', 'close', 'wait'],
      re: rx(raw`(?<s>^\W*(?:please |pls |just )?answer (?:my|me|the) (?:calls|call|texts|messages|phone|door)\b|\bwhy (?:won't|wont|will not|don't|dont|can't|cant|aren't|arent) ${YOU} (?:just )?(?:answer|reply|respond|talk to me|speak to me|pick up|forgive|let (?:it|this|me)|call|text|see me|answering|replying|picking up)\b[^.!?;,]{0,20}|\bwhy (?:are|r) ${YOU} (?:still )?(?:ignoring|avoiding|blanking|ghosting|blocking|punishing) me\b|\b(?:stop|quit) (?:ignoring|avoiding|blanking|ghosting|punishing) me\b|\bi (?:at least |really |surely )?deserve (?:a chance|the chance|one chance|another chance|a second chance|an answer|a reply|a response|to be heard|to be forgiven|your forgiveness|a hearing)\b[^.!?;,]{0,20}|\bi(?:'d| would|d) (?:really |so )?(?:like|love) (?:for )?us to (?:just )?(?:move on|move forward|move past|start (?:fresh|over|again|afresh)|put (?:this|it|the past) behind us|forget|be (?:friends|close|ok|okay|good|normal) again|get back to)\b[^.!?;,]{0,20}|\bi(?:'m| am|m|'ll|ll| will)? (?:not going anywhere|(?:going to |gonna )?(?:wait|sit|stay|stand)(?:ing)? (?:here |outside |on (?:your|ur|the) (?:doorstep|step|porch) )?(?:until|till|til)) ${YOU} (?:talk|speak|answer|reply|forgive|see|open|let|agree|pick|come|listen)\b[^.!?;,]{0,20}|\bi (?:won't|wont|will not) take no for an answer\b|\bif ${YOU} (?:really |truly |even |actually )?(?:cared|loved me|gave a damn|gave a shit|cared at all),? ${YOU}(?:'d|d| would)\b[^.!?;,]{0,20}|\b(?:can't|cant|cannot|couldn't|couldnt|why can't|why cant) ${YOU} (?:just |please |even )?(?:forgive|let (?:it|this|that|the past) go|move on|get over (?:it|this)|give me (?:a|another|one more) chance|see past (?:it|this))\b[^.!?;,]{0,20}|\b(?:let's|lets|let us|we should|can we|could we|we need to|time to|we have to) (?:just |please )?leave (?:it|this|that|the past|what happened|all (?:of )?(?:that|this|it)) in the past\b|\b(?:it's|its|it is) (?:high |about )?time to (?:forgive(?! (?:myself|yourself|ourselves|himself|herself|themselves))|let (?:it|this|that|the past) go|forgive and forget|bury the hatchet)\b[^.!?;,]{0,20}|\b(?:don't|dont|do not) (?:you|u) think (?:it's|its|it is) (?:about |high )?time\b[^.!?;,]{0,30}|\bi (?:just |really )?need (?:some |this |the )?closure\b[^.!?;,]{0,20}|\bi (?:really |truly |do )?hope (?:that )?${YOU}(?:'ll|ll| will| can| could)? (?:accept|take) my apolog(?:y|ies)\b[^.!?;,]{0,20}|\b(?:i'm|im|i am) (?:really |just )?hoping for (?:a fresh start|a new start|another chance|a second chance|one more chance|(?:your|ur) forgiveness|a clean slate)\b[^.!?;,]{0,20}|\b(?:please )?(?:don't|dont|do not) (?:stay (?:mad|angry|cross|upset)(?: forever| for ever| for long)?(?=\s*[.!?]*\s*$)|shut the door on me|close the door on me|make me wait)\b)`),
      unless: (norm, _m, span) => {
        const s = norm.slice(span.start, span.end);
        // "you don't have to answer my calls", "I know I don't deserve a chance"
        if (negatedBefore(norm, span.start, 3) && !/^(?:don't|dont|do not|why|can't|cant|cannot|couldn't|couldnt|i (?:won't|wont|will not))\b/.test(s)) return true;
        // "I hope you can accept my apology, in your own time" leaves it with them.
        if (/^(?:i (?:really |truly |do )?hope|i(?:'m| am|m) (?:really |just )?hoping|i(?:'d| would|d) (?:really |so )?(?:like|love))\b/.test(s) && softened(norm)) return true;
        return /^(?:i (?:at least |really |surely )?deserve)\b/.test(s) && /\b(?:don't|dont|do not|never|no longer|hardly)\b[^.!?;,]{0,12}$/.test(norm.slice(0, span.start));
      },
    },
    {
      // forgiveness preached or presumed: "you'll feel better once you forgive me", "forgiveness is for
      // you", "holding onto anger only hurts you", "as a Christian you're called to forgive", "your
      // mother would want you to forgive me", "I know you'll understand", "I know you're a forgiving
      // person", "you're better than holding a grudge", "for old times' sake"
      needs: ['feel better', 'forgiveness', 'holding', 'hanging', 'resentment', 'called', 'supposed', 'meant', 'commanded', 'obliged', 'understand', 'counting', 'forgiving', 'kind', 'generous', 'big-hearted', 'better than', 'old times', 'christian', 'god', 'bible', 'jesus', 'scripture', 'faith', 'forgive', 'make up', 'friends', 'get along', 'move on', 'put this'],
      re: rx(raw`(?<s>\b${YOU}(?:'ll|ll| will| would|'d|d) feel (?:so much |much |a lot )?better (?:once|when|if|after) ${YOU} (?:forgive|let (?:it|this|go)|move on|talk to me)\b[^.!?;,]{0,20}|\bforgiveness is (?:(?:really |more |mostly )?for ${YOU}|good for ${YOU}|a gift (?:to|for) yourself)\b|\b(?:holding|hanging) (?:on ?to|on to|onto) (?:anger|resentment|a grudge|grudges|the past|this|it) (?:only |just |really )?(?:hurts|harms|poisons|eats|damages) (?:${YOU}|yourself)\b|\bresentment is (?:like )?(?:poison|drinking poison)\b|\b(?:as a christian|as christians|god|the bible|jesus|scripture|our faith)\b[^.!?;]{0,40}?\b(?:forgive|forgiveness)\b[^.!?;,]{0,20}|\b${YOU}(?:'re| are|re| r) (?:called|supposed|meant|commanded|obliged) to forgive\b|\b(?:would|will|'d)(?: have|'ve|ve)? want(?:ed)? (?:${YOU}|us) to (?:forgive|make up|be friends|get along|move on|put this behind)\b[^.!?;,]{0,20}|\bi(?: know| trust| am sure|'m sure|m sure) ${YOU}(?:'ll|ll| will) understand\b|\b(?:i'm|im|i am) counting on ${YOU} to (?:understand|forgive|see|let|give|drop)\b[^.!?;,]{0,20}|\bi know (?:${YOU}(?:'re| are|re| r)|${YOU} have always been) (?:such )?a (?:forgiving|kind|generous|understanding|big-hearted) (?:person|soul|man|woman)\b|\b${YOU}(?:'ve|ve| have) always been (?:so |such a |very )?(?:forgiving|understanding)\b|\b${YOU}(?:'re| are|re| r) better than (?:holding|this|that|a grudge|being petty|staying mad)\b[^.!?;,]{0,20}|\bfor old times'? sake\b)`),
      unless: (norm, _m, span) => negatedBefore(norm, span.start, 3),
    },
    {
      // their hurt timed or shamed, and the matter closed by the writer: "how long are you going to
      // punish me?", "the kids keep asking why you won't talk to me", "you're the only one still holding a
      // grudge", "this has gone on long enough", "I'm tired of this silent treatment", "I trust this
      // settles the matter", "I consider this closed", "let's be done with it", "so we're cool?"
      needs: ['how long', 'only one', 'keep asking', 'keeps asking', 'kept asking', 'grudge', 'gone on', 'drag', 'silent', 'shame', 'trust this', 'hope this', 'consider', 'done with', 'so we', 'so were', 'able to'],
      re: rx(raw`(?<s>\bhow (?:much )?long (?:are|r|will|is) ${YOU} (?:going to |gonna )?(?:keep )?(?:punish|punishing|ignore|ignoring|hold|holding|make|making|shut|shutting|keep|stay|be)\b[^.!?;]{0,30}\?|\b(?:keep|keeps|kept|are always|is always) asking (?:me )?why ${YOU} (?:won't|wont|don't|dont|will not|aren't|arent|never|can't|cant)\b[^.!?;,]{0,20}|\b${YOU}(?:'re| are|re| r) the only one (?:who's |who is |still |that's )*(?:holding|angry|mad|upset|not speaking|refusing)\b[^.!?;,]{0,20}|\b(?:this|it|the silence|the silent treatment|your silence) (?:has|'s|s) gone on (?:long enough|too long|for too long)\b|\b(?:let's|lets|let us|please|can we) (?:not|don't|dont) let (?:this|it) drag on\b|\b(?:tired of|sick of|fed up with|hurt by|done with) (?:this|the|your|ur) silent treatment\b|\bthe silent treatment (?:isn't|is not|isnt) (?:fair|right|helping|ok|okay)\b|\bwould be (?:a (?:shame|pity)|sad|awful) to (?:spend|have|let)\b[^.!?;,]{0,30}\bapart\b|\bi (?:trust|hope) (?:that )?this (?:resolves|settles|closes|ends|puts an end to|draws a line under) (?:the matter|things|it|this|everything|the issue)\b|\bi (?:trust|hope) (?:that )?this (?:is|will be) the end of (?:it|the matter|that)\b|\bi (?:now )?consider (?:this|it|the matter|that|things) (?:settled|closed|resolved|done|over|finished|behind us)\b|\b(?:let's|lets|let us|and) (?:just )?be done with (?:it|this|that)\b|^\W*(?:so )?(?:we're|were|we are) (?:good|cool|ok|okay|fine|square|alright|all right)(?: then| now)?\s*\?|\bwe (?:should|ought to) be able to (?:get past|move past|move on|put (?:it|this) behind|forget)\b[^.!?;,]{0,20})`),
      unless: (norm, _m, span) => negatedBefore(norm, span.start, 3) && !/^(?:let's|lets|let us|please|can we|how)\b/.test(norm.slice(span.start)),
    },
    {
      // a reply requested formally or in chat shorthand: "I would appreciate your prompt response", "I
      // await your reply", "I look forward to your favourable reply", "I trust we can put this matter
      // behind us", "hit me back", "hmu", "txt me", "u there?", "are we cool now", "pls dont hate me",
      // "get over it", "move on already", "come on, forgive me", "say something."
      needs: ['appreciate', 'await', 'awaiting', 'look forward', 'trust', 'confident', 'hit me', 'hmu', 'txt', 'text me', 'ignoring', 'are we', 'r we', 'so we', 'hate me', 'get over', 'move on', 'let it go', 'come on', 'say something', 'give me'],
      re: rx(raw`(?<s>\bi(?:'d| would|d) (?:really |greatly |much )?appreciate (?:your|ur|a) (?:prompt|swift|quick|early|timely|speedy|urgent) (?:response|reply|answer|decision)\b|\bi (?:await|am awaiting|'m awaiting|m awaiting|eagerly await|look forward to) (?:your|ur) (?:favourable |favorable |prompt |positive |early |kind |swift )?(?:reply|response|answer|decision|call)\b|\bi (?:trust|am confident|'m confident) (?:that )?(?:we|${YOU}) (?:can|will|could|shall) (?:now )?(?:put (?:this|the|it)(?: matter)? behind us|draw a line|move (?:on|forward|past)|consider (?:this|the) matter|see fit to|forgive|let (?:this|it) go)\b[^.!?;,]{0,20}|^\W*(?:pls |please |just )?(?:hit me (?:back|up)|hmu|txt me(?: back)?|text me back)\b|^\W*(?:${YOU}|r u|are (?:you|u)) ignoring me\s*\?|\bwhy (?:${YOU}|r u) (?:ignoring|avoiding|blanking|ghosting) me\b|^\W*(?:ok |so |okay |ok so |so like )?(?:are|r) we (?:cool|good|ok|okay|fine|square)(?: now| again| yet)?\s*\??\s*$|^\W*(?:ok |okay )?so (?:we|were|we're|we are) (?:good|cool|ok|okay|fine)\s*\?|\b(?:please|pls|plz|just) (?:don't|dont|do not) hate me\b|^\W*(?:just |so |now |pls |please )?(?:get over it|move on already|let it go already)\b|^\W*(?:oh )?come on,? (?:it's been|its been|forgive|don't be|dont be|just|please|pls|let it|get over|we're|were|you know|u know|mate|bro|babe)\b[^.!?;]{0,30}|^\W*(?:just |please |pls )?say something\s*[.!?]*\s*$|\bgive me (?:an|a straight|a proper|some kind of|some) answer\b)`),
      unless: (norm, _m, span) => negatedBefore(norm, span.start, 3) || (/^i (?:trust|am confident|'m confident)\b/.test(norm.slice(span.start)) && softened(norm)),
    },
    {
      // forgiveness owed back, their pride or stubbornness named, and sorry-fatigue: "I forgave you when
      // you cheated", "remember when I forgave you?", "I'd forgive you if it were the other way round",
      // "think of the kids", "don't be so stubborn", "don't let your pride get in the way", "it's not healthy
      // to hold on to this", "how many times do I have to say sorry?", "I've said sorry a hundred times",
      // "I can't keep apologising forever", "I don't know what else you want from me"
      needs: ['forgave', 'forgive', 'forgiven', 'kids', 'children', 'boys', 'girls', 'us', 'everything', 'our', 'stubborn', 'petty', 'childish', 'dramatic', 'difficult', 'unreasonable', 'unfair', 'like this', 'like that', 'pride', 'ego', 'anger', 'healthy', 'good for', 'times', 'apologising', 'apologizing', 'grovel', 'groveling', 'grovelling', 'saying sorry', 'else', 'more'],
      re: rx(raw`(?<s>\b(?:remember (?:when|how) )?i forgave (?:${YOU}|ya) (?:when|for|after|the time)\b[^.!?;,]{0,30}|\bi(?:'d| would|d) (?:have )?forgive(?:n)? (?:${YOU}|ya) if (?:it (?:were|was|had been) the other way (?:round|around)|the roles were reversed|(?:${YOU}|ya) (?:had )?(?:did|done) (?:it|this|that))\b|^\W*(?:please |just |pls |now )?think (?:of|about) (?:the kids|the children|the boys|the girls|us|everything we(?:'ve| have) (?:been through|had|built|shared)|our (?:family|kids|children|marriage|history|friendship|years))\b[^.!?;,]{0,20}|\b(?:don't|dont|do not|stop) (?:be|being) (?:so |such a )?(?:stubborn|petty|childish|dramatic|difficult|unreasonable|like (?:this|that))\b|\b${YOU}(?:'re| are|re| r) being (?:so |really |very |a bit )?(?:stubborn|petty|childish|dramatic|unreasonable|unfair|difficult)\b|\b(?:don't|dont|do not) let (?:your|ur) (?:pride|ego|anger|stubbornness) (?:get in the way|stand in the way|win|stop (?:you|u))\b[^.!?;,]{0,20}|\b(?:it's|its|it is) not (?:healthy|good for (?:${YOU}|ya)) to (?:hold on ?to|hang on ?to|keep|stay (?:angry|mad)|hold (?:a grudge|onto))\b[^.!?;,]{0,20}|\bhow many (?:more )?times (?:do|must|will|should|have) i (?:have to |got to |need to )?(?:say (?:i'm |im |i am )?sorry|apologi[sz]e|say it)\b|\bi(?:'ve| have|ve) (?:already )?(?:said (?:i'm |im |i am )?sorry|apologi[sz]ed) (?:a hundred|a thousand|a million|so many|a dozen|loads of|countless|hundreds of|dozens of|(?:ten|twenty|fifty) ?) ?times\b|\bi (?:can't|cant|cannot|can not) (?:keep )?(?:apologi[sz]ing|saying sorry|grovel(?:l)?ing) (?:forever|for ever|for the rest of my life|every day)\b|\bi (?:don't|dont|do not) know what (?:else|more) (?:${YOU}|ya) (?:want|need|expect) (?:from me|me to (?:say|do))\b|\bwhat (?:else|more) do (?:${YOU}|ya) want me to (?:say|do)\b)`),
      unless: (norm, _m, span) => {
        const s = norm.slice(span.start, span.end);
        if (/^(?:don't|dont|do not|stop|i (?:don't|dont|do not|can't|cant|cannot|can not))\b/.test(s)) return false;
        return negatedBefore(norm, span.start, 3);
      },
    },
    {
      // a demand made of them for the writer's sake: "I need you to hear me out", "I need you to stop telling
      // everyone", "I need to hear that you forgive me", "don't tell your mum", "keep this between us"
      needs: ['need', 'tell', 'keep', 'between us'],
      re: rx(raw`(?<s>\bi (?:really |just |so )?need (?:${YOU} to (?:hear me out|listen to me|stop (?:telling|talking|saying|ignoring|avoiding|blocking)|drop|withdraw|tell (?:them|him|her|everyone|the \w+)|keep (?:this|it|quiet)|not tell|believe me|trust me(?: again)?|accept (?:my|this)|come (?:home|back|round|over)|meet me|see me|call me|answer|reply|talk to me|give me|let me|forgive)|to hear (?:that )?${YOU}(?:'ll| will)? (?:forgive|still love|don't hate|dont hate|are ok|'re ok))\b[^.!?;,]{0,30}|(?:^|[,;:] ?|\b(?:and|so|but|just|please|pls|plz) )(?:please |pls |plz |just )?(?:don't|dont|do not) tell (?:${YOUR} (?:mum|mom|dad|mam|wife|husband|partner|boss|family|brother|sister|parents|mates|friends)|anyone|anybody|the (?:police|cops|boss|family|kids)|(?:mum|mom|dad|mam)\b)[^.!?;,]{0,20}|\b(?:can|could|will|would) ${YOU} (?:please |just )?keep (?:this|it|that) (?:between us|quiet|to yourself)\b|(?:^|[,;:] ?|\b(?:and|so|please|pls|just) )keep (?:this|it) (?:between us|quiet|to yourself)\b)`),
      unless: (norm, _m, span) => negatedBefore(norm, span.start, 3) && !/^(?:[,;:] ?)?(?:and |so |but |just |please |pls |plz )?(?:please |pls |plz |just )?(?:don't|dont|do not)\b/.test(norm.slice(span.start)),
    },
    {
      // forgiveness presumed or leaned on: "I know you'll forgive me", "my higher power has forgiven me, so I
      // hope you can too", "you've forgiven your sister for worse", "I'm sure once you've cooled down you'll
      // see", "please to forgive me", "forgive me soon", "I'd be grateful if you could confirm we're on good terms"
      needs: ['know', 'sure', 'forgiven', 'forgive', 'forgiving', 'cooled', 'calmed', 'grateful', 'good terms'],
      re: rx(raw`(?<s>\bi (?:just |already )?know (?:that )?${YOU}(?:'ll|ll| will) (?:forgive me|come round|come around|get over it|let it go)\b[^.!?;,]{0,20}|\b(?:i'm|im|i am) (?:sure|certain|confident) (?:that )?(?:once|when) ${YOU}(?:'ve|ve| have)? (?:cooled|calmed) down,? ${YOU}(?:'ll|ll| will)\b[^.!?;,]{0,30}|\b(?:has|have|'s|'ve|ve) forgiven me,? (?:so|and) (?:i (?:hope|know|trust|pray) )?${YOU} (?:can|could|will|should|must|ought to)(?: too| as well)?\b|\b(?:${YOU}(?:'ve|ve| have)|${YOU}) forgiven (?:${YOUR} \w+|him|her|them|people|others) (?:for (?:worse|much worse|far worse|a lot worse|more)|plenty of times)\b[^.!?;,]{0,30}|\bplease to forgive\b|\b(?:forgive|forgiving) me (?:soon|quickly|sooner|by (?:christmas|sunday|monday|the weekend|then))\b|\bi(?:'d| would|d) be (?:so |very |really |most )?grateful if ${YOU} (?:could|would) (?:confirm|forgive|reply|respond|drop|let|give|put|tell)\b[^.!?;,]{0,30}|\b(?:confirm|tell me) (?:that )?we(?:'re| are|re) (?:back )?on good terms\b)`),
      unless: (norm, _m, span) => negatedBefore(norm, span.start, 3),
    },
    {
      // their letting go asked for as a wish: "I hope you can forget about it", "I hope you can put it down
      // soon"; a settlement: "I expect that to be the end of the matter", "we both need to move on now"
      needs: ['hope', 'hoping', 'expect', 'end of', 'both need', 'all need', 'both have', 'both got'],
      re: rx(raw`(?<s>\b(?:i )?(?:hope|hoping)(?: that)? ${YOU}(?:'ll|ll| will| can| could)? (?:just )?(?:forget (?:about )?(?:it|this|that|all (?:of )?(?:this|that|it))|put (?:it|this|that) down|drop (?:it|this|the subject))\b[^.!?;,]{0,20}|\bi (?:now )?expect (?:that|this|it) to be the end of (?:it|the matter|that|this)\b|\bwe (?:both|all) (?:really |just )?(?:need|have|got|ought|should|must)(?: to)? (?:move on|move forward|put (?:it|this|that) behind us|let (?:it|this|that) go|forget (?:it|this|about it))\b[^.!?;,]{0,20})`),
      unless: (norm, _m, span) => negatedBefore(norm, span.start, 3) || (/^(?:i )?(?:hope|hoping)\b/.test(norm.slice(span.start)) && /\b(?:some ?day|one day|in time|eventually|if (?:you|u) (?:want|can|ever))\b/.test(norm)),
    },
    {
      // appeals against their decision: "don't let one bad year wipe out twenty good ones", "whether you want me
      // there or not", "tell me I'm not a monster", "just say we're good and I'll stop"
      needs: ['let', 'whether', 'tell me', 'say we', "say we're", 'say were'],
      re: rx(raw`(?<s>\b(?:don't|dont|do not|please don't|please dont) let (?:one|a|a single|this one|that one) (?:bad |stupid |silly |drunken |mistake |moment )?(?:\w+ )?(?:wipe out|undo|erase|cancel out|outweigh|ruin|destroy|throw away) (?:\w+ )?(?:good |happy |great )?(?:years|ones|times|memories|decades|everything|all (?:the|our|those))\b[^.!?;,]{0,20}|\bwhether ${YOU} (?:like it|want (?:me|it|that|us)(?: there| to| here| back)?) or not\b|\b(?:can|could|will) ${YOU} (?:at least |just |please )?tell me (?:that )?(?:i'm|im|i am) not (?:a monster|a bad person|evil|a terrible person|the worst)\b|\b(?:just |please )?say (?:that )?(?:we're|were|we are) (?:good|ok|okay|fine|cool|square|alright)\b[^.!?;,]{0,30})`),
      unless: (norm, _m, span) => negatedBefore(norm, span.start, 2) && !/^(?:don't|dont|do not|please)\b/.test(norm.slice(span.start)),
    },
    {
      // contact set on the writer's timetable, or a reconciliation read into the apology: "I'll ring you on
      // Sunday", "I'll come by tomorrow to talk", "I hope this means we can be friends again", "there's no
      // reason for you to stay angry now"
      needs: ['call', 'ring', 'phone', 'text', 'visit', 'means', 'mean', 'reason'],
      re: rx(raw`(?<s>\bi(?:'ll|ll| will) (?:call|ring|phone|text|visit) (?:${YOU} )?(?:on (?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|this (?:weekend|week|evening)|next (?:week|weekend)|at the weekend)\b[^.!?;,]{0,30}|\bi (?:hope|trust) (?:that )?(?:this|that|my apology|this letter|this message) (?:means|will mean) (?:that )?(?:we|you) (?:can|will|could) (?:be (?:friends|close|ok|okay|good|a family) again|move on|put (?:this|it) behind|start (?:over|again|fresh)|forget|go back to)\b[^.!?;,]{0,20}|\b(?:there's|there is|theres) no (?:reason|need) (?:for ${YOU} )?to (?:stay|be|keep being|remain) (?:angry|mad|upset|cross|distant|away)\b[^.!?;,]{0,20})`),
      unless: (norm, _m, span) => negatedBefore(norm, span.start, 3) || softened(norm) || /\bif\b/.test(norm),
    },
    {
      // the subject closed by the writer: "can we just stop talking about it", "can u drop it now", "I
      // think we should leave it there", "let's not make a big drama out of it", "let's not fall out over
      // it", "you can't keep dragging it up", "no need to keep raking it up", "you bring it up every single
      // time", "could you please stop telling everyone", "we've both said enough now"
      needs: ['stop', 'quit', 'drop it', 'leave it', 'end it', 'make a', 'make it', 'turn it', 'fall out', 'keep', 'still', 'always', 'every', 'said enough'],
      re: rx(raw`(?<s>\b(?:can|could|will|would) (?:we|${YOU}) (?:just |please |pls |plz |all |both )*(?:stop|quit) (?:talking about|going on about|bringing up|mentioning|discussing|dwelling on|banging on about|telling (?:people|everyone|everybody|the family|others|folk|the whole))\b[^.!?;,]{0,20}|(?:\b(?:just|please|pls|plz|now|so|can ${YOU}|could ${YOU}|can we|could we|let's|lets)\s+)drop it\b(?!\s+(?:off|round|over|by|in|at|back|to|into|on))|\b(?:we should|we could|let's|lets|let us|i'd like us to|id like us to|i would like us to|can we|could we|we can|we'll|we will|better to|best to) (?:just |all |both )?(?:leave|end) (?:it|things|this|that|the matter) (?:there|at that)\b|\b(?:let's|lets|let us|can we|could we|we don't need to|we dont need to|no need to) not (?:make|turn) (?:it|this|that) (?:into )?(?:a |such a |a big |a whole |some )?(?:big )?(?:thing|deal|drama|fuss|scene|issue|song and dance)\b|\b(?:let's|lets|let us|can we|could we) not (?:make|turn) (?:a |such a |a big |a whole )?(?:big )?(?:thing|deal|drama|fuss|scene|issue|song and dance) (?:of|out of|about) (?:it|this|that)\b|\b(?:let's|lets|let us|no need to|no point|we shouldn't|we shouldnt) (?:not )?(?:fall|falling) out (?:over|about) (?:it|this|that|something)\b|\b(?:${YOU}|we|why (?:are |do )?(?:${YOU}|ur)|(?:you're|youre|ur|u r|you are))\b[^.!?;]{0,20}?\b(?:keep|keeps|still|always|can't keep|cant keep|cannot keep)\s+(?:bringing|dragging|raking|digging|throwing)\s+(?:it|this|that|things|the past|stuff|it all)\s+(?:up|back up)\b|\b(?:no need|no reason|no point|don't need|dont need|shouldn't need|shouldnt need) (?:for (?:${YOU}|us) )?to keep (?:bringing|dragging|raking|digging|throwing) (?:it|this|that|things|the past|it all) up\b|\b(?:${YOU}|ya) (?:bring|drag|rake|throw) (?:it|this|that) (?:up|back up) every (?:single )?time\b|\b(?:we've|weve|we have|we've both|weve both) (?:both |all )?said enough\b)`),
      unless: (norm, _m, span) =>
        softened(norm) ||
        // the writer's own restraint: "I don't want you to keep dragging it up for my sake"
        /\b(?:i|i'll|ill|i will|i won't|i wont|i don't|i dont|i do not)\s*(?:want (?:you|u) to|need (?:you|u) to)?\s*$/.test(norm.slice(Math.max(0, span.start - 20), span.start)),
    },
    {
      // sorry-fatigue: the apology counted as already paid: "I said sorry already", "i've apologised like
      // a dozen times now", "I've apologised four times, how many more", "I've said my piece", "I'm not
      // going to keep saying sorry forever", "it was ages ago and I said sorry"
      needs: ['said', 'told', 'apologised', 'apologized', 'apologise', 'apologize', 'saying', 'piece', 'many'],
      re: rx(raw`(?<s>\bi (?:already )?(?:said|told (?:you|u)) (?:i'm |im |i was )?sorry already\b|\b(?:i've|ive|i have) (?:already )?(?:said sorry|apologi[sz]ed|said i'm sorry|said im sorry) (?:already\b|like \w+|(?:about |like )?(?:a|\w+) (?:(?:million|hundred|thousand|dozen|few|couple of|load of) )?times(?: now| already| over)?\b|(?:over and over|again and again|till i'm blue|enough)\b)[^.!?;,]{0,20}|\b(?:i've|ive|i have) said my piece\b|\b(?:i'm|im|i am) not (?:going to|gonna) keep (?:saying (?:it|sorry|i'm sorry|im sorry)|apologi[sz]ing)\b[^.!?;,]{0,20}|\b(?:ages|months|years|weeks|a long time) ago and i (?:said|already said) sorry\b|\bhow many (?:more )?(?:times|apologies|sorries)\b[^.!?;]{0,30}?\b(?:want|need|have to|got to|gotta)\b)`),
      unless: (norm, _m, span) =>
        // "I've said sorry before, and I know words are not enough": owned straight after
        /^\s*,?\s*(?:but|and|yet)\s+(?:i know |i see |that's |thats |that is |it's |its |it is |words )/.test(norm.slice(span.end)) ||
        /\b(?:i know|i realise|i realize)\s*$/.test(norm.slice(Math.max(0, span.start - 12), span.start)),
    },
    {
      // contact asked for on the writer's timetable: "text me back when you get this", "give me a ring
      // tomorrow yeah", "write back when u can", "I'd like a reply by Monday", "it would mean a lot to hear
      // back from you this week", "I'd be grateful for your reply at your earliest convenience", "just pick
      // up the phone"
      needs: ['back', 'ring', 'call', 'bell', 'buzz', 'shout', 'text', 'txt', 'message', 'msg', 'email', 'write', 'reply', 'answer', 'response', 'word', 'hear', 'phone', 'earliest'],
      re: rx(raw`(?<s>\b(?:(?:write|text|txt|message|msg|call|ring|phone|email|get back to)(?: (?:me|us)(?: back)?| back)|give (?:me|us) a (?:bell|ring|call|buzz|shout)) (?:when (?:${YOU}|ya) (?:can|get this|get a (?:chance|minute|sec)|see this|read this)|tomorrow|tonight|today|this (?:week|weekend|evening|morning)|asap|a\.s\.a\.p|soon|straight away|first thing|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|tomorrow|tonight))\b|\b(?:an? |your )?(?:answer|reply|response|word)(?: from (?:${YOU}|ya))? (?:(?:by|before|within) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|tomorrow|tonight|the end of|\d+)|this (?:week|weekend))\b|\bhear back (?:from (?:${YOU}|ya) )?(?:this|by|before|within|soon|asap)\b|\b(?:reply|response|answer)\b[^.!?;]{0,30}?\bat (?:${YOUR}|the) earliest(?: convenience)?\b|\b(?:just|please|pls) (?:pick up|answer) (?:the|ur|your) (?:phone|calls?)\b)`),
      unless: (norm) => softened(norm) || /\b(?:if|whenever|ready|or not|no need|don't need to|dont need to|have to|feel like)\b/.test(norm),
    },
    {
      // their hurt given a deadline or a price already paid: "surely that's worth something", "surely that
      // counts for something", "I'd hoped you of all people would understand by now", "I thought we'd moved
      // past it", "don't tell me you're still upset about that", "I hope you're feeling better about it now"
      needs: ['surely', 'by now', 'moved', 'got past', 'gotten past', 'put', 'gone', 'still', 'better about'],
      re: rx(raw`(?<s>\bsurely (?:that|this|it|all that|all this)(?:'s|s| is| has| must| should)? (?:worth|counts?|count for|deserves?|earns?|means?|buys?|gets? me|has to count|must count|should count|is enough|enough)\b[^.!?;,]{0,25}|\b(?:i'd|id|i had|i) (?:hoped|thought|expected|assumed|figured) (?:that )?(?:${YOU}|ya)(?: of all people)? (?:would|'d|d|might|could) (?:understand|forgive|have forgiven|get over|have got over|be over|have moved on|move on|let (?:it|this|that) go|see)\b[^.!?;]{0,30}?\bby now\b|\b(?:i |we )?(?:thought|assumed|figured|reckoned) (?:we'd|wed|we had|we were|we'd all|you'd|youd|u'd|ud|you had) (?:moved|moving|got|gotten|put|gone) (?:past|on from|over|beyond|behind)\b(?: (?:it|this|that|all that))?|\b(?:don't|dont|do not) tell me (?:you're|youre|ur|you are|u r|u are|your) still (?:upset|mad|angry|annoyed|sulking|hurt|on about|going on about|cross)\b[^.!?;,]{0,20}|\bhope (?:you're|youre|ur|you are|u r|u are) (?:feeling )?(?:better|ok|okay|alright|over it|fine) about (?:it|this|that|all that)(?: now| by now)?\b)`),
    },
    {
      // the writer's need made their burden: "I really need a friend right now", "i need u to have my
      // back", "it would really help my recovery if you unblocked me", "do you want me to relapse?", "I
      // won't be able to sleep till we've talked", "can't focus on anything until you reply", "your silence
      // is killing me", "it's killing me that you won't see me", "you're all I've got, please don't do this
      // to me"
      needs: ['need', 'help my', 'help me', 'want me to', 'rest', 'sleep', 'concentrate', 'focus', 'think', 'eat', 'relax', 'function', 'settle', 'silence', 'killing', 'killin', 'destroying', 'breaking', 'eating', 'all i', 'only', 'do this'],
      re: rx(raw`(?<s>\b(?:i|i'm|im) (?:really |just |so |desperately )?need (?:a (?:mate|friend|pal)|my (?:family|mum|mom|dad|brother|sister|son|daughter|wife|husband|friends|mate|people)|(?:you|u) (?:all |both )?(?:back|here|with me))(?: (?:right now|now|more than ever|at the moment|so much|so badly))?\b|\b(?:i|i'm|im) (?:really |just |so |desperately )?need (?:you|u) (?:right now|now|more than ever|so much|so badly)\b|\bneed (?:${YOU}|ya) to (?:have my back|back me up|stick up for me|stand by me|be there for me|get me through|help me (?:get )?through|help me cope)\b|\b(?:it|that|this) (?:would|will|could|'d|d) (?:really |so |honestly )?help (?:my recovery|my sobriety|me stay (?:sober|clean|off)|me not (?:drink|use|relapse))\b[^.!?;]{0,15}?\bif (?:${YOU}|ya)\b|\bdo (?:${YOU}|ya) want me to (?:relapse|drink|use|go back|end up|fall apart|start again|pick up)\b|\b(?:won't|wont|will not|can't|cant|cannot|couldn't|couldnt) (?:be able to )?(?:rest|sleep|concentrate|focus|think straight|eat|relax|function|settle)\b[^.!?;]{0,30}?\b(?:till|til|until|'til|unless) (?:${YOU}|ya|we|we've|weve|i hear|i know)\b|\b(?:${YOUR}|the) silence is (?:killing|killin|destroying|breaking|eating) me\b|\b(?:it's|its|it is) (?:killing|killin|destroying|breaking|eating) me (?:that|how) (?:${YOU}|ya) (?:won't|wont|don't|dont|will not|do not|aren't|arent)\b|\b(?:you're|youre|ur|you are|u r|u are) (?:all|the only (?:one|person)) i(?:'ve| have|ve)? (?:got|have|got left|have left)\b[^.!?;]{0,30}?\b(?:please|don't|dont|do not)\b|\bplease (?:don't|dont|do not) do this to me\b)`),
      unless: (norm, _m, span) =>
        softened(norm) ||
        // "I need my sponsor right now more than anyone": help sought elsewhere, not from them
        /\b(?:sponsor|counsellor|counselor|therapist|meeting|group|doctor)\b/.test(norm.slice(span.start, span.end + 20)),
    },
    {
      // the reconciliation set by the writer: "can we just be mates again now?", "I'd like nothing more
      // than for us to go back to normal now", "I'd love for us all to put the past behind us at Easter",
      // "we've been friends since school, yeah?"
      needs: ['again', 'normal', 'behind us', 'move', 'start', 'how things', 'how it', 'way things', 'way it', 'since school', 'since we were', 'since uni'],
      re: rx(raw`(?<s>\b(?:can|could) we (?:just |please |all |not )*(?:be|go back to being) (?:mates|friends|pals|buddies|besties|close|family|a family|us|together) again\b[^.!?;,]{0,10}|\b(?:i'd|id|i would) (?:love|like|want)(?: nothing more than)?(?: it)? for (?:us|the two of us|all of us|us all|us both)(?: all| both)? to (?:go back to (?:normal|how (?:it|things) (?:was|were)|the way (?:it|things) (?:was|were))|put (?:the past|it|this|that|everything|it all) behind us|be (?:mates|friends|close|a family|family) again|move on|start (?:again|afresh|fresh|over))\b[^.!?;,]{0,25}|\b(?:we've|weve|we have) been (?:friends|mates|pals|close) since (?:school|we were \w+|uni|college|forever|primary)\b[^.!?;]{0,20}?(?:,\s*(?:na|yeah|right|no|innit|eh|ya|yaar)\b|\?))`),
      unless: (norm) => softened(norm),
    },
    {
      // mercy asked for the writer: "go easy on me", "everyone needs to stop piling on me", "you owe me some
      // understanding" ("I've been punished enough" is left out: writers disagree whether it presses them
      // or only laments)
      needs: ['easy on', 'piling', 'ganging', 'dogpiling', 'owe me'],
      re: rx(raw`(?<s>\b(?:please |just |so )?go easy on me\b|\bstop (?:piling|ganging|dogpiling) (?:on|up on) me\b|\b(?:${YOU}|ya|everyone|you all|y'all) owe(?:s)? me (?:a (?:bit|little) of |some |a little |at least some |a bit more )?(?:understanding|patience|sympathy|slack|a break|a chance|the benefit of the doubt|a hearing)\b)`),
      unless: (norm, _m, span) => negatedBefore(norm, span.start) || /\b(?:don't|dont|do not|doesn't|doesnt|never|nobody|no one) (?:\w+ )?owes? me\b/.test(norm),
    },
    {
      // the other person asked to act for the writer with third parties: "could you at least tell the kids
      // I'm not a monster", "tell your mum I made it right", "I hope the club will reinstate me", "I'd
      // appreciate it if you withdrew the complaint", "please don't keep the girls from me", "there's no
      // reason you can't let me see the kids now"
      needs: ['tell', 'let', 'reinstate', 'rehire', 're-hire', 'reemploy', 're-employ', 'take me back', 'have me back', 'withdrew', 'dropped', 'lifted', 'cancelled', 'canceled', 'retracted', 'keep', 'keeping', 'no reason'],
      re: rx(raw`(?<s>\b(?:tell|let) (?:the kids|the children|the boys|the girls|the neighbours|the neighbors|everyone|people|the family|the others|them|your (?:mum|mom|dad|family|sister|brother|friends|husband|wife|parents)|ur (?:mum|mom|dad|family|sister|brother|friends|parents)) (?:that )?(?:(?:i'm|im|i am|i was) (?:not (?:a |the )?\w+|a good \w+|really sorry|truly sorry|sorry|trying|changed)|(?:i've|ive|i have) (?:changed|paid|made it right|put it right|sorted it)|i (?:made|put) (?:it|things) right|i paid (?:it|you|u|them) back|i never meant)\b[^.!?;,]{0,25}|\b(?:hope|trust|expect|would like|'d like|d like)\b[^.!?;]{0,40}?\b(?:reinstate|re-?hire|re-?employ|take me back on|have me back|let me back)\b[^.!?;,]{0,20}|\bif (?:${YOU}|ya) (?:withdrew|dropped|lifted|cancelled|canceled|retracted) (?:the|your|ur|that) (?:\w+ )?(?:grievance|complaint|charges|charge|claim|report|order|injunction|case|statement)\b|\b(?:don't|dont|do not|stop|please don't|please dont) keep(?:ing)? (?:the kids|the children|the boys|the girls|my (?:kids|son|daughter|children|grandkids|grandchildren|boys|girls)|(?:him|her|them)) (?:away )?from me\b|\bno reason (?:${YOU}|ya) (?:can't|cant|cannot|shouldn't|shouldnt|wouldn't|wouldnt) (?:trust|let|have|give|see|take|leave)\b[^.!?;,]{0,25})`),
      unless: (norm) => softened(norm),
    },
    {
      // public statements that close the matter for the readers: "we hope the whole community can now
      // move forward together", "let's choose kindness and move forward together", "we look forward to
      // putting this chapter behind us", "supporters will now put this behind them", "it is time to put
      // this matter behind us"
      needs: ['together', 'behind us', 'behind them', 'everyone', 'everybody', 'community', 'family', 'supporters', 'all of us'],
      re: rx(raw`(?<s>\b(?:move|moving|come together and move) (?:on|forward)(?: from (?:this|it|here|that))? together\b|\b(?:hope|hoping|wish|love|like|want|can't wait|cant wait|ask|asks|asking|trust|time)\b[^.!?;]{0,50}?\b(?:everyone|everybody|all of (?:us|our \w+)|(?:the|our) (?:whole |entire |wider )?(?:\w+ )?(?:community|family|supporters|members|fans|customers|residents|guests))\b[^.!?;]{0,40}?\b(?:move (?:on|forward|past)|put (?:this|it|that)(?: matter| chapter| episode)? behind|draw a line under)\b|\b(?:to|as we|as i|and|now|will|can) put(?: all)? (?:this|it|that|the matter|this matter|this chapter|this episode|the past)(?: all)? behind (?:us|them)\b|\bputting (?:this|it|that|the matter|this matter|this chapter|this episode|the past)(?: all)? behind (?:us|them)\b|\b(?:this|the) (?:chapter|matter|episode) is (?:now )?behind us\b|\b(?:let's|lets|let us) (?:all )?[^.!?;]{0,40}?,? and (?:just )?move on\b)`),
      unless: (norm, _m, span) => negatedBefore(forNegation(norm), span.start, 3) || softened(norm),
    },
    {
      // the readers' loyalty asked for in the apology: "we hope that our supporters will continue to stand
      // with us", "we would ask our supporters to stand with us at this difficult time", "asks the
      // community for its continued support and patience", "i'm asking for a little grace"
      needs: ['stand with', 'stand by', 'stand behind', 'continued', 'continue to', 'grace'],
      re: rx(raw`(?<s>\b(?:ask|asks|asking|hope|hoping|trust|count on|counting on|urge)\b[^.!?;]{0,60}?\b(?:(?:its|your|their|our|the) continued (?:support|loyalty|patience|trust|faith|backing)|continue to (?:stand (?:with|by|behind) (?:us|me)|support (?:us|me|the|our|my)|back (?:us|me)|trust (?:us|me)|believe in (?:us|me))|stand (?:with|by|behind) (?:us|me)|(?:a little|some|your) grace)\b)`),
      unless: (norm, _m, span) => negatedBefore(norm, span.start, 3),
    },
    {
      // the harmed asked to close it so the writer can get on: "I hope she'll accept my apology soon so
      // that all of us can get back to the people's business", "we would respectfully ask Ms Reid to
      // accept this apology so that everyone can draw a line", "I hope that people will now allow me to
      // get on with the job they elected me to do", "to find it in your hearts to forgive him"
      needs: ['accept', 'elected', "people's business", 'hearts', 'heart'],
      re: rx(raw`(?<s>\b(?:hope|hoping|ask|asks|asking|urge|trust)\b[^.!?;]{0,40}?\baccept (?:my|this|our|the) apology (?:soon|quickly|now|so that|and (?:move|let))\b|\b(?:get(?:ting)? back to|get(?:ting)? on with|return(?:ing)? to) (?:the (?:people's|public's|country's) business|the (?:job|work) (?:that )?(?:the people|they|you|voters|residents) elected me|the (?:important )?(?:work|job|business) (?:of this (?:district|ward|constituency|council)|i was elected|the people elected))\b|\bfind it in (?:your|their|his|her) hearts? to forgive\b)`),
      unless: (norm, _m, span) => negatedBefore(forNegation(norm), span.start, 3) || softened(norm),
    },
  ],
  examples: {
    positive: [
      "I hope she'll accept my apology soon so that all of us can get back to the people's business.",
      'I hope that people will now allow me to get on with the job they elected me to do.',
      'We ask you to find it in your hearts to forgive him.',
      'We hope this statement allows all of our people to draw a line under this chapter.',
      'We hope the whole community can now move forward together.',
      "Let's choose kindness and move forward together.",
      'We look forward to putting this chapter behind us.',
      'We hope supporters will now put this behind them.',
      'We would ask our supporters to stand with us at this difficult time.',
      "i'm asking for a little grace while i process all of this.",
      "I know I don't deserve it, but please forgive me.",
      'Let\'s all take a breath, laugh a little, and move on.',
      "could you at least tell the kids I'm not a monster",
      "tell your mum I made it right",
      "I hope the club will reinstate me.",
      "I'd appreciate it if you withdrew the complaint.",
      "please don't keep the girls from me",
      "there's no reason you can't let me see the kids now",
      'can we just stop talking about it now',
      'can u drop it now',
      'I think we should leave it there.',
      "let's not make a big drama out of it",
      'lets not make it a big thing ok',
      "let's not fall out over it",
      "you can't keep dragging it up",
      "There's no need to keep raking it up.",
      'you bring it up every single time',
      'Could you please stop telling everyone?',
      "We've both said enough now.",
      'I said sorry already',
      "i've apologised like a dozen times now",
      "I've apologised four times, how many more do you want?",
      "I've said my piece.",
      "I'm not going to keep saying sorry forever.",
      'it was ages ago and I said sorry',
      'text me back when you get this',
      'give me a ring tomorrow yeah',
      'write back when u can',
      "I'd like a reply by Monday.",
      'It would mean a lot to hear back from you this week.',
      "I'd be grateful for your reply at your earliest convenience.",
      'just pick up the phone',
      "I've been sober ninety days, surely that counts for something.",
      "surely that's worth a second chance",
      "I'd hoped you of all people would understand by now.",
      "I thought we'd moved past it.",
      "don't tell me you're still upset about that",
      "I hope you're feeling better about it now.",
      'I really need a friend right now.',
      'i need u to have my back on this',
      'it would really help my recovery if you unblocked me',
      'do you want me to relapse?',
      "I won't be able to sleep till we've talked.",
      "can't focus on anything until you reply",
      'your silence is killing me',
      "it's killing me that you won't see me",
      "you're all I've got, please don't do this to me",
      'can we just be mates again now?',
      "I'd like nothing more than for us to go back to normal now.",
      "I'd love for us all to put the past behind us at Easter.",
      "we've been friends since school, yeah?",
      'please go easy on me',
      'everyone needs to stop piling on me',
      'you owe me some understanding',
      "I'll ring you on Saturday so we can talk it through.",
      "I hope this letter means we can be friends again.",
      "There's no reason for you to stay angry now.",
      "I need you to hear me out before you decide anything.",
      "I need you to stop telling the neighbours what happened.",
      "I need to hear that you forgive me.",
      "Please don't tell your dad about the car.",
      "Can you keep this between us?",
      "I know you'll forgive me, you always do.",
      "I'm sure once you've calmed down you'll see it differently.",
      "God has forgiven me, so I hope you can too.",
      "You've forgiven your brother for far worse.",
      "Please to forgive me for that night.",
      "I hope you'll think about forgiving me soon.",
      "I'd be grateful if you could confirm that we're on good terms.",
      "I hope you can forget about it.",
      "I expect this to be the end of the matter.",
      "We both need to move on now.",
      "Don't let one stupid night wipe out ten good years.",
      "I'm coming to the christening whether you want me there or not.",
      "Can you at least tell me I'm not a monster?",
      "just say we're good and i'll leave it",
      'You have to forgive me.',
      'I need you to forgive me.',
      'Please forgive me, I\'m begging you.',
      "Let's put this behind us.",
      'write back soon ok? i really need to hear from u',
      "I've been to three meetings this week, so can we please just move on?",
      "I apologize for everything, and I hope you'll forgive me.",
      'It would mean the world if you could forgive me before Christmas.',
      "I'm in rehab now, so you can't really keep holding the past against me.",
      "I'll come round on Sunday so we can sort this out face to face.",
      'Please don\'t shut me out, I\'m trying so hard here.',
      "I'd like an answer by Friday at the latest.",
      'plz respond, its been 3 days',
      "i can't do this without u pls reply",
      "I can't stay sober while you won't even speak to me.",
      'You forgave your sister for far worse.',
      "I can't move on until you forgive me.",
      'Can you find it in your heart to give me one more go?',
      "Life's too short to stay angry over a few hundred quid.",
      "You can't stay mad at me forever.",
      'please reconsider, for the kids',
      "Don't throw fifteen years away over one bad night.",
      "I'll be waiting for your answer.",
      'Let me know what you decide by Sunday.',
      'I just want things to go back to how they were.',
      'I really need you right now.',
      "Just tell me we're still friends.",
      "we're good now, right?",
      'I need to know you still love me.',
      "I've said my piece, now it's your turn.",
      'The least you could do is text me back.',
      'Give our marriage one more shot.',
      "Let's not let one stupid night ruin twenty years.",
      'Hoping to hear from you soon.',
      "Can't we just forgive and forget?",
      "I'm asking you for another chance.",
      'I just want my family back.',
      "Don't you think I deserve a second chance after all this?",
      'You need to hear me out.',
      'Can we meet this weekend to talk?',
      "Let's meet up and sort this out.",
      'When can I see you?',
      'We need to talk about this soon.',
      "I won't stop trying until you forgive me.",
      "I'm begging you to forgive me.",
      "It would mean the world to me if you'd forgive me.",
      'You owe me a conversation at least.',
      "Let's not dwell on the past.",
      'Text me back please.',
      'So, am I forgiven?',
      'are we good now?',
      "Don't stay mad at me.",
      "I'm asking for your forgiveness.",
      'Please, I need to see you.',
      'Give me a chance to make it up to you.',
      'Please get in touch.',
      'Call me.',
      "Honestly, you ought to be over it by now.",
      "It's been two years, so it's about time you let it go.",
      "haven't i been punished enough",
      "I've done six months clean, I think I've earned my place back.",
      "I paid back every penny, so we're square now.",
      'Please just be the bigger person here.',
      "I need you to withdraw the complaint so I can keep my job.",
      "I'll be waiting outside your flat after your shift.",
      "you'll forgive me, you always do",
      "I'd like a reply before the weekend is out.",
      'All I want is for you to say it is fine.',
      "can we plz just forget about last weekend",
      'Can we be close again, like before?',
      "ur really gonna have to let that one go",
      'what more do u want from me',
      "I've said sorry, so what else do you want?",
      "I'll expect your answer by the weekend.",
      'if u loved me ud forgive me',
      "Don't make me beg, please.",
      "You're going to have to talk to me at some point.",
      'Please give me a chance to prove it.',
      'The sooner we move on, the better for everyone.',
      "I'm sorry, can we just drop it now?",
      "I won't rest until you forgive me.",
      "When can we meet?",
      'Kindly pardon my mistakes, sister.',
      'I was confused back then, so please understand and forgive me.',
      'Kindly revert soon with your decision on my apology.',
      "we both messed up so let's call it even",
      "I've apologised twice now, so I expect you to let it go.",
      'I would ask that the matter be considered closed.',
      "It's high time we all moved past this.",
      'Could we stop bringing the rent up every time we talk?',
      "surely ya calmed down by now",
      'Surely you could let me see the kids now.',
      "Stop holding what I did over me.",
      "I'm gonna keep texting till you answer.",
      "If you won't take me back I'll end up drinking again.",
      'Your forgiveness is all I need to stay well.',
      'Hearing back from you would make my recovery so much easier.',
      'Everybody else has forgiven me, so why not you?',
      "Please say yes to a coffee, just one.",
      'Could you have a word with your dad and tell him to drop the complaint?',
      'The charges really should be dropped now that I have apologised.',
      'please answer my texts',
      "Why won't you just talk to me?",
      'why are u still blanking me',
      'I deserve to be heard at least once.',
      "I'd love for us to start over this spring.",
      "I'm staying on your doorstep until you open the door.",
      "I won't take no for an answer this time.",
      'If you really cared, you would pick up the phone.',
      "Can't you just let the past go?",
      'We should leave all of that in the past now.',
      "It's about time to bury the hatchet.",
      "Don't you think it's time, after three years?",
      'I just need some closure on this.',
      'I really hope you accept my apology.',
      "I'm hoping for a clean slate with you.",
      "Please don't shut the door on me.",
      "you'd feel so much better if you let this go",
      'Forgiveness is really for you, not for me.',
      'Hanging onto the past only hurts yourself.',
      'The Bible tells us to forgive seventy times seven.',
      "Your dad would've wanted us to make up.",
      "I'm sure you'll understand.",
      "I know you're such a kind person.",
      "You've always been so understanding.",
      "you're better than being petty about this",
      'Do it for old times sake.',
      'How long are you going to keep punishing me?',
      'Your mum keeps asking why you won\'t come to Sunday lunch.',
      "You're the only one who's still angry about it.",
      'The silent treatment has gone on long enough.',
      "I'm sick of the silent treatment.",
      'It would be a shame to spend your birthday apart.',
      'I trust this draws a line under things.',
      'I now consider the matter closed.',
      "Let's just be done with it.",
      'So we are fine then?',
      'We ought to be able to move past this by now.',
      'I would greatly appreciate a swift reply.',
      'I eagerly await your decision.',
      'I trust we can now move on from this.',
      'hit me up when ur free',
      'hmu',
      'r u ignoring me?',
      'so are we good again?',
      'pls dont hate me',
      'Just get over it.',
      "come on, it's been a year",
      'Say something!',
      'Give me a straight answer.',
      'Remember when I forgave you for the affair?',
      "I'd have forgiven you if the roles were reversed.",
      'Think about everything we have built.',
      'Stop being so petty.',
      "You're being really childish about this.",
      "Don't let your pride win.",
      "It's not good for you to hang on to all this anger.",
      'How many more times must I apologise?',
      "I've apologised a thousand times.",
      "I can't keep saying sorry forever.",
      "I don't know what else you want from me.",
      // session 14: moving on told as done
      "Honestly, that's all behind us now.",
      "We should stop dwelling on what happened and enjoy the holidays.",
      // session 14: asked not to be angry
      "Sorry again about Saturday, please don't be cross.",
      // session 14: reassurance wanted
      "I only want to hear that we're good again.",
    ],
    negative: [
      // session 14: a question left open
      "I'd like to know how your mum is, if you want to tell me.",
      // session 14: kindness about their own part
      "Don't be angry with yourself; none of it was your doing.",
      // session 14: one's own past, and not dwelling refused
      "The gambling is in the past now, and I go to meetings every week.",
      "I won't pretend it's all in the past now.",
      // session 13: traps in general words
      "If the refund hasn't arrived by Friday, please write to the address below.",
      "Don't ever feel you owe me a call back.",
      "None of you owe me a reply, and I won't write again unless you ask me to.",
      "I am not asking you to reply, or to forgive me any time soon.",
      "I'm not expecting you to forgive me quickly or at all.",
      'I stood down so that the council can get back to the work of this ward without me.',
      "I don't expect you to accept my apology, and you never have to.",
      'I hope that one day, if you choose, you can find it in your heart to forgive me.',
      'I hope that someday, if you want, we can move forward together.',
      'I cannot put this behind me, and I would not ask you to.',
      'We moved forward together for ten years before I broke that trust.',
      "I'm not asking the community to stand with me.",
      "I don't want to rush you, but I hope someday you can forgive me.",
      'I regret the past, but that chapter is closed for good.',
      // session 7: a condition of theirs, a denied expectation, a courtesy about the letter
      'If you have any further questions, please reply to this post.',
      "I'm not asking for anything, and I'm not expecting us to be close again.",
      'Forgive me for writing so formally, Mrs Hale; I wanted to get the facts right.',
      "Forgive me or don't, either way I'm paying back what I took.",
      "Please tell the kids I love them.",
      "If you want, you could tell your mum I'm sorry.",
      "I know you have to believe what you saw.",
      "You don't have to believe me.",
      "I'll drop it round on Saturday.",
      "If you'd rather leave it there, I understand.",
      "I don't want to keep dragging it up for you.",
      "I've said sorry before, and I know words are not enough.",
      "If you ever want to talk, call me whenever you're ready.",
      "You can write back when you're ready, or not at all.",
      "I know I keep bringing it up in my letters.",
      "I'll stop talking about it if you'd like.",
      "dont feel like u have to answer this tonight or ever",
      'I shouted at you on the phone this morning, and that was not fair.',
      'I need my sponsor right now more than ever.',
      "You don't owe me any understanding.",
      'I really need you to know how sorry I am.',
      "I couldn't sleep until I'd written this down.",
      "I've been punished enough for that one, believe me.",
      "I'll ring you on Saturday if that's okay with you.",
      "There's no reason for you to reply, and I won't expect one.",
      "I hope this letter helps you understand what happened.",
      "I need you to know that none of this was your fault.",
      "I didn't tell anyone about your diagnosis.",
      "I don't know if you'll ever forgive me.",
      "You don't have to forgive me; I've forgiven myself for nothing yet.",
      "I hope someday, if you want, you can forget about it.",
      "I know you'll never forgive me, and I accept that.",
      "We both need time, and I'll wait as long as you need.",
      "Whether you forgive me or not, I'll keep paying back the \u00a350 a week.",
      "I won't tell anyone what you told me.",
      'If you ever want to meet for a coffee, just say.',
      "I'm not asking for your forgiveness.",
      'I will keep paying £50 a month until the debt is cleared.',
      'We can talk whenever you are ready, or never, and both are okay.',
      'Call me if you ever need help with the car.',
      "I'd like to make it up to you, if you'll let me, in your own time.",
      "I'm not asking you to forgive me.",
      'You don\'t have to forgive me, and you don\'t have to reply.',
      'I hope that someday, if you want, we can talk.',
      "Even if you never forgive me, I'll keep paying back every cent.",
      "I hope that one day, if you'd like, we can have a cup of tea.",
      "I hope that one day, if you want, we can be friends again.",
      "i wish someday if u ever feel able we could start over",
      "I don't expect you to forgive me.",
      'Tell me what I owe you for the broken window and I\'ll pay it in full.',
      'If you ever want to talk, call me any time.',
      "I understand completely while you won't talk to me, and I'll wait.",
      'I will keep paying the money back even if you never speak to me.',
      "I'll be waiting whenever you're ready, and only if you want.",
      "You don't need to reconsider anything.",
      "I'm not asking you for another chance.",
      "I don't expect you to forgive and forget.",
      "Please don't feel you have to tell me we're ok.",
      'When it is your turn to speak at the meeting, I will listen.',
      "I don't know if you'll forgive me, and that is yours to decide.",
      "I won't ask you to drop the complaint; you were right to make it.",
      "The police dropped the charges in May.",
      "It's time for me to stop making excuses.",
      "I know it's been long enough for you to have moved on without me, and I'm glad.",
      "If you'd like a reply from me before the hearing, just say.",
      "I'll be waiting for the bus at the corner.",
      "You don't have to give me a chance, and I'll understand if you never do.",
      'If you would rather I dropped it, I will.',
      "I'll expect nothing from you; the repayments are mine to make.",
      'It is your call whether we ever talk again.',
      'The ball is in your court, and whatever you choose is fine.',
      'Kindly find attached the repayment schedule I set up with the bank.',
      'Kindly accept my apologies for the lies I told you about the rent.',
      "I don't expect you to forgive me.",
      'I expect to be paying this back for two years, and that is right.',
      "It's time I stopped making excuses.",
      "Don't hold back; tell me everything it did to you.",
      "If you don't want to talk to me, I understand.",
      'The charges were dropped, but I still owe you the truth.',
      'Everyone has forgiven me except myself, and that is my work to do.',
      "Please say what you need to say, whenever you want.",
      "You don't have to answer my calls, ever.",
      "I know I don't deserve a second chance.",
      "I hope you can accept my apology one day, if you want to.",
      "I'd like us to move on only if that is what you want.",
      "I won't wait outside until you talk to me; I'll stay away.",
      "I stopped asking why you won't talk to me; you have every reason.",
      "It's time to forgive myself as well, my sponsor says.",
      "I don't know if you'll understand, and you don't have to.",
      "I'm not counting on you to forgive me.",
      'My sponsor says forgiveness is for me too, so I am working on forgiving myself.',
      "You're not the only one I hurt, and I'm writing to them as well.",
      'How long the repayments take is up to you; I will pay what you ask.',
      "I'm done with drinking, and I've been sober since March.",
      'I hope this letter explains what I did without asking anything of you.',
      "I trust you'll decide what is right for you, in your own time.",
      "I'm not asking if we're good; I know we aren't.",
      'You forgave me once before, and I broke that trust.',
      "I'll think about everything you said, and I won't contact you again.",
      'I was being stubborn and childish, and I was wrong.',
      "I don't expect a reply, and I'll keep my distance.",
      'Whatever else you want from me, just say, and I will do it.',
    ],
  },
});
