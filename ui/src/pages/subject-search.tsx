import { useState } from 'preact/hooks';
import { ApiError, get, post } from '../api/client.js';
import { useApi } from '../api/use-api.js';
import { Layout } from '../components/layout.js';
import { Link } from '../components/link.js';
import { ErrorBox, Show } from '../components/status.js';
import { tr } from '../i18n/lang.js';
import { isResidentId, isUscc, mayBeIdentityNumber } from '../identity-number.js';
import { href, navigate, useLocation } from '../router.js';

interface Found {
  readonly subjectId: string;
  readonly name: string | null;
  readonly uscc: string | null;
  readonly legalRepresentative: string | null;
}

/** Auditors and the credit office: find a subject by name or USCC; a person by identity number, in a form, never in a URL (A28). */
export function SubjectSearchPage() {
  const { query } = useLocation();
  const q = query.get('q') ?? '';
  const [text, setText] = useState(q);
  const [personError, setPersonError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const results = useApi(q.length >= 2 ? `q:${q}` : null, (signal) => get<{ items: Found[]; nextCursor: string | null }>('/subjects', { q, limit: 20 }, signal));
  const search = async (event: Event) => {
    event.preventDefault();
    setNotice(null);
    setPersonError(null);
    const value = text.trim().normalize('NFC');
    // A28: an identity number typed here is looked up in a request body, never put in the address. A
    // number valid both as an identity number and as a USCC (it happens: 1 in ~30) is a person first; only
    // when no person has it is it opened as an organisation's code.
    if (isResidentId(value)) {
      setText('');
      const found = await lookUpPerson(value);
      if (typeof found === 'string') navigate(href(`/subjects/${encodeURIComponent(found)}`));
      else if (found.code === 'SUBJECT_NOT_REGISTERED' && isUscc(value)) navigate(href(`/subjects/${encodeURIComponent(value.toUpperCase())}`));
      else setPersonError(found);
      return;
    }
    if (isUscc(value)) {
      navigate(href(`/subjects/${encodeURIComponent(value.toUpperCase())}`));
      return;
    }
    if (mayBeIdentityNumber(value)) {
      setNotice(tr('这像是身份号码：请在下方“按身份号码查找自然人”中输入完整号码。', 'This looks like an identity number: type the whole number in "Find a person by identity number" below.'));
      return;
    }
    navigate(href('/subjects', { q: value }));
  };
  return (
    <Layout title={tr('信用主体', 'Credit subjects')}>
      <form class="panel" role="search" onSubmit={(event) => void search(event)} autocomplete="off">
        <h2>{tr('按名称或统一社会信用代码查找', 'Find by name or USCC')}</h2>
        <label for="q">{tr('企业名称（开头部分）或统一社会信用代码', 'Organisation name (its beginning) or USCC')}</label>
        <input id="q" name="q" value={text} minLength={2} maxLength={100} required onInput={(event) => setText(event.currentTarget.value)} />
        <button type="submit">{tr('查找', 'Search')}</button>
        {notice && <p class="hint" role="status">{notice}</p>}
        {personError && <ErrorBox error={personError} />}
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

/** POST /subjects/lookup: the pseudonymous subject id of the person with this identity number, or the API's refusal. */
async function lookUpPerson(identityNumber: string): Promise<string | ApiError> {
  try {
    return (await post<{ subjectId: string }>('/subjects/lookup', { identityNumber: identityNumber.trim().toUpperCase() })).subjectId;
  } catch (caught) {
    return caught instanceof ApiError ? caught : new ApiError(0, 'CONSOLE_ERROR', String(caught), String(caught));
  }
}

/** The identity number goes in the request body only; the page address carries the pseudonymous id. */
function PersonLookup() {
  const [identityNumber, setIdentityNumber] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const lookUp = async (event: Event) => {
    event.preventDefault();
    setError(null);
    const found = await lookUpPerson(identityNumber);
    if (typeof found !== 'string') {
      setError(found);
      return;
    }
    setIdentityNumber('');
    navigate(href(`/subjects/${encodeURIComponent(found)}`));
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
