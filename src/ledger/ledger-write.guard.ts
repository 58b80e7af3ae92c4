import { HttpException, Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { LEDGER_INTEGRITY, type LedgerIntegrity } from '../event-store/ledger/ledger-integrity.js';
import { ledgerProblemSeen } from '../event-store/ledger/shared-problem.js';
import { errorBody } from '../http/error-body.js';
import { VIEW_STORE, type ViewStore } from '../view-store/view-store.port.js';

/** Routes that write nothing to the log though they are POSTs. */
const NOT_WRITES = new Set(['/dev-sign-in']);

/**
 * Issue 13: once the ledger is found inconsistent, nothing more is written onto it — every command
 * is refused with 503 LEDGER_INCONSISTENT, naming the problem, until an operator has acted. Issue 14:
 * on every instance, from the problem the head signer's holder recorded in the view store.
 */
@Injectable()
export class LedgerWriteGuard implements CanActivate {
  constructor(@Inject(LEDGER_INTEGRITY) private readonly integrity: LedgerIntegrity, @Inject(VIEW_STORE) private readonly views: ViewStore) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    if (request.method !== 'POST' || NOT_WRITES.has(request.path)) return true;
    const problem = await ledgerProblemSeen(this.integrity, this.views);
    if (problem === null) return true;
    throw new HttpException(errorBody(503, 'LEDGER_INCONSISTENT', `the log is not what its Merkle tree and signed heads say: ${problem.detail}; writes are refused until an operator has acted`, { ...problem }), 503);
  }
}
