import { claimsFor, signTestToken } from '../../support/actors.js';
import { apiGet } from './console-page.js';

/** The test's own credit-office token, to find the demo's cases (an auditor may not list a subject's objections); the pages use their own. */
const OFFICE_TOKEN = signTestToken(claimsFor('credit-office', 'ui-test-finder'));

export interface ObjectionSummary {
  readonly objectionId: string;
  readonly outcome: string | null;
  readonly filedAt: string;
}

export interface HistoryItem {
  readonly revision: number;
  readonly type: string;
  readonly when: string;
  readonly articles?: readonly string[];
}

/** Every objection of the organisations on the public list, found through the API (the demo's showcase cases are among them). */
export async function objectionsOfDisclosed(baseUrl: string): Promise<(ObjectionSummary & { subjectId: string })[]> {
  const { items } = await apiGet<{ items: { subject: { uscc?: string | null } }[] }>(baseUrl, '/disclosures?limit=500');
  const subjects = [...new Set(items.map((item) => item.subject.uscc).filter((uscc): uscc is string => typeof uscc === 'string'))];
  const found: (ObjectionSummary & { subjectId: string })[] = [];
  for (const subjectId of subjects) {
    const answer = await apiGet<{ items: ObjectionSummary[] }>(baseUrl, `/subjects/${subjectId}/objections`, OFFICE_TOKEN);
    found.push(...answer.items.map((item) => ({ ...item, subjectId })));
  }
  return found;
}

/** The demo's corrected objection (a showcase: breach, objection, forwarding, decision, correction), found through the API. */
export async function correctedObjection(baseUrl: string): Promise<ObjectionSummary & { subjectId: string }> {
  const found = (await objectionsOfDisclosed(baseUrl)).find((objection) => objection.outcome === 'corrected');
  if (!found) throw new Error('the demo has no corrected objection among the disclosed organisations');
  return found;
}

/** The subject's whole history (the demo's streams are short: one page). */
export async function historyOf(baseUrl: string, subjectId: string, token: string): Promise<HistoryItem[]> {
  return (await apiGet<{ items: HistoryItem[] }>(baseUrl, `/subjects/${subjectId}/history?limit=1000`, token)).items;
}

/** `2026-07-24T16:00` in Beijing time, what a datetime-local picker holds, for an instant. */
export function beijingMinute(instant: string): string {
  return new Date(Date.parse(instant) + 8 * 3_600_000).toISOString().slice(0, 16);
}
