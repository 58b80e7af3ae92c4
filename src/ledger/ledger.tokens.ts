/** The store's ledger (ledger.port.ts), or null when the engine keeps no tree. */
export const LEDGER = Symbol('Ledger');
/** The key that signs tree heads (LedgerSigningKey), or null without a ledger. */
export const LEDGER_SIGNING_KEY = Symbol('LedgerSigningKey');
