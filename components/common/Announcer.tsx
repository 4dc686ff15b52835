import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/**
 * One polite live region per page for short confirmations ("Added Maria to your list.").
 * The region is always in the DOM so screen readers pick up each new message; a counter
 * makes a repeated message announce again.
 */
interface AnnouncerValue {
  announce(message: string): void;
}

const AnnouncerContext = createContext<AnnouncerValue | null>(null);

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState({ text: '', n: 0 });
  const announce = useCallback((text: string) => setMessage((m) => ({ text, n: m.n + 1 })), []);
  const value = useMemo(() => ({ announce }), [announce]);
  return (
    <AnnouncerContext.Provider value={value}>
      {children}
      <div role="status" aria-live="polite" className="visually-hidden" data-testid="announcer">
        <span key={message.n}>{message.text}</span>
      </div>
    </AnnouncerContext.Provider>
  );
}

export function useAnnounce(): (message: string) => void {
  const value = useContext(AnnouncerContext);
  if (!value) throw new Error('useAnnounce needs an <AnnouncerProvider> above it.');
  return value.announce;
}
