/**
 * The routes the HTTP group measures, with the token each needs (src/auth/policy.ts): the public
 * lists without one, the credit office for the oversight lists and statuses, a department for
 * its breaches. Paged lists are measured on their first page and on a deep page.
 */
import type { RequestSpec } from '../lib/http-load.js';

export interface Tokens {
  readonly office: string;
  readonly department: string;
  readonly departmentId: string;
}

export interface ListRoute {
  readonly name: string;
  readonly path: string;
  readonly token: keyof Pick<Tokens, 'office'> | null;
  /** Whether it pages with nextCursor (deep pages are measured too). */
  readonly paged: boolean;
  /** Page size for the deep walk (small registries need small pages to have depth). */
  readonly limit?: number;
}

export function listRoutes(year: string, departmentId: string): ListRoute[] {
  return [
    { name: '/disclosures', path: '/disclosures', token: null, paged: true },
    { name: '/reviews/overdue', path: '/reviews/overdue', token: 'office', paged: true },
    { name: '/reviews/due-soon', path: '/reviews/due-soon', token: 'office', paged: true },
    { name: '/reports/expiring', path: '/reports/expiring', token: 'office', paged: true },
    { name: '/objections/overdue', path: '/objections/overdue', token: 'office', paged: true },
    { name: '/agencies', path: '/agencies', token: null, paged: true, limit: 5 },
    { name: '/departments', path: '/departments', token: 'office', paged: false },
    { name: `/departments/{did}/usage?year=${year}`, path: `/departments/${departmentId}/usage?year=${year}`, token: 'office', paged: false },
  ];
}

export const bearer = (token: string | null): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});

/** A valid breach (A9) with distinct content for request `i`, decided the day before `today`. */
export function breachRequest(subjectId: string, i: number, decisionDate: string, token: string): RequestSpec {
  return {
    method: 'POST', path: `/subjects/${subjectId}/breaches`, headers: bearer(token),
    body: { breachClass: 'general', basisDocument: `昆市监罚〔${decisionDate.slice(0, 4)}〕B${i}号`, decisionDate, disclosureMonths: 6, summary: `压测：产品质量抽检不合格（${i}）` },
  };
}

/** A credit commitment (A6–A7): one event, so its time is the command path's own, without A14's fan-out. */
export function commitmentRequest(subjectId: string, i: number, token: string): RequestSpec {
  return {
    method: 'POST', path: `/subjects/${subjectId}/commitments`, headers: bearer(token),
    body: {
      kind: 'approval-replacing', matter: `压测：告知承诺（${i}）`, consentToPublication: true,
      pledges: { ownCreditStatus: true, truthfulMaterials: true, acceptsLiability: true, acceptsSupervision: true, compliesWithLaw: true },
    },
  };
}

export function withLimit(path: string, limit: number | undefined, cursor?: string): string {
  const params = [limit ? `limit=${limit}` : '', cursor ? `cursor=${encodeURIComponent(cursor)}` : ''].filter(Boolean).join('&');
  return params ? `${path}${path.includes('?') ? '&' : '?'}${params}` : path;
}
