import type { EventImporter } from '../event-store/event-importer.js';
import type { EventStore } from '../event-store/event-store.port.js';
import { CliFailure } from './cli-errors.js';

export interface CopyOptions {
  readonly batch: number;
  /** Copy at most this many events in this run (the next run continues); undefined: everything. */
  readonly limit?: number;
  readonly onProgress: (sourcePosition: number, sourceHead: number) => void;
}

export interface CopyResult {
  /** Source position the run started after (0: from the beginning). */
  readonly resumedAfter: number;
  readonly copied: number;
  readonly lastSourcePosition: number;
  readonly sourceHead: number;
  /** True when the source has nothing beyond what the target holds. */
  readonly complete: boolean;
}

/**
 * Where a migration resumes: the target's last event, found again in the source by stream and
 * revision. It must be the same event (id and hash): otherwise the target holds something else
 * and copying on would mix two logs.
 */
export async function resumePosition(source: EventStore, target: EventImporter): Promise<number> {
  const head = await target.lastImported();
  if (head === null) return 0;
  const [match] = await source.readStream(head.stream, { fromRevision: head.revision, toRevision: head.revision });
  if (!match || match.eventId !== head.eventId || match.metadata.hash !== head.hash)
    throw new CliFailure('MIGRATION_TARGET_DIVERGES',
      `the target's last event (${head.stream} revision ${head.revision}, id ${head.eventId}) is not in the source: migrate into an empty store`);
  return match.position;
}

/** Copies the source's log after the resume point, in global order, one batch per import call. */
export async function copyLog(source: EventStore, target: EventImporter, options: CopyOptions): Promise<CopyResult> {
  const resumedAfter = await resumePosition(source, target);
  let after = resumedAfter;
  let copied = 0;
  let sourceHead = await source.headPosition();
  options.onProgress(after, sourceHead);
  for (;;) {
    const room = options.limit === undefined ? options.batch : Math.min(options.batch, options.limit - copied);
    if (room <= 0) break;
    const page = await source.readAll(after, room);
    if (page.length === 0) break;
    await target.importEvents(page);
    copied += page.length;
    after = page.at(-1)!.position;
    sourceHead = Math.max(sourceHead, after);
    options.onProgress(after, sourceHead);
  }
  sourceHead = await source.headPosition();
  return { resumedAfter, copied, lastSourcePosition: after, sourceHead, complete: after >= sourceHead };
}

/**
 * Why the target does not hold exactly the source's log up to `copiedUpTo`, or null. The source is
 * the embedded SQLite log, whose positions are dense: up to position n it holds n events. The
 * target's verified event count and its last event must both match, so a target read that stopped
 * early (or a store that lost events) can never pass as a complete migration.
 */
export async function targetMismatch(source: EventStore, target: EventImporter, copiedUpTo: number, targetEvents: number): Promise<string | null> {
  if (targetEvents !== copiedUpTo) return `the target's chains hold ${targetEvents} event(s), the source ${copiedUpTo} up to position ${copiedUpTo}`;
  const head = await target.lastImported();
  if (copiedUpTo === 0) return head === null ? null : `the source is empty but the target ends with ${head.stream} revision ${head.revision}`;
  const [last] = await source.readAll(copiedUpTo - 1, 1);
  if (!head || !last || head.eventId !== last.eventId || head.hash !== last.metadata.hash)
    return `the target's last event (${head ? `${head.stream} revision ${head.revision}` : 'none'}) is not the source's event at position ${copiedUpTo}`;
  return null;
}
