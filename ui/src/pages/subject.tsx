import { useState } from 'preact/hooks';
import { get, seg } from '../api/client.js';
import { useDepartmentNames } from '../api/departments.js';
import { loadHistory } from '../api/history.js';
import type { ChainCheck, SubjectState } from '../api/subject-types.js';
import { useApi } from '../api/use-api.js';
import { Layout } from '../components/layout.js';
import { Link } from '../components/link.js';
import { ReviewWindow } from '../components/review-window.js';
import { StateSummary } from '../components/state-summary.js';
import { Show } from '../components/status.js';
import { Timeline } from '../components/timeline.js';
import { LedgerBadge } from '../components/ledger-badge.js';
import { ValidityBars } from '../components/validity-bars.js';
import { tr } from '../i18n/lang.js';
import { href, navigate, useLocation } from '../router.js';

/** `2026-03-06T09:30` (the picker, Beijing time) ⇄ `2026-03-06T09:30:00+08:00` (the API). */
const toAsOf = (local: string): string => `${local}:00+08:00`;
const toLocal = (asOf: string | null): string => (asOf ? asOf.slice(0, 16) : '');
const ASOF = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;

/** The auditor's page of one subject: its state at any instant, its report validity and review windows, every event. */
export function SubjectPage(props: { subjectId: string }) {
  const { query } = useLocation();
  const departments = useDepartmentNames();
  const asOfParam = query.get('asOf');
  const asOf = asOfParam !== null && ASOF.test(asOfParam) ? asOfParam : null;
  const path = `/subjects/${seg(props.subjectId)}`;
  const state = useApi(`${props.subjectId}@${asOf}`, (signal) => get<SubjectState>(`${path}/state`, { asOf, limit: 100 }, signal));
  const history = useApi(props.subjectId, (signal) => loadHistory(props.subjectId, 0, signal));
  const chain = useApi(`chain:${props.subjectId}`, (signal) => get<ChainCheck>(`${path}/verify`, {}, signal));
  const [picked, setPicked] = useState(toLocal(asOf));
  const registration = state.state === 'done' ? state.value.state?.registration ?? null : null;
  const title = registration?.name ?? (registration?.kind === 'person' ? tr('自然人主体', 'Natural person') : props.subjectId);
  return (
    <Layout title={title}>
      <p class="sub-title">
        <span>{tr('主体标识', 'Subject id')}: <code>{props.subjectId}</code></span>
        {registration?.legalRepresentative && <span> · {tr('法定代表人', 'Legal representative')}: {registration.legalRepresentative}</span>}
        <span> · {tr('事件链', 'Hash chain')}: </span>
        {chain.state === 'done' ? (
          <span class={`badge ${chain.value.ok ? 'ok' : 'late'}`} data-testid="chain">{chain.value.ok ? tr(`完整（${chain.value.checkedEvents} 个事件已校验）`, `intact (${chain.value.checkedEvents} events checked)`) : tr('校验失败', 'broken')}</span>
        ) : <span class="badge" title={chain.state === 'error' ? chain.error.code : undefined}>{chain.state === 'error' ? tr('无法校验', 'cannot be checked') : '…'}</span>}
        <span> · {tr('账本证明', 'Ledger proof')}: </span><LedgerBadge subjectId={props.subjectId} />
      </p>
      <form class="asof panel" onSubmit={(event) => { event.preventDefault(); navigate(href(`/subjects/${encodeURIComponent(props.subjectId)}`, { asOf: picked ? toAsOf(picked) : null })); }}>
        <label for="asof">{tr('查看某一时刻的状态（北京时间）', 'State as it stood at (Beijing time)')}</label>
        <input id="asof" type="datetime-local" value={picked} onInput={(event) => setPicked(event.currentTarget.value)} />
        <button type="submit">{tr('回溯', 'Show')}</button>
        {asOf && <Link href={href(`/subjects/${encodeURIComponent(props.subjectId)}`)}>{tr('回到最新', 'Back to latest')}</Link>}
      </form>
      <Show loaded={state}>
        {(answer) => (
          <>
            <StateSummary answer={answer} departmentName={departments.name} />
            {answer.state && (
              <>
                <section aria-labelledby="validity-title">
                  <h2 id="validity-title">{tr('报告有效期', 'Report validity')}</h2>
                  <ValidityBars reviews={answer.state.reviews.items.map((item) => item.record)} creditReports={answer.state.creditReports.items.map((item) => item.record)} at={asOf ?? new Date().toISOString()} />
                </section>
                {answer.state.reviews.items.length > 0 && (
                  <section aria-labelledby="windows-title">
                    <h2 id="windows-title">{tr('信用审查办理时限（5 个工作日）', 'Review windows (5 working days)')}</h2>
                    <p class="legend" aria-hidden="true"><span class="day working">{tr('工作日', 'working')}</span><span class="day weekend">{tr('周末', 'weekend')}</span><span class="day holiday">{tr('节假日', 'holiday')}</span><span class="day adjusted-working">{tr('调休上班', 'adjusted')}</span></p>
                    {answer.state.reviews.items.slice(-6).reverse().map((item) => <ReviewWindow key={item.id} review={item.record} />)}
                  </section>
                )}
              </>
            )}
          </>
        )}
      </Show>
      <Show loaded={history}>
        {(loaded) => (
          <>
            <Timeline entries={loaded.entries} asOf={asOf} departmentName={departments.name} />
            {loaded.nextRevision !== null && <p class="hint">{tr(`仅显示前 ${loaded.entries.length} 个事件。`, `Only the first ${loaded.entries.length} events are shown.`)}</p>}
          </>
        )}
      </Show>
    </Layout>
  );
}
