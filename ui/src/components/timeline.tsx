import { useState } from 'preact/hooks';
import type { HistoryEntry } from '../api/subject-types.js';
import { formatInstant, tr } from '../i18n/lang.js';
import { articleLabel } from '../i18n/articles.js';
import { href } from '../router.js';
import { Link } from './link.js';
import { useAgencyNames } from '../api/agencies.js';
import { actorLabel, eventFamily, eventLabel, familyLabel, FAMILIES, valueLabel, type EventFamily } from '../i18n/labels.js';

/** The few fields that say what an event was about, in the order a reader looks for them. */
const HEADLINE_FIELDS = ['summary', 'matter', 'basisDocument', 'breachClass', 'conclusion', 'reason', 'outcome', 'decision', 'grade'] as const;

function headline(entry: HistoryEntry): string {
  const parts: string[] = [];
  for (const field of HEADLINE_FIELDS) {
    const value = entry.data[field];
    if (typeof value === 'string' && value !== '') parts.push(valueLabel(value));
    if (parts.length === 2) break;
  }
  return parts.join(' · ');
}

/**
 * Every event of the subject, oldest first, coloured and filtered by kind, with who, when and the
 * articles behind it. Events recorded after the chosen instant are shown apart (the as-of state does not include them).
 */
export function Timeline(props: { entries: readonly HistoryEntry[]; asOf: string | null; departmentName: (id: string) => string }) {
  const present = FAMILIES.filter((family) => props.entries.some((entry) => eventFamily(entry.type) === family));
  const [hidden, setHidden] = useState<ReadonlySet<EventFamily>>(new Set());
  const agencyName = useAgencyNames();
  const asOfMs = props.asOf ? Date.parse(props.asOf) : null;
  const shown = props.entries.filter((entry) => !hidden.has(eventFamily(entry.type)));
  const toggle = (family: EventFamily) => {
    const next = new Set(hidden);
    if (next.has(family)) next.delete(family);
    else next.add(family);
    setHidden(next);
  };
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{tr('时间线', 'Timeline')}</h2>
      <fieldset class="chips">
        <legend>{tr('按类别显示', 'Show kinds')}</legend>
        {present.map((family) => (
          <label key={family} class={`chip family-${family}`}>
            <input type="checkbox" checked={!hidden.has(family)} onChange={() => toggle(family)} data-testid={`filter-${family}`} />
            {familyLabel(family)} ({props.entries.filter((entry) => eventFamily(entry.type) === family).length})
          </label>
        ))}
      </fieldset>
      <ol class="timeline" data-testid="timeline">
        {shown.map((entry) => {
          const later = asOfMs !== null && Date.parse(entry.when) > asOfMs;
          return (
            <li key={entry.revision} class={`event family-${eventFamily(entry.type)}${later ? ' later' : ''}`} data-type={entry.type} data-revision={entry.revision}>
              <div class="when"><time dateTime={entry.when}>{formatInstant(entry.when)}</time><span class="rev">#{entry.revision}</span></div>
              <div class="what">
                <strong>{eventLabel(entry.type)}</strong>
                {entry.articles && entry.articles.length > 0 && <span class="articles" data-articles={entry.articles.join(' ')}>{entry.articles.map(articleLabel).join(' ')}</span>}
                {later && <span class="badge later-badge">{tr('晚于所选时刻', 'after the chosen instant')}</span>}
                <p class="headline">{headline(entry)}</p>
                <p class="who">{tr('记录人', 'By')}: {actorLabel(entry.who, props.departmentName, agencyName)}</p>
                {typeof entry.data.objectionId === 'string' && <p><Link href={href(`/disputes/${encodeURIComponent(entry.data.objectionId)}`)}>{tr('打开异议案卷', 'Open the case file')}</Link></p>}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
