/** A query the view store cannot answer as asked (undeclared field, bad cursor…): a client error. */
export class InvalidViewQuery extends Error {
  readonly code = 'INVALID_VIEW_QUERY';
  constructor(readonly field: string, readonly rule: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'InvalidViewQuery';
  }
}

/** A fenced write from a holder whose lease has moved on (it stalled, another instance took over): nothing of it was written. */
export class LeaseLost extends Error {
  readonly code = 'LEASE_LOST';
  constructor(readonly lease: string, readonly epoch: number, readonly current: { holder: string; epoch: number } | null) {
    super(`lease ${lease}: epoch ${epoch} is no longer current (${current ? `now epoch ${current.epoch}, held by ${current.holder}` : 'no such lease'}); the write was refused`);
    this.name = 'LeaseLost';
  }
}

/** A fenced checkpoint that would move backwards: the stored one is further along (nothing was written). */
export class CheckpointBehind extends Error {
  readonly code = 'CHECKPOINT_BEHIND';
  constructor(readonly checkpoint: string, readonly position: number, readonly stored: number) {
    super(`checkpoint ${checkpoint}: ${position} is behind the stored ${stored}; the write was refused`);
    this.name = 'CheckpointBehind';
  }
}

/** A guarded view change met a document that moved since it was read (another writer): nothing of the commit was written. */
export class StaleViewDocument extends Error {
  readonly code = 'STALE_VIEW_DOCUMENT';
  constructor(readonly collection: string) {
    super(`${collection}: a document changed since the batch read it; the commit was refused (the batch is evolved again from the store)`);
    this.name = 'StaleViewDocument';
  }
}
