export { LEDGER } from '../event-store/ledger/ledger.port.js';
/** The key that signs tree heads (LedgerSigningKey), or null without a ledger. */
export const LEDGER_SIGNING_KEY = Symbol('LedgerSigningKey');
