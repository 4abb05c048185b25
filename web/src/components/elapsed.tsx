import { useEffect, useState } from 'react';

/**
 * An indeterminate progress bar with what is running and the seconds since `started` (a
 * `performance.now()` time), announced politely to screen readers.
 */
export function Elapsed({
  started,
  what,
  label = 'Solver running',
}: {
  started: number;
  what: string;
  label?: string;
}) {
  const [now, setNow] = useState(started);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(performance.now()), 250);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <span className="progress" role="status" aria-live="polite">
      <progress aria-label={label} /> {what}… {((now - started) / 1000).toFixed(1)} s
    </span>
  );
}
