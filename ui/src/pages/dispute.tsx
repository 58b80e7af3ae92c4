import { get, seg } from '../api/client.js';
import { useDepartmentNames } from '../api/departments.js';
import type { Actor } from '../api/subject-types.js';
import { useApi } from '../api/use-api.js';
import { Layout } from '../components/layout.js';
import { Link } from '../components/link.js';
import { Show } from '../components/status.js';
import { articleLabel } from '../i18n/articles.js';
import { formatInstant, tr } from '../i18n/lang.js';
import { actorLabel, breachClassLabel, eventFamily, eventLabel, outcomeLabel } from '../i18n/labels.js';
import { href } from '../router.js';

interface CaseEvent {
  readonly type: string;
  readonly revision: number;
  readonly recordedAt: string;
  readonly actor: Actor;
  readonly summary: Record<string, unknown>;
  readonly articles?: readonly string[];
}

/** SH-SCR 36–38: forward (2 working days), the center's decision, the department's decision (5 each). */
interface Step {
  readonly step: string;
  readonly status: 'met' | 'running' | 'waiting' | 'not-needed';
  readonly dueAt: string | null;
  readonly workingDaysAllowed: number;
  /** While running: 0 on the due day, negative = working days overdue; else null. */
  readonly workingDaysLeft: number | null;
  readonly metAt: string | null;
  readonly late: boolean | null;
}

interface PublicEntry {
  readonly breachClass: string;
  readonly departmentId: string;
  readonly basisDocument: string;
  readonly decisionDate: string;
  readonly disclosedThrough: string;
  readonly underObjection: boolean;
}

interface CaseFile {
  readonly objectionId: string;
  readonly subjectId: string;
  readonly target: { kind: string; id: string };
  readonly filedAt: string;
  readonly reason?: string;
  readonly forwardedTo: string | null;
  readonly outcome: string | null;
  readonly decidedAt: string | null;
  readonly late: boolean | null;
  readonly asOf: string;
  readonly deadlineSteps: readonly Step[];
  readonly dueNext: { step: string; dueAt: string; workingDaysLeft: number } | null;
  readonly disclosure: { beforeDecision: PublicEntry | null; afterDecision: PublicEntry | null; onDate: string } | null;
  readonly events: readonly CaseEvent[];
  readonly record: { kind: string; recordId: string; events: readonly CaseEvent[] } | null;
}

function stepLabel(step: string): string {
  const labels: Record<string, [string, string]> = {
    forward: ['转交认定部门', 'Forward to the deciding department'], 'center-decision': ['信用信息中心处理决定', 'The center\'s decision'], 'department-decision': ['认定部门处理决定', 'The department\'s decision'],
  };
  const known = labels[step];
  return known ? tr(...known) : step;
}

/** Overdue is read from the instant (a day off right after the due day still has 0 working days left, yet is late). */
function daysLeftText(days: number | null, dueAt: string | null, asOf: string): string {
  if (days === null) return '—';
  if (days < 0) return tr(`已逾期 ${-days} 个工作日`, `${-days} working days overdue`);
  if (dueAt !== null && Date.parse(asOf) > Date.parse(dueAt)) return tr('已逾期', 'overdue');
  if (days === 0) return tr('今日到期', 'due today');
  return tr(`剩余 ${days} 个工作日`, `${days} working days left`);
}

function stepStatus(step: Step, asOf: string) {
  if (step.status === 'met') return step.late ? <span class="badge late">{tr('逾期完成', 'done late')}</span> : <span class="badge ok">{tr('按期完成', 'done on time')}</span>;
  if (step.status === 'waiting') return <span class="badge">{tr('尚未开始', 'not started')}</span>;
  if (step.status === 'not-needed') return <span class="badge">{tr('无需办理', 'not needed')}</span>;
  return <span class={`badge ${step.late ? 'late' : 'open'}`}>{daysLeftText(step.workingDaysLeft, step.dueAt, asOf)}</span>;
}

