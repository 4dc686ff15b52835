import { useId, useState } from 'react';
import type { SavedDraft } from '@/lib/amends/types';
import { removeDraftCopy, saveDraftCopy, savedDrafts, setStatus, STATUS_LABELS, tidyDraftText } from '@/lib/amends';
import { ELEMENT_IDS } from '@/lib/analysis/types';
import type { PanelDraft } from '@/lib/messaging';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { formatTimestamp, isoTimestamp } from '../common/format';
import { errorMessage } from '../data/SaveStatus';
import { Section } from '../person/Section';
import type { SectionProps } from '../person/types';
import { useDraftLink } from './DraftLinkContext';
import { DraftSupport } from './DraftSupport';
import './draft.css';

/** Enough to act on; the rest are underlined in the page. */
const MAX_HINTS = 40;

/**
 * The person page's "Draft" section (issue 5): the draft linked to this person, read again
 * as they type in the page (hints with their explanations, the seven elements), with
 * "Save a copy to their record", "I sent it", and unlinking; then the copies kept so far.
 * Nothing shows for someone with no linked draft and no copies.
 */
export function DraftSection({ person, save, onSent }: SectionProps & { onSent(): void }) {
  const { draft, unlink } = useDraftLink();
  const linked = draft && draft.personId === person.id ? draft : null;
  const copies = savedDrafts(person);
  if (!linked && copies.length === 0) return null;
  return (
    <Section
      title="Draft"
      intro={linked ? 'What you are writing in the page, read again as you type. Only you see it here.' : undefined}
      testId="section-draft"
    >
      {linked ? (
        <LiveDraft draft={linked} person={person} save={save} onSent={onSent} unlink={(choose) => unlink(linked, choose)} />
      ) : null}
      <SavedCopies copies={copies} save={save} />
    </Section>
  );
}

