/**
 * excuse: explains the harm away by circumstances ("I was drunk, so...", "because I was
 * stressed", "the alcohol made me do it", "I wasn't myself", "I had no choice").
 * Traps: "I was drinking every day and I lied to you" (context, owned); "I missed your
 * graduation because I was hungover" (a plain fact about the addiction, not a plea);
 * "there is no excuse for what I did"; "I won't tell you I was too stressed".
 */
import { defineRule, rx } from './define';
import { BECAUSE, CANT, WASNT, WOULDNT } from './lexicon';

const raw = String.raw;

/** Outside pressures offered as the reason. Substance use alone is not in this list. */
const CIRCUMSTANCE = raw`(?:(?:so |really |very |too |under (?:so much|a lot of|a load of|loads of|such|huge|a ton of|enormous|a lot|tons of) |under |going (?:through|thru) (?:a lot|alot|so much|a hard time|a rough time|a tough time|a bad time|a dark time|hell|stuff|things|a divorce|my divorce|the divorce|a breakup|a lot of stuff)|in (?:a )?(?:really |very )?(?:bad|dark|terrible|awful|rough|low|difficult|weird|horrible|messed up) (?:place|state|way|patch|headspace|spot|time)|)(?:stress|stressed|stressed out|pressure|exhausted|overwhelmed|overworked|burnt out|burned out|tired|sleep deprived|broke|skint|desperate|lonely|going through|going thru|so busy|busy|depressed|grieving|stressful|hectic|chaotic|crazy|insane|mental|manic|a nightmare|full on)|going (?:through|thru) (?:a lot|alot|so much|a hard time|a rough time|a tough time|a bad time|a dark time|hell|a divorce|my divorce|the divorce|a breakup)|in (?:a )?(?:really |very )?(?:bad|dark|terrible|awful|rough|low|difficult|horrible|messed up) (?:place|state|way|patch|headspace|spot|time))`;

