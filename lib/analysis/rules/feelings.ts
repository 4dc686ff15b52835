/**
 * feelings: apologising for the other person's reaction instead of one's own act
 * ("sorry you feel that way", "I regret that you took it badly").
 * Trap: "I'm sorry I made you feel unsafe" names the writer's act; "I'm sorry you had to
 * cover the rent alone" names what they went through because of the writer.
 */
import { defineRule, rx } from './define';
import { APOLOGY, FEELING, INTENS, YOU, YOURE } from './lexicon';

const raw = String.raw;

/** "sorry (that|if)? you" / "it's a shame you" / "i regret that you" */
const LEAD = raw`(?:${APOLOGY}|(?:it's|its|it is|that's|thats|that is|what) (?:a )?(?:shame|pity|sad|unfortunate|too bad))`;

export default defineRule({
  id: 'feelings',
  title: 'Sorry for their feelings',
  severity: 'problem',
  explanation:
    'This apologises for how they reacted rather than for what you did, which can sound as if the problem is their feelings. Saying what you did, and that it hurt them, lands as a real apology.',
  suggestion: 'Try "I\'m sorry I ..." and name what you did.',
  gate: /sorry|soz|sry|apolog|regret|shame|pity|sad|unfortunate|too bad/,
  patterns: [
    {
      // "sorry you feel that way", "sorry u see it that way", "sorry you feel I let you down"
      re: rx(raw`\b${LEAD},? (?:that |if )?(?<s>(?:(?:ur|you're|youre|your|you are|u are|u r) (?:${INTENS}){0,2}(?:feeling|taking it|seeing it)\b|${YOU} (?:${INTENS}){0,2}(?:feel|felt|feeling|see it|saw it|view it|took it|take it|taking it|think|thought|believe|perceive|perceived|interpreted|misunderstood|misread|misinterpreted|misheard|read it|heard it)\b)[^.!?;,]{0,40})`),
      // "sorry if you think I abandoned you" doubts their reading: that is `conditional`.
      unless: (norm, m, span) =>
        /\bif\s*$/.test(norm.slice(m.index, span.start)) &&
        /^(?:you|u|ya|yu) (?:\S+ ){0,2}?(?:think|thought|believe|see|saw|view|read|heard|perceive|interpreted)\b/.test(norm.slice(span.start)),
    },
    {
      // "sorry you were upset", "sorry ur upset about the car", "sorry you're still angry",
      // "sorry if you felt let down", "it's a shame you were so hurt"
      re: rx(raw`\b${LEAD},? (?:that |if )?(?<s>(?:${YOURE}|${YOU}(?: (?:and|&) (?:your|ur|the) \w+| all| both| guys| two| lot)? (?:were|was|got|get|have been|became|are|'re|re|ended up))(?: (?:${INTENS}){0,2}| )${FEELING}\b[^.!?;,]{0,40})`),
      // "you were scared because of me" / "I made you feel": the writer owns the cause.
      unless: (norm, _m, span) => /\b(?:because of me|i made you|i caused)\b/.test(norm.slice(span.start, span.end + 30)),
    },
    {
      // "I regret that you took my comments at the meeting so badly", "sorry you took it personally"
      re: rx(raw`\b${LEAD},? (?:that |if )?(?<s>${YOU} (?:${INTENS}){0,2}(?:took|take|taken|taking|saw|see|viewed|read|interpreted|heard|received|found|find)\b[^.!?;]{0,50}?\b(?:hurtful|offensive|upsetting|rude|insulting|hard to hear|badly|personally|the wrong way|wrong|that way|so hard|to heart|so seriously|too seriously|seriously|negatively|amiss|offen[cs]e))`),
    },
    {
      // "sorry you got so worked up", "sorry you're still angry about the loan"
      re: rx(raw`\b${LEAD},? (?:that |if )?(?<s>${YOU} (?:got|get|are|were|'re) (?:${INTENS}){0,2}(?:worked up|wound up|so emotional|emotional|so sensitive|sensitive|triggered|bent out of shape|defensive|dramatic)\b[^.!?;,]{0,40})`),
    },
    {
      // the reception, not the act: "sorry it came across that way", "sorry for any offence taken"
      needs: ['came across', 'come across', 'landed', 'sounded', 'offence', 'offense'],
      re: rx(raw`\b${APOLOGY},? (?:that )?(?<s>(?:it|that|this|my (?:\w+ )?\w+|what i (?:said|wrote|did)) (?:came across|come across|landed|sounded) (?:that way|like that|badly|wrong|the wrong way|harsh|harshly|rude|so badly)\b)`),
    },
    {
      needs: ['offence', 'offense'],
      re: rx(raw`\b${APOLOGY} (?:for|about) (?<s>(?:any|the) offen[cs]e (?:taken|you took))`),
    },
  ],
  examples: {
    positive: [
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
    ],
    negative: [
      "I'm sorry I made you feel unsafe in your own home.",
      "I'm sorry you had to cover the rent alone because of me.",
      "I know you're upset, and you have every right to be.",
      "I'm sorry I embarrassed you in front of your friends.",
      'You must have felt humiliated, and I did that.',
      "I'm sorry if you think I abandoned you and the kids.",
      "I'm sorry I said it, and I know how it landed on you.",
    ],
  },
});
