import type { LoadedState } from './loaded-state.js';

/**
 * Folded streams kept in memory, least recently used first out, bounded by the total number of
 * events the cached states represent (STATE_CACHE_EVENTS), a proxy for their size. Entries are
 * immutable values: a refused command or a failed append cannot leave a wrong state here, because
 * only states folded from the log (or from an append the log acknowledged) are ever put in.
 */
export class StateCache {
  private readonly entries = new Map<string, LoadedState<unknown>>();
  private total = 0;

  constructor(private readonly maxEvents: number) {}

  get<S>(key: string): LoadedState<S> | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    // Re-inserted: a Map iterates in insertion order, so the first key is the least recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry as LoadedState<S>;
  }

  /** Keeps `loaded` unless the entry already there is further along the stream (a later append won the race). */
  put<S>(key: string, loaded: LoadedState<S>): void {
    const current = this.entries.get(key);
    if (current !== undefined && current.revision > loaded.revision) return;
    this.remove(key);
    const weight = weightOf(loaded);
    if (weight > this.maxEvents) return;
    this.entries.set(key, loaded);
    this.total += weight;
    for (const [oldest, entry] of this.entries) {
      if (this.total <= this.maxEvents) break;
      this.entries.delete(oldest);
      this.total -= weightOf(entry);
    }
  }

  remove(key: string): void {
    const current = this.entries.get(key);
    if (current === undefined) return;
    this.entries.delete(key);
    this.total -= weightOf(current);
  }

  /** Events represented by the cached states, for tests and the operator. */
  get events(): number {
    return this.total;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** An empty stream still costs an entry. */
function weightOf(loaded: LoadedState<unknown>): number {
  return Math.max(1, loaded.revision + 1);
}
