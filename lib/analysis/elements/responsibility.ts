import type { ElementRule } from '../types';
import { I_AM, YOU, YOUR, before, collectSpans, needs, rx } from './match';

/**
 * Responsibility: the person owns what they did, without a qualifier. Plain admissions
 * ("I was wrong", "it was my fault", "that is on me", "because of me"), judgements of their
 * own act ("what I did was cruel", "that was a lie"), and the refusal of an excuse ("there is
 * no excuse", "I'm not going to blame the drink", "I won't pretend it was just once").
 */

const JUDGEMENT =
  '(?:wrong|cruel|selfish|unfair|mean|petty|cowardly|inexcusable|unforgivable|unacceptable|dishonest|shameful|disgraceful|disgusting|vile|nasty|horrible|terrible|awful|rotten|reckless|dangerous|abusive|heartless|thoughtless|careless|stupid|disrespectful|out of line|out of order|untrue|lies|a lie|a betrayal)';

const PATTERNS = [
  // ownership said plainly in other words: "nobody forced my hand", "that's mine to carry", "I hold my hands up"
  needs('forced twisted', rx(`\\b(?:nobody|no one|noone|no-one)(?: else)? (?:forced my hand|twisted my arm)\\b`)),
  needs('mine', rx(`\\b(?:that|this|it)(?:'s| is|s) (?:all )?mine to (?:carry|own|answer for|live with|put right)\\b`)),
  needs('hands hand', rx(`\\bi (?:(?:have to|need to|must|will|'ll|ll) )?(?:hold|put|held) my hands? up\\b`)),
  needs('one part bit', rx(`\\b(?:that|this) (?:one|part|bit)(?:'s| is| was) (?:all |entirely |squarely )?on me\\b`)),
  // the substance cleared of blame: "the drink didn't do it, I did", "I did that, not the drink"
  needs('drink drugs booze alcohol gambling pills', rx(`\\b(?:the )?(?:drink|drugs|booze|alcohol|gambling|pills|bottle) (?:did ?n'?t|did not) (?:do|make me do) (?:it|that|this|any of (?:it|this|that))\\b`)),
  needs('did', rx(`\\bi did (?:it|that|this|those things),? not (?:the|my)\\b`)),
  needs('lie', rx(`\\b(?:it|that|this) (?:was|is|'s) a lie,? (?:plain and simple|pure and simple|full stop|and i knew it)\\b`)),
  needs('done finished through excuses', rx(`\\bi'?m (?:done|finished|through) (?:making|with) excuses\\b`)),
  // "I was wrong", "i was in the wrong", "I was completely wrong to read your messages"
  needs('wrong', rx(`\\bi (?:was|am|'m|m) (?:(?:so|completely|totally|dead|just|really|very|100%|absolutely|entirely|plainly|simply) ){0,2}(?:in the )?wrong\\b`)),
  // "that was wrong (of me)", "what I did was mean and petty", "it was a rotten thing to do"
  needs('wrong cruel selfish unfair mean petty cowardly inexcusable unforgivable unacceptable dishonest shameful disgraceful disgusting vile nasty horrible terrible awful rotten reckless dangerous abusive heartless thoughtless careless stupid disrespectful out untrue lies lie betrayal', rx(`\\b(?:that|this) (?:was|were) (?:(?:so|completely|totally|really|very|just|plain|absolutely|deeply|utterly|a|an) ){0,3}(?:\\w+ )?${JUDGEMENT}(?: (?:thing|way|act|choice)(?: to do)?| of me)?\\b`)),
  needs('wrong cruel selfish unfair mean petty cowardly inexcusable unforgivable unacceptable dishonest shameful disgraceful disgusting vile nasty horrible terrible awful rotten reckless dangerous abusive heartless thoughtless careless stupid disrespectful out untrue lies lie betrayal', rx(`\\b(?:my (?:own )?(?:behaviou?r|actions|conduct|words|lies|lying|drinking|temper|treatment of ${YOU}|choices)|what i did|what i said|what i've done|what ive done|what i did to ${YOU}|how i (?:acted|behaved|treated (?:${YOU}|\\w+))|the way i (?:acted|behaved|treated (?:${YOU}|\\w+)|spoke to ${YOU}))(?:'s| is| was| were|s) (?:(?:so|completely|totally|really|very|just|plain|absolutely|deeply|utterly|a|an) ){0,3}(?:\\w+ )?${JUDGEMENT}\\b`)),
  needs('wrong cruel selfish unfair mean petty cowardly inexcusable unforgivable unacceptable dishonest shameful disgraceful disgusting vile nasty horrible terrible awful rotten reckless dangerous abusive heartless thoughtless careless stupid disrespectful out untrue lies lie betrayal', rx(`\\b(?:it|that|this) (?:was|is|'s) (?:(?:so|completely|totally|really|very|just|plain|absolutely|deeply|utterly|a|an) ){0,3}(?:\\w+ )?${JUDGEMENT} (?:(?:thing|way|act|choice)(?: to do)?|of me)\\b`)),
  needs('wrong selfish cruel inexcusable unforgivable unacceptable dishonest shameful disgraceful cowardly abusive heartless vile out betrayal', rx(`\\bit (?:was|is|'s) (?:(?:so|completely|totally|really|very|just|plain|absolutely|deeply|utterly) ){0,2}(?:wrong|selfish|cruel|inexcusable|unforgivable|unacceptable|dishonest|shameful|disgraceful|cowardly|abusive|heartless|vile|out of order|out of line|a betrayal)\\b`)),
  needs('nothing', rx(`\\b(?:there(?:'s| is|s) )?nothing ${YOU} (?:did|said|could have done|could've done|did or said) (?:that )?(?:caused|made|deserved|justified|excuses|to deserve|to cause|wrong)\\b`)),
  needs('fair right okay ok acceptable excusable', rx(`\\b(?:that|it) (?:was|is) (?:never|not|n'?t) (?:fair|right|okay|ok|acceptable|excusable)\\b(?! (?:on|to|for|of) )`)),
  needs('wrong cruel selfish unfair mean petty cowardly inexcusable unforgivable unacceptable dishonest shameful disgraceful disgusting vile nasty horrible terrible awful rotten reckless dangerous abusive heartless thoughtless careless stupid disrespectful out untrue lies lie betrayal', rx(`\\b(?:they|those (?:words|things|comments|remarks)) were (?:\\w+ )?${JUDGEMENT}(?: and (?:\\w+ )?${JUDGEMENT})?\\b`)),
  // "my fault", "the fault was mine", "that is on me", "the blame is mine"
  needs('fault', rx(`\\b(?:(?:all|entirely|completely|totally|100%) )?my (?:own )?fault\\b`)),
  needs('fault blame responsibility', rx(`\\bthe (?:fault|blame|responsibility) (?:is|was|lies|lay|rests|sits) (?:(?:all|entirely|completely|squarely|only) )?(?:mine|with me|on me)\\b`)),
  needs('on', rx(`\\b(?:that|this|thats|it)(?:'s| is| was|s) (?:(?:all|entirely|completely|totally|100%|squarely) )?on me\\b`)),
  // "I take full responsibility", "I'm responsible", "I accept responsibility"
  needs('responsibility blame ownership', rx(`\\bi (?:take|accept|own|bear|carry) (?:(?:full|complete|total|all|all the|100%|sole|my|the) ){0,2}(?:responsibility|blame|ownership)\\b`)),
  needs('problem cause guilty fault', rx(`\\b(?:i was|${I_AM}) (?:the (?:real |whole |only )?(?:problem|cause|guilty one|one at fault)|at fault)\\b`)),
  needs('reason', rx(`\\b${I_AM} (?:(?:the|the only|the whole|the main|the sole|the real) )?reason (?:(?:that|why) )?(?:${YOU}|we|they|she|he|the|it|this|everything|our|your|ur)\\b`)),
  needs('caused', rx(`\\bi caused (?:this|that|it|all (?:of )?(?:this|that|it)|the (?:\\w+ )?(?:crash|accident|damage|fight|row|mess|break-?up|problem))\\b`)),
  needs('responsible accountable blame', rx(`\\b${I_AM} (?:(?:fully|entirely|solely|completely|totally|the one) )?(?:responsible|accountable|to blame)\\b`)),
  needs('responsible blame', rx(`\\bi was (?:(?:fully|entirely|solely|the one) )?(?:responsible|to blame)\\b`)),
  needs('responsibility', rx(`\\bmy (?:own )?responsibility\\b`)),
  // "I own that", "i want to own something properly"
  needs('own', rx(`\\bi (?:fully |completely |totally )?own (?:that|this|it|what i did|my part|all of it|every bit|up)\\b`)),
  needs('own', rx(`\\bi (?:want|need|have) to own (?:something|this|that|it|what|my)\\b`)),
  // "there is no excuse", "that's no excuse", "I have no excuse"
  needs('excuse excuses', rx(`\\b(?:there(?:'s| is| was|s)|i (?:have|had|'ve got|got)|that(?:'s| is|s)|it(?:'s| is|s)|this is|that was) no excuses?\\b`)),
  needs('excuse excuses', rx(`\\bno excuses? for\\b`)),
  needs('excuses', rx(`\\b(?:no more excuses|not making (?:any )?excuses|without (?:any )?excuses)\\b`)),
  needs('excuse', rx(`\\b(?:is|was|'s) (?:n'?t|not) an excuse\\b`)),
  // a choice judged: "that was a coward's choice", "it was a selfish decision"
  needs("choice decision move", rx(`\\b(?:it|that|this|\\w+ing\\b[^.;!?]{0,40}?)(?:'s| is| was|s) (?:a|an|the) (?:(?:really|very|deeply) )?(?:coward'?s|cowardly|selfish|cruel|deliberate|conscious|weak|liar'?s|spineless|shameful|wrong|bad) (?:choice|decision|move)\\b`)),
  // the active corrected into the open: "I got out of hand", "the fact is that I did it", "I did mean to take it"
  needs('out', rx(`\\bi (?:got|was|went) (?:completely |totally |way )?out of (?:hand|line|order)\\b`)),
  needs('did', rx(`\\b(?:the fact (?:is )?that|the truth is(?: that)?|the reality is(?: that)?|but|in the end) i did (?:it|that|this|those things)\\b`)),
  needs('mean meant knew', rx(`\\bi (?:did mean (?:it|to)|knew (?:exactly )?what i was doing)\\b`)),
  // "I chose to", "it was my choice", "I made those choices"
  needs('chose', rx(`\\bi (?:(?:just|alone|deliberately|knowingly) )?chose (?:to|that|it|drinking|drugs|gambling|the|my|\\w+ing)\\b`)),
  needs('choice choices decision decisions doing', rx(`\\b(?:it|that|this|those|these|both of those(?: things)?|all of (?:it|that))(?:'s| is| was| were|s) (?:(?:all|entirely|completely) )?my (?:own )?(?:choice|choices|decision|decisions|doing)\\b`)),
  needs('put placed chose picked valued', rx(`\\bi (?:put|placed|chose|picked|valued) (?:\\w+ ){1,3}?(?:ahead of|before|over|above) (?:${YOU}|${YOUR}|the kids|my (?:family|kids|children|wife|husband|son|daughter))\\b`)),
  needs('made', rx(`\\bi made (?:those|these|that|the|this|my own|bad|terrible|selfish|awful|wrong|a|the wrong) (?:\\w+ )?(?:choices?|decisions?|mistakes?)\\b`)),
  needs('choices decisions actions lies drinking using gambling behaviour behavior selfishness', rx(`\\bmy (?:choices|decisions|actions|lies|drinking|using|gambling|behaviou?r|selfishness) (?:cost|caused|hurt|broke|ruined|damaged|wrecked|destroyed|took|put|left|forced|led)\\b`)),
  // "because of me", "nobody else is to blame but me", "I was the one who"
  needs('because', rx(`\\bbecause of (?:me|what i did|my (?:choices|actions|drinking|lies|lying|using|gambling|behaviou?r))\\b`)),
  needs('blame', rx(`\\b(?:nobody|no one|no-one|noone)(?: else)?(?: is| was)? to blame(?: for (?:this|that|it|any of (?:this|it)))? (?:but|except|other than) (?:me|myself)\\b`)),
  needs('nobody noone one', rx(`\\b(?:nobody|no one|noone)(?: else)? (?:made|forced|pushed) me(?! feel)\\b`)),
  needs('blame', rx(`\\bi(?: have|'ve|ve)? (?:only )?(?:got )?(?:myself|me) to blame\\b`)),
  needs('me one', rx(`\\b(?:i was|it was|it's|its) (?:me|the one) (?:who|that)\\b`)),
  needs('one', rx(`\\bi was the one (?:who|that)\\b`)),
  // "I wronged you", "I failed you", "I betrayed your trust"
  needs('wronged failed betrayed', rx(`\\bi (?:wronged|failed|betrayed) (?:${YOU}|${YOUR}|him|her|them|my (?:family|kids|children|wife|husband|partner|son|daughter|mum|dad|mom|parents|friends?|team|brother|sister))\\b`)),
  // "you did nothing wrong", "none of this was your fault"
  needs('nothing not', rx(`\\b${YOU} did (?:nothing|not do anything) (?:wrong|to deserve)\\b`)),
  needs('fault', rx(`\\b(?:none of (?:this|it|that)|it|this|that)(?: was| is|'s|s) (?:never |not |n'?t )(?:(?:ever|in any way|at all) )?${YOUR} fault\\b`)),
  // refusing the excuse: "I won't pretend", "I'm not going to blame the drink", "I won't say it wasn't that bad"
  needs('pretend deny blame make making minimise minimize sugar sugarcoat sugar-coat hide dress play excuse justify', rx(`\\bi(?:'?m| am|m)? (?:not going to|not gonna|won'?t|wont|will not|refuse to|can'?t|cannot|don'?t|do not|dont|am not going to) (?:(?:try to|even|ever) )?(?:pretend|deny|blame (?:the|my|anyone|anybody|it on|this on|drink|drugs|alcohol|booze|others|other people|the \\w+)|make (?:any )?excuses|making (?:any )?excuses|minimi[sz]e|sugar-?coat|hide behind|dress (?:it|this) up|play it down|excuse (?:it|what|this|that)|justify)\\b`)),
  needs('say tell', rx(`\\bi(?:'?m| am|m)? (?:not going to|not gonna|won'?t|wont|will not|refuse to|am not going to) (?:say|tell (?:${YOU}|anyone))(?: that)? (?:i|it|this|that|the|my)\\b`)),
  // "It was a big deal, and I treated it like it wasn't."
  needs('big serious bad', rx(`\\b(?:it|this|that|what i did) (?:was|is) (?:a (?:really |very |huge )?big deal|serious|that bad|as bad as)\\b`)),
  // the circumstance named and refused as a reason: "the drugs don't excuse any of it", "nothing
  // excuses how I treated you", "a reason, not a justification", "stress never gave me the right",
  // "I still had no right to", "that doesn't make it okay", "it makes it worse, not better"
  needs('excuse excuses justify justifies', rx(`\\b(?:does ?n'?t|doesnt|do ?n'?t|dont|did ?n'?t|didnt|does not|do not|did not|can'?t|cant|cannot|could never|can never|will never|won'?t|wont|never) (?:ever )?(?:excuse|excuses|justify|justifies)\\b(?! (?:myself|yourself|ourselves|himself|herself)\\b)`)),
  needs('nothing', rx(`\\bnothing (?:can |could |will |ever )?(?:excuses?|justif(?:y|ies)) (?:it|that|this|what|how|the|my|me)\\b`)),
  needs('not', rx(`\\bnot (?:an? |any )?(?:excuse|justification) for\\b|\\bnot (?:a|the|any) reason for (?:what|how|the way) i\\b|\\b(?:a|the) reason,? not (?:a|an|the) (?:justification|excuse)\\b`)),
  needs('not', rx(`\\bnot (?:using|going to use|gonna use) (?:it|that|this|\\w+) as (?:a reason|an excuse)\\b`)),
  needs('right', rx(`\\bi (?:still |just )?(?:had|have|'ve got|ve got) no right\\b|\\b(?:did ?n'?t|didnt|did not|does ?n'?t|doesnt|does not|never) (?:give|gave|gives) me (?:the |any )?right\\b`)),
  needs('reason', rx(`\\b(?:being \\w+(?: \\w+)?|stress|tiredness|work|money|drink(?:ing)?) (?:is|was|'s|s) no reason to\\b|\\bno reason for (?:it|that|this|any of (?:it|that|this)|what i|how i|the way i)\\b`)),
  needs('make makes made', rx(`\\b(?:does ?n'?t|doesnt|do ?n'?t|dont|did ?n'?t|didnt|does not|do not|did not|never) make (?:it|that|this|what i did|any of (?:it|this|that))(?: to (?:you|u))? (?:okay|ok|alright|acceptable|any less|any smaller)\\b|\\bmakes? (?:it|that|this) worse,? not better\\b|\\bnone of (?:that|it|this) (?:makes?|made) (?:it|what i did|what i)\\b`)),
  // the act claimed by name: "it was me", "that was all me", "the lying was mine alone", "the
  // decisions were mine", "my doing", "my mistake only", "my bad", "mea culpa", "the buck stops with me"
  needs('was', rx(`\\b(?:it|that|this) was (?:all me|me alone|me all along)\\b`)),
  needs('mine', rx(`\\b(?:the |that |this |those |these |my )?(?:error|mistake|mistakes|decisions?|choices?|lying|lies|debt|fault|responsibility|failure|doing|actions?|wrong|wrongs|what i did)(?: (?:in|on|at|with) (?:the |my )?\\w+)? (?:was|were|is|are|'s) (?:(?:all|entirely|completely|totally|only|solely|wholly|mine and) )?mine\\b`)),
  needs('doing', rx(`\\bmy (?:own )?doing\\b`)),
  needs('mistake', rx(`\\b(?:it|that|this)(?:'s| is| was|s) (?:(?:all|entirely|completely|totally) )?my (?:own )?mistake\\b|\\bmy mistake,? (?:only|alone|entirely)\\b`)),
  needs('mea guilty buck answerable answering accountable nobody noone nobodys', rx(`\\bmea culpa\\b|\\bguilty as charged\\b|\\bthe buck stops (?:with|w|w/) me\\b|\\bi hold myself (?:fully |entirely |completely |totally )?(?:accountable|responsible)\\b|\\b(?:nobody|no one|noone|no-one)(?:'?s|s) fault but (?:mine|me|my own)\\b|\\b(?:no one|nobody|noone|no-one) (?:else )?(?:is|was) (?:answerable|accountable|responsible) for (?:this|that|it|any of (?:it|this|that))\\b|\\bi(?:'m| am|m) answering for\\b`)),
  needs('mine', rx(`\\bmine to (?:pay|bear|fix|make right|pay back)\\b`)),
  // "I'm the one who broke your trust", "I was the one over the limit", "I was the reason you were scared"
  needs('one', rx(`\\b(?:i'm|im|i am) (?:still )?the one (?:who|that) (?!(?:has|have|had|gets?|got|is|was|suffer|suffers|suffered|lost|loses|paid|pays|needs?|wants?|feels?|felt|hurts?|misses|missed|ends?|ended|left|cries|cried|can|could|should|will|would)\\b)[a-z]+`)),
  needs('one', rx(`\\bi was the one (?:over the limit|driving|drinking|at fault|in the wrong|who was wrong)\\b|\\bi (?:was|am|'m|m) the one in the wrong\\b`)),
  needs('reason', rx(`\\bi was (?:(?:the|the only|the whole|the main|the sole|the real) )?reason (?:(?:that|why) )?(?:you|u|we|they|she|he|the|it|this|everything|our|your|ur)\\b`)),
  // the blame taken off them: "you didn't make me do any of it", "you never made me do anything",
  // "nobody poured them down my throat", "none of it was your fault", "it was never your job to keep me sober"
  needs('make made push pushed force forced drive drove', rx(`\\b(?:you|u|ya) (?:did ?n'?t|didnt|did not|never|never once) (?:(?:make|made) me do (?:it|that|this|any of (?:it|that|this)|anything)|(?:push|pushed|drive|drove|force|forced) me (?:to (?:it|that|drink|do (?:it|that|anything))|into (?:it|that|anything|drinking)))\\b`)),
  needs('throat', rx(`\\b(?:nobody|no one|noone|no-one) (?:poured|put|forced|shoved) (?:\\w+ ){0,3}?down my throat\\b`)),
  needs('fault', rx(`\\bnone of (?:this|it|that)(?: was| is|'s|s) (?:ever )?(?:your|ur|yr) fault\\b`)),
  needs('job responsibility', rx(`\\b(?:it|that) (?:was|is|'s|s) (?:never|not) (?:your|ur|yr) (?:job|responsibility) to (?:keep|stop|fix|look after|make|watch) me\\b`)),
  needs('nothing thing anything', rx(`\\b(?:you|u|ya) (?:did ?n'?t|didnt|did not) do (?:a (?:single )?thing|anything) to (?:deserve|bring (?:it|this|that) on|cause|provoke)\\b`)),
  // the choice made knowingly: "I decided to", "I had a choice", "I took it anyway", "I knew full well",
  // "I could've stopped at any point", "I made the wrong one", "I did that" said flat
  needs('decided chose', rx(`\\bi (?:still |knowingly |deliberately )?(?:decided|chose) to(?=\\s*(?:[.!;]|$| each time| every time| anyway))|\\bi (?:still|knowingly|deliberately) (?:decided|chose)\\b`)),
  needs('chance opportunity', rx(`\\bi had every (?:chance|opportunity) to stop\\b`)),
  needs('stopped', rx(`\\bi (?:could(?:'ve| have|ve)|could of) stopped (?:at any (?:point|time|moment)|any time)\\b`)),
  needs('wrong', rx(`\\bi made the wrong one\\b`)),
  needs('knew', rx(`\\bi knew (?:full well|i was (?:over the limit|lying|stealing|wrong|hurting (?:you|u)))\\b|\\bi knew\\b[^.;!?]{0,60}\\band i \\w+[^.;!?]{0,30}\\banyway\\b`)),
  needs('anyway', rx(`\\bi (?:did (?:it|that)|took (?:it|them|the \\w+)|drove|got in the car|kept \\w+ing|carried on|went ahead)(?: \\w+){0,3}? anyway(?=\\s*(?:[.!;]|$))`)),
  needs('did', rx(`\\bi did (?:that|them|this)(?: myself)?(?=\\s*(?:[.!;]|$))|\\bi know i did(?=\\s*(?:[.!;]|$))|\\b(?:i|i'd|id|i had) (?:done|did) (?:it|that|this|them) (?:myself|all by myself)\\b|\\bi got there all by myself\\b`)),
  // plain verdicts in chat: "that was low of me", "..., way out of line"
  needs('low', rx(`\\b(?:that|this|it) was (?:(?:so|really|very|pretty|a bit|proper) )?low of me\\b`)),
  needs('way well totally completely bang', rx(`(?:^|[,;:] ?)(?:way|well|totally|completely|bang) out of (?:line|order)\\b`)),
  // the writer's own conduct named for what it was: "the truth is I was selfish", "I was cruel to you", "I own my actions"
  needs('selfish cruel coward cowardly dishonest liar bully abusive spiteful thief vicious', rx(`\\bi was (?:(?:so|being|really|very|just|plain|nothing but) )?(?:selfish|cruel|a coward|cowardly|dishonest|a liar|a bully|abusive|spiteful|a thief|vicious)\\b`)),
  needs('own', rx(`\\bi (?:fully |completely |totally )?own (?:my|all my) (?:own )?(?:actions|behaviou?r|mistakes|choices|lies|lying|drinking|words|decisions)\\b`)),
  // the size of it restored: "it wasn't a small thing", "there's nothing small about what I did",
  // "it was worse than I ever admitted", "no excuses, I took it"
  needs('small little minor tiny', rx(`\\b(?:it|that|this|what i did)(?: to (?:you|u))? (?:wasn't|wasnt|was not|isn't|isnt|is not) (?:a |just a |only a )?(?:small|little|minor|tiny) (?:thing|mistake|matter|amount|sum)\\b|\\bnothing (?:small|little|minor) about what i\\b`)),
  needs('worse', rx(`\\b(?:it|that|what i did) was (?:far |much |a lot )?worse than (?:i (?:ever )?(?:admitted|said|let on|told)|anything (?:i|you))\\b`)),
  needs('excuses', rx(`(?:^|[,;:] ?)no excuses\\b`)),
  // the harm put back on its author: "your trust was broken by me", "caused by my decision to drink",
  // "the lies were my choice", "which wasn't fair on you", "I deserved that"
  needs('me', rx(`\\b(?:was|were|got) (?:broken|caused|taken|stolen|started|smashed|wrecked|damaged|spent|pawned|crashed) by me\\b`)),
  needs('caused', rx(`\\bcaused by my (?:own )?(?:decision|choice|drinking|actions|behaviou?r|lies|lying|gambling|using)\\b`)),
  needs('choice choices decision doing', rx(`\\b(?:the|those|these|my) (?:lies|lying|drinking|gambling|using|cheating) (?:was|were|is|are) (?:all |entirely )?my (?:own )?(?:choice|choices|decision|doing)\\b`)),
  needs('fair', rx(`\\b(?:which|and that|that|it)(?: was| is|'s)? (?:n'?t|not|never) fair (?:on|to) (?:you|u|ya)\\b|^(?:wasn't|wasnt|was not|not) fair (?:on|to) (?:you|u|ya)\\b`)),
  needs('deserved', rx(`\\band i deserved (?:it|that|every (?:bit|minute) of it)\\b`)),
  needs('one', rx(`\\band i was the one(?=\\s*(?:[.!;]|$))`)),
  needs('because', rx(`\\bbecause of (?:how|the way) i (?:was living|lived|behaved|acted|treated)\\b`)),
  // the omission owned: "I should have been there when Gran was dying, and I wasn't", "it was my job to
  // keep you safe, and I didn't", "I promised myself I'd be different, and I wasn't"
  needs('should job promised swore', rx(`\\b(?:i should(?:'ve| have|ve) (?:been (?:there|here|home|around|honest|straight|a better|kinder|more|at|with)|done|told|stood|kept|called|come|protected|stopped|said)|it was my job to|i (?:promised|swore)(?: to)? (?:myself|you|u) (?:i'?d|i would|that i'?d|that i would|i'?d never|i would never))\\b[^.;!?]{1,80}?,? (?:and|but)(?: then)? i (?:wasn'?t|was not|didn'?t|did not|never did|did exactly (?:that|what)|was (?:just )?like him|was (?:just )?like her)(?=\\s*(?:[.!;]|$|\\.|,))`)),
  // the telling owned: "I should have told you myself" ("I shouldn't have read your diary" was tried: it
  // also carries the excuses that follow it, "I shouldn't have said it, I was drunk")
  needs('should', rx(`\\bi should(?:'ve| have|ve) told (?:${YOU}|the truth)(?: (?:myself|straight away|sooner|the truth|face to face))?(?=\\s*(?:[.!;,]|$|myself|that i|the truth))`)),
  // the act named for what it was: "what I did was theft, plain and simple", "every fiver I took was
  // theft", "it was a violation of your trust", "not borrowed, stole"
  needs('theft stealing violation crime assault', rx(`(?:\\b(?:what i did(?: [a-z']+){0,4}?|that|it|this|every \\w+ i (?:took|stole|nicked)(?: from [a-z' ]{1,20}?)?)|(?:^|[,;:] ?)(?!(?:no|some|every|any)?thing\\b|during\\b|being\\b)[a-z]+ing [a-z' ]{1,40}?) (?:was|is|were) (?:(?:plain|pure|simply|just|nothing but|nothing less than) )?(?:theft|stealing|a crime|assault|a violation of ${YOUR} (?:trust|privacy))\\b`)),
  needs('borrowed borrowing', rx(`\\bnot borrow(?:ed|ing)?,? (?:i )?st(?:ole|ealing)\\b`)),
  // comparison refused: "I'm not going to compare myself to anyone else", "I won't use that to make it smaller"
  needs('compare measure use', rx(`\\bi(?:'?m| am|m)? (?:not going to|not gonna|won'?t|wont|will not|refuse to) (?:compare|measure) (?:myself|what i did|it|this|that|my \\w+)\\b|\\bi(?:'?m| am|m)? (?:not going to|not gonna|won'?t|wont|will not|refuse to) use (?:that|it|this) to make (?:it|this|what i did) (?:smaller|less|lighter|better)\\b`)),
  // intent owned, not pleaded: "I meant every nasty word", "I kept it because I wanted it, not because I
  // needed it", "I did plan every lie", "I drank cuz I wanted to"
  needs('meant plan planned wanted', rx(`\\bi meant every (?:\\w+ )?word\\b|\\bi did plan\\b|\\b(?:because|cuz|coz|cos) i wanted (?:it|to|the money)(?=\\s*(?:[.!;,]|$|not\\b|and\\b))`)),
  // the plain truth after a cover: "however I dress it up, the truth is I hit you", "the truth is I drove drunk"
  needs('truth fact', rx(`\\b(?:the (?:truth|fact|reality) is|the honest truth is)(?: that)?,? i (?:hit|stole|took|lied|drove|cheated|hurt|pawned|sold|gambled|spent|kept|broke|smashed|used|pushed|shoved|grabbed|slapped|punched|abandoned|left (?:you|u)|chose)\\b`)),
  needs('dress', rx(`\\b(?:however|whichever way|no matter how) i dress (?:it|this) up\\b`)),
  // owning and admitting: "I must own that I kept the money", "I only want to own what I did", "I admit I took it"
  needs('own owned admit', rx(`\\bi(?: must| will| can only| only want to| want to| need to| have to|'ve|ve| have)? own(?:ed)? (?:that i|what i did|my part|my share|all of it|it all|every bit)\\b|\\bi (?:fully |freely |openly )?admit (?:that )?i (?:[a-z]+ed|took|stole|hit|broke|sold|spent|kept|drove|hurt|cheated|made|said|did|was (?:wrong|drunk|high|lying|the one|cruel|selfish))\\b`)),
  // the writer's conduct towards them named as such: "I treated you badly" ("I let you down", "I made it
  // worse", "I put you through hell" tell the harm: impact, not ownership)
  needs('treated', rx(`\\bi treated (?:${YOU}|${YOUR} \\w+|him|her|them|my \\w+) (?:so |really |very )?(?:badly|terribly|horribly|appallingly|shamefully|cruelly|unfairly|like (?:dirt|rubbish|crap|garbage|shit|a doormat|an afterthought))\\b`)),
  // "it was me" said flat, or set against a cover story: "I pawned your laptop; nobody else took it, it was me",
  // "I took it, not Kayla", "she's been blamed for something I did"
  needs('was', rx(`(?:^|[.;:,] ?|\\band )it was me(?=\\s*(?:[.!;]|$))`)),
  needs('blamed', rx(`\\b(?:blamed|punished|sacked|fired|accused) for (?:something|what|the \\w+) i (?:did|took|stole|broke|said)\\b`)),
  needs('didn didnt did', rx(`\\b(?:it|the money|the \\w+|[a-z]+) (?:didn'?t|didnt|did not|never) (?:go missing|get lost|disappear|vanish)\\b,? (?:i |it was me)`)),
  needs('lose', rx(`\\bi (?:didn'?t|didnt|did not|never) lose (?:it|them|the \\w+|${YOUR} \\w+)\\b,? (?:like|as) i (?:told|said)\\b`)),
  needs('done', rx(`\\b(?:when|while|but) (?:i|i'd|id|i had) (?:done|did) (?:it|that|this|them) (?:myself|all along)\\b|\\bthat was me covering my (?:own )?tracks\\b`)),
  // "I know I did wrong", "i know i messed up", "I did this, and I know it"
  needs('wrong messed screwed stuffed cocked', rx(`\\bi (?:know |admit |accept )?(?:that )?i (?:did wrong|messed up|screwed up|stuffed up|cocked up|f\\*+ed up|fucked up)\\b`)),
  needs('did', rx(`\\bi know (?:that )?i did (?:this|that|it)(?=\\s*(?:[.!;,]|$|and\\b))`)),
  // "I chose not to come", "nobody force me", "no one but me is to blame"
  needs('chose', rx(`\\bi (?:just |deliberately |knowingly )?chose not to\\b`)),
  needs('force', rx(`\\b(?:nobody|no one|noone|no-one)(?: else)? force me\\b`)),
  needs('blame', rx(`\\b(?:nobody|no one|noone|no-one) but (?:me|myself) (?:is|was) to blame\\b`)),
  // "Grabbing you like that was wrong", "My behaviour at your fortieth was cruel", "The way I spoke to you
  // at Dad's funeral was unforgivable": the act as subject, with where or when in between
  needs('wrong cruel selfish unfair inexcusable unforgivable unacceptable dishonest betrayal disrespectful out abusive', rx(`\\b(?:my (?:behaviou?r|conduct|actions|words)|how i (?:acted|behaved|treated ${YOU}|spoke to ${YOU}|talked to ${YOU})|the way i (?:acted|behaved|treated ${YOU}|spoke to ${YOU}|talked to ${YOU}))(?: (?!was\\b|is\\b|were\\b)[a-z0-9']+){1,6} (?:was|is|were) (?:(?:so|completely|totally|really|very|just|plain|absolutely|deeply|utterly|a|an) ){0,2}(?:wrong|cruel|selfish|unfair|inexcusable|unforgivable|unacceptable|dishonest|a betrayal|disrespectful|out of line|out of order|abusive)\\b`)),
  needs('wrong cruel selfish unfair inexcusable unforgivable unacceptable dishonest betrayal disrespectful out abusive', rx(`(?:^|[,;:] ?)(?!(?:no|some|every|any)?thing\\b|during\\b|being\\b|seeing\\b|hearing\\b)[a-z]+ing (?:${YOU}|${YOUR}|him|her|them|at ${YOU}|from ${YOU}|behind ${YOUR})\\b[^.;!?]{0,40}? (?:was|is) (?:(?:so|completely|totally|really|very|just|plain|absolutely|deeply|utterly|a|an) ){0,2}(?:wrong|cruel|selfish|unfair|inexcusable|unforgivable|unacceptable|dishonest|a betrayal|disrespectful|out of line|out of order|abusive)\\b`)),
  // "no excuse, I was just scared" ("it wasn't fair on you" was tried: it reads as impact as often as ownership)
  needs('excuse', rx(`(?:^|[.;:] ?)no excuse(?=\\s*[,;:.!-])`)),
  // the consequence accepted as earned: "I was arrested, and I deserved to be", "I lost the job, which I
  // earned", "a consequence I earned" (a clause of its own, so "the money which I earned" stays out)
  needs('deserved earned', rx(`\\b(?:and|which|but) i (?:(?:fully|completely|totally|richly) )?deserved (?:to be|it|that)(?=\\s*(?:[.!;,]|$))|\\b(?:which|and) i (?:(?:fully|completely|totally) )?earned(?=\\s*(?:[.!;,]|$))|\\b(?:a|the|every) (?:consequence|punishment|sentence|ban|fine)s? i (?:(?:fully|completely) )?(?:earned|deserved)\\b`)),
  // the softer telling refused: "there's no version of this where it was okay", "there's no softer way to
  // say it", "there's no way round that", "no story I can tell makes it okay"
  needs('version softer round around getting story', rx(`\\bthere(?:'s| is|s|'s just| was) no (?:version of (?:this|it)|softer way to (?:say|put) (?:it|this|that)|way (?:a)?round (?:it|that|this)|getting (?:a)?round (?:it|that|this)|getting away from (?:it|that|this)|story i (?:can|could) tell)\\b`)),
  // the choice named as the writer's own: "the decision to drive was mine", "cheating on you was my choice",
  // "it wasn't a mistake, it was a choice"
  needs('decision choice', rx(`\\bthe (?:decision|choice) to (?:[a-z']+ ){1,4}?(?:was|is) (?:all |entirely |only |solely )?mine\\b|(?:^|[,;:] ?)(?!(?:no|some|every|any)?thing\\b|during\\b|being\\b)[a-z]+ing [^.;!?]{1,40}? (?:was|is) (?:all |entirely )?my (?:own )?(?:choice|decision|doing)\\b|\\b(?:it|that) (?:was|is|wasn'?t|isn'?t)(?: not)? (?:a|an|just a) (?:mistake|accident|slip|lapse)[,;]? (?:it was|it's|that was|it is) (?:a |my )?(?:choice|decision)\\b`)),
  // the act claimed after a cover story: "That was me.", "that was me, all of it", "the truth is it was me",
  // "I blamed the drink but it was me"
  needs('was', rx(`(?:^|[.;:,] ?|\\b(?:and|but|is|was) )(?:it|that) was (?:me|all me)(?=\\s*(?:[.!;,]|$|all of it|nobody|not\\b))`)),
  // the circumstance kept apart from the act: "it doesn't explain what I did", "none of it explains away a
  // word I said", "that doesn't buy me any slack", "work was busy, but that's not why I missed it",
  // "I'm not going to explain it away"
  needs('explain explains change changes alter alters buy buys why', rx(`\\b(?:does ?n'?t|doesnt|does not|do ?n'?t|did ?n'?t|didnt|never|none of (?:it|that|this)|nothing) (?:explains?|change|changes|alter|alters|buy|buys) (?:away )?(?:me any (?:slack|excuse)|what i did|what i said|a (?:single )?(?:word|thing|penny) (?:i|of)|any of (?:it|what i)|how i (?:treated|acted|behaved|spoke))\\b|\\b(?:that'?s|thats|it'?s|its|that is|it is|it was|that was) not (?:the reason )?why i (?:lied|missed|took|stole|drank|hit|did|cheated|left|shouted|said)\\b|\\b(?:won'?t|wont|will not|not going to|not gonna|refuse to|never going to) (?:try to )?explain (?:it|this|that) away\\b`)),
  // the occasion taken over: "It was your day and I made it about me", "I won't make that about me"
  needs('about', rx(`\\bi (?:made|turned) (?:it|that|the (?:day|night|whole (?:thing|day|night))|everything) (?:all )?about me\\b|\\bi(?: won'?t| wont| will not|'m not going to|m not going to| am not going to| refuse to) (?:make|turn) (?:this|that|it) (?:all )?about me\\b`)),
  // the plain fact closed off: "I hit you. That's what happened.", "That's the long and short of it",
  // "That's the truth I have to face" (not the bare "that's the truth (of it)", which closes excuses as often)
  needs('happened long face there', rx(`(?:^|[.;:,] ?)(?:that'?s|thats|that is) (?:what happened|the long and short of it|all there is to it|the truth i (?:have|need|'ve got) to face)(?=\\s*(?:[.!;,]|$))`)),
  // the act kept in view: "I know exactly what I did", "this letter is only about what I did", "what I
  // actually did was leave you with the debt"
  needs('exactly only just all actually', rx(`\\bi know exactly what i did\\b|\\b(?:only|just|all) about what i did\\b|\\bwhat i actually did was\\b`)),
  // the lie called a lie: "I knew it was a lie when I said it", "I made it up", "That was not a
  // misunderstanding", "u werent lying, i was"
  needs('knew made misunderstanding lying', rx(`\\bi knew (?:it|that) was (?:a lie|not true|untrue|false)\\b|\\bi made (?:it|that|the whole thing|the story) up\\b|\\b(?:that|it) (?:was ?n'?t|was not) a misunderstanding\\b|\\b(?:was ?n'?t|was not|were ?n'?t|weren'?t|werent|wasnt) lying,? i was\\b`)),
  // the excuse refused in its other spellings: "I had taken drink, which is no excuse", "which isn't an
  // excuse", "I've no excuse", "..., no excuse" at the end of a chat message
  needs('excuse', rx(`\\bwhich(?:'s| is| was|s) no excuse\\b|\\b(?:is|was)(?:n'?t| not) an excuse\\b|\\bi(?:'ve|ve|'d|d) no excuse\\b|(?:^|[,;:] ?)no excuse$`)),
  // the wrong act named plainly, as a regret for the act ("I shouldn't have grabbed your arm", "I should never
  // have put you in that car"). Not the concession "I know I shouldn't have..., but", nor one followed by a
  // "but" in the same sentence, nor "I should never have let it get that far", nor one hung on their act
  // ("had you been kinder, I should never have strayed").
  needs('should shouldn shouldnt', rx(`(?<!\\bknow )(?<!\\bknow that )(?<!\\b(?:had|if) (?:you|u|she|he|they|it)\\b[^.;!?]{0,60})\\bi (?:still )?(?:should ?n'?t|should not|should never|shouldnt)(?: have|'ve|ve| of) (?!been\\b|had\\b|needed\\b|to\\b|felt\\b|let\\b)[a-z]+\\b(?![^.;!?]{0,200}\\b(?:but|though|tho)\\b)`)),
  // exclusivity: the writer alone, nobody else and not them ("what happened is on me and nobody else", "put there
  // by me, nobody else", "that was my behaviour and nobody else's", "nobody else did this to you", "I'm the only one
  // to blame", "there was no one else to blame", "because I smashed it, not because of anything you did")
  needs('nobody noone one no-one', rx(`\\b(?:on|by) me,? (?:and )?(?:nobody|no one|noone|no-one) else\\b|\\bmy (?:own )?(?:behaviou?r|conduct|actions?|doing|fault|choices?|decisions?|responsibility|mess|mistakes?|lies|lying),? (?:and )?(?:nobody|no one|noone|no-one) else'?s\\b`)),
  needs('nobody noone one no-one', rx(`\\b(?:nobody|no one|noone|no-one) else did (?:this|that|it)(?: to (?:${YOU}|${YOUR} \\w+))?\\b`)),
  needs('only', rx(`\\b(?:${I_AM}|i was) the only (?:one|person) to blame\\b`)),
  needs('nobody noone one no-one', rx(`\\bthere(?:'s| is| was|s) (?:nobody|no one|noone|no-one) else to blame\\b`)),
  needs('anything', rx(`\\b(?:because i (?!was\\b|am\\b|had\\b|felt\\b|needed\\b|wanted\\b|were\\b|got\\b)[a-z]+|by what i did)\\b[^.;!?]{0,60}?,? not (?:because of|by|for) anything (?:${YOU}) (?:did|said|did or said|said or did)\\b`)),
  // the choice owned: "I had choices", "I did it with my eyes open", "I still made every one of those choices
  // myself", "me choosing the pub over you", "I was drinking and chose not to come" (not "I had no choice", nor
  // "you chose not to notice"); "I'm still the one who hit you" is the "the one who" pattern above
  needs('choices', rx(`\\bi (?:still |always )?had (?:other )?choices(?=\\s*(?:[.!;:,]|$|and\\b|every\\b))`)),
  needs('eyes', rx(`\\bi (?:did (?:it|that|this)|made (?:it|that|those|these|the|my)|took (?:it|them|the)|chose|went ahead|knew)\\b[^.;!?]{0,40}? with my eyes (?:wide )?open\\b`)),
  needs('made', rx(`\\bi (?:still )?made (?:every one|each one|every single one|all) of (?:those|these|them|my) (?:choices|decisions)\\b|\\bi (?:still )?made (?:those|these|my|the|all those|all the) (?:\\w+ )?(?:choices|decisions) myself\\b`)),
  needs('choosing', rx(`\\b(?:i was|me|i kept|i went on) choosing (?:the |my )?[a-z]+ (?:over|before|ahead of) (?:${YOU}|${YOUR}|the (?:family|kids)|my (?:family|kids|wife|husband|son|daughter))\\b`)),
  needs('chose', rx(`\\b(?:i|we)\\b(?:(?!\\b(?:you|u|ya|he|she|they)\\b)[^.;!?]){1,60}? and (?:then )?(?:still )?chose not to\\b`)),
  // the act owned in so many words: "I'm owning it this time", "I've never owned that until now", "I never thanked
  // you or owned it", "i just needed to own it", "I'm writing to own that", "I accept my part" (not "I'll own my
  // part, but you...", nor "we both need to own that", nor "on your own")
  needs('owning', rx(`\\b${I_AM} (?:(?:finally|fully|now|really) )?owning (?:it|that|this|up to (?:it|that|this))(?=\\s*(?:[.!;,:]|$|this time|now|today|fully|properly|completely|and\\b))`)),
  needs('owned', rx(`\\b(?:i(?: have|'ve|ve| had|'d)? never|or) (?:properly |really |fully )?owned (?:it|that|this|up to (?:it|that|this))(?=\\s*(?:[.!;,:]|$|until|till|properly|before|and\\b))`)),
  needs('own', rx(`\\bi (?:just |really |only )?(?:needed|wanted) to own (?:it|that|this)(?=\\s*(?:[.!;,]|$))|\\b${I_AM} (?:writing|here) to own (?:it|that|this|up)\\b`)),
  needs('part', rx(`\\bi (?:fully |completely )?accept my (?:part|share)(?=\\s*(?:[.!;]|$|in (?:it|this|that|what)))`)),
  // a moral verdict on the writer's own act, in plain or chat words: "that was a shitty thing to do", "that was a
  // dog act", "that was really cold of me" (not a complaint about what they did: "you ghosted me, that was a
  // shitty thing to do")
  needs('shit shite shitty crap crappy lousy dog scummy sly sneaky snide gutless shabby rubbish cheap dirty low', rx(`(?<!\\b(?:you|u|ya|he|she|they) (?:ghosted|left|lied|said|told|took|sent|dumped|blanked|ignored|cheated|stole|hid|made|did|went|called|shouted|posted|kept|sold|read|spent)\\b[^.;!?]{0,80})\\b(?:that|this) was (?:(?:a|such a|really|so|proper|pretty|a really|a proper|a total|a complete|just|a right) ){0,2}(?:shit|shite|shitty|crap|crappy|lousy|dog|scummy|sly|sneaky|snide|gutless|shabby|rubbish|cheap|dirty|low|low-down) (?:thing to (?:do|say|pull)|act|move|trick)\\b`)),
  needs('cold harsh sly sneaky shitty shady cheap unkind gutless spiteful heartless callous', rx(`\\b(?:that|this|it) was (?:(?:really|so|very|pretty|a bit|proper|well) )?(?:cold|harsh|sly|sneaky|shitty|shady|cheap|unkind|gutless|spiteful|heartless|callous) of me\\b`)),
  // the writer's verdict on themself in the role they failed: "I was a bad friend to you", "i was a crap mum to u",
  // "I wasn't a good boss to you" (not with a "but" after it, nor "sorry if you feel I was a bad husband")
  needs('bad crap crappy shit shite shitty terrible lousy rubbish awful useless horrible rotten poor selfish absent good decent proper much', rx(`(?<!\\b(?:so|and so|which is why|that'?s why|thats why|that is why|meaning) )\\bi (?:was (?:(?:such|just|really|honestly) )?an? (?:(?:really|proper|total|complete|very) )?(?:bad|crap|crappy|shit|shite|shitty|terrible|lousy|rubbish|awful|useless|horrible|rotten|poor|selfish|absent)|(?:wasn'?t|wasnt|was not|was never) (?:a (?:good|decent|proper|real)|much of a|any kind of a?)) (?:friend|mate|mum|mom|mam|mother|dad|father|da|brother|sister|son|daughter|husband|wife|partner|boss|neighbou?r|uncle|aunt|auntie|grandad|grandpa|nan|gran|grandma|colleague|boyfriend|girlfriend|parent|flatmate|housemate|teammate|manager) to (?:${YOU}|him|her|them|my \\w+)\\b(?![^.;!?]{0,120}\\b(?:but|though|tho)\\b)`)),
  // an organisation's (or a manager's) failure owned: "This was our failure", "that was my failure, not IT's",
  // "Those were our failures", "That delay is on us", "that fear is on us" (not "a meal on us", "it's on us to decide",
  // "not giving up on us")
  needs('failure failures', rx(`\\b(?:this|that|it) (?:was|is) (?:(?:all|entirely|completely|wholly|squarely|clearly|plainly) )?(?:our|my) (?:own )?failure(?!\\s+(?:to (?:see|understand|notice)|of (?:you|u|yours|theirs)))\\b|\\b(?:those|these) (?:were|are) (?:all )?our (?:own )?failures\\b`)),
  needs('us', rx(`\\b(?:that|this|it)(?: (?:delay|fear|failure|mistake|decision|one|part|bit|error|lapse|oversight|harm|hurt|damage|wait))?(?:'s| is| was|s) (?:(?:all|entirely|completely|squarely|wholly) )?on us\\b(?!\\s*(?:to\\b|both\\b|now to\\b|all to\\b))`)),
  // the size put back after a smaller telling: "It wasn't a bit of money, it was your whole house deposit", "It
  // wasn't just a few times, it was most weekends", "It wasn't a little money, Dad; it was your pension" (a sum or a
  // count, then what it really was; not "it wasn't just a few drinks", "it wasn't a bit of fun for you")
  needs('wasn wasnt was', rx(`\\b(?:it|that) (?:wasn'?t|wasnt|was not) (?:just |only |merely )?(?:a few|a couple of|a bit of|a little|a small|a tiny|one or two) (?:times|money|quid|pounds|dollars|bucks|cash|amount|sums?)\\b(?=\\s*[,;:-] ?(?:[a-z]+[,;:] ?)?it was\\b)`)),
  // the passive refused: "mistakes were made, as if someone else had made them; I made them", "It would be easy to
  // write that mistakes were made. I made them." ("I made them" as a clause of its own, after a stop or a semicolon)
  needs('made', rx(`(?:^|[.;:] ?)i made them(?=\\s*(?:[.;:]|$))|\\bmistakes were made\\b[^.!?]{0,80}?[;:,] ?i made them\\b`)),
  // the softer name refused: "not gonna call it a slip", "I'm not going to call it borrowing", "calling it a few
  // slip-ups would be a lie" (not "I wouldn't call it stealing", a size disowned, nor "calling it an affair is a stretch")
  needs('call', rx(`\\b(?:${I_AM} )?(?:not going to|not gonna|won'?t|wont|will not|refuse to|am not going to) (?:try to )?call (?:it|this|that|what i did) (?:a |an |just |only |mere )?(?:slip|slips|slip-ups?|lapse|mistake|borrowing|borrowed|a loan|an accident|accident|a misunderstanding|misunderstanding|bad luck|banter|a joke|a one-off|one-off|teething|a blip|blip|a wobble)\\b|\\bcalling (?:it|this|that) [^.;!?]{1,30}? would be (?:a lie|dishonest|lying)\\b`)),
  // luck refused as the cause: "the money is gone because I gambled it, not because of bad luck", "your money wasn't
  // lost to bad luck" (not "just bad luck really")
  needs('luck', rx(`\\bbecause (?:i|we) [a-z]+ (?:it|them|that|the \\w+)\\b[^.;!?]{0,20}?,? not because of (?:bad )?luck\\b|\\b(?:wasn'?t|wasnt|was not|weren'?t|were not) lost to (?:bad )?luck\\b`)),
  // the act named for what it was, in more words: "that was a total invasion of ur privacy", "That was violence, and
  // I did it" (not a complaint about their act in the same sentence)
  needs('invasion violence', rx(`(?<!\\b(?:you|u|ya|he|she|they) (?:hit|pushed|shoved|grabbed|slapped|read|went|took|searched|looked|opened|shouted|screamed|threw|kicked|punched)\\b[^.;!?]{0,80})\\b(?:that|this|it|what i did) (?:was|is) (?:(?:a|an|a total|a complete|an utter|a real|plain|pure|nothing less than|nothing but) )?(?:invasion of (?:${YOUR}|her|his|their) privacy|violence)\\b`)),
  // the omission owned with where the writer was instead: "I should have been at your bedside, and I was in the pub",
  // "I should have been at the hospital when Ben was born, and I was in the pub instead"
  needs('should', rx(`\\bi should(?:'ve| have|ve| of) been (?:at|with|there|home|by|beside)\\b[^.;!?]{1,60}?,? (?:and|but|when|while) i was (?:(?:in|at|down) (?:the|a) (?:pub|bookies|bookie's|bar|casino|club|offie|off-licence)|drunk|high|wasted|hungover|off my (?:face|head|tits)|out of it|out of my (?:head|mind)|passed out|on the (?:drink|piss|gear|pokies|slots|lash))\\b(?![^.;!?]{0,60}\\b(?:because|cos|cuz|coz|as)\\b)`)),
  // the act called a choice the writer made: "I punched the wall beside your head and that was a choice I made",
  // "every part of that was a choice I made"
  needs('choice choices decision decisions', rx(`\\b(?:that|it|this|every (?:part|bit) of (?:that|it|this)|all of (?:that|it|this)|each (?:one|time))(?: was|'s|s| is) (?:a|my|the) (?:(?:conscious|deliberate|free) )?(?:choice|decision) (?:that )?i made\\b`)),
  // an organisation's failure of the people in its care owned: "the school failed you", "We failed the Mensah family",
  // "we failed Ms Mitchell", "the club failed him", "we failed to protect her", "We failed to pass on the warnings"
  // (not "we failed the inspection", "we failed to deliver your parcel", "they failed you")
  needs('failed', rx(`\\b(?:we|the (?:school|club|trust|board|hospital|council|company|church|university|district|firm|practice|charity|agency|service|force|committee|home|nursery|college|parish|institution))(?: (?:have|has|had))? (?:(?:badly|completely|utterly|seriously) )?failed (?:${YOU}|him|her|them|us|(?:his|her|their|your) (?:parents|family|son|daughter|child|children|mum|dad|mother|father)|the \\w+(?: \\w+)? family|the (?:children|families|residents|patients|pupils|students|players|members|tenants|victims|survivors|swimmers|customers|staff|community|public|people)|(?:mr|mrs|ms|miss|dr) \\w+)\\b|\\bwe (?:(?:badly|completely|utterly|seriously) )?failed to (?:protect|keep (?:you|u|him|her|them|the)|act on|listen|pass on|warn|report|investigate|safeguard|escalate|believe|support|look after)\\b`)),
];

