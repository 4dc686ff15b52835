import type { SafetyLevel, SafetyRisk } from './safety';
import type { AmendsStatus, AmendsType, Channel, StepId, SupportReview } from './types';

/**
 * Every word the list shows about its data, in one place. Plain, warm, never grading:
 * these describe where someone is, not how well they are doing.
 */

export const STATUS_LABELS: Record<AmendsStatus, string> = {
  'not-willing': 'Not yet willing',
  willing: 'Willing',
  planned: 'Planned',
  made: 'Amends made',
  living: 'Living amends',
  deferred: 'Deferred for now',
  'not-possible': 'Not possible',
};

export const STATUS_DESCRIPTIONS: Record<AmendsStatus, string> = {
  'not-willing': 'On the list, and not ready yet. Becoming willing takes the time it takes.',
  willing: 'Ready to make amends when the time and way are right.',
  planned: 'You have a plan for how and when.',
  made: 'You have made these amends.',
  living: 'Making amends through a lasting change in how you live.',
  deferred: 'Set aside for now, on purpose, perhaps on a sponsor’s advice.',
  'not-possible': 'Direct amends cannot happen, for example if they have died or cannot be reached.',
};

export const AMENDS_TYPE_LABELS: Record<AmendsType, string> = {
  undecided: 'Not decided yet',
  direct: 'Direct amends',
  indirect: 'Indirect amends',
  living: 'Living amends',
};

/** One line each, as the issue and the seed article explain them. */
export const AMENDS_TYPE_DESCRIPTIONS: Record<AmendsType, string> = {
  undecided: 'You can decide later, perhaps after talking it over with a sponsor or therapist.',
  direct: 'Face to face, or repaying a debt.',
  indirect: 'Changed behaviour, or a letter, when contact is not possible or wise.',
  living: 'A lasting change in how you live.',
};

export const CHANNEL_LABELS: Record<Channel, string> = {
  'in-person': 'In person',
  phone: 'Phone call',
  letter: 'Letter',
  email: 'E-mail',
  message: 'Message',
};

export const REVIEW_LABELS: Record<SupportReview, string> = {
  'not-yet': 'Not talked over yet',
  discussed: 'Talked over with my sponsor or therapist',
  agreed: 'Agreed with my sponsor or therapist',
};

export const STEP_LABELS: Record<StepId, string> = {
  acknowledge: 'Acknowledge what happened',
  responsibility: 'Take responsibility',
  list: 'Put them on the list',
  remorse: 'Express remorse',
  action: 'Take action',
  commit: 'Commit to change',
  patience: 'Be patient',
};

export const STEP_DESCRIPTIONS: Record<StepId, string> = {
  acknowledge: 'Name what you did, honestly and specifically, without softening it.',
  responsibility: 'Own your part, without excuses or pointing to their part.',
  list: 'Writing this person down is a real step: it is Step 8’s list itself.',
  remorse: 'Say you are sorry for the hurt you caused, in your own words.',
  action: 'Make it right where you can: repay, repair, or ask what would help.',
  commit: 'Decide what you will do differently from now on, and keep at it.',
  patience: 'Let them respond in their own time, or not at all. Check in with yourself again later.',
};

export const SAFETY_QUESTIONS: Record<SafetyRisk, string> = {
  harmsThem: 'Could contacting them re-open wounds or harm them?',
  harmsOthers: 'Does it involve someone else who has not agreed, or could it harm someone else?',
  harmsMe: 'Could it harm me or raise my risk of relapse?',
  noContact: 'Have they asked me not to contact them?',
};

export const SAFETY_LEVEL_LABELS: Record<SafetyLevel, string> = {
  clear: 'No risks ticked',
  caution: 'Take care',
  'stop-direct': 'No contact: direct amends are not the path',
};

/** Shown beside the safety check. Guidance, never a verdict. */
export const SAFETY_ADVICE: Record<SafetyLevel, string> = {
  clear:
    'Nothing here suggests a risk. It still helps to go over your plan with a sponsor or therapist before you reach out.',
  caution:
    'When contact could hurt them, someone else or you, indirect or living amends may be the right path. Talking it over with a sponsor or therapist first can help you choose.',
  'stop-direct':
    'They have asked for no contact, and respecting that is part of making amends. Direct amends are off the table here; indirect or living amends can still make things right.',
};

export const RESTITUTION_KIND_LABELS = {
  none: 'Nothing to repay',
  money: 'Money owed',
  other: 'Another kind of repair',
} as const;

export const CHECK_IN_LABELS = { kept: 'Kept', notYet: 'Not yet' } as const;
