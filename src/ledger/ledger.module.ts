import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port.js';
import { LEDGER_INTEGRITY, LedgerIntegrity } from '../event-store/ledger/ledger-integrity.js';
import { resolveLedgerSigningKey } from '../event-store/ledger/ledger-keys.js';
import type { Ledger } from '../event-store/ledger/ledger.port.js';
import { CLOCK, shanghaiIso, type Clock } from '../shared/clock.js';
import { VIEW_STORE, type ViewStore } from '../view-store/view-store.port.js';
import { HeadSigner } from './head-signer.js';
import { LedgerDuties } from './ledger-duties.js';
import { keepLedger, type LedgerKeeping } from './ledger-keeping.js';
import { LedgerKeysController } from './ledger-keys.controller.js';
import { LedgerWriteGuard } from './ledger-write.guard.js';
import { LedgerController } from './ledger.controller.js';
import { LEDGER, LEDGER_FOLLOWER, LEDGER_SIGNING_KEY } from './ledger.tokens.js';

const LEDGER_KEEPING = Symbol('LedgerKeeping');

/** Issue 13: the verifiable ledger — signed heads, proofs, the published keys, and the service checking itself — on either engine. */
@Global()
@Module({
  controllers: [LedgerController, LedgerKeysController],
  providers: [
    {
      provide: LEDGER_KEEPING,
      inject: [EVENT_STORE, VIEW_STORE, APP_CONFIG, CLOCK],
      useFactory: (store: EventStore, views: ViewStore, config: AppConfig, clock: Clock) => keepLedger(store, views, config, clock),
    },
    { provide: LEDGER, inject: [LEDGER_KEEPING], useFactory: (keeping: LedgerKeeping) => keeping.ledger },
    { provide: LEDGER_FOLLOWER, inject: [LEDGER_KEEPING], useFactory: (keeping: LedgerKeeping) => keeping.follower },
    // A factory, not a value: each app (tests start several in one process) has its own state.
    { provide: LEDGER_INTEGRITY, useFactory: () => new LedgerIntegrity() },
    {
      provide: LEDGER_SIGNING_KEY,
      inject: [LEDGER, APP_CONFIG, CLOCK],
      useFactory: (ledger: Ledger | null, config: AppConfig, clock: Clock) =>
        ledger === null ? null : resolveLedgerSigningKey({ dataDir: config.dataDir, configuredPem: config.ledgerSigningKeyPem, configuredName: 'LEDGER_SIGNING_KEY', now: shanghaiIso(clock.nowMs()) }),
    },
    HeadSigner,
    LedgerDuties,
    { provide: APP_GUARD, useClass: LedgerWriteGuard },
  ],
  exports: [LEDGER, LEDGER_INTEGRITY],
})
export class LedgerModule implements OnApplicationShutdown {
  constructor(@Inject(LEDGER_KEEPING) private readonly keeping: LedgerKeeping) {}

  /** The follower's own reader of the log (a FollowedLedger's); the stores themselves are closed by the storage module. */
  async onApplicationShutdown(): Promise<void> {
    await this.keeping.close();
  }
}
