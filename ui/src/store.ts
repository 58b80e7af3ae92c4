import { useEffect, useState } from 'preact/hooks';

/** A value components re-render on: the language, the session, the location. */
export interface Store<T> {
  get(): T;
  set(value: T): void;
  subscribe(listener: () => void): () => void;
}

export function store<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      value = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useStore<T>(source: Store<T>): T {
  const [, rerender] = useState(0);
  useEffect(() => source.subscribe(() => rerender((n) => n + 1)), [source]);
  return source.get();
}
