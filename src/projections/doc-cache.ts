import type { ViewDoc } from '../../projections/kernel/projection.js';

/**
 * The documents a projector last committed, most recently used last, bounded so memory stays flat
 * however long the log: a document read or written by one batch is not read back by the next.
 * `null` records a document known not to exist. Entries are committed values (evolve never
 * mutates its input), so sharing them is safe; a failed commit clears the cache.
 */
export class DocCache {
  private readonly entries = new Map<string, ViewDoc | null>();

  constructor(private readonly capacity: number) {}

  has(key: string): boolean {
    return this.entries.has(key);
  }

  get(key: string): ViewDoc | null | undefined {
    const doc = this.entries.get(key);
    if (doc !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, doc);
    }
    return doc;
  }

  set(key: string, doc: ViewDoc | null): void {
    this.entries.delete(key);
    this.entries.set(key, doc);
    if (this.entries.size > this.capacity) {
      // Map iterates in insertion order: the first keys are the least recently used.
      let excess = this.entries.size - this.capacity;
      for (const oldest of this.entries.keys()) {
        if (excess-- <= 0) break;
        this.entries.delete(oldest);
      }
    }
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
