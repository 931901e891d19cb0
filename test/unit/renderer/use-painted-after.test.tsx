// usePaintedAfter: false until what was ready has been painted (an animation frame, then a
// timer), so a page's secondary reads start after its rows are drawn; never before `ready`.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { usePaintedAfter } from '@renderer/ui/use-painted-after';

describe('usePaintedAfter', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] }));
  afterEach(() => vi.useRealTimers());

  it('turns true one painted frame after ready, and stays true', () => {
    const { result, rerender } = renderHook(({ ready }) => usePaintedAfter(ready), { initialProps: { ready: false } });
    act(() => vi.advanceTimersByTime(100));
    expect(result.current).toBe(false);
    rerender({ ready: true });
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(100));
    expect(result.current).toBe(true);
    rerender({ ready: false });
    expect(result.current).toBe(true);
  });
});
