/**
 * What a city will cost before it is made, from figures measured on this machine (2 cores) with
 * this generator: events per subject, bytes per event in events.sqlite and in the temporary
 * spill, and the generation rate (decide + spill + import). Refreshed by hand when they drift.
 */
import { statfsSync } from 'node:fs';
import { formatBytes, formatDuration } from '../lib/progress.js';

export const EVENTS_PER_SUBJECT = 10;
export const DB_BYTES_PER_EVENT = 1_130;
export const SPILL_BYTES_PER_EVENT = 950;
/** 100k subjects: 993k events in 8 min 29 s with two workers, while other work shared the two cores. */
export const EVENTS_PER_SECOND = 2_000;

export interface CityEstimate {
  readonly events: number;
  readonly dbBytes: number;
  /** The database plus the spill, which exists until the import ends. */
  readonly peakBytes: number;
  readonly seconds: number;
}

export function estimateCity(subjects: number, long: number, longEvents: number): CityEstimate {
  const events = subjects * EVENTS_PER_SUBJECT + long * longEvents;
  const dbBytes = events * DB_BYTES_PER_EVENT;
  return { events, dbBytes, peakBytes: dbBytes + events * SPILL_BYTES_PER_EVENT, seconds: events / EVENTS_PER_SECOND };
}

export function describeEstimate(estimate: CityEstimate): string {
  return `≈ ${estimate.events.toLocaleString('en-US')} events, events.sqlite ≈ ${formatBytes(estimate.dbBytes)} (peak disk ≈ ${formatBytes(estimate.peakBytes)} with the spill), ≈ ${formatDuration(estimate.seconds)} on this machine`;
}

export function freeBytes(dir: string): number {
  const stats = statfsSync(dir);
  return stats.bavail * stats.bsize;
}
