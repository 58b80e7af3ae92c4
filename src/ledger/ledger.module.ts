import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port.js';
import { LEDGER_INTEGRITY, LedgerIntegrity } from '../event-store/ledger/ledger-integrity.js';
import { resolveLedgerSigningKey } from '../event-store/ledger/ledger-keys.js';
import { ledgerOf, type Ledger } from '../event-store/ledger/ledger.port.js';
import { CLOCK, shanghaiIso, type Clock } from '../shared/clock.js';
import { HeadSigner } from './head-signer.js';
import { LedgerKeysController } from './ledger-keys.controller.js';
import { LedgerWriteGuard } from './ledger-write.guard.js';
import { LedgerController } from './ledger.controller.js';
import { LEDGER, LEDGER_SIGNING_KEY } from './ledger.tokens.js';

/** Issue 13: the verifiable ledger — signed heads, proofs, the published keys, and the service checking itself. */
@Global()
@Module({
  controllers: [LedgerController, LedgerKeysController],
  providers: [
    { provide: LEDGER, inject: [EVENT_STORE], useFactory: (store: EventStore) => ledgerOf(store) },
    // A factory, not a value: each app (tests start several in one process) has its own state.
    { provide: LEDGER_INTEGRITY, useFactory: () => new LedgerIntegrity() },
    {
      provide: LEDGER_SIGNING_KEY,
      inject: [LEDGER, APP_CONFIG, CLOCK],
      useFactory: (ledger: Ledger | null, config: AppConfig, clock: Clock) =>
        ledger === null ? null : resolveLedgerSigningKey({ dataDir: config.dataDir, configuredPem: config.ledgerSigningKeyPem, configuredName: 'LEDGER_SIGNING_KEY', now: shanghaiIso(clock.nowMs()) }),
    },
    HeadSigner,
    { provide: APP_GUARD, useClass: LedgerWriteGuard },
  ],
  exports: [LEDGER, LEDGER_INTEGRITY],
})
export class LedgerModule {}
