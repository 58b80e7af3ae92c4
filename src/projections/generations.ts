import type { JsonObject } from '../shared/json.js';

/**
 * Where a projection's views live. Each build writes a new generation of its collections; reads
 * go to the active one; a rebuild becomes active only once it has caught up (blue-green).
 */
export interface ProjectionGenerations extends JsonObject {
  version: number;
  generation: number;
}

export const metaKey = (projection: string) => `projection:${projection}`;
export const physicalCollection = (collection: string, generation: number) => `${collection}__g${generation}`;
export const checkpointName = (projection: string, generation: number) => `${projection}@g${generation}`;
