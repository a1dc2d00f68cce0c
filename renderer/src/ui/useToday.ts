/** Today's date as the journal writes it, updated when the day changes while the app is open. */
import { useEffect, useState } from 'react';
import { toDay } from './dates';

/** Today's local day (`YYYY-MM-DD`); re-renders after midnight. */
export function useToday(): string {
  const [today, setToday] = useState(() => toDay(new Date()));
  useEffect(() => {
    const tick = () => setToday(toDay(new Date()));
    const timer = setInterval(tick, 60_000);
    window.addEventListener('focus', tick);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', tick);
    };
  }, []);
  return today;
}
