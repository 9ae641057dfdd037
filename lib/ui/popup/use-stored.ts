/**
 * Settings the popup shows and changes (where Sourcelight runs, how pages are marked): read once, kept current
 * while storage changes under the popup, and why reading or saving failed.
 */
import { useEffect, useState } from 'preact/hooks';
import { messageOf } from '../use-status';

export interface Stored<T> {
  /** Null until the first read answers. */
  value: T | null;
  error: string | null;
  /** Shows why a change was not saved; a saved change comes back through `watch`. */
  save(change: Promise<void>): void;
}

/** `read` and `watch` are taken from the first render; `key` (the api) renews them. */
export function useStored<T>(key: unknown, read: () => Promise<T>, watch: (onChange: (value: T) => void) => () => void): Stored<T> {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    read().then(
      (v) => alive && setValue(v),
      (failure: unknown) => alive && setError(messageOf(failure)),
    );
    const stop = watch((v) => alive && setValue(v));
    return () => {
      alive = false;
      stop();
    };
  }, [key]);

  const save = (change: Promise<void>) => void change.catch((failure: unknown) => setError(`Not saved: ${messageOf(failure)}`));
  return { value, error, save };
}
