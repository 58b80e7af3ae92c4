/**
 * The city's log in business-time order without holding it in memory: subjects are decided one at
 * a time, each event spilled to a file per business day, then each day is sorted (instant, then
 * the order it was decided in, so a stream keeps its revision order) and handed out in batches.
 */
import { appendFileSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { StoredEvent } from '../../src/event-store/event-store.port.js';

const DAY_MS = 86_400_000;
/** Shanghai is UTC+8: a business day starts at 16:00 UTC the day before. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const FLUSH_BYTES = 256 * 1024;

export class TimeOrderedSpill {
  private readonly buffers = new Map<number, string[]>();
  private readonly sizes = new Map<number, number>();
  private sequence = 0;
  /** Bytes spilled so far (what the spill costs on disk). */
  spilledBytes = 0;
  events = 0;

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  add(event: StoredEvent, recordedAtMs: number): void {
    const day = Math.floor((recordedAtMs + SHANGHAI_OFFSET_MS) / DAY_MS);
    const line = `${recordedAtMs}\t${this.sequence++}\t${JSON.stringify(event)}\n`;
    let buffer = this.buffers.get(day);
    if (!buffer) {
      buffer = [];
      this.buffers.set(day, buffer);
    }
    buffer.push(line);
    const size = (this.sizes.get(day) ?? 0) + line.length;
    this.events += 1;
    if (size >= FLUSH_BYTES) this.flushDay(day);
    else this.sizes.set(day, size);
  }

  /** Every spilled event, oldest first, in batches of up to `batchSize`. */
  *batches(batchSize: number): Generator<StoredEvent[]> {
    for (const day of [...this.buffers.keys()]) this.flushDay(day);
    const days = readdirSync(this.dir).filter((f) => f.endsWith('.jsonl')).sort();
    let batch: StoredEvent[] = [];
    for (const file of days) {
      const lines = readFileSync(join(this.dir, file), 'utf8').split('\n');
      lines.pop();
      const keyed = lines.map((line) => {
        const first = line.indexOf('\t');
        const second = line.indexOf('\t', first + 1);
        return { ms: Number(line.slice(0, first)), seq: Number(line.slice(first + 1, second)), line, json: second + 1 };
      });
      keyed.sort((a, b) => a.ms - b.ms || a.seq - b.seq);
      for (const entry of keyed) {
        batch.push(JSON.parse(entry.line.slice(entry.json)) as StoredEvent);
        if (batch.length >= batchSize) {
          yield batch;
          batch = [];
        }
      }
      rmSync(join(this.dir, file));
    }
    if (batch.length > 0) yield batch;
  }

  private flushDay(day: number): void {
    const buffer = this.buffers.get(day);
    if (!buffer || buffer.length === 0) return;
    const text = buffer.join('');
    appendFileSync(join(this.dir, `${String(day).padStart(8, '0')}.jsonl`), text);
    this.spilledBytes += text.length;
    buffer.length = 0;
    this.sizes.set(day, 0);
  }
}