/** SH-SCR arts. 36–38: an investigator's case file of one objection, on one page. */
export function DisputePage(props: { objectionId: string }) {
  const departments = useDepartmentNames();
  const file = useApi(props.objectionId, (signal) => get<CaseFile>(`/disputes/${seg(props.objectionId)}`, {}, signal));
  return (
    <Layout title={tr('异议案卷', 'Dispute case file')}>
      <Show loaded={file}>
        {(c) => (
          <>
            <p class="sub-title">
              {tr('主体', 'Subject')}: <Link href={href(`/subjects/${encodeURIComponent(c.subjectId)}`)}>{c.subjectId}</Link>
              {' · '}{tr('提出于', 'filed')} {formatInstant(c.filedAt)}
              {' · '}<span class={`badge ${c.outcome ? 'ok' : 'open'}`} data-testid="outcome">{outcomeLabel(c.outcome)}</span>
              {c.late && <span class="badge late">{tr('逾期处理', 'decided late')}</span>}
            </p>
            <DisputedRecord file={c} departmentName={departments.name} />
            <section aria-labelledby="deadlines-title">
              <h2 id="deadlines-title">{tr('办理时限（工作日）', 'Deadlines (working days)')}</h2>
              {c.dueNext && <p class="due-next" data-testid="due-next">{tr('下一步', 'Next')}: <strong>{stepLabel(c.dueNext.step)}</strong> · {formatInstant(c.dueNext.dueAt)} · <strong>{daysLeftText(c.dueNext.workingDaysLeft, c.dueNext.dueAt, c.asOf)}</strong></p>}
              <div class="table-wrap">
                <table data-testid="deadlines">
                  <thead><tr><th scope="col">{tr('环节', 'Step')}</th><th scope="col">{tr('期限', 'Due')}</th><th scope="col">{tr('时限', 'Allowed')}</th><th scope="col">{tr('完成', 'Done')}</th><th scope="col">{tr('状态', 'Status')}</th></tr></thead>
                  <tbody>
                    {c.deadlineSteps.map((step) => (
                      <tr key={step.step} data-step={step.step} data-status={step.status}>
                        <th scope="row">{stepLabel(step.step)}</th>
                        <td data-testid="step-due">{formatInstant(step.dueAt)}</td>
                        <td>{tr(`${step.workingDaysAllowed} 个工作日`, `${step.workingDaysAllowed} working days`)}</td>
                        <td>{formatInstant(step.metAt)}</td>
                        <td data-testid="step-status">{stepStatus(step, c.asOf)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
            {c.disclosure && (
              <section aria-labelledby="disclosure-title">
                <h2 id="disclosure-title">{tr('公示情况（决定前后）', 'Public disclosure before and after the decision')}</h2>
                <div class="compare">
                  <DisclosureCard title={tr(`决定前${c.outcome === null ? `（${c.disclosure.onDate}）` : ''}`, c.outcome === null ? `Now (${c.disclosure.onDate})` : 'Before the decision')} entry={c.disclosure.beforeDecision} departmentName={departments.name} testid="disclosure-before" />
                  <DisclosureCard title={tr('决定后', 'After the decision')} entry={c.disclosure.afterDecision} departmentName={departments.name} testid="disclosure-after" pending={c.outcome === null} />
                </div>
              </section>
            )}
            <section aria-labelledby="events-title">
              <h2 id="events-title">{tr('相关事件', 'Related events')}</h2>
              <ol class="timeline">
                {[...(c.record?.events ?? []), ...c.events].filter((event, i, all) => all.findIndex((other) => other.revision === event.revision) === i).sort((a, b) => a.revision - b.revision).map((event) => (
                  <li key={event.revision} class={`event family-${eventFamily(event.type)}`} data-type={event.type}>
                    <div class="when"><time dateTime={event.recordedAt}>{formatInstant(event.recordedAt)}</time><span class="rev">#{event.revision}</span></div>
                    <div class="what">
                      <strong>{eventLabel(event.type)}</strong>
                      {event.articles && event.articles.length > 0 && <span class="articles" data-articles={event.articles.join(' ')}>{event.articles.map(articleLabel).join(' ')}</span>}
                      <p class="headline">{text(event.summary, 'reason') ?? text(event.summary, 'reasons') ?? text(event.summary, 'summary') ?? ''}</p>
                      <p class="who">{tr('记录人', 'By')}: {actorLabel(event.actor, departments.name)}</p>
                    </div>
                  </li>
                ))}
              </ol>
            </section>
          </>
        )}
      </Show>
    </Layout>
  );
}

function DisclosureCard(props: { title: string; entry: PublicEntry | null; departmentName: (id: string) => string; testid: string; pending?: boolean }) {
  const { entry } = props;
  return (
    <div class="card" data-testid={props.testid}>
      <h3>{props.title}</h3>
      {props.pending ? <p>{tr('尚未作出决定。', 'Not decided yet.')}</p> : entry === null ? <p>{tr('不予公示', 'Not disclosed')}</p> : (
        <dl>
          <dt>{tr('类别', 'Class')}</dt><dd>{breachClassLabel(entry.breachClass)}</dd>
          <dt>{tr('部门', 'Department')}</dt><dd>{props.departmentName(entry.departmentId)}</dd>
          <dt>{tr('决定文书', 'Decision')}</dt><dd>{entry.basisDocument} · {entry.decisionDate}</dd>
          <dt>{tr('公示截止', 'Disclosed through')}</dt><dd data-testid={`${props.testid}-through`}>{entry.disclosedThrough}</dd>
          <dt>{tr('异议标注', 'Objection mark')}</dt><dd>{entry.underObjection ? tr('异议处理中', 'under objection') : tr('无', 'none')}</dd>
        </dl>
      )}
    </div>
  );
}

const text = (data: Record<string, unknown> | undefined, field: string): string | null => {
  const value = data?.[field];
  return typeof value === 'string' && value !== '' ? value : null;
};

/** What is disputed (the record as it was made), the grounds, and the decision with its reasons. */
function DisputedRecord(props: { file: CaseFile; departmentName: (id: string | null) => string }) {
  const made = props.file.record?.events[0]?.summary;
  const filed = props.file.events.find((event) => event.type === 'ObjectionFiled')?.summary;
  const decided = props.file.events.find((event) => event.type === 'ObjectionDecided')?.summary;
  return (
    <section aria-labelledby="record-title" class="panel" data-testid="disputed-record">
      <h2 id="record-title">{tr('被异议的记录', 'The disputed record')}</h2>
      {made ? (
        <dl class="facts">
          {text(made, 'breachClass') && <><dt>{tr('类别', 'Class')}</dt><dd>{breachClassLabel(text(made, 'breachClass')!)}</dd></>}
          {text(made, 'departmentId') && <><dt>{tr('认定部门', 'Department')}</dt><dd>{props.departmentName(text(made, 'departmentId'))}</dd></>}
          {text(made, 'basisDocument') && <><dt>{tr('决定文书', 'Decision')}</dt><dd>{text(made, 'basisDocument')} · {text(made, 'decisionDate')}</dd></>}
          {text(made, 'summary') && <><dt>{tr('事由', 'Summary')}</dt><dd>{text(made, 'summary')}</dd></>}
          {text(made, 'disclosedThrough') && <><dt>{tr('原定公示截止', 'Disclosed through (as recorded)')}</dt><dd>{text(made, 'disclosedThrough')}</dd></>}
        </dl>
      ) : <p>{targetKindLabel(props.file.target.kind)} · <code>{props.file.target.id}</code></p>}
      {filed && text(filed, 'reason') && <p><strong>{tr('异议理由', 'Grounds')}:</strong> {text(filed, 'reason')}</p>}
      {decided && <p><strong>{tr('处理结果', 'Decision')}:</strong> {outcomeLabel(text(decided, 'outcome'))}{text(decided, 'reasons') ? ` — ${text(decided, 'reasons')}` : ''}</p>}
    </section>
  );
}

function targetKindLabel(kind: string): string {
  const labels: Record<string, [string, string]> = { breach: ['失信记录', 'breach'], 'commitment-check': ['承诺核查', 'commitment check'], 'review-report': ['审查报告', 'review report'], 'credit-report': ['信用报告', 'credit report'] };
  const known = labels[kind];
  return known ? tr(...known) : kind;
}
