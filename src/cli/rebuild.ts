import { ALL_PROJECTIONS } from '../../projections/index.js';
import type { ProjectionDefinition } from '../../projections/kernel/projection.js';
import type { AppConfig } from '../config/app-config.js';
import { ProjectionRunner } from '../projections/projection-runner.js';
import { parseVerbArgs } from './args.js';
import { CliFailure, EXIT, UsageError } from './cli-errors.js';
import type { CliIo } from './cli-io.js';
import { ProgressBar } from '../shared/progress-bar.js';
import { openEventLog, openViews, viewsFile } from './stores.js';
import { viewsInUse } from './views-in-use.js';
import { sleep } from '../shared/sleep.js';

const POLL_MS = 100;

/**
 * `rebuild [projection]`: a fresh generation of one or every projection from position 0 (all read
 * the log together, once), each swapped in once caught up (blue-green, ProjectionRunner.rebuild). The swap drops the old generation's
 * tables, which a running service would still be reading and writing: so the CLI refuses while
 * anything else has the views database open. The service reads the new generation from the meta
 * when it next starts.
 */
export async function rebuild(args: readonly string[], config: AppConfig, io: CliIo,
  projections: readonly ProjectionDefinition[] = ALL_PROJECTIONS): Promise<number> {
  const { positionals } = parseVerbArgs('rebuild', args, {}, { min: 0, max: 1 });
  const names = projections.map((p) => p.name);
  const wanted = positionals[0];
  if (wanted !== undefined && !names.includes(wanted)) throw new UsageError(`rebuild: unknown projection "${wanted}" (known: ${names.join(', ')})`);
  if (viewsInUse(viewsFile(config)))
    throw new CliFailure('VIEWS_IN_USE', `${viewsFile(config)} is open in another process (the service?): stop it, rebuild, then start it again`);

  const events = openEventLog(config);
  const views = openViews(config);
  const runner = new ProjectionRunner(events, views, projections, { batchSize: config.projectionBatchSize, log: (m) => io.err(m) });
  try {
    await runner.start();
    await rebuildTogether(runner, wanted === undefined ? names : [wanted], () => events.headPosition(), io);
    return EXIT.ok;
  } finally {
    await runner.stop();
    await events.close();
    await views.close();
  }
}

/** Every target's new generation is built from one read of the log; each is swapped in once caught up. */
async function rebuildTogether(runner: ProjectionRunner, targets: readonly string[], head: () => Promise<number>, io: CliIo): Promise<void> {
  const before = new Map((await runner.status()).map((s) => [s.name, s.generation]));
  const bars = new Map(targets.map((name) => [name, new ProgressBar(io.progress, `rebuild ${name}`)]));
  await runner.rebuild(...targets);
  const pending = new Set(targets);
  while (pending.size > 0) {
    const statuses = await runner.status();
    const total = await head();
    for (const name of [...pending]) {
      const status = statuses.find((s) => s.name === name)!;
      if (status.rebuild === null && status.generation > before.get(name)!) {
        bars.get(name)!.finish(total, total, `generation ${status.generation} swapped in`);
        pending.delete(name);
      } else if (status.lastError !== null) {
        // The old generation keeps serving: a failed build changes nothing; the next rebuild starts it over.
        throw new CliFailure('REBUILD_FAILED', `projection ${name}: ${status.lastError}; generation ${status.generation} still serves`);
      } else bars.get(name)!.update(status.rebuild?.checkpoint ?? 0, total);
    }
    if (pending.size > 0) await sleep(POLL_MS);
  }
}
