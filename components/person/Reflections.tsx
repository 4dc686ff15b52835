import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Reflection } from '@/lib/amends/types';
import { addReflection, editReflection, removeReflection } from '@/lib/amends';
import { TextField } from '../common/TextField';
import { useStashedInput } from '../common/useStashedInput';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { formatTimestamp } from '../common/format';
import { errorMessage } from '../data/SaveStatus';
import { Section } from './Section';
import type { SectionProps } from './types';

/**
 * A small journal for this person: dated entries, newest first. An `invitation` (after
 * "I sent it", issue 5) is shown above the box, which takes focus so the person can begin.
 */
export function Reflections({ person, save, invitation = null }: SectionProps & { invitation?: string | null }) {
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (!invitation) return;
    box.current?.focus({ preventScroll: true });
    box.current?.scrollIntoView({ block: 'center' });
  }, [invitation]);
  const [text, setText, clearText] = useStashedInput(`${person.id}/reflection/new`);
  const [problem, setProblem] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Reflection | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) {
      setProblem('Write a few words first.');
      return;
    }
    try {
      await save((p) => addReflection(p, text, Date.now()));
      clearText();
      setProblem(null);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }

  return (
    <Section title="Reflections" intro="Thoughts, feelings, what came up. Only for you." testId="section-reflections">
      <form onSubmit={submit} noValidate className="add-reflection">
        <div className="field">
          <label htmlFor={`${id}-new`}>A new reflection</label>
          {invitation ? (
            <p id={`${id}-invite`} className="muted small" data-testid="reflection-invitation">
              {invitation}
            </p>
          ) : null}
          <textarea
            ref={box}
            id={`${id}-new`}
            rows={3}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-describedby={invitation ? `${id}-invite` : undefined}
          />
        </div>
        {problem ? (
          <p className="error-text" role="alert">
            {problem}
          </p>
        ) : null}
        <button type="submit" className="button">
          Add reflection
        </button>
      </form>
      {person.reflections.length > 0 ? (
        <ol className="reflections" aria-label="Reflections, newest first" data-testid="reflections">
          {person.reflections.map((r) => (
            <li key={r.id} className="reflection">
              <TextField
                label={`Reflection of ${formatTimestamp(r.at)}`}
                stashKey={`${person.id}/reflection/${r.id}`}
                value={r.text}
                multiline
                onSave={(next) => save((p) => editReflection(p, r.id, next, Date.now()))}
              />
              <button type="button" className="button button--small button--quiet" onClick={() => setRemoving(r)}>
                Remove<span className="visually-hidden"> reflection of {formatTimestamp(r.at)}</span>
              </button>
            </li>
          ))}
        </ol>
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        title="Remove this reflection?"
        confirmLabel="Remove"
        cancelLabel="Keep it"
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const entry = removing;
          setRemoving(null);
          if (entry) void save((p) => removeReflection(p, entry.id, Date.now()), { optimistic: true }).catch(() => undefined);
        }}
      >
        <p>The entry from {removing ? formatTimestamp(removing.at) : ''} will be removed for good.</p>
      </ConfirmDialog>
    </Section>
  );
}
