import BetterSqlite3 from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { Pseudonymizer } from '../personal-data/pseudonymizer.js';
import { CliFailure } from './cli-errors.js';

/**
 * A28: a person is found by a keyed hash of the identity number (Pseudonymizer). Checked on the
 * target after the move: every person record there must lead back to its own subject id with the key
 * the target's service will use (PSEUDONYM_KEY when set, else the moved key file); otherwise that
 * service would answer "not registered" for persons the log holds. Erased records keep no number.
 */
export function checkPersonsFindable(personalDataFile: string, keyFile: string, keyHexFromEnv: string | undefined): string {
  if (!existsSync(personalDataFile)) return 'no person record to check';
  const db = new BetterSqlite3(personalDataFile, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('SELECT record FROM persons WHERE record IS NOT NULL').pluck().iterate() as IterableIterator<string>;
    let key: Pseudonymizer | null = null;
    const keyName = keyHexFromEnv !== undefined ? 'PSEUDONYM_KEY' : 'keys/pseudonym.key';
    let checked = 0;
    for (const raw of rows) {
      key ??= pseudonymizer(keyFile, keyHexFromEnv);
      const record = JSON.parse(raw) as { subjectId: string; identityNumber: string };
      if (key.subjectIdFor(record.identityNumber) !== record.subjectId)
        throw new CliFailure('MIGRATION_PERSONS_UNFINDABLE',
          `person ${record.subjectId} would not be found by identity number with ${keyName}: its id was made with another pseudonym key (start the service with the key that made the ids; the target keeps what was moved, run again after fixing it)`);
      checked++;
    }
    return checked === 0 ? 'no person record to check' : `${checked} of ${checked} person(s) lead back to their subject id with ${keyName}`;
  } finally {
    db.close();
  }
}

function pseudonymizer(keyFile: string, keyHexFromEnv: string | undefined): Pseudonymizer {
  if (keyHexFromEnv !== undefined) return new Pseudonymizer(Buffer.from(keyHexFromEnv, 'hex'));
  if (!existsSync(keyFile))
    throw new CliFailure('MIGRATION_PERSONS_UNFINDABLE', 'person records but no pseudonym key (keys/pseudonym.key, or PSEUDONYM_KEY): no service could find them by identity number');
  return new Pseudonymizer(Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'hex'));
}
