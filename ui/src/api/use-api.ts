import { useEffect, useState } from 'preact/hooks';
import { ApiError } from './client.js';

export type Loaded<T> = { readonly state: 'loading' } | { readonly state: 'error'; readonly error: ApiError } | { readonly state: 'done'; readonly value: T };

/** Loads with `load` whenever `key` changes; an answer for an older key is dropped. */
export function useApi<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    setResult({ state: 'loading' });
    load(controller.signal).then(
      (value) => !controller.signal.aborted && setResult({ state: 'done', value }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setResult({ state: 'error', error: error instanceof ApiError ? error : new ApiError(0, 'CONSOLE_ERROR', String(error), String(error)) });
      },
    );
    return () => controller.abort();
  }, [key]);
  return result;
}
