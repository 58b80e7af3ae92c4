import type { AppConfig } from '../config/app-config.js';
import { parseVerbArgs } from './args.js';
import { EXIT, UsageError } from './cli-errors.js';
import type { CliIo } from './cli-io.js';
import { copyLog, targetMismatch } from './migrate-copy.js';
import { besideTheLog } from './migrate-beside-log.js';
import { lockMigrationTarget, openMigrationSource, openMigrationTarget, type MigrationTarget } from './migrate-stores.js';
import { ProgressBar } from '../shared/progress-bar.js';
import type { DataDirLock } from '../storage/data-dir-lock.js';

const DEFAULT_BATCH = 500;

/**
 * `migrate --from sqlite --to sqlite|eventstore [--target-dir DIR] [--batch N] [--limit N]`: copies
 * the whole log in order into another engine with the same ids, revisions, metadata and hash
 * chains (EventImporter), resumes after what the target already holds, and verifies the target's
 * chains at the end (exit 1 when broken), then compares the target's event count and last event
 * with the source's (exit 1 when they differ: never "OK" for a target that holds less). Stop the service first: appends made during the copy are
 * picked up only if they land before the last page is read. Once the log is whole, what the service
 * needs besides it follows (issue 14, item 9: migrate-beside-log.ts): into a SQLite target directory,
 * locked like a DATA_DIR meanwhile, or named as staying in DATA_DIR for EventStoreDB.
 */
export async function migrate(args: readonly string[], config: AppConfig, io: CliIo): Promise<number> {
  const { values } = parseVerbArgs('migrate', args, {
    from: { type: 'string' }, to: { type: 'string' }, 'target-dir': { type: 'string' }, batch: { type: 'string' }, limit: { type: 'string' },
  }, { min: 0, max: 0 });
  const target = targetOf(values.to as string | undefined, values['target-dir'] as string | undefined);
  if (values.from !== 'sqlite') throw new UsageError(`migrate: --from must be sqlite (the embedded log under DATA_DIR), got ${String(values.from ?? 'nothing')}`);
  const batch = count('--batch', values.batch as string | undefined) ?? DEFAULT_BATCH;
  const limit = count('--limit', values.limit as string | undefined);

  const source = openMigrationSource(config);
  let opened: ReturnType<typeof openMigrationTarget>;
  let targetLock: DataDirLock | null = null;
  try {
    // The target directory is a DATA_DIR to be: no service may run on it while it is written.
    targetLock = lockMigrationTarget(config, target);
    opened = openMigrationTarget(config, target);
  } catch (error) {
    targetLock?.release();
    await source.close();
    throw error;
  }
  const { store, describe } = opened;
  try {
    const bar = new ProgressBar(io.progress, 'migrate');
    const result = await copyLog(source, store, { batch, limit, onProgress: (done, total) => bar.update(done, total) });
    const resumed = result.resumedAfter > 0 ? `resumed after source position ${result.resumedAfter}, ` : '';
    bar.finish(result.lastSourcePosition, result.sourceHead, `${resumed}${result.copied} copied this run`);
    io.err(`verifying the target (${describe})…`);
    const report = await store.verify();
    if (!report.ok) {
      const broken = report.firstBroken!;
      io.out(`BROKEN: the target's hash chain breaks at stream ${broken.stream} revision ${broken.revision}: ${broken.reason}`);
      return EXIT.failed;
    }
    const mismatch = await targetMismatch(source, store, result.lastSourcePosition, report.checkedEvents);
    if (mismatch !== null) {
      io.out(`INCOMPLETE: ${mismatch}; run the same command again (it resumes) and check the target's server`);
      return EXIT.failed;
    }
    // Issue 14, item 9: what the service needs besides the log moves once the log is whole (a refusal exits 1 before any OK).
    const beside = result.complete ? await besideTheLog(config, target, source, store) : null;
    const state = result.complete
      ? `migrated the whole log (${report.checkedEvents} events in ${report.checkedStreams} stream(s))`
      : `copied ${result.lastSourcePosition} of ${result.sourceHead} events (--limit): run the same command again to continue`;
    io.out(`OK: ${state} to ${describe}; ${result.copied} copied this run; the target's hash chain is intact`);
    const later = target.kind === 'sqlite' ? ['personal data, keys, holiday tables and signed heads move with the run that completes the log'] : [];
    for (const line of beside ?? later) io.out(line);
    return EXIT.ok;
  } finally {
    await store.close();
    await source.close();
    targetLock?.release();
  }
}

function targetOf(to: string | undefined, dir: string | undefined): MigrationTarget {
  if (to === 'sqlite') {
    if (dir === undefined || dir === '') throw new UsageError('migrate: --to sqlite needs --target-dir DIR (where the new events.sqlite goes)');
    return { kind: 'sqlite', dir };
  }
  if (to === 'eventstore' || to === 'eventstoredb') {
    if (dir !== undefined) throw new UsageError('migrate: --target-dir is for --to sqlite only (eventstore uses EVENTSTORE_URL)');
    return { kind: 'eventstore' };
  }
  throw new UsageError(`migrate: --to must be sqlite or eventstore, got ${String(to ?? 'nothing')}`);
}

function count(option: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || value > 100_000) throw new UsageError(`migrate: ${option} must be an integer from 1 to 100000, got "${raw}"`);
  return value;
}
