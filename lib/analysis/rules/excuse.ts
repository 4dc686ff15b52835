/**
 * excuse: explains the harm away by circumstances ("I was drunk, so...", "because I was
 * stressed", "the alcohol made me do it", "I wasn't myself", "I had no choice").
 * Traps: "I was drinking every day and I lied to you" (context, owned); "I missed your
 * graduation because I was hungover" (a plain fact about the addiction, not a plea);
 * "there is no excuse for what I did"; "I won't tell you I was too stressed".
 */
import { filteredTest } from '../trigram-filter';
import { defineRule, rx, withCoverStoryGuard } from './define';
import { BECAUSE, CANT, WASNT, WOULDNT } from './lexicon';

const raw = String.raw;

/** Outside pressures offered as the reason. Substance use alone is not in this list. */
const CIRCUMSTANCE = raw`(?:(?:so |really |very |too |under (?:so much|a lot of|a load of|loads of|such|huge|a ton of|enormous|a lot|tons of) |under |(?:going|goin'?) (?:through|thru) (?:a lot|alot|so much|a hard time|a rough time|a tough time|a bad time|a dark time|hell|stuff|things|a divorce|my divorce|the divorce|a breakup|a lot of stuff)|in (?:a )?(?:really |very )?(?:bad|dark|terrible|awful|rough|low|difficult|weird|horrible|messed up) (?:place|state|way|patch|headspace|spot|time)|)(?:stress|stressed|stressed out|pressure|exhausted|overwhelmed|overworked|burnt out|burned out|tired|sleep deprived|broke|skint|desperate|lonely|going through|going thru|so busy|busy|depressed|grieving|stressful|hectic|chaotic|crazy|insane|mental|manic|a nightmare|full on)|(?:going|goin'?) (?:through|thru) (?:a lot|alot|so much|a hard time|a rough time|a tough time|a bad time|a dark time|hell|a divorce|my divorce|the divorce|a breakup)|in (?:a )?(?:really |very )?(?:bad|dark|terrible|awful|rough|low|difficult|horrible|messed up) (?:place|state|way|patch|headspace|spot|time))`;

/**
 * Inner states and circumstances that befall a person (not flaws one owns, such as "selfish"
 * or "a coward", and not the drinking itself, which is context): named as the cause of the
 * harm, they explain it away.
 */
const STATE = raw`(?:(?:so |really |very |just |too |completely |totally |pretty |a bit |super |that |also |still )?(?:scared|afraid|frightened|terrified|panicked|panicking|petrified|angry|furious|raging|hurt|hurting|upset|grieving|heartbroken|depressed|anxious|stressed(?: out)?|overwhelmed|exhausted|tired|knackered|shattered|burnt out|burned out|sick|ill|unwell|not well|lonely|desperate|broke|skint|young|immature|naive|confused|numb|messed up|fucked up|screwed up|a mess|a wreck|a state|in pieces|falling apart|struggling|not okay|not ok|out of my (?:mind|head|depth)|beside myself|worried sick|sick with worry|in withdrawal|dopesick|traumati[sz]ed|triggered|attacked|cornered|trapped|backed into a corner|ambushed|at (?:the end of my (?:rope|tether)|breaking point|my wits'? end|my limit|rock bottom)|pushed (?:to|past) my limit|had (?:a |such a )?(?:really |very |so )?(?:long|rough|bad|hard|awful|terrible|stressful|crazy) (?:day|week|night|shift|month|year)|had (?:bills|rent|debts|a debt|the rent) to pay|(?:just )?(?:lost|been fired from|been sacked from|been laid off from) (?:my|the) job|(?:just )?(?:been )?(?:laid off|fired|sacked)|behind on (?:rent|the rent|bills|payments|everything)|in (?:so much |a lot of |serious |deep )?debt|out of work|unemployed|between jobs|short (?:of|on) (?:money|cash)|desperate for (?:money|cash|a drink|a fix)|needed (?:the )?(?:money|cash)|needed to pay))`;

/** The same, plus being under the influence (for "so" and agency-loss clauses, not "because"). */
const STATE_OR_HIGH = raw`(?:${STATE}|(?:so |really |very |just |completely |totally |absolutely )?(?:drunk|high|wasted|hammered|smashed|stoned|hungover|blacked out|blackout drunk|out of it|off my (?:face|head|nut)))`;

/** Circumstances and conditions named as the thing behind the act: "because of the divorce". */
/**
 * A hardship one goes through, named with its own words: "a difficult divorce", "a really painful
 * breakup", "one of the hardest periods of my life", "my mum's illness". Not papers, records or
 * someone's things ("going through the divorce papers", "going through your phone").
 */
const HARDSHIP_GONE_THROUGH = raw`(?:a|an|my|the|some|such an?|one of the|what was) (?:[\w'-]+,? ){0,3}?(?:times?|period|patch|phase|stretch|spell|year|months|divorce|breakup|break-up|separation|split|custody (?:battle|fight|case)|bereavement|loss|crisis|depression|illness|diagnosis|grief)(?:s|es)?\b(?!\s*(?:papers?|sheets?|records?|files?|forms?|settlement documents|'s|s\b))`;

const CAUSE_NOUN = raw`(?:(?:the|my|all the|all my|that|this) (?:stress|pressure|grief|divorce|breakup|break-up|separation|depression|anxiety|addiction|disease|illness|condition|diagnosis|debts?|bills|money (?:problems|worries|troubles)|trauma|childhood|upbringing|past|adhd|ptsd|bipolar|ocd|mental health|meds|medication|pills|drink|alcohol|drugs|booze|withdrawal|cravings|situation|workload|exams|deadlines?|night shifts?|lack of sleep|state i was in)|everything (?:going on|that was going on|that happened|i was going through)|what i was (?:going|goin'?) (?:through|thru)|how i was feeling|how i (?:grew up|was raised|was brought up)|the way i (?:grew up|was raised|was brought up)|lack of sleep|no sleep|work|my job|stress|pressure|grief|depression|anxiety|my health|alcohol|drugs)`;

/** The substance, or the illness, named as the one acting. */
const SUBSTANCE = raw`(?:drink|drinking|alcohol|booze|drugs|pills|painkillers|coke|cocaine|weed|gambling|addiction|disease|illness|gear|dope|vodka|wine|whisky|whiskey|beer|pints|crack|heroin|meth|speed|using|bottle)`;

/** Substances for the "had me" and "talking" families (spirits and meds too). */
const SUBST = raw`(?:${SUBSTANCE}|rum|gin|spirits|meds|medication|tablets|smack)`;

/** Phrases that disown excuses ("there is no excuse", "I won't make excuses", "I can't blame"). */
const DISCLAIMS = /\b(?:none of (?:it|that|this)|nothing) (?:excuses|justifies)\b|\b(?:no|not an?|never an?|isn't an?|isnt an?|is not an?|doesn't|doesnt|does not|won't|wont|will not|can't|cant|cannot|shouldn't|don't|dont|not) (?:excuses?|justify|justif\w*|make it (?:ok|okay|right))\b|\bwithout (?:excuses|an excuse|any excuse)\b|\b(?:no|not|never|won't|wont|not going to|not gonna) (?:make|making|give|giving|offer|offering) (?:any )?excuses\b|\bnot (?:going to|gonna) blame\b|\bi (?:can't|cant|cannot|won't|wont|will not|don't|dont) blame\b/;

