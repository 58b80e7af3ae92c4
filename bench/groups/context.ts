/** What every measurement group gets: the city, a scratch directory, how many runs and how long. */
import type { CityManifest } from '../city/city-manifest.js';

export interface BenchSettings {
  readonly runs: number;
  /** HTTP: requests per measured route (and per /health baseline)… */
  readonly requests: number;
  /** …or this many seconds, whichever comes first (a slow route at a large city stays bounded). */
  readonly httpSeconds: number;
  /** Appends per measurement at one writer; 64 writers append 10× as many. */
  readonly appends: number;
  /** Longest a catch-up run may take before its rate is taken over what it applied. */
  readonly catchUpMaxSeconds: number;
  /** Deep pages: how many nextCursor hops before measuring. */
  readonly deepHops: number;
  readonly batchSize: number;
  /** Console: cold loads of each page per run (each beside a load of the Swagger UI baseline). */
  readonly pageLoads: number;
}

export interface GroupContext {
  readonly cityDir: string;
  readonly city: CityManifest;
  /** A scratch directory of this bench run for this city (copies, views, logs). */
  readonly workDir: string;
  readonly settings: BenchSettings;
}
