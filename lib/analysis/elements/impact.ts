import type { ElementRule } from '../types';
import { isWordCode } from '../char-codes';
import { YOU, YOUR, before, collectSpans, needs, runsWhen, rx } from './match';

/**
 * Impact: the person names what their act did to the other person: what it cost them, what
 * they had to carry, how it must have felt ("you had to cover the rent alone", "that must
 * have been frightening", "you deserved better"). Regretting their reaction ("sorry you were
 * upset"), a conditional harm ("if it hurt you") and a defence of intent ("I never meant to
 * hurt you") are not this element.
 */

/**
 * The harmed as a public statement names them, in the third person: "Mrs Rowe", "their daughter",
 * "the passengers", "families".
 */
const HARMED = `(?:(?:mr|mrs|ms|miss|dr)\\.? [a-z][\\w'-]+|(?:his|her|their) (?:\\w+ )?(?:son|sons|daughter|daughters|kids|children|family|families|parents|wife|husband|partner|mother|father|sister|brother|granddaughter|grandson)|the (?:\\w+ )?(?:family|families|passengers|patients|residents|tenants|victims|survivors|guests|pupils|riders|workers)|our (?:customers|passengers|patients|residents|tenants|guests|pupils|students|members)|(?:families|passengers|patients|residents|tenants|victims|survivors))`;

/**
 * How a text that HARMED, they, she or he ends can end: "he" (she, he), "ey" (they), "s" (the
 * plurals), "er" (daughter, mother, father, sister, brother, partner), son, children, family,
 * wife, husband; the form with a title ends in any word, after "mr", "mrs", "ms", "miss" or "dr"
 * (a full stop allowed) and a space.
 */
const HARMED_ENDS = ['he', 'ey', 's', 'er', 'son', 'children', 'family', 'wife', 'husband'];
const TITLES = ['mr', 'mrs', 'ms', 'miss', 'dr', 'mr.', 'mrs.', 'ms.', 'miss.', 'dr.'];

/**
 * Whether some " deserved " in `norm` comes right after a text that can be (they|she|he|HARMED):
 * every match of the "they deserved better" pattern has one. "you deserved better", common in
 * letters, has none, and the pattern (about 0.6 us a run) is then not run.
 */
function harmedBeforeDeserved(norm: string): boolean {
  for (let at = norm.indexOf(' deserved '); at >= 0; at = norm.indexOf(' deserved ', at + 1)) {
    for (const end of HARMED_ENDS) if (norm.endsWith(end, at)) return true;
    // The titled name: the word before " deserved" follows a space after the title.
    const space = norm.lastIndexOf(' ', at - 1);
    if (space > 0) for (const title of TITLES) if (norm.endsWith(title, space)) return true;
  }
  return false;
}

/** Who bore it: "you", "the kids", "your mum", "the whole team". */
const THEM = `(?:${YOU}|${YOUR} (?:\\w+ )?(?:mum|mom|dad|family|kids|children|son|daughter|sister|brother|wife|husband|partner|friends?|parents|boss|team|colleagues)|the (?:whole )?(?:kids|children|family|team|office|staff|household)|she|he|they|everyone|both of (?:${YOU}|them)|our (?:son|daughter|kids|children|family)|${HARMED})`;

/** How it felt or what it did. */
const FELT =
  '(?:hurt|hurtful|painful|scary|scared|frightening|frightened|terrifying|terrified|humiliating|humiliated|embarrassing|embarrassed|mortifying|mortified|awful|horrible|terrible|hard|difficult|exhausting|exhausted|lonely|alone|devastating|devastated|heartbreaking|heartbroken|confusing|confused|upsetting|upset|worrying|worried|stressful|stressed|unsafe|afraid|shameful|ashamed|betrayed|angry|furious|sick|crushing|crushed|degrading|insulting|unbearable|traumati[sz]ing|traumati[sz]ed|distressing|distressed|isolating|isolated|hopeless|helpless|powerless|expensive|costly|let down|abandoned|unwelcome|small|worthless|invisible|anxious|nervous|miserable|sad|gutted|shattered|broke|broken|disappointed|disappointing|unloved|unwanted|ignored|used|cheated|robbed|trapped|stuck|on edge|a nightmare|hell|a shock|shocking|agony|brutal|tough|rough|cruel|unfair)';

/** How it was for them, said of the whole: "it was humiliating for you". */
const FELT_FOR =
  '(?:hurtful|painful|scary|frightening|terrifying|humiliating|embarrassing|mortifying|awful|horrible|terrible|hard|harder|worse|difficult|exhausting|lonely|devastating|heartbreaking|confusing|upsetting|worrying|stressful|frightened|scared|degrading|unbearable|traumati[sz]ing|distressing|isolating)';

