import { useState } from 'preact/hooks';
import { ApiError, get, post } from '../api/client.js';
import { useApi } from '../api/use-api.js';
import { Layout } from '../components/layout.js';
import { Link } from '../components/link.js';
import { ErrorBox, Show } from '../components/status.js';
import { tr } from '../i18n/lang.js';
import { href, navigate, useLocation } from '../router.js';

interface Found {
  readonly subjectId: string;
  readonly name: string | null;
  readonly uscc: string | null;
  readonly legalRepresentative: string | null;
}

/** A USCC (GB 32100-2015): 18 characters of digits and capitals; an organisation's subject id is its USCC (A4). */
const USCC = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** Auditors, the credit office, the center: find a subject by name or USCC; a person by identity number, in a form, never in a URL (A28). */
export function SubjectSearchPage() {
  const { query } = useLocation();
  const q = query.get('q') ?? '';
  const [text, setText] = useState(q);
  const results = useApi(q.length >= 2 ? `q:${q}` : null, (signal) => get<{ items: Found[]; nextCursor: string | null }>('/subjects', { q, limit: 20 }, signal));
  const search = (event: Event) => {
    event.preventDefault();
    const value = text.trim().normalize('NFC');
    if (USCC.test(value.toUpperCase())) navigate(href(`/subjects/${encodeURIComponent(value.toUpperCase())}`));
    else navigate(href('/subjects', { q: value }));
  };
  return (
    <Layout title={tr('信用主体', 'Credit subjects')}>
      <form class="panel" role="search" onSubmit={search}>
        <h2>{tr('按名称或统一社会信用代码查找', 'Find by name or USCC')}</h2>
        <label for="q">{tr('企业名称（开头部分）或统一社会信用代码', 'Organisation name (its beginning) or USCC')}</label>
        <input id="q" name="q" value={text} minLength={2} maxLength={100} required onInput={(event) => setText(event.currentTarget.value)} />
        <button type="submit">{tr('查找', 'Search')}</button>
      </form>
      {q.length >= 2 && (
        <Show loaded={results}>
          {(answer) => answer.items.length === 0 ? <p role="status">{tr('未找到。', 'Nothing found.')}</p> : (
            <ul class="results" data-testid="subject-results">
              {answer.items.map((item) => (
                <li key={item.subjectId}>
                  <Link href={href(`/subjects/${encodeURIComponent(item.subjectId)}`)}>{item.name ?? item.subjectId}</Link>
                  <span class="sub">{item.uscc}{item.legalRepresentative ? ` · ${item.legalRepresentative}` : ''}</span>
                </li>
              ))}
            </ul>
          )}
        </Show>
      )}
      <PersonLookup />
    </Layout>
  );
}

/** The identity number goes in the request body only; the page address carries the pseudonymous id. */
function PersonLookup() {
  const [identityNumber, setIdentityNumber] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const lookUp = async (event: Event) => {
    event.preventDefault();
    setError(null);
    try {
      const answer = await post<{ subjectId: string }>('/subjects/lookup', { identityNumber: identityNumber.trim().toUpperCase() });
      setIdentityNumber('');
      navigate(href(`/subjects/${encodeURIComponent(answer.subjectId)}`));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'CONSOLE_ERROR', String(caught), String(caught)));
    }
  };
  return (
    <form class="panel" onSubmit={(event) => void lookUp(event)} autocomplete="off">
      <h2>{tr('按身份号码查找自然人', 'Find a person by identity number')}</h2>
      <p class="hint">{tr('身份号码只在请求正文中发送，不出现在地址栏或日志中（第二十八条）。', 'The identity number is sent in the request body only, never in an address or a log (Article 28).')}</p>
      <label for="identity">{tr('居民身份号码', 'Resident identity number')}</label>
      <input id="identity" name="identity" inputMode="text" maxLength={18} minLength={18} required value={identityNumber} onInput={(event) => setIdentityNumber(event.currentTarget.value)} />
      <button type="submit">{tr('查找', 'Look up')}</button>
      {error && <ErrorBox error={error} />}
    </form>
  );
}
