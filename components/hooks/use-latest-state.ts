// State that key handlers can read as it is *now*. Keys that arrive together (a paste, key repeat,
// SSH batching: one chunk with five Downs and an Enter) reach the handler one after another before
// React re-renders, so a handler that reads rendered state sees the value from before the chunk
// and every key but the first is lost. The ref is updated at once; the state re-renders.
import { useRef, useState, type MutableRefObject } from 'react';

export function useLatestState<T>(initial: T): [value: T, latest: MutableRefObject<T>, set: (next: T | ((current: T) => T)) => void] {
  const latest = useRef(initial);
  const [value, setValue] = useState(initial);
  const set = (next: T | ((current: T) => T)) => {
    latest.current = typeof next === 'function' ? (next as (current: T) => T)(latest.current) : next;
    setValue(latest.current);
  };
  return [value, latest, set];
}
