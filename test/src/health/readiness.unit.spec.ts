import { describe, it, expect } from '@jest/globals';
import { isReady } from '../../../src/health/readiness.js';
import type { ProjectionStatus } from '../../../src/projections/projection-runner.js';

const status = (overrides: Partial<ProjectionStatus>): ProjectionStatus => ({
  name: 'p', version: 1, generation: 1, state: 'running', checkpoint: 10, lag: 0, lastError: null, rebuild: null, ...overrides,
});

describe('readiness decision', () => {
  it('is ready when every projection runs within the allowed lag', () => {
    expect(isReady([status({ lag: 5 }), status({ lag: 0 })], 5)).toBe(true);
  });
  it('is not ready when a running projection lags further than allowed', () => {
    expect(isReady([status({ lag: 6 })], 5)).toBe(false);
  });
  it('is not ready when a projection failed or stopped', () => {
    expect(isReady([status({ state: 'failed' })], 5)).toBe(false);
    expect(isReady([status({ state: 'stopped' })], 5)).toBe(false);
  });
  it('is not ready while a projection built from zero still builds its indexes (every query would scan)', () => {
    expect(isReady([status({ state: 'indexing', lag: 0 })], 5)).toBe(false);
  });
  it('stays ready while a new version rebuilds behind the old generation (blue-green)', () => {
    expect(isReady([status({ state: 'rebuilding', lag: 500, rebuild: { generation: 2, checkpoint: 100, lag: 400 } })], 5)).toBe(true);
  });
});
