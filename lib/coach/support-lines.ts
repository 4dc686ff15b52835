/**
 * Where help is, shown when a draft carries crisis language. Text and links only: nothing is
 * fetched, and a link opens only when the person chooses it.
 */
export interface SupportLine {
  name: string;
  where: string;
  how: string;
  links: { label: string; href: string }[];
}

export const SUPPORT_LINES: SupportLine[] = [
  {
    name: '988 Suicide & Crisis Lifeline',
    where: 'United States',
    how: 'Call or text 988, any time.',
    links: [
      { label: 'Call 988', href: 'tel:988' },
      { label: 'Text 988', href: 'sms:988' },
      { label: '988lifeline.org', href: 'https://988lifeline.org/' },
    ],
  },
  {
    name: 'SAMHSA National Helpline',
    where: 'United States',
    how: '1-800-662-4357: free, confidential, 24 hours a day, for substance use and mental health.',
    links: [
      { label: 'Call 1-800-662-4357', href: 'tel:+18006624357' },
      { label: 'samhsa.gov', href: 'https://www.samhsa.gov/find-help/helplines/national-helpline' },
    ],
  },
  {
    name: 'Samaritans',
    where: 'UK and Ireland',
    how: 'Call 116 123, free, any time.',
    links: [
      { label: 'Call 116 123', href: 'tel:116123' },
      { label: 'samaritans.org', href: 'https://www.samaritans.org/' },
    ],
  },
  {
    name: 'Find a Helpline',
    where: 'Anywhere else',
    how: 'A directory of free helplines in your country.',
    links: [{ label: 'findahelpline.com', href: 'https://findahelpline.com/' }],
  },
];
