import { describe, it, expect } from '@jest/globals';
import { SUBJECT_EVENT_CATALOGUE } from '../../../domain/subject/events.js';
import { DOMAIN_EVENT_CATALOGUES } from '../../../src/event-store/domain-event-schemas.js';
import { articlesOf, withArticles } from '../../../src/use-case-support/event-articles.js';

const ARTICLE = /^A([1-9]|[12]\d|3[01])$/; // A1–A31

describe('the articles each event type serves, read from the event catalogues (docs/events.md)', () => {
  const specs = Object.values(DOMAIN_EVENT_CATALOGUES).flat();

  it('every event type in every catalogue names at least one article or source, and articlesOf gives exactly the catalogue\'s list', () => {
    for (const spec of specs) {
      expect({ type: spec.type, hasArticles: spec.articles.length > 0 }).toEqual({ type: spec.type, hasArticles: true });
      expect(articlesOf(spec.type)).toEqual(spec.articles);
    }
  });

  it('every subject event type serves at least one article of the measure (A1–A31) or the objection regulation (SH-SCR 36–38)', () => {
    for (const spec of SUBJECT_EVENT_CATALOGUE) {
      const cited = spec.articles.some((article) => ARTICLE.test(article) || article.includes('arts. 36–38'));
      expect({ type: spec.type, cited }).toEqual({ type: spec.type, cited: true });
    }
  });

  it('A9: a BreachRecorded entry carries A9 among its catalogue articles; a type no catalogue lists carries none', () => {
    expect(withArticles({ type: 'BreachRecorded', revision: 2 })).toEqual({ type: 'BreachRecorded', revision: 2, articles: expect.arrayContaining(['A9']) });
    expect(articlesOf('NoSuchEvent')).toEqual([]);
  });
});
