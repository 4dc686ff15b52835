/**
 * comparison: measures the harm against something else ("at least I never...", "everyone
 * does it", "you weren't perfect either", "it could have been worse").
 * Traps: "at least once a week I go to a meeting" (frequency), "at least let me pay for
 * it" (an offer), "I used to tell myself everyone drinks like that; it was a lie" (disowned).
 */
import { defineRule, rx } from './define';
import { THEY, YOU, YOURE } from './lexicon';

const raw = String.raw;

/** Organisations a public statement sets itself beside ("like many universities", "every other club"). */
const PEERS =
  'organisations|organizations|institutions|companies|clubs|churches|schools|parishes|dioceses|businesses|employers|firms|hospitals|charities|councils|universities|operators|airlines|banks|brands|providers|forces|teams';

/**
 * The yardstick is the harm the writer did: "getting sober has been hard, but it's nothing next to
 * what you went through", "saying sorry feels small next to what I did to you". The writer's own
 * pain or effort is set below the other person's, which weighs the harm up, not down. Not so when
 * the yardstick is harm done by someone else ("compared to what you went through with your ex").
 */
const BESIDE_THE_HARM_DONE = /^(?:compared (?:to|with)|in comparison (?:to|with)|next to) (?:what (?:you|u|they|he|she|the kids|your \w+)(?:'ve| have| had|'d)? (?![^,.;!?]*\b(?:with|from|at the hands of) (?:your|ur|his|her|their|that|those|him|them)\b)(?:went|gone|been|lived|had to (?:go|live|live with|deal with|put up with))\b|what i (?:put|did to|caused|made|have put|'ve put|had put|'d put|did)\b|(?:the|all the) (?:pain|hurt|harm|damage|fear|worry|grief|shame|mess) i\b)/;

/** After "it could have been worse": "…and that is exactly why it was so serious", "…which is what scares me". */
const WEIGHS_IT_UP = /^[\s,;-]*(?:and |but )?(?:that(?:'s| is|s)|which is|this is|it's|its) (?:exactly |precisely |just |really )?(?:why|what (?:scares|haunts|frightens|terrifies|keeps)|the (?:part|thing) (?:that|i))\b/;

/** "…and never raised a hand to their kids", "…and don't do what I did": others kept from the harm the writer did. */
const SELF_INDICTING = /\b(?:and|but|yet) (?:they |none of them |most of them )?(?:still )?(?:don't|dont|do not|didn't|didnt|did not|never|would never|wouldn't|wouldnt)\b[^.!?;]{0,40}?\b(?:what i (?:did|do|have done|'ve done|ve done)|(?:like|as|the way) i (?:did|do|have)|like me\b|(?:rais(?:e|ed|ing)|la(?:y|id|ying)|put(?:s|ting)?) (?:a|their|his|her) (?:hand|finger)|hit|hurt|beat|abuse|abused|stole|steal|lie to|lied to)/;

/**
 * A third person missing the reader's own occasion ("and she missed your graduation", "he missed
 * your wedding"): a loss the reader suffered, listed among the harm's effects, not a counter-charge
 * against the reader (which needs the writer's side: "she missed mine", "you missed my birthday").
 */
function lossOfTheirs(span: string): boolean {
  // only a plain "and" adds it to the list; "but he missed your party too" sets it against the writer
  return /^and (?:he|she|they|your (?:mum|mom|mother|dad|father|sister|brother|wife|husband|partner|family|friends?|boss)) missed (?:your|ur) (?!own\b)/.test(span) &&
    !/\b(?:too|either|as well|also)\b/.test(span);
}

/**
 * "I was the only one" said plainly (no "not", "hardly") singles the writer out rather than sharing
 * the blame: "I'm the only one to blame", or the reader's trust reported against the writer, "you
 * said I was the only one who never asked you for anything". Set under "it's not like", "act like",
 * "I feel like", it is still a comparison.
 */
