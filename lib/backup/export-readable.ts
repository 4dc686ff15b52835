/**
 * A readable sheet of the list, to go over with a sponsor or therapist.
 *
 * Built once as a plain model (`buildReadableSheet`), then rendered twice: as Markdown
 * here (`renderSheetMarkdown`, every piece of the person's text escaped) and as React for
 * the print view (components/backup/ReadableSheetView.tsx, where React escapes). Both
 * show exactly the same content, so the two options mean the same thing in both.
 *
 * "Leave out names" (`omitNames`):
 *   - each person's name becomes "Person 1", "Person 2"… in list order;
 *   - wherever a listed person's full name, or a distinctive part of it ("Maria" of
 *     "Maria Lopez"), appears in any text on the sheet (harms, notes, relationship…), it
 *     is replaced the same way; a part shared by two listed people becomes "[name]"
 *     (see redact-names.ts).
 *   Names of people who are not on the list cannot be recognised; the sheet says so.
 *
 * "Leave out notes" (`omitNotes`) removes everything written as a note or journal:
 *   plan approach notes, step notes, safety-check notes, payment notes, how it went, their
 *   response, what I learned, the living-amends commitment, check-in notes, reflections,
 *   saved drafts.
 *   It keeps: relationship, status, amends type, what happened (the harms: they are the
 *   list itself), plan channel/date/review, which steps are done, the safety answers and
 *   guidance, restitution amounts and the description of a non-money repair, follow-up.
 */
import {
  AMENDS_TYPE_LABELS,
  CHANNEL_LABELS,
  CHECK_IN_LABELS,
  RESTITUTION_KIND_LABELS,
  REVIEW_LABELS,
  SAFETY_ADVICE,
  SAFETY_LEVEL_LABELS,
  SAFETY_QUESTIONS,
  STATUS_LABELS,
  STEP_LABELS,
} from '../amends/labels';
import { formatMoney } from '../amends/money';
import { restitutionBalance } from '../amends/restitution';
import { safetyGuidance } from '../amends/safety';
import { progress, statusSince } from '../amends/status';
import { AMENDS_STATUSES, STEP_IDS, type Person, type Timestamp } from '../amends/types';
import { backupFileName, localIsoDay, type ExportedFile } from './export-json';
import { escapeBlock, escapeInline } from './markdown';
import { nameRedactor } from './redact-names';

export interface ReadableOptions {
  omitNames: boolean;
  omitNotes: boolean;
  /** When the sheet is made; its date is printed on it. */
  now: Date;
  /** Locale for money amounts (the browser's when not given). */
  locale?: string;
}

/** A label and the text beside it. `text` may span several lines (a note). */
export interface SheetField {
  label: string;
  text: string;
}

export type SheetBlock =
  | { kind: 'fields'; items: SheetField[] }
  | { kind: 'list'; items: string[] }
  | { kind: 'checklist'; items: { done: boolean; text: string; note?: string }[] }
  | { kind: 'paragraph'; text: string };

export interface SheetPart {
  heading: string;
  blocks: SheetBlock[];
}

export interface SheetPerson {
  heading: string;
  /** The first part has no heading of its own: the person's overview. */
  overview: SheetField[];
  parts: SheetPart[];
}

export interface ReadableSheet {
  title: string;
  /** Short lines under the title: date, what was left out, a privacy reminder. */
  intro: string[];
  summary: SheetField[];
  people: SheetPerson[];
}

const SHEET_TITLE = 'My amends list';

export function buildReadableSheet(people: readonly Person[], options: ReadableOptions): ReadableSheet {
  const redact = options.omitNames
    ? nameRedactor(
        people.map((p) => p.name),
        people.map((_, i) => placeholder(i)),
      )
    : (text: string) => text;
  // formatMoney builds an Intl.NumberFormat per call (~0.15 ms); a sheet repeats amounts a lot.
  const formatted = new Map<string, string>();
  const money = (minor: number, currency: string) => {
    const key = `${currency} ${minor}`;
    let text = formatted.get(key);
    if (text === undefined) {
      text = formatMoney(minor, currency, options.locale);
      formatted.set(key, text);
    }
    return text;
  };

  const intro = [`Prepared on ${localIsoDay(options.now)}.`];
  if (options.omitNames) {
    intro.push(
      'Names are left out: each person is shown as Person 1, Person 2 and so on, also where their name appears in the text. Names of anyone not on the list may still appear, so please read it through before sharing.',
    );
  }
  if (options.omitNotes) {
    intro.push('Notes and reflections are left out. What happened is kept, as it is the list itself.');
  }
  intro.push('This sheet is private. Share it only with someone you trust.');

  return {
    title: SHEET_TITLE,
    intro,
    summary: summaryFields(people, money),
    people: people.map((person, index) =>
      personSection(person, options.omitNames ? placeholder(index) : person.name, redact, options.omitNotes, money),
    ),
  };
}