/** "Not an excuse, but ...", "I'm not making excuses, but ...": the disclaimer introduces one. */
const DISCLAIMER_THEN_BUT = /\b(?:excuses?|excusing|justify(?:ing)?|justification)\b(?: (?:it|this|that|anything|myself|what i did))?(?: here| now)?[,;:.-]*\s*(?:but|however|though|it's just|its just|just)\b/;

/** The writer owns the act in the same sentence: the reason is context, not an excuse. */
const OWNED = /\b(?:(?<!(?:not|n't|nt|hardly|not really|not exactly|not entirely|not all|not completely) )my (?:own )?(?:choice|decision|fault|responsibility|doing)|(?<!(?:something|thing|anything) )i chose|i had a choice|i decided|on me\b|mine to (?:own|carry)|i own (?:it|that|this)|i take (?:full )?responsibility|i'm responsible|im responsible|i am responsible|(?:no|not an?|isn't an?|isnt an?|doesn't|doesnt|does not|never an?) (?:excuse|reason|justification))\b|\bi (?:still|knew|know) (?:should (?:have|'ve|of)|what i was doing)\b|\b(?:i'm|im|i am) still the one who\b|\bno version of (?:this|it|events|that night) where\b|\bi (?:didn't|didnt|did not) care (?:who|what|about (?:anyone|anybody|you|u|anything))\b|\b(?:it was|because it was|cos it was|cuz it was) easier for me\b|\bi (?:still )?(?!(?:was|wasn't|wasnt|am|'m|felt|feel)\b)[\w']+(?: [\w']+){0,4} anyway\b(?!,)|\b(?:afraid|scared|terrified) of (?:being (?:caught|breathalysed|breathalyzed|found out|arrested)|getting caught)\b/;

/**
 * Sentences that name a reason only to set it aside or that give no circumstance at all: "I can't
 * even pretend it was the drink", "work was busy, but that's not why", "that doesn't buy me any
 * slack", "I'd like to say I didn't know, but I did", "I kept telling people I wasn't myself"; the
 * reader as the cause ("I only did it because you pushed me") is blame, not circumstance; a good
 * reason for a good act ("I keep going because it helps"); worry for them (intent).
 */
const NOT_A_PLEA = /\b(?:can't|cant|cannot|couldn't|couldnt) (?:even |really |honestly )?pretend\b|\b(?:that's|thats|that is|that was|it's|its|it is|it was) not (?:why|the reason)\b|\b(?:none of (?:that|it|this|those things)|(?:that|it) (?:isn't|isnt|wasn't|wasnt)) (?:is |was )?(?:why|the reason)\b|\b(?:doesn't|doesnt|does not|don't|dont|won't|wont) (?:buy|earn|get|give) me (?:any )?(?:slack|a pass|off the hook)\b|\b(?:i'd|id|i would) (?:like|love|want) to (?:say|tell you|think)\b[^.!?;]{0,60}\bbut\b|\bkept telling (?:people|everyone|myself|them|you)\b|\bi (?:only )?did it (?:because|cos|cuz|coz) (?:you|u)\b|\b(?:wouldn't|wouldnt|would not) have (?:needed|had) to\b[^.!?;]{0,40}\bif (?:you|u)\b|\bif (?:you|u)\b[^.!?;]{0,50}\b(?:wouldn't|wouldnt|would not) have (?:needed|had) to\b|\blike i was a (?:child|kid|baby)\b|\bbecause it (?:helps|helped|matters|works)\b|\bworried (?:sick )?about (?:you|u|her|him|them)\b|\bwith (?:you|u) on my (?:back|case)\b/;

/** Owned, unless the only ownership is an excuse disclaimer that turns on "but". */
const owned = (norm: string): boolean => OWNED.test(norm) && !DISCLAIMER_THEN_BUT.test(norm);

/**
 * A good intention given as the reason, "I wanted the best for you, that's why I pushed you", "I
 * only did it cuz I care about you": the taxonomy's intent (intentions over impact), not a
 * circumstance that explains the act away.
 */
const FOR_THEIR_SAKE = /\b(?:(?:trying|tried|wanted|meant) to (?:shield|protect|spare|help|look after) (?:you|u|him|her|them)|wanted (?:the best|what was best|the world) for (?:you|u|him|her|them)|(?:thought|figured) (?:you|u|he|she|they)(?:'d| would| d) (?:want|like|need)|(?:i|cuz i|cos i|because i) (?:care|cared|love|loved) (?:about )?(?:you|u|him|her|them)|for (?:your|ur) (?:own )?(?:good|sake))\b/;

/**
 * What comes before speaks of what the other person went through: "every call still makes you
 * jump because of the debt collectors", "how humiliating it was when the bailiffs came to your
 * door because of my debts", "you were frightened when the bailiffs came". A cause named there
 * explains their fear, not the writer's act.
 */
const THEIR_ORDEAL = /\b(?:makes?|made|making) (?:you|u) (?:jump|flinch|shake|panic|cry|scared|nervous|anxious|worry|afraid|sick)\b|\b(?:you|u) (?:were|was|felt|feel|get|got|still get|still feel)(?: so| really| very| properly)? (?:frightened|scared|terrified|humiliated|ashamed|embarrassed|afraid|anxious|nervous|unsafe)\b|\bhow (?:humiliating|frightening|scary|terrifying|embarrassing|awful|hard|shameful|lonely) (?:it|that) (?:was|must have been|must've been)\b|\bit (?:was|must have been|must've been) (?:so |really )?(?:humiliating|frightening|scary|terrifying|embarrassing|awful|shameful) for (?:you|u)\b/;

/** "a new controller since I broke the old one": "broke" with no "was" before it is the act, not being skint. */
function brokeAsVerb(norm: string, span: { start: number; end: number }): boolean {
  return /^\S+ (?:i|we|i'd|id) broke\b/.test(norm.slice(span.start, span.end));
}

export default defineRule({
  id: 'excuse',
  title: 'Excuse',
  severity: 'problem',
  explanation:
    'Explaining why it happened can sound like a reason it was not really your doing, even when that is not what you mean. If the circumstances matter, say them as context you own ("while I was drinking, I chose to...") rather than as the cause.',
  suggestion: 'Try "That was my choice" after the context, or leave the reason out.',
  // "There is no excuse for what I did" disowns excuses; "I know it's not an excuse, but I was
  // exhausted" is the classic preface to one, so a disclaimer followed by "but" does not count.
  // Most sentences lack a piece every match of these guards contains: the trigram filter
  // answers those without a scan (same answer).
  skip: (norm) => (filteredTest(DISCLAIMS, norm) && !DISCLAIMER_THEN_BUT.test(norm)) || filteredTest(NOT_A_PLEA, norm),
  patterns: withCoverStoryGuard([
    {
      // a group's reasons: staff "following the procedures in place at the time", "we followed the
      // guidance we were given", "the volume of claims has been unprecedented", "owing to unprecedented
      // demand", "our staff were under enormous pressure", "circumstances beyond our control"
      needs: ['following', 'followed', 'acting', 'acted', 'volume', 'unprecedented', 'pressure', 'beyond', 'demand', 'exceptional'],
      re: rx(raw`(?<s>\b(?:were|was|are|is|been|i|we) (?:only |just |simply )?(?:following|followed|acting on|acted on|acting in line with|applying|applied) (?:what (?:they|he|she|i|we) (?:believed|thought|understood) (?:to be|was) )?(?:the |our |their |my )?(?:[a-z-]+ )?(?:guidance|guidelines|procedures?|polic(?:y|ies)|protocols?|rules|instructions|advice|regulations|process(?:es)?)\b[^.!?;]{0,50}|\bthe volume of (?:claims|calls|orders|complaints|requests|bookings|applications|enquiries|traffic) (?:has been|was|is|had been) (?:unprecedented|exceptional|extraordinary|unusually high)\b|\b(?:due to|owing to|because of|in the face of|with) (?:unprecedented|exceptional|extraordinary|unusually high|record) (?:demand|volumes?|numbers|levels of demand)\b|\b(?:staff|team|teams|crew|employees|workers|nurses|officers|guards|drivers) (?:were|was) (?:under|facing) (?:enormous|huge|immense|intense|significant|considerable|extreme|a great deal of|a lot of) pressure\b|\b(?:circumstances|factors|events) (?:beyond|outside) (?:our|my|their) control\b)`),
    },
    {
      // a group's norms of the time as the reason: "tools widely considered good practice at the
      // time", "similar practices were widespread across the sector", "the standards of that era",
      // "acted in good faith on the information available". Not "like many organisations at the
      // time" or "standard practice across the industry": the labels read those as comparison.
      re: rx(raw`(?<s>\b(?:considered|regarded|seen as|accepted as) (?:good|best|standard|normal|common|accepted) practice at the time\b|\b(?:similar |such |these |those )?practices were (?:widespread|commonplace|common|standard|the norm|normal) (?:across|in|throughout)\b[^.!?;]{0,30}|\bthe (?:standards|norms|attitudes|culture) of (?:that|the) (?:era|time|day|period)\b|\b(?:acted|acting|relied|relying)(?: in good faith)? on the (?:information|advice|evidence|knowledge|guidance|understanding) (?:available|given|provided)\b[^.!?;]{0,30})`),
      unless: (norm) => owned(norm),
    },
    {
      // someone outside as the reason: "a defect in cells supplied by one of our third-party
      // partners", "produced by an outside agency", "inspected by an approved subcontractor"
      re: rx(raw`(?<s>\b(?:supplied|produced|made|manufactured|built|erected|installed|inspected|designed|provided|managed|operated|run|handled|developed|created|approved|carried out|maintained|serviced|fitted|delivered)(?: and (?:[a-z-]+))? by (?:an? |the |one of (?:my|our|the) |my |our )?(?:outside|external|third[- ]party|approved|independent|contracted|outsourced|overseas) (?:[a-z-]+ )?(?:agency|agencies|contractors?|subcontractors?|sub-contractors?|suppliers?|partners?|vendors?|providers?|firms?|compan(?:y|ies))\b|\b(?:rely|relied|depend|depended) on (?:an? |the |my |our )?(?:outside|external|third[- ]party|contracted|outsourced) (?:[a-z-]+ )?(?:contractors?|suppliers?|providers?|partners?|vendors?|agency|agencies|firms?|compan(?:y|ies))\b[^.!?;]{0,40})`),
      unless: (norm) => owned(norm),
    },
    {
      // the weather or a breakdown as the reason: "wind speeds were significantly higher than
      // forecast", "because of the storm", "due to a small technical glitch", "the ramp had been
      // reported as faulty"
      re: rx(raw`(?<s>\b(?:well |significantly |much |far |considerably |a lot )?(?:above|higher than|hotter than|stronger than|worse than|beyond) (?:the |what was |what had been )?(?:forecast|predicted)\b|\b(?:because of|due to|owing to|with) (?:the )?(?:storm|weather|heatwave|heat|snow|gale-force winds|high winds|floods?|flooding|fog|ice)\b|\b(?:due to|owing to|because of|caused by) (?:an? |the )?(?:small |minor |brief |rare |unexpected |unforeseen |temporary )?(?:technical |system |software |computer |it |data-matching |billing |mechanical )?(?:glitch|fault|error|bug|outage|failure|malfunction)\b[^.!?;]{0,40}|\bhad been reported as (?:faulty|broken|defective)\b)`),
      unless: (norm) => owned(norm),
    },
    {
      // a preface that asks for the context to weigh against the harm: "for context, I'd had four
      // hours' sleep", "it must also be remembered that", "we do need to explain, however, that".
      // Not "to put this in context": it as often brings a minimizing figure (wd-m15)
      re: rx(raw`(?<s>\b(?:for|some|a bit of|a little) context[,:]|\bit (?:must|should) (?:also )?be (?:remembered|borne in mind|noted|recognised|recognized) that\b|\b(?:need|have|want) to explain,? however,? that\b)`),
      unless: (norm) => owned(norm),
    },
    {
      // the trade's culture or pressure as the reason: "I came up in kitchens in the 1990s where this
      // was completely normal", "the world I came up in", "that is the culture that made me", "it was
      // how I was taught", "service is a pressure cooker", "inevitably brings a degree of pressure"
      re: rx(raw`(?<s>\b(?:came up|was trained|were trained|was taught|were taught|started out|learned|learnt|grew up) in\b[^.!?;]{0,60}\bwhere\b[^.!?;]{0,60}\b(?:was|were) (?:completely |totally |just |perfectly |entirely |simply |considered )?(?:normal|the norm|standard|accepted|expected|commonplace|routine|part of the job)\b|\bthe (?:world|culture|kitchens?|industry|environment|era|system) (?:that )?(?:i|we) (?:came up in|grew up in|was trained in|were trained in|trained in|learned in|learnt in|came from)\b|\bthe culture (?:that|which) (?:made|shaped|formed|raised) (?:me|us)\b|\b(?:that|this|it) (?:is|was) (?:simply |just )?the culture of\b|\b(?:that|this|it) (?:is|was) how (?:i|we) (?:was|were) (?:taught|trained)\b|\b(?:is|was|are|were) (?:a |an )?(?:absolute |real |total )?pressure cooker\b|\binevitably (?:brings|brought|involves|involved|creates|created) (?:a degree of |some |a lot of |a certain amount of )?pressure\b)`),
      unless: (norm) => owned(norm),
    },
    {
      // too few people or too little money as the reason: "the branch was badly short-staffed",
      // "our office was understaffed", "operating with very limited resources", "the club was run
      // entirely by volunteers", "we were relying heavily on agency staff"
      re: rx(raw`(?<s>\b(?:was|were|been|being|is|are) (?:badly |severely |seriously |chronically |very |so |critically |significantly |already |also |hopelessly )?(?:short[- ]staffed|understaffed|under-staffed|under-resourced|underresourced|underfunded|under-funded|overstretched|over-stretched)\b[^.!?;]{0,40}|\boperating with (?:very |extremely |severely )?(?:limited|few|scarce|minimal) (?:resources|staff|funding)\b|\b(?:run|staffed|managed|operated) (?:entirely |largely |mostly |wholly |only )?by volunteers\b[^.!?;]{0,40}|\brel(?:y|ied|ying) (?:heavily |largely |mostly )?on agency (?:staff|workers|nurses|carers|cover)\b[^.!?;]{0,40}|\b(?:reductions|cuts) in (?:my |our |their |the )?funding\b[^.!?;]{0,60}\bpressure\b)`),
      unless: (norm) => owned(norm),
    },
    {
      // the substance or illness as the actor: "the drink made me say things", "the alcohol made me do it"
      needs: ['drink', 'alcohol', 'booze', 'drug', 'pills', 'coke', 'cocaine', 'weed', 'gambling', 'addiction', 'disease', 'illness', 'using', 'meds', 'medication', 'bottle', 'beer', 'vodka', 'wine', 'whisk', 'pints', 'crack', 'heroin', 'meth'],
      re: rx(raw`(?<s>\b(?:the |my |that |all the |too much )?(?:drink|drinking|alcohol|booze|drugs|drug|pills|coke|cocaine|weed|gambling|addiction|disease|illness|using|meds|medication|bottle|beer|vodka|wine|whiskey|whisky|pints|crack|heroin|meth)(?: problem)? (?:(?:made|makes|forced|drove|drives|had|turned|turns|got) me\b|(?:does|did|do) (?:that|this|things) to me|took over|takes over|got the better of me|gets the better of me))`),
      unless: (norm, _m, span) => /^\s*(?:a better|realise|realize|see|understand|lose|lost)/.test(norm.slice(span.end)),
    },
    {
      needs: ['it was', 'that was'],
      re: rx(raw`(?<s>\bit was (?:the )?(?:drink|alcohol|booze|drugs|addiction|disease|gambling|pills)(?: talking)?\b|\b(?:it|that) was (?:the|my) (?:illness|depression|anxiety|grief|stress|condition|disease|addiction|drink|drugs|alcohol)(?: talking)?,? not (?:me|really me|the real me)\b)`),
    },
    {
      // "I wasn't myself", "I was not in my right mind", "i wasnt thinking straight"
      needs: ['myself', ' me', 'right mind', 'thinking', 'control', 'all there', 'good'],
      re: rx(raw`(?<s>\b(?:i|i'm|im|i am)\s+(?:${WASNT}|not|wasn't really|really wasn't|really wasnt|just wasn't|just wasnt|just was not) (?:myself|me|in my right mind|thinking (?:straight|clearly|right|properly)|in control|all there|the real me|in a good (?:place|way|state|headspace)|in a (?:good|great|healthy|right) headspace)\b)`),
    },
    {
      // the times as the reason: "I was raised in a different time", "it was a different era
      // back then". Not a time of life recalled ("that was a different time in our lives").
      needs: ['different', 'another', 'how', 'the way'],
      re: rx(raw`(?<s>\b(?:i|we) (?:was|were) (?:raised|brought up|born|taught|young) in (?:a |an )?(?:different|another) (?:time|era|generation|age|world)\b|\b(?:it|that|those|things) (?:was|were|'s|s) (?:a |an )?(?:very |completely |totally )?(?:different|another) (?:times?|era|age|generation)\b(?: back then| then| at the time)?|\b(?:that's|thats|that is|that was|it was|it's|its) (?:just )?(?:how|the way) (?:we|people|everyone|everybody|(?:the )?(?:guys|men|lads|boys|kids|others)|things) (?:all )?(?:talked|spoke|joked|were|did things|behaved|acted|treated (?:women|each other|people))(?= back then| then| at the time| in those days| in the (?:\d0s|eighties|nineties|seventies))[^.!?;,]{0,20})`),
      unless: (norm, _m, span) => /^\s*(?:in (?:our|my|your|his|her|their|the) |for |when\b|and i (?:miss|loved)\b)/.test(norm.slice(span.end)) || owned(norm),
    },
    {
      // a necessity that left no room: "I had to work two jobs back then, so I couldn't be at your
      // recitals", "I needed the overtime, which meant I missed your birthday"
      needs: ['had to', 'needed to', 'had got to', 'was forced'],
      re: rx(raw`(?<s>\bi (?:had to|needed to|was forced to|had got to) (?!(?:tell|say|admit|face|own|accept|learn|hear|stop|get sober|get help|ask)\b)[^.!?;]{3,50}?,? (?:so|which meant|and so|meaning) (?:i )?(?:couldn't|could not|wasn't able to|was not able to|never got to|had no time to|missed)\b[^.!?;,]{0,40})`),
      unless: (norm) => owned(norm),
    },
    {
      // the same in other words: "my behaviour that night was out of character", "I acted
      // completely out of character". Not about them ("it was out of character for you").
      needs: ['out of character'],
      re: rx(raw`(?<s>\b(?:that|this|it|what i did|what happened|my (?:behaviou?r|actions?|conduct|reaction|outburst|comments?|words|response|temper))\b[^.!?;]{0,40}? (?:was|is|were|are)(?: (?:so|completely|totally|entirely|really|very|just|utterly|wholly|quite|simply))? out of character\b(?: for me)?|\bi (?:acted|behaved|was acting|was behaving)(?: (?:so|completely|totally|entirely|really|very|utterly|wholly|quite))? out of character\b)`),
      unless: (norm, _m, span) => /^\s*for (?!me\b)/.test(norm.slice(span.end)) || owned(norm),
    },
    {
      // "that's not who I really am", "that wasn't the real me"
      needs: ['who i', 'real me', 'really me', ' me'],
      re: rx(raw`(?<s>\b(?:that|this|it)(?:'s| is| was|s)? (?:not|never) (?:who i (?:really |truly )?(?:am|was)|the real me|really me|me)\b|\b(?:that|this|it) (?:wasn't|wasnt|isn't|isnt) (?:who i (?:really |truly )?(?:am|was)|the real me|really me|me)\b)`),
      unless: (norm, _m, span) => {
        const after = norm.slice(span.end);
        // "it wasn't me who took it" denies the act; "that wasn't the real me who threw it" disowns the self
        if (/^\s*(?:too|either|who|that)\b/.test(after) && !/\b(?:real|true) me$/.test(norm.slice(span.start, span.end))) return true;
        // "this isn't me asking for anything", "it's not me you should worry about": "me" as the
        // subject of what follows, not a disowned self
        if (/\bme$/.test(norm.slice(span.start, span.end)) && !/\b(?:real|really) me$/.test(norm.slice(span.start, span.end)) && !/^\s*(?:$|[.,;:!?)-]|and\b|but\b|at all\b|back then\b|then\b|that night\b|talking\b|,)/.test(after)) return true;
        // "that's not who I am anymore": a change told, not an excuse
        return /^\s*(?:any ?more|now|today|these days|going forward|since|from now)\b/.test(after);
      },
    },
    {
      // "because I was stressed", "because I was under so much stress at work"
      needs: ['stress', 'pressure', 'exhaust', 'overwhelm', 'hectic', 'chaotic', 'crazy', 'insane', 'mental', 'manic', 'nightmare', 'full on', 'overwork', 'burn', 'tired', 'sleep', 'broke', 'skint', 'desperate', 'lonely', 'going thr', 'busy', 'depress', 'griev', 'bad', 'dark', 'terrible', 'awful', 'rough', 'low', 'difficult', 'horrible', 'messed'],
      re: rx(raw`(?<s>\b(?:${BECAUSE}|since|as|what with) (?:i|i'd|id|i had|i've|ive|we|we'd|things|everything|work|life) (?:was|were|had been|'d been|d been|have been|'ve been|ve been|being|got|felt|feel|am|'m|m|was just|was really)? ?${CIRCUMSTANCE}\b[^.!?;,]{0,30})`),
      unless: (norm, _m, span) => owned(norm) || brokeAsVerb(norm, span),
    },
    {
      // "I was drunk/high, so..." "i was off my face so i cant realy be blamed"
      needs: ['drunk', 'high', 'wasted', 'hammered', 'off my', 'out of', 'pissed', 'smashed', 'stoned', 'wrecked', 'using', 'drinking', 'tired', 'stressed', 'exhausted', 'desperate', 'influence'],
      re: rx(raw`(?<s>\b(?:i|we) (?:was|were|had been|'d been|d been) (?:so |really |completely |totally |absolutely )?(?:drunk|high|wasted|hammered|off my (?:face|head|tits|nut|trolley)|out of (?:it|my mind|my head|my tree)|pissed|smashed|stoned|wrecked|blackout drunk|using|drinking|tired|stressed|exhausted|desperate|under the influence)\b[^.!?;]{0,20}?,? so\b[^.!?;]{0,50})`),
      unless: (norm, _m, span) =>
        // "you knew I was drinking when you married me, so...": the point is aimed at them (blame)
        /\b(?:you|u) knew\s+$/.test(norm.slice(Math.max(0, span.start - 12), span.start)) ||
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
      re: rx(raw`(?<s>\b(?:i|i'd|id) (?:had|felt i had|have|'d|d) (?:no|little) (?:other )?(?:choice|option|alternative)\b|(?<!\b(?:you|u|they|he|she|we|families|people|patients|callers) )\b(?:had|have|with) nowhere (?:else )?to (?:turn|go)\b|\bi (?:${WOULDNT}|would never) (?:of|have|'ve|ve) (?:had to|needed to|done it|done that)\b|\b(?:i|i just) (?:needed|need) (?:the )?(?:money|cash|a drink|the drink|it) (?:at the time|back then|so badly|so bad|desperately|to (?:survive|get by|pay))\b|\bi was desperate\b|\b(?:i was|i'm|im|i am|we're|we are|we were) (?:only|just) human\b|\b(?:nobody's|nobodys|nobody is|no one's|no one is|no-one is) perfect\b|\b(?:everyone|everybody) makes mistakes\b|\bi (?:only|just) did (?:it|that|this) (?:because|cos|cuz|coz|since|to)\b[^.!?;,]{0,30})`),
      // "I had no choice about being an addict, but I had a choice about lying": owned in the same breath
      unless: (norm, _m, span) => owned(norm) || (/^i (?:only|just) did (?:it|that|this)\b/.test(norm.slice(span.start, span.end)) && FOR_THEIR_SAKE.test(norm.slice(span.start, span.end))),
    },
    {
      // a circumstance right after "but": "sorry i shouted but i was tired", "but I really needed to get to work"
      needs: ['but', 'just', 'only', 'simply', 'thing'],
      re: rx(raw`\b(?:but|(?:it's|its|it is|it was) (?:just |only |simply )?that|the thing is,?) (?:honestly |really |tbh |to be honest |you know |u know |like )?(?<s>(?:i|we) (?:was|were|had been|'d been|d been|am|'m|m|just|really|honestly)? ?(?:so |really |very |just |completely |totally |absolutely |pretty )?(?:tired|exhausted|stressed|busy|drunk|hungover|high|wasted|broke|desperate|skint|overwhelmed|under (?:a lot of |so much |loads of )?(?:pressure|stress)|(?:going|goin'?) (?:through|thru)|sick|not well|not myself|in a (?:bad|dark|terrible) (?:place|way|state)|needed (?:the (?:money|cash|car)|money|cash|to (?:get|go|pay|be|make|cover|feed|work))|had to (?:get|go|work|pay|be at|cover|deal with|feed|take)|couldn't (?:cope|help it|handle)|couldnt (?:cope|help it|handle)|had no (?:choice|option|money|time))\b[^.!?;,]{0,30})`),
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
      re: rx(raw`(?<s>\b(?:i|i'd|id|i've|ive|i have|i had) (?:was|been|had been|'d been|d been|was just|was really|was so)\s*(?:under (?:so much|a lot of|a load of|loads of|such|a ton of|enormous|huge|a lot) (?:stress|pressure)|under (?:stress|pressure)|under the influence|(?:going|goin'?) (?:through|thru) (?:a lot|alot|so much|a (?:\w+ )?(?:hard|rough|tough|bad|dark|difficult) (?:time|patch|period)|hell|${HARDSHIP_GONE_THROUGH})|in a (?:\w+ )?(?:bad|dark|terrible|awful|horrible|rough|low) (?:state|way|headspace)|so (?:stressed|lonely|tired|exhausted|overwhelmed|desperate))\b[^.!?;,]{0,30})`),
      // "I've been so lonely since you left" is present pain (self-focus), not a reason given for the past.
      // "I was in a bad way from a binge and I chose not to get on the plane": context, then owned.
      // Owned first and the state after it ("it's my fault, I was just so stressed") still pleads.
      unless: (norm, _m, span) => /^(?:i've|ive|i have) been so /.test(norm.slice(span.start, span.end)) || owned(norm.slice(span.start)),
    },
    {
      needs: ['given', 'considering', 'spoken', 'talked', 'seen each', 'light', 'bearing', 'insane', 'crazy', 'hectic', 'mental', 'manic', 'mad', 'chaotic', 'stressful', 'overwhelming', 'nightmare', 'full on', 'nonstop', 'non-stop', 'difficult', 'hard', 'tough', 'rough', 'dark', 'bad', 'terrible', 'awful', 'intense', 'low', 'horrible', 'messed', 'weird', 'got', 'everything going', 'everything that', 'chaos', 'madness', 'confusion', 'rush', 'stress', 'apart', 'barely talking', 'not talking', 'rocks', 'messed with', 'better of', 'on top of', 'why i', 'reason i'],
      re: rx(raw`(?<s>\b(?:work|life|things|everything|the job|my job|home) (?:has|have|had) been (?:so |really |totally |absolutely )?(?:insane|crazy|hectic|mental|manic|mad|chaotic|stressful|overwhelming|a nightmare|full on|nonstop|non-stop)\b|\bwith (?:everything|all the stuff|all that|all this|so much|all of this|all of that) (?:that was |that's |that is )?(?:going on|happening)\b(?![^.!?;]{0,12}\b(?:i know (?:you|u)|(?:you|u) (?:needed|were|had|must|deserved)|for (?:you|u)\b))|\b(?:given|considering|in light of|bearing in mind) (?:the|all the|how much|the amount of|what|everything) (?:pressure|stress|strain|circumstances|situation|i was (?:going through|under|dealing with)|was going on)\b[^.!?;,]{0,30}|\bin (?:all )?the (?:chaos|madness|confusion|rush|stress)\b|\b(?:we|we'd|we had|things|we were) (?:been )?(?:falling apart|drifting apart|barely talking|not talking|on the rocks)\b|\b(?:we'd|we had|we) (?:barely|hardly|not) (?:spoken|talked|seen each other) (?:in|for) (?:months|weeks|ages|a year|years)\b|\bmessed with my (?:head|mind)\b|\bgot (?:the better of|on top of|to) me\b|\b(?:it|that|this) (?:was|had been) (?:a |such a )?(?:really |very |so |incredibly |pretty |an )?(?:stressful|difficult|hard|tough|rough|crazy|hectic|dark|bad|terrible|awful|insane|chaotic|mad|intense) (?:time|period|year|patch|few months|week|day|night|stretch)(?! for (?:you|u|the kids|everyone|all of you|your))\b|\bi (?:was|'d been|d been|had been) (?:in|at) (?:a |such a )?(?:really |very |pretty |so )?(?:dark|bad|terrible|awful|horrible|low|rough|difficult|messed up|weird) (?:place|time|patch|way|headspace|state)\b|\b(?:that's|thats|that is|which is) (?:why|the reason) i (?!(?:wanted|started|decided|joined|asked|reached|called|needed|stopped|quit|changed|booked|signed|entered|checked|moved|learned|learnt|realised|realized|waited|hesitated|tried|promised|am|'m|m|want|need|have|'ve|will|'ll|go|write|wrote|finally)\b)(?:\w+ed|did|said|took|stole|hit|lost|forgot|broke|drank|went off|snapped|blew up|threw|kept|ran|spent|sold|left|missed|wasn't|wasnt|didn't|didnt|never|couldn't|couldnt|got)\b)`),
      // the state named as context and then owned after it: "I was in a bad place and I chose to drive";
      // a good intention as the "why" is intent, not circumstance (see FOR_THEIR_SAKE)
      unless: (norm, _m, span) =>
        owned(norm.slice(span.start)) ||
        (/^(?:that's|thats|that is|which is) (?:why|the reason)\b/.test(norm.slice(span.start, span.end)) && FOR_THEIR_SAKE.test(norm.slice(0, span.start))),
    },
    {
      // a bare state tacked onto an apology as its reason: "sorry I was late, I was knackered",
      // "sorry for the texts last night, i was smashed"
      needs: ['sorry', 'apolog', 'soz', 'sry'],
      re: rx(raw`\b(?:sorry|soz|sry|apologi[sz]e|apologies)\b[^.!?;]{0,80}?[,-] ?(?<s>(?:i|we) (?:was|were|'d been|d been|had been) (?:just |so |really |pretty |completely |totally |absolutely |a bit |very |proper |well |super |mega |that |too )?(?:drunk|wasted|hammered|smashed|high|stoned|wrecked|pissed|off my (?:face|head|nut)|out of it|knackered|exhausted|shattered|tired|stressed|stressed out|overwhelmed|in a (?:bad|dark|terrible|awful) (?:place|way|state|mood))\b[^.!?;,]{0,25})\s*[.!]*\s*$`),
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
      // "swamped", "slammed" need a state verb before them: "I slammed the door" is an act, not a workload
      re: rx(raw`(?<s>\b(?:i|i've|ive|i have|i had|i'd|id|we|we've|we had) (?:had |been |got |was |were )?(?:just |really |so |completely |totally )?(?:so much on|a lot on|loads on|too much on|so much going on|up to my (?:eyes|neck|ears))\b[^.!?;,]{0,25}|\b(?:(?:i|we) (?:was|were|got|am|are)|(?:i've|ive|i have|i had|i'd|id|we've|we had|we'd) been|i'm|im|we're) (?:just |really |so |completely |totally )?(?:swamped|snowed under|slammed|run off my feet|rushed off my feet)\b[^.!?;,]{0,25})`),
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
      // Also "yet"; "I must point out, however, that the brakes were faulty"; "the books were in a mess
      // long before I started"; "the brief kept changing"; a fairness hedge after a semicolon or comma;
      // "In my defence, I thought..." at the start (with "you" after it, it is blame).
      needs: ['fairness', 'fair', 'defence', 'defense', 'closed', 'shut', 'unrealistic', 'impossible', 'broken', 'down', 'dead', 'over', 'rocky', 'dodgy', 'late', 'cancelled', 'canceled', 'flooded', 'icy', 'blocked', 'jammed', 'faulty', 'mess', 'changing', 'unclear', 'wrong'],
      re: rx(raw`(?:\b(?:but|however|although|though|except|only|yet),? (?:that )?|[;,] (?=in (?:all )?fairness|to be fair)|^\s*(?=in my defen[cs]e,? i\b))(?<s>(?:in (?:all )?fairness|to be fair|in my defen[cs]e)\b(?!,? (?:to )?(?:you|u|he|she|they|your|ur|him|her|them)\b)[^.!?;]{0,50}|(?:the|my|our|that|this) (?:\w+ ){0,4}?(?:was|were|had been|'d been) (?:already |just |completely |totally |so |really |all )?(?:closed|shut|unrealistic|impossible|broken|down|dodgy|cancelled|canceled|late|flooded|icy|blocked|jammed|faulty|in a (?:\w+ )?mess|a mess|unclear|wrong)\b[^.!?;,]{0,20}|(?:the|my|our) (?:\w+ ){0,2}?kept (?:changing|moving)\b[^.!?;,]{0,20}|things (?:between us )?(?:had been|'d been|were|was) (?:already )?(?:dead|over|rocky|cold|bad|rough|falling apart)\b[^.!?;,]{0,20})`),
      // a fairness hedge that measures or shrinks the act ("in fairness it was a mild argument by most
      // standards", "to be fair I did make it to your brother's") is comparison or minimizing
      unless: (norm, _m, span) =>
        /\b(?:mild|minor|by (?:most|any) standards|compared (?:to|with)|at least|plenty of|lots of|most (?:people|couples|families)|everyone|everybody|other (?:people|couples)|could have been worse|i did (?:make|come|go|turn up|show up|get|pay|call|ring|send)|(?:it|that) was (?:only|just|a (?:\w+ )?(?:mild|minor|small|little)))\b/.test(norm.slice(span.start, span.end)),
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
    {
      // an inner state or hardship given as the cause: "I lied because I was scared", "since I was
      // behind on rent", "out of panic", "because of the divorce", "due to the stress"
      needs: ['because', 'cause', 'cuz', 'coz', 'cos', 'bc', 'b/c', 'since', 'due', 'thanks', 'owing', 'what with', 'out of'],
      re: rx(raw`(?<s>\b(?:${BECAUSE}|since) (?:i|i'd|id|i had|i've|ive|i'm|im) ?(?:was|were|had been|'d been|d been|have been|'ve been|ve been|been|felt|got|was feeling|'m|m| am)? ?${STATE}\b[^.!?;,]{0,25}|\b(?:${BECAUSE} of|due to|thanks to|owing to|what with) ${CAUSE_NOUN}\b[^.!?;,]{0,20}|\bout of (?:sheer |pure )?(?:fear|panic|desperation|frustration|anger|grief|loneliness|exhaustion)\b)`),
      unless: (norm, _m, span) => {
        if (brokeAsVerb(norm, span)) return true;
        const before = norm.slice(0, span.start);
        // the harm's sufferer is the subject ("you lost your job because of my drinking"), or no "I" acts
        return (!/\bi\b|\bi'|\bim\b|\bmy\b/.test(before) && !/^\s*(?:it|that|this)(?:'s| is| was|s)? (?:all |just |only |really |probably )?$/.test(before)) ||
          /\b(?:you|u|she|he|they|the kids|we)\b(?:'ve|'d| have| had| were| was| lost| felt| got| went| ended| couldn't| had to| stopped| suffered| paid| covered| missed| moved| cried| left)\b/.test(before) ||
          THEIR_ORDEAL.test(before) || owned(norm);
      },
    },
    {
      // the state, then "so"/"which is why" and what I did: "I was scared, so I lied", "I was a mess
      // after the divorce, so I said things", "i was hammered so i drove"
      needs: ['so', 'why', 'reason'],
      re: rx(raw`(?<s>\b(?:i|we) (?:was|were|'d been|d been|had been|felt|got|was feeling) ${STATE_OR_HIGH}\b[^.!?;]{0,40}?(?:,? so|,? which is why|,? and that's why|,? and thats why|[,;-] that's why|[,;-] thats why|,? which was why|,? and that was why|,? that's the reason|,? which is the reason) (?:i|we)\b[^.!?;,]{0,30})`),
      unless: (norm) => owned(norm),
    },
    {
      // agency lost: "I didn't know what I was doing", "not thinking straight", "I wasn't thinking",
      // "i had no control over myself", "my brain wasn't working right", "I was out of my mind"
      needs: ['know what', 'realise what', 'realize what', 'thinking', 'coping', 'cope', 'had to', 'blacked', "couldn't", 'couldnt', 'could not', 'control', 'brain', 'head', 'mind', 'out of'],
      re: rx(raw`(?<s>\b(?:i|and|,) (?:didn't|didnt|did not|don't|dont) (?:even |really |fully |honestly )?(?:know|realise|realize) what i was (?:doing|saying)\b(?! to (?:you|u|them|her|him|the kids|us))|\bi (?:just |really |simply )?(?:${WASNT} (?:just |really )?|was (?:just |really )?not )thinking\b(?: (?:straight|clearly|properly|right|rationally|logically|at all))?(?=\s*(?:$|[.,;!?-]|and\b|so\b|when\b|back\b|then\b|at the time|that (?:night|day)|because|cos|cuz|about anything|with))|\b(?:${WASNT}|wasnt|not|never) thinking (?:straight|clearly|properly|rationally|logically)\b|\bi (?:had|have) no control (?:over|of) (?:myself|what i|my actions|my temper|it|anything)\b|\bi (?:didn't|didnt|did not) (?:really |even )?have (?:any |much )?control\b|\bi (?:${WASNT}|wasnt) in control\b|\bmy (?:brain|head|mind) (?:just )?(?:${WASNT}|wasnt) (?:working|right|there|functioning|straight|with it)\b|\bi was (?:completely |totally )?(?:out of my (?:mind|head|senses)|not in my right (?:mind|head))\b(?! (?:with|about) (?:worry|love))|\bi (?:${WASNT}|wasnt) coping\b|\bi (?:couldn't|couldnt|could not) cope\b(?! with (?:how|what|the fact|knowing))|\bi (?:blacked out|was blacked out|was in a blackout)\b[^.!?;]{0,10}?,? so\b[^.!?;,]{0,30})`),
      unless: (norm) => owned(norm),
    },
    {
      // a condition as the actor: "my depression got the best of me", "the addiction was so strong
      // I couldn't...", "my ADHD makes me forget", "the stress drove me to it"
      needs: ['addiction', 'depression', 'anxiety', 'disease', 'illness', 'condition', 'grief', 'stress', 'trauma', 'anger', 'temper', 'adhd', 'ptsd', 'bipolar', 'ocd', 'mental', 'demons', 'craving', 'withdrawal', 'urge', 'sickness', 'pressure', 'pain'],
      re: rx(raw`(?<s>\b(?:my|the|that|all the|all that) (?:addiction|depression|anxiety|disease|illness|condition|grief|stress|trauma|anger|temper|adhd|ptsd|bipolar|ocd|mental health|demons|cravings?|withdrawal|urges?|sickness|pressure|pain)\b(?: (?:of|at|from) (?:the |my |that )?\w+)? (?:just |really |basically |completely )?(?:got (?:the )?(?:better|best) of me|took over|took hold|took control|had (?:a hold on|a grip on|control of|hold of) me|had me\b|controlled me|control(?:led)? my|was (?:so |too )?(?:strong|powerful|overwhelming|bad|loud|intense) (?:that )?(?:i|all i)|made (?:it )?(?:impossible|hard|difficult) (?:for me )?to|makes? me|made me|drove me|drives me|pushed me|won|was in (?:control|charge)|was running (?:me|my life|the show)|was calling the shots|was talking|talking))`),
      unless: (norm, _m, span) =>
        /^\s*(?:a better|realise|realize|see|understand|lose|lost|want to|seek|get help|go to|ashamed)/.test(norm.slice(span.end)) ||
        /^\s*(?:\w+ )?(?:for|on) (?:you|u|the kids|everyone|your)\b/.test(norm.slice(span.end)) ||
        owned(norm),
    },
    {
      // youth or the addiction as a general plea: "I was young and stupid", "I was only nineteen",
      // "when you're in active addiction you don't think", "that's what the disease does"
      needs: ['young', 'kid', 'child', 'teenager', 'immature', 'naive', 'only', 'just', 'addiction', 'addict', 'alcoholic', 'disease', 'illness', 'drunk', 'high', 'sick', 'gone', 'desperate', 'grip', 'drinking', 'using', 'withdrawing', 'alcohol', 'drugs', 'drink'],
      re: rx(raw`(?<s>\bi was (?:only |just |so |too |very |still )?(?:young|a kid|a child|a teenager|immature|naive)\b(?=\s*(?:$|[.,;!?-]|and\b|so\b|then\b|back then|at the time|in those days|myself|too\b))|\b(?:i was|remember i was) (?:only|just) (?:\d{1,2}|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|twenty[- ]\w+)\b(?! (?:when|and i|but))|\b(?:when|once|if) (?:you're|you are|youre|ur|your|u r|you've|youve|you have) (?:in (?:active |full[- ]blown |the middle of )?(?:addiction|your addiction|the disease)|an addict|an alcoholic|(?:that |so )?(?:drunk|high|sick|far gone|desperate)|in the grip|been drinking|using|drinking|withdrawing)\b[^.!?;]{0,12}? (?:you|u|ya) (?:don't|dont|do not|can't|cant|cannot|just|will|would|do|stop|only)\b|\bthat's (?:just |simply )?what (?:addiction|the disease|alcohol|drugs|the drink|drinking|using|the illness) (?:does|do)\b)`),
      unless: (norm) => owned(norm),
    },
    {
      // the state, then what it stopped me doing: "i was so angry i couldnt see", "things were so
      // hard for me then that I didn't notice", "I was so scared I didn't think"
      needs: ['scared', 'afraid', 'frightened', 'terrified', 'panicked', 'angry', 'furious', 'hurt', 'upset', 'depressed', 'anxious', 'stressed', 'overwhelmed', 'exhausted', 'tired', 'sick', 'ill', 'lonely', 'desperate', 'confused', 'numb', 'messed', 'fucked', 'drunk', 'high', 'wasted', 'hammered', 'stoned', 'out of it', 'caught', 'consumed', 'hard', 'difficult', 'tough', 'bad', 'dark', 'much', 'crazy', 'hectic', 'overwhelming'],
      re: rx(raw`(?<s>\b(?:i|we) (?:was|were|'d been|d been|had been|got|felt) (?:just |really )?(?:so|too|that) (?:scared|afraid|frightened|terrified|panicked|angry|furious|hurt|upset|depressed|anxious|stressed|overwhelmed|exhausted|tired|sick|ill|lonely|desperate|confused|numb|messed up|fucked up|drunk|high|wasted|hammered|stoned|out of it|caught up in (?:the|my) (?:addiction|drinking|using|grief|pain|stress)|consumed by (?:the|my) (?:addiction|drinking|using|grief|pain|stress|anger))\b[^.!?;]{0,40}?\b(?:that )?i (?:didn't|didnt|did not|couldn't|couldnt|could not|never|barely|hardly|${WASNT}|wasnt) (?:even |really )?(?:know|think|see|notice|realise|realize|remember|care|stop|hear|understand|register)\b|\b(?:things|life|it|everything) (?:was|were|had been|got) (?:so|too) (?:hard|difficult|tough|bad|dark|much|crazy|hectic|overwhelming)(?: for me)?(?: then| back then| at the time)?,? (?:that )?i (?:didn't|didnt|did not|couldn't|couldnt|could not|never|barely|hardly) (?:even |really )?(?:know|think|see|notice|realise|realize|remember|care|cope|handle|manage)\b)`),
      unless: (norm) => owned(norm),
    },
    {
      // chat-style reason tacked onto an apology: "sorry i was rude, long day at work", "Sorry I
      // snapped, I'm just really stressed with exams", "sorry for being short, running on no sleep"
      needs: ['sorry', 'apolog', 'soz', 'sry'],
      re: rx(raw`\b(?:sorry|soz|sry|apologi[sz]e|apologies)\b(?<obj>[^.!?;]{0,80}?)[,-] ?(?:just |honestly |tbh |it's just |its just )?(?<s>(?:(?:i'm|im|i am|i've been|ive been|i have been|i was|been|it's been|its been|it was|had) )?(?:(?:just|so|really|very|super|a bit|pretty) ){0,2}(?:stressed(?: out)?|tired|exhausted|knackered|shattered|overwhelmed|burnt out|burned out|not (?:feeling )?(?:well|great|myself)|under the weather|running on (?:no|zero|little|hardly any) sleep|(?:a |such a |the )?(?:long|rough|bad|hard|crazy|hectic|awful|stressful|mad) (?:day|week|shift|night|month)(?: at work)?|having a (?:bad|rough|hard|tough) (?:day|week|time)|dealing with (?:a lot|so much|stuff|things)|got a lot going on|(?:a lot|so much) going on|(?:so |really |super |crazy |very )?busy)\b[^.!?;,]{0,30})\s*[.!]*\s*$`),
      // ordinary mail ("sorry for the slow reply, crazy week") is not a harm explained away
      unless: (norm, m) => /\b(?:reply|replies|response|delay|delayed|late|slow|getting back|get back|missed call|wait|waiting|radio silence|quiet|silence|inconvenience|mess|typos?)\b/.test(m.groups?.obj ?? ''),
    },
    {
      // a passing state, then a reaction: "I was tired and snapped", "I had a bad day and took it
      // out on you", "i was upset and i reacted". (Drinking "and I lied" is owned context.)
      needs: ['snapped', 'lashed', 'took it', 'reacted', 'lost it', 'blew', 'flew', 'exploded', 'kicked off', 'went off', 'overreacted', 'coping', 'cope', 'said things', 'said stuff', 'spoke', 'unloaded', 'vented'],
      re: rx(raw`(?<s>\b(?:i|we) (?:was|were|'d been|d been|had been|felt|got|was feeling) ${STATE}\b[^.!?;]{0,30}?\band (?:i |then i |so i )?(?:just |kind of |kinda )?(?:snapped|lashed out|took it out on|reacted|lost it|blew up|flew off the handle|exploded|kicked off|went off|overreacted|wasn't coping|wasnt coping|couldn't cope|couldnt cope|said things|said stuff|spoke without thinking|unloaded on|vented on)\b[^.!?;,]{0,15}|\bi (?:had|'d had|d had|was having) (?:a |such a )?(?:really |very |so )?(?:bad|rough|long|hard|awful|terrible|shit|crap|stressful) (?:day|week|night|shift|month|year)\b[^.!?;]{0,20}?\b(?:and|so) (?:i )?(?:just )?(?:snapped|lashed out|took it out on|reacted|lost it|blew up|exploded|kicked off|went off|overreacted|said things|said stuff)\b[^.!?;,]{0,15})`),
      unless: (norm) => owned(norm),
    },
    {
      // circumstances as the actor: "the situation forced my hand", "circumstances made it
      // impossible", "work left me no choice"; a breaking point: "I was at the end of my rope"
      needs: ['situation', 'circumstance', 'life', 'work', 'job', 'boss', 'money', 'bills', 'debt', 'rent', 'landlord', 'end of', 'breaking', 'wits', 'limit', 'rock', 'meds', 'medication', 'pills'],
      re: rx(raw`(?<s>\b(?:the|my|those|these|all the) (?:situation|circumstances|bills|debts?|rent|landlord|boss|job|money (?:problems|worries|situation))\b (?:really |just |basically )?(?:forced (?:my hand|me)|left me (?:no|little) (?:choice|option)|gave me no (?:choice|option)|made (?:it )?impossible|drove me|pushed me|backed me into)\b|\b(?:circumstances|life|work) (?:really |just |basically )?(?:forced (?:my hand|me)|left me (?:no|little) (?:choice|option)|gave me no (?:choice|option)|made it impossible|got in the way|drove me|pushed me)\b|\bi was (?:at (?:the end of my (?:rope|tether)|breaking point|my wits'? end|my limit|rock bottom)|pushed (?:to|past) my limit)\b|\b(?:the|my|new|those|these) (?:meds|medication|pills|tablets)\b (?:i was on )?(?:really |just )?(?:messed (?:with|me up)|made me|had me|affected|changed)\b[^.!?;,]{0,20})`),
      unless: (norm) => owned(norm),
    },
    {
      // asking them to weigh the circumstances: "you have to understand the pressure I was under";
      // a state fronted as the reason: "Being so tired, I forgot"; a judgement clouded by a
      // substance or a feeling; "I'd never have said it sober"; "in the heat of the moment"
      needs: ['understand', 'see', 'remember', 'being', 'feeling', 'having', 'as', 'clouded', 'impaired', 'warped', 'affected', 'messed', 'skewed', 'sober', 'mind', 'drinking', 'drunk', 'high', 'using', 'on', 'heat', 'moment', 'moments', 'caught up', 'swept up', 'carried away', 'choice', 'option', 'else', 'other'],
      re: rx(raw`(?<s>\b(?:you|u) (?:have|need|got|gotta|'ve got|ve got|must|should|(?:have|need) to try) (?:to )?(?:understand|see|remember)\b[^.!?;]{0,40}?\b(?:pressure|stress|stressed|strain|state i was|going through|what i was|where i was|how (?:hard|bad|tough|difficult|tired|stressed|desperate|lonely|scared)|the situation|my situation|my position|circumstances|i was (?:under|drunk|high|sick|ill|tired|scared|desperate|broke|young|struggling|going))\b[^.!?;,]{0,20}|^\s*(?:being|feeling|having been|having had|as) (?:so |that |too |really |very |pretty |completely )?${STATE_OR_HIGH}\b[^.!?;]{0,30}?,\s*(?:i|we)\b|\b(?:the |my |all the |that )?(?:alcohol|booze|drink|drinking|drugs|pills|weed|coke|stress|grief|anger|exhaustion|tiredness|emotions|feelings|fear|panic|depression|anxiety|addiction|jealousy) (?:really |totally |completely )?(?:clouded|impaired|affected|warped|messed with|skewed) my (?:judg(?:e)?ment|thinking|head|mind|perception|view)\b|\bif i (?:hadn't|hadnt|had not) been (?:drinking|drunk|high|using|on (?:drugs|something)|so (?:drunk|high|stressed|tired|angry))\b|\bsober me (?:would(?:n't| never| not)|wouldnt)\b|\bi (?:would never|wouldn't|wouldnt|would not|'d never|d never) (?:have|'ve|ve|of) (?:done|said) (?:it|that|any of (?:it|that)|those things|something like that) (?:sober|if i (?:was|were|had been|'d been) sober|in my right mind)\b|\b(?:in|during) the heat of the moment\b|\b(?:i|we) (?:got|was|were|'d got|had got|'d been|had been) (?:so |completely |totally |just |a bit |too )?(?:caught up|swept up|carried away) in the (?:moment|excitement|atmosphere|heat of (?:it|things))\b|\b(?:a|in a|it was a) (?:moment|moments) of weakness\b|\bi (?:didn't|didnt|did not) (?:really |honestly )?have (?:a|any|much|another) (?:choice|option)\b|\bwhat (?:choice|option|else) did i have\b|\bthere was no other way\b)`),
      unless: (norm) => owned(norm),
    },
    {
      // the "I wasn't myself" family in other words: "not at my best", "in survival mode", "barely
      // holding it together", "my head wasn't in the right place", "messed up at the time"
      needs: ['best', 'survival', 'holding', 'hanging', 'thread', 'head', 'headspace', 'messed', 'mess', 'wreck', 'state', 'going thr', 'goin', 'strain', 'functioning', 'running on'],
      re: rx(raw`(?<s>\bi (?:${WASNT}|wasnt|was not|was never) (?:exactly |really |at all )?at my best\b|\bi was (?:just |basically |completely |totally )?(?:in survival mode|barely (?:holding it together|hanging on|functioning|coping|keeping my head above water)|hanging on by a thread|holding on by a thread|running on empty|not functioning|in no (?:fit )?state)\b|\bmy (?:head|mind) (?:${WASNT}|wasnt|was not|just wasn't|just wasnt) (?:in (?:the right|a good|a great|a healthy) (?:place|space|state)|right|screwed on|straight)\b|\bi (?:${WASNT}|wasnt|was not) in (?:the right|a good|a great|a healthy|a clear) (?:headspace|head space|frame of mind|state of mind|mindset|space)\b|\bi was (?:so |really |completely |totally |pretty )?(?:messed up|fucked up|screwed up|a mess|a wreck|in a state|all over the place) (?:at the time|back then|then|that night|that year|those days|in those days)\b|\bi (?:was|had been|'d been|d been|have been|'ve been|ve been) (?:(?:going|goin'?) (?:through|thru) (?:it|stuff|things|some stuff|some things|some shit|shit|a lot of stuff|a lot of shit)|under (?:so much|a lot of|such|huge|a ton of|enormous) strain)\b)`),
      unless: (norm) => owned(norm),
    },
    {
      // a hardship as the actor without an article: "stress at work made me snap", "work stress got
      // to me", "the pressure got to me"
      needs: ['stress', 'pressure', 'strain', 'exhaustion', 'tiredness', 'grief', 'anxiety', 'depression', 'worry', 'panic', 'fear'],
      re: rx(raw`(?<s>\b(?:(?:the|my|all the|all that) )?(?:(?:work|job|money|family|wedding|exam|financial) )?(?:stress|pressure|strain|exhaustion|tiredness|grief|anxiety|depression|worry|panic|fear)(?: (?:at|from|of|over) (?:the |my |that )?\w+)? (?:really |just |finally |eventually )?(?:made me|got to me|got the better of me|got the best of me|drove me|pushed me|took over)\b[^.!?;,]{0,15})`),
      unless: (norm, _m, span) =>
        /^\s*(?:a better|realise|realize|see|understand|want to|seek|get help|go to|ashamed|stop)/.test(norm.slice(span.end - 15 < span.start ? span.end : span.end)) || owned(norm),
    },
    {
      // a reason given for what I did, in any words: "I forgot because my phone died", "I was late
      // because the bus didn't come", "I only yelled because I'd had a terrible day". Reasons that
      // own the act (I chose, I was selfish, the drinking itself) and reasons about them are not.
      needs: ['because', 'cause', 'cuz', 'coz', 'cos', 'bc', 'b/c'],
      re: rx(raw`\b(?:${BECAUSE}) (?<s>(?!of\b)(?:the|my|our|a|an|it|this|that|there|things|work|life|money|everything|nobody|no one|i|i'd|id|i'm|im|i've|ive|we|he|she|they)\b[^.!?;]{3,60})`),
      unless: (norm, m, span) => {
        const main = norm.slice(0, m.index);
        const cause = norm.slice(span.start, span.end);
        // the reason is my own wrong ("because I'm the one who broke your trust", "because I know how I let you down")
        if (/^i (?:care|cared|love|loved) (?:about )?(?:you|u|him|her|them)\b|^i (?:didn't|didnt|did not) want to (?:hurt|upset|worry|break|burden|scare)\b|^i was (?:so |really )?worried (?:sick )?about (?:you|u|her|him|them)\b/.test(cause)) return true; // their sake: intent, not excuse
        if (/^(?:(?:i'm|im|i am) the one who|i (?:know|knew|remember|realise|realize) (?:how|what|that) (?:badly |much )?i|i (?:let|hurt|broke|betrayed|lied to|stole from) (?:you|u)\b)/.test(cause)) return true;
        // …or my own neglect or hiding, or the distrust of myself behind a safeguard: "because I
        // didn't check the calendar", "because I'd hidden the letters", "I get the bus now, because
        // I don't trust myself yet"
        if (/^i (?:didn't|didnt|did not|never|couldn't be bothered to|wasn't bothered to) (?:bother|check|think|plan|listen|pay attention|read|look|ask|make the effort|put (?:you|u)|care|tell (?:you|u)|warn (?:you|u)|let (?:you|u) know)\b|^i (?:was|am|'m) (?:guilty|to blame|responsible|at fault|in the wrong)\b|^i(?:'d| had|d) (?:hidden|hid|kept (?:it|them|the \w+) (?:from|hidden)|lied|spent|taken|stolen|gambled|blown)\b|^i (?:don't|dont|do not|can't|cant|cannot|still don't|still can't) (?:yet |fully |completely )?trust myself\b/.test(cause)) return true;
        // the writer's knowledge or access as the reason: it made the harm possible or deliberate and
        // indicts, it does not explain it away ("I took money out because I knew your PIN", "I said it
        // because I knew it was partly true"); "because I knew you'd be angry" (fear) stays a reason
        // the reader's goodness, known and used: "I used her as a cover story because I knew you would
        // be kind about it" (the same knowledge that made it deliberate; "you'd be angry" is fear)
        if (/^i (?:knew|had known) (?:that )?(?:you|u|he|she|they)(?:'d| would| d| wd) (?:be (?:kind|understanding|sympathetic|generous|nice|good)|(?:never|not) (?:check|ask|question|notice|say no|doubt)|understand|believe (?:me|it)|trust me|lend|cover for me|say yes|give me)\b/.test(cause)) return true;
        // the reason confessed as a rationalisation: "because I told myself I'd pay it back"
        if (/^i (?:told|kept telling|had told|'d told) myself\b/.test(cause)) return true;
        if (/^i (?:knew|had known|know) (?:(?:your|ur|his|her|their) (?!own\b)\w+|the (?:code|pin|password|combination|number|passcode|alarm code)|where (?:you|u|he|she|they|the|it)|how to get (?:into|in|round|around|past)|exactly (?:what|where|how)|(?:it|that|this|what i said) (?:was|would|'d|wd) (?:be )?(?:\w+ )?(?:true|hurt|wound|land|work|wrong|cruel))\b/.test(cause)) return true;
        // a reason for keeping quiet now, not for the harm: "I won't repeat it, because it was theirs
        // to say", "I won't share what he said, because it's his"
        if (/\bi (?:won't|wont|will not|'m not going to|m not going to|am not going to) (?:repeat|share|say|tell|write|go into|pass on|quote|describe)\b[^.!?;]*$/.test(main)) return true;
        // a reason for the apology itself: "I feel I should apologise because I was late with the rent again"
        if (/\b(?:apologi[sz]e|apologi[sz]ing|say sorry|saying sorry|owe (?:you|u) an apology)\s*(?:to (?:you|u|all of you|everyone|them|him|her|the \w+)\s*)?$/.test(main)) return true;
        // a reason for this letter, its delay or its plainness: "I want to say clearly what I did,
        // because…", "I've been putting off writing this for weeks because…"
        if (/\b(?:i (?:want|wanted|need|needed|am going|'m going|have|had) to (?:say|tell (?:you|u)|write|explain|be (?:clear|honest|straight|plain)|own|name|set out)\b[^.!?;]{0,40}|(?:putting|put) off (?:writing|sending|saying|this)\b[^.!?;]{0,30}|(?:taken|took) (?:me )?(?:so long|this long|ages|years) to (?:write|say|send)\b[^.!?;]{0,30})$/.test(main)) return true;
        // the reason weighs it up or is no cure: "which makes it worse, because I dragged a kid into
        // it", "I thank God for that, because it could have been worse", "it doesn't go away because I say sorry"
        if (/\b(?:makes?|made) (?:it|this|that) (?:even |so much |far )?worse,?\s*$|\bthank (?:god|heaven|heavens) for that,?\s*$|\b(?:doesn't|does not|won't|will not|can't|cannot|isn't|is not) (?:just )?(?:go away|change|disappear|vanish|get undone|be undone|undone|made right|make (?:it|this|that) (?:right|okay|ok|better))\s*$/.test(main)) return true;
        // a reason for writing or naming it now, not for the act: "because I am in recovery and this
        // is part of putting things right", "because I think you've carried it alone too long"
        if (/^(?:i (?:think|believe|owe) (?:you|u|that you|that u)\b|i (?:want|wanted|need|needed) (?:you|u) to (?:know|hear|have)\b|(?:i'm|im|i am) (?:now )?(?:in recovery|sober|clean|working (?:the|my) (?:steps|program|programme)|doing (?:the|my) (?:steps|step nine|ninth step|amends))|(?:this|it) is (?:part of (?:my|the)|my (?:ninth|9th|step)|step (?:nine|9)))/.test(cause)) return true;
        // what came before must be an act of mine, not "I'm writing", "I know", "you cried"
        if (!/\b(?:i|i'd|id|i've|ive)\s+(?:only |just |really |even |never |also |then |had |have )?(?!(?:am|'m|m|was|were|know|knew|think|thought|feel|felt|hope|want|wanted|need|needed|understand|realise|realize|see|saw|love|miss|am writing|write|wrote|stopped|quit|joined|asked|started|go|went to (?:rehab|meetings|a meeting|treatment|aa|therapy)|called|call|reached|apologi[sz]e|owe)\b)[a-z']+/.test(main)) return true;
        if (/\b(?:you|u|your|ur|she|he|they|the kids)\b(?: \w+)? (?:cried|left|had to|lost|were|was|felt|got|stopped|couldn't|didn't)\b/.test(main)) return true;
        return /\b(?:i (?:chose|decided|wanted|didn't care|didnt care|cared more|put|preferred|was (?:selfish|greedy|lazy|a coward|careless|thoughtless|jealous|arrogant|dishonest|weak|angry|spiteful|proud|scared of being caught|ashamed)|could|thought (?:only|about) (?:of )?(?:myself|me))|drink|drunk|drinking|pub|hungover|high|using|bender|booze|addict|passed out|off my (?:face|head|nut|trolley)|at the (?:bookies|bookie's|bookmakers?|betting shop|casino|bar|races|track|dogs|club|offie)|gambling|betting|of me|selfish|my (?:choice|fault)|(?:you|u) (?:deserve|asked|wanted|needed|told)|i'm writing|im writing|i want|i need to|i love|it was (?:wrong|my)|i (?:didn't|didnt|did not) want (?:you|u|to face|to admit|to tell)|afraid (?:of|to) (?:face|admit|tell|lose|losing)|scared (?:of|to) (?:face|admit|tell|lose|losing)|couldn't face|couldnt face)\b/.test(cause) || owned(norm);
      },
    },
    {
      // a hardship set before "so" / "that's why": "my phone died so I couldn't call", "the traffic
      // was awful, that's why I was late", "I'd had a few drinks, so things got heated"
      needs: ['so', 'why'],
      re: rx(raw`(?<s>\b(?:my (?:phone|car|alarm|battery|train|bus|flight|boss|manager|ex)|the (?:traffic|train|bus|car|weather|roads?|alarm|battery|shop|office|bank|kids?|baby|dog|boss)|work|money|things|it) (?:was|were|had|got|died|broke|went|didn't|didnt|did not|wouldn't|wouldnt|ran|kept)\b[^.!?;]{0,30}?(?:,? so|,? which is why|[,;-] that's why|[,;-] thats why|,? and that's why) i (?:just |kind of )?(?:couldn't|couldnt|could not|can't|cant|didn't|didnt|did not|wasn't|wasnt|never|forgot|missed|was late|ended up|had to|took|lied|snapped|yelled|shouted|drove|left|lost|blew|kicked|went off|said)\b[^.!?;,]{0,30}|\bi'?d had (?:a few|a couple|too many|a few too many|one too many|a skinful|a drink|some drinks|a couple of drinks|a few drinks)\b[^.!?;]{0,15}?,? so\b[^.!?;,]{0,30})`),
      unless: (norm) => owned(norm),
    },
    {
      // the public apology's disowned self: "this does not reflect who I am", "those words do not
      // represent my values", "that's not the kind of person I am" (the act set apart from the
      // writer, as in "I wasn't myself"); "not the person I want to be" is a change, not this
      needs: ['reflect', 'represent', 'define', 'indicative', 'characteristic', 'kind', 'sort', 'type'],
      re: rx(raw`(?<s>\b(?:this|that|it|those|these|what i (?:did|said)|(?:my|the|his|her) (?:\w+ )?(?:behaviou?r|actions|words|comments|conduct|remarks|posts?|tweets?|messages?|language))(?: \w+)? (?:does not|doesn't|doesnt|do not|don't|dont|did not|didn't|didnt|is not|isn't|isnt|was not|wasn't|wasnt|are not|aren't|arent|were not|weren't|werent|in no way) (?:\w+ )?(?:reflect|represent|define|reflective of|representative of|indicative of|characteristic of) (?:who i (?:really |truly )?(?:am|was)|the (?:real |true )?(?:me|person i (?:really |truly )?(?:am|was))|my (?:true |real )?(?:self|character|values|nature|heart|beliefs|views|opinions)|(?:his|her|their|our) (?:true |real )?(?:character|values|views|beliefs)|the (?:views|values) of\b|me|what i (?:stand for|believe(?: in)?))\b|\b(?:that's|thats|that is|it's|its|it is|this is|that was|it was|that isn't|that wasnt|that wasn't) (?:not |just not |really not )?the (?:kind|sort|type) of (?:person|man|woman|guy|girl|friend|dad|mum|mom|mother|father|son|daughter|husband|wife|partner) i (?:really |truly )?(?:am|was)\b)`),
      unless: (norm, _m, span) => /^\s*(?:any ?more|now|today|these days|going forward|since)\b/.test(norm.slice(span.end)) || owned(norm),
    },
    {
      // the substance or illness as the one acting: "the booze was behind the wheel, not me", "the
      // gear had me saying things", "the disease made those calls", "the drink does that to people",
      // "it was the whisky talking", "the addiction had a grip on me", "that's what happens when you
      // mix pills and a party", "drunk people say daft things", "when you're using, your mind isn't your own"
      needs: ['drink', 'drinking', 'alcohol', 'booze', 'drug', 'pills', 'painkillers', 'coke', 'cocaine', 'weed', 'gambling', 'addiction', 'disease', 'illness', 'gear', 'dope', 'vodka', 'wine', 'whisk', 'beer', 'pints', 'crack', 'heroin', 'meth', 'speed', 'using', 'bottle', 'what happens', 'drunk', 'mind', 'brain', 'body'],
      re: rx(raw`(?<s>\b(?:the|my) ${SUBSTANCE} (?:was|were|had been) (?:driving|in charge|in control|behind the wheel|at the wheel|running the show|the problem|to blame|at fault|the real problem)\b[^.!?;,]{0,20}|\b(?:the|my) ${SUBSTANCE} (?:had|has|took) (?:total |complete |full |a real |such a )?(?:control|hold|a hold|a grip|grip) (?:of|on|over) me\b|\b(?:the|my) ${SUBSTANCE} (?:made|makes|took) (?:those|these|that|the|my|all the|all those|all my) (?:choices|decisions|calls)\b|\b(?:the|my) ${SUBSTANCE}(?: \w+){0,3}? (?:does|did|do) (?:that|this|things|strange things|stuff|weird things|funny things|terrible things) to (?:people|you|a person|your|my|someone|anyone)\b[^.!?;,]{0,15}|\b(?:the|my) ${SUBSTANCE} had me (?:doing|saying|acting|behaving)\b[^.!?;,]{0,20}|\b(?:it was|that was|it's|its|that's|thats) (?:just |only |all )?the ${SUBSTANCE} (?:talking|speaking)\b|\b(?:that's|thats|that is|it's|its|it is) (?:just )?what happens when (?:you|u|people|ppl|someone|anyone|i) (?:mix|drink|use|get|take|combine|have)\b[^.!?;,]{0,30}|\bdrunk (?:people|ppl|folk|blokes|men|women|guys) (?:say|do|act|get)\b|\bwhen (?:you're|youre|you are|ur|u r|you've been|uve been) (?:dope sick|drunk|high|wasted|using|in withdrawal|withdrawing|rattling|hanging|hungover|in active addiction|in the grip of|on (?:meth|drugs|gear|the gear|coke|crack|heroin|pills|smack|speed|a bender|the drink|a binge))\b[^.!?;,]{0,40}|\b(?:your|my) (?:brain|mind|body) (?:isn't|isnt|is not|wasn't|wasnt|was not) (?:really )?(?:your|my) own\b)`),
      unless: (norm) => owned(norm),
    },
    {
      // a clock, car, weather or third party offered after the apology: "sorry I missed it, but my
      // train was cancelled", "I apologise; however, the ice on the road was treacherous", "sorry,
      // only the landlord wouldn't wait"; and the hands-tied plea: "my hands were tied", "it was
      // out of my hands", "I was left with no option but to", "I couldn't be in two places"
      needs: ['sorry', 'soz', 'sry', 'apolog', 'regret', 'hands', 'option', 'choice', 'alternative', 'way out', 'two places', 'give', 'cornered'],
      re: rx(raw`(?<s>\b(?:sorry|soz|sry|apologi[sz]e|apologies|regret)\b[^.!?]{0,90}?(?:[,;.-] ?|\s)(?:but|however|though|although|only|still|yet|having said that|that said|mind you|i must point out,? however,?(?: that)?)\b,? (?:(?:in fairness|to be fair|honestly|tbh|you know),? )?(?:(?:the|my|our) (?:\w+ )?(?:traffic|trains?|bus|buses|flights?|roads?|weather|rain|snow|ice|car|brakes|tyres|phone|battery|shift|schedule|rota|boss|job|work|exam|landlord|bailiffs|bank|staff|power|rent|bills|taxis?|deadlines?|alarm|lift|ride|ex|schedule|meeting|hours|workload)|there (?:was|were) no|work|traffic|money|rent)\b(?: \w+){0,4}? ?(?:was|were|had been|kept|wouldn't|wouldnt|would not|ran|broke|died|went|got|didn't|didnt|did not|had|came|cost|costing|being)\b[^.!?;]{0,40})|\bmy hands (?:were|was) tied\b|\b(?:was|were|is) (?:completely |totally |all |just )?out of my hands\b|\b(?:left with|had|there was|with) no (?:other )?(?:option|choice|alternative) but to\b[^.!?;,]{0,20}|\b(?:the )?only way out (?:i could see|i had|there was)\b|\bcould(?:n't|nt| not) be in two places\b|\bsomething had to give\b|\bi was (?:backed into a corner|cornered)\b`),
      // the apology turned on my own act ("sorry, but the worst of it was that I lied") or owned
      // (only for the apology-then-turn branch: "I was backed into a corner" itself names no act of mine)
      unless: (norm, _m, span) => owned(norm) || /^(?:sorry|soz|sry|apologi|regret)/.test(norm.slice(span.start, span.end)) && /\b(?:worst|truth|real|point|reason|fault|i|i'm|my (?:drinking|choice|actions|behaviou?r|lies|lying|gambling|using|decision))\b/.test(norm.slice(span.start, span.end).replace(/^.*?\b(?:but|however|though|although|only|still|yet|that said|having said that|mind you)\b/, '').slice(0, 30)) || /\b(?:you|u)\b/.test(norm.slice(span.start, span.end).replace(/^.*?\b(?:but|however|though|although|only|still|yet|that said|having said that|mind you)\b/, '').slice(0, 12)),
    },
    {
      // the past or upbringing as the cause: "given the way I was brought up", "I grew up poor, so
      // money never stayed", "it's a generational thing", "after what I went through in the service,
      // it was bound to happen", "when you've lived what I have, you harden", "I was nineteen"
      needs: ['given', 'considering', 'because of', 'after', 'raised', 'brought up', 'grew up', 'generational', 'family thing', 'cultural', 'been through', 'happened to me', 'eighteen', 'nineteen', 'twenty', 'seventeen', 'sixteen', '13', '14', '15', '16', '17', '18', '19', '20', '21', '22', 'recogni', 'someone else', 'something in me', 'along for'],
      re: rx(raw`(?<s>\b(?:given|considering|because of|after|with) (?:how|the way|what) i (?:was raised|was brought up|grew up|went through|'ve been through|have been through|ve been through)\b[^.!?;,]{0,25}|\bi (?:grew up|was raised|was brought up) (?:with|in|on|around|without|poor|rough)\b[^.!?;]{0,40}?\b(?:so|that's why|thats why|which is why|no wonder)\b[^.!?;,]{0,25}|\b(?:it's|its|it is|it was) (?:a|just a|kind of a|sort of a) (?:generational|family|cultural|bloke|man|guy) thing\b|\bwhen (?:you've|youve|you have|uve|you) (?:been|lived|gone) through what i (?:have|had|went through|'ve been through|lived)\b[^.!?;,]{0,25}|\bafter what happened to me\b[^.!?;]{0,40}?\b(?:was always going to|was bound to|couldn't help|no wonder|of course)\b[^.!?;,]{0,20}|(?<!\b(?:since|when|until|till|before|after|from) )\bi was (?:only |just |like |barely |still )?(?:1[3-9]|2[0-2]|eighteen|nineteen|twenty(?:-one|-two)?|seventeen|sixteen)(?= *(?:$|[,.;!?]| and | so | n ))|\b(?:don't|dont|do not|didn't|didnt|did not|barely|hardly) recogni[sz]e (?:the (?:man|woman|person|guy|bloke)|myself|who i was)\b[^.!?;,]{0,20}|\b(?:like|as if|as though) someone else was (?:in charge|in control|driving|at the wheel|doing it)\b|\bsomething in me (?:just )?(?:switched off|snapped|broke|took over)\b|\balong for the ride\b)`),
      unless: (norm) => owned(norm),
    },
    {
      // a passing state or a bad moment given as the cause: "you caught me on a bad day", "tiredness
      // does that to me", "I get like that when I'm hungry", "you know things were desperate", "you have
      // to understand I was unwell", "I was half asleep, so I just reacted", "I was stretched so thin
      // that...", "under considerable strain", "during a period of personal hardship"
      needs: ['caught', 'catch', 'does', 'did', 'get like', 'get that', 'know', 'understand', 'remember', 'surely', 'half asleep', 'running', 'stretched', 'hungry', 'starving', 'eaten', 'sugar', 'under', 'during', 'period', 'arose', 'advice', 'workload', 'schedule', 'hours', 'deadlines', 'nature', 'stress', 'pressure', 'grief', 'exhaust', 'tired', 'shattered', 'knackered', 'wrecked', 'drained', 'phone', 'battery', 'traffic', 'things', 'disease', 'illness', 'sickness', 'anyone', 'anybody', 'same', 'off my', 'messed', 'shift', 'double'],
      re: rx(raw`(?<s>\b(?:caught|catch|catches) me (?:on|at|in) (?:a|the|one of my|my) (?:bad|worst|wrong|low|off) (?:day|moment|time|point|patch|days|night)\b|\b(?:stress|pressure|grief|tiredness|exhaustion|anxiety|hunger|lack of sleep|no sleep|work) (?:does|did) (?:that|this|things|funny things|strange things) to (?:me|you|people|a person)\b|\bi get (?:like that|that way|like this|nasty|mean|snappy|short) when (?:i'm|im|i am|i've|ive|i get|i haven't|i havent)\b[^.!?;,]{0,20}|\b(?:you know|u know|surely you know|you must know|you have to understand|u have to understand|you'll have to understand|you gotta understand|u gotta understand|you must understand|as you know|you'll remember)\b,? (?:that )?(?:i was|things were|we were|money was|i'd been|i had been|i was going through) (?:so |really |very |pretty |completely |totally )?(?:not well|unwell|sick|ill|grieving|struggling|desperate|stressed|exhausted|broke|messed up|not myself|in a (?:bad|dark) (?:way|place)|going through (?:a lot|hell|it)|tight|hard|rough|bad|falling apart)\b[^.!?;,]{0,30}|\bi was (?:half asleep|running late|stretched (?:so |too |really )?thin|off my (?:head|face|nut)|messed up|running on (?:\w+ ){0,3}sleep)\b[^.!?;]{0,60}?(?:,? (?:so|and so|that) (?:i|snapping|lying|shouting)|[,;] (?:so )?i (?:just )?(?:reacted|snapped|lost it|panicked|lashed out|blew up|went off))\b[^.!?;,]{0,25}|\bi (?:hadn't|hadnt|had not) eaten\b[^.!?;]{0,60}?,? so i\b[^.!?;,]{0,20}|\b(?:under|with) (?:considerable|enormous|great|immense|acute|severe|extreme|significant|intense|huge|serious) (?:personal )?(?:strain|stress|pressure|hardship|distress)\b|\b(?:during|in|from|arose from) a period of (?:\w+ ){0,2}(?:strain|stress|pressure|hardship|difficulty|distress|turmoil|illness)\b|\bacting on (?:medical |legal |professional )?advice\b|\b(?:the )?(?:workload|schedule|hours|deadlines|pressure) (?:that \w+ )?(?:was|were) (?:simply |just |completely |totally )?(?:unmanageable|impossible|insane|crazy|relentless|brutal)\b|\b(?:the )?nature of the (?:job|work|beast|business)\b|\b(?:it was|it's|its|that was) (?:only |just |all )?(?:the )?(?:stress|pressure|grief|exhaustion|tiredness|drink|drugs|booze|addiction|illness) (?:that|which) (?:made|drove|pushed|got) me\b[^.!?;,]{0,20}|\bi was (?:so |really |completely |totally )?(?:exhausted|shattered|knackered|wrecked|tired|drained) after\b[^.!?;,]{0,30}|\bmy (?:phone|battery) (?:was dead|died|had died|was flat|had run out|ran out)\b|\b(?:you know|u know) what (?:the )?(?:traffic|trains|buses|roads|weather|my boss|work|the m\d+)\b[^.!?;,]{0,25}? (?:is|are|was|were) like\b|\bthings (?:have been|had been|were|got) (?:so |really |pretty |very )?(?:desperate|tight|hectic|crazy|mental|insane)\b(?! (?:for|because of) )[^.!?;,]{0,25}|\b(?:alcoholism|addiction|gambling|drinking|my drinking|my gambling|my addiction) is (?:a|an) (?:disease|illness|sickness)\b(?![^.!?;]*\b(?:but|yet|though|however|still)\b)|\b(?:anyone|anybody) (?:can|could|would) (?:see|understand) why i\b[^.!?;,]{0,20}|\bsurely (?:you|u) can (?:understand|see) why\b[^.!?;,]{0,20}|\b(?:you|u|anyone|anybody)(?:'d| would| d|d) (?:have )?(?:done|do) the same in my (?:state|shoes|position|place|situation)\b)`),
      unless: (norm) => owned(norm),
    },
    {
      // the craving or the withdrawal as the force, a night's drinking before things went wrong, a
      // hard stretch pinned to the time: "the cravings were too strong", "I'd had a few pints and it
      // got out of hand", "I was going through a breakup at the time", "I'd been up all night"
      needs: ['withdrawal', 'cravings', 'craving', 'urge', 'sickness', 'had a few', 'had a couple', 'had some', 'had too', 'had one', 'had loads', 'had a lot', 'going', 'goin', 'been up', 'out of my'],
      re: rx(raw`(?<s>\bthe (?:withdrawal|withdrawals|cravings|craving|urges?|dope sickness) (?:was|were|got) (?:just |really |simply )?(?:(?:too|so) (?:strong|bad|much|intense|powerful)|unbearable|overwhelming)\b[^.!?;,]{0,25}|\bi(?:'d| had|d) had (?:a few|a couple|some|too many|one too many|a lot of|loads of) (?:drinks|pints|beers|glasses|lines|pills)\b[^.!?;]{0,10}?\b(?:and|so) (?:things|it|everything|i)\b[^.!?;,]{0,30}|\bi was (?:going|goin) through (?:a divorce|a breakup|a break-up|hell|a lot|so much|a hard time|a rough patch|a bad patch|a tough time) (?:at the time|back then|then|that year|that (?:winter|summer|spring|autumn))\b|\bi(?:'d| had|d) been up all night\b[^.!?;,]{0,25}|\b(?:high|drunk|wasted|hammered|stoned) out of my (?:mind|head|skull|tree)\b)`),
      unless: (norm) => owned(norm),
    },
    {
      // an illness or a collapse named as the state the act came from: "I was self-medicating", "it all
      // got too much", "I had a breakdown", "my anxiety was through the roof", "I was sick with the
      // drink", "losing my job hit me hard and I..."
      needs: ['self-medicat', 'self medicat', 'selfmedicat', 'too much', 'breakdown', 'meltdown', 'episode', 'ptsd', 'adhd', 'anxiety', 'depression', 'bipolar', 'ocd', 'trauma', 'ill', 'sick', 'unwell', 'hit me', 'lost everything'],
      re: rx(raw`(?<s>\bself[- ]?medicat(?:ing|ed|e)\b[^.!?;,]{0,25}|\b(?:it all|everything|it) (?:got|became|was getting|just got) (?:too much|to be too much)\b(?: for me)?|\bi had (?:a|some kind of|a nervous|a mental|a complete) (?:breakdown|meltdown)\b|\bmy (?:ptsd|adhd|anxiety|depression|bipolar|ocd|trauma|mental health) (?:was|were) (?:flaring up|really bad|at its worst|out of control|through the roof|all over the place)\b|\bi was (?:really |so |very )?(?:ill|sick|unwell) with (?:the |my )?(?:drink|drinking|addiction|gambling|alcoholism|disease|depression)\b|\b(?:losing|after losing|when i lost|the loss of)\b[^.!?;]{0,30}? hit me (?:so |really )?hard\b[^.!?;]{0,10}?\b(?:and|so) i\b[^.!?;,]{0,25}|\bi(?:'d| had|d) lost everything,? so\b[^.!?;,]{0,25})`),
      unless: (norm) => owned(norm),
    },
    {
      // the apology, then a hard day or a pressing matter as the reason: "sorry I snapped, it had been
      // a long week", "I apologise; however, I was dealing with personal matters", "sorry I missed it, I
      // had a family emergency", "sorry, I've just been so busy", "sorry, things have been tough since
      // the layoffs"; ordinary mail ("sorry for the slow reply, long week") stays quiet
      needs: ['sorry', 'soz', 'sry', 'apolog', 'regret'],
      re: rx(raw`\b(?:sorry|soz|sry|apologi[sz]e|apologies|regret)\b(?<obj>[^.!?;]{0,80}?)(?:[,;-] ?|\s)(?:(?:but|however|though|only),? )?(?:honestly |just )?(?<s>(?:i'd|id|i had) (?:just )?had (?:the worst|a (?:really )?(?:terrible|awful|horrible|long|rough|bad|hard|stressful|nightmare)) (?:day|week|night|shift|month)\b|(?:it had been|it'd been|it's been|its been|it was) (?:a |such a )?(?:really )?(?:long|rough|hard|tough|terrible|awful|horrible|bad|stressful|crazy|hectic) (?:day|week|night|shift|month|year)\b|(?:i was|i'd been|i had been|i've been|ive been|i have been) (?:dealing with|going through|handling|sorting out) (?:personal (?:matters|issues|stuff|things|problems)|some (?:stuff|things|personal stuff|personal things)|a family emergency|family stuff)\b|i had (?:a|some) (?:family )?emergency\b|(?:i'd|id|i had) just had (?:some )?(?:bad|terrible|awful|sad|horrible) news\b|(?:i've|ive|i have) (?:just )?been (?:so |really |super |crazy |mad )?(?:busy|swamped|slammed|snowed under)\b[^.!?;,]{0,20}|things have been (?:so |really |pretty )?(?:hard|tough|difficult|rough|crazy|hectic)\b[^.!?;,]{0,25}|my (?:anxiety|depression|ptsd|adhd|head|mental health) (?:was|were) (?:really |so )?bad\b[^.!?;,]{0,15}|i was in a (?:desperate|difficult|impossible|terrible|dire) (?:situation|spot|position|state)\b|i was (?:only |just )doing what i (?:had|needed) to\b[^.!?;,]{0,25})`),
      unless: (norm, m) => owned(norm) || /\b(?:reply|replies|response|delay|delayed|late|slow|getting back|get back|missed call|wait|waiting|radio silence|quiet|silence|inconvenience|typos?|email|e-mail|message)\b/.test(m.groups?.obj ?? ''),
    },
    {
      // the need to survive, or a crowded life, as the reason: "I was only doing what I had to to get by",
      // "between the baby and the shifts, I had no time"
      needs: ['doing what', 'between'],
      re: rx(raw`(?<s>\b(?:only|just) doing what i (?:had|needed) to(?: do)? (?:to )?(?:survive|get by|cope|keep going|stay afloat)\b|\bbetween (?:the|my) \w+ and (?:the |my )?\w+,? i (?:had no time|couldn't|couldnt|didn't have|never had|had no)\b[^.!?;,]{0,20})`),
      unless: (norm) => owned(norm),
    },
    {
      // the substance, the illness or a force named as the one speaking or holding me: "the drink did
      // the talking", "the gin had me", "the craving had its hooks in me", "it was the crack, I swear",
      // "that was the booze talkin", "the devil got into me", "I was a different man when I was using"
      needs: ['talkin', 'had me', 'hooks', 'claws', 'driver', 'it was', 'spirit', 'devil', 'enemy', 'different', 'me talking', 'pokies', 'slots', 'machines', 'foggy', 'drowsy', 'groggy'],
      re: rx(raw`(?<s>\b(?:that|it|this) was (?:just |only |all )?(?:the |my )?${SUBST} talkin'?\b|\bthe ${SUBST} did (?:most of |all of |all )?the talk(?:ing|in'?)\b|\bthe ${SUBST} had (?:me\b(?! (?:on|in|at|to|for|back|admitted|sectioned|arrested|help))|its (?:hooks|claws) in me)|\bit was (?:the |my )?(?:meth|crack|heroin|cocaine|coke|gear|speed|rum|gin|vodka|smack)\b(?=,? (?:i swear|not me|talking))|\bit was (?:the|my) (?:illness|disease|addiction|drink|drugs|booze|alcohol|depression|gambling) (?:that|who) \w+[^.!?;]{0,30}?,? not me\b|\b(?:in|at) the driver'?s seat\b[^.!?;]{0,40}?,? not me\b|\bmy (?:disease|addiction|illness|drinking|gambling) was in the driver'?s seat\b|\b(?:wasn't|wasnt|weren't|werent|was not|were not) (?:really )?me talking\b|\bi was (?:a|such a|like a) (?:different|whole other|completely different) (?:person|man|woman|guy|bloke) (?:when|back then|then|while|in those)\b|\b(?:the (?:devil|enemy)|a spirit|the spirit of \w+|something evil) (?:entered|got into|took hold of|got hold of|had hold of|possessed|was in) me\b|\bthe (?:pokies|slots|machines|bookies|casino) (?:swallowed|ate|took|gobbled)\b[^.!?;,]{0,20}|\b(?:pills|meds|medication|tablets)(?: \w+){0,4}? made me (?:so |really |too )?(?:foggy|drowsy|confused|forgetful|groggy|spacey|out of it)\b[^.!?;,]{0,20})`),
      unless: (norm) => owned(norm),
    },
    {
      // the upbringing, the culture or the past as the cause: "where I'm from, that's how it's done",
      // "growing up the way I did", "I had a rough childhood", "it runs in the family", "nobody ever
      // showed me how", "things were different back then", "prison left me with a short fuse"
      needs: ['where i', 'grow up', 'grew up', 'growing up', 'childhood', 'upbringing', 'blood', 'genes', 'dna', 'runs in', 'those days', 'different', 'taught', 'told me', 'showed me', 'abused', 'knocked', 'beat', 'hit', 'war', 'army', 'service', 'prison', 'jail', 'streets', 'grief', 'trauma', 'stress', 'addiction', 'loss', 'pain', 'survive', 'hand', 'dealt'],
      re: rx(raw`(?<s>\bwhere i (?:(?:come|came|am|'m|m) from|grew up|was raised),? (?:that's|thats|that is|it's|its|it is|you|we|men|people|everyone|everybody|nobody|no one)\b[^.!?;,]{0,30}|\b(?:grow|grew|growing) up (?:the way i did|like i did|how i did|where i did)\b|\bi had (?:a |such a )?(?:really |very |pretty )?(?:rough|hard|tough|difficult|terrible|awful|bad|traumatic|messed up|horrible|abusive|violent) (?:childhood|upbringing|start in life)\b|\b(?:it's|its|it is|it was) in (?:the|my|our) (?:blood|genes|dna)\b|\bruns in (?:the|my|our) family\b|\bthings were (?:very |so )?different (?:in those days|back then|then|at the time)\b|\b(?:nobody|no one|no-one) (?:ever )?(?:taught|showed) me (?:how|to)\b[^.!?;,]{0,25}|\b(?:nobody|no one|no-one) (?:ever )?told me\b(?! to\b)(?! i )[^.!?;,]{0,25}|\bi was (?:abused|beaten|neglected|bullied)\b[^.!?;]{0,30}?\b(?:that's|thats|that is|it's|its) (?:why|the reason)\b|\bmy (?:old man|dad|father|mum|mom|mother|parents|stepdad|stepfather) (?:knocked|beat|hit|used to hit|used to beat|belted)\b[^.!?;]{0,50}?\b(?:came out in me|rubbed off|that's why|thats why|it's why|its why)\b|\b(?:grief|trauma|stress|addiction|loss|pain) (?:does|do|did) (?:strange|funny|terrible|awful|weird|crazy|horrible) things\b|\btrauma (?:does|did) things\b|\b(?:the (?:war|army|service|streets)|prison|jail) (?:left me with|made me|turned me)\b[^.!?;,]{0,20}|\b(?:take|do) what (?:you|i) (?:need|needed|had|have) to (?:do )?(?:to )?survive\b|\bthe hand i (?:was|'d been|had been|d been) dealt\b)`),
      unless: (norm, _m, span) => owned(norm) || /\b(?:now|today|these days|since|sober)\b/.test(norm.slice(span.end, span.end + 20)),
    },
    {
      // no way but this: "there was no other way to pay", "there was nothing else for it", "the only
      // option I had", "it was either that or the street", "I had to, or else they'd have evicted us",
      // "the bailiffs were coming", "the guys I owed were at the door"
      needs: ['other way', 'else for it', 'only option', 'only choice', 'only way', 'either', 'otherwise', 'or else', 'what i did', 'bailiffs', 'collectors', 'loan shark', 'owed', 'such that'],
      re: rx(raw`(?<s>\b(?:there was|there's|there were|i had|i saw|i could see) (?:literally |really |simply |just )?no other (?:way|option|choice)\b[^.!?;,]{0,20}|\bthere was nothing else for it\b|\b(?:the|my) only (?:option|choice|way) i (?:had|could see)\b|\bwas the only way (?:to|i could|out)\b[^.!?;,]{0,20}|\bit was either \w+(?: \w+){0,5} or\b[^.!?;,]{0,20}|\bi had to do what i did\b|\bi had to\b[^.!?;]{1,40}?,? (?:otherwise|or else)\b[^.!?;,]{0,25}|\bthe (?:bailiffs|debt collectors|loan sharks?|(?:guys|bloke|man|men|people|lads|dealer) i owed)\b(?: \w+){0,3}? (?:were|was|had been|kept|came|would|were gonna|was gonna|were going to|was going to|threatened)\b[^.!?;,]{0,20}|\bthe (?:situation|circumstances) (?:at (?:that|the) time |back then |then )?(?:was|were) such that\b)`),
      unless: (norm, _m, span) => owned(norm) || /^\s*(?:but|to make|than to (?:say|apologi))/.test(norm.slice(span.end)) || THEIR_ORDEAL.test(norm.slice(0, span.start)),
    },
    {
      // other people (not the reader) pulling me in: "my mates kept pouring the drinks, so...", "the
      // lads talked me into it", "the bookies kept sending offers", "the crowd I ran with", "I never
      // stood a chance"; everyone doing it: "anybody in my place would have cracked"
      needs: ['lads', 'boys', 'guys', 'mates', 'friends', 'crowd', 'casino', 'bookies', 'bouncer', 'dealer', 'stand a chance', 'stood a chance', 'anyone', 'anybody', 'any man', 'any woman', 'any other', 'most people', 'following', 'everyone', 'everybody'],
      re: rx(raw`(?<s>\b(?:the|my|his|her) (?:lads|boys|guys|mates|friends|crowd|gang|casino|bookies|bouncer|dealer|others)\b(?: \w+){0,3}? (?:talked me into|egged me on|(?:was|were) egging me on|kept (?:buying|giving|sending|pouring|offering|topping|handing)|provoked me|pressured me|dragged me|got me (?:back )?(?:on|into))\b[^.!?;,]{0,25}|\bthe (?:lads|boys|guys|crowd|people|mates) i (?:ran|hung|was hanging|was running) (?:with|around with)\b[^.!?;,]{0,25}|\bi (?:didn't|didnt|did not|never) (?:stand|stood) a chance\b|\b(?:anyone|anybody|any (?:other )?(?:man|woman|person)|most people)(?: else)?(?: in my (?:shoes|position|place|situation))? (?:would|could|'d) (?:have |'ve |of )?(?:done the same|done it|cracked|snapped|broken|lost it|reacted the same|help(?:ed)? (?:himself|herself|themselves))\b[^.!?;,]{0,20}|\b(?:only|just) (?:following|doing) what (?:everyone|everybody|the others|they all|all the others|the rest)\b[^.!?;,]{0,20})`),
      // "any man would have done the same with a wife like you": the reader as the cause (blame)
      unless: (norm, _m, span) => owned(norm) || /\b(?:same|cracked|snapped|lost it|done it|broken)(?: too)? (?:with|if (?:he|she|they) had) (?:you|u|a wife|a husband|a partner|someone|her|him)\b/.test(norm.slice(span.start)),
    },
    {
      // a worn-out body or a crowded timetable as the reason: "running on three hours' sleep", "so
      // sleep-deprived", "work had me run ragged", "on my feet for a twelve-hour shift", "I was pulling
      // double shifts", "but I was stuck at the office", "but I had work"
      needs: ['sleep', 'ragged', 'feet', 'doubles', 'double', 'two jobs', 'three jobs', 'stuck', 'held up', 'tied up', 'had work', 'working', 'pulling', 'had a', 'had such'],
      re: rx(raw`(?<s>\b(?:severely |badly |so |really |completely )?sleep[- ]deprived\b[^.!?;,]{0,20}|\b(?:about |only |barely |maybe )?(?:one|two|three|four|\d+) hours'? sleep\b|\b(?:had|left|got) me (?:run|running) ragged\b|\bon my feet (?:for|all) (?:a |an )?(?:\w+[- ])?(?:hour|day|night|shift|week)s?\b[^.!?;,]{0,15}|\bi(?: was|'d been|d been| had been) (?:working|pulling|doing) (?:doubles|double shifts|two jobs|three jobs|back[- ]to[- ]back shifts|\w+[- ]hour (?:days|shifts))\b[^.!?;,]{0,25}|\b(?:but|though|only|however),? i (?:was|got) (?:stuck|held up|tied up|kept late) (?:at|in|with) (?:work|the office|the hospital|traffic|the shop|the site|a meeting)\b|\bbut i had work\b|\bi(?:'d| had|d) had (?:a |such a )?(?:really |very )?(?:rough|bad|long|hard|awful|terrible|stressful|shit|crap) (?:day|week|night|shift)(?: at work)?,? (?:and|so) (?:i )?(?:just )?(?:snapped|lost it|lashed out|blew up|took it out|shouted|yelled|went off)\b[^.!?;,]{0,15})`),
      unless: (norm) => owned(norm),
    },
    {
      // fear, loneliness or shame turned into the reason after the apology: "but I was terrified you'd
      // leave", "however, I was so lonely", "it's just that I was ashamed"; "the only reason I did it is
      // I was lonely"; "which explains a lot"; "so of course I lost track"
      needs: ['but', 'however', 'though', 'just that', 'only reason', 'explains', 'of course', 'the reason'],
      re: rx(raw`(?:\b(?:but|however|though|it's just that|its just that|it was just that),? (?:honestly |the truth is |really |tbh )?(?<s>(?:i was|i'd been|i felt|i got) (?:so |really |just |absolutely |too |completely |terribly )?(?:terrified|scared|afraid|frightened|lonely|ashamed|panicking|panicked)\b[^.!?;,]{0,30})|(?<s2>\bthe only reason i \w+(?: \w+)? (?:is|was) (?:that |cos |because )?(?:i|we)\b[^.!?;,]{0,25}|\b(?:which|that) explains (?:a lot|so much|everything|why)\b[^.!?;,]{0,20}|,? which is the reason i\b[^.!?;,]{0,20}|\bso of course (?:i|things|it|we|my)\b[^.!?;,]{0,25}))`),
      unless: (norm, m) => {
        if (owned(norm)) return true;
        const before = norm.slice(0, m.index);
        // "you went cold, so of course I stopped telling you": the reader is the cause (blame)
        return /\b(?:you|u)(?:'d|d|'ve| were| was| kept| never| always| would| went| got| made)\b/.test(before) || (/\b(?:you|u|your|ur)\b/.test(before) && !/\b(?:i|i'd|i've|we)\b/.test(before.replace(/\b(?:you|u) know\b/g, '')));
      },
    },
    {
      // asking them to weigh the circumstances: "you must appreciate I was unwell", "remember what was
      // going on with me", "you know how things go", "circumstances
      // beyond my control", "the timing was terrible", "with the move and everything"
      needs: ['appreciate', 'going on', 'how things', 'how tings', 'how it goes', 'beyond', 'outside', 'timing', 'and everything', 'and all that', 'pressure', 'strain'],
      re: rx(raw`(?<s>\b(?:you|u) (?:must|have to|need to|should|will|gotta) appreciate (?:that )?(?:i|things|it|we|the|my|how)\b[^.!?;,]{0,30}|\bwhat was going on (?:for|with) me\b|\b(?:understand|know|knows|see) how (?:things|tings|it) (?:go|goes|went|was|were)\b|\b(?:circumstances|things|events|reasons|factors) (?:beyond|outside(?: of)?) my control\b|\bthe timing was (?:just |really |so |pretty )?(?:awful|terrible|bad|horrible|unfortunate|rubbish)\b|\bwith (?:the|my) (?:\w+ )?\w+ and (?:everything|all that|all of that|all)\b,?(?! (?:you|u)\b)[^.!?;,]{0,20}|\bwith all the (?:pressure|stress|strain)\b(?: (?:from|at|of) (?:the |my )?\w+)?,? i\b[^.!?;,]{0,20})`),
      unless: (norm) => owned(norm),
    },
    {
      // the road, the fare or the sun offered as the reason: "sorry I missed it, the trains were a
      // nightmare", "but the tickets were way too expensive", "the road was icy and..."
      needs: ['flight', 'fare', 'ticket', 'train', 'bus', 'road', 'traffic', 'weather', 'sun'],
      re: rx(raw`(?:\b(?:sorry|soz|sry|apologi[sz]e|apologies|regret|missed|missing|but|though|however|know)\b[^.!?;]{0,60}?|[,;-] ?)(?<s>(?:the|my) (?:flights?|fares?|tickets?|trains?|bus|buses|roads?|traffic|weather)\b(?: \w+){0,3}? (?:were|was|r|are|is) (?:\w+ )?(?:too expensive|(?:mad |so |really |way |far )?expensive|impossible|a nightmare|cancelled|canceled|wet|icy|slippery(?: as)?|dreadful|awful|terrible|horrendous|a joke)\b[^.!?;,]{0,25}|(?:the )?sun was (?:right )?in my eyes\b)`),
      unless: (norm) => owned(norm),
    },
    {
      // a plea of no ill will or no control: "I was only defending myself", "it's not like I did it on
      // purpose", "I honestly wasn't in control", "I was off my meds", "too drunk to think", "I was
      // steaming and don't remember", "my condition makes me impulsive", "I just ran out of time"
      needs: ['defending', 'protecting', 'purpose', 'deliberately', 'intentionally', 'control', 'meds', 'medication', 'tablets', 'too ', 'steaming', 'blotto', 'paralytic', 'legless', 'plastered', 'leathered', 'makes me', 'not something', 'ran out', 'thru', 'so heavy', 'so bad', 'so severe', 'so dark', 'grip', 'throes', 'clutches', 'migraine', 'headache', 'flare', 'panic attack', 'struggling', 'running late', 'skint', 'broke', 'tight', 'rent', 'business', 'company'],
      re: rx(raw`(?<s>\bi was (?:only|just) (?:defending|protecting) myself\b|\bnot like i (?:did (?:it|that|this)|meant (?:it|to)|planned (?:it|to)) (?:on purpose|deliberately|intentionally)\b|\bi (?:honestly|genuinely|truly|really|just|simply) (?:wasn't|wasnt|was not) (?:in control|myself|thinking straight)\b|\bi was off my (?:meds|medication|tablets)\b|\bi (?:wasn't|wasnt|was not|hadn't been|hadnt been|had stopped|stopped) (?:on |taking )?my (?:meds|medication|tablets)\b|\b(?:too|so) (?:drunk|high|wasted|hammered|stoned|out of it|gone|steaming|tipsy|off my face) to (?:think|know what|remember|see straight|function|stop myself)\b|\bi was (?:\w+ )?(?:steaming|blotto|paralytic|legless|plastered|leathered)\b[^.!?;]{0,30}?\b(?:don't|dont|can't|cant|didn't|didnt|couldn't|couldnt) (?:\w+ )?(?:remember|recall|know)\b|\bmy (?:condition|illness|disease|adhd|bipolar|ptsd|brain|addiction) makes me\b[^.!?;,]{0,20}|\b(?:it's|its|it is|it was) not something i (?:chose|asked for|could help)\b|\bi just ran out of time\b|\bmy (?:anxiety|depression|stress|head) (?:was|were) thru the roof\b|\bmy (?:depression|anxiety|grief|addiction|illness|drinking|cravings?) (?:was|were|got) (?:so|that|too) (?:heavy|bad|strong|dark|severe|crippling)\b[^.!?;,]{0,20}|\b(?:but|though|although|however|because|cos|since),? i was (?:deep |so |completely |totally )?in the (?:grip|throes|clutches) of\b[^.!?;,]{0,20}|\bi had (?:a |one of my )?(?:bad |terrible |awful )?(?:migraines?|headache|flare[- ]up|panic attack)\b[^.!?;]{0,50}?\b(?:couldn't|couldnt|could not|so i)\b[^.!?;,]{0,15}|\b(?:because|cos|cuz|coz|since|as) (?:we|i) (?:were|was) (?:really |so |just )?(?:struggling|skint|broke|running late)\b[^.!?;,]{0,20}|\bmoney was (?:so|that|really|too|pretty) tight\b[^.!?;,]{0,20}|\b(?:the )?rent (?:went up|had gone up|was due|was overdue)\b[^.!?;]{0,20}?\bso i\b[^.!?;,]{0,20}|^\s*(?:because|since|as) (?:the|my|our) (?:business|company|shop|firm|job|marriage)\b[^,.;!?]{0,30}?(?:going under|failing|struggling|went bust|collapsing|went under)\b)`),
      unless: (norm) => owned(norm),
    },
    {
      // the state offered with a disclaimer of meaning: "I was wasted and I didn't mean any of it", "i
      // was high as a kite, i dont even know why i said those things", "I'd had a rake of pints, I
      // didn't mean a word of it", "you know I don't mean half of what I say when I'm angry"
      needs: ['mean', 'know why'],
      re: rx(raw`(?<s>\b(?:i|we) (?:was|were|'d been|d been|had been|got) (?:so |really |completely |totally |absolutely |just )?(?:(?:steaming|blind|rotten|falling down|stinking) )?(?:drunk|high|wasted|hammered|smashed|stoned|wrecked|pissed|off my (?:face|head|nut|tits)|out of (?:it|my (?:mind|head|tree))|steaming|angry|furious|raging|upset|hurt|scared|panicking)\b[^.!?;]{0,25}?(?:,| and)\s*(?:i |and i )?(?:honestly |genuinely |really |just )?(?:didn't|didnt|did not|don't|dont|do not) (?:even )?(?:mean (?:it|any of (?:it|that|what i said)|a word of (?:it|that|what i said)|half of (?:it|that|what i said)|what i said|those things)|know why i (?:said|did))\b|\bi(?:'d| had|d) had (?:a few|a couple|too many|one too many|a skinful|a rake of \w+|a load of \w+|(?:a )?(?:few|couple of|lot of) (?:drinks|pints|beers|glasses))\b[^.!?;]{0,15}?,? (?:and )?i (?:didn't|didnt|did not) mean (?:it|any of it|a word of it|what i said)\b|\bi (?:don't|dont|do not|never) mean (?:half (?:of )?|most (?:of )?|any (?:of )?)?(?:what i say|the things i say|it) when (?:i'm|im|i am|i've been|ive been|i get)\b[^.!?;,]{0,20})`),
      unless: (norm) => owned(norm),
    },
    {
      // things running away on their own after a trigger: "it all just spiralled after the layoff",
      // "everything went sideways after the second bottle", "things snowballed once the debts came in"
      needs: ['spiral', 'sideways', 'snowball', 'unravel'],
      re: rx(raw`(?<s>\b(?:it all|everything|things|it|life) (?:just |kind of |sort of |really )?(?:spiral(?:l)?ed|went sideways|snowballed|unravel(?:l)?ed)(?: out of control)? (?:after|once|when|from|with)\b[^.!?;,]{0,30})`),
      unless: (norm) => owned(norm),
    },
    {
      // heavy pressure named in official or plain words: "I was under a huge amount of stress at work",
      // "given the extraordinary pressures on the department", "the stress of losing my job played a big
      // part" (after a turn: "my drinking played a big part in it" owns it), "I relied on the advice I was given"
      needs: ['amount', 'deal', 'pressures', 'strains', 'demands', 'played', 'part', 'role', 'relied', 'acted', 'advice', 'intelligence', 'information', 'guidance'],
      re: rx(raw`(?<s>\bunder (?:a |an )?(?:huge|massive|enormous|great|incredible|immense|tremendous|insane|crazy|ridiculous|serious|unbelievable|unreal) (?:amount|deal|load) of (?:stress|pressure|strain)\b[^.!?;,]{0,25}|\b(?:given|considering|in light of|because of|due to) (?:the )?(?:\w+ )?(?:pressures|strains|demands) (?:on|of|at|i was under)\b[^.!?;,]{0,30}|\b(?:although|but|though|however|yet),? (?:the|my|all the|that) (?:stress|pressure|strain|grief|situation|circumstances)\b(?: (?:of|at|from|over) [^.!?;,]{1,25}?)? (?:also |certainly |definitely |really )?(?:played|had) (?:a|its) (?:big |huge |large |major |massive |real |significant )?(?:part|role|hand)\b|\bi (?:relied|acted|was acting) (?:entirely |solely |only )?(?:on|upon) (?:the )?(?:advice|intelligence|information|guidance|figures|reports?)(?: (?:i was given|given to me|that i was given|i (?:had|received|got)|from \w+))\b[^.!?;,]{0,20})`),
    },
    {
      // a good reason for being away or a state fronted as the cause: "I was away working to give us
      // all a better life", "Being raised the way I was, I never learned...", "Being on the pills, I
      // couldn't...", "The craving was stronger than me", "I'd been awake for three days, so..."
      needs: ['working', 'being', 'stronger', 'bigger', 'more than', 'awake', 'up for'],
      re: rx(raw`(?<s>\bi was (?:always |just |only )?(?:away |out |off )?working (?:all the time |so much |so hard |every hour )?(?:to (?:give|provide|put food|keep a roof|pay for)|so (?:that )?(?:you|we|the kids) (?:could|would|had))\b[^.!?;,]{0,30}|^\s*(?:being|having been) (?:raised|brought up) (?:the way i was|like i was|like that|that way|how i was)\b|^\s*being (?:on (?:the |my )?(?:pills|drugs|meds|medication|tablets|drink|gear)|in (?:active )?addiction|an addict|an alcoholic|so young|only \w+|that young)\b,?|\b(?:the|my) (?:craving|cravings|urge|urges|addiction|compulsion|pull) (?:was|were) (?:just |simply )?(?:stronger than me|bigger than me|more than i could (?:take|handle|fight))\b|\bi(?:'d| had|d) been (?:awake|up) (?:for )?(?:two|three|four|five|\d+|a couple of|several) (?:days|nights)\b[^.!?;,]{0,25})`),
      unless: (norm) => owned(norm),
    },
    {
      // counterfactual sobriety and plain pleas: "I wouldn't have driven if I'd been sober enough", "it
      // was hardly my fault", "none of it was really me", "I wasn't in a fit state to decide",
      // "my condition makes me impulsive", "it's not something I chose", "just to take the edge off",
      // "the bloke came out of nowhere"
      needs: ['sober', 'fault', 'none', 'state', 'condition', 'disorder', 'illness', 'diagnos', 'adhd', 'ptsd', 'bipolar', 'autism', 'ocd', 'chose', 'choose', 'asked for', 'wanted', 'edge', 'nowhere'],
      re: rx(raw`(?<s>\bif i(?:'d| had|d) been sober(?: enough)?\b[^.!?;,]{0,20}|\b(?:it|that|this) (?:was|is|'s|s) (?:hardly|not exactly|not really) my fault\b|\bnone of (?:it|that|this) was (?:really |truly )?(?:me|the real me|who i (?:am|was))\b|\bi (?:honestly |really |just |simply )?(?:${WASNT}|wasnt|was not|was in no|was in no fit) (?:in )?(?:a |any )?(?:fit )?state to\b[^.!?;,]{0,25}|\bmy (?:condition|disorder|illness|diagnosis|adhd|ptsd|bipolar|autism|ocd) (?:makes|made|can make|causes|caused) me (?:so |really |very )?(?:impulsive|forget|forgetful|snap|lash out|act out|do|say|react|angry|irritable|erratic)\b[^.!?;,]{0,20}|\b(?:(?:it's|its|it is|it was|that's|thats|that is|that was) not|wasn't|wasnt|isn't|isnt|was never|is never) (?:something|a thing|anything) i (?:chose|choose|asked for|wanted)\b|\b(?:just|only)\b[^.!?;]{0,30}?\bto take the edge off\b|\b(?:the |a |this |some )?(?:\w+ )?(?:bloke|guy|man|woman|car|van|cyclist|kid|dog|deer|fence|wall|post|lorry|truck|bike) (?:just )?came out of nowhere\b)`),
      // "I had no choice about being an addict, but lying was my choice": owned; "it's not something I
      // chose, but what I did with it was" is owned too
      unless: (norm) => owned(norm) || /\bbut (?:i|what i|the \w+ i)\b[^.!?;]{0,40}\b(?:chose|choice|did|was mine)\b/.test(norm),
    },
    {
      // a crowded life, a lapse of knowing, a bad patch: "I just had a lot going on", "I was stuck in a
      // bad patch with the drink", "work was insane that month", "I swear I didn't know it was your
      // gran's", "I honestly had no idea the car wasn't insured", "but I'd had a few at the wake"
      needs: ['going on', 'patch', 'place', 'insane', 'crazy', 'hectic', 'mental', 'manic', 'nightmare', 'swear', 'honestly', 'genuinely', 'truly', 'had a few', 'had a couple', 'been drinking'],
      re: rx(raw`(?<s>\bi (?:just |really |honestly |simply )(?:had|have|'ve got|ve got|had got) (?:a lot|so much|loads|too much) going on\b[^.!?;,]{0,20}|\bi was (?:stuck|caught|trapped|lost) in (?:a |such a )?(?:really |very )?(?:bad|dark|rough|low|horrible|terrible|awful) (?:patch|place|spot|way|time)\b[^.!?;,]{0,25}|\b(?:work|the job|my job|life|things) (?:was|were) (?:so |really |totally |absolutely )?(?:insane|crazy|hectic|mental|manic|a nightmare|chaotic)\b(?! for (?:you|u|everyone|both of us|all of us))[^.!?;,]{0,15}?,? (?:and|so) i (?:just )?(?:couldn't|couldnt|could not|didn't|didnt|did not|never|forgot|missed)\b[^.!?;,]{0,20}|\bi (?:swear|honestly|genuinely|truly) (?:i )?(?:(?:didn't|didnt|did not) know|never knew) (?:that )?(?:it|the|ur|your|yr|they|he|she)\b[^.!?;,]{0,30}|\bi (?:honestly|genuinely|truly) had no idea (?:that )?(?:the|it|ur|your|they)\b[^.!?;,]{0,30}|\bbut i(?:'d| had|d) (?:had (?:a few|a couple|a drink|too many|one too many|a few drinks|a couple of drinks)|been drinking)\b[^.!?;,]{0,25})`),
      unless: (norm, _m, span) => owned(norm) || /\bhow (?:much|badly|hard)\b/.test(norm.slice(span.start, span.end + 15)),
    },
    // ---- session 6: families kept on cross-writer evidence (each gained in 3+ spent corpora, no new false flag) ----
    {
      // the body's chemistry as the reason: "my blood sugar had crashed", "I was going hypo", "i get so hangry"
      needs: ['sugar', 'sugars', 'hypo', 'hangry'],
      re: rx(raw`(?<s>\bmy (?:blood )?sugars? (?:levels? )?(?:was|were|had|'d|went|got|dropped|crashed)\b[^.!?;,]{0,25}|\bi was (?:having a |going |a bit )?hypo\b|\bi (?:was|get|got) (?:so |really |a bit )?hangry\b)`),
      unless: (norm) => owned(norm),
    },
    {
      // prescribed medication as the cause: "that's down to the meds they've put me on", "the pills I was
      // taking made me short-tempered", "it was the steroids talking", "my head was fried with the painkillers"
      needs: ['tablets', 'meds', 'medication', 'pills', 'painkillers', 'antidepressants', 'steroids'],
      re: rx(raw`(?<s>\b(?:that's|thats|that is|it's|its|that was|it was) (?:all |just |only )?(?:on|down to) (?:the|my|them|those) (?:tablets|meds|medication|pills|painkillers|antidepressants|steroids)\b[^.!?;,]{0,25}|\bthe (?:tablets|meds|medication|pills|painkillers|antidepressants|steroids) (?:i was on|i'm on|im on|they had me on|they've got me on|theyve got me on|they put me on|they'd put me on|i was taking)\b[^.!?;]{0,30}?\b(?:made|make|makes|had|left|got|turned) me\b[^.!?;,]{0,20}|\b(?:it was|that was|it's|its|that's|thats) (?:just |only |all )?(?:the |my )?(?:tablets|meds|medication|painkillers|antidepressants|steroids|pills) talkin[g']?|\bmy (?:head|brain|mind) was (?:wrecked|fried|mashed|gone|scrambled|all over the place) (?:with|from|on) (?:the |my |them )?(?:tablets|meds|medication|pills|painkillers)\b)`),
      // "the tablets I'm on now make me feel like myself again": the medicine helping is news, not a plea
      unless: (norm, _m, span) => owned(norm) || /^\s*(?:feel (?:better|human|normal|well|calmer|like myself)|better|well|calmer|realise|realize|see)\b/.test(norm.slice(span.end)) || /\bme (?:feel (?:better|human|normal|well|calmer|like myself)|better|calmer|realise|realize|see)\b/.test(norm.slice(span.start, span.end)),
    },
    {
      // drink slang tacked onto an apology as its reason: "sorry if I was loud, I'd had a few", "soz lads i
      // was well far gone"; not the apology's own object ("I'm sorry I was plastered at your wedding") and
      // not a time clause ("...after I'd had a few")
      needs: ['sorry', 'soz', 'sry', 'apolog'],
      re: rx(raw`\b(?:sorry|soz|sry|apologi[sz]e|apologies)\b[^.!?;]{3,80}?(?:[,-] ?|(?<!\b(?:after|when|once|before|since|until|till|while|as|if|because|cos|and)) )(?<s>(?:i|we)(?:'d| had|d) had (?:a few|a couple|a skinful|too many|one too many|a few too many|a drink or two|a few drinks|a few pints|a couple of drinks|a lot to drink|way too much)|(?:i|we) (?:was|were) (?:pretty |well |totally |absolutely |completely |so |a bit |fairly |proper )?(?:far gone|steamin'?g?|blacked out|legless|plastered|paralytic|out of it|tipsy|sloshed|trollied|mullered|munted|blotto|rat-arsed|three sheets to the wind|off (?:my|our) (?:face|head|nut|tits|trolley)))\b[^.!?;,]{0,20}\s*[.!]*\s*$`),
      unless: (norm) => owned(norm),
    },
    {
      // the count of drinks as how it happened: "I'd had six or seven pints, which is how the fence came down",
      // "i'd had about eight pints, so i don't really remember saying it"
      needs: ['few', 'couple', 'skinful', 'many', 'pints', 'drinks', 'beers', 'glasses', 'cans', 'shots', 'bevvies'],
      re: rx(raw`(?<s>\b(?:i|i'd|id|we'd|we) had (?:about |like |maybe |at least |a good )?(?:a few|a couple|a skinful|too many|one too many|(?:\w+ )?(?:or \w+ )?(?:pints|drinks|beers|glasses|cans|shots|bevvies))\b[^.!?;]{0,10}?,? (?:which is (?:how|why)|that's (?:how|why)|thats (?:how|why)|so i (?:don't|dont|do not|can't|cant) (?:really |even )?(?:remember|recall))\b[^.!?;,]{0,25})`),
      unless: (norm, _m, span) => owned(norm) || /\bshould(?:n't| not| never)? have\b/.test(norm.slice(span.start)),
    },
    {
      // my own nature offered as a known quantity: "you know what I'm like around hospitals", "u know i get
      // like that", "you know I can't handle crowds", "me and tequila don't mix", "i just snap when i'm hungry".
      // With the reader told what they should have done, the weight is on them (blame), not circumstance.
      needs: ['know', 'kno', 'knw', 'mix', 'lose', 'snap', 'flip'],
      re: rx(raw`(?<s>\b(?:you|u|yous|you all|u all|y'all) (?:know|kno|knw) (?:what|how) (?:i'm|im|i am|i get|i can be|i can get) (?:like )?(?:around|after|with|about|on|in|at)\b[^.!?;,]{0,25}|\b(?:you|u|yous|you all|u all) (?:know|kno|knw) i (?:get like that|get like this|get that way|(?:don't|dont|do not|can't|cant|cannot) (?:do|handle|cope with|deal with) (?:feelings|emotions|hospitals|funerals|crowds|mornings|confrontation|big (?:crowds|occasions|do's|dos|events)|parties|weddings|christenings|that sort of thing|stuff like that)|(?:can't|cant|cannot) (?:handle|cope with|deal with) (?:my drink|drink|pressure|stress))\b[^.!?;,]{0,20}|\bme and (?:the )?(?:drink|booze|drinks|alcohol|tequila|vodka|whisky|whiskey|gin|spirits|pills|sambuca) (?:don't|dont|do not|never|doesn't|doesnt) mix\b|\bi (?:just |always )?(?:lose it|lose my temper|snap|flip) when (?:i'm|im|i am|i get)\b[^.!?;,]{0,20})`),
      unless: (norm, _m, span) => owned(norm) || /\b(?:you|u) (?:should|shoulda|should've|could|ought)\b/.test(norm) || /^\s*(?:now|these days|since)\b/.test(norm.slice(span.end)),
    },
    {
      // a hard time shared out to everyone: "it was a long night for everyone", "the situation wasn't easy
      // for anybody", "the merger had everyone stretched", "emotions were running high"
      needs: ['everyone', 'everybody', 'all of us', 'us all', 'both of us', 'all concerned', 'family', 'anybody', 'anyone', 'any of us', 'emotions'],
      re: rx(raw`(?<s>\b(?:it was|it's been|its been|it had been|that was|it were) (?:a |such a )?(?:very |really |so )?(?:long|hard|difficult|tough|stressful|emotional|rough|horrible|awful|trying|terrible|strange|crazy) (?:night|day|time|year|week|period|few months|few weeks|evening|weekend) for (?:everyone|everybody|all of us|us all|both of us|all concerned|the whole family)\b|\bthe (?:whole )?situation (?:was|wasn't|was not|wasnt) (?:not )?(?:easy|good|great|simple) for (?:anybody|anyone|everyone|any of us)\b|\b(?:left|had) everyone (?:stretched|exhausted|run ragged|frazzled|at breaking point)\b[^.!?;,]{0,15}|\beveryone was (?:stretched|run ragged|at breaking point|under (?:so much |a lot of )?pressure)\b|\bemotions (?:run|ran|were running|were|was|got|had been running) (?:very |really |so )?(?:high|heated|raw)\b[^.!?;,]{0,25})`),
      // "it was a hard year for everyone because of my gambling": the hardship is my doing
      unless: (norm) => owned(norm) || /\bbecause of (?:me|my)\b|\bthanks to me\b|\bi made (?:it|things)\b/.test(norm),
    },
    {
      // a busy stretch at work in office words: "it's been a stressful quarter", "errors crept in", "the
      // workload was frankly unmanageable", "I'd been covering two roles", "the restructure left everyone..."
      needs: ['quarter', 'term', 'season', 'financial', 'year-end', 'year', 'month-end', 'month', 'audit', 'fiscal', 'crept', 'slipped', 'workload', 'caseload', 'volume', 'demands', 'covering', 'juggling', 'pressure', 'doing', 'restructure', 'restructuring', 'reorg', 'reorganisation', 'reorganization', 'merger', 'rollout', 'migration', 'takeover'],
      re: rx(raw`(?<s>\b(?:it's been|its been|it has been|it had been|it was|that was|it were) (?:a |an )?(?:very |really |extremely |incredibly |particularly |exceptionally )?(?:stressful|busy|hectic|difficult|demanding|challenging|pressured|intense|turbulent|chaotic|frantic|mad|crazy|tough) (?:quarter|term|season|financial year|year[- ]end|month[- ]end|audit|fiscal year)\b|\b(?:errors|mistakes|inaccuracies|problems|discrepancies) (?:crept|slipped) in\b[^.!?;,]{0,30}|\bthe (?:workload|caseload|volume of work|pressure of work|demands)\b[^.!?;]{0,25}? (?:was|were|had become|had been) (?:frankly |simply |genuinely |just |completely |totally |honestly )?(?:unmanageable|impossible|overwhelming|crushing|unsustainable|insane|unrealistic|excessive)\b|\bi(?:'d| had|d|'ve| have|ve) been (?:covering|doing|juggling) (?:two|three|2|3) (?:roles|jobs|people's jobs|positions)\b[^.!?;,]{0,30}|\b(?:the|our) (?:restructure|restructuring|reorg|reorganisation|reorganization|merger|rollout|migration|takeover) (?:left|had) (?:everyone|us all|all of us|me|the team|the department)\b[^.!?;,]{0,20})`),
      // "it's been a busy season at the shop, and I've paid back the first £50": news, not a reason
      unless: (norm, _m, span) => owned(norm) || /^[^.!?;]{0,30}?,? (?:and|but) (?:i've|ive|i have|i'm|im|i am|we've)\b/.test(norm.slice(span.end)),
    },
    {
      // creditors hounding me as the reason: "the loan sharks were after me", "with the bailiffs on my
      // back", "the landlord kept ringing me every day"; not their ordeal ("you had to deal with the
      // bailiffs at the door")
      needs: ['lenders', 'moneylenders', 'money', 'loan', 'loansharks', 'bailiffs', 'debt', 'creditors', 'landlord', 'bookies', 'bank'],
      re: rx(raw`(?<s>\b(?:money ?lenders|lenders|loan ?sharks?|bailiffs|debt collectors|creditors|landlord|bookies|bank)\b(?: \w+){0,2}? (?:were|was|had been|'d been|kept|are|been)? ?(?:after me|on my back|chasing me|hounding me|ringing (?:me )?(?:every|day|night|non|constantly|all)\w*|at my door|banging on my door|threatening me)\b[^.!?;,]{0,20}|\bwith the (?:bailiffs|debt collectors|lenders|loan ?sharks?|landlord|money ?lenders|creditors) (?:at the door|on my back|after me|chasing me|ringing|hounding me|at my door)\b[^.!?;,]{0,20})`),
      unless: (norm, _m, span) => owned(norm) || /\b(?:deal|dealt|dealing|cope|coped|coping|face|faced|facing|handle|handled|handling|alone|you|u)\s+(?:with\s+)?(?:the\s+)?$/.test(norm.slice(Math.max(0, span.start - 20), span.start)),
    },
    {
      // heavy pressure in plain intensifiers: "I was under massive pressure from head office", "under
      // tremendous pressure from my in-laws", "with the auditors breathing down my neck"; not theirs
      needs: ['massive', 'tremendous', 'immense', 'intense', 'extreme', 'unbelievable', 'crazy', 'insane', 'serious', 'heavy', 'constant', 'unreal', 'incredible', 'great', 'breathing'],
      re: rx(raw`(?<s>\bunder (?:such |so much |a lot of |a )?(?:massive|tremendous|immense|intense|extreme|unbelievable|crazy|insane|serious|heavy|constant|unreal|incredible|a great deal of|great deal of) (?:pressure|stress|strain)\b[^.!?;,]{0,30}|\b(?:had|with) (?:\w+ ){0,3}?breathing down my neck\b[^.!?;,]{0,20})`),
      unless: (norm, _m, span) => owned(norm) || /\b(?:you|u|she|he|they|your \w+|ur \w+) (?:were|was|'ve been|have been|had been|are|'re)\s+$/.test(norm.slice(Math.max(0, span.start - 30), span.start)),
    },
    {
      // providing as the reason for being absent: "I was working all hours to keep a roof over us",
      // "somebody had to pay the bills", "the job had me working doubles"; not their providing
      needs: ['working', 'work', 'grafting', 'slaving', 'doubles', 'overtime', 'nights', 'someone', 'somebody', 'one of us', 'job', 'shop', 'business', 'firm'],
      re: rx(raw`(?<s>\b(?:i was|i'd been|i had been|i was always|i had to|i've been|i was out|i was away|i were)\b[^.!?;]{0,30}?\b(?:working|work|grafting|slaving|doing (?:doubles|overtime|nights))\b[^.!?;]{0,35}?\bto (?:keep (?:a roof over|us afloat|the lights on|food on|the house|the family|everyone fed|us going|the wolf from)|put (?:food|bread) on|pay the (?:bills|mortgage|rent)|provide for|make ends meet|feed (?:us|you|the family|the kids))\b[^.!?;,]{0,20}|\b(?:someone|somebody|one of us) had to (?:work|earn|keep a roof|keep the lights|pay the bills|put food|bring (?:in )?(?:the|some) money|bring home)\b[^.!?;,]{0,25}|\bthe (?:job|work|shop|business|firm) had me (?:working|doing|on)\b[^.!?;,]{0,25})`),
      // "somebody had to keep a roof over our heads, and it was you": their providing is impact
      unless: (norm, _m, span) => owned(norm) || /\b(?:it|that) (?:was|were) (?:you|u)\b|\b(?:you|u) had to\b/.test(norm.slice(span.start)),
    },
    {
      // a hard stretch named as the time it happened: "some of your tools were sold during a difficult
      // period", "things were very bad at home that month", "the situation was very bad with my debts"
      needs: ['period', 'phase', 'patch', 'spell', 'stretch', 'chapter', 'things', 'situation'],
      re: rx(raw`(?<s>\b(?:during|in|through) (?:a |that |what was a |such a )?(?:very |really |particularly |extremely |incredibly )?(?:difficult|rough|hard|tough|dark|bad|turbulent|challenging|stressful|trying|low|horrible|awful) (?:period|phase|patch|spell|stretch|chapter)\b[^.!?;,]{0,20}|\bthings were (?:very |really |so |pretty |quite )?(?:bad|hard|tough|difficult|rough|tight|grim|desperate) (?:at home|for me|financially|with (?:money|my \w+))\b[^.!?;,]{0,20}|\bthe situation was (?:very |really |so |quite )?(?:bad|difficult|hard|desperate|dire|tough|grim) (?:with|at home|for me)\b[^.!?;,]{0,20})`),
      // "you stood by me during a very dark period", "I let you down during a difficult period for you"
      unless: (norm, _m, span) => owned(norm) || /\b(?:stood by|stuck by|supported|helped|there for me|thank|grateful|held (?:us|me|it|everything)|carried|looked after|took care)\b/.test(norm) || /^[^.!?;]{0,60}?\b(?:for (?:you|u|the kids)|in (?:your|ur) life|of (?:your|ur) life)\b/.test(norm.slice(span.start)),
    },
    {
      // a lax system, a free bar or an icy road after a turn: "that said, the lease terms were never clear",
      // "however I'd point out that the bar was free", "in my defence the road was icy"
      needs: ['joke', 'shambles', 'mess', 'chaos', 'chaotic', 'clear', 'unclear', 'confusing', 'loosely', 'poorly', 'badly', 'free', 'icy', 'ice', 'dangerous', 'unmanageable'],
      re: rx(raw`\b(?:that said|having said that|however|though|although|mind you|in fairness|to be fair|in my defen[cs]e)\b,? (?<s>(?:i'd point out (?:that )?|i would point out (?:that )?|i should say (?:that )?|i must say (?:that )?|honestly |frankly )?the (?:\w+ ){0,5}?(?:was|were|had been) (?:frankly |honestly |a bit of |always |never |just |very |pretty |completely |notoriously |really |totally |so )*(?:a joke|a shambles|a mess|chaos|chaotic|never clear|unclear|confusing|loosely managed|poorly managed|badly managed|badly run|free|icy|pure ice|sheet ice|dangerous|unmanageable)\b[^.!?;,]{0,30})`),
      unless: (norm) => owned(norm) || /\bbecause (?:i|of me)\b|\bthanks to me\b|\bi (?:made|left|caused) (?:it|the|that)\b/.test(norm),
    },
    {
      // asked to weigh my circumstances in other words: "kindly understand that I was under pressure",
      // "you've got to understand the state I was in", "please understand that in those days...",
      // "abeg understand"; not "please understand that I'm not asking for anything" or "how sorry I am"
      needs: ['understand'],
      re: rx(raw`(?<s>\b(?:(?:you|u) (?:have|need|must|should|gotta|got|will have|'ll have|ll have) to|(?:you|u)(?:'ve| have|ve) got to|(?:you|u) must|kindly|please|pls|plz|abeg|(?:you|u) (?:have|need) to try (?:and|to)|do try to)\s+(?:try to )?understand\b(?:,? that| how| what| the| my| i\b| in\b| things\b| we\b|,)[^.!?;]{0,40})`),
      unless: (norm, _m, span) => {
        if (owned(norm)) return true;
        const after = norm.slice(span.start).replace(/^.*?\bunderstand\b,?\s*(?:that\s+)?/, '');
        // "you've got to understand we were over by then, you were never home": the reader's conduct is blame
        return /^(?:i(?:'m| am|m) (?:not|sorry|so sorry|truly|deeply|ashamed)|i (?:don't|do not|dont|never|love|mean|take|accept|own|know|will|want|regret|hope|would|am not|did (?:it|this|that))|(?:you|u|your|ur)\b|how (?:sorry|much|deeply|badly)|why (?:you|u)|what i (?:did|put))/.test(after) ||
          /\b(?:you|u) (?:were|was|'d|had|never|always|kept|barely|wouldn't|wouldnt)\b/.test(after);
      },
    },
    {
      // the upbringing as the template: "it's what I knew", "I was raised the same way", "I learned it from
      // him", "the hand I'd been dealt", "a messed-up kid from a messed-up home"
      needs: ['knew', 'known', 'grew', 'saw', 'shown', 'raised', 'brought', 'dragged', 'learned', 'learnt', 'picked', 'got it', 'hand', 'cards', 'kid'],
      re: rx(raw`(?<s>\b(?:it's|its|it is|it was|that's|thats|that was) (?:all |just |only )?(?:what|all) (?:i|we) (?:ever )?(?:knew|had ever known|'d ever known|d ever known|grew up with|saw growing up|was shown)\b|\b(?:raised|brought up|dragged up) (?:the same way|exactly the same|just the same)\b[^.!?;,]{0,20}|\bi (?:learned|learnt|got|picked) it (?:all )?(?:up )?(?:from|off) (?:him|her|them|my (?:dad|father|mum|mom|mother|old man|parents|family|da|ma))\b|\b(?:the|with the|given the) (?:hand|cards) (?:i(?:'d| had|d| was) (?:been )?dealt|life (?:had )?dealt me)\b|\b(?:messed[- ]up|broken|screwed[- ]up|troubled) kid from a (?:messed[- ]up|broken|screwed[- ]up|violent|abusive|troubled) (?:home|family|house)\b)`),
      // "that's all I knew about the account": knowledge, not an upbringing
      unless: (norm, _m, span) => owned(norm) || /^\s*(?:about|of|regarding|at the time about)\b/.test(norm.slice(span.end)),
    },
    {
      // the addiction as the one that acted or held me: "everything I did back then was the disease", "it
      // wasn't really me who lied, it was the addiction", "my gambling ruled me", "I had no control over any of
      // it", "in the grip of my addiction", "the spirit of gambling was on me", "the cravings had me pacing"
      needs: ['disease', 'addiction', 'illness', 'drink', 'drugs', 'gambling', 'habit', 'drinking', 'controlled', 'ruled', 'owned', 'control', 'grip', 'spirit', 'withdrawal', 'withdrawals', 'cravings', 'craving', 'shakes', 'rattle', 'dts'],
      re: rx(raw`(?<s>\b(?:everything|all|anything|whatever|all of it|most of what) i (?:did|said|done)(?: \w+){0,2}? (?:was|were) (?:the|my) (?:disease|addiction|illness|drink|drugs|gambling|habit)\b|\b(?:not|wasn't|wasnt|isn't|isnt|it's not|its not) (?:really )?me (?:that|who) \w+[^.!?;]{0,40}?,? (?:it's|its|it is|it was) (?:the|my) (?:addiction|disease|drink|drugs|gambling|illness|habit)\b|\b(?:it|the addiction|the disease|the drink|the drugs|the gambling|the habit|my addiction|my drinking|my gambling|my habit) (?:completely |totally |fully |just )?(?:controlled|ruled|owned) me\b|\bi had no control over (?:anything|what i|any of (?:it|that|what)|myself|my (?:actions|drinking|behaviou?r|using|gambling))\b|\b(?:in|under) the grip of (?:the|my|an|a) (?:addiction|disease|drink|drugs|gambling|illness|habit)\b|\bthe spirit of (?:gambling|drink|drinking|alcohol|addiction|greed|lust|anger|betting|the bottle|poverty) (?:was|were|had|took|got)\b[^.!?;,]{0,15}|\b(?:it's|its|it is|it was) (?:the|my) (?:disease|addiction)(?:,? (?:love|mate|son|darling|babe|pet|hun|dad|mum|ma|sis|bro))?\s*[.!]*\s*$|\bthe (?:withdrawals?|cravings?|shakes|rattle|dts) (?:had|left|got) me\b[^.!?;,]{0,25})`),
      // "it controlled me" needs the addiction named in the sentence
      // the plea's own words are not ownership ("the spirit of gambling was on me"); ownership elsewhere still counts
      unless: (norm, _m, span) => owned(norm.slice(0, span.start) + ' '.repeat(span.end - span.start) + norm.slice(span.end)) || (/^it\b/.test(norm.slice(span.start, span.end)) && /\b(?:controlled|ruled|owned)\b/.test(norm.slice(span.start, span.end)) && !/\b(?:addict|disease|drink|drug|gambl|habit|pills|booze|alcohol|using|illness)/.test(norm)),
    },
    {
      // necessity pleaded: "it's not as if I had another option", "there wasn't really a choice", "I had no
      // real option but to", "I was only trying to keep my head above water", "I did what I had to do to survive"
      needs: ['choice', 'option', 'alternative', 'survive', 'peace', 'afloat', 'head', 'business', 'shop', 'company', 'firm', 'family', 'going', 'together', 'happy', 'get by', 'cope', 'ends', 'alive'],
      re: rx(raw`(?<s>\b(?:not like|wasn't like|wasnt like|it's not as if|not as if|its not like|it's not like|it isn't like|it aint like) i had (?:a|any|much of a|much|another|a real) (?:choice|option|alternative)\b[^.!?;,]{0,20}|\bthere (?:wasn't|wasnt|was not) (?:really |much of |honestly )?(?:a |any |much (?:of a )?|another )?(?:choice|option|alternative)\b[^.!?;,]{0,20}|\bi had no (?:real|other real|actual|genuine|proper) (?:option|choice|alternative)\b[^.!?;,]{0,25}|\bi (?:was|'d been|had been) (?:just |only )?(?:trying|tryna|tryin'?) to (?:survive|get by|keep (?:the peace|afloat|my head above water|the (?:business|shop|company|firm|family) (?:going|afloat|together)|going|us afloat|things together|everyone happy)|stay afloat|cope|make ends meet|stay alive)\b[^.!?;,]{0,20}|\bi did what i (?:had|needed) to(?: do)? (?:to )?(?:survive|get by|stay alive|keep going|stay afloat)\b[^.!?;,]{0,20})`),
      // the plea's own words are not ownership ("it's not like I had a choice" denies having one); ownership
      // elsewhere in the sentence still counts
      unless: (norm, _m, span) => owned(norm.slice(0, span.start) + ' '.repeat(span.end - span.start) + norm.slice(span.end)) || /^\s*(?:for (?:you|u)|(?:you|u) could)\b/.test(norm.slice(span.end)),
    },
    {
      // a vague reason tacked onto an apology: "sorry I didn't make it, something came up", "soz i bailed,
      // was just busy", "sorry I vanished, I needed some space", "sorry i missed it, work's been mad";
      // ordinary mail ("sorry for the slow reply, been busy") stays quiet
      needs: ['sorry', 'soz', 'sry', 'apolog'],
      re: rx(raw`\b(?:sorry|soz|sry|apologi[sz]e|apologies)\b(?<obj>[^.!?;]{3,80}?)(?:[,;-] ?| )(?:but |just |honestly |tbh )?(?<s>something (?:came|had come|just came) up|(?:i )?(?:was|been) (?:just |really |so |super |crazy )?busy|(?:i )?(?:just )?needed (?:some )?(?:space|time to myself|a break|to get away)|work(?: is| was| has been|'s been|s been) (?:mental|mad|insane|crazy|manic|hectic|nuts|full on)(?: right now| at the moment| lately| atm)?)\b[^.!?;,]{0,15}\s*[.!]*\s*$`),
      unless: (norm, m) => owned(norm) || /\b(?:reply|replies|response|delay|delayed|late|slow|getting back|get back|missed call|wait|waiting|radio silence|quiet|silence|inconvenience|typos?|email|e-mail|message|text back)\b/.test(m.groups?.obj ?? ''),
    },
    {
      // a provider's duty as the reason: "but I had a family to provide for", "we had mouths to feed",
      // "i had bills to pay, what was i meant to do"; not with the act owned after it ("I had a family to
      // provide for and I still gambled the wages")
      needs: ['had', 'have', 'got'],
      re: rx(raw`(?<s>\b(?:i|we) (?:had|have|'ve got|ve got|got|'d got|d got) (?:a (?:family|wife|husband|mortgage|business|household)|(?:the |my |our )?(?:kids|children|mouths|bills|debts|wages)|(?:two|three|four|five|six|hungry|young|little) (?:kids|mouths|children)) to (?:provide for|feed|support|look after|pay|clothe|take care of|keep)\b)`),
      unless: (norm, _m, span) => owned(norm) || /^[^.!?;]{0,40}\b(?:and|yet|but) (?:i|we) (?:still |just |then |went and )?(?:gambled|spent|drank|blew|took|stole|chose|used|lied|left|wasted|pissed)\b/.test(norm.slice(span.end)),
    },
    {
      // the act called a necessity: "but i did what i had to do", "I only did what I needed to"; not
      // repair or recovery ("I did what I had to do to get sober", "to make it right")
      needs: ['did what', 'done what'],
      re: rx(raw`(?<s>\bi (?:only |just |simply )?(?:did|done|'ve done|ve done|have done) what i (?:had|needed|have|was forced|felt i had|thought i had) to(?: do)?\b)`),
      unless: (norm, _m, span) => owned(norm) || /^(?: do)? to (?:make|put|pay|repay|fix|get (?:sober|clean|help|well)|stay (?:sober|clean)|keep (?:sober|clean)|apologi|say sorry)/.test(norm.slice(span.end)),
    },
    {
      // hard times given as the reason after a turn: "however, business has been very slow", "but money
      // was tight that year", "you must understand trade has been dead"; not hard times for them
      needs: ['business', 'trade', 'sales', 'orders', 'custom', 'takings', 'money', 'cash', 'things', 'finances', 'work'],
      re: rx(raw`\b(?:however|but|though|because|cos|coz|cuz|since|understand|the thing is|truth is|the truth is|you know),? (?:(?:you (?:must|have to|need to)|please|try to) understand,? )?(?:that )?(?<s>(?:business|trade|sales|orders|custom|takings|money|cash|things|finances|work) (?:(?:has|have|had) been|was|were|'s been|s been) (?:very |so |really |pretty |extremely |terribly |incredibly |super |quite )?(?:slow|quiet|dead|tight|tough|lean|bad|hard|difficult|rough))\b(?! (?:for|on) (?:you|u|her|him|them|the kids|your|ur|my (?:wife|husband|partner|kids|children|family|mum|mom|dad)))`),
      unless: (norm) => owned(norm),
    },
    {
      // the place's ways as the reason: "it was the culture there", "that was just the norm on site", "it
      // was the done thing back then"; not "the culture that made me" nor the writer's own culture to own
      needs: ['culture', 'norm', 'done thing'],
      re: rx(raw`(?<s>\b(?:it|that|this) (?:was|is|'s|s) (?:just |simply |very much |only |kind of |kinda )?(?:the|a) (?:culture|norm|done thing)(?: (?:there|then|back then|at the time|in those days|at work|on (?:the|that) (?:site|job|ward|shop floor|farm|boats?|rigs?|crew|team)|in (?:the|that) (?:office|industry|trade|job|kitchen|yard|firm|company|team|department|unit)))?)(?=\s*(?:[.!,;?]|$|tbh\b|honestly\b|you know\b|innit\b))`),
      unless: (norm) => owned(norm),
    },
  ]),
  examples: {
    positive: [
      "I'm sorry I was never home, but I had a family to provide for.",
      'we had three kids to feed, what else was i meant to do',
      "sorry it came to that but i did what i had to do",
      'I apologise for the late payments; however, trade has been very quiet this year.',
      'I missed your birthday, but money was really tight back then.',
      // session 8: a group's reasons in public statements (norms of the time, someone outside,
      // too few staff, a policy followed)
      'We used screening software that was considered best practice at the time.',
      'Similar practices were widespread across the financial sector back then.',
      'The stewards acted in good faith on the information available to them.',
      'The faulty valves were installed by an external contractor.',
      'The leaflet was designed by an outside agency and went out without review.',
      'We relied on a third-party courier firm, which lost the parcels.',
      'The ward was badly understaffed that night, so the call bell went unanswered.',
      'Our helpline was short-staffed over the holidays.',
      'We have seen cuts in funding that put our volunteers under real pressure.',
      'Our guard was following what he believed to be our entry policy.',
      'The receptionist was following the booking guidelines she had been given.',
      'The river rose far higher than forecast, and the basement flooded.',
      'Orders were delayed due to a software error in our warehouse.',
      'The dog was jumpy because of the storm and slipped her lead.',
      'For context, I had been awake for two days.',
      'It must be remembered that the law was different then.',
      'We need to explain, however, that the road was closed.',
      'I came up in newsrooms where shouting at interns was completely normal.',
      'That is the culture that made me.',
      'A match day is a pressure cooker, and tempers fray.',
      'It was how I was taught to run a team.',
      'The helpline was run entirely by volunteers, so calls went unanswered.',
      'We were relying heavily on agency staff that winter.',
      // a group's statement (its "we" reaches the rules read as "I": we-voice.ts)
      "We are sorry, but we followed the guidance we were given at the time.",
      "We apologise that we took so long; however, the volume of claims has been unprecedented.",
      "Our staff were under enormous pressure that weekend due to unprecedented demand.",
      "They were following the procedures in place at the time.",
      "The concert was cancelled owing to circumstances beyond our control.",
      // a cover story repeated as still true is a reason offered now
      'Like I told you, I was working doubles and I was exhausted.',
      // session 6 families
      'Sorry I bit your head off, my blood sugar had crashed.',
      'I was going hypo and I snapped at you in the shop.',
      "i get so hangry, that's why i was vile at lunch",
      "If I was off with you at dinner, that's down to the meds they've put me on.",
      'The pills I was taking at the time made me really short-tempered.',
      'It was the steroids talking, not me.',
      'my head was fried with the painkillers and i forgot the kids',
      "Sorry if I was loud at the christening, I'd had a few.",
      'soz about the texts lads i was well far gone',
      'sorry for what i said to ur dad, i was blotto',
      "I'd had six or seven pints, which is how the fence came down.",
      'Sorry I never visited you on the ward, you know what I\'m like around doctors.',
      'sorry for the state of ur sofa, u know what im like after a few',
      "You know I can't handle crowds, so I left early.",
      "Me and tequila don't mix, as everyone saw.",
      'i just snap when im hungry',
      'It was a stressful weekend for everyone, what with the move.',
      "Honestly the whole situation wasn't easy for anyone.",
      'Emotions were running high at the funeral and things got said.',
      'The merger had everyone stretched thin.',
      "Apologies for the curt email; it's been a hectic year-end.",
      'A few errors crept in while we were short-staffed.',
      'The caseload that spring was simply unmanageable.',
      "I'd been juggling two roles since the reorganisation.",
      "I'm sorry I sold your bike, but the loan sharks were after me.",
      'With the bailiffs on my back, I took the money from the tin.',
      'the landlord kept ringing me every day so i used ur rent money',
      'I was under tremendous pressure from the partners that year.',
      'With the auditors breathing down my neck, I fudged the numbers.',
      'we were under intense strain with the move',
      'I was grafting six days a week to put food on the table.',
      'Somebody had to pay the bills, love.',
      'The shop had me working every weekend that year.',
      'Some of the furniture got sold off during a rough spell.',
      'things were really tight financially that winter, so the loan never got repaid',
      'The situation was desperate with the mortgage arrears.',
      'I apologise for the shortfall; that said, the till system was a shambles.',
      'Sorry about the damage, though in fairness the path was sheet ice.',
      'However, I would point out that the rota was chaotic.',
      'Kindly understand that the circumstances at the time were beyond me.',
      "You've got to understand the mess I was in with the loans.",
      'abeg understand, the hunger was too much',
      'Please understand that in those years I was barely keeping my head above water.',
      'Drink in every room, it was all I ever knew.',
      'Dad was the same, I picked it up off him.',
      'I was brought up exactly the same, so I never learned to say sorry.',
      "I only played the hand I'd been dealt.",
      'Everything I said that night was the drink, not me.',
      'It wasn\'t really me who lied to you, it was the addiction.',
      'My gambling ruled me in those years.',
      'The cravings had me pacing all night, so I went out.',
      'I had no control over any of it back then.',
      "It's not as if I had another option with the rent due.",
      "I lied about the loan, but it's not like I had a choice back then.",
      'The spirit of greed was on me in those years.',
      'That said, the booking system in that branch was a joke.',
      "There wasn't much of a choice, the car was all we had.",
      'I was only trying to keep my head above water.',
      'I did what I needed to do to get by.',
      "Sorry I didn't make it to the christening, something came up.",
      'soz i bailed on ur birthday, was just busy',
      'Sorry I vanished for a month, I needed some space.',
      "sorry i missed parents evening, work's been mad",
      // session 5 families
      "I was steaming drunk and I didn't mean a word of what I said.",
      "i was so angry, i dont even know why i said it",
      "I'd had a few drinks and I didn't mean any of it.",
      "You know I never mean what I say when I'm tired.",
      'It all spiralled once the debts came in.',
      'Things snowballed after I lost the contract.',
      'My life just unravelled when the business went under.',
      'I was under an enormous amount of pressure from the bank.',
      'Considering the heavy demands on me at home, I let things slide.',
      'I accept I was wrong, although the stress of the move played a part.',
      'I relied on the figures I was given by the accountant.',
      'I was always working to put food on the table.',
      'Being brought up like that, I never knew how to say sorry.',
      'Being in active addiction, I lied to everyone.',
      'The urge was bigger than me.',
      "I'd been up for two nights straight when I crashed.",
      "If I'd been sober I never would have said it.",
      "That was hardly my fault, the machine swallowed the card.",
      'None of that was the real me.',
      'I was in no fit state to look after the kids.',
      'My diagnosis makes me snap at people.',
      "Drinking like that wasn't something I chose.",
      'I only borrowed it to take the edge off.',
      'The cyclist just came out of nowhere.',
      "I'm sorry I forgot, I really had so much going on.",
      'I was caught in a dark place after the funeral.',
      'The job was so hectic, so I never made it to your recital.',
      'I swear I never knew it was your savings.',
      'I genuinely had no idea the money was for the rent.',
      "I'm sorry I shouted, but I'd been drinking all afternoon.",
      'Yet in fairness, it was my first week on the job.',
      "I'm sorry for the crash; however, the tyres were faulty.",
      "In my defence, I didn't know the card was yours.",
      "I'm sorry the report was late, but the numbers kept changing.",
      // session 4 families
      'Honestly, that was the whisky talkin.',
      'The gin did all the talking at the wedding.',
      'The gambling had its claws in me, and I emptied the savings.',
      'It was the heroin, not me, I swear.',
      'It was the addiction that stole from you, not me.',
      'I was a different man when I was drinking.',
      'The slots swallowed every penny of the rent.',
      'The tablets they put me on made me so groggy I forgot the school run.',
      "Where I grew up, nobody said sorry for anything.",
      "That's what you get growing up the way I did.",
      'I had a really hard upbringing and I never learned to trust anyone.',
      'Gambling runs in my family, I suppose.',
      "Things were different back then, everyone drove after a few.",
      'Nobody ever showed me how to keep a budget.',
      'Prison left me with a short fuse.',
      'There was no other way to cover the loan.',
      "It was either borrow from your account or lose the car.",
      'The only option I had was to pawn the ring.',
      'I had to tell your dad a story, otherwise he would have cut me off.',
      'The loan shark was coming round every week.',
      'My mates kept topping up my glass, so I missed the bus home.',
      'The lads talked me into the bet.',
      'I never stood a chance once the pub was open.',
      'Anybody in my position would have cracked.',
      'I was running on four hours sleep when I crashed your car.',
      'Work had me run ragged that whole month.',
      "I'd been pulling double shifts for weeks.",
      "I'm sorry I missed the play, but I got stuck at the office.",
      "I'd had a rough day and I yelled at the kids.",
      "I know I lied; however, I was frightened of what you'd think.",
      'The only reason I took it was that we were behind on everything.',
      'My doctor says my hormones were all over the place, which explains a lot.',
      'The bar kept the drinks coming, so of course I lost count.',
      'You must appreciate things were very difficult then.',
      'Please remember what was going on for me that year.',
      'Due to circumstances beyond my control, the money was late.',
      'With the new baby and everything, your party slipped my mind.',
      'With all the pressure at work, I just exploded.',
      "Sorry I wasn't at the funeral, the trains were a nightmare that day.",
      'I clipped your wing mirror, the road was icy.',
      "I was only protecting myself when I pushed him.",
      "It's not like I meant it deliberately.",
      "I was off my medication when I said those things.",
      'I was too wasted to think.',
      'My illness makes me say cruel things.',
      'Money was so tight that I sold your bike.',
      'Since the company was failing, I dipped into the pension.',
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
      // inner states and hardships named as the cause
      'I lied because I was afraid of losing you.',
      "I lied because I knew you'd be angry.",
      'I took it since I was behind on rent that winter.',
      'I only drank because of the stress at home.',
      'I was scared and panicked, so I lied.',
      'After the divorce I was a mess, so I said things I shouldn\'t have.',
      "i was high as a kite and didnt know what i was doing",
      'I had just found out about my diagnosis, so I wasn\'t thinking.',
      'Being an addict, I didn\'t really have control over what I did.',
      'My depression got the best of me and I disappeared on you.',
      'My addiction made it impossible to be there for you.',
      'My ADHD makes me forget things like that.',
      'I was young and stupid.',
      'You have to remember I was only nineteen.',
      'When you\'re in active addiction you don\'t think about other people.',
      'i was just so angry i didnt even think',
      'Things were so hard for me then that I didn\'t notice how you felt.',
      'sorry i was rude, long day at work',
      'Sorry I snapped, I\'m just really stressed with exams.',
      'I was really tired that day and snapped.',
      'I had a bad day and took it out on you.',
      'The situation forced my hand.',
      'I was at the end of my rope.',
      'The medication messed with my mood.',
      'You have to understand the pressure I was under.',
      'Being so tired, I forgot to pick you up.',
      'The booze clouded my judgement that night.',
      'Sober me would never do that.',
      'I wasn\'t at my best that week.',
      'I was in survival mode.',
      'my head wasnt in the right place',
      'Stress at work made me snap at you.',
      'I forgot because my phone died.',
      'The traffic was awful, that\'s why I was late.',
      "I'd had a few drinks, so things got heated.",
      'I know it\'s not an excuse, but I was under a lot of stress.',
      "I'm not making excuses, but I was exhausted that week.",
      'This does not reflect who I am.',
      'Those words do not represent my values.',
      "That's not the kind of person I am.",
      'The booze was behind the wheel back then, not me.',
      'The addiction had total control over me.',
      'The disease made those decisions.',
      'The drink does that to people.',
      'The gear had me saying things I would never say.',
      'That was the whisky talking.',
      "That's what happens when you mix pills and a party.",
      'drunk folk say daft things',
      "When you're dope sick, nothing else matters.",
      'My mind was not my own.',
      "I'm sorry I missed the wedding, but my train was cancelled.",
      'I apologise for the damage; however, the road was covered in ice.',
      "sorry i was late again but the bus never came",
      'My hands were tied.',
      'The timing was out of my hands.',
      'I was left with no choice but to sell it.',
      'I could not be in two places at once.',
      'Given the way I was brought up, shouting felt normal.',
      'I grew up with nothing, so I never learned to save.',
      "It's a generational thing.",
      "When you've been through what I have, you stop trusting anyone.",
      'i was nineteen, come on',
      "I don't recognise the person who did that.",
      'It was as if someone else was in control.',
      'Something in me just snapped that winter.',
      'You caught me on a bad day.',
      'Tiredness does that to me.',
      "I get like that when I'm hungry.",
      'You have to understand I was unwell.',
      'You know money was tight.',
      'I was half asleep, so I just lashed out.',
      'I acted under enormous pressure.',
      'The errors happened during a period of great personal difficulty.',
      'I was acting on legal advice.',
      'The workload was simply impossible.',
      "It's the nature of the job.",
      'Anyone could see why I started using again.',
      "You'd have done the same in my position.",
      'It was only the pressure that drove me to it.',
      'I was shattered after a double shift.',
      'My battery had died.',
      'You know what the trains are like on a Sunday.',
      'Things were so tight that winter.',
      'Addiction is a disease.',
      'The pills after the operation did weird things to my mood.',
      "Sorry I missed your call, but my boss kept me back late.",
      'The urges were just too powerful.',
      "I'd had too many beers and things got heated.",
      'I was going through a breakup at the time.',
      "I'd been up all night with the twins.",
      'I was stoned out of my head.',
      'I was self-medicating back then.',
      'It all got too much for me.',
      'I had a nervous breakdown.',
      'My anxiety was through the roof.',
      'I was very sick with my addiction.',
      'Losing the baby hit me so hard and I fell apart.',
      'I had lost everything, so I took the money.',
      "Sorry I was rude, I'd had a really rough shift.",
      "Sorry I blew up, it's been such a hectic month.",
      'I apologise for not coming; however, I was dealing with family stuff.',
      'Sorry I vanished, I had a family emergency.',
      "Sorry I didn't ring, I'd just had some awful news.",
      "Sorry I forgot, I've been so swamped.",
      'Sorry I missed the payment, things have been really tough lately.',
      "I'm sorry I kept the money, I was in a desperate situation.",
      'I was just doing what I needed to do to survive.',
      'Between my job and the baby, I had no time for you.',
      // session 14: public apologies' wording
      "I was going through a difficult divorce at the time.",
      "That kind of remark was completely out of character for me.",
      "I acted out of character that weekend.",
      "I was brought up in a different era.",
      "Those were different times back then.",
      "That's just how the lads talked in the nineties.",
      "I got swept up in the excitement of the night.",
      "Those posts do not reflect my views.",
      // session 14: a state after the apology, hedged
      "Sorry for the voicemails, I was proper drunk.",
      // session 14: a necessity that left no room
      "I needed to cover the night shifts, which meant I missed your birthday.",
    ],
    negative: [
      // session 14: a necessity of owning up
      "I had to face what I did, so I couldn't keep pretending.",
      // session 14: the state is what the apology is for
      "I'm sorry I was drunk at your graduation.",
      // session 14: the same words, owned, set aside or about someone else
      "You were going through a painful separation and I made it worse.",
      "I was going through your drawers when you came home.",
      "I was going through a divorce, yes, but I took it out on you anyway.",
      "It was out of character for you to go quiet, and I should have asked why.",
      "That was a different time in our lives, and I miss it.",
      "That's how we talked about it at the time, and I let it slide.",
      'Those were different times for our family, and I made them worse.',
      // session 13: traps in general words
      "There isn't a version of that night where the drink was to blame.",
      "What I did doesn't go away because I say sorry.",
      'I want to be plain about what I did, because I have dressed it up for years.',
      "I've been putting off writing this because I didn't know how to begin.",
      'You came to us because you had nowhere else to go.',
      'I pleaded guilty because I was guilty.',
      'I could say the pills made me do it, but that would be a lie.',
      'I should apologise because I was rude to your sister at the wedding.',
      "I'm done pretending the drink made me do it.",
      "I missed your appointment because I didn't bother to check the date.",
      "I've given my bank card to my sponsor, because I don't trust myself with money yet.",
      'It must have been humiliating for you when the bailiffs came because of my gambling.',
      "There's no version of that summer where it wasn't my fault.",
      "I'll drop it off tomorrow with a new controller, since I broke the old one.",
      "I had a family to provide for, and I still gambled the wages every week.",
      'I did what I had to do to get sober, and now I want to make this right.',
      'I know money was tight for you after I left, and that was my doing.',
      'You had bills to pay and I took the rent money anyway.',
      'I know things were hard for you and the kids that winter.',
      "I'd love to come to the wedding, but money is tight this month.",
      // session 8 traps: the reader's state, our own people, a change told
      "You were stretched thin, and I still left you with the kids.",
      'We have hired four new nurses so the ward is fully staffed at night.',
      'I paid an outside contractor myself to repair your fence.',
      'The new ramp was built by our own staff last week.',
      'We have asked an independent reviewer to read every complaint.',
      'Good practice today means we answer every report within a day.',
      'I acted on my own judgement, and it was the wrong call.',
      'We have fixed the error in our billing system and refunded every payment.',
      'I drove you home through the storm, and I was drunk.',
      'If you want more context, I can tell you everything I did.',
      'It must be said plainly: I stole from you.',
      'I grew up in a house where shouting was normal, and bringing that into ours was my choice.',
      'The culture of our office has changed since you left.',
      'I was taught better than that, and I still did it.',
      'The pressure cooker you lent me is in my boot, and I will bring it back on Sunday.',
      'I volunteer at the food bank on Saturdays now.',
      "We followed up with every family the same week.",
      "I was following you home that night, and I frightened you.",
      "From now on, every officer will be following a new procedure for searches.",
      "The rules we were following were wrong, and we should have questioned them.",
      "I thought you'd want me at the party, that's why I turned up after a bottle of wine.",
      'i only did it cuz i care about u, i didnt want u getting hurt again',
      "I'm writing about the money I took from the till, because I'm in recovery now and this is part of my ninth step.",
      'I want to spell out what I did, because I think you have carried it on your own for too long.',
      "The truth is I was in a bad place after a week-long bender, and I chose not to get on the train.",
      "Work had been chaotic for months, and I chose to take the money anyway.",
      "But none of that is the reason I did it: I did it because I wanted to.",
      // session 6 traps
      "Your blood sugar was dropping and I didn't even notice.",
      'My sugar was low, but I chose to drive anyway and that is on me.',
      'The tablets I\'m on now make me feel like myself again.',
      "That's down to me, not the tablets.",
      'Sorry you had to see me like that after I\'d had a few.',
      "I'm sorry I was plastered at your wedding.",
      "You know I don't do this lightly: I lied to you, and I'm sorry.",
      'You know what I\'m like after a drink, and you should have kept me away from it.',
      'It was a hard year for everyone because of my gambling.',
      'My drinking made it a hard time for everyone, and I\'m sorry.',
      'The workload you carried was unmanageable, and that was my doing.',
      "It's been a busy season at the shop, and I've paid back the first fifty.",
      'You had to deal with the bailiffs at the door on your own.',
      'You were under tremendous pressure at work and I made it worse.',
      "I put you under massive pressure, and that's on me.",
      'Somebody had to keep a roof over our heads, and it was you.',
      "I'm working extra shifts to pay you back by June.",
      'You stood by me during a very dark period, and I repaid you with lies.',
      'I let you down during a difficult period for you and the kids.',
      'However, the till system was a shambles because I never kept the books.',
      "Please understand that I'm not asking you for anything.",
      'You have to understand how sorry I am.',
      'Please understand that you owe me nothing.',
      "You've got to understand we were finished by then, you were never home.",
      "That's all I knew about the account at the time.",
      'My dad was violent and I learned it from him, but I chose to keep doing it.',
      "It wasn't me who took it.",
      'The spirit of Christmas was lost on me that year.',
      'There was a choice, and I made the wrong one.',
      "It's not like I had a choice about the cravings, but the lying was on me.",
      "I had no real choice about being ill, but lying to you was my choice.",
      'Sorry for the slow reply, something came up.',
      // Context named and then owned in the same breath, or an honest bad motive: not an excuse.
      'No excuses, I was in a state and I took it out on my sister.',
      'I was only seventeen, but I knew what I was doing when I forged your signature.',
      "I was drunk out of my mind when I crashed your van, and I'm still the one who crashed it.",
      "I lied to the insurers because it was easier for me than telling you the truth.",
      "I didn't stop the car because I was scared of being breathalysed, and that was cowardly.",
      "I took the rent money because I was desperate and I didn't care who it hurt.",
      // session 5 traps
      "I'm sorry I slammed the door on you.",
      "I slammed the brakes on too late and hit your gate, and that's on me.",
      'I had no choice about the illness, but I had a choice about lying to you, and I chose wrong.',
      'You knew I was drinking, so you kept the car keys, and you were right.',
      'I know I was drinking, and I was cruel to you.',
      'I regret shouting, though in fairness to you, you had every right to be angry.',
      "My drinking played a big part in ending our marriage.",
      'The stress I caused you played a part in your illness.',
      "I was wasted every weekend and I lied to you about it.",
      'Everything spiralled because I kept lying.',
      'I was working the steps when I realised how much I hurt you.',
      'Being sober now, I can see how much I hurt you.',
      'The craving was strong and I still chose to call my sponsor.',
      "I'd been up for three days on a bender, and I chose to drive.",
      "I'm sober now, and I see it clearly.",
      "It's my fault, all of it.",
      'None of it was your fault.',
      "It's not something I'm proud of.",
      'I had no idea how much I hurt you.',
      'I honestly had no idea how badly I scared you.',
      'Your car came back with a dent, and I did that.',
      'I had a lot going on in my head, and none of it excuses what I did.',
      'Work was hectic for you that year, and I made it worse.',
      // session 4 traps
      "I can't even pretend it was the stress; I was just cruel.",
      "Work was hectic, but that's not why I forgot; I forgot because I was drinking.",
      "I was in a dark place, and that doesn't buy me any slack.",
      'I only did it because you begged me to stop, and I should have listened sooner.',
      'I kept telling everyone I was just tired, but I was using.',
      'I had a rough childhood, but that is no excuse for how I treated you.',
      'Nobody told me to drink; I did that on my own.',
      'I chose to take the money, even though there was no other way I wanted to see it.',
      "I'm a different person now, and I'd like to show you.",
      "You were working two jobs while I drank the money away.",
      'The only way out of this is honesty, so here it is.',
      'I was worried sick about you, and I still had no right to read your messages.',
      "Sorry for the slow reply, it's been a crazy week.",
      "I'm sorry I yelled; it had been a long day, but that is on me.",
      "I'm sorry, and I've been thinking about what you said.",
      "Between you and me, I had no idea how to start this letter, but I'm sorry.",
      'I had a breakdown in my car after I hurt you, and it was my choice to drive.',
      "Losing Mum hit you hard, and I wasn't there.",
      'It was too much to ask of you.',
      "I'd had a few drinks and I chose to drive, and that is on me.",
      'The cravings were strong and I called my sponsor instead.',
      "I kept it from Dad because I didn't want to break his heart.",
      "I'll respect whatever you decide, because I'm the one who broke the promise.",
      'I check in with my sponsor daily, because I know how much I hurt you.',
      'Addiction is a disease, but I still chose to lie to you.',
      'Things were hard for you because of me.',
      'The drink was my choice every single time.',
      "When you're ready to talk, I'll be here.",
      "I'm sorry, but the truth is I lied to you for years.",
      "I'm sorry, but my drinking was the cause of all of it.",
      'I apologise; however, the decision about contact is entirely yours.',
      "Sorry, but the money was yours and I took it.",
      'I grew up with parents who loved me, and I still chose to steal.',
      'I was nineteen when I first stole from you.',
      'The nature of what I did was cruel.',
      "I don't recognise my own dad in the photos from those years.",
      'Anyone could see what I was doing to you.',
      "That is not the kind of person I want to be, and I'm working on it with my sponsor.",
      'I want my actions to reflect who I am now.',
      'With everything going on, I know you needed me and I wasn\'t there.',
      'I took the money because I wanted it, and that\'s the truth.',
      'I drank because I chose to, nobody made me.',
      'I was 19 when I stole from you, and I\'m 40 now, and it still matters.',
      'I was a mess and I hurt you; that\'s mine to own.',
      'I lied because I was selfish.',
      'I was so wrapped up in myself that I didn\'t notice you were struggling.',
      'I didn\'t know what I was doing to you back then.',
      'I was exhausted, but that is not an excuse for screaming at you.',
      'I\'m not going to make excuses. I lied.',
      'I\'m writing because my sponsor and I have talked about this for months.',
      'I took two hundred out at the cashpoint, because I knew your PIN.',
      'I said it because I knew it would land, and it did.',
      "I won't repeat what she told me, because it is hers to tell.",
      'You lost your job because of my addiction.',
      'My depression is something I\'m getting help for now.',
      'Sorry for the slow reply, crazy week at work.',
      "This isn't me asking you to forgive me.",
      "That's not who I am anymore, and I go to meetings twice a week.",
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
      // session 7: the addiction's own scene as the reason, a cover story or a rationalisation
      // confessed as such, the reader's goodness used
      "I wasn't at your recital because I was at the bookies, and you looked for me in the crowd.",
      'I kept the receipts in a drawer because I told myself I would pay every penny back.',
      'I told your mother I was working doubles when I was at the casino.',
      'I borrowed your car again because I knew you would never say no to me.',
    ],
  },
});
