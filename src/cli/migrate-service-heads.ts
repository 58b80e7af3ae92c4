import { existsSync } from 'node:fs';
import type { AppConfig } from '../config/app-config.js';
import type { Ledger } from '../event-store/ledger/ledger.port.js';
import { FollowedHeads } from '../ledger/followed/followed-heads.js';
import { LEDGER_HEADS } from '../ledger/followed/view-tree.js';
import { createViewStore, sqliteViewsFile } from '../storage/engines.js';
import { InvalidViewQuery } from '../view-store/errors.js';
import { moveSignedHeads } from './migrate-heads.js';

export const SERVICE_HEADS = 'signed tree heads kept by the service (view store, ledger_heads)';

/**
 * Issue 13/14: with LEDGER_KEPT_BY=service (now or in an earlier run) the signed heads live in the
 * view store (`ledger_heads`), which migrate does not move (it is rebuilt from the log). They are
 * copied into the target log's own heads like the engine's, each root recomputed from the target's
 * tree (the followed tree and the engine's tree are the same tree over the same log). Null when the
 * view store holds none (no ledger_heads collection).
 */
export async function moveServiceKeptHeads(config: AppConfig, target: Ledger): Promise<string | null> {
  // Never create a views.sqlite where there is none.
  if (config.viewStoreEngine === 'sqlite' && !existsSync(sqliteViewsFile(config))) return null;
  const views = await createViewStore(config);
  try {
    try {
      if ((await views.count(LEDGER_HEADS)) === 0) return null;
    } catch (error) {
      if (error instanceof InvalidViewQuery) return null;
      throw error;
    }
    return `${await moveSignedHeads(headsOf(new FollowedHeads(views)), target)}: the target serves them as its own heads (LEDGER_KEPT_BY=engine, the default)`;
  } finally {
    await views.close();
  }
}

const headsOf = (kept: FollowedHeads): Pick<Ledger, 'heads'> => ({ heads: (fromSize, limit) => kept.from(fromSize, limit) });
