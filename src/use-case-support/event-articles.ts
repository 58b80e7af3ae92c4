import { DOMAIN_EVENT_CATALOGUES } from '../event-store/domain-event-schemas.js';

/**
 * The articles of the measure (and other sources) each event type serves, read from the event
 * catalogues in `domain/<aggregate>/events` — the same entries `docs/events.md` is generated from,
 * so the API and the document never disagree.
 */
const ARTICLES_BY_TYPE: ReadonlyMap<string, readonly string[]> = new Map(
  Object.values(DOMAIN_EVENT_CATALOGUES).flatMap((catalogue) => catalogue.map((spec) => [spec.type, spec.articles] as const)),
);

/** The catalogue's articles for an event type; none for a type no catalogue lists (the store serves none such). */
export function articlesOf(type: string): readonly string[] {
  return ARTICLES_BY_TYPE.get(type) ?? [];
}

/** An event entry (history, case file) with the articles of its type beside it. */
export function withArticles<T extends { readonly type: string }>(entry: T): T & { readonly articles: readonly string[] } {
  return { ...entry, articles: articlesOf(entry.type) };
}
