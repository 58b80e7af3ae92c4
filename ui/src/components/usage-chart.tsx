import { tr, formatNumber } from '../i18n/lang.js';

export interface UsageCounts {
  readonly reviewsRequested: number;
  readonly reportsUsed: number;
  readonly commitmentsTaken: number;
  readonly breachesRecorded: number;
  readonly checksMade: number;
  readonly loanChecks: number;
}

export interface DepartmentUsage {
  readonly departmentId: string;
  readonly name: string;
  readonly total: UsageCounts;
}

export const METRICS: readonly (readonly [keyof UsageCounts, string, string])[] = [
  ['commitmentsTaken', '信用承诺', 'Commitments'],
  ['checksMade', '承诺核查', 'Checks'],
  ['reviewsRequested', '信用审查', 'Reviews'],
  ['reportsUsed', '报告使用', 'Reports used'],
  ['breachesRecorded', '失信记录', 'Breaches'],
  ['loanChecks', '贷款审查', 'Loan checks'],
];

const sum = (counts: UsageCounts): number => METRICS.reduce((total, [metric]) => total + counts[metric], 0);

/**
 * A25: each department's use of the credit products in the year, for the annual assessment: one
 * stacked bar per department, largest first, and the same numbers as a table for screen readers.
 */
export function UsageChart(props: { usage: readonly DepartmentUsage[]; year: string }) {
  const rows = [...props.usage].sort((a, b) => sum(b.total) - sum(a.total));
  const max = Math.max(1, ...rows.map((row) => sum(row.total)));
  return (
    <figure class="usage" data-testid="usage-chart">
      <figcaption>{tr(`${props.year} 年各部门信用产品使用情况（第二十五条）`, `Departments' use of credit products in ${props.year} (Article 25)`)}</figcaption>
      <p class="legend" aria-hidden="true">{METRICS.map(([metric, zh, en]) => <span key={metric} class={`swatch m-${metric}`}>{tr(zh, en)}</span>)}</p>
      <ul class="bars" aria-hidden="true">
        {rows.map((row) => (
          <li key={row.departmentId}>
            <span class="bar-label">{row.name}</span>
            <span class="stack">
              {METRICS.map(([metric]) => row.total[metric] > 0 && <span key={metric} class={`seg m-${metric}`} style={{ width: `${(row.total[metric] / max) * 100}%` }} title={`${row.total[metric]}`} />)}
            </span>
            <span class="bar-value">{formatNumber(sum(row.total))}</span>
          </li>
        ))}
      </ul>
      <details>
        <summary>{tr('数据表', 'Data table')}</summary>
        <div class="table-wrap">
          <table>
            <thead><tr><th scope="col">{tr('部门', 'Department')}</th>{METRICS.map(([metric, zh, en]) => <th key={metric} scope="col">{tr(zh, en)}</th>)}</tr></thead>
            <tbody>{rows.map((row) => <tr key={row.departmentId}><th scope="row">{row.name}</th>{METRICS.map(([metric]) => <td key={metric}>{row.total[metric]}</td>)}</tr>)}</tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
