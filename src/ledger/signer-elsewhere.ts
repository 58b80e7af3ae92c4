/**
 * Issue 14: a head is signed only by the instance holding the head signer's lease (or its fenced
 * writes were refused). Answered 503 LEDGER_SIGNER_ELSEWHERE naming the holder: ask that instance.
 */
export class LedgerSignerElsewhere extends Error {
  readonly code = 'LEDGER_SIGNER_ELSEWHERE';
  constructor(readonly holder: string | null) {
    super(holder === null
      ? 'no instance holds the head signer\'s lease at the moment; retry shortly'
      : `heads are signed by instance ${holder}, which holds the head signer's lease; ask it, or retry here once this instance holds it`);
    this.name = 'LedgerSignerElsewhere';
  }
}
