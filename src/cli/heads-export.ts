import { writeFileSync } from 'node:fs';
import type { AppConfig } from '../config/app-config.js';
import { headsArchive } from '../event-store/ledger/heads-archive.js';
import { publishedKeys } from '../event-store/ledger/ledger-keys.js';
import type { Ledger } from '../event-store/ledger/ledger.port.js';
import { verifyTreeHead, type SignedTreeHead } from '../event-store/ledger/tree-head.js';
import { parseVerbArgs } from './args.js';
import { CliFailure, EXIT } from './cli-errors.js';
import type { CliIo } from './cli-io.js';
import { openEventLog } from './stores.js';

/** Heads read per query. */
const PAGE = 1000;

/**
 * `heads export [--out FILE]` (issue 13, witnessing): every signed tree head of the log, oldest first,
 * with the published keys, as one JSON document (`credit-ledger-heads/1`) for archiving outside the
 * operator's reach — the credit office, a court. `heads check` later proves the log still extends them.
 */
export async function headsExport(args: readonly string[], config: AppConfig, io: CliIo): Promise<number> {
  const { values } = parseVerbArgs('heads export', args, { out: { type: 'string' } }, { min: 0, max: 0 });
  const events = openEventLog(config);
  try {
    const heads = await allHeads(events.ledger());
    const archive = headsArchive(publishedKeys(config.dataDir), heads);
    const json = JSON.stringify(archive, null, 2);
    const out = values.out as string | undefined;
    if (out === undefined) io.out(json);
    else writeArchive(out, `${json}\n`);
    const sizes = heads.length === 0 ? 'none signed yet: start the service, it signs them' : `sizes ${heads[0]!.treeSize} to ${heads[heads.length - 1]!.treeSize}`;
    io.err(`exported ${heads.length} signed heads (${sizes}) and ${archive.keys.length} published keys${out === undefined ? '' : ` to ${out}`}`);
    // The archive is written either way (it is evidence); a head its own keys cannot verify is said and fails the run.
    const unverifiable = heads.map((head) => ({ head, verdict: verifyTreeHead(head, archive.keys) })).find(({ verdict }) => !verdict.ok);
    if (unverifiable === undefined) return EXIT.ok;
    io.err(`HEAD_UNVERIFIABLE: the head of size ${unverifiable.head.treeSize} does not verify with the published keys: ${unverifiable.verdict.reason}`);
    return EXIT.failed;
  } finally {
    await events.close();
  }
}

function writeArchive(file: string, content: string): void {
  try {
    writeFileSync(file, content, { flag: 'w' });
  } catch (error) {
    throw new CliFailure('HEADS_NOT_WRITTEN', `cannot write ${file}: ${(error as Error).message}`);
  }
}

async function allHeads(ledger: Ledger): Promise<SignedTreeHead[]> {
  const heads: SignedTreeHead[] = [];
  for (let from = 0; ;) {
    const page = await ledger.heads(from, PAGE);
    heads.push(...page);
    if (page.length < PAGE) return heads;
    from = page[page.length - 1]!.treeSize + 1;
  }
}
