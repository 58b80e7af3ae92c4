import { Layout } from '../components/layout.js';
import { Link } from '../components/link.js';
import { tr } from '../i18n/lang.js';
import { href } from '../router.js';
import { useSession } from '../session.js';

/** What the console is for, and a way in for each kind of user. */
export function HomePage() {
  const session = useSession();
  const role = session?.claims.role;
  return (
    <Layout title={tr('信用产品应用记录', 'Credit products ledger')}>
      <p class="lead">{tr(
        '本系统记录各部门在行政管理中使用信用承诺、信用审查和信用报告的全过程，每条记录不可篡改，可按任一时刻回溯。',
        'This system records how departments use credit commitments, credit reviews and credit reports; every record is immutable and can be replayed as it stood at any moment.',
      )}</p>
      <ul class="cards">
        <li class="card">
          <h2><Link href={href('/disclosures')}>{tr('失信信息公示', 'Public breach disclosures')}</Link></h2>
          <p>{tr('无需登录。公示期内的失信信息（自然人已脱敏），可按类别、部门和日期筛选。', 'No sign-in. Breaches in their disclosure period (persons masked), filtered by class, department and date.')}</p>
        </li>
        <li class="card">
          <h2><Link href={href('/subjects')}>{tr('信用主体档案', 'Subject history')}</Link></h2>
          <p>{tr('审计人员、市信用办：按名称、统一社会信用代码或身份号码查找主体，回放其全部记录，查看任一时刻的状态。', 'Auditors and the credit office: find a subject by name, USCC or identity number, replay its records, see its state at any moment.')}</p>
        </li>
        <li class="card">
          <h2><Link href={href('/oversight')}>{tr('监督看板', 'Oversight dashboard')}</Link></h2>
          <p>{tr('市信用办：逾期和即将到期的审查、逾期异议、即将到期的报告、信用服务机构状态、部门年度使用情况。', 'Credit office: overdue and due-soon reviews, overdue objections, expiring reports, agency standing, departments\' usage this year.')}</p>
        </li>
      </ul>
      {!session && <p><Link href={href('/sign-in')} class="button">{tr('登录', 'Sign in')}</Link></p>}
      {role === 'credit-office' && <p><Link href={href('/oversight')} class="button">{tr('打开监督看板', 'Open the oversight dashboard')}</Link></p>}
    </Layout>
  );
}
