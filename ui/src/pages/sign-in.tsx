import { useState } from 'preact/hooks';
import { ApiError, get, post } from '../api/client.js';
import { useApi } from '../api/use-api.js';
import { departmentLabel, useDepartmentNames } from '../api/departments.js';
import { Layout } from '../components/layout.js';
import { ErrorBox } from '../components/status.js';
import { tr } from '../i18n/lang.js';
import { roleLabel } from '../i18n/labels.js';
import { href, navigate, useLocation } from '../router.js';
import { signIn, type Claims } from '../session.js';

interface Availability {
  readonly enabled: boolean;
  readonly reason?: string;
  readonly reasonZh?: string;
  readonly roles: readonly string[];
}

/** The id claim a role acts under (src/auth/mint-token.ts): a subject, an agency and a bank act for themselves. */
const ID_CLAIMS: Readonly<Record<string, 'subject' | 'agency' | 'bank'>> = { subject: 'subject', agency: 'agency', bank: 'bank' };

/** Where a role starts: the page made for it. */
function landingOf(claims: Claims): string {
  if (claims.role === 'credit-office') return href('/oversight');
  if (claims.role === 'auditor') return href('/subjects');
  return href('/disclosures');
}

/** Only a path of the console itself, never another site (an open redirect). */
function safeNext(next: string | null): string | null {
  return next !== null && next.startsWith('/ui') && !next.startsWith('//') ? next : null;
}

/** Paste a bearer token; on a developer's machine, mint one with a click (the logic of `npm run token`). */
export function SignInPage() {
  const { query } = useLocation();
  const next = safeNext(query.get('next'));
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const finish = (value: string) => {
    const session = signIn(value.trim());
    if (!session) {
      setProblem(tr('这不是有效的令牌（应为三段以点分隔的 JWT）。', 'This is not a token (a JWT is three dot-separated parts).'));
      return;
    }
    navigate(next ?? landingOf(session.claims), { replace: true });
  };
  return (
    <Layout title={tr('登录', 'Sign in')}>
      <form class="panel" onSubmit={(event) => { event.preventDefault(); finish(token); }}>
        <h2>{tr('使用令牌登录', 'Sign in with a token')}</h2>
        <p class="hint">{tr('粘贴身份提供方签发的令牌。令牌只保存在本标签页中，关闭即清除。', 'Paste the bearer token from your identity provider. It stays in this tab only and is gone when the tab closes.')}</p>
        <label for="token">{tr('令牌', 'Token')}</label>
        <textarea id="token" name="token" rows={4} autocomplete="off" spellcheck={false} value={token} onInput={(event) => setToken(event.currentTarget.value)} aria-describedby={problem ? 'token-problem' : undefined} />
        {problem && <p id="token-problem" class="error" role="alert">{problem}</p>}
        <button type="submit">{tr('登录', 'Sign in')}</button>
      </form>
      <DevSignIn onToken={finish} />
    </Layout>
  );
}

function DevSignIn(props: { onToken: (token: string) => void }) {
  const availability = useApi('dev', () => get<Availability>('/dev-sign-in'));
  const departments = useDepartmentNames();
  const [role, setRole] = useState('auditor');
  const [department, setDepartment] = useState('');
  const [subject, setSubject] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  if (availability.state !== 'done') return null;
  if (!availability.value.enabled)
    return <p class="hint" data-testid="dev-sign-in-off">{tr('开发用一键登录已关闭', 'Development sign-in is off')}: {tr(availability.value.reasonZh ?? '', availability.value.reason ?? '')}</p>;
  const mint = async (claims: Record<string, string>) => {
    setError(null);
    try {
      const answer = await post<{ token: string }>('/dev-sign-in', claims);
      props.onToken(answer.token);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'CONSOLE_ERROR', String(caught), String(caught)));
    }
  };
  const idClaim = ID_CLAIMS[role];
  const claims = (): Record<string, string> => ({ role, ...(role === 'department' ? { department } : {}), ...(idClaim ? { [idClaim]: subject.trim() } : {}) });
  return (
    <section class="panel" aria-labelledby="dev-title">
      <h2 id="dev-title">{tr('开发环境一键登录', 'Development sign-in')}</h2>
      <p class="hint">{tr('仅在本机开发时可用：以服务自己的密钥签发令牌，与 npm run token 相同。', 'Only on a developer\'s own machine: signs a token with the service\'s own secret, like npm run token.')}</p>
      <div class="quick">
        <button type="button" data-testid="dev-auditor" onClick={() => void mint({ role: 'auditor', sub: 'auditor-demo' })}>{tr('审计人员', 'Auditor')}</button>
        <button type="button" data-testid="dev-credit-office" onClick={() => void mint({ role: 'credit-office', sub: 'investigator-demo' })}>{tr('市信用办（调查员）', 'Credit office (investigator)')}</button>
      </div>
      <form onSubmit={(event) => { event.preventDefault(); void mint(claims()); }}>
        <label for="dev-role">{tr('角色', 'Role')}</label>
        <select id="dev-role" value={role} onChange={(event) => setRole(event.currentTarget.value)}>
          {availability.value.roles.map((item) => <option key={item} value={item}>{roleLabel(item)}</option>)}
        </select>
        {role === 'department' && (
          <>
            <label for="dev-department">{tr('部门', 'Department')}</label>
            <select id="dev-department" value={department} onChange={(event) => setDepartment(event.currentTarget.value)} required>
              <option value="">{tr('请选择', 'Choose')}</option>
              {departments.all.filter((item) => item.successorId === null).map((item) => <option key={item.departmentId} value={item.departmentId}>{departmentLabel(item)}</option>)}
            </select>
          </>
        )}
        {idClaim && (
          <>
            <label for="dev-subject">{idClaim === 'subject' ? tr('主体标识（统一社会信用代码或自然人的主体标识）', 'Subject id (a USCC, or a person\'s subject id)') : idClaim === 'agency' ? tr('机构标识', 'Agency id') : tr('银行标识', 'Bank id')}</label>
            <input id="dev-subject" value={subject} onInput={(event) => setSubject(event.currentTarget.value)} required />
          </>
        )}
        <button type="submit">{tr('签发并登录', 'Mint and sign in')}</button>
      </form>
      {error && <ErrorBox error={error} />}
    </section>
  );
}
