import { render } from 'preact';
import { useLang } from './i18n/lang.js';
import { match, useLocation } from './router.js';
import { DashboardPage } from './pages/dashboard.js';
import { DisclosuresPage } from './pages/disclosures.js';
import { DisputePage } from './pages/dispute.js';
import { HomePage } from './pages/home.js';
import { NotFoundPage } from './pages/not-found.js';
import { SignInPage } from './pages/sign-in.js';
import { SubjectPage } from './pages/subject.js';
import { SubjectSearchPage } from './pages/subject-search.js';

/** Picks the page for the location; re-renders everything when the language changes. */
function App() {
  useLang();
  const { path } = useLocation();
  if (path === '/' || path === '') return <HomePage />;
  if (path === '/sign-in') return <SignInPage />;
  if (path === '/disclosures') return <DisclosuresPage />;
  if (path === '/subjects') return <SubjectSearchPage />;
  if (path === '/oversight') return <DashboardPage />;
  const subject = match('/subjects/:id', path);
  if (subject) return <SubjectPage subjectId={subject.id!} />;
  const dispute = match('/disputes/:oid', path);
  if (dispute) return <DisputePage objectionId={dispute.oid!} />;
  return <NotFoundPage />;
}

render(<App />, document.getElementById('app')!);