const PATTERNS = [
  // fear that stayed: "our daughter still flinches", "the kids grew up walking on eggshells", "you didn't feel safe"
  needs('flinches flinch jumps jump eggshells safe', rx(`\\b(?:${THEM}|our \\w+|${YOUR} \\w+) (?:(?:still|now|always|even now) )?(?:flinch(?:es|ed)?|jump(?:s|ed)?(?= when)|(?:grew up |were |was |are |spent years )?walking on eggshells|(?:did ?n'?t|did not|never|could ?n'?t|do ?n'?t) feel safe)\\b`)),
  // trust slow to come back: "it took you years to trust anyone again"
  needs('took taken', rx(`\\b(?:it|that) (?:took|has taken|'s taken) ${THEM} (?:\\w+ ){0,3}?to (?:trust|feel safe|sleep|recover|get over|pay off|relax)\\b`)),
  // left with no one: "you had nobody to turn to"
  needs('nobody one anyone', rx(`\\b${THEM} (?:had|have had|'ve had) (?:nobody|no one|noone|no-one|not one person) to (?:turn to|talk to|lean on|help)|\\b${THEM} (?:could ?n'?t|could not) (?:turn to|tell|talk to) anyone\\b`)),
  // harm that lasts, with me as cause: "your credit rating is still wrecked because of me"
  needs('because', rx(`\\b${YOUR} (?:\\w+ ){0,2}?(?:is|are|was|were) (?:still )?(?:wrecked|ruined|damaged|shot|destroyed|in pieces|a mess|gone) because of (?:me|what i did|my \\w+)\\b`)),
  // what they could no longer do: "you couldn't trust anyone after that", "the kids couldn't sleep"
  needs("couldn't can't cannot could never", rx(`\\b${THEM} (?:(?:still|just|really) )?(?:could ?n'?t|could not|still can'?t|still cannot|never could|could never) (?:trust|sleep|relax|afford|face|eat|feel safe|look at me|bring (?:yourself|themselves|herself|himself))\\b`)),
  // what they witnessed: "the kids saw everything", "your mum heard it all"
  needs('saw heard watched witnessed', rx(`\\b(?:the (?:kids|children|boys|girls)|our (?:son|daughter|kids|children|boy|girl)|${YOUR} (?:\\w+ )?(?:son|daughter|kids|children|mum|mom|dad|sister|brother|friends?)|${YOU}) (?:saw|heard|watched|witnessed) (?:everything|it all|all of it|the whole thing|me (?:like that|drunk|hit|scream|shout)|what (?:i|happened))\\b`)),
  // what it cost them in time: "you missed work to look after me"
  needs('missed lost gave took', rx(`\\b${THEM} (?:missed|lost|gave up|took) (?:\\w+ ){0,2}?(?:work|shifts?|days? off|sleep|school|(?:${YOUR}|a|the) (?:job|holiday|weekend|promotion|exams?)) (?:to (?:look after|care for|cover|sort|deal|clean|find|pay)|because of me|over me|for me)\\b`)),
  // "that must have been frightening", "it must have made you afraid", "you must have felt humiliated"
  needs('must would will probably surely clearly', rx(`\\b(?:that|this|it|which|what i did|all (?:of )?(?:that|this)|my \\w+) (?:must|would|will|probably|surely|clearly)(?: have|'ve|ve| of)? (?:(?:been|felt) (?:(?:so|really|very|incredibly|utterly|absolutely|deeply|pretty|such|a) ){0,2}${FELT}|felt (?:like|as if|as though) |(?:made|left|put|caused|cost|given|forced|hurt|scared|frightened|terrified|humiliated|embarrassed) )`)),
  needs('must would will', rx(`\\b${THEM} (?:must|would|will)(?: have|'ve|ve| of)? (?:felt|been|worried|wondered|dreaded|lain|laid|lost|spent|had)\\b`)),
  // "I know that hurt you", "I realise I humiliated you", "I know how much you loved that job"
  needs('know knew realise realize understand see recognise recognize imagine get remember', rx(`\\bi (?:(?:now|really|fully|truly|finally|also) )?(?:know|knew|realise|realize|understand|see|recogni[sz]e|can see|can only imagine|can't imagine|cannot imagine|get|remember)(?: now)?(?: that| how(?: much)?)? (?:it|that|this|my \\w+|what i did|i)? ?(?:must have |must've )?(?:hurt|scared|frightened|terrified|humiliated|embarrassed|worried|cost|betrayed|broke|damaged|ruined|crushed|shamed|devastated|put ${YOU}|left ${YOU}|made ${YOU}|forced ${YOU}|caused ${YOU}|took)\\b`)),
  needs('know knew realise realize understand remember', rx(`\\bi (?:(?:now|really|fully|truly|also) )?(?:know|knew|realise|realize|understand|remember)(?: now)?(?: that)? ${YOU}(?:'d| had| were| have)? (?:(?:been|had to|had|were|stopped|waited|worked|saved|trusted|relied|counted|loved|lost|paid|spent|gave|covered|cried|lay|went|ended up|made|needed|needed to|did|couldn'?t|could ?n'?t|can'?t|cannot|could not|didn'?t|did not|rely|count|love|trust|need)\\b)`)),
  needs('know knew realise realize understand see', rx(`\\bi (?:know|knew|realise|realize|understand|see)(?: now)?(?: that)? (?:that|the|this|it|those|${YOUR}) (?:\\w+ ){0,3}?(?:was|were|meant|belonged to) (?:${YOUR}|everything|so much|the world|all)`)),
  needs('how', rx(`\\bi (?:know|can see|realise|realize|understand) how (?:much|badly|deeply|hard) (?:${YOU}|it|this|that|my)\\b`)),
  // "you had to cover the rent alone", "u had to find someone", "you ended up borrowing"
  needs('had have were was got ended', rx(`\\b${THEM}(?:'ve| have|'d)? (?:(?:all|both|then|also|just|still|even|since) )?(?:had to|have had to|'ve had to|were left to|were forced to|was forced to|got stuck|were stuck|was stuck|ended up|were left with|was left with|were left|had no choice but)\\b(?! (?:understand|know|see|realise|realize|admit|forgive|accept|be so|get over|let it go|move on))`)),
  needs("lost paid carried covered picked stopped waited cried worried lay kept couldn't missed went gave had trusted made", rx(`\\b${THEM} (?:(?:all|then|also|just) )?(?:lost(?! (?:it|${YOUR} (?:temper|cool|mind|rag)|interest))|paid for|paid the price|carried|covered|picked up the pieces|stopped (?:trusting|telling|calling|inviting|believing|coming)|waited|cried|worried|lay awake|kept (?:waiting|looking|asking|calling|checking|covering|making excuses)|couldn'?t sleep|missed out|went without|gave up|had to go|trusted me|made decisions)\\b`)),
  needs('alone own by', rx(`\\b${THEM}(?:'ve|'d|'re| have| had)? (?:(?:\\w+ ){1,6}?)(?:alone|on (?:${YOUR}|their|her|his) own|by (?:yourself|yourselves|themselves|herself|himself))\\b`)),
  needs('questioned blamed accused suspected investigated interrogated interviewed arrested fired sacked evicted let disciplined suspended kicked thrown dragged', rx(`\\b${THEM} (?:were|was|got) (?:(?:then|also|even|wrongly|unfairly) )?(?:questioned|blamed|accused|suspected|investigated|interrogated|interviewed|arrested|fired|sacked|evicted|let go|disciplined|suspended|kicked out|thrown out|dragged into)\\b`)),
  needs('one ones', rx(`\\b${THEM} (?:were|was) the ones? (?:who|that) (?:had to|got|paid|carried|picked|covered|dealt|ended up|lost|stayed up|waited)\\b`)),
  needs('anxious scared frightened nervous panicky jumpy edge afraid upset wary tense', rx(`\\b${THEM} (?:(?:still|now|sometimes|often|always) )?(?:get|gets|feel|feels|are|is|'re) (?:so |really |very )?(?:anxious|scared|frightened|nervous|panicky|jumpy|on edge|afraid|upset|wary|tense)\\b`)),
  needs("should shouldn't", rx(`\\b${YOU} (?:shouldn'?t|should not|should never|never should) have (?:had to|been|felt|needed)\\b`)),
  // "you deserved better", "you didn't deserve it", "You had every right to be furious"
  needs('deserve deserved deserves', rx(`\\b${YOU} (?:deserved|deserve|deserve[sd]?) (?:(?:so|much|far|a lot) )?(?:better|more|a |an |someone|to (?:feel|be|have|know)|the truth|honesty|respect)`)),
  // the same, said of the harmed in the third person, past only ("customers deserve choice" is a slogan):
  // "they deserved better from us", "Our tenants deserved a safe home"
  runsWhen(harmedBeforeDeserved, needs('deserved', rx(`\\b(?:they|she|he|${HARMED}) deserved (?:(?:so|much|far|a lot) )?(?:better|more|(?:a|an) (?:safe|proper|decent|fair|honest|prompt|straight|full|real|clear|better|answer|apology|explanation)|to (?:feel|be|have|know)|the truth|honesty|respect)`))),
  needs('deserve', rx(`\\b${YOU} (?:did ?n'?t|did not|don'?t|do not|never) deserve (?:it|that|this|any|what|to be|how)\\b`)),
  needs('every', rx(`\\b${YOU} (?:had|have) every (?:right|reason) to (?:be|feel)\\b`)),
  needs('entitled right', rx(`\\b${YOU} (?:were|was|are) (?:(?:also|completely|entirely|totally) )?(?:entitled|right) to (?:feel|be) (?:safe|angry|upset|hurt|furious|scared)\\b`)),
  // "I made you feel unwelcome", "I made you doubt yourself", "I put you through hell"
  needs('made left', rx(`\\b(?:i|it|that|this|what i did|my \\w+) (?:(?:also|even|then) )?(?:made|left) ${YOU} (?:feel|doubt|cry|worry|wait|pay|lose|question|scared|afraid|look|think you|believe you|carry|handle|deal|alone|to)\\b`)),
  needs('put', rx(`\\bi (?:(?:also|even) )?put ${YOU} through (?:hell|years|months|the|an?|such)\\b`)),
  // left in the ordeal: "left you hanging upside down for 58 minutes", "whom we left without food or information"
  needs('left leaving', rx(`\\b(?:(?:left|leaving) (?:${THEM}|them)|whom i left) (?:(?:\\w+ )?(?:stranded|hanging|stuck|trapped|sitting|lying|standing) (?:\\w+ ){0,3}?(?:for|in|on|without|until)|without (?:any |a )?(?:food|water|heat|heating|power|help|information|care|medication|money|a home|answers|support|shelter))\\b`)),
  needs('left leaving leave', rx(`\\b(?:left|leaving|leave) ${THEM} (?:to (?:deal|handle|cope|face|pick|clean|sort|explain|manage|look after|carry|pay|cover|fend|do|raise|run|bring up|worry|wonder)|alone|on (?:${YOUR}|their|her|his) own|with (?:the|all|nothing|no|debts?|bills?|bruises?))\\b`)),
  // "Because of me, you spent your twenties looking after a drunk"
  needs('because', rx(`\\bbecause of (?:me|what i did|my \\w+),? ${THEM} (?!\\b(?:are|were|feel|felt)\\b)\\w+`)),
  // "You were frightened of me in your own home", "you felt invisible"
  needs('scared frightened afraid terrified humiliated embarrassed ashamed alone lonely abandoned betrayed let worried heartbroken devastated unsafe invisible unloved unwanted trapped isolated exhausted powerless helpless used hurt', rx(`\\b${YOU} (?:were|was|felt|have felt|'ve felt|had felt) (?:(?:so|really|completely|totally|utterly|always|often|constantly|genuinely) )?(?:scared|frightened|afraid|terrified|humiliated|embarrassed|ashamed|alone|lonely|abandoned|betrayed|let down|worried sick|heartbroken|devastated|unsafe|invisible|unloved|unwanted|trapped|isolated|exhausted|powerless|helpless|used|hurt)\\b`)),
  // "you had a bruise for weeks"
  needs('bruise bruises black cuts cut scar scars broken stitches concussion injury injuries nightmares panic', rx(`\\b${THEM} (?:had|got|were left with|ended up with|still (?:have|has)) (?:a |an |two |the )?(?:\\w+ )?(?:bruises?|black eye|cuts?|scars?|broken \\w+|stitches|concussion|injur(?:y|ies)|nightmares|panic attacks)\\b`)),
  needs('put putting', rx(`\\b(?:put|putting) (?:${YOUR}|${THEM}|their|the kids'?|our \\w+'s) (?:\\w+ )?(?:life|lives|safety|health|job|home) (?:at risk|in danger)\\b`)),
  needs('took stole robbed', rx(`\\bi (?:(?:also|even|then) )?(?:took|stole|robbed) (?:that |this )?(?:${YOUR} (?:trust|peace|sense of|safety|childhood|confidence|faith|chance))\\b`)),
  // "My choices cost you your job", "it cost you your savings", "left you short"
  needs('cost costs caused gave left forced robbed took deprived denied', rx(`\\b(?:it|that|this|i|my \\w+|what i did|those \\w+)(?: (?:has|have|had|must have|will have))? (?:cost|costs|caused|gave|left|forced|robbed|took from|deprived|denied) ${THEM} (?:(?:so much|a lot of|real|your|ur|the|their|her|his|any|all) )?(?!to\\b|feel that way|and\\b|(?:pain|hurt|harm|grief|trouble|problems|suffering|distress)\\b)\\w+`)),
  // "Your trust was broken by what I did", "You were let down by me"
  needs('by because', rx(`\\b(?:${YOU}|${YOUR} (?:\\w+ )?(?:trust|life|lives|credit|savings|health|job|marriage|confidence|reputation|safety|childhood|relationship|name|peace|sleep|holiday|birthday|day|wedding|home|family|career|business)) (?:was|were|got|have been|has been) (?:\\w+ ){0,2}?(?:broken|damaged|ruined|destroyed|wrecked|hurt|injured|shattered|spoiled|taken|stolen|lost|affected|let down|betrayed|humiliated|embarrassed|scared|frightened|put at risk) (?:by|because of) (?:me|what i|my)\\b`)),
  // "Those were your savings for university", "that guitar was ur dads"
  needs('savings money inheritance pension wages fund deposit rent dad dads mum mums mom moms grandad grandpa grandma nan father mother only last whole life college university future', rx(`\\b(?:it|that|this|those|these|the \\w+|that \\w+) (?:was|were) (?:all )?(?:${YOUR}|ur) (?:\\w+ ){0,2}?(?:savings|money|inheritance|pension|wages|fund|deposit|rent|dad'?s|dads|mum'?s|mums|mom'?s|moms|grandad'?s|grandpa'?s|grandma'?s|nan'?s|father'?s|mother'?s|only|last|whole|life savings|college|university|future)\\b`)),
  // "our son could have been killed", "someone could have died"
  needs('could might', rx(`\\b(?:${THEM}|someone|somebody|anyone|our \\w+|${YOUR} \\w+) (?:could|might) (?:have|'ve) (?:been )?(?:killed|died|hurt|injured|seriously hurt|lost)\\b`)),
  // "that wasn't fair on you", "it wasn't fair to the kids"
  needs('fair', rx(`\\b(?:that|it|this)(?:'s| is| was|s)? (?:n'?t|not|never) (?:\\w+ )?fair (?:on|to|for) ${THEM}`)),
  // "what matters is that I did", "whatever I meant, it hurt you"
  needs('matters truth fact', rx(`\\b(?:what matters is|the truth is|the fact is)(?: that)? i did\\b`)),
  // a lasting effect told indirectly: "that night still frightens you", "it still haunts the kids"
  needs('frightens scares haunts upsets affects shakes follows hurts', rx(`\\b(?:it|that|this|which|that \\w+|what i did|my \\w+) (?:(?:still|probably|clearly|obviously) )?(?:frightens|scares|haunts|upsets|affects|shakes|follows|hurts) ${THEM}\\b`)),
  // "you went another year without them", "the kids went months without a proper meal"
  needs('went gone', rx(`\\b${THEM} (?:went|had to go|have gone|'ve gone) (?:\\w+ ){1,4}?without\\b`)),
  // "you stopped expecting me", "you gave up counting on me"
  needs('stopped gave', rx(`\\b${THEM} (?:stopped|gave up) (?:expecting|counting on|asking|hoping|waiting|relying on|believing in|looking forward)\\b`)),
  // "it hurt you", "what I meant doesn't change what you went through"
  needs('hurt wounded humiliated scared frightened', rx(`\\b(?:it|that|this|what i did|what i said|my \\w+) (?:really |deeply |badly |still )?(?:hurt|wounded|humiliated|scared|frightened) ${THEM}\\b`)),
  needs('went gone through', rx(`\\bwhat ${THEM} (?:went|have gone|'ve gone|had to go|were put|was put) through\\b`)),
  needs('hurt scared frightened terrified humiliated traumatised traumatized endangered', rx(`\\bi (?:hurt|scared|frightened|terrified|humiliated|traumati[sz]ed|endangered) ${THEM}\\b`)),  // the harm traced back to the writer: "the kids got teased at school because of what I did", "u got a
  // warning cuz of my lie", "the stress you were under was because of my gambling" (no first person in
  // between, so "you know I did it because of my job" stays out; not a promise: "...because of me again")
  needs('because cuz coz cos cause due', rx(`(?:\\b(?:sorry|apologi[sz]e|regret) (?:that )?)?\\b(?!(?:ur|you'?re|youre|u r) not\\b)(?:${THEM}|${YOUR} \\w+|the \\w+ (?:${YOU}|${YOU}'?d|${YOU} had) (?:had|were under|went through))\\b(?:(?!\\bi\\b|\\bi'\\w+|\\bwill\\b|'ll\\b|\\bmake sure\\b|\\bgoing to\\b|\\bgonna\\b)[^.;!?]){1,70}? (?:because of|cuz of|coz of|cos of|cause of|bc of|due to) (?:me|my \\w+|what i (?:did|said)|how i (?:was|behaved|acted|lived|treated)|the way i)\\b(?! again\\b)`)),
  // the time the harm took from them, told as a public statement tells it: "Mrs Pryce spent forty minutes on her
  // kitchen floor", "the passengers spent fourteen hours without food", "Sam spent the interview having to
  // defend who they are" (not "they spent the day at the beach": it needs the ordeal after the time)
  needs('spent spend', rx(`\\b${THEM} (?:(?:then|also|had to|have|has|had) )?(?:spent|spend) (?:(?:the|a|an|his|her|their|your|ur|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|forty|several|many|\\d+) )?(?:\\w+ ){0,2}?(?:nights?|days?|hours?|minutes|weeks?|months?|years?|winters?|summers?|interview|life|lives|childhood|evening|afternoon|morning) (?:\\w+ ){0,4}?(?:in (?:\\w+ ){0,2}?hospital|in (?:intensive care|a cell|custody|fear|pain|the dark|tears|limbo)|on (?:her|his|their|the) (?:\\w+ )?floor|without|waiting for (?:help|news|us|someone|anyone|an? (?:answer|ambulance|reply|call|update|apology))|not knowing|having to|unable to|fighting|chasing|breathing|afraid|frightened|terrified|alone|worrying|wondering|believing)\\b`)),
  // the body's harm, or the fear that stayed: "Mrs Rowe needed fourteen stitches", "he is now scared of the water",
  // "she has not wanted to go back to school since", "she has been left with injuries and trauma"
  needs('stitches surgery operation operations transfusion grafts care treatment hospital badly seriously severely critically scared afraid frightened terrified wanted want left', rx(`\\b${THEM} (?:(?:later|then|also) )?(?:needed|required|had to have|underwent|(?:is|are) going to need|will need|has had|have had) (?:\\w+ ){0,2}?(?:stitches|surgery|an operation|operations|a transfusion|skin grafts?|a cast|medical (?:care|treatment))\\b|\\b${THEM} (?:was|were) (?:(?:then|later|all) )?(?:taken|rushed|admitted|airlifted) to (?:\\w+ ){0,3}?hospital\\b(?! for (?:a |an |her |his |their )?(?:routine|planned|scheduled|check))|\\b${THEM} (?:was|were) (?:badly|seriously|severely|critically) (?:burned|burnt|injured|hurt)\\b|\\b${THEM} (?:is|are|'s|'re) now (?:(?:so|too) )?(?:scared|afraid|frightened|terrified) (?:of|to)\\b|\\b${THEM} (?:has|have|had) (?:not|n'?t|never) (?:wanted|been able) to (?:go|come|return) back\\b|\\b${THEM} (?:do|does|did) ?(?:n'?t|not) want to (?:go|come) back to\\b|\\b${THEM} (?:has|have) been left with (?:\\w+ ){0,2}?(?:injuries|trauma|scars|nightmares|debts?|nothing|a (?:\\w+ )?(?:injury|scar|fear|debt|disability))\\b`)),
  // fear that changed what they do: "several became afraid to come to school at all", "every household who no
  // longer feels safe in it", "some of the boys went home in tears"
  needs('afraid scared frightened terrified safe tears crying', rx(`\\b(?:${THEM}|several|many|some(?: of (?:them|the \\w+))?|children|people|pupils|students) (?:(?:have |had |then |all )?(?:became|become|grew|were|are|was|is|'re) )(?:too |so )?(?:afraid|scared|frightened|terrified) to (?:come|go|leave|return|walk|speak|sleep)\\b|\\bno longer (?:feels?|felt) safe\\b|\\b(?:${THEM}|several|many|some(?: of (?:them|the \\w+))?) went home (?:in tears|crying|shaking|frightened|afraid|scared)\\b`)),
  // what they did not deserve: "you never deserved the things I said", "she didn't deserve that", "youse
  // deserved a proper Christmas", "you deserved to move on"
  needs('deserve deserved', rx(`\\b(?:${YOU}|youse|yous|ye|she|he|they|${THEM}) (?:(?:really|truly|certainly|clearly) )?(?:did ?n'?t|didnt|did not|never|never once) deserved? (?:it|that|this|any|either|all (?:of )?(?:it|that|this)|a single|one|what|to be|to have|how|the|those|none|a bit|an?)\\b|\\b(?:youse|yous|ye) deserved\\b|\\b${YOU} deserved (?:to (?:move on|be|feel|have)|a proper|a \\w+ who)\\b`)),
  // the danger or the ordeal they were put in: "I put both your lives at risk", "I put you in a terrible
  // position", "what I put you through", "the fear I put them through"
  needs('put', rx(`\\bi (?:(?:also|even|then|really) )?put (?:${THEM}|my \\w+|both (?:of )?(?:${YOU}|${YOUR} \\w+|them)|the \\w+) (?:(?:\\w+ ){0,2})?(?:at risk|in danger|in harm'?s way|in (?:a|an|the|such an?) (?:\\w+ )?position)\\b|\\bi (?:(?:also|even|then|really) )?put (?:${THEM}|them|her|him) through (?:that|it|this|all (?:of )?that|so much|hell|years|months|the|an?|such|everything)\\b|\\bwhat i(?: have|'ve|ve)? put (?:${YOU}|them|her|him|the kids|${YOUR} \\w+) through\\b|\\bthe (?:fear|pain|hell|worry|hurt|stress|misery|shame|grief|heartache) (?:that )?i put (?:${YOU}|them|her|him|the kids|${YOUR} \\w+) through\\b`)),
  // the harm named with its cause: "the hurt I caused by missing your wedding", "the hurt my drinking
  // caused you", "the fear and the cost I caused you", "the humiliation it brought you" (not the bare
  // "the hurt I caused you", which names nothing)
  needs('hurt pain harm damage fear distress humiliation worry stress grief heartache embarrassment shame', rx(`(?:\\b(?:sorry|apologi[sz]e|apologies|regret) (?:for )?)?\\b(?:the|all the) (?:(?:hurt|pain|harm|damage) (?:that )?(?:my \\w+ (?:caused|brought|did)|i caused by \\w+ing)|(?:\\w+ )?(?:fear|distress|humiliation|worry|stress|grief|heartache|embarrassment|shame)(?: (?:and|&) (?:the )?(?:\\w+ ){0,2}?(?:cost|hurt|pain|worry|stress|shame|humiliation))? (?:that )?(?:i|my \\w+|it|that|this|what i did) (?:caused|brought|gave|put)(?: (?:${THEM}|them|her|him)\\b| by \\w+ing\\b))`)),
  // how young they were: "You were only fourteen", "because you were just a kid", "You were a child and I
  // was the adult" (a clause of its own: not "when you were a kid, we...")
  needs('child kid little baby teenager six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen', rx(`(?:^|[,;:] ?|\\b(?:because|cuz|cos) )(?:${YOU}|she|he) (?:were|was) (?:only |just |still )?(?:a (?:child|kid|little (?:girl|boy)|baby|teenager)|(?:six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)(?: years old)?)\\b`)),
  // waiting for the one who did not come: "you spent your birthday waiting for me", "the nights you sat up
  // waiting", "u looked for me in the crowd", "years of waiting up"
  needs('waiting looking searching watching looked searched watched waited', rx(`\\b(?:${THEM}|${YOUR} \\w+|[a-z]+) (?:(?:\\w+ ){0,4}?)(?:waiting|looking|searching|watching) (?:up |out |around |by the (?:phone|window|door) )?for me\\b|\\b(?:looked|searched|watched|waited) for me in the\\b|\\b(?:${YOU}|they|she|he) (?:spent|sat up|stayed up)(?: \\w+){0,3}? waiting\\b|\\byears of waiting up\\b`)),
  // the burden carried by them: "you were the one who suffered", "u were the one left crying", "you were
  // the one putting me to bed" (not "you were the one who kept topping up my glass": blame)
  needs('one ones', rx(`\\b(?:${YOU}|${THEM}) (?:were|was|are|'re|re|r) the ones? (?:(?:who|that) )?(?:suffered|got hurt|paid|paying|carried|held|holding|looking after|looked after|took care|taking care|putting me to bed|put me to bed|cleaned up|cleaning up|picked up|picking up|left (?:crying|holding|with|to|alone)|stayed up|sat up|waited|waiting|cried|crying|covered|covering|worried|dealt|dealing|phoned|rang|called the ambulance|found me|finding me|had to|has to|got blamed|lost|sitting up)\\b`)),
  // what should have been theirs: "You should have been safe with me", "that should never have been your
  // job", "a little girl shouldn't have to look after her dad"
  needs("should shouldn't", rx(`\\b${YOU} should(?:'ve| have|ve) been (?:safe|able to|protected|looked after|allowed to)\\b|\\bshould (?:never|not) have been ${YOUR} (?:job|responsibility|burden|problem)\\b|\\b(?:a|no) (?:little )?(?:girl|boy|kid|child|teenager|son|daughter) (?:shouldn'?t|should not|should never) (?:have to|need to)\\b`)),
  // a hard time made harder: "you were grieving and I made it worse", "it made a terrible time more painful"
  needs('harder worse painful', rx(`\\bi made (?:it|that|things|everything|all of (?:it|that)) (?:(?:so much|even|a lot|far|ten times|much) )?(?:harder|worse)\\b|\\bmade (?:a|an|the) (?:\\w+ ){0,2}(?:time|day|year|week|situation) (?:even |so much |far )?(?:more painful|harder|worse)\\b`)),
  // "I broke your trust", "i wrecked ur trust"
  needs('trust', rx(`\\bi (?:(?:really|completely|totally) )?(?:broke|broken|shattered|destroyed|wrecked|damaged) ${YOUR} trust\\b`)),
  // intent set aside for the effect: "Whatever I meant, ...", "it doesn't matter what I intended"
  needs('whatever matter regardless', rx(`\\b(?:whatever|no matter what|regardless of what|(?:it )?does ?n'?t matter what|(?:it )?does not matter what) i (?:meant|intended|thought|told myself|was (?:thinking|trying|doing|going through))\\b`)),
  // the injury and its treatment: "you needed stitches", "you broke your wrist"
  needs('stitches surgery operation physio physiotherapy counselling therapy cast broke fractured cracked', rx(`\\b${THEM} (?:needed|had to have|got|ended up needing) (?:\\w+ )?(?:stitches|surgery|an operation|physio|physiotherapy|counselling|therapy|a cast)\\b|\\b${THEM} (?:broke|fractured|cracked) (?:your|ur|his|her|their) \\w+\\b`)),
  // their occasion spoiled: "my drunken speech ruined it", "i wrecked it", "I spoiled your big day"
  needs('ruined wrecked spoiled spoilt', rx(`\\b(?:i|my \\w+(?: \\w+)?) (?:(?:completely|totally|just|then) )?(?:ruined|wrecked|spoiled|spoilt) (?:it|that|the (?:day|night|party|evening|wedding|occasion)|${YOUR} (?:\\w+ )?(?:day|night|party|wedding|birthday|graduation|holiday|christmas|evening|celebration|big day))\\b`)),
  // what a consequence did to them: "I know the calls from the bailiffs frightened you", "a speech that
  // embarrassed you" (not "I know other people hurt you too")
  needs('frightened embarrassed upset humiliated scared terrified shamed hurt', rx(`\\bi (?:know|knew|realise|realize|understand|recogni[sz]e)(?: now)?(?: that)? (?!i\\b|other |others |people |someone else |somebody else |everyone )(?:[a-z']+ ){1,8}?(?:frightened|embarrassed|upset|humiliated|scared|terrified|shamed|hurt) (?:${THEM}|them|her|him)\\b|\\b(?:that|which|it) (?:(?:really|badly|totally) )?(?:embarrassed|upset|humiliated|shamed) (?:${THEM}|her|him|them)\\b`)),
  // the price named: "because of what it cost you", "how much the late fees cost you"
  needs('cost', rx(`\\b(?:what|how much) (?:it|that|this|my \\w+|the \\w+(?: \\w+)?) (?:has |had )?cost (?:${THEM}|them|her|him)\\b`)),
  // their labour while the writer was away: "you kept the house running while I was at the pub"
  needs('while', rx(`\\b(?:${THEM}|ur) (?:(?:were|was) (?:only |always )?(?:ever )?(?:trying to )?)?(?:kept|keep|held|hold|carried|ran|did|looked after|took care of|paid|covered|holding|keeping|the one who held)\\b[^.;!?]{1,50}? while i (?:was|went|sat|stayed|spent|tore)\\b`)),
  // what the writer made them do or feel: "I made you lie to the relatives", "i made u late", "I made her cry"
  needs('made', rx(`\\bi (?:(?:also|even|then|always) )?made (?:${YOU}|her|him|them|the kids|${YOUR} \\w+) (?:late|lie|cry|walk on eggshells|cover|miss|pay|hide|ashamed|anxious|afraid|scared|nervous|sick|feel|doubt)\\b`)),
  // how it was for them: "it was humiliating for you", "it was far worse for you", "I can only imagine how
  // frightening that was"
  needs('hurtful painful scary frightening terrifying humiliating embarrassing mortifying awful horrible terrible hard harder worse difficult exhausting lonely devastating heartbreaking confusing upsetting worrying stressful frightened scared degrading unbearable traumatising traumatizing distressing isolating', rx(`\\b(?:it|that|this) (?:was|must have been|must've been|'s been|has been|is) (?:(?:so|far|much|even|a lot|really) )?${FELT_FOR} for (?:${YOU}|them|her|him|the kids)\\b|\\bi (?:can only |can't |cannot |can |now )?(?:imagine|know|understand|realise|realize|see)(?: now)? how ${FELT_FOR} (?:it|that|this) (?:was|must have been|must've been)\\b`)),
  // what the children saw: "the kids saw it through the window", "your wee boy saw me like that"
  needs('saw heard watched witnessed', rx(`\\b(?:the (?:kids|children|boys|girls|baby)|our (?:\\w+ )?(?:son|daughter|kids|children|boy|girl)|${YOUR} (?:\\w+ )?(?:son|daughter|kids|children|boy|girl|mum|mom|dad|sister|brother))(?: (?:all|both))? (?:saw|heard|watched|witnessed) (?:it|me|that|this|the (?:whole|fight|row|police|ambulance|arrest))\\b`)),
  // the injury named: "the injuries to your husband", "Lily's broken arm", "your brother was injured because"
  needs('injury injuries broken fractured injured hurt limps limp', rx(`\\bthe injur(?:y|ies) (?:to ${YOUR} \\w+|(?:that )?${THEM} (?:suffered|sustained|got))\\b|\\b(?:${YOUR}|[a-z]+'s) (?:broken|fractured) (?:arm|leg|wrist|nose|ribs?|jaw|collarbone|ankle|hand)\\b|\\b${THEM} (?:was|were|got) (?:badly |seriously )?(?:injured|hurt) because\\b|\\bstill limps?\\b`)),
  // what the thing meant to them: "I know they can't be replaced", "it was the last thing you had from Dad",
  // "you know how much that watch meant to you", "it was your private space"
  needs('replaced last only meant private own safe', rx(`\\b(?:can'?t|cannot|could never|can never) be replaced\\b|\\bthe (?:last|only) thing (?:you|u|she|he|they) (?:had|have) (?:left )?(?:of|from)\\b|\\bhow much (?:it|that|this|they|those|the \\w+|that \\w+|${YOUR} \\w+) meant to (?:you|u|her|him|them)\\b|\\bit was ${YOUR} (?:private|own|safe) (?:space|place|room|diary|things)\\b`)),
  // the time they spent in fear or waiting: "the years you spent worrying about where I was", "every night you
  // spent afraid of me" (not "the hours you spent covering for me": their help, offered back)
  needs('spent lost sat lay', rx(`(?:\\b(?:sorry|regret|apologi[sz]e) (?:for )?)?\\b(?:the|all the|those|every) (?:years?|months?|weeks?|nights?|days?|hours?) (?:that )?(?:you|u|she|he|they|the kids) (?:spent|lost|sat|lay) (?:\\w+ )?(?:worrying|waiting|wondering|hoping|crying|searching|looking|afraid|alone|awake|scared|worried|frightened)\\b`)),
  // what they could not do because of it: "You couldn't get your mum to her dialysis", "u were the only one
  // who couldnt go", "u couldnt get petrol"
  needs("couldn't couldnt could didn't didnt did never", rx(`\\b${THEM}(?: were the only (?:one|ones) who)? (?:still |just |then )?(?:couldn'?t|could not|couldnt|didn'?t get to|did not get to|never got to) (?:get|go|walk|pay|afford|leave|sit|work|drive|buy)\\b`)),
];

