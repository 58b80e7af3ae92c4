import type { ComponentChildren } from 'preact';
import { get, seg } from '../api/client.js';
import { useDepartmentNames } from '../api/departments.js';
import { useApi } from '../api/use-api.js';
import { Layout } from '../components/layout.js';
import { Link } from '../components/link.js';
import { Show } from '../components/status.js';
import { UsageChart, type DepartmentUsage, type UsageCounts } from '../components/usage-chart.js';
import { formatInstant, tr } from '../i18n/lang.js';
import { standingLabel } from '../i18n/labels.js';
import { href } from '../router.js';

interface List<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
  /** Each item's subject: an organisation's name; persons unnamed (A28). */
  readonly subjects?: Readonly<Record<string, { kind: string | null; name: string | null }>>;
}

interface ReviewItem { readonly subjectId: string; readonly reviewId: string; readonly matter: string; readonly forDepartmentId: string; readonly receivedAt: string; readonly dueAt: string }
interface ObjectionItem { readonly objectionId: string; readonly subjectId: string; readonly stage: string; readonly filedAt: string; readonly dueAt: string; readonly forwardedTo: string | null }
interface ReportItem { readonly id: string; readonly subjectId: string; readonly kind: string; readonly validThrough: string; readonly rating: { grade: string } | null }
interface AgencyItem { readonly agencyId: string; readonly name: string; readonly standing: { status: string }; readonly breaches: readonly unknown[] }

const LIMIT = 20;
/** The subject by name (an organisation) or as a person, linked to its page; the id beneath for the record. */
function subjectLink(subjectId: string, subjects: List<unknown>['subjects']) {
  const label = subjects?.[subjectId];
  const name = label?.name ?? (label?.kind === 'person' ? tr('自然人', 'Natural person') : subjectId);
  return <><Link href={href(`/subjects/${encodeURIComponent(subjectId)}`)}>{name}</Link>{name !== subjectId && <span class="sub"><code>{subjectId}</code></span>}</>;
}