/** Someone else's words or a doubt, not the writer's own ownership. */
const BEFORE_VETO =
  /\b(?:if|whether|as if|not that|never said|didn'?t say|you think|u think|you said|u said|you feel|they say|people say|you say|u say|you always say|(?:didn'?t|did not|don'?t|do not|never) (?:think|thought|believe|reali[sz]e))\s+(?:\w+\s+){0,2}$/;

/** "it wasn't my fault", "it's not because of me" */
const NEGATED = /(?:\bnot|n'?t|\bnever|\bhardly)\s+(?:(?:all|entirely|really|just|completely|only)\s+)?$/;

/** Ownership hedged to a degree or a condition: "to the extent that was my fault", "in the event that my
 * actions caused you distress", "if people were put out by my speech, that's on me". */
const HEDGED = /(?:\b(?:to (?:the|whatever|what|any|some) (?:extent|degree)|in the event|insofar as|in so far as)\b[^.;!?]{0,50}|\bif (?!i'?m (?:being )?honest\b|i am (?:being )?honest\b|you ask me\b|truth be told\b)[^.;!?,]{1,60},\s*)$/;

function owns(norm: string, start: number, end: number): boolean {
  const lead = before(norm, start, 30);
  if (BEFORE_VETO.test(lead) || NEGATED.test(lead)) return false;
  const clause = before(norm, start, 90);
  if (HEDGED.test(clause)) return false;
  const tail = norm.slice(end, end + 24);
  // "that was unfair of you", "it was wrong of them": a complaint, not ownership
  if (/^\s*of (?:you|u|him|her|them|your|ur)\b/.test(tail)) return false;
  // "I was wrong to think you'd understand" is a jab, not an admission
  if (/^\s*to (?:think|trust|believe|expect|hope|ever|listen)\b/.test(tail)) return false;
  // "Had you been kinder, I should never have strayed": the "should" hangs on their act
  return true;
}

const rule: ElementRule = {
  id: 'responsibility',
  label: 'Own it',
  description:
    'Saying plainly that it was your doing, with no "but" and no excuse, is what helps them trust the rest of your words.',
  promptLabel: "Say plainly that it was your doing",
  starters: ['I was wrong when I ', 'It was my fault that ', 'There is no excuse for '],
  find(sentence) {
    return collectSpans(sentence, PATTERNS, owns);
  },
  examples: {
    positive: [
      "I should have been at your graduation, and I wasn't.",
      "It was my job to pay the rent that month, and I didn't.",
      "I swore to myself I'd never shout at you the way Dad shouted at us, and then I did exactly that.",
      "I should have told you myself.",
      "What I did with the club money was theft, plain and simple.",
      "Every tenner I took from the jar was stealing.",
      "Going through your phone was a violation of your trust.",
      "I took the watch. Not borrowed, stole.",
      "I'm not going to compare myself to your brother.",
      "I won't use that to make it smaller.",
      "I meant every cruel word when I said it.",
      "I kept the refund because I wanted it, not because I was short.",
      "However I dress it up, I hit you.",
      "The truth is I took your card and used it.",
      "I must own that I sold your bike.",
      "I only want to own what I did.",
      "I admit I lied about the loan.",
      "I treated you like dirt for most of that year.",
      "Your nan didn't take the cash. It was me.",
      "Your cousin got blamed for something I did.",
      "The necklace didn't go missing, I pawned it.",
      "I didn't lose your ring, like I said; I sold it.",
      "I let everyone think the dog did it, when I had done it myself.",
      "i know i messed up with the car",
      "I know I did this.",
      "I chose not to visit you in hospital.",
      "Nobody but me is to blame for the debt.",
      "My behaviour at the christening was disrespectful.",
      "The way I spoke to you in front of your friends was unacceptable.",
      "Shouting at you in the car park was wrong.",
      "No excuse, I just didn't want to go.",
      'No one twisted my arm.',
      "That's mine to answer for.",
      'I hold my hands up to all of it.',
      'The booze didn\'t do it, I did.',
      'I did that, not my illness.',
      "I'm finished with excuses.",
      "Lying to you was a cowardly choice.",
      'Not the situation: I got out of hand.',
      'People can say what they like, but I did it.',
      'I knew what I was doing when I took it.',
      'I was wrong.',
      'It was my fault, nobody else\'s.',
      'I take full responsibility for losing the account.',
      'There is no excuse for the way I spoke to you.',
      'I chose to drive after drinking.',
      'You lost sleep and money because of my choices, and I own that.',
      'thats on me',
      'What I did was mean and petty.',
      "I'm not going to blame the drink; I made those choices.",
      'Nobody else is to blame for this but me.',
      'I was the one who cracked the table, not the dog.',
      'I wronged you, plain and simple.',
      'i was drinking but thats no excuse',
      "It wasn't just one time, and I won't pretend it was.",
      'That was a selfish thing to do.',
      'For three years I put drinking ahead of you.',
      'I know you had to cover the mortgage alone because of me.',
      'The gambling explains part of it, but it does not excuse a penny of what I took.',
      'Nothing excuses the names I called you at the wedding.',
      'Losing my job is part of the story, not an excuse for emptying the joint account.',
      'I was exhausted, and I still had no right to slam the door in your face.',
      'A long week never gave me the right to shout at you like that.',
      'Being skint is no reason to take money from your coat.',
      'Being hungover makes it worse, not better.',
      'Being ill back then does not make it okay that I left you with the bills.',
      'The lying was mine and mine alone.',
      'Those decisions were mine, every single one.',
      'That missed payment was entirely my doing.',
      'It was my mistake, start to finish.',
      'Mea culpa: the scratch on your car is from me.',
      'nobodys fault but mine what happened at the bbq',
      'I hold myself accountable for every lie I told you.',
      "I'm the one who sold your guitar, not your cousin.",
      'im the one that broke the window',
      'I was the one over the limit that night.',
      'I was the reason you stopped inviting people round.',
      'You never made me do any of it.',
      'u didnt push me to drink, i went there myself',
      'Nobody poured the wine down my throat.',
      'None of it was your fault, not one bit of it.',
      'It was never your job to keep me away from the pub.',
      "You didn't do a thing to deserve the way I spoke to you.",
      'Nobody pushed me into it; I decided to.',
      'I had every chance to stop and I kept going.',
      "I could've stopped at any point that year.",
      'I knew full well that the money was for the gas bill.',
      'I knew the car was not mine to drive, and I drove it anyway.',
      'My sister warned me about driving after the party, and I did it anyway.',
      'You think the drink did it. I did that.',
      "I'm not going to hide behind the pills, and I'm not using them as a reason for what I did.",
      'It was all me, that whole mess with the van.',
      'The fights at home were because of how I was living back then.',
      'sorry i ate ur birthday cake, that was proper low of me',
      'i said u were useless in front of ur boss, way out of line',
      'Sorry for the texts last night: totally out of order.',
      'The real reason is simple: I was selfish.',
      'I was a coward, and I let you face the landlord alone.',
      'i was being spiteful when i said it',
      'I own my actions that night, all of them.',
      "It wasn't a small mistake; I emptied your account.",
      "There's nothing little about what I did to your mum.",
      'What I did was far worse than I ever admitted.',
      'No excuses, I broke the window.',
      'The fire in the shed was started by me.',
      'I accept the crash was caused by my decision to drive.',
      'The lying was my own choice.',
      'I read your diary, which was not fair on you.',
      'They banned me from the club, and I deserved it.',
      'Somebody had to break the promise, and I was the one.',
      'I was fined, and I deserved to be.',
      'The club banned me for the season, which I earned.',
      'The suspension was a consequence I earned.',
      "There's no version of this where I was in the right.",
      'There is no softer way to put it: I took the money.',
      "i took it and there's no way round that",
      'There\'s no story I could tell that makes the lying okay.',
      'The decision to take the car was mine.',
      'Reading your letters was my choice.',
      "It wasn't an accident, it was a choice.",
      'I told everyone the dog ate it. That was me.',
      'that was me, all of it',
      'They blamed the new lad but it was me.',
      "Being tired doesn't explain what I did.",
      'None of that changes what I said to you.',
      "The pub was open late, but that's not why I drank.",
      "I won't explain it away.",
      "i'm not gonna try to explain this away",
      "I shouldn't have grabbed your phone.",
      'I should never have driven with the kids in the car.',
      'i shouldnt of called u that',
      "If I'm honest, it was my fault.",
      'It was her birthday and I made it about me.',
      'i turned the whole night about me',
      "I'm not going to make this about me.",
      'I shoved you. That is what happened.',
      "I said no and then I did it anyway. That's the long and short of it.",
      "Someone could have died. That's the truth I need to face.",
      'I know exactly what I did to you.',
      'This is all about what I did, not about you.',
      'What I actually did was take the rent money.',
      'I knew that was not true when I told your mum.',
      'I made the whole thing up to cover myself.',
      "It wasn't a misunderstanding; I lied.",
      'you werent lying, i was',
      'I was tired, which is no excuse.',
      "Work was mad that month, which isn't an excuse.",
      "I've no excuse for the state of the flat.",
      'forgot ur birthday again, no excuse',
      'What happened at the party is on me and nobody else.',
      'the dent in ur door was put there by me, no one else',
      'That was my conduct and nobody else\'s.',
      'No one else did this to your family.',
      "I'm the only person to blame for the arrears.",
      'There was nobody else to blame for the state of the flat.',
      'The window got broken because I kicked it, not because of anything you did.',
      'You were let down by what I did, not by anything u said.',
      'I had choices, and I kept picking the bookies.',
      'i knew it was ur savings and i took it with my eyes wide open',
      'I was off my head most nights, and I still made each one of those decisions.',
      'It was me choosing the bookies over you, week after week.',
      'I was hungover and chose not to turn up for your recital.',
      "I was high, and I'm still the one who crashed your car.",
      "I lied about the loan for a year, and I'm owning it now.",
      'I hit you that night and I have never properly owned it.',
      "I took the money and I've never owned that till today.",
      'u lent me the money and i never paid it back or owned it',
      'i only wanted to own it',
      "I'm here to own that, nothing else.",
      'I accept my part in it.',
      'sorry i bailed on ur leaving do, that was a proper crap thing to do',
      'I let you take the blame for the till. That was a gutless move.',
      'i forgot ur birthday again, that was pretty callous of me',
      'I was a lousy brother to you for years.',
      "i wasnt much of a mate to u when it counted",
      'The helpline was left unstaffed for a week. That was our failure.',
      'I signed the rota myself, and it was my failure, nobody else\'s.',
      'We knew about the damp for a year and did nothing. That is on us.',
      'That delay is entirely on us.',
      "It wasn't a couple of quid, it was the whole float.",
      'it wasnt only a few times, it was every payday',
      "Forget 'mistakes were made': I made them.",
      'I made them. Every one of those mistakes was mine.',
      "I took the van four times and I won't call it borrowing.",
      'not gonna call it a blip, i was using every day',
      'Calling it a one-off would be dishonest.',
      'The savings are gone because I spent them, not because of bad luck.',
      'The club funds were not lost to bad luck.',
      'I went through your phone. That was an invasion of your privacy.',
      'i shoved u into the wall, that was violence',
      'I should have been with you at the clinic, and I was at the bookies.',
      'i shouldve been there for ur exam results but i was off my face',
      'Every bit of that was a deliberate choice I made.',
      'The hospital failed your mother, and we are sorry.',
      'We failed to act on the first complaint.',
      'we badly failed the families on the estate',
    ],
    negative: [
      "The cause of me leaving the job was the commute.",
      "I should have been warned about the road works, and I wasn't.",
      "If it was theft, the police would have said so.",
      "I'm not going to compare prices for the flights.",
      "Nothing you said that night was unfair.",
      "Hearing your voice on the phone was wonderful.",
      "I admit I was scared to write this.",
      "I know you think it was me.",
      "Was it me who left the gate open?",
      "The keys didn't go missing after all; they were in my coat.",
      "My behaviour at the christening was fine, according to you.",
      "The truth is I was terrified of losing you.",
      "No excuse is needed for being late to the meeting.",
      'She forced my hand on the contract by refusing to sign.',
      "That's mine, not yours.",
      'Was that a bad decision by the council?',
      'I did it your way last time.',
      'You were right to change the locks after I took your bank cards.',
      'You made the right call when you walked away from me.',
      'I was drinking every night back then, and I lied to you about where the money went.',
      'That was unfair of you.',
      "It wasn't my fault, the drink made me do it.",
      'I was wrong to think you would understand.',
      "Coffee's on me tomorrow?",
      'I was arrested outside your building.',
      "I didn't think it was a big deal.",
      "It was a shame you couldn't come.",
      'The report was wrong, I will fix the figures.',
      "Excuse me, I don't think we've met.",
      "There's no reason to worry about the deposit.",
      "I'm the one who has to live with this every day.",
      "Hearing it from you doesn't make it any easier for me.",
      'I had a choice of two trains and took the later one.',
      'I did not excuse myself from the table fast enough.',
      'The car was mine, so I drove it.',
      'I knew you would find out anyway.',
      'The river was low this summer.',
      'You were way out of line at the party.',
      "I'm sorry if you thought I was being cruel.",
      'You said I was selfish, and I see it differently.',
      'The fire was started by a faulty plug.',
      'It was a small thing, but it meant a lot to me that you came.',
      'I deserved a break after the week I had.',
      'I spent the money which I earned on overtime.',
      'I deserved to be happy too.',
      "There's no way to the beach from here.",
      'The decision to sell the house was yours.',
      'That was me at five, in the photo by the door.',
      "The map doesn't explain where the path goes.",
      'He tried to explain it away at the time.',
      "I know I shouldn't have read it, but you left it open.",
      "I shouldn't have been so worried about the exam.",
      'Had you told me, I should never have gone.',
      "I should never have let it get that far.",
      'To the extent that the delay was my fault, I apologise.',
      'In the event that my words caused offence, I take responsibility.',
      "If anyone was upset by the joke, that's on me.",
      "to whatever degree i was in the wrong, sorry",
      'The film was all about me and my brother.',
      "I was tired and stressed, that's the truth of it.",
      'Is that what happened?',
      "I don't know exactly what I did with the keys.",
      'I made up the spare bed for you.',
      "It wasn't an accident, you did it on purpose.",
      'Do you need an excuse note for school?',
      'no excuse needed, see you Friday',
      "It's on you and nobody else.",
      'Nobody else was hurt, thank God.',
      'Whether we meet is your call and nobody else\'s.',
      'you made a home for me when no one else would',
      'honestly u wind me up like nobody else',
      "You're the only one to blame for this.",
      'I left early because I was tired, not because of anything you did.',
      'Nobody else did the washing up all week.',
      'I had no choice but to sell the car.',
      "Honestly I had no choices left by then.",
      'I went into the marriage with my eyes open.',
      'I made all of the sandwiches myself.',
      'Choosing the venue over the phone was easier.',
      'anyone could see i was struggling, you just chose not to notice.',
      "I'm still the one who has to live with it.",
      "I'll own my part, but you ran up debts too.",
      'We both need to own that.',
      'sorry the kids were left on their own that weekend',
      'I have never owned a car.',
      'I never owned that house, it was rented.',
      "I accept my part of the inheritance, but I'd rather you had it.",
      'you ghosted me for a month, that was a shitty thing to do',
      'He took my charger, that was a low move.',
      'That was a cheap thing to buy for the price.',
      'That was cold of you.',
      'It was cold of me to expect you to call.',
      "I'm sorry if you feel I was a bad husband.",
      'I was a rubbish dad to you for a while, but at least you always had food on the table.',
      'I was a good friend to her when she needed it.',
      'I was a terrible cook back then.',
      "It was a terrible year, so I wasn't much of a father to you.",
      'Your next coffee is on us.',
      "It's on us to decide where we go from here.",
      'im not giving up on us',
      'That was your failure, not ours.',
      'The drinks tonight are on us!',
      "It wasn't just a few drinks, it was a bottle a night.",
      "It wasn't a bit of fun for you, it was frightening.",
      "It wasn't a little money, but it was worth it.",
      "It wasn't a few times, was it?",
      'Mistakes were made on both sides.',
      'I made them a cake for the party.',
      'I made them wait for an hour.',
      'Do you like the earrings? I made them!',
      "I wouldn't call it stealing, I borrowed your card.",
      'calling it an affair is a stretch',
      "I'm not going to call it a day just yet.",
      'sorry i missed it, my car broke down, just bad luck really',
      'You read my diary, that was an invasion of my privacy.',
      'He pushed me down the stairs and that was violence.',
      'The film was violence from start to finish.',
      'I should have been at the meeting, but I was in hospital because of the accident.',
      'I should have been home by six, and I was.',
      'I should have been at your party, but I was in hospital.',
      'The blue one was a choice I made for the kitchen, do you like it?',
      "That wasn't a choice I made.",
      'We failed the inspection last year but passed this time.',
      'Unfortunately we failed to deliver your parcel today.',
      'They failed you at every turn.',
      'We failed the exam by two marks.',
    ],
  },
};

export default rule;
