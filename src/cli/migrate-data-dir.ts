import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { jwtSecretFile } from '../auth/jwt-secret.js';
import type { AppConfig } from '../config/app-config.js';
import { ledgerKeyFile, publishedKeysFile } from '../event-store/ledger/ledger-keys.js';
import { moveFile } from './migrate-files.js';
import { movePersonalData } from './migrate-personal-data.js';

/**
 * What the service reads under DATA_DIR besides the log (every `dataDir` join in src/): the
 * personal-data store (storage.module.ts), the pseudonym key (storage.module.ts), the HS256 secret
 * (auth/jwt-secret.ts), the ledger's signing key and published keys (event-store/ledger/ledger-keys.ts)
 * and the installed holiday tables (config/app-config.ts: DATA_DIR/calendar is always read).
 */
export const PERSONAL_DATA = 'personal-data.sqlite';
export const pseudonymKeyFile = (dataDir: string): string => join(dataDir, 'keys', 'pseudonym.key');
const KEY_FILES = [pseudonymKeyFile, jwtSecretFile, ledgerKeyFile, publishedKeysFile] as const;
const CALENDAR = 'calendar';

/** What the service writes there that is derived or local, and is rightly not moved. */
const NOT_MOVED: Readonly<Record<string, string>> = {
  'views.sqlite': 'not moved: the projections rebuild it from the log at the first start',
  'snapshots.sqlite': 'not moved: a cache of folded states, rebuilt as streams are read',
  'service.lock': 'not moved: the DATA_DIR lock of whichever process runs there',
  'service.lock.holder': 'not moved: the DATA_DIR lock of whichever process runs there',
};
const NOT_READ = 'NOT MOVED: the service does not read it; copy it yourself if you need it';
const SQLITE_SIDE_FILES = /-(wal|shm|journal)$/;

export interface MovedItem {
  /** Relative to DATA_DIR. */
  readonly path: string;
  readonly outcome: string;
}

/**
 * Moves everything the service needs besides the log from DATA_DIR to the target directory (each item
 * copied, found identical, or refused when the target's differs: CliFailure), then names the rest of
 * DATA_DIR: what is left behind on purpose and anything the service does not know (not moved).
 */
export function moveServiceFiles(sourceDir: string, targetDir: string): MovedItem[] {
  const moved: MovedItem[] = [{ path: PERSONAL_DATA, outcome: movePersonalData(join(sourceDir, PERSONAL_DATA), join(targetDir, PERSONAL_DATA)) }];
  for (const fileOf of KEY_FILES) {
    const path = relative(sourceDir, fileOf(sourceDir));
    moved.push({ path, outcome: moveFile(path, fileOf(sourceDir), fileOf(targetDir)) });
  }
  const tables = holidayTables(sourceDir);
  if (tables.length === 0) moved.push({ path: `${CALENDAR}/`, outcome: 'no holiday table installed in the source, nothing to move' });
  for (const table of tables) moved.push({ path: join(CALENDAR, table), outcome: moveFile(join(CALENDAR, table), join(sourceDir, CALENDAR, table), join(targetDir, CALENDAR, table)) });
  return [...moved, ...leftBehind(sourceDir)];
}

/** Installed tables: the `.json` files of DATA_DIR/calendar, as the service loads them (calendar/holiday-files.ts). */
function holidayTables(dataDir: string): string[] {
  const dir = join(dataDir, CALENDAR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.json')).map((entry) => entry.name).sort();
}

/** Everything else in DATA_DIR, named so an operator can see nothing was forgotten silently. */
function leftBehind(dataDir: string): MovedItem[] {
  const known = new Set(['events.sqlite', PERSONAL_DATA, 'keys', CALENDAR]);
  const keyNames = new Set(KEY_FILES.map((fileOf) => relative(join(dataDir, 'keys'), fileOf(dataDir))));
  const items: MovedItem[] = [];
  for (const entry of readdirSync(dataDir, { withFileTypes: true })) {
    const name = entry.name;
    if (SQLITE_SIDE_FILES.test(name) || name.startsWith('.write-check-')) continue;
    if (NOT_MOVED[name] !== undefined) items.push({ path: name, outcome: NOT_MOVED[name]! });
    else if (!known.has(name)) items.push({ path: name, outcome: NOT_READ });
  }
  items.push(...unknownIn(dataDir, 'keys', (name) => keyNames.has(name)), ...unknownIn(dataDir, CALENDAR, (name) => name.endsWith('.json')));
  return items.sort((a, b) => a.path.localeCompare(b.path));
}

function unknownIn(dataDir: string, dir: string, isKnown: (name: string) => boolean): MovedItem[] {
  if (!existsSync(join(dataDir, dir))) return [];
  return readdirSync(join(dataDir, dir)).filter((name) => !isKnown(name) && !name.endsWith('.tmp')).map((name) => ({ path: join(dir, name), outcome: NOT_READ }));
}

/**
 * What the environment supplies instead of a file (the file then is not what the service uses): the
 * target's service must be given the same values, and calendars from CALENDAR_DIRS stay where they are.
 */
export function environmentNotes(config: AppConfig): string[] {
  const notes: string[] = [];
  const same = (variable: string, why: string) => notes.push(`${variable} is set: start the target's service with the same value (${why})`);
  if (config.pseudonymKeyHex !== undefined) same('PSEUDONYM_KEY', "persons' subject ids are derived from it");
  if (config.auth.jwksUrl !== undefined) same('JWT_JWKS_URL', 'tokens are verified with its keys');
  else if (config.auth.jwtSecret !== undefined) same('JWT_SECRET', 'tokens already issued are signed with it');
  if (config.ledgerSigningKeyPem !== undefined) same('LEDGER_SIGNING_KEY', 'another key would retire this one in the published list');
  const extra = config.calendarDirs.slice(1);
  if (extra.length > 0) notes.push(`CALENDAR_DIRS is set (${extra.join(':')}): those holiday tables are outside DATA_DIR and were not moved; give the target's service the same CALENDAR_DIRS`);
  return notes;
}
