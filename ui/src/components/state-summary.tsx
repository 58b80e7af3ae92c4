import type { SubjectState } from '../api/subject-types.js';
import { SECTIONS } from '../api/subject-types.js';
import { formatInstant, tr } from '../i18n/lang.js';
import { breachClassLabel } from '../i18n/labels.js';

const SECTION_LABELS: Readonly<Record<(typeof SECTIONS)[number], readonly [string, string]>> = {
  commitments: ['信用承诺', 'Commitments'], breaches: ['失信记录', 'Breaches'], reviews: ['信用审查', 'Reviews'], creditReports: ['信用报告', 'Credit reports'],
  reportUses: ['报告使用', 'Report uses'], loanChecks: ['贷款审查', 'Loan checks'], objections: ['异议', 'Objections'], annotations: ['标注', 'Annotations'], repairs: ['信用修复', 'Repairs'],
};

/** The subject as it stood at the instant shown (the as-of API): how many records of each kind, and its breaches. */
export function StateSummary(props: { answer: SubjectState; departmentName: (id: string) => string }) {
  const { answer } = props;
  const state = answer.state;
  if (state === null) return <p data-testid="state-empty">{tr('此时该主体尚未登记。', 'The subject was not registered yet at this instant.')}</p>;
  return (
    <section aria-labelledby="state-title" data-testid="state">
      <h2 id="state-title">{answer.asOf ? tr(`截至 ${formatInstant(answer.asOf)} 的状态`, `State as of ${formatInstant(answer.asOf)}`) : tr('当前状态', 'Current state')}</h2>
      <p class="hint">{tr('版本', 'Revision')} <span data-testid="state-revision">{answer.revision}</span> · {tr('最后记录于', 'last event recorded')} {formatInstant(answer.recordedAt)}</p>
      <dl class="counts">
        {SECTIONS.map((section) => {
          const value = state[section] as { count: number } | undefined;
          return (
            <div key={section}>
              <dt>{tr(...SECTION_LABELS[section])}</dt>
              <dd data-testid={`count-${section}`}>{value?.count ?? 0}</dd>
            </div>
          );
        })}
      </dl>
      {state.breaches.items.length > 0 && (
        <div class="table-wrap">
          <table>
            <caption>{tr('失信记录', 'Breaches')}</caption>
            <thead><tr><th scope="col">{tr('类别', 'Class')}</th><th scope="col">{tr('部门', 'Department')}</th><th scope="col">{tr('决定文书', 'Decision')}</th><th scope="col">{tr('公示截止', 'Disclosed through')}</th><th scope="col">{tr('事由', 'Summary')}</th></tr></thead>
            <tbody>
              {state.breaches.items.map(({ id, record }) => (
                <tr key={id}>
                  <td><span class={`badge class-${record.breachClass}`}>{breachClassLabel(record.breachClass)}</span>{record.repairedAt && <span class="badge ok">{tr('已修复', 'repaired')}</span>}</td>
                  <td>{props.departmentName(record.departmentId)}</td>
                  <td>{record.basisDocument} · {record.decisionDate}</td>
                  <td>{record.disclosedThrough}</td>
                  <td>{record.summary}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