/** A harm made hypothetical, denied as intent, or regretted as their reaction. */
const BEFORE_VETO = new RegExp(
  `(?:\\b(?:if|whether|in case|didn'?t think|did not think|never thought|didn'?t mean|did not mean|never meant|never wanted|didn'?t want|did not want|not my intention|intention was|meant to|mean to|trying to|would ?n'?t|would never|may have|might have|in case|sorry|apologi[sz]e|regret|shame|pity)\\b(?:\\s+(?:that|how))?\\s+(?:\\w+\\s+){0,3}$)|\\bshould i have\\b[^.]*$`,
);

/** A harm made hypothetical even where the act is named: "if I hurt you", "sorry if i scared the kids",
 * "Should my absence have caused you any difficulty". */
const CONDITIONAL = /(?:\b(?:if|whether)\s+(?:\w+\s+){0,3}|(?:^|[,;:]\s*)should\s+(?:\w+\s+){0,2})$/;
/** The conditional quoted to be refused: "I'm not going to say sorry if I hurt you. I know I did." */
const DISOWNED_IF = /\b(?:not going to|not gonna|won'?t|will not|refuse to|never going to) say (?:sorry |i'?m sorry )?if\s+(?:\w+\s+){0,3}$/;

/** Their reaction regretted from a distance: "it's unfortunate you were embarrassed", "too bad u felt
 * humiliated", "to whatever extent you felt abandoned". */
