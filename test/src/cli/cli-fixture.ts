import { join } from 'node:path';
import { domainEventSchemas } from '../../../src/event-store/domain-event-schemas.js';
import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store.js';
import { breachRecorded, commitmentMade, registered, USCC } from '../../domain/subject/fixture-events.js';
import { runTsToExit, type ChildRun } from '../../support/child-process.js';
import { ManualClock } from '../../support/clocks.js';
import { testMetadata } from '../../support/metadata.js';

/** `node --import tsx src/cli/main.ts ...` as a real child process on the given data directory. */
export function runCli(dataDir: string, args: readonly string[], env: Record<string, string> = {}): Promise<ChildRun> {
  return runTsToExit('src/cli/main.ts', args, { DATA_DIR: dataDir, ...env });
}

export const SUBJECT_ID = USCC;
export const OTHER_SUBJECT_ID = '91320583MA1ABCDE2X';

/** When each fixture event is recorded (the store stamps recordedAt from its clock, with milliseconds). */
export const RECORDED = {
  registered: '2026-01-05T09:00:00.000+08:00',
  breach: '2026-01-16T09:00:00.000+08:00',
  commitment: '2026-02-02T10:00:00.000+08:00',
} as const;

/**
 * A data directory as the service leaves it: the subject registered, a breach (A9) and a
 * commitment (A6) recorded at fixed instants, plus a second subject so the log has two streams.
 */
export async function seedDataDir(dataDir: string): Promise<void> {
  const clock = ManualClock.at(RECORDED.registered);
  const store = new SqliteEventStore({ file: join(dataDir, 'events.sqlite'), schemas: domainEventSchemas(), clock });
  const append = (subjectId: string, event: { type: string; data: object }, expected: number | 'no_stream') =>
    store.append({ stream: `subject-${subjectId}`, events: [{ type: event.type, data: event.data as never }], expected, metadata: testMetadata() });
  try {
    await append(SUBJECT_ID, registered, 'no_stream');
    await append(OTHER_SUBJECT_ID, { type: registered.type, data: { ...registered.data, subjectId: OTHER_SUBJECT_ID, uscc: OTHER_SUBJECT_ID } }, 'no_stream');
    clock.set(RECORDED.breach);
    await append(SUBJECT_ID, breachRecorded(), 0);
    clock.set(RECORDED.commitment);
    await append(SUBJECT_ID, commitmentMade(), 1);
  } finally {
    await store.close();
  }
}
