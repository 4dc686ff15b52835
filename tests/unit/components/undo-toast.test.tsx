import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { UndoToast } from '@/components/common/UndoToast';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('undo toast', () => {
  it('offers Undo for ten seconds, then lets go', () => {
    const onExpire = vi.fn();
    const onUndo = vi.fn();
    render(<UndoToast message="Maria was removed from your list." onUndo={onUndo} onExpire={onExpire} />);
    act(() => vi.advanceTimersByTime(9_900));
    expect(onExpire).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onUndo).toHaveBeenCalledTimes(1);
    act(() => vi.advanceTimersByTime(200));
    expect(onExpire).toHaveBeenCalledTimes(1);
  });

  it('waits while the pointer or focus is on it, and resumes with the time that was left', () => {
    const onExpire = vi.fn();
    render(<UndoToast message="Removed." onUndo={() => {}} onExpire={onExpire} durationMs={1_000} />);
    const toast = screen.getByRole('region', { name: 'Undo' });
    act(() => vi.advanceTimersByTime(600));
    fireEvent.mouseEnter(toast);
    act(() => vi.advanceTimersByTime(60_000));
    expect(onExpire).not.toHaveBeenCalled();
    fireEvent.mouseLeave(toast);
    act(() => vi.advanceTimersByTime(300));
    expect(onExpire).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(200));
    expect(onExpire).toHaveBeenCalledTimes(1);
  });
});