const DISTANCED = /\b(?:unfortunate|too bad|to (?:whatever|what|any|the) extent|whatever extent)\b[^.;!?]{0,30}$/;

/** What this letter owes them now, not what the act did: "I'm writing because you deserve the truth", "you
 * deserve to know" (the past "you deserved the truth" tells what was kept from them: impact). */
const OWED_TELLING = /^\s*(?:the (?:whole )?truth|to (?:know|hear)|an? (?:honest|proper|full|straight) (?:account|answer|explanation)|honesty|an explanation)\b/;

/** Left at a place (the act itself), not left to cope: "I left the kids alone in the flat", "I left you at
 * the station", "left u to get home on ur own", and the passive "the kids were left on their own". */
const LEFT_AT = /^(?:(?:i )?(?:left|leaving|leave) (?:(?:the|your|ur|our|my|his|her) )?\S+(?: (?:alone|home alone|on (?:their|your|ur|his|her) own))? (?:at|in|on|outside|by|that|this|for)\b|(?:(?:i )?(?:left|leaving|leave) )?(?:(?:the|your|ur|our|my|his|her) )?\S+ to (?:get|walk|go|make (?:your|ur|their|his|her) way) home\b)/;
const PASSIVE_LEFT = /^(?:(?:the|your|ur|our|my|his|her) )?\S+ (?:were|was|got) left (?:home )?(?:alone|on (?:their|your|ur|his|her) own)\b(?! to\b)/;

