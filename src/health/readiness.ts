import type { ProjectionStatus } from '../projections/projection-runner.js';

/**
 * Ready when every projection is running within `maxLag` of the log head. A projection being
 * rebuilt for a new version keeps answering from its previous generation (blue-green), so it does
 * not take the service out of rotation; its progress is reported under `rebuild`. A projection another
 * instance runs (standby here, issue 14) counts by the checkpoint its holder stored. A projection
 * built from zero is `indexing` until its deferred indexes exist: not ready, since every list and
 * status query would scan its tables meanwhile. A projection whose views are of a newer version
 * than this code's (`newer-version-elsewhere`, a rolling deploy) is not ready: this code cannot read them.
 */
export function isReady(projections: readonly ProjectionStatus[], maxLag: number): boolean {
  return projections.every((p) => p.state === 'rebuilding' || ((p.state === 'running' || p.state === 'standby') && p.lag <= maxLag));
}