function onlyOneIndicts(norm: string, span: { start: number; end: number }): boolean {
  const s = norm.slice(span.start, span.end);
  if (!/^(?:i|i'm|im|i am|i was) the only (?:one|\w+)\b/.test(s)) return false;
  if (/^\s*(?:to blame|at fault|responsible|who (?:is|was) (?:to blame|at fault|responsible))\b/.test(norm.slice(span.start + s.indexOf('only') + 9))) return true;
  return /\b(?:you|u|he|she|they|mum|mom|dad|nan|gran|grandma|grandad)\b(?:(?!\bi\b)[^.!?;]){0,40}?\b(?:said|told me|used to say|always said|would say|called me)\s+(?:that\s+)?$/.test(norm.slice(Math.max(0, span.start - 60), span.start));
}

export default defineRule({
  id: 'comparison',
  title: 'Comparison',
  severity: 'problem',
  explanation:
    'Setting what you did next to something worse, or next to what others did, can make it sound smaller or shared. The other person needs to hear about your part only, on its own.',
  suggestion: 'Leave the comparison out and let what you did stand by itself.',
  // Others did the same and did NOT do the harm: the comparison indicts the writer
  // ("plenty of men drank the way I did and never raised a hand to their sons").
  skip: (norm) => SELF_INDICTING.test(norm),
  patterns: [
    {
      // a group measured against its industry or its time: "well below the industry average",
      // "in line with the industry average", "every water company in england uses them",
      // "no worse than most", "like many organisations at the time"
      needs: ['average', 'industry', 'sector', 'every', 'most', 'like', 'worse', 'many'],
      re: rx(raw`(?<s>\b(?:(?:well |far |still )?(?:below|under|beneath|in line with|no (?:higher|worse) than|better than|lower than) (?:the )?(?:industry|sector|national|uk|us|european|global|market)(?:[- ]wide)? (?:average|norm|standard|benchmark)s?|(?:every|any|most|many|all) (?:other )?(?:\w+ )?(?:${PEERS}|company|operator|airline|bank|provider|club|school|hospital|firm) (?:in (?:the|this) (?:country|industry|sector|uk|us)|in (?:england|britain|ireland|scotland|wales|america|australia|canada|india) )?(?:uses?|does|do|has|have|faces?|deals? with|faced|had)|no worse than (?:most|many|others|anyone|any other)|like (?:many|most|all|other|so many) (?:other )?(?:${PEERS}) (?:at|of|in) (?:the|that) (?:time|era|period|day|days))\b)`),
    },
    {
      // a public statement set beside its sector or its peers: "Like many universities across the
      // sector, we relied on...", "Like every other club in the league at the time", "Like other
      // operators on this route, we rely on...", "standard practice across the app industry",
      // "similar practices were widespread across the sector"; the like-clause opens a clause, so
      // "I would like every club to know" and "unlike many firms" stay out
      needs: ['like', 'practice', 'common', 'widespread', 'standard', 'normal', 'usual', 'accepted', 'routine'],
      re: rx(raw`(?<s>(?:^|[,;:] |\b(?:and|but) )like (?:many|most|every|all|other|so many|countless|plenty of|lots of|a lot of) (?:other )?(?:\w+ )?(?:organisations?|organizations?|institutions?|companies|company|clubs?|churches|church|schools?|parish(?:es)?|dioceses?|businesses|business|employers?|firms?|hospitals?|charities|charity|councils?|universities|university|operators?|airlines?|banks?|brands?|providers?|forces|teams?|party|parties|governments?|orchestras?|restaurants?|retailers?|venues?|publishers?|broadcasters?|platforms?|manufacturers?|agencies|agency|departments?)\b[^.!?;,]{0,40}|\b(?:(?:was|were|is|are|been|remains?) (?:also |then |once |still |quite |very |fairly |entirely |perfectly )?(?:standard|common|normal|usual|accepted|widespread|routine|commonplace|typical)(?: practice)?|(?:standard|common|normal|usual|accepted|routine) practice) (?:at the time |then |back then )?(?:across|throughout|within) (?:the|this|our|every|both|all) (?:\w+ ){0,2}?(?:industry|industries|sector|profession|trade|business|field|country|parties|sides|league|game|circuit)\b)`),
    },
    {
      // the writer as the one unlucky enough to be seen: "every novelist borrows; I'm just the one who
      // got caught", "we're just the ones who got named" (read as "I"), "it's only me getting this
      // treatment", "I am far from the only member whose claims...", "hidden-camera moments of this
      // kind are a normal part of the genre"
      needs: ['one', 'ones', 'only', 'part'],
      re: rx(raw`(?<s>\b(?:i'm|im|i am|i was) (?:just|only|simply|merely) the (?:one|ones|person|people|company|business|one person) (?:who|that) (?:got|gets|was|were|is|has been|happened to get|happened to be) (?:caught|named|called out|singled out|picked on|blamed|found out|made an example of|targeted|reported|filmed)\b|\b(?:it's|its|it is) (?:only|just) me (?:getting|being|who (?:gets|is|got|was))\b[^.!?;,]{0,30}|\b(?:i'm|im|i am|i was) far from the only (?:one|member|councillor|councilor|mp|politician|senator|official|company|organisation|organization|business|person|comic|comedian|creator|streamer|writer|author|chef|restaurant)\b[^.!?;,]{0,40}|\b(?:a |an )?(?:normal|standard|common|accepted|routine|familiar) part of (?:the|this|our|any) (?:genre|industry|job|business|trade|game|sector|profession|format|circuit|scene)\b)`),
      // "I was only the one who got blamed because I was the one who did it": the writer owns it
      unless: (norm, _m, span) => /^[^.!?;]{0,12}\b(?:because|since|as) (?:i|it was me)\b/.test(norm.slice(span.end, span.end + 40)),
    },
    {
      // the same thing found everywhere else: "every government in the last thirty years has faced
      // questions like this", "every creator in this space has had a giveaway go sideways", "everyone
      // on this platform says stuff like that", "breaches like this are affecting companies across
      // every industry", "similar arrangements have been in place in other authorities for many
      // years", "colleagues on all sides claimed considerably larger sums"
      needs: ['every', 'everyone', 'everybody', 'most', 'many', 'other', 'all', 'like', 'arrangements', 'practices', 'colleagues', 'others', 'members'],
      re: rx(raw`(?<s>\b(?:every|most|many|all|plenty of|lots of) (?:(?!i\b)\w+ ){1,6}?(?:has|have|had) (?:faced|had|seen|dealt with|experienced) (?:\w+ ){0,3}?(?:like (?:this|that|ours|it|mine)|go (?:sideways|wrong))\b|\b(?:everyone|everybody) (?:\w+ ){0,4}?(?:says|does|do|say) (?:stuff|things|it|that|jokes) like (?:that|this)\b|\b(?:breaches|attacks|incidents|problems|issues|failures|outages|mistakes) like (?:this|ours|these) (?:are|have been|were|keep) (?:affecting|hitting|happening (?:to|at|in|across)) (?:\w+ )?(?:companies|organisations|organizations|businesses|firms|institutions|everyone|every)\b|\b(?:similar |the same |these |such |the )?(?:practices|arrangements)(?: in question)? (?:have been|had been|were|are|has been|was) (?:common|widespread|standard|in place|the norm|routine|normal)\b[^.!?;]{0,40}?\b(?:on both sides|on all sides|across|in other|elsewhere|for (?:decades|years|many years)|throughout)\b|\b(?:colleagues|other members|members|councillors|others|other \w+)\b(?:(?!\bi\b)[^.!?;]){0,40}?\b(?:claimed|took|spent|received|charged) (?:considerably |far |much |significantly |a lot |even )?(?:larger|bigger|higher|greater) (?:sums|amounts|totals)\b)`),
      // "...has faced something like this, and none of them did what I did": others kept from the harm
      unless: (norm) => /\bnone of (?:them|us|those|the others) (?:did|does|do|ever did)\b/.test(norm),
    },
    {
      // worse held up in a public statement's words: "the outcome could have been considerably
      // worse", "it could also have been far worse without...", and others said to do worse:
      // "every comic on the circuit has done worse", "members of the opposition have said far worse"
      needs: ['worse'],
      re: rx(raw`(?<s>\b(?:it|things|that|this|the (?:outcome|result|situation|damage|incident|harm|consequences?)) (?:could|might|would) (?:also |easily |well |certainly )?(?:have|of|'ve|ve) been (?:so |a lot |way |far |much |considerably |significantly |substantially |even |a great deal |very much )*worse\b|\b(?:every|half (?:of )?the|most|other|plenty of|loads of|lots of|members of|guys|comics|comedians|streamers|creators|politicians|colleagues|others)\b(?:(?!\bi\b|\bi've\b|\bive\b)[^.!?;]){0,40}?\b(?:done|said|saying|doing|say|says) (?:way |far |much |a lot |even |considerably )?worse\b)`),
      unless: (norm, _m, span) =>
        /^[\s,]*(?:the|my|your|our|his|her|their|he|she|they|people|everyone) (?:[a-z]+ ){0,2}(?:said|says|told|reckoned|reckons|joked|pointed out)\b/.test(norm.slice(span.end)) ||
        WEIGHS_IT_UP.test(norm.slice(span.end, span.end + 60)),
    },
    {
      // "at least I never laid a hand on you", "at least the kids never saw it", "but at least I sent a card"
      needs: ['at least'],
      re: rx(raw`(?<s>\bat least (?!(?:once|twice|three|four|five|six|seven|eight|nine|ten|\d|one|two|a |an |some|for|until|till|by|as|half|every|each|part|most|let me|i can|i could|i'll|ill|i will|i'm going|i want|i'd like|you (?:know|can|deserve)|now|today|that much|this much|try|give|tell|say|consider|think)\b)(?:i|you|u|we|he|she|they|nobody|no one|noone|nothing|not|i'm|im|i've|ive|it (?:was|wasn't|wasnt|didn't|didnt|never|'s not|isn't)|it's|its|it is|this time|that time|that (?:was|wasn't|wasnt|'s not|isn't)|there (?:was|wasn't|wasnt|were|weren't)|(?:the|my|our|your) (?:kids|children|baby|car|money|house|damage|dog|family|boys|girls|others?|neighbours|neighbors))\b[^.!?;,]{0,50})`),
    },
    {
      // "everyone does it", "loads of people drink and drive round here", "Everybody at that firm fiddled their expenses"
      needs: ['everyone', 'everybody', 'people', 'half', 'all', 'most', 'every', 'we all'],
      re: rx(raw`(?<s>\b(?:everyone|everybody|(?:all|most|every) (?:couples?|marriages?|families|parents|dads|mums|moms|teenagers|students|men|guys|people|husbands|wives|lads|addicts)|loads of people|lots of people|plenty of people|most people|half the (?:street|town|office|world|people|team|country|estate|village|lads)|half (?:of )?my (?:friends|mates|family|colleagues|class|year|team)|most of (?:my|the) (?:friends|mates|guys|lads|girls|colleagues)|all (?:my|the) (?:mates|friends|guys|lads|girls|others|other \w+)|other people|people round here|people around here|all of us|we all)(?: (?:i know|else|at (?:(?:that|the|my|our|your|ur|his|her|their) )?[a-z]+|round here|around here|in (?:that|the|my|our) \w+|on (?:the|my|our|that) \w+|there))? (?:does|do|did|has|have|had|was|were|drinks?|drank|fiddles?|fiddled|cheats?|cheated|lies|lied|gambles?|gambled|steals?|stole|smokes?|smoked|says?|said|makes?|make|made|goes|went|gets?|got|drives?|drove|yells?|yelled|fights?|fight|fought|takes?|took|borrows?|borrowed|uses?|used|messes up|messed up|slips? up|slipped up|screws? up|screwed up|forgets?|forget|forgot|loses?|lost|snaps?|snapped|argues?|argue|argued|rows?|row)\b[^.!?;,]{0,40})`),
      unless: (norm, _m, span) => {
        const s = norm.slice(span.start, span.end);
        // Only when the others' deeds are the same kind of thing: "did it", "the same", the
        // wrongs in the verb list, or "has had a go"; not "everyone at the party saw you".
        if (/\b(?:does|do|did) (?:it|that|the same|this|worse|stuff like that)\b/.test(s)) return false;
        if (/\b(?:has|have|had) (?:had a go|done (?:it|the same|worse|that))\b/.test(s)) return false;
        if (/\b(?:drinks?|drank|fiddles?|fiddled|cheats?|cheated|lies|lied|gambles?|gambled|steals?|stole|messes up|messed up|slips? up|slipped up|screws? up|screwed up|drives?|drove|yells?|yelled|fights?|fought)\b/.test(s)) return false;
        if (/\bmakes? mistakes|made mistakes\b/.test(s)) return false;
        if (/\b(?:worse|borrows?|borrowed)\b/.test(s)) return false;
        if (/\b(?:was|were) (?:doing (?:it|that|the same)|drinking|using|smoking|gambling|cheating|lying|fighting|yelling|at it)\b/.test(s)) return false;
        if (/\b(?:gets?|got) (?:drunk|wasted|high|hammered|carried away|into (?:fights|debt|trouble)|angry|mad)\b|\b(?:says?|said) (?:things|stuff|stupid things|hurtful things|stuff they don't mean)\b|\b(?:forgets?|forgot|loses? (?:it|their temper)|lost (?:it|their temper)|snaps?|snapped|fights?|argues?|argued|rows?)\b/.test(s)) return false;
        return true;
      },
    },
    {
      // "I wasn't the only one", "it's not just me", "you weren't perfect either", "you owe me an apology too"
      needs: ['only one', 'just me', 'only me', 'perfect', 'innocent', 'saint', 'angel', 'blameless', 'clean', 'owe', 'we both'],
      re: rx(raw`(?<s>\b(?:i|i'm|im|i am|i was|i wasn't|i wasnt|i was not|i'm not|im not|i am not) (?:not |definitely not |hardly |certainly not )?the only (?:one|dad|person|man|woman|guy|bloke|lad|girl|parent|husband|wife|son|daughter|kid|student|addict|drinker|mum|mom|father|mother|friend|brother|sister|player|politician|manager|coach|company|business|club|firm|bank|council|school|team|celebrity|comedian|creator|influencer|officer|nurse|driver)\b[^.!?;,]{0,30}|\b(?:it's|its|it is|it was|it wasn't|it isn't|that's|thats) (?:not )?(?:just|only) me\b|\b${THEY} (?:weren't|wasn't|wasnt|werent|were not|was not|aren't|arent|are not|isn't|isnt|is not) (?:exactly |completely |totally )?(?:perfect|innocent|a saint|an angel|blameless|squeaky clean)(?: (?:either|yourself|themselves|herself|himself|back then|then))?\b|\b${THEY} (?:also |too )?owe (?:me|us) (?:an apology|one|a sorry|an explanation)(?: too| as well)?\b|\bwe both (?:said|did|made|were|hurt|messed|screwed|have|had|lied|cheated|behaved|acted|know we)\b[^.!?;,]{0,30})`),
      unless: (norm, _m, span) => /\bwe both know (?:i|that i|it was me|it was my)\b/.test(norm.slice(span.start, span.end + 15)) ||
        // "we both made mistakes" shares the fault out: "it takes two", the taxonomy's blame, and
        // writers label it so (pm-m25, team-o); "we've both done things" stays a comparison
        /^we both made (?:some |a lot of |lots of |so many )?mistakes\b/.test(norm.slice(span.start, span.end)) ||
        onlyOneIndicts(norm, span) ||
        // "I'm not the only one who misses him", "wasn't the only one taking it hard when he died":
        // grief or love shared, not the blame
        /\bthe only (?:one|person)(?: (?:who|that)(?: (?:still|really|ever))?)? (?:miss(?:es|ed)?|lov(?:es|ed)|griev(?:es|ed|ing)|mourn(?:s|ed|ing)|cried|cries|crying|cares?|cared|worr(?:ies|ied|ying)|(?:is |was )?tak(?:ing|es) it hard|took it hard)\b/.test(norm.slice(span.start, span.end + 40)),
    },
    {
      // whataboutism after an apology: "but you lied to me about your ex", "your mom missed plenty of things too"
      needs: ['lied', 'cheated', 'stole', 'missed', 'hurt me', 'yelled', 'screamed', 'did the same', 'did it too', 'did worse', 'did plenty', 'did things', 'said worse', 'said things', 'said plenty', 'no better', 'just as bad', 'worse', 'mistakes too', 'apologi', 'said sorry'],
      re: rx(raw`(?<s>\b(?:but|and|while|whereas|though|yet) ${THEY}(?:'ve|'d| have| had)? (?:also |too |yourself |themselves )?(?:lied|cheated|stole|missed|hurt me|yelled|screamed|did (?:the same|it too|worse|plenty|things)|said (?:worse|things too|plenty)|were (?:no better|just as bad|worse)|have done worse|made mistakes too|never (?:apologi[sz]ed|said sorry))\b[^.!?;,]{0,40})`),
      // "…and you lied to your teacher for me": covering for the writer, not a counter-charge
      unless: (norm, _m, span) => /\b(?:because|when) (?:i|of me)\b|\b(?:to cover for me|for me|on my behalf)\b/.test(norm.slice(span.start, span.end + 20)) || lossOfTheirs(norm.slice(span.start, span.end)),
    },
    {
      needs: ['too', 'as well', 'either', 'also'],
      re: rx(raw`(?<s>\b${THEY}(?:(?: have|'ve| ve| had|'d)(?: also)?)? (?:lied|cheated|stole|stolen|missed|did (?:it|that|the same|wrong|things)|done (?:it|that|the same|wrong|things)|said (?:things|worse|some)|hurt me|yelled|screamed|made mistakes|messed up|screwed up|kept (?:things|stuff|secrets|so much|a lot) from me|hid (?:things|stuff|money|secrets)|hidden (?:things|stuff|money|secrets)|went behind my back|gone behind my back)\b[^.!?;,]{0,40}?\b(?:too|as well|either)\b)`),
      // "you lied for me too" (covering for the writer) is not a counter-charge; "you lied to me too" is.
      // "You missed your formal because I was too sick to drive": the writer caused it, and that
      // "too" is one of degree, not "as well".
      // "…had to take me home before your first dance, so she missed it too": a loss the writer caused.
      unless: (norm, _m, span) => /\b(?:for|with|beside|alongside|about) me too\b/.test(norm.slice(span.start, span.end)) ||
        /\b(?:because|when|since|cos) (?:i|i'd|i was|of me|of my)\b/.test(norm.slice(span.start, span.end)) ||
        (/\bmissed\b/.test(norm.slice(span.start, span.end)) && /\b(?:so|and so|which meant|meaning)\s+$/.test(norm.slice(Math.max(0, span.start - 16), span.start))),
    },
    {
      // "it could have been (so much) worse", "Compared to what my father did", "which is more than my own father ever did"
      needs: ['couldve', "could've", 'same', 'also', 'too', 'as well', 'yourself', 'themselves', 'equally', 'because', 'angel', 'saint', 'innocent', 'perfect', 'than', 'worse', 'compared', 'comparison', 'next to', 'more than', 'better than', 'not like', 'not as if', 'not as though', 'decent', 'good', 'great', ' ok', 'okay', 'bad', 'should see', 'should hear', 'should meet', 'ought to'],
      // "It could have been worse, the nurse said": someone else's words, reported.
      // "It could have been much worse, and that is exactly why what I did is so serious": the
      // comparison weighs the act up, not down.
      unless: (norm, _m, span) =>
        /^[\s,]*(?:the|my|your|our|his|her|their|he|she|they|people|everyone) (?:[a-z]+ ){0,2}(?:said|says|told|reckoned|reckons|joked|pointed out)\b/.test(norm.slice(span.end)) ||
        WEIGHS_IT_UP.test(norm.slice(span.end, span.end + 60)) || BESIDE_THE_HARM_DONE.test(norm.slice(span.start, span.end)) ||
        // "I smashed my racquet into the ground next to her chair": a place, not a yardstick
        /^next to (?:my|your|ur|his|her|their|the) (?:chair|door|table|bed|car|window|wall|desk|seat|bench|sofa|couch|cot|crib|pram|head|face|feet|foot|ear|house|gate)\b/.test(norm.slice(span.start, span.end)),
      re: rx(raw`(?<s>\b(?:it|things|that|this) (?:could|might|would) (?:have|of|'ve|ve) been (?:so |a lot |way |far |much |a whole lot )*worse\b|\bcould (?:have|of|'ve) been worse\b|\bcould(?:'ve|ve) been (?:a lot |so much |way |far |much )?worse\b|\b(?:compared (?:to|with)|in comparison (?:to|with)|next to) (?:what|how|my|your|his|her|their|some|most|other|others|the way|the stuff|the things|those|all the|everything|anything|some of)\b[^.!?;,]{0,40}|\b(?:which|that) is (?:more|better) than (?:my|your|his|her|their|most|a lot of|some|what)\b[^.!?;,]{0,30}|\b(?:it's|its|it is|it was|it wasn't) not (?:like|as if|as though) i (?:killed|murdered|hit|beat|robbed|cheated|stole|hurt)\b[^.!?;,]{0,20}|\bworse things (?:have happened|happen)\b|\b${THEY} (?:were|was) (?!hurting|suffering|struggling|grieving|worrying|scared|crying|coping)(?:drinking|using|doing it|doing the same|shouting|yelling|lying|cheating|gambling|smoking|flirting|\w+ing)\b[^.!?;,]{0,20}?\b(?:too|as well)\b|\b(?:most|any|other|plenty of|lots of|loads of|a lot of) (?:people|dads|fathers|mums|moms|mothers|men|women|guys|parents|husbands|wives|friends|lads|addicts|drinkers|others|person|dad|man)? ?(?:would have|would've|wouldve|would|do|did) (?:done )?(?:the same|it too|worse|exactly the same)\b|\b${THEY} (?:also|too|as well|yourself|themselves|equally) (?:behaved|acted|did (?:wrong|things|the same)|said (?:things|some)|lied|cheated|hurt me|played (?:a|your) part|made mistakes|messed up|screwed up)\b|\bbecause (?:everyone|everybody|all my (?:mates|friends)|the others|my (?:mates|friends)|they all|we all)(?: else)? (?:was|were|did|does|do|had|has)\b|\b(?:you're|youre|you are|ur|u r|you were|she's|he's|she was|he was) (?:no|not an?|hardly an?) (?:angel|saint|innocent|perfect)\b[^.!?;,]{0,12}|\b(?:drink|drinks|drank|spend|spends|spent|gamble|gambles|gambled|use|uses|smoke|smokes|bet|bets)(?: (?:way|far|much|a lot|loads))? (?:more|worse) than (?:me|i do|i did|i ever)\b|\b(?:others|other people|plenty of people|lots of people|loads of people|people|other (?:dads|mums|moms|husbands|wives|guys|men|women|parents|addicts|drinkers)) (?:have done|do|did|have been|are|were) (?:far |much |way |a lot |so much )?worse\b|\b(?:not|isn't|isnt|wasn't|wasnt) (?:as|so|nearly as|half as) bad as (?:what|how|some|other|my|your|his|her|their|the)\b[^.!?;,]{0,30}|\b(?:i was|i'm|im|i am) (?:a )?(?:pretty|fairly|reasonably|still a|not a bad|not that bad|relatively) (?:decent|good|great|ok|okay|bad) (?:dad|father|mum|mom|mother|husband|wife|partner|friend|son|daughter|brother|sister|person)\b|\b(?:you|u) (?:should|ought to) (?:see|hear|meet) (?:what|how) (?:other|some)\b)`),
    },
    {
      // "what about all the times you lied to me?", "how about when she missed my birthday?"
      needs: ['what about', 'how about'],
      re: rx(raw`(?<s>\b(?:what|how) about (?:(?:all )?(?:the times?|that time|those times) ${THEY}|when ${THEY} ?(?:\w+ed|were|was|did|didn't|didnt|said|told|left|forgot|went|took|made|got|had|'d|kept|hid|never)\b)[^.!?;,]{0,40})`),
      unless: (norm, _m, span) => /\b(?:helped|supported|forgave|stood by|were there|took care|looked after|picked me up|covered for me|want|wanted|would like)\b/.test(norm.slice(span.start, span.end)),
    },
    {
      // a worse deed named to shrink this one: "it's not like it was an affair or anything", "not
      // like I robbed a bank", "your brother has done far worse and you forgave him"
      needs: ['like', 'as if', 'as though', 'worse'],
      re: rx(raw`(?<s>\bnot (?:like|as if|as though) (?:it was |it's |its |i (?:had|was having|committed|did|robbed|killed|murdered) )?(?:an? )?(?:affair|crime|murder|robbery|felony|bank job|heist|bank|real crime|proper crime|serious crime)\b[^.!?;,]{0,20}|\b(?:(?:your|my|his|her|their) (?:brother|sister|dad|father|mum|mom|mother|husband|wife|ex|partner|friend|mate|son|daughter|cousin|uncle|aunt|boss)|${THEY}) (?:has|have|'s|'ve|had|'d) done (?:far |much |way |a lot |so much |even )?worse\b[^.!?;,]{0,30})`),
    },
    {
      // "you're one to talk", "look who's talking", "it's not like you've never done it", "I'm no worse than him"
      needs: ['one to talk', "who's talking", 'whos talking', 'kettle', 'not like', 'no worse'],
      re: rx(raw`(?<s>\b(?:you're|youre|you are|ur|she's|he's|they're) (?:a fine |the last )?(?:one|person) to talk\b|\blook who's talking\b|\blook whos talking\b|\bpot calling the kettle\b|\bnot like (?:you|u|he|she|they)(?:'ve| have| had|'d)? never (?:done|did|drank|lied|cheated|missed|slipped|messed|screwed|said|had)\b[^.!?;,]{0,20}|\b(?:i'm|im|i am|i was|it's|its|it is|it was|that's|thats) no worse than\b[^.!?;,]{0,30})`),
    },
    {
      // worse things held up beside it: "things could be worse", "your dad was way worse", "I know
      // people who've done far worse", "there are worse husbands out there", "you're just as bad"
      needs: ['worse', 'bad', 'first', 'better', 'neither'],
      re: rx(raw`(?<s>\b(?:it|things|that|this) could (?:always )?be (?:a lot |so much |way |far |much )?worse\b|\b(?:it|things|that|this|the night|the whole thing) could (?:have|'ve|of) (?:gone|ended|turned out|ended up) (?:a lot |so much |way |far |much |even )?worse\b|\bneither of us (?:was|were|is|are) (?:exactly )?(?:perfect|innocent|blameless|saints|angels|a saint|an angel)\b|\bi could (?:have|'ve|of) (?:done|been) (?:a lot |so much |way |far |much )?worse\b|\b(?:${THEY}|(?:your|my|his|her|their) (?:dad|father|mum|mom|mother|brother|sister|ex|husband|wife|friends?|mates?|boss|family|parents)|people|others|other people|(?:lots|plenty|loads|most) of (?:people|guys|men|women|dads|mums|moms|parents|husbands|wives|lads)|guys|men|women|most (?:dads|mums|moms|parents|husbands|wives|guys|men|women|people)) (?:was|were|is|are|has been|have been|'s been|'ve been) (?:way |much |far |a lot |so much |even |loads |miles )?worse\b(?! off)|\b(?:${THEY}|(?:your|my|his|her|their) (?:dad|father|mum|mom|mother|brother|sister|ex|husband|wife|friends?|mates?|boss|family|parents)|people|others|other people|(?:lots|plenty|loads|most) of (?:people|guys|men|women|dads|mums|moms|parents|husbands|wives|lads)|some people|guys|men|women)(?: (?:do|does|did|would have done|would've done|would do|have done|has done|had done|get away with|got away with|have gotten away with)|'ve done|'s done|'d done) (?:much |way |far |a lot |so much |even |loads )?worse\b|\bthere (?:are|were|is) (?:far |much |way |a lot |plenty of |loads of )?worse (?:\w+ )?(?:out there|than me|around|things)\b|\b(?:i know|i've seen|ive seen|i've known|there are|there's|theres|there is) (?:people|guys|men|women|dads|plenty|loads|lots|others) (?:who|that)(?:'ve| have| did| do|'d)? (?:done )?(?:far |much |way |a lot )?worse\b|\b(?:you're|youre|you are|ur|you were|u were|she's|he's|she was|he was|they're|they were) (?:just |every bit |equally |no less )?as bad(?: as (?:me|i (?:am|was)))?\b|\b${THEY} (?:cheated|lied|hit me|did it|went behind my back|broke (?:it|the \w+)|walked out) first\b|\b(?:a )?better (?:dad|father|mum|mom|mother|husband|wife|partner|friend|son|daughter|brother|sister|person|parent|man|woman|boyfriend|girlfriend) than (?:mine|my|his|her|your|ur|their|most|many|a lot of|some|he|she|they|you) ?(?:\w+ )?(?:was|were|ever|is|are|did|had)?\b)`),
      // "it got worse", "you were worse off because of me", reported words
      unless: (norm, _m, span) => /^[\s,]*(?:the|my|your|our|his|her|their|he|she|they|people|everyone) (?:[a-z]+ ){0,2}(?:said|says|told|reckoned|reckons|joked|pointed out)\b/.test(norm.slice(span.end)) || /^\s*(?:off|for it|because of me)\b/.test(norm.slice(span.end)),
    },
    {
      // the same deed laid at their door, or the writer as one of many: "you do it too", "you did the
      // same thing last year", "I'm not the first person to do this", "it's what everyone does",
      // "you're hardly perfect yourself", "I'm no different from anyone else"
      needs: ['same', 'too', 'well', 'yourself', 'yourselves', 'themselves', 'time', 'first', 'everyone', 'everybody', 'people', 'lads', 'guys', 'students', 'men', 'women', 'dads', 'all', 'perfect', 'blameless', 'innocent', 'saint', 'angel', 'clean', 'better', 'different', 'worse'],
      re: rx(raw`(?<s>\b${THEY}(?: (?:do|does|did|have done|has done|had done)|'ve done|'d done) (?:it|that|this) (?:too|as well|all the time|yourself|yourselves|themselves)\b|\b${THEY}(?: (?:do|does|did|have done|has done|had done|were doing|was doing)|'ve done|'d done) (?:the (?:exact |very )?same(?: thing)?|exactly the same(?: thing)?)\b(?! (?:for|with) (?:me|my|us|him|her))|\b(?:i'm|im|i am|i was|i wasn't|i'm not|im not|i am not) (?:hardly |certainly |definitely )?(?:not )?the first (?:person|one|man|woman|dad|husband|wife|guy|parent|son|daughter|addict|alcoholic) (?:to|who|that|in)\b[^.!?;,]{0,25}|\b(?:it's|its|it is|that's|thats|that is|it was|that was) (?:just |only )?what (?:everyone|everybody|people|we all|all of us|all the \w+|lads|guys|students|men|women|dads) (?:does|do|did|were doing|was doing)\b|\b(?:you're|youre|you are|ur|u r|you were|she's|he's|they're|you) (?:not|hardly|far from|no) (?:exactly )?(?:perfect|blameless|innocent|a saint|an angel|squeaky clean|better)\b(?: (?:either|yourself|yourselves|themselves|herself|himself|here|in this|than me))?|\b(?:i'm|im|i am|i was) (?:no|not any) (?:different|worse) (?:from|than|to) (?:anyone|everyone|anybody|most|other|the rest|my)\b[^.!?;,]{0,20})`),
      // "you're no better off", "you're not perfect, nobody is, and you didn't deserve this"
      unless: (norm, _m, span) => /^\s*(?:off|for it|because of me)\b/.test(norm.slice(span.end)) || /\b(?:deserve|deserved)\b/.test(norm.slice(span.end, span.end + 40)),
    },
    {
      // the wrong made common: "nobody's perfect", "it happens to the best of us", "could be worse",
      // "you have your faults too", "not as bad as it could have been"
      needs: ['perfect', 'happens', 'happen', 'could', 'faults', 'flaws', 'problems', 'issues', 'moments', 'demons', 'skeletons', 'bad'],
      re: rx(raw`(?<s>\b(?:nobody's|nobodys|nobody is|no one's|no one is|noone is|noones|no-one's|none of us (?:is|are)) perfect\b|\b(?:it|this|that|stuff like that|these things) (?:happens|happen|can happen|could happen) to (?:everyone|everybody|the best of us|all of us|anyone|anybody)\b|\b(?:^|[,.;!?]\s*|\bwell,? )could (?:always )?be (?:a lot |way |much |far )?worse\b|\b${THEY} ?(?:have|had|'ve got|have got|'ve|'d) (?:your|their|his|her) (?:own )?(?:faults|flaws|problems|issues|moments|demons|skeletons) (?:too|as well|either)\b|(?:\bnot |n't )(?:as|so|nearly as|half as) bad as (?:it|things) (?:could|might) (?:have|'ve|of) been\b)`),
      // "nobody's perfect, but that doesn't excuse what I did"
      unless: (norm, _m, span) => /^[\s,;-]*(?:but|and) (?:that|it|this) (?:doesn't|does not|is no|isn't|is not|'s no|s no|doesnt)\b/.test(norm.slice(span.end)),
    },
    {
      // the turn to their record: "what about your drinking?", "you did your share of damage too",
      // "it's not like you're perfect", "as if you never lied", "look at what you did", "I'm not
      // the worst", "you drink just as much", "you're hardly one to judge"
      needs: ['about', 'share', 'part', 'bit', 'perfect', 'innocent', 'saint', 'angel', 'blameless', 'clean', 'never', 'look', 'worst', 'much', 'room', 'talk', 'judge', 'lecture', 'preach', 'glass', 'worse'],
      re: rx(raw`(?<s>\b(?:what|how) about (?:your|ur|his|her|their) (?:drinking|lying|lies|cheating|temper|behaviou?r|affair|spending|gambling|mistakes|part|share|attitude|mother|mum|mom|family|friends)\b[^.!?;,]{0,20}|\b(?:what|how) about the (?:\w+ )?(?:money|things|stuff|lies|times|time) (?:you|u|he|she|they)\b[^.!?;,]{0,25}|\b${THEY} ?(?:did|do|have done|'ve done|caused|played) (?:your|their|his|her) (?:fair )?(?:share|part|bit)(?: of (?:the )?(?:damage|hurting|lying|shouting|yelling|drinking|that|it))?\b|\bnot (?:like|as if|as though) (?:you're|youre|you are|you were|ur|he's|she's|they're|he was|she was|they were) (?:so |exactly |completely )?(?:perfect|innocent|a saint|an angel|blameless|squeaky clean)\b|\b(?:as if|like) (?:you|u|he|she|they)(?:'ve| have| had|'d)? never (?:done|did|made|said|lied|cheated|hurt|drank|messed|screwed|slipped)\b[^.!?;,]{0,20}|\blook at (?:what|how) (?:you|u|he|she|they|your \w+) (?:did|do|does|have done|'ve done|treated|behaved|acted)\b[^.!?;,]{0,20}|\blook at yourself\b|\b(?:(?:i'm|im|i am|i was) (?:not|hardly|far from|by no means)|i wasn't|i wasnt|i'm hardly) the worst\b(?! (?:thing|part|day|night|of it|mistake))|\b${THEY} (?:drink|drank|drinks|spend|spent|spends|gamble|gambled|smoke|smoked|lie|lied|yell|yelled|shout|shouted) (?:just |every bit )?as much(?: as (?:me|i do|i did))?\b|\b(?:no|little|not much) room to (?:talk|judge|lecture)\b|\b(?:hardly|not|the last) (?:one|the one|the person|person) to (?:talk|judge|lecture|preach)\b|\bglass houses\b|\bworse (?:things )?(?:has|have) happened\b)`),
      unless: (norm, _m, span) => /\b(?:helped|supported|forgave|stood by|were there|took care|looked after|want|wanted|would like)\b/.test(norm.slice(span.start, span.end)),
    },
    {
      // the same fault found in them: "I lied, but so did you", "so did half the guests", "i was late
      // but ur always late", "my brother stole way more than I ever did"
      needs: ['but', 'well', 'though', 'too', 'always', 'constantly', 'never', 'forever', 'more'],
      re: rx(raw`(?<s>\b(?:but|well|though) so (?:did|do|does|have|has|had) (?:you|u|he|she|they|half (?:the|my|of) \w+|everyone|everybody|all of (?:them|you|us)|your \w+|my \w+|loads of \w+|lots of \w+|most of \w+)\b|\b(?:you|u|he|she|they|your \w+) (?:did|do|does) (?:it |that )?(?:too|as well)\b(?! (?:for|with) (?:me|us))|\bbut ${YOURE} (?:always|constantly|never|forever) (?:late|drunk|lying|on (?:your|ur) phone|out|away|working|busy|shouting|yelling|spending|forgetting|missing|home late|cancelling|canceling)\b[^.!?;,]{0,20}|\b(?:${THEY}|(?:my|your|his|her) (?:brother|sister|dad|father|mum|mom|mother|ex-wife|ex-husband|ex-partner|ex|friends?|mates?|husband|wife)) (?:stole|took|spent|drank|lied|gambled|owed|owes|borrowed|wasted|blew) (?:way |far |much |a lot |loads |even )?more\b[^.!?;,]{0,30}?\bthan (?:i|me)\b[^.!?;,]{0,12})`),
    },
    {
      // "could've gone far worse", "cud of been alot worse": the spellings the older pattern misses
      needs: ['could', 'cud', 'coulda', 'couldve', "could've"],
      re: rx(raw`(?<s>\b(?:could|cud)(?:'ve|ve| have| of|a) (?:been|gone|ended|turned out|ended up) (?:a lot |alot |so much |way |far |much |even |loads )?worse\b|\bcoulda (?:been|gone) (?:a lot |alot |so much |way |far |much )?worse\b)`),
      unless: (norm, _m, span) =>
        /\b(?:you|u|he|she|they|the kids|we)\s+$/.test(norm.slice(Math.max(0, span.start - 12), span.start)) ||
        /^\s*(?:off|for (?:you|u|him|her|them))\b/.test(norm.slice(span.end)) ||
        /^[\s,]*(?:the|my|your|our|his|her|their|he|she|they|people|everyone) (?:[a-z]+ ){0,2}(?:said|says|told|reckoned|reckons)\b/.test(norm.slice(span.end)) ||
        /\b(?:said|says|told me|reckons|reckoned)\s+(?:that\s+)?(?:it|things)?\s*$/.test(norm.slice(Math.max(0, span.start - 25), span.start)) ||
        WEIGHS_IT_UP.test(norm.slice(span.end, span.end + 60)),
    },
    {
      // their deed set beside this one: "what you did was worse", "your sister has said far worse to
      // me", "you've always had a temper too", "you've hidden a few things of your own", "you read
      // my messages first", "you'd have done the same"
      needs: ['what', 'said', 'done', 'did', 'had', 'got', 'have', 'hidden', 'hid', 'made', 'told', 'kept', 'spent', 'broken', 'snooped', 'went', 'read', 'looked', 'checked', 'started', 'd ', "'d", 'would'],
      re: rx(raw`(?<s>\bwhat (?:you|u|he|she|they|${THEY}) (?:did|said|do|does) (?:was|is|were) (?:just as bad|no better|(?:far |much |way |a lot |even )?worse)\b|\b${THEY}(?:'ve| have|ve| has|'s)? (?:said|done|did) (?:some )?(?:pretty |really |just as |far |way |much |even |a lot )?(?:awful|nasty|horrible|terrible|cruel|mean|hurtful|worse)(?: things| stuff)? (?:yourself|yourselves|himself|herself|themselves|to me|too|as well)\b|\b${THEY}(?:'ve| have|ve| has|'s)? (?:always )?(?:had|got|have) (?:a|your|ur|his|her|their) (?:own )?(?:short fuse|temper|bad temper|nasty streak|moments) (?:too|as well|yourself)\b|\b${THEY}(?:'ve| have|ve|'d| had)? (?:hidden|hid|made|told|spent|broken|kept) (?:a few|some|plenty of|loads of|a couple of|a fair few) [a-z]+ (?:of (?:your|ur|his|her|their) own)\b|\b(?:you|u|he|she|they) (?:went through|read|looked (?:at|through)|checked|snooped (?:on|through)) (?:my|me)\b[^.!?;,]{0,20}? first\b|\b(?:you|u|he|she|they)(?:'d| would|d)(?: have|'ve|ve| of)? (?:done|do) (?:exactly )?the (?:exact |very )?same(?! (?:for|with|to) (?:me|us|anyone|anybody|him|her))\b)`),
    },
    {
      // the turn back to them in the same breath: "before you judge me, think about ...", "I'm still
      // waiting for your apology", "I'll apologise when you do", "but remember you missed my birthday",
      // "but he didn't come at all", "it's not like your family is any quieter"
      needs: ['before', 'waiting', 'apologi', 'remember', 'either', 'at all', 'any', 'like', 'as if'],
      re: rx(raw`(?<s>\bbefore (?:you|u) (?:go |start )?(?:judg(?:e|ing)|point(?:ing)? (?:the )?fingers?|lectur(?:e|ing)|throw(?:ing)? stones|get(?:ting)? on (?:your|ur) high horse|start(?:ing)? on me)\b[^.!?;]{0,30}|\b(?:still )?waiting (?:on|for) (?:your|ur|his|her|their) (?:own )?apology\b|\bi(?:'ll| will|ll) apologi[sz]e (?:when|once|after) (?:you|u|he|she|they)\b[^.!?;,]{0,30}|\bbut (?:just )?remember (?:that )?(?:you|u|who|when (?:you|u)|how (?:you|u))\b[^.!?;,]{0,30}|\bnot (?:like|as if|as though) (?:you|u|he|she|they|(?:your|ur|his|her|their)(?: [a-z]+){1,4})(?:'re| are| is| was| were|s)? any (?:better|quieter|different|calmer|nicer|more honest|less)\b)`),
    },
    {
      // the writer as one of a crowd: "like everyone does", "every couple fights like that", "loads
      // of dads miss sports day", "nobody in that office was clean", "I just happened to get caught",
      // "half the lads round here do it every weekend", "most gamblers would've lost the house"
      needs: ['like', 'every', 'loads', 'lots', 'plenty', 'most', 'half', 'nobody', 'no one', 'noone', 'none', 'everyone', 'everybody', 'caught', 'other'],
      re: rx(raw`(?<s>(?<=[a-z,] )like (?:everyone|everybody|all of us|we all|most people|the rest of (?:us|them)|everyone else|any (?:other )?(?:guy|lad|man|woman|dad|mum|mom|parent|teenager|student)) (?:does|do|did|has|have|would)\b|\bevery (?:couple|student|dad|mum|mom|parent|kid|teenager|husband|wife|guy|lad|man|woman|family|bloke|gambler|drinker|addict|marriage) (?:fights|argues|lies|fibs|does|did|drinks|cheats|slips|pads|fiddles|misses|forgets|yells|shouts|screws up|messes up|goes through)\b|\b(?:loads|lots|plenty|most|half|heaps) (?:of )?(?:the )?(?:dads|mums|moms|parents|husbands|wives|guys|lads|men|women|people|students|kids|couples|blokes|gamblers|addicts|drinkers|users) (?:(?:in|at|round|around|on|from) [^.!?;,]{0,25}?)?(?:miss|do it|do that|do worse|do far worse|do much worse|did it|drink and drive|drive drunk|fib|lie|cheat|gamble|fight like|forget)\b|\b(?:most|other|plenty of|lots of|loads of) (?:gamblers|addicts|drinkers|alcoholics|people|guys|men|dads|users|husbands)(?: in my (?:shoes|position|state))? (?:would (?:have|'ve)|would've|would of|wouldve) (?:lost|done|spent|taken|drunk|gone|ended)\b[^.!?;,]{0,25}|\b(?:nobody|no one|noone|none of (?:us|them)) (?:at|in|on) (?:that|the|this|our|my) [a-z]+ (?:was|were|is|are) (?:clean|innocent|perfect|honest|sober|straight|blameless)\b|\b(?:everyone|everybody|all of us|half of (?:them|us)) (?:at|in|on) (?:that|the|this|our|my) [a-z]+ (?:was|were) (?:taking|doing it|doing that|drinking|fiddling|skimming|using|nicking|on it)\b[^.!?;,]{0,20}|\bi (?:just |only |simply )?(?:happened to get|was the (?:only )?one (?:who|that)) (?:got )?caught\b|\bnot like (?:i'm|im|i am|i was) (?:unusual|special|different|a one-off|the exception)\b)`),
    },
    {
      // the worse outcome that did not happen, or the worse deed not done: "thank God it was only the
      // shed", "we were lucky, really", "I never stole from you like Dan did", "I pushed the door, I
      // didn't hit you, did I?", "my drinking never got as bad as my dad's", "I wasn't half as bad as him"
      needs: ['thank', 'lucky', 'never', 'didn', 'did not', 'wasn', 'was not', 'as bad', 'like'],
      re: rx(raw`(?<s>\bthank (?:god|goodness|heavens|christ|fuck) (?:it was|it's|its|that it was|it wasn't|it wasnt|nobody|no one|only)\b[^.!?;,]{0,30}|\bwe (?:were|got) (?:lucky|off lightly)(?=\s*(?:[,.;!]|$|really|tbh|though|honestly))|\bi (?:never|didn't|didnt|did not) (?:[a-z]+ ){1,4}like (?:[a-z]+|my \w+|your \w+) (?:did|does|do|has|used to)\b|\b(?:it wasn't|it wasnt|it isn't|it's not|its not|it was not) like i (?:punched|hit|beat|slapped|stabbed|robbed|cheated|broke)\b[^.!?;,]{0,20}|,\s*i (?:didn't|didnt|did not|never) (?:hit|touch|punch|slap) (?:you|u|her|him|them|anyone)(?:,? did i| though| at least| or anything)?(?=\s*[.!?]*\s*$)|\b(?:never got|wasn't|wasnt|was not|wasn't even|isn't|isnt|never was|was never|is never|not) (?:half |nearly |anywhere near |even )?as bad as (?:my|your|ur|his|her|their) (?:old )?[a-z]+(?:'s)?(?=\s*(?:[.,;!?]|$|was\b|were\b|did\b|got\b|used to\b)))`),
    },
    {
      // measured against a lower bar: "by that crowd's standards", "for someone in active addiction I
      // held it together pretty well", "my intentions were better than most", "alongside what he did",
      // "we've both done things we regret", "it wasn't a one-way street"
      needs: ['standards', 'for someone', 'for a', 'better than', 'alongside', 'beside', 'both', 'one-way', 'one way', 'takes two', 'neither', 'glory'],
      re: rx(raw`(?<s>\bby (?:the )?standards of\b[^.!?;,]{0,25}|\bby (?:their|his|her|your|ur|most people's|that crowd's|the crowd's|those|today's|my dad's|my father's) standards\b|\bfor (?:someone|somebody|a (?:guy|man|woman|bloke|lad|dad|mum|mom|person)) (?:in|with|who)\b[^.!?;]{0,40}\b(?:pretty well|quite well|not bad|not too bad|did ok|did okay|did alright|held (?:it|things|myself) together)\b|\b(?:were|was|are|is) (?:a lot |far |much |way )?better than (?:most|most people's|the rest|others|everyone else's|anyone else's)\b|\b(?:alongside|beside) what\b[^.!?;,]{0,40}|\bwe(?:'ve| have|ve)? both (?:done|said|made) (?:things|stuff|some things|some stuff)\b|\b(?:wasn't|wasnt|isn't|isnt|was not|is not|not) a one[- ]way street\b|\bneither of us (?:covered (?:ourselves|themselves) in glory|came out of (?:it|this|that) well|behaved well|handled it well|acted well)\b)`),
    },
    {
      // more of the same turn, in chat spellings and with names: "atleast i paid the rent", "least i
      // didn't sell it", "ur sister has done way worse", "but so did ur uncle", "everybody pads their
      // invoices", "I've seen people do far worse", "there's people out there doing actual crimes",
      // "far stricter with me than I ever was with you", "not like I cheated for years", "I wasn't
      // half as bad as Declan"
      needs: ['atleast', 'least', 'done', "'s done", 'so', 'everyone', 'everybody', 'all', 'we all', 'seen', 'there', 'theres', "there's", 'than', 'not like', 'half'],
      re: rx(raw`(?<s>\batleast (?:i|we|you|u|nobody|no one|it|the kids)\b[^.!?;,]{0,30}|(?:^|[,;]\s*|\bbut )least (?:i|we) (?:didn't|didnt|never|always|still|wasn't|wasnt)\b[^.!?;,]{0,25}|\b(?:ur|yr|your|his|her) (?:sister|brother|mum|mom|mam|dad|father|mother|ex|uncle|aunt|cousin|family|mates|friends|husband|wife) (?:has|'s|s|had|have|'ve) done (?:far |much |way |a lot |even )?worse\b[^.!?;,]{0,20}|\b(?:but|well|though) so (?:did|do|does|has|had) (?:ur|yr|his|her|their) [a-z]+\b|\b(?:everyone|everybody|all of us|we all) (?:pads?|fiddles?|fudges?|bends?|skims?|inflates?|rounds? up|massages?|cooks?) (?:their|the|our|his|her)\b[^.!?;,]{0,25}|\b(?:i've|ive|i have) seen (?:people|guys|others|men|women|folk|plenty|loads|lads|blokes) (?:do|doing|done) (?:a lot |far |way |much |so much |loads )?worse\b|\b(?:there are|there's|theres|there is|there were) (?:people|guys|men|women|others|folk|blokes|lads) (?:in|at|from|on|out) (?:there|my \w+|the \w+|our \w+)\b[^.!?;,]{0,10}?\b(?:who|that|doing)(?:'ve| have| did| do|'d)? (?:done )?(?:far |much |way |a lot |actual |real )?(?:worse|crimes?|real damage)\b[^.!?;,]{0,15}|\b(?:far|way|much|a lot|even) [a-z]+er (?:with|to|on) (?:me|us) than i (?:ever )?(?:was|were|am)\b[^.!?;,]{0,15}|\bnot (?:like|as if) i (?:cheated|lied|stole|hit (?:you|u|her|him)|did it|gambled|drank|used) (?:for (?:years|months)|every (?:day|night|week)|all the time|on purpose)\b|\b(?:wasn't|wasnt|was not|not|isn't|isnt|never) (?:even )?half as bad as (?!(?:it|that|this|i|you|u|we|they|before|usual|last|expected|feared|thought|the|what|a|an|people|everyone)\b)[a-z]+\b)`),
    },
    {
      // the wrong made common and human: "you're no angel", "we're all human", "we all make mistakes",
      // "other families go through far worse"
      needs: ['no', 'human', 'we all', 'other', 'some', 'lots', 'many'],
      re: rx(raw`(?<s>\b(?:you're|youre|you are|ur|u r|you were|she's|he's|they're|she was|he was) no (?:angel|saint|innocent)\b|\bwe(?:'re| are|re) all (?:only )?human\b|\bwe all (?:make|made) mistakes\b|\b(?:other|some|lots of|many|plenty of) (?:families|people|kids|couples|parents|wives|husbands) (?:go|have gone|went|are going|have been) through (?:far |much |way |a lot )?worse\b)`),
      // "we're all human, and I still should have known better": kept; "you're no angel to me, you're family" is rare
      unless: (norm, _m, span) => /^\s*(?:but|and) (?:that|it|this) (?:doesn't|does not|is no|isn't|is not|'s no|s no|doesnt)\b/.test(norm.slice(span.end).replace(/^[\s,;-]+/, ' ')),
    },
    {
      // the writer as the bigger loser: "I'm the one who suffered most", "nobody has paid more for my
      // gambling than me", "I've lost far more than you", "it wrecked me worse than it did you"
      needs: ['one', 'nobody', 'no one', 'noone', 'suffered', 'lost', 'paid', 'messed', 'screwed', 'wrecked', 'affected', 'hurt'],
      re: rx(raw`(?<s>\b(?:i'm|im|i am|i was|i've been|ive been) (?:really |honestly |actually )?the one (?:who|that|who's|whos|that's)(?: has| really| actually)? (?:suffered|lost|paid|been hurt|got hurt)(?: the)? most\b|\b(?:no one|nobody|noone|no-one) (?:has |have |'s |s )?(?:paid|suffered|lost|been hurt)(?: a)? (?:higher price|bigger price|more|worse|as much)\b[^.!?;]{0,40}\b(?:than|as) (?:me|i|myself|i have)\b|\bi(?:'ve|ve| have)? (?:suffered|lost|paid) (?:way |far |much |a lot |so much )?more than (?:you|u|anyone|anybody|any of you)\b|\b(?:messed|screwed|fucked|wrecked|affected|broke|broken) me (?:up )?(?:way |far |much |a lot |even |so much )?(?:worse|more) than (?:it (?:did|has|ever did) )?(?:you|u|anyone|anybody)\b)`),
    },
    {
      // the wrong called normal for a group: "it's pretty standard for flatmates to borrow things",
      // "half the lads on my team did it too", "plenty of couples keep money secrets", "anyone in my
      // position would have done it", "show me a dad who's never lost his temper"
      needs: ['normal', 'standard', 'common', 'typical', 'usual', 'half', 'plenty', 'anyone', 'anybody', 'any', 'show', 'name', 'find'],
      re: rx(raw`(?<s>\b(?:it's|its|it is|that's|thats|that is) (?:pretty |perfectly |totally |completely |quite |really |just )?(?:normal|standard|common|typical|usual) (?:for|among|with|in) (?:couples|people|men|women|guys|lads|students|kids|teenagers|families|blokes|flatmates|mates|friends|partners|husbands|wives|everyone|most)\b(?! to (?:feel|be (?:angry|upset|hurt|scared|furious)))|\bhalf (?:of )?(?:the|my|our|this|that) (?:students|lads|guys|men|women|couples|husbands|wives|dads|mums|moms|people|blokes|kids|parish|town|office|team|class|company|street|estate|village|family|year)\b[^.!?;]{0,30}\b(?:did|do|does|were|was|bought|drank|drink|drinks|keep|kept|cheat|cheated|lie|lied|at it|the same|too)\b|\bplenty of (?:couples|people|men|women|husbands|wives|dads|mums|moms|guys|lads|blokes|parents|families)\b[^.!?;]{0,25}\b(?:keep|kept|do|did|have|had|drink|drank|gamble|gambled|miss|missed|work|hide|hid|lie|lied|cheat|cheated|forget|forgot)\b|\b(?:anyone|anybody|any (?:man|woman|person|parent|dad|mum|mom|husband|wife|bloke)|most people|most men|most women)(?: else)?(?: in my (?:shoes|position|place|situation))? would(?:'ve| have|ve)? (?:done (?:the same|it|that)|reacted the same|cracked|snapped|lost it|lost their temper|broken|helped (?:himself|herself|themselves)|done exactly what i did)\b|\b(?:show|name|find) me (?:a|one) (?:man|woman|person|guy|husband|wife|dad|mum|mom|parent|bloke|student|lad|couple) (?:who|that)(?:'s| has| hasn't|s| ever| never)?\b)`),
    },
    {
      // others doing it with no fuss made: "bankers do far worse and nobody blinks", "other husbands
      // gamble and no one calls them monsters", "back then nobody thought twice about it", "things were
      // different in those days"
      needs: ['nobody', 'no one', 'noone', 'different', 'people', 'every'],
      re: rx(raw`(?<s>\band (?:nobody|no one|noone|no-one) (?:calls|called|makes(?! me\b)|made(?! me\b)|blinks|blinked|bats an eye(?:lid)?|batted an eye(?:lid)?|thinks twice|thought twice|says a word|said a word|bats an eyelid)\b|\b(?:in those days|back then|at the time|those days|in my day|in them days)\b[^.!?]{0,60}\b(?:nobody|no one|noone) (?:thought twice|batted an eye(?:lid)?|said a word|blinked|cared)\b|\bthings were different (?:in those days|back then|then|in my day|in them days)\b|\bpeople (?:say|do|did|have done|'ve done|ve done|get up to) (?:way |far |much |a lot |even )?worse (?:every day|all the time|to their|than that|than me|and)\b|\bevery (?:man|woman|guy|bloke|lad|dad|father|uncle|one|body) (?:in|at|on|from) (?:my|our|the|this|that) \w+ (?:drank|drinks|gambled|gambles|hit|hits|cheated|cheats|lied|lies|smoked|used|fought|fights|did it|does it|did the same|was the same|is the same|was like that|is like that)\b)`),
      // "Things were different back then, and that's no excuse"
      unless: (norm, _m, span) => /^[^.!?]{0,40}\b(?:no excuse|doesn't excuse|does not excuse|not an excuse|isn't an excuse)\b/.test(norm.slice(span.end)),
    },
    {
      // their norms invoked: "where I grew up, that's just how lads talk", "where I'm from everyone
      // drinks like that"
      needs: ['where'],
      re: rx(raw`(?<s>\bwhere i (?:come|'m|m|am|grew up|was raised|was brought up)(?: from)?,? (?:that's|thats|that is|it's|its|it is|this is) (?:just |only |simply )?(?:how|what|normal|the norm|standard)\b|\bwhere i (?:come|'m|m|am|grew up|was raised|was brought up)(?: from)?,? (?:everyone|everybody|all the (?:men|lads|guys|women)|nobody|no one) [a-z]+)`),
    },
    {
      // measured against a lower mark: "no ruder than your sister", "nowhere near as bad as yours",
      // "more than my dad ever managed", "by most standards it was mild"
      needs: ['no', 'nowhere', 'more', 'standards'],
      re: rx(raw`(?<s>\bno (?:worse|ruder|louder|meaner|drunker|harsher|nastier|angrier|rougher|wilder|crueller|crueler|sharper|later|lazier) than\b[^.!?;,]{0,30}|\bnowhere near as (?:bad|serious|harsh|awful|terrible|rude|nasty|much) as (?:yours|his|hers|theirs|your|ur|his|her|their|my (?:dad|father|mum|mom|brother|sister|ex)|(?:what )?(?:he|she|they|you|u) (?:did|does|do|said))\b[^.!?;,]{0,20}|\bmore than (?:my|your|ur|his|her|their) (?:own )?(?:dad|father|mum|mom|mam|mother|brother|sister|ex|husband|wife|old man|uncle|family|parents) (?:ever )?(?:did|does|managed|could|has|had|was|bothered)\b|\bby (?:most|many|normal|ordinary|local|most people's|aussie|australian|irish|scottish|british|english|american|kiwi|student|uni|city|london) standards\b)`),
      // "by normal standards what I did was cruel": measured to own it, not to shrink it
      unless: (norm, _m, span) => /^[^.!?]{0,40}\b(?:wrong|cruel|unforgivable|terrible|awful|abuse|shameful|bad|criminal|theft|a crime)\b/.test(norm.slice(span.end)) && /standards/.test(norm.slice(span.start, span.end)),
    },
    {
      // the counter-claim in the same breath: "I'll say sorry for the post when you say sorry for
      // Christmas", "still waiting on you to apologise", "don't act so innocent", "why am I the
      // villain", "you're a nightmare yourself", "you were the one texting him". Not "don't act
      // shocked" or "you were the one who started it": those blame them, they compare nothing.
      needs: ['when', 'once', 'waiting', 'act', 'acting', 'play', 'playing', 'come', 'coming', 'why', 'yourself', 'one', 'gave', 'give'],
      re: rx(raw`(?<s>\bi(?:'ll| will|ll) (?:apologi[sz]e|say sorry|say i'm sorry)\b[^.!?;]{0,40}\b(?:when|once|after|as soon as) (?:you|u|she|he|they|your \w+|ur \w+) (?:do|does|apologi[sz]es?|say sorry|says sorry|say (?:you're|youre|ur) sorry)\b|\b(?:still )?waiting (?:on|for) (?:you|u|her|him|them) to (?:apologi[sz]e|say sorry|say (?:you're|youre|ur) sorry|own up|admit)\b|\b(?:don't|dont|do not|stop) (?:act(?:ing)?|play(?:ing)?|com(?:e|ing) over) (?:all |so |like )?(?:innocent|holier than thou|whiter than white|a saint|the saint|high and mighty|all high and mighty|the innocent one|squeaky clean)\b|\bwhy (?:am|was|is) (?:i|it me|it only me) (?:the )?(?:villain|bad guy|baddie|bad one|only one|one getting|one being|one who gets)\b|\b(?:you're|youre|ur|you are|you were|u r|u were) (?:a|an|no|such a|just as much of a|just as big a) (?:nightmare|mess|liar|drunk|handful|menace|hypocrite|piece of work|pain|bully|cheat|gambler|terror|horror|wreck|disaster)(?: \w+)? yourself\b|\b(?:ur|you're|youre|you are|u r|you were|u were) the one (?:who|that) (?:cheated first|lied first|was texting|was messaging|was sneaking|kept secrets|did it first|\w+ (?:it|that|them) first)\b|\bgave as good as i got\b)`),
    },
    {
      // the worse outcome that was spared, or the good deed set beside the harm: "a miracle nothing
      // worse happened", "I'm just glad it wasn't the car", "to be fair I did come to your sister's"
      needs: ['miracle', 'glad', 'thank', 'thankfully', 'fair', 'fairness'],
      re: rx(raw`(?<s>\b(?:a miracle|glad|thank god|thankfully|thank goodness)\b[^.!?;]{0,15}\bnothing (?:worse|bad|terrible|serious) (?:happened|came of it)\b|\b(?:i'm |im |i am )?(?:just |so )?(?:glad|thankful|grateful) it (?:wasn't|wasnt|was not|isn't|isnt) (?:your|ur|the|his|her|their) [a-z]+|\b(?:to be fair|in fairness|mind you|in all fairness),? i (?:did|still) (?:make it|come|came|go|went|show up|showed up|turn up|turned up|call|ring|visit|pay|send)\b)`),
    },
    {
      // more of the crowd and the worse case: "ppl do way worse", "other lads nicked far more than I
      // did", "everyone in the building trade fiddles it", "some people lose everything; I only lost
      // the car money", "a saint compared to your ex", "relative to the other drivers", "next to the
      // ones who dealt, I was nothing",
      // "Jo didn't come either", "it could have ended far more badly"
      needs: ['ppl', 'people', 'folk', 'others', 'other', 'everyone', 'everybody', 'some', 'saint', 'angel', 'lightweight', 'tame', 'mild', 'relative', 'next', 'though', 'but', 'could', 'couldve', "could've", 'coulda', 'cud'],
      re: rx(raw`(?<s>\b(?:people|ppl|peeps|folk|others|other (?:blokes|lads|guys|men|women|people|dads|husbands|wives|staff|drivers|workers))\b[^.!?;,]{0,30}\b(?:did|do|does|done|doing) (?:way |far |much |a lot |even )worse\b|\bother (?:blokes|lads|guys|men|women|people|staff|drivers|workers|managers)\b[^.!?;,]{0,30}\b(?:nicked|stole|took|drank|gambled|spent|lost|pocketed) (?:way |far |much |a lot )more\b|\b(?:everyone|everybody) (?:in|at|on|from) (?:the|my|our|that|this) (?:\w+ ){1,2}(?:pads?|fiddles?|fudges?|bends?|skims?|inflates?|cooks?|nicks?|does (?:it|that)|did (?:it|that)|drinks? like that|drank like that|was doing it|were doing it)\b|\bsome (?:people|ppl|folk|blokes|guys|men|women|dads|husbands) (?:lose|lost|do|did|drink|drank|gamble|gambled|spend|spent|blow|blew)\b[^.!?;]{0,50}[;,:]\s*i (?:only|just)\b|\b(?:a saint|an angel|a lightweight|tame|mild|squeaky clean) (?:compared (?:to|with)|next to|beside) (?:ur|your|his|her|their|my|what|the|some|most|other)\b|\brelative to (?:the )?(?:other|most|the rest|some)\b|(?:^|[,;]\s*)next to (?:the )?(?:lads|guys|blokes|men|people|others|ones|real \w+) (?:who|that) [^.!?;,]{0,40},\s*(?:i was|i'm|im|i am|my \w+ (?:was|were|is))\b|\b(?:though|but) (?!(?:i|you|u|we|it|that|this|they|he|she|there|nothing|no one|nobody)\b)(?:(?:uncle|aunt|auntie|my|your|ur|his|her) )?[a-z]+ (?:didn't|didnt|did not|never) (?:even )?(?:visit|come|show up|turn up|call|ring|phone|help|bother|go|make it|write|pay|send)\b[^.!?;]{0,25}?\b(?:either|at all)\b|\bcould(?:'ve| have|ve|a| of)? (?:ended|gone|turned out|been) (?:far |much |a lot |way |so much )?(?:more badly|more seriously|more serious|more tragically|more tragic|deadlier|uglier|nastier)\b)`),
    },
    {
      // the worse part handed to the others, or their standing to object denied: "I wasn't the one
      // throwing punches", "I was only doing what everyone in the office did", "anybody would help
      // himself", "you're in no position to lecture me"
      needs: ['one', 'following', 'doing', 'copying', 'anyone', 'anybody', 'any', 'most', 'position', 'lecture', 'judge', 'preach', 'sure'],
      re: rx(raw`(?<s>\bi(?: wasn't| wasnt| was not|'m not|m not| am not) the one (?:who was |who |that was |that )?(?:breaking|smashing|hitting|throwing|stealing|dealing|selling|driving|punching|kicking|broke|smashed|threw|stole|dealt|sold|drove|punched|kicked)\b|\b(?:only|just|simply) (?:following|doing|copying) what (?:everyone|everybody|the others|the rest(?: of them)?|all the others|all the (?:lads|guys|staff|men))\b|\b(?:anyone|anybody|any (?:man|woman|person|parent)|most people)(?: else)?(?: in my (?:shoes|position|place|situation))? would (?:help (?:himself|herself|themselves)|do the same|have done the same)\b|\b(?:you|u)(?:'re| are| r)? (?:(?:can't|cant|cannot|can hardly)|(?:in no|hardly in a|not in a) position to) (?:lecture|judge|preach to|criticise|criticize|lecture|moralise|moralize)(?: me| anyone| us)?\b|\bnot sure (?:you|u) (?:can|should|get to|have the right to) (?:lecture|judge|preach to|criticise|criticize)\b)`),
    },
    {
      // more yardsticks held up: "compared to him I was a saint", "small next to your lies", "no
      // different from what you did", "most lads my age did the same", "my mates all do it", "in my
      // family that was normal", "other kids' dads were far worse"
      needs: ['compared', 'next', 'beside', 'alongside', 'different', 'age', 'friends', 'mates', 'pals', 'colleagues', 'workmates', 'family', 'house', 'culture', 'there', "there're", 'other'],
      re: rx(raw`(?<s>\b(?:compared (?:to|with)|next to|beside|alongside) (?:him|her|them|you|u|my \w+|your \w+|ur \w+|his \w+|her \w+|[a-z]+),? i (?:was|am|'m|m|looked|look|seemed) (?:like )?(?:a saint|an angel|a lightweight|nothing|tame|mild|innocent|a choirboy|a pussycat|a model \w+|a good \w+|a decent \w+)\b|\b(?:small|nothing|minor|tiny|little|trivial) (?:next to|compared (?:to|with)|beside) (?:yours|what (?:you|u|he|she|they) did|(?:your|ur|his|her|their) (?:lies|lying|cheating|drinking|behaviou?r|temper|affairs?|mistakes|gambling|debts|spending|secrets))\b|\bno different (?:from|to|than) (?:what (?:you|u|he|she|they|your \w+|ur \w+) (?:did|do|does|have done|used to do)|yours|everyone else|anyone else)\b|\b(?:most|all|half|loads of|lots of|plenty of) (?:the )?(?:guys|lads|people|men|women|kids|blokes|girls|dads|mums|moms|friends|mates) (?:my|our) age (?:were|was|are|did|do|drank|drink|had|have)\b|\b(?:my|all my|all of my) (?:friends|mates|pals|colleagues|workmates|coworkers) (?:all )?(?:do|did|does) (?:it|that|the same|this)\b|\bin (?:my|our) (?:family|house|home|culture|village|town|crowd|line of work|job|trade),? (?:that|this|it|drinking|gambling|shouting|hitting) (?:was|is|'s|s) (?:just |totally |perfectly |completely )?(?:normal|standard|the norm|usual|nothing)\b|\bthere(?: are|'re) (?:people|guys|men|women|folk|blokes|others) (?:who|that) (?:do|did) (?:this|that|it|worse|the same) (?:every day|all the time|daily|every week)\b|\bother (?:\w+(?:'s|s')? )?(?:parents|dads|mums|moms|husbands|wives|families|fathers|mothers) (?:were|was|are|did|do|had) (?:far |much |way |a lot |even )?worse\b)`),
    },
    {
      // a worse betrayal named to shrink this one: "it's not like I sold it to the papers", "its not
      // like we slept together", "not like anybody died". Harms of the same kind made bigger ("not
      // like I emptied it", "not like I hit you") shrink the act itself: minimizing, not comparison.
      needs: ['like', 'as if', 'as though'],
      re: rx(raw`(?<s>\bnot (?:like|as if|as though) (?:i|we) (?:actually |really |ever |even |just )?(?:sold|hacked|leaked|posted|published|slept (?:with|around|together)|cheated|had an affair)\b[^.!?;,]{0,30}|\bnot (?:like|as if|as though) (?:anybody|anyone|someone|somebody|any of (?:you|us)) (?:died|got (?:hurt|killed|injured)|was (?:hurt|killed|injured)|ended up in (?:hospital|a&e|the hospital))\b)`),
      // "not like anyone died, it was a dented fence": the act shrunk right after is minimizing's
      unless: (norm, _m, span) => /\b(?:died|hurt|killed|injured|hospital|a&e)$/.test(norm.slice(span.start, span.end)) && /^[^.!?;]{0,12}\bit (?:was|'s|s|is) (?:a|an|just|only|one)\b/.test(norm.slice(span.end)),
    },
    {
      // the same deed pinned back on them: "sure, I spent the money, but you spent years ignoring me",
      // "I shouted, but you shouted louder"
      needs: ['but', 'while', 'whereas', 'yet'],
      re: rx(raw`\bi (?<v>[a-z]{4,})\b[^.!?;]{0,60}?\b(?:but|while|whereas|yet) (?<s>(?:you|u|he|she|they|your (?:mum|mom|mother|dad|father|sister|brother|wife|husband|partner|family|friends?)) (?:also |too |yourself |always |never )?\k<v>\b[^.!?;,]{0,40})`),
      unless: (norm, m) => /^(?:know|knew|think|thought|feel|felt|hope|hoped|want|wanted|need|needed|love|loved|deserve|deserved|said|told|asked|understand|understood|believe|believed|mean|meant|trust|trusted|forgave|forgive|tried|promised|decided|chose|miss|hear|heard|see|saw|have|had|will|would|could|should|didn't|didnt|don't|dont|wasn't|wasnt|were|been|also|just|really|still|never|always|even|made|came|went|gave)$/.test(m.groups!.v!) || /\b(?:because of me|for me|to cover for me|me back|forgive|forgave|stood by|stayed|helped|supported)\b/.test(norm.slice(m.indices!.groups!.s![0], m.indices!.groups!.s![1])),
    },
    {
      // the fault pointed back with "either" or "too": "you weren't exactly honest with me either",
      // "you never apologised either", "you could have called me too"
      needs: ['either', 'too', 'as well', 'yourself', 'herself', 'himself'],
      re: rx(raw`(?<s>\b${THEY} (?:weren't|werent|wasn't|wasnt|were not|was not|aren't|arent|are not|isn't|isnt|is not|haven't been|havent been|hasn't been|hasnt been) (?:exactly |always |completely |entirely |totally |that |particularly |much |very |any )?(?:honest|faithful|truthful|sober|kind|nice|fair|innocent|blameless|faultless|clean|easy(?: to live with)?|straight|open|supportive|there for me|much help|any help|any better|better|reasonable|patient|loyal|upfront|forthcoming|transparent|respectful|a picnic|an easy \w+)(?: (?:with|to|towards|around) (?:me|us))? either\b|\b${THEY} (?:didn't|didnt|did not|never|haven't|havent|hasn't|hasnt|don't|dont|doesn't|doesnt) (?:exactly |always |ever |once |even |bother to )?(?:call(?:ed)?|ring|rang|phoned?|text(?:ed)?|visit(?:ed)?|apologi[sz]ed?|sa(?:y|id) sorry|t(?:ell|old) me|check(?:ed)? on me|listen(?:ed)?|ma(?:ke|de) (?:it|things) easy|tr(?:y|ied)|bother(?:ed)?|show(?:ed)? up|turn(?:ed)? up|reach(?:ed)? out|ma(?:ke|de) (?:an|any) effort|support(?:ed)? me|pick(?:ed)? up|answer(?:ed)?|repl(?:y|ied)|wr(?:ite|ote))\b[^.!?;,]{0,30}?\beither\b|\b${THEY} could (?:have|'ve|of|ve) (?:easily |just |always |also )?(?:called|rung|phoned|texted|messaged|visited|come|apologi[sz]ed|said sorry|said something|reached out|asked|checked|tried|made an effort|picked up the phone|told me|spoken up)\b[^.!?;,]{0,25}?\b(?:too|as well|either|yourself|herself|himself)\b)`),
    },
    {
      // their matching wrong, by "mine": "but you forgot mine last year", "and she read mine first"
      needs: ['mine'],
      re: rx(raw`(?<s>\b(?:but|and|so|yet|remember|well|plus) ${THEY} (?:also |too |once )?(?:forgot|missed|broke|read|took|lost|skipped|ignored|crashed|scratched|dented|wrecked|ruined|spoiled|spoilt|opened|went through|deleted|binned|borrowed|used|spent|forgotten|missed) mine\b[^.!?;,]{0,25})`),
    },
    {
      // others' larger tally: "other parents missed way more games than I did", "most lads spent far
      // more than me"
      needs: ['more'],
      re: rx(raw`(?<s>\b(?:other|most|plenty of|lots of|loads of|a lot of|half the|many) (?:\w+ ){1,3}(?:(?:way|far|much|a lot|loads|even|twice as|ten times|so much) )?more(?: \w+){0,3} than (?:i (?:ever )?(?:did|do|have|had|was|am)|me|i ever)\b)`),
      // "most of my friends had more sense than I did" praises them, it shrinks nothing
      unless: (norm, _m, span) => /\b(?:sense|courage|patience|decency|integrity|kindness|guts|self-control|willpower|grace|dignity|respect|love|time for (?:you|u))\b/.test(norm.slice(span.start, span.end)),
    },
    {
      // forgiven elsewhere, so why not me: "you've forgiven your sister for worse", "I don't see why
      // I'm any different"; "so my secret account shouldn't shock you", "so one bad night is nothing"
      needs: ['forgave', 'forgiven', 'forgive', 'forgiving', 'different', 'differently', 'shouldn', 'should', 'hardly', 'nothing'],
      re: rx(raw`(?<s>\b(?:forgave|forgiven|forgive|forgiving) (?:\w+ ){1,3}for (?:far |much |way |a lot |even |so much )?worse\b|\b(?:don't|dont|do not|can't|cant) see (?:why|how) (?:i'm|im|i am|i should be|this is|mine is|my \w+ is|i'm being treated|i am being treated) (?:any )?different(?:ly)?\b|\bso (?:my|one|a|this|the odd|a few|a couple of) [^.!?;,]{0,35}?\b(?:shouldn't|shouldnt|should not|can hardly|hardly) (?:really )?(?:shock|surprise|bother|upset|be a (?:shock|surprise|big deal) to)(?: (?:you|u))?\b|\bso (?:one|a|my|the odd|a few|a couple of) (?:\w+ ){0,4}(?:from me |of mine )?(?:is|was|are|were) (?:nothing|no big deal|nothing by comparison)\b)`),
    },
    {
      // the crowd named as company: "I only said what everybody else was thinking", "like many
      // ministers before me, I relied on...", "other mums would have reacted much worse"
      needs: ['what', 'like', 'would', "would've", 'wouldve', "'d"],
      re: rx(raw`(?<s>\b(?:said|did|say|do|thought|think|wrote|posted|only said|just said) what (?:everyone|everybody|all the others|the rest of (?:them|us)|most people|half the \w+)(?: else)? (?:was |were |is |are )?(?:thinking|saying|doing|did|does|said|thought)\b|\blike (?:many|most|so many|plenty of|lots of|a lot of|loads of|countless|half)(?: (?:of )?[a-z]+){0,3} (?:before me|at the time|back then|in those days|of my (?:generation|age|era)|my age|in my (?:position|shoes|day|line of work|generation))\b|\b(?:other|most|plenty of|lots of|loads of|a lot of|many|some) (?:\w+ )?(?:would|wud)(?: (?:have|'ve|of|ve)|'ve|ve) (?:\w+ ){1,2}(?:(?:much|far|way|a lot|even|so much) )?worse\b)`),
    },
    {
      // their debts and slips set beside mine: "I'll own my part, but you ran up the cards too", "but
      // she drank every night as well"; others' record as the yardstick: "considering what other firms
      // have done, ours is fine"
      needs: ['too', 'as well', 'considering', 'given'],
      re: rx(raw`(?<s>\bbut ${THEY} (?:also )?(?:ran up|racked up|spent|wasted|blew|borrowed|hid|broke|lost|forgot|ignored|shouted|swore|drank|gambled|smoked|flirted|stayed out|went out|disappeared)\b[^.!?;,]{0,40}?\b(?:too|as well)\b|\b(?:considering|given) (?:what|how) (?:other|most|some|plenty of|lots of|many) (?:\w+ ){1,5}(?:have|has|had|did|do|does) (?:done|behaved|acted|got away with)\b)`),
      unless: (norm, _m, span) => /\b(?:me back|care of|for me|for us|on me|with me|because of me|to cover|to help)\b/.test(norm.slice(span.start, span.end + 12)),
    },
    {
      // their own record turned back with "yourself" or a late "either": "you weren't exactly faithful
      // yourself", "u werent exactly easy urself", "you weren't exactly there for me when I needed you
      // either", "you were being just as bad", "u were drinking as much as me"
      needs: ['yourself', 'urself', 'herself', 'himself', 'themselves', 'either', 'as bad', 'as much'],
      re: rx(raw`(?<s>\b${THEY} (?:weren't|werent|wasn't|wasnt|were not|was not|aren't|arent|are not|isn't|isnt|is not|haven't been|havent been|hasn't been|hasnt been) (?:exactly |entirely |completely |totally |always |that |any |much )?(?:faithful|honest|innocent|perfect|easy(?: to live with)?|kind|nice|sober|clean|blameless|faultless|a saint|an angel|truthful|loyal|straight(?: with me)?|sensible|careful|reasonable|fair|supportive|patient|better|any better|much better|squeaky clean|there for me|around|home much|a picnic|a joy|a barrel of laughs|a model \w+)\b[^.!?;,]{0,25}?\b(?:yourself|urself|yourselves|herself|himself|themselves|either)\b|\b${THEY} (?:was|were) (?:being |acting |behaving )(?:just |every bit |equally )?as bad\b|\b${THEY} (?:was|were) (?:drinking|spending|gambling|smoking|using|shouting|lying|going out|partying|flirting) (?:just |every bit )?as much as (?:me|i (?:was|did))\b)`),
    },
    {
      // someone else's bigger tally held up: "your father was ten times worse with the drink than I ever
      // was", "ur dad was a lot worse to me", "your uncle lost far more at the bookies", "the last
      // treasurer was far worse", "dad used to do a lot worse", "your dad drank twice what I did",
      // "other managers on the floor were a great deal worse", "I see them more than most dads do"
      needs: ['worse', 'more', 'twice', 'times', 'double'],
      re: rx(raw`(?<s>\b(?:(?:your|ur|yer|my|his|her|their|the|that|our) (?:own |last |old |previous )?(?:dad|father|old man|mum|mom|mam|mother|brother|sister|ex|husband|wife|uncle|aunt|auntie|cousin|grandad|granddad|grandpa|nan|gran|grandma|boss|mate|mates|friends?|treasurer|manager|managers|predecessor|partner|stepdad|stepmum|family|parents|neighbours?)(?: [a-z]+)?|dad|mum|mam|mom|other (?:managers|bosses|supervisors|staff|drivers|parents|dads|mums|husbands|wives|lads|guys|blokes|tenants|players|members|directors|officers)(?: (?:on|in|at) the [a-z]+)?) (?:(?:was|were|is|are|has been|have been|used to be|used to do|did|has done|have done|had done|'d done|'s done|behaved|got) (?:ten times|twice|three times|a hundred times|a great deal|far|way|much|a lot|loads|miles|even|heaps) worse\b(?! off)|(?:lost|spent|drank|gambled|took|owed|borrowed|nicked|stole|blew|wasted|missed) (?:ten times|twice|three times|a great deal|far|way|much|a lot|loads|heaps|even) more\b)[^.!?;,]{0,25}|\b(?:drank|drinks|spent|spends|lost|loses|gambled|gambles|took|takes|borrowed|owed|owes) (?:twice|three times|ten times|double) what (?:i|me)\b(?: (?:did|do|ever did))?|\b(?:you|u|ya) (?:hear|see|get) (?:far|much|way|a lot|loads) worse (?:at|in|on|from|every)\b[^.!?;,]{0,25}|\bi (?:see|saw|visit|visited|call|called|ring|rang|help|helped|pay|paid|give|gave|contribute|contributed)\b[^.!?;,]{0,25}?\bmore than (?:most|half the|other|a lot of|plenty of) (?:\w+ )?(?:dads|fathers|mums|moms|mothers|parents|husbands|wives|sons|daughters|people|blokes|guys|lads) (?:do|did|ever do|ever did)\b)`),
      // "your mum was far worse off after I left" is their hurt, not a yardstick
      unless: (norm, _m, span) => /\b(?:because of me|after i|since i|thanks to me|by me|for me)\b/.test(norm.slice(span.start, span.end + 20)),
    },
    {
      // the deed shared out among many: "plenty of other creators wore the exact same costume",
      // "loads of lads did worse that night"
      needs: ['plenty', 'lots', 'loads', 'so many', 'a lot of', 'half the', 'most of', 'dozens', 'hundreds'],
      re: rx(raw`(?<s>\b(?:plenty of|lots of|loads of|so many|a lot of|half the|most of the|dozens of|hundreds of) (?:other )?(?:\w+ )?(?:people|guys|lads|blokes|girls|players|creators|kids|folks|politicians|celebrities|companies|firms|councils|teams|clubs|parents|drivers|comedians|influencers|streamers|colleagues|staff|others)\b[^.!?;]{0,30}?\b(?:did|do|wore|said|say|posted|post|made|make|have done|had done|were doing|got away with) (?:the )?(?:exact |very )?(?:same(?: thing)?|similar|worse|far worse|much worse|a lot worse|way worse)\b)`),
      unless: (norm, _m, span) => /\b(?:doesn't|does not|don't|do not|didn't|did not) (?:make it|change|excuse|matter)\b/.test(norm.slice(span.end)),
    },
    {
      // the deed shared out by a question: "I made some bad choices, but who hasn't?", "who among
      // us hasn't said something they regret?"
      needs: ['who'],
      re: rx(raw`(?<s>\b(?:but |and |i mean,? |honestly,? )?who (?:hasn't|hasnt|has not|doesn't|doesnt|does not|didn't|didnt|wouldn't|wouldnt|hasn't ever|has never|never has)(?: ever)?(?: (?:been there|done (?:that|it|this|the same|something like (?:that|it|this))|said (?:something|things) like (?:that|it|this)))?(?: (?:at some point|ever|once|in their li(?:fe|ves)|before))?\s*\?|\bwho (?:among us|of us|here|out there) (?:hasn't|hasnt|has not|doesn't|doesnt|does not|didn't|didnt|wouldn't|wouldnt|has never)\b[^.!?;]{0,40}\?)`),
    },
    {
      // the deed shared out among the crowd: "everyone was hammered, not just me", "everybody was having
      // a few", "there was a lot of drinking, not only by me", "I made mistakes, everybody does"
      needs: ['everyone', 'everybody', 'all of us', 'we all', 'whole', 'not', 'wasn', 'wasnt', 'mistakes', 'like'],
      re: rx(raw`(?<s>\b(?:everyone|everybody|all of us|we all|the whole (?:table|room|party|lot|wedding|crew|team))(?: else)? (?:was|were|got|had been|had got) (?:absolutely |completely |totally |proper |pretty |just as |all |equally )?(?:wasted|hammered|drunk|pissed|smashed|plastered|legless|steaming|off (?:their|our) faces?|wrecked|merry|tipsy|having a few|having a drink|on it|at it|drinking|sharing (?:it|them|the \w+)|posting (?:it|them)|doing (?:it|the same|shots|lines))\b|,? not (?:just|only) by me\b|\b(?:not|wasn't|wasnt) (?:just|only) me\b(?=\s*(?:[.!,;?]|$|and\b|either\b|tho\b|though\b|tbh\b|lol\b))|\bmistakes,? (?:everybody|everyone|we all|all of us) (?:does|do|make|made)\b|\blike (?:everyone|everybody|we all|most people|all of us)(?: else)? (?:does|do)\b(?=\s*(?:[.!,;?]|$)))`),
      // "it hurt not just me but the kids": the harm spread, not shared out
      unless: (norm, _m, span) => /^\s*,?\s*but\b/.test(norm.slice(span.end)),
    },
    {
      // the crowd did the same, the writer was only the one caught: "I was just the one who got caught",
      // "i just got caught", "half the depot does the same thing", "the lads were all at it", "half the
      // room was thinking the same", "most blokes in my position would've done exactly the same"
      needs: ['caught', 'half', 'most', 'all', 'loads', 'lots', 'plenty', 'many', 'any', 'lads', 'guys', 'blokes', 'girls', 'people', 'staff', 'others', 'boys', 'men', 'women', 'crew'],
      re: rx(raw`(?<s>\bi (?:just|only|simply) (?:got caught|happened to get caught|was unlucky enough to get caught)\b|\bi was (?:just|only|simply) the (?:one|mug|idiot|fool|muggins) (?:who|that) got caught\b|\b(?:half|most|all|loads|lots|plenty) (?:of )?the (?:\w+ ){1,2}(?:(?:does|do|did|was doing|were doing) the same(?: thing)?|(?:was|were) thinking the same|(?:are|were|was|is) (?:all )?at it)\b|\b(?:the|all the|loads of|lots of|half the) (?:lads|guys|blokes|girls|people|staff|others|boys|men|women|crew)\b[^.!?;,]{0,20}? (?:are|were|was|is) (?:all )?at it\b|\b(?:most|many|plenty of|loads of|lots of|any) (?:blokes|lads|guys|men|women|people|dads|mums|parents|husbands|wives)(?: in my (?:position|shoes|place|situation))? (?:would(?:'ve| have| of)? (?:done|have done)|would do) (?:exactly |just )?the same\b)`),
      // "I got caught shoplifting" names the deed; "half the team did the same for me" is help
      unless: (norm, _m, span) => /^\s*(?:for|to help|to support) (?:me|us)\b/.test(norm.slice(span.end)),
    },
    {
      // their absence set beside mine: "it's not like u came to mine", "it's not as though you ever came
      // to anything of mine", "but Dad missed every single one of mine"
      needs: ['mine'],
      re: rx(raw`(?<s>\b(?:not (?:like|as if|as though)|but|and|yet)\s+(?:${THEY}|dad|mum|mam|mom|(?:your|ur) (?:dad|mum|mam|mom|brother|sister|family|lot)) (?:ever |never |even |also |once )?(?:came|come|turned up|showed up|made it|missed|skipped|forgot|went|bothered with)(?: to| along to)?(?: (?:any|anything|every|every single|a single|one|all|half|most|many|any one)(?: one)?(?: of)?)? mine\b)`),
    },
    {
      // their own wrong set beside mine with also/too after a turn: "but u also went thru my phone so",
      // "but ur mum was screaming too", "but let's be honest, you spent plenty too", "but u also never
      // came to my engagement so"
      needs: ['also', 'too', 'as well'],
      re: rx(raw`\b(?:but|and|plus|though|tho)\b[^.!?;]{0,25}?\b(?<s>(?:${THEY}|ur (?:mum|mom|mam|dad|sister|brother|wife|husband|mate|mates|friends?|family|ex)) (?:also (?:(?:was|were) )?(?:went (?:through|thru)|go (?:through|thru)|read|checked|snooped|spent|drank|shouted|screamed|swore|flirted|lied|cheated|stole|never (?:came|turned up|showed up|visited|called|rang|apologi[sz]ed)|forgot|hit|pushed|kissed|yelled|gambled|screaming|shouting|drinking|flirting|lying|texting)\b[^.!?;]{0,40}|(?:(?:was|were) )?(?:went (?:through|thru) my|read my|checked my|spent (?:plenty|loads|a lot|a fortune|money|more)|drank|shouted|screamed|swore|flirted|lied to me|cheated|hit me|pushed me|yelled|screaming|shouting|yelling|swearing|drinking|flirting)\b[^.!?;]{0,30}?\b(?:too|as well)\b(?=\s*(?:[.!?,;]|$|so\b|tho\b|though\b|tbh\b|lol\b|mate\b|remember\b))))`),
      // "but you also had to cover for me", "and you drank too, because of me"
      unless: (norm, _m, span) => /\b(?:for me|because of me|with me|me back|to cope|to help)\b/.test(norm.slice(span.start, span.end + 15)),
    },
    {
      // their record turned back with "hardly" or "never": "u were hardly perfect urself", "u were never
      // home either"
      needs: ['yourself', 'urself', 'herself', 'himself', 'themselves', 'either'],
      re: rx(raw`(?<s>\b${THEY} (?:were|was|are|is|'re|re) (?:hardly|never|not exactly|no) (?:perfect|innocent|a saint|an angel|home|around|there|sober|faithful|honest|easy)\b[^.!?;,]{0,25}?\b(?:yourself|urself|herself|himself|themselves|either)\b)`),
    },
    {
      // the crowd named by its place, or the writer only unlucky: "plenty of people in that office padded
      // their claims", "half that depot was fiddling their hours", "loads of people bet, i just got
      // unlucky", "everyone's done worse"
      needs: ['unlucky', 'everyone', 'everyones', "everyone's", 'everybody', 'half', 'plenty', 'loads', 'lots', 'most'],
      re: rx(raw`(?<s>\bi (?:just|only) got unlucky\b|\b(?:everyone|everybody)(?:'s| has|s) done (?:far |way |much )?worse\b|\bhalf (?:of )?(?:that|this|our|my) [a-z]+ (?:was|were|is|are) (?:fiddling|fudging|padding|skimming|nicking|taking|drinking|doing (?:it|the same)|at it)\b|\b(?:plenty|loads|lots|half|most) of (?:the )?(?:people|lads|guys|staff|blokes|drivers|workers) (?:in|at|on) (?:that|the|this|our|my) [a-z]+ (?:padded|fiddled|fudged|fiddle|pad|fudge|inflated|skimmed|cooked|nicked|did the same|do the same)\b)`),
    },
    {
      // anyone set in the writer's place, said to have done as badly: "any tenant would have left some
      // marks", "anybody would have been rattled", "anyone under that much pressure would have cracked the
      // way I did", "any man would have ended up at the pub"
      needs: ['anyone', 'anybody', 'any'],
      re: rx(raw`(?<s>\b(?:anyone|anybody|any (?:man|woman|person|tenant|parent|dad|mum|mom|bloke|lad|guy|husband|wife|driver|teenager|kid|one of you|of you))(?: else)?(?: (?:in my (?:shoes|position|place|situation)|under (?:that|this|the same|so) (?:much )?(?:pressure|stress|strain)|with (?:a|my|that) [a-z]+))? would(?:'ve| have| of|ve) (?:cracked|snapped|ended up|left (?:some |a few )?(?:marks|damage|a mess)|been (?:rattled|tempted|on edge|wound up|driven to (?:drink|it))|lost (?:it|the plot|their temper|his temper|her temper)|turned to (?:drink|the bottle)|hit the bottle|blown up|kicked off|gone off|reacted (?:the same|like that|that way))\b[^.!?;,]{0,25})`),
    },
    {
      // the deed called what everyone does, or set against worse elsewhere: "I pinched a few things when I
      // was younger, all kids do", "a likkle argument, everybody have dem", "we all shouted in my house
      // growing up", "kids hear worse on the telly", "nobody died, did they"
      needs: ['all', 'everybody', 'everyone', 'hear', 'see', 'say', 'nobody', 'no one', 'noone'],
      re: rx(raw`(?<s>\ball (?:kids|children|teenagers|teens|lads|boys|girls|couples|men|blokes|families|dads|mums|moms|students) (?:do|did|do it|did it|do that|did that)\b(?=\s*(?:[.!,;?]|$|tbh\b|anyway\b|at that age\b))|\b(?:everybody|everyone|every(?:body|one) else) (?:have|has|get|gets) (?:dem|them|those|one|it|that)\b(?=\s*(?:[.!,;?]|$))|\bwe all (?:shouted|drank|fought|yelled|swore|hit each other|screamed|gambled|smoked)(?: at each other| at one another| all the time| constantly)? (?:in|at|round) (?:my|our|the) (?:house|home|family|place|street)\b|\b(?:kids|children|you|u|people|ppl|they) (?:hear|see|say) (?:far |much |way |a lot )?worse (?:on|at|in|from|every)\b[^.!?;,]{0,20}|\b(?:nobody|no one|noone|no-one) died,? (?:did they|did he|did she|though|tho|after all|in the end)\b)`),
    },
    {
      // others at it too, the writer one of a crowd: "I was not the only employee helping themselves",
      // "im not the only lad on the crew doing it", "half the staff do it, mind you", "most of the guys at
      // work did the same"; not "I'm not the only one who misses him", nor what they did done well
      needs: ['only', 'half', 'most', 'loads', 'lots', 'plenty', 'a lot', 'rest'],
      re: rx(raw`(?<s>\b(?:(?:i'm|im|i am|i was) (?:not|hardly|certainly not|definitely not|by no means)|i (?:wasn't|wasnt|ain't|aint)) the only (?:other )?(?:employee|member of staff|staff member|worker|guy|bloke|lad|man|woman|girl|kid|driver|parent|dad|mum|mom|student|player|officer|nurse|teacher|colleague|one|person)(?: (?:here|at work|there|on (?:the|that|this|our) \w+|in (?:the|that|this|our) \w+))? (?:who (?:was |were )?)?(?:helping (?:themselves|himself|herself|myself)|(?:taking|nicking|pinching|fiddling|skimming|doing) (?:it|that|stuff|things|from|the|their|money|cash|bits)(?! (?:hard|badly|well|personally|seriously|in|out on|to heart))|on the take|at it)\b|\b(?:half|most|loads|lots|plenty|a lot|the rest) (?:of )?(?:the |my |our )?(?:staff|lads|guys|blokes|team|crew|people|folk|workers|employees|office|others|girls|mums|moms|dads|men|women|drivers|players|students|colleagues)(?: (?:here|at work|i know|we know|i work with|in (?:the|my|our|this) \w+|on (?:the|my|our) \w+))? (?:do|does|did|have done|'ve done|ve done) (?:it|that|the same|this)\b(?=\s*(?:[.,!;?]|$|mind\b|tbh\b|anyway\b|too\b|as well\b|though\b|tho\b|all the time\b|every (?:day|week|night|weekend|shift)\b)))`),
    },
    {
      // the writer set above others: "Unlike some, I never set out to hurt anyone", "unlike them, I have
      // come forward", "unlike your dad, at least I stayed"; not "unlike before" or "unlike last time"
      needs: ['unlike'],
      re: rx(raw`(?<s>\bunlike (?:some|some people|some folk|others|many|most|certain (?:people|others|colleagues)|a lot of (?:people|men|dads|lads|guys|others)|other (?:people|men|dads|mums|moms|lads|guys|drivers|parents|colleagues|members)|him|her|them|(?:your|ur) (?:mum|mom|mother|dad|father|brother|sister|ex|husband|wife|family|friends|mates)|my (?:colleagues|peers|predecessors?|brother|sister|dad|father|mum|mother))\b,? (?:i|i've|ive|i'd|id|i'm|im|at least i)\b)`),
    },
  ],
  examples: {
    positive: [
      "Everyone on the ward was doing it, so I didn't think twice.",
      "I'm sorry about the till, but I wasn't the only member of staff on the take.",
      'im not the only lad on the crew doing it',
      "Half the team do the same, to be fair, so don't single me out.",
      'sorry bout the float, most of the guys at work did it too',
      'Unlike some people, I have always paid my way.',
      "unlike your dad, at least i stayed",
      // a group's statement (its "we" reaches the rules read as "I": we-voice.ts)
      "Rates of this kind of incident remain well below the industry average.",
      "Every water company in England uses them, and our spill numbers are in line with the industry average.",
      "Like many organisations at the time, we were still learning about safeguarding.",
      "Like other operators on this route, we rely on an outside caterer, who had no hot food after midnight.",
      "Like every other school in the county at the time, we had no written policy.",
      "At the time, sharing data this way was standard practice across the app industry.",
      "Given how busy the roads were, the outcome could have been considerably worse.",
      "Every comic on the circuit has done worse than that bit.",
      "Members of the other party have said far worse in this chamber.",
      "Honestly, every novelist borrows; I'm just the one who got caught.",
      "I am far from the only member whose expense claims were questioned.",
      "Moments like this are a normal part of the genre.",
      "Every government in the last thirty years has faced questions like this.",
      "Honestly, everyone on this platform says stuff like that.",
      "Similar arrangements have been in place in other councils for many years.",
      "Everybody's marriage has rough patches, and ours was no worse than most.",
      'At least I never laid a hand on you.',
      'Everyone does it at that age.',
      "You weren't perfect either.",
      'It could have been so much worse, nobody ended up in hospital.',
      "I'm sorry I lied about the money, but you lied to me about your ex for months.",
      'Compared to what my father did to us, I think I was a pretty decent dad.',
      'loads of people drink and drive round here, i just got unlucky',
      'I do apologise for my behaviour at dinner, but I think you owe me an apology too.',
      "Everybody at that firm fiddled their expenses, I wasn't the only one.",
      'I may have missed your play, but your mom missed plenty of things too.',
      "I'm sorry about the card, but you've hidden money from me as well.",
      "It's not like I robbed a bank or anything.",
      'how about that time u forgot my birthday',
      "Sorry I read your diary, but you've lied to me too.",
      'My dad has done much worse to you and you still talk to him.',
      "Honestly you're one to talk about drinking.",
      "It's not like you've never had one too many.",
      "I'm no worse than half the dads at that school.",
      'Things could be worse.',
      'Your dad was way worse.',
      "I know people who've done far worse.",
      'There are worse husbands out there.',
      "You're just as bad.",
      'You did the same thing last year.',
      "I'm not the first person to do this.",
      "It's what everyone does at uni.",
      "You're hardly perfect yourself.",
      "Nobody's perfect.",
      'It happens to the best of us.',
      'Neither of us was perfect.',
      'And what about your drinking?',
      "It's not like you're perfect.",
      'I lied, but so did you.',
      'i was late but ur always late',
      'My brother stole way more from Mum than I ever did.',
      'Everyone was doing it back then.',
      'it couldve been worse',
      "You've done your share of damage too.",
      "You've got your own faults too.",
      "Honestly the night could've gone a lot worse.",
      "cud of ended way worse tbh",
      "I was rude, but what she did was far worse.",
      "You've said much worse things to me.",
      "Your mum has always had a temper too.",
      "You've kept a couple of secrets of your own.",
      "Sorry I read your texts, but you went through my wallet first.",
      "You'd have done the exact same in my shoes.",
      "Before you start judging me, think about your own drinking.",
      "I'm still waiting for your apology about the wedding.",
      "I'll apologise when you apologise for Christmas.",
      "I'm sorry I forgot, but remember you forgot mine last year.",
      "It's not like your side of the family is any better.",
      "I got into a mess with the cards, like everyone does at that age.",
      "Every couple fights like that now and then.",
      "Loads of dads miss sports day.",
      "Most people in my position would have lost everything.",
      "Nobody in that office was clean, trust me.",
      "i just happened to get caught",
      "Thank God it was only the shed that burned.",
      "I never cheated on you like your dad did.",
      "I shoved the table, I didn't hit you.",
      "My gambling was never as bad as my brother's.",
      "By the standards of my old mates, I was a lightweight.",
      "For someone in the state I was in, I did ok with the kids.",
      "My heart was better than most, I just handled it badly.",
      "Alongside what your father did, a few lies are nothing.",
      "We've both done things we regret.",
      "It wasn't a one-way street.",
      "atleast i never took the car",
      "I sold it, but least I didn't lie about it.",
      "ur brother has done far worse to you.",
      "i swore at the party but so did ur dad",
      "Everybody fiddles their mileage claims in sales.",
      "I've seen lads do way worse on a night out.",
      "There are guys in my meeting who did far worse.",
      "My father was much harder on me than I ever was on you.",
      "It's not like I cheated for years.",
      "I wasn't half as bad as Kev.",
      "You're no angel yourself.",
      "We're all human.",
      "We all make mistakes.",
      "Other families go through far worse.",
      "Let's be honest, I'm the one who paid the most for all this.",
      "Nobody has lost more over my gambling than I have.",
      "I've lost far more than you ever did in all of this.",
      "That year wrecked me way worse than it did you.",
      "It's totally normal for flatmates to borrow each other's stuff.",
      "Half the lads in my year were doing the same.",
      "Plenty of dads miss the odd school play.",
      "Any man in my position would have done the same.",
      "Name me one husband who's never forgotten an anniversary.",
      "Footballers cheat on their wives and nobody blinks.",
      "Back then you could drive after a few and nobody batted an eyelid.",
      "Things were different in my day.",
      "Every bloke on that site drank like that.",
      "Where I grew up, that's just how you talked to your mum.",
      "Where I'm from, everybody drinks at funerals.",
      "My language was no worse than your brother's.",
      "My drinking was nowhere near as bad as his.",
      "I turned up, which is more than my own father did.",
      "By most people's standards it was a quiet night.",
      "I'll say sorry for the wedding when you say sorry for the christening.",
      "I'm still waiting for her to apologise for Easter.",
      "So don't come over all innocent with me.",
      "Why am I the only one getting the blame here?",
      "You were a nightmare yourself in those days.",
      "You were the one who was messaging your ex behind my back.",
      "ur the one who kept secrets first",
      "Honestly it's a miracle nothing worse happened that night.",
      "I'm so glad it wasn't your mum's necklace.",
      "To be fair, I did come to your sister's wedding.",
      "Folk have done way worse to their own families.",
      "The other lads at the warehouse took far more than me.",
      "Everyone at the old firm fudges the figures.",
      "Some dads blow the whole house deposit; I only spent the bonus.",
      "I'm an angel compared to your ex.",
      'Compared to what you went through with your ex, I was a saint.',
      "Relative to most of the team, I was the sober one.",
      "Next to the lads who were actually selling, I was nothing.",
      "I missed the party, but Gran didn't come either.",
      "The crash could have turned out much more seriously.",
      "I was in the car, but I wasn't the one driving.",
      "I'm not the one who threw the first punch.",
      "I wasn't the one selling the stuff.",
      "I was just doing what the rest of them did.",
      "Honestly I was simply copying what everybody did at the office.",
      "Anybody in my place would do the same.",
      "Most people would help themselves if the till was left open.",
      "You're in no position to judge me.",
      "You can hardly lecture me about money.",
      "I'm not sure you get to criticise me for drinking.",
      "Compared to my brother, I was a saint.",
      "Next to Dave I looked like a choirboy.",
      "My lies were small next to your cheating.",
      "What I did is no different from what you did at Easter.",
      "Most lads my age were doing the same.",
      "My mates all do it.",
      "In our house, shouting was normal.",
      "There are people who do this every day.",
      "Other kids' dads were far worse.",
      "so i read ur diary, its not like i sold it to the papers",
      "It's not as if I posted the photos online.",
      "it was one kiss its not like we slept together",
      "It's not like anyone got hurt.",
      "Sure, I took the car, but you took the house.",
      "I shouted at you, but you shouted at the kids every night.",
      "I swore at your mum while she swore at me louder.",
      "You weren't exactly honest with me either.",
      "Your mum never apologised either, you know.",
      "You could have rung me as well.",
      "Sorry I missed your birthday, but you missed mine in March.",
      "I know I scratched the car, and you dented mine last spring.",
      "Remember you forgot mine too.",
      "Most dads drink far more than I ever did.",
      "Other lads spent way more money than me.",
      "Plenty of husbands go out a lot more than I do.",
      "You forgave your brother for far worse.",
      "I don't see why I'm any different.",
      "You lied for years, so my one lie shouldn't surprise you.",
      "You stayed out all the time, so a night out from me is nothing.",
      "I only did what everybody else was doing.",
      "Like many men of my generation, I kept my feelings in.",
      "Like lots of lads at the time, I drank every weekend.",
      "Plenty of mums would've reacted way worse.",
      "Most fathers would have handled it much worse.",
      "I'll own my part, but you ran up the cards too.",
      "Sorry about the money, but she drank every night as well.",
      "Considering what other firms in town have done, ours is fine.",
      "You weren't exactly honest yourself about the overdraft.",
      'u werent exactly sober urself that summer',
      "She wasn't always faithful herself, if we're being honest.",
      "You weren't exactly around for me when Dad died either.",
      'he was being just as bad that night',
      'you were spending as much as me on the cards',
      'Your brother was ten times worse with money than I ever was.',
      'ur mum was way worse to me growing up',
      'My old boss lost far more on the horses and kept his job.',
      'Your grandad drank twice what I did.',
      'Other drivers on the route were a great deal worse.',
      'You see far worse at any office party.',
      'I ring them more than most sons ever do.',
      'Everybody was plastered at that christening, not just me.',
      'there was a fair bit of shouting, not only by me',
      "I've made mistakes, everybody does.",
      'The whole table was wasted by nine.',
      'Loads of people fiddle the meter, I just got caught.',
      'I was only the mug who got caught.',
      'Half the staff room does the same thing with the photocopier.',
      'the girls at work are all at it',
      'Most dads in my shoes would have done exactly the same.',
      "It's not as if you ever turned up to any of mine.",
      'but your mum never came to one of mine',
      "and you missed all of mine that year",
      'but u also read my messages so',
      'and your sister was shouting too',
      "but to be fair, you drank as well.",
      'u were hardly a saint urself',
      'You were never around either, to be fair.',
      'he was hardly faithful himself',
      'Plenty of the drivers at that depot fiddled their logs.',
      'Half this street is at it, I just got unlucky.',
      "everybody's done way worse at a stag do",
      'Any tenant would have left a few marks after five years.',
      'Anyone in my position would have snapped at her.',
      'anybody would have been wound up by that',
      'Any dad with my job would have turned to drink.',
      'I nicked sweets from the corner shop, all kids did.',
      'a row or two, everyone has them',
      'We all swore at each other in our house.',
      'People say worse at the football every week.',
      'No one died, after all.',
      "It wasn't just me, everyone was drinking.",
      'the blokes on site are all at it',
      'Sorry I was late, but he missed your party too.',
      'You missed my birthday too, because I remember it.',
      "I feel like I'm the only one who ever gets punished for this stuff.",
      // session 14: the deed shared out by a question
      "I cheated on the exam, and who hasn't?",
      "Who among us has never told a white lie to get out of trouble?",
      // session 14: the deed shared out among many
      "Loads of other drivers did much worse that night.",
      "I'm not the only manager who got this wrong.",
    ],
    negative: [
      // session 14: set aside, or not about the deed
      "Lots of people said it was a lovely wedding.",
      // session 14: real questions
      "Who hasn't had a reply from you yet?",
      "You were the one who didn't give up on me.",
      // session 13: traps in general words
      'My sister had to drive me home before the speeches, so she missed them too.',
      'You covered my shifts and you lied to the manager for me.',
      'I threw the glass at the wall next to your head.',
      'I took the money, and nobody made me do it.',
      "I'm not going to trot out the line that everyone was at it.",
      "I'm not the only one who misses him, and I know that.",
      "I wasn't the only one taking it hard when Grandad died.",
      "I wasn't the only member of staff taking it hard when he retired, and I should have told you how I felt.",
      'Unlike before, I now go to a meeting every Tuesday.',
      'Most of the staff did their best to cover for me, and I let them down.',
      'I was the only employee taking money from the safe, and I am ashamed of it.',
      'Half the lads do it and never lay a finger on anyone, so I have no excuse.',
      "I used to say everyone drinks like that at the weekend; they don't, and I knew it.",
      "I always said at least I never hit anyone, as if that made it fine.",
      "We checked every account in the industry's standard way and found our own mistake.",
      "The average wait last month was four days, which is far too long.",
      "Like many of you, I was shocked when I read the report.",
      "I would like every club in the league to hear this from me.",
      "Unlike many companies, we told our customers the same day.",
      "It is standard practice in our trade to tell the customer first, and I did not.",
      "My drinking got worse every year, and I said worse things to you each time.",
      "It could have been much worse, and that is exactly why what I did is so serious.",
      "I'm the one who got caught, and I'm glad I did.",
      "I was only the one who got blamed because I was the one who did it.",
      "Drinking became a normal part of my day, and you paid for it.",
      "Every family I know has faced something like this, and none of them did what I did.",
      "These arrangements have been in place since I opened the account in your name.",
      'Your brother missed your wedding because I was too drunk to drive him.',
      'Mum always said I was the only one she could count on, and I took her savings.',
      "I'm the only one to blame for the state the accounts were in.",
      'The bank froze the account and she missed your graduation.',
      'You missed your final because I was too hungover to pick you up.',
      'She was lucky, it could have been so much worse, and that is exactly why I have to face what I did.',
      "it couldve been way worse which is what scares me most about that night",
      'Lots of people drink as much as I did and never lay a hand on their kids.',
      "plenty of lads gamble and dont do what i did to their own family",
      'Everyone at that firm fiddled expenses, yet they would never have stolen from a client like I did.',
      "All kids do better when their parents stop drinking, and mine didn't get that.",
      'Everybody has a right to be angry with me.',
      'We all sat in the house waiting for you, and you never came.',
      'You hear about worse in the news, but this was ours, and I did it.',
      'Anyone would have been frightened by what I did to you.',
      'Any mother would have done what you did and thrown me out.',
      'Anyone could see you were hurting.',
      'You were never home because I made it unbearable to be there.',
      'I got unlucky with the cards, and then I lied about it.',
      'Half of that money was yours, and I took it.',
      "You weren't yourself that year, and I made it worse.",
      'You were never faithful to the lies I told; you saw through them.',
      'He was far worse off after I left, because of me.',
      'My debts were far worse than I ever admitted to you.',
      'It hurt not just me but the kids too.',
      "I got caught, and I'm glad I did.",
      'Most of the nurses did the same for me when I was in hospital.',
      'You came to mine every Sunday when I was ill.',
      'but you also had to cover for me at work',
      'and you drank too, because of me, to cope',
      "I wasn't just me back then; I was the drink.",
      'At least once a week I go to a meeting.',
      "At least twice a month I'll send you £75 until the debt is cleared.",
      'I used to tell myself everyone drinks like that; it was a lie, and you paid for it.',
      'At least let me pay for the repairs.',
      'We both know I was wrong.',
      'Everyone at the party saw how drunk I was, and you had to take me home.',
      'You covered for me and lied to your boss because of me.',
      'It could have been worse, the vet said, and the dog is home now.',
      "It's not like you ever needed my help, but I should have offered.",
      'You lied for me too, to your own mother, and I let you.',
      'What about the times you stood by me when no one else would?',
      'How about when you come home at Christmas we go for a walk?',
      "You had kept so much from me because I'd given you no reason to trust me.",
      'You did the same for my mum when she was ill.',
      'You were worse off because of me.',
      'You deserved a better husband than me.',
      "Nobody's perfect, but that doesn't excuse what I did.",
      'Everyone missed you at the party.',
      'I was the worst version of myself.',
      'Look at what I did to you.',
      'I was scared, and so were you.',
      'I loved that house and so did you.',
      'Everyone was kind to me when I got out.',
      "You could have been hurt far worse, and that frightens me.",
      "I know you'd have done the same for me, and I let you down.",
      "Before you decide anything, please take all the time you need.",
      "Remember when you taught me to swim? I think about it often.",
      "Like everyone does at the start, I found the first meeting hard.",
      "Most people would have given up on me, and you didn't.",
      "No one has been more patient with me than you.",
      "Thank God you were there for the kids.",
      "We were lucky to have you.",
      "I never loved anyone like I loved you.",
      "We both know what I did was wrong.",
      "By anyone's measure I let you down.",
      "We were both to blame, it takes two.",
      "It's not half as bad as it sounds, the doctor said.",
      "Everyone pads around the house in slippers now.",
      "I've seen people do amazing things in recovery.",
      "We're all human, but that doesn't excuse what I did.",
      "Other families have been so kind to us.",
      "You're the one who paid the price for my drinking, not me.",
      "No one has paid a higher price for my drinking than you.",
      "It's normal for people to be angry after what I did.",
      "Half the money I took was meant for your rent.",
      "Anyone would have been hurt by what I did.",
      "Things were different back then, and that's no excuse for what I did.",
      "Where I'm from is no excuse; I was cruel to you.",
      "I was no better than a thief in your house.",
      "By any standards, taking your savings was wrong.",
      "I'll apologise to your mum as well, in person, if she wants that.",
      "You were the one who held the family together while I was drinking.",
      "You were the one who started the argument, and I made it worse.",
      "I'm glad you told me how much it hurt.",
      "To be fair to you, I never gave you a reason to trust me.",
      "People do recover from this, and I'm trying to be one of them.",
      "I sat next to the people who had lost everything to addiction.",
      "Next to the guys who were really struggling, I learned to listen.",
      "But Dad didn't know what I'd done, and I let you carry it alone.",
      "It could have been me who called, and I didn't.",
      "I wasn't the one who had to explain it to the kids; you were.",
      "I was only doing what I wanted, and you paid for it.",
      "Anyone would have been frightened by what I did.",
      "You can judge me however you need to.",
      "I'm not sure you can forgive me, and I understand.",
      "My shame is small next to the pain I caused you.",
      "Getting sober has been hard, but it's nothing next to what you went through living with me.",
      'Saying sorry feels small next to what I did to you, but I am sorry.',
      "Compared to last year, I am doing the work now.",
      "My friends all tried to warn me, and I didn't listen.",
      "In my family, nobody talked about feelings, and I'm learning to.",
      "It's not like you ever owed me anything, and I took it anyway.",
      "It's not as if I had a choice about telling you, and I'm glad I did.",
      "I know I hurt you, but you know I love you.",
      "I tried to call, but you tried to move on, and that was your right.",
      "I lied to you, but you stood by me anyway.",
      'I also want to say that I think we both made mistakes.',
      "We both made mistakes with the savings, so let's not pretend it was all me.",
      "I wasn't honest and you weren't safe either.",
      "You didn't deserve that either.",
      "You could have been hurt too.",
      "Most of my friends had more sense than I did.",
      "You gave me more chances than I deserved.",
      "I don't see how I can ever make this right.",
      "Like many people in recovery, I find mornings hard.",
      "Most people would have given up on me.",
      "I borrowed your car but you never got it back the same.",
      "You saved mine, and I can never thank you enough.",
      "You've forgiven me more than I deserve.",
      "It's not like anyone got hurt, it was just a broken vase.",
      "I hurt you, but you stayed with me too long, and I'm grateful.",
      "Given what other people have done for me, I owe them.",
    ],
  },
});
