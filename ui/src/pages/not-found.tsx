import { Layout } from '../components/layout.js';
import { Link } from '../components/link.js';
import { tr } from '../i18n/lang.js';
import { href } from '../router.js';

export function NotFoundPage() {
  return (
    <Layout title={tr('页面不存在', 'Page not found')}>
      <p><Link href={href('/')}>{tr('返回首页', 'Back to the start page')}</Link></p>
    </Layout>
  );
}
