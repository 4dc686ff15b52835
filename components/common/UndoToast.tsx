import { useEffect, useRef, useState } from 'react';

export const UNDO_WINDOW_MS = 10_000;

/**
 * "Removed Maria. Undo" for a while after a deletion. The countdown pauses while the
 * pointer or keyboard focus is on the toast, so nobody loses the chance while reading.
 * Focus is not moved here (that would pause it for good); the message is announced and
 * the toast sits early in the tab order.
 */
export function UndoToast({
  message,
  onUndo,
  onExpire,
  durationMs = UNDO_WINDOW_MS,
}: {
  message: string;
  onUndo(): void;
  onExpire(): void;
  durationMs?: number;
}) {
  const [paused, setPaused] = useState(false);
  const remaining = useRef(durationMs);
  const expire = useRef(onExpire);
  expire.current = onExpire;

  useEffect(() => {
    if (paused) return;
    const started = Date.now();
    const timer = setTimeout(() => expire.current(), remaining.current);
    return () => {
      clearTimeout(timer);
      remaining.current = Math.max(0, remaining.current - (Date.now() - started));
    };
  }, [paused]);

  const pause = () => setPaused(true);
  const resume = () => setPaused(false);

  return (
    <div
      className="toast"
      role="region"
      aria-label="Undo"
      onMouseEnter={pause}
      onMouseLeave={resume}
      onFocus={pause}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) resume();
      }}
    >
      <p className="toast__message">
        {message}
      </p>
      <div className="toast__actions">
        <button type="button" className="button button--primary" onClick={onUndo}>
          Undo
        </button>
        <button type="button" className="button button--quiet" onClick={onExpire} aria-label="Dismiss">
          ×
        </button>
      </div>
    </div>
  );
}
