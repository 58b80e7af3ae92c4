import type { ProjectionDefinition } from './kernel/projection.js';
import { streamCatalogueProjection } from './stream-catalogue/stream-catalogue.projection.js';

/** Every read model the service keeps up to date. */
export const ALL_PROJECTIONS: readonly ProjectionDefinition[] = [streamCatalogueProjection];
