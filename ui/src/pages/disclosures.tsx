import { useState } from 'preact/hooks';
import { get } from '../api/client.js';
import { departmentLabel, useDepartmentNames } from '../api/departments.js';
import { useApi } from '../api/use-api.js';
import { Layout } from '../components/layout.js';
import { Link } from '../components/link.js';
import { Show } from '../components/status.js';
import { tr } from '../i18n/lang.js';
import { breachClassLabel } from '../i18n/labels.js';
import { href, navigate, useLocation } from '../router.js';

interface Disclosure {
  readonly breachId: string;
  readonly subject: { kind: 'organisation'; name: string | null; uscc: string | null; legalRepresentative: string | null } | { kind: 'person'; name: string; erased?: boolean };
  readonly breachClass: string;
  readonly departmentId: string;
  readonly basisDocument: string;
  readonly decisionDate: string;
  readonly disclosedThrough: string;
  readonly underObjection: boolean;
}

interface DisclosurePage {
  readonly asOf: string;
  readonly items: readonly Disclosure[];
  readonly nextCursor: string | null;
}

const PAGE_SIZE = 20;
/** The filters as they appear in the page's address (shareable) and as the API names them. */
const FILTERS = [
  ['class', 'breachClass'],
  ['department', 'departmentId'],
  ['from', 'decidedFrom'],
  ['to', 'decidedTo'],
] as const;

/** A9, A28: the public list of breaches in their disclosure period, masked; no sign-in. */
export function DisclosuresPage() {
  const { query } = useLocation();
  const departments = useDepartmentNames();
  const filters = Object.fromEntries(FILTERS.map(([name]) => [name, query.get(name) ?? ''])) as Record<(typeof FILTERS)[number][0], string>;
  const cursor = query.get('cursor');
  const apiQuery = { ...Object.fromEntries(FILTERS.map(([name, param]) => [param, filters[name]])), limit: PAGE_SIZE, cursor };
  const key = JSON.stringify(apiQuery);
  const page = useApi(key, (signal) => get<DisclosurePage>('/disclosures', apiQuery, signal));
  const [draft, setDraft] = useState(filters);
  const [draftKey, setDraftKey] = useState(key);
  if (draftKey !== key) {
    setDraft(filters);
    setDraftKey(key);
  }
  const apply = (event: Event) => {
    event.preventDefault();
    navigate(href('/disclosures', draft));
  };
  const field = (name: keyof typeof filters) => ({ value: draft[name], onInput: (event: Event) => setDraft({ ...draft, [name]: (event.currentTarget as HTMLInputElement).value }) });
  return (
    <Layout title={tr('失信信息公示', 'Public breach disclosures')}>
      <p class="lead">{tr(
        '以下为公示期内的失信信息（《实施办法》第九条）。自然人姓名已脱敏，身份号码不予公示；未成年人的失信信息不予公示（第二十八条）。',
        'Breaches within their disclosure period (Article 9 of the measure). Persons\' names are masked and identity numbers never shown; minors\' breaches are not disclosed (Article 28).',
      )}</p>
      <form class="filters" role="search" aria-label={tr('筛选', 'Filters')} onSubmit={apply}>
        <div>
          <label for="f-class">{tr('失信类别', 'Class')}</label>
          <select id="f-class" {...field('class')} onChange={(event) => setDraft({ ...draft, class: event.currentTarget.value })}>
            <option value="">{tr('全部', 'All')}</option>
            {['serious', 'general', 'minor'].map((value) => <option key={value} value={value}>{breachClassLabel(value)}</option>)}
          </select>
        </div>
        <div>
          <label for="f-department">{tr('认定部门', 'Department')}</label>
          <select id="f-department" {...field('department')} onChange={(event) => setDraft({ ...draft, department: event.currentTarget.value })}>
            <option value="">{tr('全部', 'All')}</option>
            {departments.all.map((item) => <option key={item.departmentId} value={item.departmentId}>{departmentLabel(item)}{item.successorId ? tr("（已撤并）", " (merged)") : ""}</option>)}
          </select>
        </div>
        <div>
          <label for="f-from">{tr('决定日期 自', 'Decided from')}</label>
          <input id="f-from" type="date" {...field('from')} />
        </div>
        <div>
          <label for="f-to">{tr('至', 'to')}</label>
          <input id="f-to" type="date" {...field('to')} />
        </div>
        <div class="actions">
          <button type="submit">{tr('筛选', 'Filter')}</button>
          <Link href={href('/disclosures')}>{tr('清除筛选', 'Clear')}</Link>
        </div>
      </form>
      <Show loaded={page}>
        {(answer) => (
          <>
            <p class="hint" role="status">{tr(`截至 ${answer.asOf.slice(0, 10)}，本页 ${answer.items.length} 条`, `As of ${answer.asOf.slice(0, 10)}: ${answer.items.length} on this page`)}</p>
            {answer.items.length === 0 ? <p>{tr('没有符合条件的公示信息。', 'No disclosure matches.')}</p> : (
              <div class="table-wrap">
                <table data-testid="disclosures">
                  <caption class="sr-only">{tr('失信信息公示列表', 'Breach disclosures')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{tr('失信主体', 'Subject')}</th>
                      <th scope="col">{tr('类别', 'Class')}</th>
                      <th scope="col">{tr('认定部门', 'Department')}</th>
                      <th scope="col">{tr('决定文书', 'Decision')}</th>
                      <th scope="col">{tr('决定日期', 'Decided')}</th>
                      <th scope="col">{tr('公示截止', 'Disclosed through')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {answer.items.map((item) => (
                      <tr key={item.breachId}>
                        <td>
                          {item.subject.kind === 'organisation' ? (
                            <>
                              <span class="name">{item.subject.name ?? '—'}</span>
                              <span class="sub">{item.subject.uscc}{item.subject.legalRepresentative ? ` · ${tr('法定代表人', 'legal rep.')} ${item.subject.legalRepresentative}` : ''}</span>
                            </>
                          ) : (
                            <span class="name">{item.subject.name}<span class="sub">{tr('自然人', 'person')}</span></span>
                          )}
                        </td>
                        <td><span class={`badge class-${item.breachClass}`}>{breachClassLabel(item.breachClass)}</span>{item.underObjection && <span class="badge objection">{tr('异议处理中', 'Under objection')}</span>}</td>
                        <td>{departments.name(item.departmentId)}</td>
                        <td>{item.basisDocument}</td>
                        <td><time dateTime={item.decisionDate}>{item.decisionDate}</time></td>
                        <td><time dateTime={item.disclosedThrough}>{item.disclosedThrough}</time></td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <nav class="pager" aria-label={tr('分页', 'Pages')}>
              {cursor && <Link href={href('/disclosures', filters)}>{tr('第一页', 'First page')}</Link>}
              {answer.nextCursor && <Link href={href('/disclosures', { ...filters, cursor: answer.nextCursor })}>{tr('下一页', 'Next page')}</Link>}
            </nav>
          </>
        )}
      </Show>
    </Layout>
  );
}
