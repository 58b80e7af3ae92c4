/**
 * The city's log in business-time order without holding it in memory: each worker spills the
 * events it decides to its own file per business day; the merge then reads a day's files, sorts
 * them by (instant, subject index, revision) — the same order however the work was shared — and
 * hands the events out in batches.
 */
import { appendFileSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { StoredEvent } from '../../src/event-store/event-store.port.js';

const DAY_MS = 86_400_000;
/** Shanghai is UTC+8: a business day starts at 16:00 UTC the day before. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const FLUSH_BYTES = 256 * 1024;

export class SpillWriter {
  private readonly buffers = new Map<number, string[]>();
  private readonly sizes = new Map<number, number>();
  bytes = 0;
  events = 0;

  /** `tag` names this writer's files (one writer per worker). */
  constructor(private readonly dir: string, private readonly tag: string) {
    mkdirSync(dir, { recursive: true });
  }

  /** `order` places the event among those of the same instant: the subject's index (institutions: -1). */
  add(event: StoredEvent, recordedAtMs: number, order: number): void {
    const day = Math.floor((recordedAtMs + SHANGHAI_OFFSET_MS) / DAY_MS);
    const line = `${recordedAtMs}\t${order}\t${event.revision}\t${JSON.stringify(event)}\n`;
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

  close(): void {
    for (const day of this.buffers.keys()) this.flushDay(day);
  }

  private flushDay(day: number): void {
    const buffer = this.buffers.get(day);
    if (!buffer || buffer.length === 0) return;
    const text = buffer.join('');
    appendFileSync(join(this.dir, `${String(day).padStart(8, '0')}.${this.tag}.jsonl`), text);
    this.bytes += text.length;
    buffer.length = 0;
    this.sizes.set(day, 0);
  }
}

/** Every spilled event of every writer, oldest first, in batches of up to `batchSize`; the files are removed as they are read. */
export function* mergedBatches(dir: string, batchSize: number): Generator<StoredEvent[]> {
  const byDay = new Map<string, string[]>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const day = file.slice(0, file.indexOf('.'));
    byDay.set(day, [...(byDay.get(day) ?? []), file]);
  }
  let batch: StoredEvent[] = [];
  for (const day of [...byDay.keys()].sort()) {
    const keyed: Array<{ ms: number; order: number; revision: number; line: string; json: number }> = [];
    for (const file of byDay.get(day)!) {
      const lines = readFileSync(join(dir, file), 'utf8').split('\n');
      lines.pop();
      for (const line of lines) {
        const a = line.indexOf('\t');
        const b = line.indexOf('\t', a + 1);
        const c = line.indexOf('\t', b + 1);
        keyed.push({ ms: Number(line.slice(0, a)), order: Number(line.slice(a + 1, b)), revision: Number(line.slice(b + 1, c)), line, json: c + 1 });
      }
      rmSync(join(dir, file));
    }
    keyed.sort((x, y) => x.ms - y.ms || x.order - y.order || x.revision - y.revision);
    for (const entry of keyed) {
      batch.push(JSON.parse(entry.line.slice(entry.json)) as StoredEvent);
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}
