import { claimsFor, signTestToken } from '../../support/actors.js';
import { apiGet } from './console-page.js';

interface DisclosureItem {
  readonly subject: { kind: string; uscc?: string | null };
}

/**
 * The demo discloses fewer breaches (17) than the public page shows at once (20), so it has no second
 * page. To walk the pager, a department records one more general breach (A9) for a few of the
 * organisations already disclosed, through the real API, until the list holds `atLeast` entries.
 */
export async function ensureDisclosures(baseUrl: string, today: string, atLeast: number): Promise<void> {
  const { items } = await apiGet<{ items: DisclosureItem[] }>(baseUrl, '/disclosures?limit=500');
  const organisations = [...new Set(items.map((item) => item.subject.uscc).filter((uscc): uscc is string => typeof uscc === 'string'))];
  const missing = atLeast - items.length;
  if (missing > organisations.length) throw new Error(`only ${organisations.length} organisations to add ${missing} disclosures to`);
  const token = signTestToken(claimsFor('department', 'ui-test', 'ks-housing'));
  for (let i = 0; i < missing; i++) {
    const response = await fetch(`${baseUrl}/subjects/${organisations[i]}/breaches`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ breachClass: 'general', basisDocument: `昆住建罚〔2026〕${900 + i}号`, decisionDate: today, disclosureMonths: 6, summary: '浏览器测试：分页所需的公示记录' }),
    });
    if (response.status !== 201) throw new Error(`recording a breach: ${response.status} ${await response.text()}`);
  }
  // The write side answers before the disclosure view has the event: wait until the list shows them all.
  for (let tries = 0; tries < 100; tries++) {
    if ((await apiGet<{ items: unknown[] }>(baseUrl, '/disclosures?limit=500')).items.length >= atLeast) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the disclosure list did not reach ${atLeast} entries`);
}
