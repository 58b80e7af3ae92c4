import BetterSqlite3, { type Database } from 'better-sqlite3';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { CliFailure } from './cli-errors.js';
import { placeDurably } from './migrate-files.js';

/** A row of the personal-data store's `persons` table (src/personal-data/sqlite/sqlite-personal-data-store.ts). */
type PersonRow = { subject_id: string; record: string | null; erased_at: string | null; basis: string | null };

/**
 * A28: persons' names and identity numbers live in personal-data.sqlite, never in the log, so a log
 * moved without it names persons nobody can display. The file is copied whole with VACUUM INTO (a
 * consistent snapshot, without the free pages where erased records were); a target that already has
 * one is checked first: left when it holds the same persons, replaced when the source holds all of
 * its persons and more (or has erased one of them since, A28), refused when it holds a person the
 * source does not or differently (never resurrect erased data, never drop the target's own persons).
 */
export function movePersonalData(sourceFile: string, targetFile: string): string {
  if (!existsSync(sourceFile)) return 'none in the source (no person registered), nothing to move';
  const source = new BetterSqlite3(sourceFile, { readonly: true, fileMustExist: true });
  try {
    const persons = count(source);
    if (existsSync(targetFile)) {
      const kept = compare(source, targetFile);
      if (kept === 'same') return `already in the target, the same ${persons} person(s)`;
    }
    snapshot(source, targetFile);
    return `copied (${persons} person record(s), erased ones included as erased)`;
  } finally {
    source.close();
  }
}

function count(db: Database): number {
  return db.prepare('SELECT count(*) FROM persons').pluck().get() as number;
}

/** 'same', or 'behind' (the source supersedes it); throws when the target holds what the source does not. */
function compare(source: Database, targetFile: string): 'same' | 'behind' {
  const target = new BetterSqlite3(targetFile, { fileMustExist: true });
  try {
    const inSource = source.prepare('SELECT subject_id, record, erased_at, basis FROM persons WHERE subject_id = ?');
    let behind = count(target) !== count(source);
    for (const row of target.prepare('SELECT subject_id, record, erased_at, basis FROM persons').iterate() as IterableIterator<PersonRow>) {
      const theirs = inSource.get(row.subject_id) as PersonRow | undefined;
      if (theirs !== undefined && sameRow(theirs, row)) continue;
      // Erased in the source since the target was copied: the source is newer (A28: the erasure must reach the target).
      if (theirs !== undefined && theirs.erased_at !== null && row.erased_at === null) {
        behind = true;
        continue;
      }
      throw new CliFailure('MIGRATION_TARGET_DIVERGES',
        `the target's personal-data.sqlite holds person ${row.subject_id} ${theirs === undefined ? 'which the source does not' : 'differently from the source'}: nothing was overwritten; move the target's file away, or migrate into an empty directory`);
    }
    return behind ? 'behind' : 'same';
  } finally {
    target.close(); // the last connection: its WAL is checkpointed and removed
  }
}

function sameRow(a: PersonRow, b: PersonRow): boolean {
  return a.record === b.record && a.erased_at === b.erased_at && a.basis === b.basis;
}

function snapshot(source: Database, targetFile: string): void {
  const temporary = `${targetFile}.migrate-${process.pid}.tmp`;
  mkdirSync(dirname(targetFile), { recursive: true });
  rmSync(temporary, { force: true });
  source.prepare('VACUUM INTO ?').run(temporary);
  // VACUUM INTO does not fsync its output: placeDurably does, before the rename.
  placeDurably(temporary, targetFile);
  for (const leftover of [`${targetFile}-wal`, `${targetFile}-shm`]) rmSync(leftover, { force: true });
}
