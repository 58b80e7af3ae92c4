export { LEDGER } from '../event-store/ledger/ledger.port.js';
/** The key that signs tree heads (LedgerSigningKey), or null without a ledger. */
export const LEDGER_SIGNING_KEY = Symbol('LedgerSigningKey');
/** The follower that keeps a FollowedLedger's tree (LedgerFollower), or null where the event store keeps its own tree. */
export const LEDGER_FOLLOWER = Symbol('LedgerFollower');
