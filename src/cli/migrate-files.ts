import { chmodSync, closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { CliFailure } from './cli-errors.js';

/**
 * Moving one file beside a migrated log: copied when the target lacks it, left when the target's is
 * byte for byte the same, refused when it differs (a target's own pseudonym key or secret would make
 * the source's persons unfindable or its tokens invalid; overwriting it would do the same to the
 * target's). `name` is the path relative to DATA_DIR, for the report.
 */
export function moveFile(name: string, source: string, target: string): string {
  if (!existsSync(source)) return 'none in the source, nothing to move';
  if (existsSync(target)) {
    if (readFileSync(source).equals(readFileSync(target))) return 'already in the target, identical';
    throw new CliFailure('MIGRATION_TARGET_DIVERGES',
      `the target's ${name} differs from the source's (was a service started on the target?): nothing was overwritten; move the target's file away, or migrate into an empty directory`);
  }
  copyDurably(source, target);
  return 'copied';
}

/**
 * A copy that is either whole or absent: written beside the target, flushed, renamed over it, then the
 * directory flushed; the source's mode (0600 for keys) is kept.
 */
export function copyDurably(source: string, target: string): void {
  mkdirSync(dirname(target), { recursive: true });
  const temporary = `${target}.migrate-${process.pid}.tmp`;
  rmSync(temporary, { force: true });
  copyFileSync(source, temporary);
  chmodSync(temporary, statSync(source).mode & 0o777);
  placeDurably(temporary, target);
}

/** Flushes a finished file, renames it over `target` and flushes the directory, so a crash leaves the old file or the new one. */
export function placeDurably(temporary: string, target: string): void {
  flush(temporary, 'r+');
  renameSync(temporary, target);
  flush(dirname(target), 'r');
}

function flush(path: string, flags: 'r' | 'r+'): void {
  const fd = openSync(path, flags);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
