/** `city.json` beside the city's files: how it was made and what the bench needs to address it. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Bump when the generator makes a different city from the same options (cached cities are then remade). */
export const CITY_GENERATOR = 'city-v4';

export interface CityManifest {
  readonly generator: string;
  readonly subjects: number;
  readonly seed: number;
  /** The city's business date: every event happened before it (the service runs on the real date). */
  readonly today: string;
  readonly long: number;
  readonly longEvents: number;
  readonly events: number;
  readonly organisations: number;
  readonly persons: number;
  readonly eventsByType: Readonly<Record<string, number>>;
  readonly refusals: Readonly<Record<string, number>>;
  /** Ordinary subjects spread over the city, for random reads and commands. */
  readonly sampleSubjects: readonly string[];
  readonly longSubjects: readonly string[];
  readonly departments: readonly string[];
  readonly agencies: readonly string[];
  readonly generatedSeconds: number;
  readonly eventsFileBytes: number;
}

/** Where the bench caches a city of these options (bench:city writes there by default too). */
export function cityDirName(subjects: number, long: number, longEvents: number, seed?: number): string {
  return `${subjects}-long${long}x${longEvents}${seed === undefined ? '' : `-seed${seed}`}`;
}

export const manifestPath = (dir: string): string => join(dir, 'city.json');

export function readManifest(dir: string): CityManifest | null {
  const file = manifestPath(dir);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CityManifest) : null;
}

export function writeManifest(dir: string, manifest: CityManifest): void {
  writeFileSync(manifestPath(dir), `${JSON.stringify(manifest, null, 2)}\n`);
}
