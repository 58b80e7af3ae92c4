import type { Worker } from 'node:worker_threads';
import { startThread } from '../../shared/threads/start-thread.js';
import type { AppendRequest, AppendResult } from '../event-store.port.js';
import { fromWriterError, type FromWriter, type ToWriter, type WriterThreadData } from './writer-messages.js';

/** Sends appends to the writer thread and resolves each with its answer, in the thread's own order. */
export class ThreadAppender {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (result: AppendResult) => void; reject: (error: unknown) => void }>();
  private nextId = 1;
  private failure: Error | null = null;
  readonly stats = { transactions: 0, appends: 0 };

  constructor(data: WriterThreadData, private readonly committed: () => void) {
    this.worker = startThread(import.meta.url, './writer-thread', data);
    this.worker.on('message', (message: FromWriter) => this.receive(message));
    // A writer that cannot start or dies answers every waiting and later append with the error: nothing is acknowledged unwritten.
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`the log's writer thread exited (code ${code})`)));
  }

  append(request: AppendRequest, nowMs: number): Promise<AppendResult> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ type: 'append', id, request, nowMs });
    });
  }

  async close(): Promise<void> {
    if (this.failure) return;
    const closed = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    this.send({ type: 'close' });
    await closed;
  }

  private send(message: ToWriter): void {
    this.worker.postMessage(message);
  }

  private receive(message: FromWriter): void {
    if (message.type === 'closed') return;
    const waiting = this.pending.get(message.id);
    this.pending.delete(message.id);
    if (message.type === 'appended') {
      Object.assign(this.stats, message.stats);
      waiting?.resolve(message.result);
      this.committed();
    } else waiting?.reject(fromWriterError(message.error));
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
