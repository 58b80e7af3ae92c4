import { storageFaultCode } from '../shared/storage-fault.js';

export interface StorageProblem {
  /** SQLITE_FULL, SQLITE_IOERR_WRITE, ENOSPC … */
  readonly reason: string;
  readonly message: string;
  /** When it was first seen (wall clock, ISO): an operator's first clue. */
  readonly since: string;
  /** Writes refused since then. */
  readonly failures: number;
}

/**
 * Whether the stores can write. A storage fault on any write marks the service not ready
 * (/health/ready answers 503 naming it); the next write that succeeds clears it.
 */
export class StorageHealth {
  private current: StorageProblem | null = null;

  get problem(): StorageProblem | null {
    return this.current;
  }

  /** Records `error` when it is a storage fault; true if it was one. */
  noteFailure(error: unknown): boolean {
    const reason = storageFaultCode(error);
    if (reason === null) return false;
    const message = error instanceof Error ? error.message : String(error);
    this.current = this.current === null
      ? { reason, message, since: new Date().toISOString(), failures: 1 }
      : { ...this.current, reason, message, failures: this.current.failures + 1 };
    return true;
  }

  noteWriteSucceeded(): void {
    this.current = null;
  }
}
