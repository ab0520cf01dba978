import { useCallback, useEffect, useState } from 'react';

/**
 * The call's timer: counts the seconds from the screen's opening, one tick a second while running.
 * Counting ticks rather than reading the clock keeps it right when the clock is set by hand (tests)
 * and lets a pause simply stop the count.
 */
export function useCallTimer() {
  const [seconds, setSeconds] = useState(0);
  const [running, setRunning] = useState(true);
  useEffect(() => {
    if (!running) return;
    const id = window.setInterval(() => setSeconds((s) => s + 1), 1000);
    return () => window.clearInterval(id);
  }, [running]);
  const toggle = useCallback(() => setRunning((r) => !r), []);
  const stop = useCallback(() => setRunning(false), []);
  return { seconds, running, toggle, stop };
}
