import { get, seg } from './client.js';
import type { HistoryEntry, HistoryPage } from './subject-types.js';

/** At most this many events are loaded at once; a longer stream offers the rest on request. */
export const HISTORY_CAP = 5000;

/** The subject's events from `fromRevision`, page after page (1,000 a page), up to the cap. */
export async function loadHistory(subjectId: string, fromRevision: number, signal: AbortSignal): Promise<{ entries: HistoryEntry[]; nextRevision: number | null }> {
  const entries: HistoryEntry[] = [];
  let next: number | null = fromRevision;
  while (next !== null && entries.length < HISTORY_CAP) {
    const page: HistoryPage = await get<HistoryPage>(`/subjects/${seg(subjectId)}/history`, { fromRevision: next, limit: 1000 }, signal);
    entries.push(...page.items);
    next = page.nextRevision;
  }
  return { entries, nextRevision: next };
}
