import type { Document, IndexDescription } from 'mongodb';
import type { JsonObject } from '../../../shared/json.js';
import type { CollectionSpec } from '../../view-store.port.js';
import { declaredIndexes, indexNameSuffix } from '../../index-declarations.js';
import { checkCollectionName } from '../../query-checks.js';
import { ViewDocumentNotJson } from '../errors.js';

/**
 * How a view document is stored: `{ _id: <our id>, doc: <our document, unchanged> }`.
 * Nested rather than flattened so that a view field can never collide with `_id`, the document
 * reads back exactly as written, and every field path is queryable as `doc.<path>`.
 */
export interface StoredViewDocument extends Document {
  _id: string;
  doc: JsonObject;
}

/** Catalogue, checkpoints and metadata live beside the views, keyed by `_id`. */
export const CATALOGUE_COLLECTION = 'view_collections';
export const CHECKPOINT_COLLECTION = 'view_checkpoints';
export const META_COLLECTION = 'view_meta';

/** A view's MongoDB collection: prefixed, so a view can never be named like the catalogue. */
export function physicalName(collection: string): string {
  checkCollectionName(collection);
  return `v_${collection}`;
}

/** The Mongo path of one of our field paths: `id` is `_id`, anything else lives under `doc`. */
export function fieldPath(field: string): string {
  return field === 'id' ? '_id' : `doc.${field}`;
}

/**
 * One index per declaration, its fields in order then `_id` as tie-breaker (`['status', 'dueAt']`
 * → `{ 'doc.status': 1, 'doc.dueAt': 1, _id: 1 }`), so a filter on the leading fields sorted by the
 * next one, and its keyset cursor, walk one index range both ways.
 */
export function indexDescriptions(spec: CollectionSpec): IndexDescription[] {
  return declaredIndexes(spec.indexes).map((keys) => ({
    key: Object.fromEntries(keys.map((field) => [fieldPath(field), 1] as const)),
    name: `ix_${indexNameSuffix(keys)}`,
  }));
}

/**
 * Our document as stored. It goes through JSON first, exactly as the SQLite adapter stores it:
 * BSON would accept a BigInt or a Date that SQLite refuses or turns into text, and the two adapters
 * must keep the same documents.
 */
export function toStoredDocument(collection: string, id: string, doc: JsonObject): StoredViewDocument {
  let plain: unknown;
  try {
    plain = JSON.parse(JSON.stringify(doc));
  } catch (error) {
    throw new ViewDocumentNotJson(collection, id, error instanceof Error ? error.message : String(error));
  }
  if (plain === null || typeof plain !== 'object' || Array.isArray(plain)) throw new ViewDocumentNotJson(collection, id, 'not an object');
  return { _id: id, doc: plain as JsonObject };
}

export function fromStoredDocument(stored: Document): JsonObject {
  return stored.doc as JsonObject;
}
