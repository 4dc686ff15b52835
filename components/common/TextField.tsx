import { useId, useState, type KeyboardEvent } from 'react';
import { useDraft } from './useDraft';

/**
 * A labelled text field that saves itself (see useDraft). `validate` returns a message for
 * a value that cannot be saved; the message is shown under the field and the text is kept.
 */
export function TextField({
  label,
  hint,
  value,
  onSave,
  validate,
  multiline = false,
  type = 'text',
  list,
  maxLength,
  rows,
  className = 'field',
  testId,
  stashKey,
}: {
  label: string;
  hint?: string;
  value: string;
  onSave(value: string): Promise<unknown>;
  validate?(value: string): string | null;
  multiline?: boolean;
  type?: 'text' | 'date';
  list?: string;
  maxLength?: number;
  rows?: number;
  className?: string;
  testId?: string;
  /** Names the field across page loads so unsaved words survive the panel closing (useDraft). */
  stashKey?: string;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const [problem, setProblem] = useState<string | null>(null);
  const draft = useDraft(value, (next) => {
    const message = validate?.(next) ?? null;
    setProblem(message);
    return message ? false : onSave(next);
  }, { stashKey });
  const recovered = draft.recovered;

  const describedBy = [hint ? hintId : null, problem ? errorId : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value: draft.value,
    onFocus: draft.onFocus,
    onBlur: draft.onBlur,
    'aria-describedby': describedBy,
    'aria-invalid': problem ? true : undefined,
    maxLength,
    'data-testid': testId,
  };

  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span id={hintId} className="hint">
          {hint}
        </span>
      ) : null}
      {multiline ? (
        <textarea {...common} rows={rows ?? 3} onChange={(e) => draft.onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          list={list}
          onChange={(e) => draft.onChange(e.target.value)}
          onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
            if (e.key === 'Enter') draft.flush();
          }}
        />
      )}
      {recovered?.kind === 'restored' ? (
        <p className="hint" role="status" data-testid="unsaved-restored">
          The last words you typed here before the panel closed are back, and saved.
        </p>
      ) : null}
      {recovered?.kind === 'offer' ? (
        <div className="notice" role="group" aria-label="Words you typed earlier" data-testid="unsaved-offer">
          <p>
            These words you typed earlier weren’t saved, and this entry has changed since. Would you like them back?
          </p>
          <blockquote className="unsaved-offer__text">{recovered.value}</blockquote>
          <button type="button" className="button" onClick={draft.keepOffered}>
            Put them back
          </button>{' '}
          <button type="button" className="button button--quiet" onClick={draft.letOfferedGo}>
            Let them go
          </button>
        </div>
      ) : null}
      {problem ? (
        <p id={errorId} className="error-text">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