/** The credit office's oversight: what is late or due, reports about to lapse, agencies, and the year's usage (A11, A14, A19, A25, A26). */
export function DashboardPage() {
  const departments = useDepartmentNames();
  const year = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4);
  const overdue = useApi('overdue', (signal) => get<List<ReviewItem>>('/reviews/overdue', { limit: LIMIT }, signal));
  const dueSoon = useApi('due-soon', (signal) => get<List<ReviewItem>>('/reviews/due-soon', { limit: LIMIT }, signal));
  const objections = useApi('objections', (signal) => get<List<ObjectionItem>>('/objections/overdue', { limit: LIMIT }, signal));
  const expiring = useApi('expiring', (signal) => get<List<ReportItem>>('/reports/expiring', { days: 30, limit: LIMIT }, signal));
  const agencies = useApi('agencies', (signal) => get<List<AgencyItem>>('/agencies', { limit: 100 }, signal));
  const ids = departments.all.map((item) => item.departmentId).join(',');
  const usage = useApi(ids === '' ? null : `usage:${year}:${ids}`, (signal) =>
    Promise.all(departments.all.filter((item) => item.successorId === null).map(async (item): Promise<Omit<DepartmentUsage, 'name'>> => {
      const answer = await get<{ total: UsageCounts }>(`/departments/${seg(item.departmentId)}/usage`, { year }, signal);
      return { departmentId: item.departmentId, total: answer.total };
    })));
  const reviewRows = (list: List<ReviewItem>) => list.items.map((item) => (
    <tr key={item.reviewId}><td>{subjectLink(item.subjectId, list.subjects)}</td><td>{item.matter}</td><td>{departments.name(item.forDepartmentId)}</td><td>{formatInstant(item.receivedAt)}</td><td>{formatInstant(item.dueAt)}</td></tr>
  ));
  const reviewHead = <tr><th scope="col">{tr('主体', 'Subject')}</th><th scope="col">{tr('事项', 'Matter')}</th><th scope="col">{tr('部门', 'Department')}</th><th scope="col">{tr('收到', 'Received')}</th><th scope="col">{tr('期限', 'Due')}</th></tr>;
  return (
    <Layout title={tr('监督看板', 'Oversight dashboard')}>
      <div class="grid">
        <Panel title={tr('逾期未办结的信用审查（第十一条）', 'Overdue reviews (Article 11)')} testid="overdue-reviews">
          <Show loaded={overdue}>{(list) => <ListTable empty={list.items.length === 0} head={reviewHead}>{reviewRows(list)}</ListTable>}</Show>
        </Panel>
        <Panel title={tr('两个工作日内到期的审查', 'Reviews due within two working days')} testid="due-soon">
          <Show loaded={dueSoon}>{(list) => <ListTable empty={list.items.length === 0} head={reviewHead}>{reviewRows(list)}</ListTable>}</Show>
        </Panel>
        <Panel title={tr('逾期未处理的异议', 'Overdue objections')} testid="overdue-objections">
          <Show loaded={objections}>{(list) => (
            <ListTable empty={list.items.length === 0} head={<tr><th scope="col">{tr('案卷', 'Case')}</th><th scope="col">{tr('主体', 'Subject')}</th><th scope="col">{tr('提出', 'Filed')}</th><th scope="col">{tr('期限', 'Due')}</th></tr>}>
              {list.items.map((item) => (
                <tr key={item.objectionId}><td><Link href={href(`/disputes/${encodeURIComponent(item.objectionId)}`)}>{tr('打开案卷', 'Open case')}</Link></td><td>{subjectLink(item.subjectId, list.subjects)}</td><td>{formatInstant(item.filedAt)}</td><td>{formatInstant(item.dueAt)}</td></tr>
              ))}
            </ListTable>
          )}</Show>
        </Panel>
        <Panel title={tr('30 日内到期的报告（第十四条、第十九条）', 'Reports expiring within 30 days (Articles 14, 19)')} testid="expiring">
          <Show loaded={expiring}>{(list) => (
            <ListTable empty={list.items.length === 0} head={<tr><th scope="col">{tr('主体', 'Subject')}</th><th scope="col">{tr('报告', 'Report')}</th><th scope="col">{tr('有效期至', 'Valid through')}</th></tr>}>
              {list.items.map((item) => <tr key={item.id}><td>{subjectLink(item.subjectId, list.subjects)}</td><td>{item.kind === 'credit-report' ? tr('信用报告', 'Credit report') : tr('审查报告', 'Review report')}{item.rating ? ` · ${item.rating.grade}` : ''}</td><td>{item.validThrough}</td></tr>)}
            </ListTable>
          )}</Show>
        </Panel>
        <Panel title={tr('信用服务机构（第二十条、第二十六条）', 'Credit agencies (Articles 20, 26)')} testid="agencies">
          <Show loaded={agencies}>{(list) => (
            <ListTable empty={list.items.length === 0} head={<tr><th scope="col">{tr('机构', 'Agency')}</th><th scope="col">{tr('状态', 'Standing')}</th><th scope="col">{tr('失信记录', 'Breaches')}</th></tr>}>
              {list.items.map((item) => <tr key={item.agencyId}><td>{item.name}</td><td><span class={`badge standing-${item.standing.status}`}>{standingLabel(item.standing.status)}</span></td><td>{item.breaches.length}</td></tr>)}
            </ListTable>
          )}</Show>
        </Panel>
      </div>
      <Panel title={tr('部门年度使用情况', 'Department usage this year')} testid="usage">
        {ids === '' ? null : <Show loaded={usage}>{(rows) => <UsageChart usage={rows.map((row) => ({ ...row, name: departments.name(row.departmentId) }))} year={year} />}</Show>}
      </Panel>
    </Layout>
  );
}

function Panel(props: { title: string; testid: string; children: ComponentChildren }) {
  const id = `panel-${props.testid}`;
  return (
    <section class="panel" aria-labelledby={id} data-testid={props.testid}>
      <h2 id={id}>{props.title}</h2>
      {props.children}
    </section>
  );
}

function ListTable(props: { empty: boolean; head: ComponentChildren; children: ComponentChildren }) {
  if (props.empty) return <p class="hint">{tr('无。', 'None.')}</p>;
  return <div class="table-wrap"><table><thead>{props.head}</thead><tbody>{props.children}</tbody></table></div>;
}
