import type { CreditReportRecord, ReviewRecord, Validity } from '../api/subject-types.js';
import { tr } from '../i18n/lang.js';

interface Bar {
  readonly id: string;
  readonly label: string;
  readonly kind: 'review-report' | 'credit-report';
  readonly validity: Validity;
}

const DAY_MS = 86_400_000;
const dayMs = (date: string): number => Date.parse(`${date}T00:00:00+08:00`);

/**
 * A14, A19: a review report and a credit report are valid for one year from issue. Each report is a
 * bar on one time axis, with a line at the instant shown; the text beside it says the same for readers
 * who do not see the bars.
 */
export function ValidityBars(props: { reviews: readonly ReviewRecord[]; creditReports: readonly CreditReportRecord[]; at: string }) {
  const bars: Bar[] = [
    ...props.reviews.filter((review) => review.report !== null).map((review) => ({ id: review.reviewId, kind: 'review-report' as const, label: `${tr('审查报告', 'Review report')} · ${review.matter}`, validity: review.report!.validity })),
    ...props.creditReports.map((report) => ({ id: report.reportId, kind: 'credit-report' as const, label: `${tr('信用报告', 'Credit report')}${report.rating ? ` · ${report.rating.grade}` : ''}`, validity: report.validity })),
  ];
  if (bars.length === 0) return <p class="hint">{tr('此时没有审查报告或信用报告。', 'No review or credit report at this instant.')}</p>;
  const atMs = Date.parse(props.at);
  const start = Math.min(...bars.map((bar) => dayMs(bar.validity.issuedOn)), atMs);
  const end = Math.max(...bars.map((bar) => dayMs(bar.validity.validThrough) + DAY_MS), atMs + DAY_MS);
  const pct = (ms: number) => `${(((ms - start) / (end - start)) * 100).toFixed(2)}%`;
  const span = (from: number, to: number) => `${(((to - from) / (end - start)) * 100).toFixed(2)}%`;
  return (
    <div class="validity" data-testid="validity-bars">
      <ul>
        {bars.map((bar) => {
          const valid = dayMs(bar.validity.issuedOn) <= atMs && atMs <= Date.parse(bar.validity.expiresAt);
          return (
            <li key={bar.id} class={`bar-row ${bar.kind}`}>
              <span class="bar-label">{bar.label}</span>
              <span class="track" aria-hidden="true">
                <span class={`bar ${valid ? 'valid' : 'expired'}`} style={{ left: pct(dayMs(bar.validity.issuedOn)), width: span(dayMs(bar.validity.issuedOn), dayMs(bar.validity.validThrough) + DAY_MS) }} />
                <span class="now-line" style={{ left: pct(atMs) }} />
              </span>
              <span class="bar-text">
                {bar.validity.issuedOn} – {bar.validity.validThrough} · <strong>{valid ? tr('有效', 'valid') : tr('不在有效期内', 'not valid')}</strong>
              </span>
            </li>
          );
        })}
      </ul>
      <p class="hint">{tr('竖线为所显示的时刻。报告自出具之日起一年内有效（第十四条、第十九条）。', 'The vertical line is the instant shown. A report is valid for one year from issue (Articles 14 and 19).')}</p>
    </div>
  );
}
