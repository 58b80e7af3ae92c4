import { readFileSync } from 'node:fs';
import type { AppConfig } from '../config/app-config.js';
import { checkArchivedHeads } from '../event-store/ledger/archived-heads-check.js';
import { HeadsArchiveUnreadable, parseHeadsArchive, type HeadsArchive } from '../event-store/ledger/heads-archive.js';
import { parseVerbArgs } from './args.js';
import { EXIT, UsageError } from './cli-errors.js';
import type { CliIo } from './cli-io.js';
import { openEventLog } from './stores.js';

/**
 * `heads check FILE` (issue 13, witnessing): proves the current log is consistent with every head in
 * an archive written by `heads export` (archived-heads-check.ts says how). Exit 0 "consistent with N
 * heads"; 1 naming the first head that fails and why; 2 when FILE cannot be read or is no archive.
 */
export async function headsCheck(args: readonly string[], config: AppConfig, io: CliIo): Promise<number> {
  const { positionals } = parseVerbArgs('heads check', args, {}, { min: 1, max: 1 });
  const archive = readArchive(positionals[0]!);
  const events = openEventLog(config);
  try {
    io.err(`checking the log against ${archive.heads.length} archived heads…`);
    const verdict = await checkArchivedHeads(archive, events.ledger());
    if (verdict.ok) {
      io.out(`OK: the log (${verdict.treeSize} events) is consistent with ${verdict.heads} heads`);
      return EXIT.ok;
    }
    io.out(`INCONSISTENT: ${verdict.reason} (${verdict.code})`);
    // The archive says that the log changed, not where: verify names the first changed event unless the tree was rebuilt to match.
    if (verdict.code === 'log-rewritten' || verdict.code === 'events-removed') io.err('npm run cli -- verify names the first changed or missing event, unless the tree was rebuilt to match');
    return EXIT.failed;
  } finally {
    await events.close();
  }
}

function readArchive(file: string): HeadsArchive {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`heads check: cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return parseHeadsArchive(text);
  } catch (error) {
    if (error instanceof HeadsArchiveUnreadable) throw new UsageError(`heads check: ${file} is not a heads archive: ${error.message}`);
    throw error;
  }
}
