import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AppConfig } from '../config/app-config.js';
import type { EventStore } from '../event-store/event-store.port.js';
import { ledgerOf, type Ledger } from '../event-store/ledger/ledger.port.js';
import { CliFailure } from './cli-errors.js';
import { environmentNotes, moveServiceFiles, PERSONAL_DATA, pseudonymKeyFile, type MovedItem } from './migrate-data-dir.js';
import { moveSignedHeads } from './migrate-heads.js';
import { checkPersonsFindable } from './migrate-persons-check.js';
import { moveServiceKeptHeads, SERVICE_HEADS } from './migrate-service-heads.js';
import type { MigrationTarget } from './migrate-stores.js';

const IDEMPOTENCY = 'idempotency-key records: not moved (their request fingerprints are not in the events): a client retrying across the cut-over is not recognised as a retry';

/**
 * Issue 14, item 9: the report lines on what a service needs besides the log. Into a SQLite target
 * directory everything moves (moveServiceFiles) with the signed heads; to EventStoreDB the log alone
 * moves and the rest stays in DATA_DIR, which the service on the new engine must keep using.
 */
export async function besideTheLog(config: AppConfig, target: MigrationTarget, source: EventStore, store: EventStore): Promise<string[]> {
  const notes = environmentNotes(config).map((note) => `  ${note}`);
  if (target.kind === 'eventstore') {
    const kept = [PERSONAL_DATA, 'keys', 'calendar'].filter((name) => existsSync(join(config.dataDir, name)));
    return [
      `kept in DATA_DIR ${config.dataDir}: ${kept.length > 0 ? kept.join(', ') : 'nothing yet'}: the service on EventStoreDB reads them there: start it with this DATA_DIR (back it up as before)`,
      `  persons findable: ${checkPersonsFindable(join(config.dataDir, PERSONAL_DATA), pseudonymKeyFile(config.dataDir), config.pseudonymKeyHex)}`,
      `  ${IDEMPOTENCY}`,
      ...notes,
    ];
  }
  const sourceLedger = ledgerOf(source);
  const targetLedger = ledgerOf(store);
  if (sourceLedger === null || targetLedger === null) throw new CliFailure('MIGRATION_NO_LEDGER', 'a SQLite log without its Merkle tree: this build cannot migrate it');
  const items: MovedItem[] = [
    ...moveServiceFiles(config.dataDir, target.dir),
    { path: 'signed tree heads', outcome: await moveSignedHeads(sourceLedger, targetLedger) },
    ...await serviceHeadsItem(config, targetLedger),
    { path: 'persons findable', outcome: checkPersonsFindable(join(target.dir, PERSONAL_DATA), pseudonymKeyFile(target.dir), config.pseudonymKeyHex) },
  ];
  const width = Math.max(...items.map((item) => item.path.length));
  return [
    `beside the log, moved to ${resolve(target.dir)} for the service started there:`,
    ...items.map((item) => `  ${item.path.padEnd(width)}  ${item.outcome}`),
    `  ${IDEMPOTENCY}`,
    ...notes,
    `start the service with DATA_DIR=${resolve(target.dir)}`,
  ];
}

/** The heads a service kept in its view store (LEDGER_KEPT_BY=service), if it kept any. */
async function serviceHeadsItem(config: AppConfig, target: Ledger): Promise<MovedItem[]> {
  const outcome = await moveServiceKeptHeads(config, target);
  return outcome === null ? [] : [{ path: SERVICE_HEADS, outcome }];
}
