import { agencyRegistryProjection } from './agency-registry/agency-registry.projection.js';
import { departmentRegistryProjection } from './department-registry/department-registry.projection.js';
import { departmentUsageProjection } from './department-usage/department-usage.projection.js';
import { disclosuresProjection } from './disclosures/disclosures.projection.js';
import { disputeCaseFilesProjection } from './dispute-case-files/dispute-case-files.projection.js';
import type { ProjectionDefinition } from './kernel/projection.js';
import { objectionsProjection } from './objections/objections.projection.js';
import { reportsProjection } from './reports/reports.projection.js';
import { reviewsProjection } from './reviews/reviews.projection.js';
import { streamCatalogueProjection } from './stream-catalogue/stream-catalogue.projection.js';
import { subjectStatusProjection } from './subject-status/subject-status.projection.js';

/** Every read model the service keeps up to date. */
export const ALL_PROJECTIONS: readonly ProjectionDefinition[] = [
  streamCatalogueProjection,
  subjectStatusProjection,
  reportsProjection,
  reviewsProjection,
  disclosuresProjection,
  departmentUsageProjection,
  departmentRegistryProjection,
  agencyRegistryProjection,
  objectionsProjection,
  disputeCaseFilesProjection,
];
