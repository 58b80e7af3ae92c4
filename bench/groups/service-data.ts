/**
 * The service's data directory for a bench run: a copy of the city (the bench's commands must not
 * change the cached city), with the views the catch-up group built when it has them (moved, not
 * copied: they are several times the log); and a
 * second directory on the same log with no views, where the service rebuilds every projection.
 */
import { copyFileSync, cpSync, existsSync, linkSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { builtViews } from './catch-up.js';
import type { GroupContext } from './context.js';

export function serviceDataDir(ctx: GroupContext): string {
  const dir = join(ctx.workDir, 'service-data');
  if (existsSync(join(dir, 'events.sqlite'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  process.stderr.write(`  copying the city into ${dir}\n`);
  for (const file of ['events.sqlite', 'personal-data.sqlite']) copyFileSync(join(ctx.cityDir, file), join(dir, file));
  cpSync(join(ctx.cityDir, 'keys'), join(dir, 'keys'), { recursive: true });
  if (existsSync(builtViews(ctx))) renameSync(builtViews(ctx), join(dir, 'views.sqlite'));
  return dir;
}

/** The same files (hard links: never used while the other service runs) without views. */
export function rebuildDataDir(ctx: GroupContext, from: string): string {
  const dir = join(ctx.workDir, 'rebuild-data');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // A write-ahead log left by a service that did not close cleanly belongs with its database.
  for (const file of ['events.sqlite', 'events.sqlite-wal', 'personal-data.sqlite', 'personal-data.sqlite-wal']) if (existsSync(join(from, file))) linkSync(join(from, file), join(dir, file));
  cpSync(join(from, 'keys'), join(dir, 'keys'), { recursive: true });
  return dir;
}
