import { get } from '../api/client.js';
import type { ReviewRecord } from '../api/subject-types.js';
import { useApi } from '../api/use-api.js';
import { tr } from '../i18n/lang.js';
import { dayKindLabel } from '../i18n/labels.js';

interface Day {
  readonly date: string;
  readonly working: boolean;
  readonly kind: string;
  readonly provisional: boolean;
}

const shanghaiDate = (instant: string): string => new Date(Date.parse(instant) + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * A11: the center answers within 5 working days; the day of receipt is not counted, weekends and
 * public holidays are not working days, adjusted weekend working days are. One row of days from
 * receipt to the deadline (or to the report, if later), shaded by the service's own calendar.
 */
export function ReviewWindow(props: { review: ReviewRecord }) {
  const { review } = props;
  const from = shanghaiDate(review.receivedAt);
  const issued = review.report ? shanghaiDate(review.report.issuedAt) : null;
  // An open review runs to today when today is past its deadline, so how late it is shows too.
  const today = shanghaiDate(new Date().toISOString());
  const end = issued ?? (today > review.dueDate ? today : review.dueDate);
  const latest = end > review.dueDate ? end : review.dueDate;
  // At most 60 days drawn: a window long past stays readable (its figure says the rest).
  const cap = shanghaiDate(new Date(Date.parse(`${from}T12:00:00+08:00`) + 60 * 86_400_000).toISOString());
  const to = latest > cap ? cap : latest;
  const days = useApi(`${from}/${to}`, (signal) => get<{ days: Day[] }>('/calendar/days', { from, to }, signal));
  let counted = 0;
  return (
    <figure class="review-window" data-testid="review-window" data-review={review.reviewId}>
      <figcaption>
        <strong>{review.matter}</strong> · {tr('收到', 'received')} {from} · {tr('期限', 'due')} {review.dueDate}
        {review.report ? <> · {tr('出具', 'answered')} {issued} {review.report.late ? <span class="badge late">{tr('逾期', 'late')}</span> : <span class="badge ok">{tr('按期', 'on time')}</span>}</> : <> · <span class="badge open">{tr('办理中', 'open')}</span></>}
        {review.provisional && <span class="badge">{tr('期限暂定（当年放假安排未发布）', 'provisional (holiday notice not yet published)')}</span>}
      </figcaption>
      {days.state === 'error' && <p class="error" role="alert">{tr('无法读取工作日历', 'The working-day calendar could not be read')}: {tr(days.error.messageZh, days.error.message)}</p>}
      {days.state === 'done' && (
        <ol class="days">
          {days.value.days.map((day) => {
            const receipt = day.date === from;
            if (!receipt && day.working) counted += 1;
            const marks = [receipt ? tr('收到（不计入）', 'received (not counted)') : null, day.date === review.dueDate ? tr('期限', 'deadline') : null, day.date === issued ? tr('出具报告', 'report issued') : null].filter(Boolean);
            return (
              <li key={day.date} class={`day ${day.kind}${receipt ? ' receipt' : ''}${day.date === review.dueDate ? ' due' : ''}${day.date === issued ? ' issued' : ''}`} title={`${day.date} ${dayKindLabel(day.kind)}`}>
                <span class="date">{day.date.slice(5)}</span>
                <span class="n">{!receipt && day.working ? counted : '·'}</span>
                <span class="sr-only">{dayKindLabel(day.kind)} {marks.join(' ')}</span>
              </li>
            );
          })}
        </ol>
      )}
    </figure>
  );
}