/** The harm left indefinite: "if I said anything that hurt you", "whatever I did that hurt you", "any pain
 * my conduct caused you" (a vague apology, naming no effect). */
const INDEFINITE = /\b(?:any|anything|whatever|whichever)\b[^.;!?,]{0,45}$/;

/** "deserve " or "deserves " as a word in a match (OWED_TELLING's place). */
const DESERVES = /\bdeserves? /;

/** Whether norm[from, to) holds `piece` (to may pass the end): a slice's includes(), without the slice. */
function holdsIn(norm: string, piece: string, from: number, to: number): boolean {
  const at = norm.indexOf(piece, from);
  return at >= 0 && at + piece.length <= to;
}

/** /\b(?:left|leaving|leave) $/.test(lead), by comparison: the word and a space end `lead`, no word character before it. */
function endsLeaving(lead: string): boolean {
  for (const word of ['left ', 'leaving ', 'leave ']) {
    if (!lead.endsWith(word)) continue;
    const before = lead.length - word.length - 1;
    if (before < 0 || !isWordCode(lead.charCodeAt(before))) return true;
  }
  return false;
}

function isImpact(norm: string, start: number, end: number): boolean {
  const lead = before(norm, start, 40);
  if ((CONDITIONAL.test(lead) && !DISOWNED_IF.test(lead)) || DISTANCED.test(lead)) return false;
  if (INDEFINITE.test(before(norm, start, 60))) return false;
  const text = norm.slice(start, end);
  // A match without "deserve" has no "deserve(s) " to search for.
  const d = text.includes('deserve') ? text.search(DESERVES) : -1;
  if (d >= 0 && OWED_TELLING.test(norm.slice(start + d).replace(/^deserves? (?:(?:so|much|far|a lot) )?/, ' '))) return false;
  const leaving = text.startsWith('i ') || text.startsWith('left') || text.startsWith('leaving') || text.startsWith('leave') || endsLeaving(lead);
  // LEFT_AT's matches hold "left" or "leav" (leaving, leave), or " home" (to get home);
  // PASSIVE_LEFT's hold " left " (were left alone). Without them the patterns are not run.
  const leftEnd = end + 24;
  if (leaving && (holdsIn(norm, 'left', start, leftEnd) || holdsIn(norm, 'leav', start, leftEnd) || holdsIn(norm, ' home', start, leftEnd)) && LEFT_AT.test(norm.slice(start, leftEnd))) return false;
  if (holdsIn(norm, ' left ', start, end + 30) && PASSIVE_LEFT.test(norm.slice(start, end + 30))) return false;
  if (BEFORE_VETO.test(lead)) {
    // "I'm sorry I made you feel unsafe" names the act: that is impact, not their reaction.
    if (/^(?:i )?(?:made|left|leaving|put|putting|hurt|scared|frightened|humiliated)\b/.test(norm.slice(start, end))) return true;
    return false;
  }
  return true;
}

