import type { ComponentChildren } from 'preact';
import { setLang, tr, useLang } from '../i18n/lang.js';
import { roleLabel } from '../i18n/labels.js';
import { href, navigate, useLocation } from '../router.js';
import { signOut, useSession } from '../session.js';
import { Link } from './link.js';

interface NavItem {
  readonly path: string;
  readonly label: () => string;
  /** Roles the page is for; null: everyone, signed in or not. */
  readonly roles: readonly string[] | null;
}

const NAV: readonly NavItem[] = [
  { path: '/disclosures', label: () => tr('失信信息公示', 'Public disclosures'), roles: null },
  // The subject page reads history, state and verify: the auditor's and the credit office's routes.
  { path: '/subjects', label: () => tr('信用主体', 'Subjects'), roles: ['auditor', 'credit-office'] },
  { path: '/oversight', label: () => tr('监督看板', 'Oversight'), roles: ['credit-office'] },
];

/** The frame of every page: a skip link, the site name, the pages this user may use, the language switch, who is signed in. */
export function Layout(props: { title: string; children: ComponentChildren }) {
  const lang = useLang();
  const session = useSession();
  const { path } = useLocation();
  document.title = `${props.title} · ${tr('信用产品应用记录', 'Credit ledger')}`;
  const items = NAV.filter((item) => item.roles === null || (session !== null && item.roles.includes(session.claims.role)));
  return (
    <>
      <a class="skip" href="#main">{tr('跳到正文', 'Skip to content')}</a>
      <header class="top">
        <Link href={href('/')} class="brand">{tr('昆山市信用产品应用记录', 'Kunshan credit products ledger')}</Link>
        <nav aria-label={tr('主导航', 'Main')}>
          <ul>
            {items.map((item) => (
              <li key={item.path}><Link href={href(item.path)} aria-current={path.startsWith(item.path) ? 'page' : undefined}>{item.label()}</Link></li>
            ))}
          </ul>
        </nav>
        <div class="who">
          <button type="button" class="lang" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} lang={lang === 'zh' ? 'en' : 'zh-CN'}>
            {lang === 'zh' ? 'English' : '中文'}
          </button>
          {session ? (
            <>
              <span class="signed-in" data-testid="signed-in">{roleLabel(session.claims.role)} · {session.claims.department ?? session.claims.sub}</span>
              <button type="button" onClick={() => { signOut(); navigate(href('/')); }}>{tr('退出', 'Sign out')}</button>
            </>
          ) : (
            <Link href={href('/sign-in')}>{tr('登录', 'Sign in')}</Link>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <h1>{props.title}</h1>
        {props.children}
      </main>
      <footer>
        <p>{tr('依据《昆山市信用产品应用实施办法》（2017）。公示信息已按规定脱敏。', 'Under the Kunshan measure on the use of credit products (2017). Disclosures are masked as the rules require.')}</p>
      </footer>
    </>
  );
}
