/** What one projection's serving generation and rebuild look like to readers (health, read-your-writes). */
export interface ProjectionStatus {
  readonly name: string;
  readonly version: number;
  readonly generation: number;
  readonly state: string;
  readonly checkpoint: number;
  readonly lag: number;
  readonly lastError: string | null;
  readonly rebuild: null | { readonly generation: number; readonly checkpoint: number; readonly lag: number };
  /** The instance holding the projection's lease, as last seen (null: none, or no leases: a single instance). */
  readonly holder?: string | null;
  /** Whether this instance runs it. */
  readonly here?: boolean;
}

/** Where one projection stands, as plain data (it crosses from the projection thread to the HTTP thread). */
export interface SlotSnapshot {
  readonly name: string;
  readonly version: number;
  /** The generation answering reads. */
  readonly generation: number;
  /** Its checkpoint (a frozen older generation's stays where it stopped). */
  readonly checkpoint: number;
  /**
   * running, indexing (caught up from zero, its deferred indexes being built: not ready yet), failed,
   * stopped, rebuilding (a frozen older version answers while the new one builds), standby
   * (another instance runs it), or newer-version-elsewhere (the views are of a newer version of the
   * projection than this code's, during a rolling deploy: this instance neither runs nor rebuilds it
   * and is not ready; instances of the newer version run it).
   */
  readonly state: string;
  readonly lastError: string | null;
  readonly rebuild: null | { readonly generation: number; readonly checkpoint: number };
  readonly holder: string | null;
  readonly here: boolean;
}

/**
 * The projections as the rest of the service sees them: which generation answers, how far each
 * has got, waiting for a position (read your writes), rebuilding. Either the runner itself on
 * this thread, or a proxy to the runner on its own worker thread (ThreadedProjections).
 */
export abstract class ProjectionHost {
  abstract start(): Promise<void>;
  abstract stop(): Promise<void>;
  abstract status(): Promise<ProjectionStatus[]>;
  /** Resolves true once every serving projection has applied `position`; false after `timeoutMs`. */
  abstract waitFor(position: number, timeoutMs: number): Promise<boolean>;
  /** The physical collection that answers reads for a projection's logical collection. */
  abstract collectionFor(projection: string, collection: string): string;
  /** Operator rebuild: fresh generations from position 0 while the current ones keep serving. */
  abstract rebuild(...names: readonly string[]): Promise<void>;
}

/** Statuses from snapshots, lag measured against the log by the caller. */
export async function statusesOf(slots: readonly SlotSnapshot[], lagOf: (checkpoint: number) => Promise<number>): Promise<ProjectionStatus[]> {
  return Promise.all(slots.map(async (slot) => ({
    name: slot.name,
    version: slot.version,
    generation: slot.generation,
    state: slot.state,
    checkpoint: slot.checkpoint,
    lag: await lagOf(slot.checkpoint),
    lastError: slot.lastError,
    rebuild: slot.rebuild && { generation: slot.rebuild.generation, checkpoint: slot.rebuild.checkpoint, lag: await lagOf(slot.rebuild.checkpoint) },
    holder: slot.holder,
    here: slot.here,
  })));
}