function LiveDraft({
  draft,
  person,
  save,
  onSent,
  unlink,
}: SectionProps & { draft: PanelDraft; onSent(): void; unlink(chooseAnother: boolean): void }) {
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [keepCopy, setKeepCopy] = useState(false);
  const result = draft.analysis;
  const analysis = result?.analysis ?? null;
  const text = draft.text;
  const empty = text.trim() === '';

  async function saveCopy() {
    setProblem(null);
    setDone(null);
    try {
      await save((p) => saveDraftCopy(p, text, Date.now()));
      setDone(`A copy is kept in ${person.name}’s record, below.`);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }

  async function markSent() {
    setConfirming(false);
    setProblem(null);
    setDone(null);
    const keep = keepCopy && !empty;
    try {
      // Through the domain's status rules, dated now; the copy (if chosen) in the same write.
      await save((p) => setStatus(keep ? saveDraftCopy(p, text, Date.now()) : p, 'made', Date.now()));
      setDone(`Marked as made. That took courage.`);
      onSent();
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }

  const hints = analysis?.hints ?? [];
  const firstOfRule = new Set<string>();
  return (
    <div className="live-draft" data-testid="live-draft">
      <h3>What you’ve written so far</h3>
      {empty ? (
        <p className="muted">The draft is empty for now. It shows here as you write.</p>
      ) : (
        <blockquote className="live-draft__text" data-testid="live-draft-text" tabIndex={0} aria-label="Your draft">
          {tidyDraftText(text)}
        </blockquote>
      )}

      {analysis?.support.needed ? <DraftSupport /> : null}

      {!analysis ? null : !analysis.english ? (
        <p className="muted">The coach only reads English for now, so it has nothing to say about this draft.</p>
      ) : (
        <>
          <h3>Words to look at again</h3>
          {hints.length === 0 ? (
            <p className="muted" data-testid="draft-no-hints">Nothing in your wording to look at again right now.</p>
          ) : (
            <ul className="draft-hints" aria-label="Words to look at again" data-testid="draft-hints">
              {hints.slice(0, MAX_HINTS).map((hint, i) => {
                const words = text.slice(hint.start, hint.end).replace(/\s+/g, ' ').trim();
                const first = !firstOfRule.has(hint.rule);
                firstOfRule.add(hint.rule);
                return (
                  <li key={`${hint.rule}-${hint.start}-${i}`} className="draft-hint" data-rule={hint.rule} data-severity={hint.severity}>
                    <p>
                      <q className="draft-hint__words">{words}</q> — <strong>{hint.title}</strong>
                    </p>
                    {first ? <p className="small">{hint.explanation}</p> : null}
                    {first && hint.suggestion ? <p className="small muted">Gentler: {hint.suggestion}</p> : null}
                  </li>
                );
              })}
            </ul>
          )}
          {hints.length > MAX_HINTS ? <p className="muted small">And {hints.length - MAX_HINTS} more, underlined in the page.</p> : null}

          <h3 id={`${id}-elements`}>What your amends says</h3>
          <ul className="draft-elements" aria-labelledby={`${id}-elements`} data-testid="draft-elements">
            {ELEMENT_IDS.map((element) => {
              const present = !!analysis.elements[element]?.present;
              return (
                <li key={element} data-element={element} data-present={String(present)}>
                  <span aria-hidden="true" className="draft-elements__tick">{present ? '✓' : '○'}</span>{' '}
                  {result?.elementLabels[element] ?? element}
                  <span className="visually-hidden">{present ? ' (in your draft)' : ' (not yet)'}</span>
                </li>
              );
            })}
          </ul>
        </>
      )}

      <div className="draft-actions">
        <button type="button" className="button" disabled={empty} onClick={() => void saveCopy()}>
          Save a copy to their record
        </button>
        <button type="button" className="button button--primary" onClick={() => setConfirming(true)}>
          I sent it
        </button>
      </div>
      {done ? (
        <p role="status" className="notice notice--calm" data-testid="draft-done">
          {done}
        </p>
      ) : null}
      {problem ? (
        <p role="alert" className="error-text">
          {problem}
        </p>
      ) : null}
      <p className="small">
        <button type="button" className="button button--link" onClick={() => unlink(true)}>
          This is for someone else
        </button>
        {' · '}
        <button type="button" className="button button--link" onClick={() => unlink(false)}>
          Unlink this draft
        </button>
      </p>

      <ConfirmDialog
        open={confirming}
        title={`Mark your amends to ${person.name} as made?`}
        confirmLabel="Yes, I sent it"
        cancelLabel="Not yet"
        onCancel={() => setConfirming(false)}
        onConfirm={() => void markSent()}
      >
        <p>
          {person.status === 'made'
            ? `${person.name} is already marked as made. Nothing else changes.`
            : `This moves ${person.name} from “${STATUS_LABELS[person.status]}” to “${STATUS_LABELS.made}”, dated today. You can change it later under “Where it stands”.`}
        </p>
        {!empty ? (
          <label className="draft-confirm__keep">
            <input type="checkbox" checked={keepCopy} onChange={(event) => setKeepCopy(event.target.checked)} /> Also keep a copy of what I sent
          </label>
        ) : null}
      </ConfirmDialog>
    </div>
  );
}

function SavedCopies({ copies, save }: { copies: readonly SavedDraft[]; save: SectionProps['save'] }) {
  const [removing, setRemoving] = useState<SavedDraft | null>(null);
  if (copies.length === 0) return null;
  return (
    <>
      <h3>Saved copies</h3>
      <ol className="saved-drafts" aria-label="Saved copies, newest first" data-testid="saved-drafts">
        {copies.map((copy) => (
          <li key={copy.id} className="saved-draft">
            <details>
              <summary>
                Saved <time dateTime={isoTimestamp(copy.at)}>{formatTimestamp(copy.at)}</time>
                <span className="muted small"> · {preview(copy.text)}</span>
              </summary>
              <blockquote className="saved-draft__text">{copy.text}</blockquote>
            </details>
            <button type="button" className="button button--small button--quiet" onClick={() => setRemoving(copy)}>
              Remove<span className="visually-hidden"> the copy saved {formatTimestamp(copy.at)}</span>
            </button>
          </li>
        ))}
      </ol>
      <ConfirmDialog
        open={removing !== null}
        title="Remove this saved copy?"
        confirmLabel="Remove"
        cancelLabel="Keep it"
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const copy = removing;
          setRemoving(null);
          if (copy) void save((p) => removeDraftCopy(p, copy.id, Date.now()), { optimistic: true }).catch(() => undefined);
        }}
      >
        <p>The copy saved {removing ? formatTimestamp(removing.at) : ''} will be removed for good. The draft in the page is not touched.</p>
      </ConfirmDialog>
    </>
  );
}

function preview(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}
