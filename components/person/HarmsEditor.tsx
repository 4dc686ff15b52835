import { useId, useState, type FormEvent } from 'react';
import type { Harm } from '@/lib/amends/types';
import { addHarm, editHarm, removeHarm } from '@/lib/amends';
import { TextField } from '../common/TextField';
import { useStashedInput } from '../common/useStashedInput';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { errorMessage } from '../data/SaveStatus';
import { Section } from './Section';
import type { SectionProps } from './types';

/** What happened, in the person's own words: one entry per harm, each with an optional when. */
export function HarmsEditor({ person, save }: SectionProps) {
  const [removing, setRemoving] = useState<Harm | null>(null);
  return (
    <Section
      title="What happened"
      intro="In your own words, as plainly as you can. Only your part: theirs is not on this list."
      testId="section-harms"
    >
      {person.harms.length === 0 ? <p className="muted">Nothing written yet.</p> : null}
      <ol className="harms">
        {person.harms.map((harm, index) => (
          <li key={harm.id}>
            <fieldset className="harm" data-testid="harm">
              <legend>Harm {index + 1}</legend>
              <TextField
                label="What happened"
                stashKey={`${person.id}/harm/${harm.id}/what`}
                value={harm.what}
                multiline
                onSave={(what) => save((p) => editHarm(p, harm.id, { what }, Date.now()))}
              />
              <TextField
                label="When (optional)"
                stashKey={`${person.id}/harm/${harm.id}/when`}
                hint="A date, or words like “summer 2019”."
                value={harm.when}
                onSave={(when) => save((p) => editHarm(p, harm.id, { when }, Date.now()))}
              />
              <button type="button" className="button button--small" onClick={() => setRemoving(harm)}>
                Remove harm {index + 1}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <AddHarmForm personId={person.id} save={save} />
      <ConfirmDialog
        open={removing !== null}
        title="Remove this harm?"
        confirmLabel="Remove"
        cancelLabel="Keep it"
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const harm = removing;
          setRemoving(null);
          if (harm) void save((p) => removeHarm(p, harm.id, Date.now()), { optimistic: true }).catch(() => undefined);
        }}
      >
        <p>{removing?.what ? `“${removing.what}” will be taken off ${person.name}’s page.` : 'This empty entry will be removed.'}</p>
      </ConfirmDialog>
    </Section>
  );
}

function AddHarmForm({ personId, save }: Pick<SectionProps, 'save'> & { personId: string }) {
  const id = useId();
  const [what, setWhat, clearWhat] = useStashedInput(`${personId}/harm/new`);
  const [when, setWhen] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!what.trim()) {
      setProblem('Please write what happened first.');
      return;
    }
    try {
      await save((p) => addHarm(p, { what, when }, Date.now()));
      clearWhat();
      setWhen('');
      setProblem(null);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }

  return (
    <form className="add-harm" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`}>Add a harm</h3>
      <div className="field">
        <label htmlFor={`${id}-what`}>What happened</label>
        <textarea id={`${id}-what`} value={what} rows={2} onChange={(e) => setWhat(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-when`}>When (optional)</label>
        <input id={`${id}-when`} type="text" value={when} onChange={(e) => setWhen(e.target.value)} />
      </div>
      {problem ? (
        <p className="error-text" role="alert">
          {problem}
        </p>
      ) : null}
      <button type="submit" className="button">
        Add harm
      </button>
    </form>
  );
}
