import type { ViewStore } from '../view-store/view-store.port.js';
import { checkpointName, metaKey, type ProjectionGenerations } from './generations.js';

/** How often a read-your-writes wait looks at the view store's checkpoints. */
const POLL_MS = 25;

/**
 * Whether the serving generation of every projection, as the view store records it (its metadata,
 * then that generation's checkpoint), has applied `position`. What an instance that does not run a
 * projection (another holds its lease, issue 14) knows of it: the store, not its own memory.
 */
export async function storeHasReached(views: ViewStore, projections: readonly string[], position: number): Promise<boolean> {
  for (const name of projections) {
    const generations = (await views.readMeta(metaKey(name))) as ProjectionGenerations | null;
    if (!generations) return false;
    if ((await views.readCheckpoint(checkpointName(name, generations.generation))) < position) return false;
  }
  return true;
}

/**
 * Read your writes (X-Min-Position) on any instance: true once the view store's checkpoints have
 * reached `position`, false after `timeoutMs`. `wake` subscribes to this instance's own progress so
 * a local commit is seen at once; commits by other instances are found by polling the store.
 */
export async function waitForStore(
  views: ViewStore,
  projections: readonly string[],
  position: number,
  timeoutMs: number,
  wake: (listener: () => void) => () => void,
): Promise<boolean> {
  let timedOut = false;
  const deadline = setTimeout(() => (timedOut = true), timeoutMs);
  let nudge: () => void = () => undefined;
  const unsubscribe = wake(() => nudge());
  try {
    for (;;) {
      if (await storeHasReached(views, projections, position)) return true;
      if (timedOut) return false;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, POLL_MS);
        nudge = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  } finally {
    clearTimeout(deadline);
    unsubscribe();
  }
}
