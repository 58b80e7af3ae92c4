// The embedded log's writer on a thread of its own: group commit, hashing and fsync never hold up
// the HTTP thread. Readers keep their own connections (WAL: readers never wait for the writer).
import BetterSqlite3 from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { EventSchemaRegistry } from '../schema-registry.js';
import { AppendWriter } from './append-writer.js';
import { GroupCommit } from './group-commit.js';
import { openLogDatabase } from './open-log-database.js';
import { toWriterError, type FromWriter, type ToWriter, type WriterThreadData } from './writer-messages.js';

const port = parentPort!;
const { file, synchronous, maxBatch, merkleTree } = workerData as WriterThreadData;
const post = (message: FromWriter) => port.postMessage(message);

const db: BetterSqlite3.Database = openLogDatabase(file, synchronous);
// The HTTP thread stamps every event's id and schema version before sending: no registry needed here.
const commit = new GroupCommit(db, new AppendWriter(db, new EventSchemaRegistry(), undefined, merkleTree), maxBatch, () => undefined);

const answering = new Set<Promise<void>>();

port.on('message', (message: ToWriter) => {
  if (message.type === 'append') {
    const answer = commit.append(message.request, message.nowMs).then(
      (result) => post({ type: 'appended', id: message.id, result, stats: commit.stats }),
      (error: unknown) => post({ type: 'refused', id: message.id, error: toWriterError(error) }),
    );
    answering.add(answer);
    void answer.finally(() => answering.delete(answer));
  } else {
    // Every append still queued is written and answered before the thread goes: a committed append is never reported failed.
    commit.drain();
    void Promise.all(answering).then(() => {
      db.close();
      post({ type: 'closed' });
      port.close();
    });
  }
});