const placeholder = (index: number) => `Person ${index + 1}`;

type Money = (minor: number, currency: string) => string;

function summaryFields(people: readonly Person[], money: Money): SheetField[] {
  const counts = progress(people);
  const fields: SheetField[] = [
    { label: 'People on the list', text: String(counts.total) },
    { label: 'Amends made or living amends under way', text: String(counts.resolved) },
  ];
  for (const status of AMENDS_STATUSES) {
    if (counts.byStatus[status] > 0) fields.push({ label: STATUS_LABELS[status], text: String(counts.byStatus[status]) });
  }
  // Totals per currency: amounts in different currencies are never added together.
  const owedByCurrency = new Map<string, { owed: number; paid: number; remaining: number }>();
  for (const p of people) {
    if (p.restitution.kind !== 'money') continue;
    const b = restitutionBalance(p.restitution);
    const t = owedByCurrency.get(p.restitution.currency) ?? { owed: 0, paid: 0, remaining: 0 };
    owedByCurrency.set(p.restitution.currency, { owed: t.owed + b.owed, paid: t.paid + b.paid, remaining: t.remaining + b.remaining });
  }
  for (const [currency, t] of [...owedByCurrency].sort(([a], [b]) => (a < b ? -1 : 1))) {
    fields.push({
      label: `Restitution in ${currency}`,
      text: `${money(t.owed, currency)} owed, ${money(t.paid, currency)} paid, ${money(t.remaining, currency)} still to repay`,
    });
  }
  return fields;
}

function day(at: Timestamp): string {
  return localIsoDay(new Date(at));
}

function personSection(
  person: Person,
  heading: string,
  redact: (text: string) => string,
  omitNotes: boolean,
  money: Money,
): SheetPerson {
  const overview: SheetField[] = [];
  if (person.relationship.trim()) overview.push({ label: 'Relationship', text: redact(person.relationship) });
  overview.push({ label: 'Where it stands', text: `${STATUS_LABELS[person.status]} (since ${day(statusSince(person))})` });
  overview.push({ label: 'Kind of amends', text: AMENDS_TYPE_LABELS[person.amendsType] });
  if (person.followUp) overview.push({ label: 'Check in again on', text: person.followUp });

  const parts: SheetPart[] = [];

  parts.push({
    heading: 'What happened',
    blocks: [
      person.harms.length > 0
        ? { kind: 'list', items: person.harms.map((h) => (h.when.trim() ? `${redact(h.what)} (${redact(h.when)})` : redact(h.what))) }
        : { kind: 'paragraph', text: 'Nothing written here yet.' },
    ],
  });

  const plan: SheetField[] = [];
  if (person.plan.channel) plan.push({ label: 'How', text: CHANNEL_LABELS[person.plan.channel] });
  if (person.plan.date) plan.push({ label: 'Planned for', text: person.plan.date });
  plan.push({ label: 'With my sponsor or therapist', text: REVIEW_LABELS[person.plan.review] });
  if (!omitNotes && person.plan.approach.trim()) plan.push({ label: 'Approach', text: redact(person.plan.approach) });
  parts.push({ heading: 'Plan', blocks: [{ kind: 'fields', items: plan }] });

  const done = STEP_IDS.filter((id) => person.steps[id].done).length;
  parts.push({
    heading: `Seven steps (${done} of ${STEP_IDS.length} done)`,
    blocks: [
      {
        kind: 'checklist',
        items: STEP_IDS.map((id) => {
          const tick = person.steps[id];
          const text = tick.done && tick.at !== null ? `${STEP_LABELS[id]} (${day(tick.at)})` : STEP_LABELS[id];
          const note = !omitNotes && tick.note.trim() ? redact(tick.note) : undefined;
          return note === undefined ? { done: tick.done, text } : { done: tick.done, text, note };
        }),
      },
    ],
  });

  const guidance = safetyGuidance(person.safety);
  const safety: SheetBlock[] = [{ kind: 'paragraph', text: `${SAFETY_LEVEL_LABELS[guidance.level]}. ${SAFETY_ADVICE[guidance.level]}` }];
  if (guidance.risks.length > 0) {
    safety.push({ kind: 'list', items: guidance.risks.map((r) => `${SAFETY_QUESTIONS[r]} Yes.`) });
  }
  if (!omitNotes && person.safety.notes.trim()) {
    safety.push({ kind: 'fields', items: [{ label: 'Notes', text: redact(person.safety.notes) }] });
  }
  parts.push({ heading: 'Safety check', blocks: safety });

  const r = person.restitution;
  if (r.kind === 'money') {
    const b = restitutionBalance(r);
    const fields: SheetField[] = [
      { label: 'Owed', text: money(b.owed, r.currency) },
      { label: 'Paid so far', text: money(b.paid, r.currency) },
      b.overpaid > 0
        ? { label: 'Paid beyond what was owed', text: money(b.overpaid, r.currency) }
        : { label: 'Still to repay', text: money(b.remaining, r.currency) },
    ];
    if (r.description.trim()) fields.push({ label: 'Details', text: redact(r.description) });
    const blocks: SheetBlock[] = [{ kind: 'fields', items: fields }];
    if (r.payments.length > 0) {
      blocks.push({
        kind: 'list',
        items: r.payments.map((p) => {
          const line = `${p.date}: ${money(p.amountMinor, r.currency)}`;
          return !omitNotes && p.note.trim() ? `${line}, ${redact(p.note)}` : line;
        }),
      });
    }
    parts.push({ heading: 'Restitution', blocks });
  } else if (r.kind === 'other') {
    parts.push({
      heading: 'Restitution',
      blocks: [{ kind: 'fields', items: [{ label: RESTITUTION_KIND_LABELS.other, text: redact(r.description) || 'Not described yet.' }] }],
    });
  }

  const o = person.outcome;
  const outcome: SheetField[] = [];
  if (!omitNotes) {
    if (o.howItWent.trim()) outcome.push({ label: 'How it went', text: redact(o.howItWent) });
    if (o.response.trim()) outcome.push({ label: 'Their response', text: redact(o.response) });
    if (o.learned.trim()) outcome.push({ label: 'What I learned', text: redact(o.learned) });
    if (o.commitment.trim()) outcome.push({ label: 'My commitment', text: redact(o.commitment) });
  }
  const showOutcome = outcome.length > 0 || o.followUpNeeded || o.checkIns.length > 0 || person.status === 'made' || person.status === 'living';
  if (showOutcome) {
    outcome.push({ label: 'Follow-up needed', text: o.followUpNeeded ? 'Yes' : 'No' });
    const blocks: SheetBlock[] = [{ kind: 'fields', items: outcome }];
    if (o.checkIns.length > 0) {
      blocks.push({
        kind: 'list',
        items: o.checkIns.map((c) => {
          const line = `${c.date}: ${c.kept ? CHECK_IN_LABELS.kept : CHECK_IN_LABELS.notYet}`;
          return !omitNotes && c.note.trim() ? `${line}, ${redact(c.note)}` : line;
        }),
      });
    }
    parts.push({ heading: 'Outcome', blocks });
  }

  if (!omitNotes && person.reflections.length > 0) {
    parts.push({
      heading: 'Reflections',
      blocks: [{ kind: 'fields', items: person.reflections.map((entry) => ({ label: day(entry.at), text: redact(entry.text) })) }],
    });
  }

  // Saved drafts are the person's own words, like reflections: left out with the notes.
  const drafts = person.drafts ?? [];
  if (!omitNotes && drafts.length > 0) {
    parts.push({
      heading: 'Saved drafts',
      blocks: [{ kind: 'fields', items: drafts.map((copy) => ({ label: day(copy.at), text: redact(copy.text) })) }],
    });
  }

  return { heading, overview, parts };
}

