import { describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderEventCatalogue } from '../../../src/docs/event-catalogue-doc.js';
import { DOMAIN_EVENT_CATALOGUES } from '../../../src/event-store/domain-event-schemas.js';
import { REPO_ROOT } from '../../support/child-process.js';

describe('docs/events.md (the auditors\' event catalogue)', () => {
  it('is up to date with the code (regenerate with `npm run docs:events`)', () => {
    const checkedIn = readFileSync(join(REPO_ROOT, 'docs', 'events.md'), 'utf8');
    expect(checkedIn).toBe(renderEventCatalogue());
  });

  it('names at least one article for every event type, and no type twice', () => {
    const specs = Object.values(DOMAIN_EVENT_CATALOGUES).flat();
    expect(new Set(specs.map((s) => s.type)).size).toBe(specs.length);
    for (const spec of specs) expect(spec.articles.length).toBeGreaterThan(0);
  });
});
