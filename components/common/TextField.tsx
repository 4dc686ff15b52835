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
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const [problem, setProblem] = useState<string | null>(null);
  const draft = useDraft(value, (next) => {
    const message = validate?.(next) ?? null;
    setProblem(message);
    return message ? false : onSave(next);
  });

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
      {problem ? (
        <p id={errorId} className="error-text">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