export default defineRule({
  id: 'excuse',
  title: 'Excuse',
  severity: 'problem',
  explanation:
    'Explaining why it happened can sound like a reason it was not really your doing, even when that is not what you mean. If the circumstances matter, say them as context you own ("while I was drinking, I chose to...") rather than as the cause.',
  suggestion: 'Try "That was my choice" after the context, or leave the reason out.',
  skip: (norm) =>
    /\b(?:no|not an?|never an?|isn't an?|isnt an?|is not an?|doesn't|doesnt|does not|won't|wont|will not|can't|cant|cannot|shouldn't|don't|dont|not) (?:excuse|justify|justif\w*|make it (?:ok|okay|right))\b|\bwithout (?:excuses|an excuse|any excuse)\b|\b(?:no|not|never|won't|wont|not going to|not gonna) (?:make|making|give|giving|offer|offering) (?:any )?excuses\b|\bnot (?:going to|gonna) blame\b|\bi (?:can't|cant|cannot|won't|wont|will not|don't|dont) blame\b/.test(
      norm,
    ),
  patterns: [
    {
      // the substance or illness as the actor: "the drink made me say things", "the alcohol made me do it"
      needs: ['drink', 'alcohol', 'booze', 'drug', 'pills', 'coke', 'cocaine', 'weed', 'gambling', 'addiction', 'disease', 'illness', 'using', 'meds', 'medication', 'bottle', 'beer', 'vodka', 'wine', 'whisk', 'pints', 'crack', 'heroin', 'meth'],
      re: rx(raw`(?<s>\b(?:the |my |that |all the |too much )?(?:drink|drinking|alcohol|booze|drugs|drug|pills|coke|cocaine|weed|gambling|addiction|disease|illness|using|meds|medication|bottle|beer|vodka|wine|whiskey|whisky|pints|crack|heroin|meth)(?: problem)? (?:(?:made|makes|forced|drove|drives|had|turned|turns|got) me\b|(?:does|did|do) (?:that|this|things) to me|took over|takes over|got the better of me|gets the better of me))`),
      unless: (norm, _m, span) => /^\s*(?:a better|realise|realize|see|understand|lose|lost)/.test(norm.slice(span.end)),
    },
    {
      needs: ['it was'],
      re: rx(raw`(?<s>\bit was (?:the )?(?:drink|alcohol|booze|drugs|addiction|disease|gambling|pills)(?: talking)?\b)`),
    },
    {
      // "I wasn't myself", "I was not in my right mind", "i wasnt thinking straight"
      needs: ['myself', ' me', 'right mind', 'thinking', 'control', 'all there', 'good'],
      re: rx(raw`(?<s>\b(?:i|i'm|im|i am)\s+(?:${WASNT}|not|wasn't really|really wasn't|just wasn't) (?:myself|me|in my right mind|thinking (?:straight|clearly|right|properly)|in control|all there|the real me|in a good (?:place|way|state|headspace)|in a (?:good|great|healthy|right) headspace)\b)`),
    },
    {
      // "that's not who I really am", "that wasn't the real me"
      needs: ['who i', 'real me', 'really me', ' me'],
      re: rx(raw`(?<s>\b(?:that|this|it)(?:'s| is| was|s)? (?:not|never) (?:who i (?:really |truly )?(?:am|was)|the real me|really me|me)\b|\b(?:that|this|it) (?:wasn't|wasnt|isn't|isnt) (?:who i (?:really |truly )?(?:am|was)|the real me|really me|me)\b)`),
      unless: (norm, _m, span) => /^\s*(?:too|either|who|that)\b/.test(norm.slice(span.end)),
    },
    {
      // "because I was stressed", "because I was under so much stress at work"
      needs: ['stress', 'pressure', 'exhaust', 'overwhelm', 'hectic', 'chaotic', 'crazy', 'insane', 'mental', 'manic', 'nightmare', 'full on', 'overwork', 'burn', 'tired', 'sleep', 'broke', 'skint', 'desperate', 'lonely', 'going thr', 'busy', 'depress', 'griev', 'bad', 'dark', 'terrible', 'awful', 'rough', 'low', 'difficult', 'horrible', 'messed'],
      re: rx(raw`(?<s>\b(?:${BECAUSE}|since|as|what with) (?:i|i'd|id|i had|i've|ive|we|we'd|things|everything|work|life) (?:was|were|had been|'d been|d been|have been|'ve been|ve been|being|got|felt|feel|am|'m|m|was just|was really)? ?${CIRCUMSTANCE}\b[^.!?;,]{0,30})`),
    },
    {
      // "I was drunk/high, so..." "i was off my face so i cant realy be blamed"
      needs: ['drunk', 'high', 'wasted', 'hammered', 'off my', 'out of', 'pissed', 'smashed', 'stoned', 'wrecked', 'using', 'drinking', 'tired', 'stressed', 'exhausted', 'desperate', 'influence'],
      re: rx(raw`(?<s>\b(?:i|we) (?:was|were|had been|'d been|d been) (?:so |really |completely |totally |absolutely )?(?:drunk|high|wasted|hammered|off my (?:face|head|tits|nut|trolley)|out of (?:it|my mind|my head|my tree)|pissed|smashed|stoned|wrecked|blackout drunk|using|drinking|tired|stressed|exhausted|desperate|under the influence)\b[^.!?;]{0,20}?,? so\b[^.!?;]{0,50})`),
      unless: (norm, _m, span) =>
        // "I was drinking, so I lied": a sequence of facts is context; an excuse ends in a plea.
        !/\b(?:can't|cant|cannot|couldn't|couldnt|not|wasn't|wasnt|didn't|didnt|don't|dont|never|no|none|nothing|hardly|barely|how|what|counts?|counted)\b/.test(norm.slice(span.start, span.end)),
    },
    {
      // pleas of non-responsibility: "can't really be blamed", "it's not my fault"
      needs: ['blamed', 'fault', 'responsible', 'demons', 'issues', 'problems', 'stuff going', 'things going', 'a lot going', 'on my plate', 'so much going', 'help it', 'help myself', 'control'],
      re: rx(raw`(?<s>\b(?:${CANT}|couldn't|couldnt|shouldn't|shouldnt) (?:really |exactly |fairly |honestly )?be blamed\b|\b(?:it|that|this) (?:${WASNT}|isn't|isnt|is not|'s not|s not) (?:really |entirely |all |completely )?my fault\b|\b(?:i|i'm|im) (?:${WASNT}|not|wasn't really) (?:really |fully |entirely )?responsible\b|\b(?:i|i've|ive) (?:had|have|got) my own (?:demons|issues|problems|stuff going on|stuff|things going on)\b|\bi had (?:demons|a lot going on|a lot on my plate|so much going on)\b|\bi (?:couldn't|couldnt|could not|can't|cant) (?:help (?:it|myself)|control (?:it|myself))\b)`),
    },
    {
      // "what else could I have done?", "what was I supposed to do"
      needs: ['what '],
      re: rx(raw`(?<s>\bwhat (?:else )?(?:could|was|am|should) i (?:supposed to |meant to |have )?(?:do|done|have done)\b)`),
      unless: (norm, _m, span) => /^\s*(?:to|for|now|next|so|about)\b/.test(norm.slice(span.end)),
    },
    {
      // "I had no choice", "nowhere else to turn", "i wouldnt of had to take money if..."
      needs: ['human', 'perfect', 'mistakes', 'only', 'just', 'choice', 'option', 'alternative', 'nowhere', 'of had', 'have had', 'of needed', 'have needed', 'done it', 'done that', 'needed', 'need ', 'desperate'],
      re: rx(raw`(?<s>\b(?:i|i'd|id) (?:had|felt i had|have|'d|d) (?:no|little) (?:other )?(?:choice|option|alternative)\b|\b(?:had|have|with) nowhere (?:else )?to (?:turn|go)\b|\bi (?:${WOULDNT}|would never) (?:of|have|'ve|ve) (?:had to|needed to|done it|done that)\b|\b(?:i|i just) (?:needed|need) (?:the )?(?:money|cash|a drink|the drink|it) (?:at the time|back then|so badly|so bad|desperately|to (?:survive|get by|pay))\b|\bi was desperate\b|\b(?:i was|i'm|im|i am|we're|we are|we were) (?:only|just) human\b|\b(?:nobody's|nobodys|nobody is|no one's|no one is|no-one is) perfect\b|\b(?:everyone|everybody) makes mistakes\b|\bi (?:only|just) did (?:it|that|this) (?:because|cos|cuz|coz|since|to)\b[^.!?;,]{0,30})`),
    },
    {
      // a circumstance right after "but": "sorry i shouted but i was tired", "but I really needed to get to work"
      needs: ['but', 'just', 'only', 'simply', 'thing'],
      re: rx(raw`\b(?:but|(?:it's|its|it is|it was) (?:just |only |simply )?that|the thing is,?) (?:honestly |really |tbh |to be honest |you know |u know |like )?(?<s>(?:i|we) (?:was|were|had been|'d been|d been|am|'m|m|just|really|honestly)? ?(?:so |really |very |just |completely |totally |absolutely |pretty )?(?:tired|exhausted|stressed|busy|drunk|hungover|high|wasted|broke|desperate|skint|overwhelmed|under (?:a lot of |so much |loads of )?(?:pressure|stress)|going (?:through|thru)|sick|not well|not myself|in a (?:bad|dark|terrible) (?:place|way|state)|needed (?:the (?:money|cash|car)|money|cash|to (?:get|go|pay|be|make|cover|feed|work))|had to (?:get|go|work|pay|be at|cover|deal with|feed|take)|couldn't (?:cope|help it|handle)|couldnt (?:cope|help it|handle)|had no (?:choice|option|money|time))\b[^.!?;,]{0,30})`),
    },
    {
      // "i thought u didnt need it", "I figured you wouldn't mind"; "I was so drunk I barely remember it"
      needs: ['thought', 'figured', 'assumed', 'reckoned', 'think', 'drunk', 'high', 'wasted', 'out of it', 'off my face', 'hammered', 'stoned', 'smashed'],
      re: rx(raw`(?<s>\bi (?:thought|figured|assumed|reckoned|didn't think|didnt think) (?:that )?(?:you|u|nobody|no one|noone|anyone|it|they) (?:didn't|didnt|did not|wouldn't|wouldnt|would not|won't|wont|don't|dont|would never|never) (?:need|mind|notice|care|miss|use|find out)\b[^.!?;,]{0,20}|\b(?:so|too) (?:drunk|high|wasted|out of it|off my face|hammered|stoned|smashed) (?:that )?i (?:barely|can't|cant|cannot|couldn't|couldnt|don't|dont|didn't|didnt|hardly) (?:even )?(?:remember|know|think|recall|see)\b[^.!?;,]{0,20})`),
    },
    {
      // "I did the best I could", "i was doing my best"
      needs: ['best'],
      re: rx(raw`(?<s>\b(?:i did|i was doing|i tried|i was trying|i was just doing|i was just trying|i only did) (?:the|my) (?:very )?best (?:i could|i can|with what|i knew|under)?)`),
      unless: (norm, _m, span) => /\b(?:pay|make|repair|change|be better|stay sober|do better|from now|going forward)\b/.test(norm.slice(span.end, span.end + 40)),
    },
    {
      // circumstances offered on their own: "I was under a lot of pressure", "work has been
      // insane lately", "I was in a terrible state with the divorce", "we'd been falling apart"
      needs: ['under', 'going', 'in a', 'so stressed', 'so lonely', 'so tired', 'so exhausted', 'so overwhelmed', 'so desperate'],
      re: rx(raw`(?<s>\b(?:i|i'd|id|i've|ive|i have|i had) (?:was|been|had been|'d been|d been|was just|was really|was so)\s*(?:under (?:so much|a lot of|a load of|loads of|such|a ton of|enormous|huge|a lot) (?:stress|pressure)|under (?:stress|pressure)|under the influence|going (?:through|thru) (?:a lot|alot|so much|a (?:\w+ )?(?:hard|rough|tough|bad|dark|difficult) (?:time|patch|period)|hell)|in a (?:\w+ )?(?:bad|dark|terrible|awful|horrible|rough|low) (?:state|way|headspace)|so (?:stressed|lonely|tired|exhausted|overwhelmed|desperate))\b[^.!?;,]{0,30})`),
      // "I've been so lonely since you left" is present pain (self-focus), not a reason given for the past.
      unless: (norm, _m, span) => /^(?:i've|ive|i have) been so /.test(norm.slice(span.start, span.end)),
    },
    {
      needs: ['given', 'considering', 'spoken', 'talked', 'seen each', 'light', 'bearing', 'insane', 'crazy', 'hectic', 'mental', 'manic', 'mad', 'chaotic', 'stressful', 'overwhelming', 'nightmare', 'full on', 'nonstop', 'non-stop', 'difficult', 'hard', 'tough', 'rough', 'dark', 'bad', 'terrible', 'awful', 'intense', 'low', 'horrible', 'messed', 'weird', 'got', 'everything going', 'everything that', 'chaos', 'madness', 'confusion', 'rush', 'stress', 'apart', 'barely talking', 'not talking', 'rocks', 'messed with', 'better of', 'on top of', 'why i', 'reason i'],
      re: rx(raw`(?<s>\b(?:work|life|things|everything|the job|my job|home) (?:has|have|had) been (?:so |really |totally |absolutely )?(?:insane|crazy|hectic|mental|manic|mad|chaotic|stressful|overwhelming|a nightmare|full on|nonstop|non-stop)\b|\bwith everything (?:going on|that was going on)\b|\b(?:given|considering|in light of|bearing in mind) (?:the|all the|how much|the amount of|what|everything) (?:pressure|stress|strain|circumstances|situation|i was (?:going through|under|dealing with)|was going on)\b[^.!?;,]{0,30}|\bin (?:all )?the (?:chaos|madness|confusion|rush|stress)\b|\b(?:we|we'd|we had|things|we were) (?:been )?(?:falling apart|drifting apart|barely talking|not talking|on the rocks)\b|\b(?:we'd|we had|we) (?:barely|hardly|not) (?:spoken|talked|seen each other) (?:in|for) (?:months|weeks|ages|a year|years)\b|\bmessed with my (?:head|mind)\b|\bgot (?:the better of|on top of|to) me\b|\b(?:it|that|this) (?:was|had been) (?:a |such a )?(?:really |very |so |incredibly |pretty |an )?(?:stressful|difficult|hard|tough|rough|crazy|hectic|dark|bad|terrible|awful|insane|chaotic|mad|intense) (?:time|period|year|patch|few months|week|day|night|stretch)(?! for (?:you|u|the kids|everyone|all of you|your))\b|\bi (?:was|'d been|d been|had been) (?:in|at) (?:a |such a )?(?:really |very |pretty |so )?(?:dark|bad|terrible|awful|horrible|low|rough|difficult|messed up|weird) (?:place|time|patch|way|headspace|state)\b|\b(?:that's|thats|that is|which is) (?:why|the reason) i (?!(?:wanted|started|decided|joined|asked|reached|called|needed|stopped|quit|changed|booked|signed|entered|checked|moved|learned|learnt|realised|realized|waited|hesitated|tried|promised|am|'m|m|want|need|have|'ve|will|'ll|go|write|wrote|finally)\b)(?:\w+ed|did|said|took|stole|hit|lost|forgot|broke|drank|went off|snapped|blew up|threw|kept|ran|spent|sold|left|missed|wasn't|wasnt|didn't|didnt|never|couldn't|couldnt|got)\b)`),
    },
    {
      // a bare state tacked onto an apology as its reason: "sorry I was late, I was knackered",
      // "sorry for the texts last night, i was smashed"
      needs: ['sorry', 'apolog', 'soz', 'sry'],
      re: rx(raw`\b(?:sorry|soz|sry|apologi[sz]e|apologies)\b[^.!?;]{0,80}?[,-] ?(?<s>(?:i|we) (?:was|were|'d been|d been|had been) (?:just |so |really |pretty |completely |totally |absolutely |a bit |very )?(?:drunk|wasted|hammered|smashed|high|stoned|wrecked|pissed|off my (?:face|head|nut)|out of it|knackered|exhausted|shattered|tired|stressed|stressed out|overwhelmed|hungover|in a (?:bad|dark|terrible|awful) (?:place|way|state|mood))\b[^.!?;,]{0,25})\s*[.!]*\s*$`),
    },
    {
      // an inner state named as the cause: "my head was all over the place", "my anxiety was through
      // the roof", "I was dealing with my own stuff", "i didn't know any better back then"
      needs: ['head', 'mind', 'anxiety', 'depression', 'mental', 'ptsd', 'adhd', 'dealing', 'struggling', 'battling', 'know any better', 'just a kid', 'only a kid'],
      re: rx(raw`(?<s>\bmy (?:head|mind) (?:was|had been|'d been|d been) (?:all over the place|a mess|a shambles|everywhere|elsewhere|not right|not in (?:a good|the right) place|in (?:a (?:bad|dark|terrible|weird|horrible) place|pieces|bits)|so messed up|messed up|all messed up|gone)\b|\bmy (?:anxiety|depression|mental health|ptsd|adhd|ocd|bipolar) (?:was|had been|'d been|d been|got) (?:just |so |really |completely )?(?:through the roof|so bad|really bad|awful|terrible|out of control|off the charts|at its worst|all over the place|in pieces)\b|\bi was (?:just |really |also )?(?:dealing with|struggling with|battling|fighting) (?:so much|a lot|loads|my own (?:stuff|demons|issues|problems|things)|my (?:anxiety|depression|mental health|addiction|demons))\b|\bi (?:didn't|didnt|did not) know any better\b|\bi was (?:just|only) a (?:kid|child|teenager)\b)`),
    },
    {
      // a workload offered as the reason: "I've had so much on at work", "I had a lot on my plate",
      // "I've been swamped", "we were slammed at the shop"
      needs: ['so much on', 'a lot on', 'loads on', 'too much on', 'swamped', 'snowed', 'slammed', 'run off', 'rushed off', 'up to my'],
      re: rx(raw`(?<s>\b(?:i|i've|ive|i have|i had|i'd|id|we|we've|we had) (?:had |been |got |was |were )?(?:just |really |so |completely |totally )?(?:so much on|a lot on|loads on|too much on|so much going on|swamped|snowed under|slammed|run off my feet|rushed off my feet|up to my (?:eyes|neck|ears))\b[^.!?;,]{0,25})`),
      unless: (norm, _m, span) => /^(?:i've|ive|i have) been /.test(norm.slice(span.start, span.end)) && !/\b(?:sorry|apologi|forgot|missed|didn't|didnt|never|late)\b/.test(norm),
    },
    {
      // "so X that I snapped": the state as the cause of the act. "i was so wrecked after the
      // shift i just snapped", "I was that tired I lost my temper"
      needs: ['tired', 'wrecked', 'exhausted', 'knackered', 'shattered', 'stressed', 'wound up', 'angry', 'frustrated', 'drunk', 'wasted', 'high', 'hammered', 'desperate', 'overwhelmed', 'worn out', 'burnt out', 'burned out', 'fed up'],
      re: rx(raw`(?<s>\b(?:i|we) (?:was|were|'d been|d been|had been|got) (?:so|too|that) (?:tired|wrecked|exhausted|knackered|shattered|stressed|wound up|angry|frustrated|drunk|wasted|high|hammered|desperate|overwhelmed|worn out|burnt out|burned out|fed up)\b[^.!?;]{0,40}?\b(?:that )?i (?:just )?(?:snapped|lost it|lost my temper|blew up|flipped|exploded|kicked off|went off|lashed out|took it out|didn't think|didnt think|forgot|said things)\b)`),
    },
    {
      // "I honestly thought I was fine to drive", "I figured I was sober enough": a mistaken belief as the reason
      needs: ['thought', 'believed', 'figured', 'reckoned', 'felt'],
      re: rx(raw`(?<s>\b(?:${BECAUSE} )?i (?:honestly |genuinely |really |truly |actually )?(?:thought|believed|figured|reckoned|felt) (?:that )?i (?:was|were|'d be|would be) (?:fine|ok|okay|alright|all right|sober enough|safe|good|in control|ok to|okay to|fine to|safe to|good to)\b[^.!?;,]{0,20})`),
      // "I thought I was fine, but I wasn't": the belief is set up to be corrected.
      unless: (norm, _m, span) => /^\s*,?\s*(?:but|and i wasn't|and i wasnt|when i wasn't|when i wasnt)\b/.test(norm.slice(span.end)),
    },
    {
      // a fairness hedge or an outside circumstance after a contrastive turn: "although in fairness
      // the deadline was unrealistic", "however, the office was shut", "but to be fair the brakes were dodgy"
      needs: ['fairness', 'fair', 'defence', 'defense', 'closed', 'shut', 'unrealistic', 'impossible', 'broken', 'down', 'dead', 'over', 'rocky', 'dodgy', 'late', 'cancelled', 'canceled', 'flooded', 'icy', 'blocked', 'jammed'],
      re: rx(raw`\b(?:but|however|although|though|except|only),? (?<s>(?:in (?:all )?fairness|to be fair|in my defen[cs]e)\b(?!,? (?:you|u|he|she|they|your|ur)\b)[^.!?;]{0,50}|(?:the|my|our|that|this) (?:\w+ ){0,2}(?:was|were|had been|'d been) (?:already |just |completely |totally |so |really )?(?:closed|shut|unrealistic|impossible|broken|down|dodgy|cancelled|canceled|late|flooded|icy|blocked|jammed)\b[^.!?;,]{0,20}|things (?:between us )?(?:had been|'d been|were|was) (?:already )?(?:dead|over|rocky|cold|bad|rough|falling apart)\b[^.!?;,]{0,20})`),
    },
    {
      // a suspicion offered as the warrant: "but I had a feeling something was off", "I had my suspicions"
      needs: ['feeling', 'hunch', 'suspicion', 'suspected', 'reasons', 'gut'],
      re: rx(raw`\b(?:but|because|cos|cuz|since|as) (?:honestly |really )?(?<s>i (?:had|'d had|d had|just had) (?:a (?:bad |funny |strange |gut )?(?:feeling|hunch)|my (?:suspicions|reasons)|a gut feeling)\b[^.!?;,]{0,30}|i suspected\b[^.!?;,]{0,30})`),
    },
    {
      // the substance or illness speaking or in charge: "that was the drugs talking", "the addiction
      // was calling the shots", "i was sick back then", "I hadn't slept in days", "money was tight so"
      needs: ['talking', 'control', 'charge', 'shots', 'running', 'sick', 'ill', 'unwell', 'slept', 'sleep', 'tight', 'raised', 'brought up'],
      re: rx(raw`(?<s>\b(?:that|it|this)(?: was|'s|s| is) (?:just )?(?:the )?(?:drink|drinking|alcohol|booze|drugs|pills|addiction|disease|illness|gambling|coke|weed) talking\b|\b(?:the|my) (?:addiction|disease|drinking|drugs|gambling|illness|alcohol|booze) (?:was|were|had been) (?:in control|in charge|calling the shots|running (?:my life|the show|everything)|running me)\b|\bi was (?:really |very |so )?(?:sick|ill|unwell|not well) (?:back then|at the time|in those days|then)\b|\bi (?:hadn't|hadnt|had not) slept (?:in|for) (?:days|two days|three days|a week|\d+ (?:hours|days))\b|\bi was running on (?:no|zero|hardly any|barely any|two hours'?|an hour'?s?|\w+ hours) sleep\b|\b(?:${BECAUSE}|since|as) (?:money|cash|things) (?:was|were) (?:so |really |very |pretty )?(?:tight|short)\b|\b(?:money|cash) (?:was|were) (?:so |really |very |pretty )?(?:tight|short)(?: at the time| back then| then)?,? so\b|\b(?:that's|thats|that is|it's|its|it is|that was|it was) (?:just )?how i was (?:raised|brought up)\b|\bi was (?:raised|brought up) (?:that way|like that)\b)`),
    },
  ],
  examples: {
    positive: [
      'I was drunk, so I can\'t really remember what I said.',
      'Because I was under so much stress at work, I forgot your birthday.',
      'The alcohol made me do it.',
      "I wasn't myself that night.",
      'I had no choice but to sell your bike.',
      'i was off my face so i cant realy be blamed for what i said',
      "I'm sorry I missed your recital, but work has been insane lately.",
      'I did the best I could with what I had.',
      'I was going through a very dark time and I was in a bad state.',
      'soz for the voicemail last night, i was hammered',
      "I'm sorry I didn't call on your birthday, I've had a lot on my plate.",
      'Sorry I never got back to you about the deposit, we were slammed at the shop.',
      'I was that stressed that I just lost my temper with the kids.',
      'I took the van out because I genuinely believed I was okay to drive.',
      "I'm sorry the invoice went unpaid, but to be fair the system was down all week.",
      "I apologise for opening your post, but I had a hunch you were hiding something.",
      'My head was all over the place that whole winter, which is why I said those things.',
      "I'm sorry I shouted at Mum; my anxiety was through the roof after the move.",
      'I was dealing with my own demons when I stopped answering your calls.',
      "i didn't know any better back then, i was just a kid",
      'Honestly that was the booze talking, not me.',
      'The gambling was calling the shots back then.',
      "I hadn't slept in days when I crashed your car.",
      'Money was really tight at the time, so I took it.',
      "That's just how I was brought up.",
      'Sorry I hit your gatepost; however, the lane was completely flooded and dark.',
    ],
    negative: [
      'I was drinking every day and I lied to you.',
      'There is no excuse for what I did.',
      "I won't tell you I was too stressed; the truth is I just didn't bother to come.",
      'I missed your graduation because I was hungover, and I will regret that for a long time.',
      "I'm not going to blame the drink; I made those choices.",
      'I was drinking, but that is no excuse for punching the wall.',
      "I'll do the best I can to pay you back by June.",
      'I was drunk at your wedding, and I ruined your first dance.',
      'I thought I was fine to drive, but I was not, and I could have killed someone.',
      "I'm sorry I made the kids miss the bus; I was hungover and that was my choice.",
      "I've been swamped lately, so I'll bring the boxes round on Sunday instead.",
      'The shop was closed, so I bought flowers at the station.',
      'I apologise, though to be fair you were drinking too.',
      'I know you were dealing with so much that year, and I made it worse.',
      'My head is clearer now that I have been sober for a year.',
      'I was sick in your car on the way home, and you cleaned it up.',
      'I was raised better than that, and I still did it.',
      'Money is tight for me right now, so I will pay £20 a week.',
    ],
  },
});
