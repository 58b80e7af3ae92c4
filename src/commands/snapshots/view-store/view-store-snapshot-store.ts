import type { JsonObject } from '../../../shared/json.js';
import type { ViewChange, ViewStore } from '../../../view-store/view-store.port.js';
import { withinBound, type Snapshot, type SnapshotBound, type SnapshotStore } from '../snapshot-store.port.js';

/** Collections of their own, beside the views (no projection owns or drops them). */
export const SNAPSHOT_HEADERS = 'state_snapshots';
export const SNAPSHOT_PARTS = 'state_snapshot_parts';

/** The snapshot without its key (the document id) and with its parts counted, not inlined. */
type Header = Omit<Snapshot, 'stream' | 'stateName' | 'parts'> & { readonly parts: number };

const headerId = (stream: string, stateName: string) => `${stateName}:${stream}`;
/** Parts are named by the revision they belong to, so a header never points at another save's parts. */
const partId = (stream: string, stateName: string, revision: number, part: number) => `${stateName}:${stream}:${revision}:${part}`;

/**
 * Snapshots for deployments whose views live in MongoDB (VIEW_STORE_ENGINE=mongodb), on the view
 * store port: a header document per stream and state name, and one document per part (a long
 * stream's state would pass MongoDB's 16 MB document limit in one). Each save is one commit:
 * one transaction on a replica set; without transactions, parts are written before the header
 * that names them, so a reader never finds a header whose parts are missing.
 */
export class ViewStoreSnapshotStore implements SnapshotStore {
  private ready: Promise<void> | null = null;

  constructor(private readonly views: ViewStore, private readonly ownsViews = false) {}

  private collections(): Promise<void> {
    this.ready ??= (async () => {
      await this.views.ensureCollection({ name: SNAPSHOT_HEADERS, indexes: [] });
      await this.views.ensureCollection({ name: SNAPSHOT_PARTS, indexes: [] });
    })().catch((error: unknown) => {
      this.ready = null;
      throw error;
    });
    return this.ready;
  }

  async save(snapshot: Snapshot): Promise<void> {
    await this.collections();
    const { stream, stateName, revision } = snapshot;
    const previous = (await this.views.get(SNAPSHOT_HEADERS, headerId(stream, stateName))) as Header | null;
    const written = new Set(snapshot.parts.map((_, part) => partId(stream, stateName, revision, part)));
    const stale: ViewChange[] = [];
    for (let part = 0; previous !== null && part < previous.parts; part += 1) {
      const id = partId(stream, stateName, previous.revision, part);
      if (!written.has(id)) stale.push({ collection: SNAPSHOT_PARTS, id, doc: null });
    }
    const header: Header & JsonObject = {
      stateVersion: snapshot.stateVersion, revision, position: snapshot.position, recordedAt: snapshot.recordedAt, recordedAtMs: snapshot.recordedAtMs,
      eventHash: snapshot.eventHash, parts: snapshot.parts.length,
    };
    await this.views.commit({
      changes: [
        ...snapshot.parts.map((body, part) => ({ collection: SNAPSHOT_PARTS, id: partId(stream, stateName, revision, part), doc: { body } })),
        { collection: SNAPSHOT_HEADERS, id: headerId(stream, stateName), doc: header },
        ...stale,
      ],
    });
  }

  async read(stream: string, stateName: string, stateVersion: number, bound?: SnapshotBound): Promise<Snapshot | null> {
    await this.collections();
    const header = (await this.views.get(SNAPSHOT_HEADERS, headerId(stream, stateName))) as Header | null;
    if (header === null || header.stateVersion !== stateVersion || !withinBound(header, bound)) return null;
    const ids = Array.from({ length: header.parts }, (_, part) => partId(stream, stateName, header.revision, part));
    const found = await this.views.getMany(SNAPSHOT_PARTS, ids);
    const parts = ids.map((id) => found.get(id)?.body);
    if (parts.some((body) => typeof body !== 'string')) return null;
    return {
      stream, stateName, stateVersion, revision: header.revision, position: header.position, recordedAt: header.recordedAt, recordedAtMs: header.recordedAtMs,
      eventHash: header.eventHash, parts: parts as string[],
    };
  }

  /** The view store is shared with the projections: closed by its owner unless this store opened it. */
  async close(): Promise<void> {
    if (this.ownsViews) await this.views.close();
  }
}