/** The guard and its patterns, for the tests (impact.test.ts compares it with the guard as first written). */
export const isImpactForTest = isImpact;
export const guardPatternsForTest = { CONDITIONAL, DISOWNED_IF, DISTANCED, INDEFINITE, OWED_TELLING, LEFT_AT, PASSIVE_LEFT, BEFORE_VETO };

const rule: ElementRule = {
  id: 'impact',
  label: 'Name how it affected them',
  description:
    'Showing you understand what it cost them, and how it felt, tells them their hurt is seen.',
  promptLabel: 'Say how it affected them',
  starters: ['I understand that it hurt you when I ', 'Because of me, you had to ', 'That must have been '],
  find(sentence) {
    return collectSpans(sentence, PATTERNS, isImpact);
  },
  examples: {
    positive: [
      'Several became afraid to come to school at all.',
      'I am sorry to every household who no longer feels safe in it.',
      'Some of the boys went home in tears that night.',
      'Eleven passengers were taken to hospital, two with serious injuries.',
      'She is going to need skin grafts and months of recovery.',
      'Two of you needed medical care afterwards.',
      'Vortex stopped and left you hanging upside down for 58 minutes.',
      'I apologise to the passengers, whom I left without food or information for nine hours.',
      'She and her children have since had to leave their home.',
      'They have since had to watch that moment replayed on the news.',
      'The passengers spent fourteen hours without food.',
      'Mrs Pryce spent forty minutes on her kitchen floor waiting for help.',
      'She spent the night in Wollongong Hospital with a broken wrist.',
      'Mrs Rowe needed fourteen stitches to her arm.',
      'They have told us he is now scared of the water.',
      'She has not wanted to go back to school since.',
      'She has been left with injuries and trauma.',
      'Mr Osei had to ring us eleven times before anyone came.',
      'The passengers were left without food or water for nine hours.',
      'Their daughter paid the price for our mistake.',
      'They were, and they deserved better from us.',
      'Our tenants deserved a safe home, and we did not give them one.',
      'Our son still flinches when a door slams.',
      'The kids were walking on eggshells around me.',
      'It has taken you a long time to trust me even a little.',
      'You had no one to turn to that winter.',
      'Your savings are gone because of my gambling.',
      'After that night you could never relax around me.',
      'The kids saw everything from the stairs.',
      'You lost two shifts to come and bail me out... and took days off to look after me.',
      'I know that hurt you.',
      'You had to cover the rent alone.',
      'That must have been frightening.',
      'You deserved better.',
      'u had to find someone to stand in for me on the morning of ur wedding',
      'My choices cost you your job at the shop.',
      'You must have worried yourself sick when I disappeared.',
      "I'm sorry I made you feel unwelcome in your own flat.",
      'I know you trusted me, and I used that.',
      'You lost your savings because of me.',
      'You had every right to be furious.',
      'Your trust was broken by what I did.',
      'you covered my shifts for weeks, that wasnt fair on you',
      'I put your life at risk.',
      'I know that evening still scares you when you hear the door.',
      'the kids went most of that winter without heating',
      'You stopped counting on me, and I understand why.',
      'Whatever my reasons, it hurt you.',
      'Nothing I say erases what you went through.',
      'Those were your savings for university, and I spent them.',
      'You shouldn\'t have had to hide your handbag in your own house.',
      'The kids got picked on at school because of what I did.',
      'u lost ur bonus cuz of my lie',
      'The debt you were under that spring was due to my gambling.',
      "I'm sorry the children went hungry because of me.",
      'You never deserved the names I called you.',
      "your sister didn't deserve any of that",
      'Yous deserved a proper birthday.',
      'I put the whole family at risk that night.',
      'i know what i put u through',
      'The worry I put them through was cruel.',
      'I regret the hurt my lying caused you.',
      'I am sorry for the hurt I caused by skipping your christening.',
      'I think about the fear I caused you every day.',
      'You were only eleven.',
      'I was gone most nights, because you were just a kid and you needed me.',
      'She was a teenager, and she was looking after me.',
      'You spent your whole graduation looking out for me.',
      'the nights u sat up waiting were my doing',
      'I know you looked for me in the audience.',
      'You were the one who cleaned up after me.',
      'u were the one who got blamed',
      'You were the ones paying for it.',
      'You should have been safe in your own kitchen.',
      'Paying my fines should never have been your job.',
      "A boy shouldn't have to carry his dad up the stairs.",
      'You were already struggling and I made it so much harder.',
      'I made things worse for you that winter.',
      'It made a hard week even more painful.',
      'I broke your trust more than once.',
      'i wrecked ur trust',
      'I shattered your trust with the lies about the car.',
      'Whatever I meant, the words landed on you.',
      "It doesn't matter what I intended; you were scared.",
      'Regardless of what I thought at the time, you were the one left holding the bills.',
      'You needed stitches in your hand.',
      'Your brother broke his wrist trying to stop me.',
      'Our son needed counselling for a year.',
      "I won't say sorry if I scared you; I know I did.",
      'You deserved the truth back then, and I gave you stories.',
      'You were left alone to deal with the bailiffs.',
      'I left you stranded at the station with no money.',
      'I lied to you and I took your car, and you didn\'t deserve either.',
      'My drunken toast ruined it.',
      'i wrecked ur birthday',
      'I spoiled the evening for everyone.',
      'I know the letters from the bank frightened you.',
      'I told a story that humiliated you in front of your friends.',
      'I realise now the phone calls scared the kids.',
      'I never asked what it cost you.',
      'I know how much the repairs cost you.',
      'I found out what my debts had cost them.',
      'You kept the shop open while I was in the pub.',
      'u paid every bill while i was off my head',
      'She held the family together while I spent the wages.',
      'I made you lie to your boss for me.',
      'i made u miss ur train',
      'I made her cry at her own party.',
      'It was humiliating for you.',
      'i know that was worse for u',
      'I can only imagine how frightening it was.',
      'The kids saw me like that.',
      'Your daughter heard the whole row.',
      'our son saw it all from the window',
      'I am paying for the injuries to your brother.',
      "It's my fault, Sam's broken wrist.",
      'Your dad was hurt because I was speeding.',
      'I know those photos can never be replaced.',
      'That brooch was the only thing she had left of her mum.',
      'You told me how much the bike meant to you.',
      'It was your own room and I went through it.',
      'I think about the nights you spent waiting up for me.',
      "I'm sorry for all the weeks you spent wondering where I was.",
      'every day u lay awake worrying',
      "You couldn't get to work that week.",
      'u were the only one who couldnt go on the trip',
      'The kids never got to go on holiday that year.',
    ],
    negative: [
      'They were afraid to be late.',
      'I was too scared to tell you.',
      'Some of them went home early.',
      'He was taken to hospital for a routine check-up in May.',
      'She has had two job offers since.',
      'They needed a lift to the station.',
      'We left them at the station at noon.',
      'We left the passengers a voucher at the gate.',
      'She has since had a promotion.',
      'They spent the day at the beach.',
      'She spent two years working with us.',
      'The team spent weeks waiting for the parts.',
      'He needed a new password.',
      'He is now able to go back to work.',
      'If the passengers were left waiting, we apologise.',
      'We are sorry if Mrs Rowe felt upset.',
      'The passengers were offered a full refund.',
      'He deserved a medal for his patience.',
      'Our customers deserve choice.',
      'The dog jumps when the doorbell goes.',
      'It took you ages to get here.',
      'You had nobody to blame but the weather.',
      "You can't trust the weather here.",
      'You saw it on the news?',
      "I'm sorry you were upset.",
      'Sorry if it hurt you.',
      'I never meant to hurt you.',
      "I didn't think it would hurt you.",
      'I never wanted anyone to get hurt.',
      'You have to understand I was under pressure.',
      'You were right to change the locks.',
      'You have no idea how hard this year has been for me.',
      'Your car got scraped while it was with me.',
      'nobody got hurt so',
      'you lost your temper first',
      'If that hurt you, sorry.',
      'I never meant that it hurt you.',
      'If anyone was hurt by what happened, I am sorry.',
      "I'll make sure you never cry because of me again.",
      'You know I only drank because of my job.',
      "ur not coming sunday cuz of me, fine",
      'I never deserved a sister like you.',
      'I put the kettle on.',
      'I put my fist through the door.',
      'I am sorry for the hurt I caused you.',
      'When you were a kid we went to the coast every summer.',
      'She was waiting for the bus.',
      'You were the one who kept filling my glass.',
      'You should have been here by now.',
      'I made it to the meeting.',
      'I trust your judgement.',
      'Whatever the weather, I will be there.',
      'I broke my leg skiing.',
      'if i upset u im sorry',
      'Sorry if I frightened the children.',
      'Should my words have caused you any offence, I apologise.',
      "It's unfortunate you felt left out.",
      'too bad u felt embarrassed',
      'To whatever extent you felt hurt, I apologise.',
      'I stole from you twice.',
      'i took from u and lied',
      "I'm writing because you deserve the truth.",
      'you deserve to know where the money went',
      'You deserve an honest account, so here it is.',
      'I left you at the bus stop.',
      'I left the kids alone in the car.',
      'im sorry i left u to walk home on ur own',
      'The children were left on their own all weekend.',
      'I ruined my shoes in the rain.',
      'I know other people hurt you too.',
      'What does it cost to post a parcel?',
      'I read a book while I was waiting.',
      'I made you a cake.',
      'Do you know how humiliating it was for me?',
      'It was hard for me to write this.',
      'The kids saw a fox in the garden.',
      'My phone has a broken screen.',
      'If I did anything that upset you, sorry.',
      'Whatever I did that hurt you, I apologise.',
      'Sorry for any worry my texts caused you.',
      'The old boiler needs to be replaced.',
      'It was the last thing you said before the train left.',
      'I want to repay the hours you spent covering for me.',
      "If you couldn't go, I understand.",
      "I couldn't get a taxi.",
    ],
  },
};

export default rule;