/** The sheet as Markdown. Every piece of the person's text goes through the escaper. */
export function renderSheetMarkdown(sheet: ReadableSheet): string {
  const out: string[] = [`# ${escapeInline(sheet.title)}`, ''];
  for (const line of sheet.intro) out.push(escapeBlock(line), '');
  out.push('## Summary', '');
  out.push(...sheet.summary.map(fieldLine), '');
  for (const person of sheet.people) {
    out.push(`## ${escapeInline(person.heading)}`, '');
    if (person.overview.length > 0) out.push(...person.overview.map(fieldLine), '');
    for (const part of person.parts) {
      out.push(`### ${escapeInline(part.heading)}`, '');
      for (const block of part.blocks) out.push(blockMarkdown(block), '');
    }
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function fieldLine(field: SheetField): string {
  return `- **${escapeInline(field.label)}:** ${escapeBlock(field.text, '  ')}`;
}

function blockMarkdown(block: SheetBlock): string {
  switch (block.kind) {
    case 'fields':
      return block.items.map(fieldLine).join('\n');
    case 'list':
      return block.items.map((item) => `- ${escapeBlock(item, '  ')}`).join('\n');
    case 'checklist':
      return block.items
        .map((item) => {
          const line = `- [${item.done ? 'x' : ' '}] ${escapeInline(item.text)}`;
          return item.note === undefined ? line : `${line}\\\n  Note: ${escapeBlock(item.note, '  ')}`;
        })
        .join('\n');
    case 'paragraph':
      return escapeBlock(block.text);
  }
}

/** The Markdown sheet as a file: `amends-sheet-2026-06-30.md`. */
export function exportReadableFile(people: readonly Person[], options: ReadableOptions): ExportedFile {
  return {
    fileName: backupFileName(options.now, 'md', 'amends-sheet'),
    mimeType: 'text/markdown',
    text: renderSheetMarkdown(buildReadableSheet(people, options)),
  };
}
