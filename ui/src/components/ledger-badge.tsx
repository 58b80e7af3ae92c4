import { get, seg } from '../api/client.js';
import { useApi } from '../api/use-api.js';
import { formatInstant, tr } from '../i18n/lang.js';
import { checkBundle, type Bundle, type PublishedKey } from '../ledger/proof-check.js';

/**
 * Issue 13: the subject's events checked here, in the browser, against the latest signed tree head —
 * the same checks the offline verifier makes (verifier/README.md).
 */
export function LedgerBadge(props: { subjectId: string }) {
  const verdict = useApi(`ledger:${props.subjectId}`, async (signal) => {
    const [bundle, keys] = await Promise.all([
      get<Bundle>(`/subjects/${seg(props.subjectId)}/ledger-bundle`, {}, signal),
      get<{ keys: PublishedKey[] }>('/.well-known/credit-ledger-keys.json', {}, signal),
    ]);
    return checkBundle(bundle, keys.keys);
  });
  if (verdict.state === 'loading') return <span class="badge">…</span>;
  if (verdict.state === 'error')
    return <span class="badge" data-testid="ledger-proof" data-status="unavailable" title={verdict.error.code}>{verdict.error.code === 'LEDGER_NO_HEAD' ? tr('尚无签名树头', 'no signed head yet') : tr('暂不可用', 'unavailable')}</span>;
  const v = verdict.value;
  if (!v.ok)
    return <span class="badge late wrap" data-testid="ledger-proof" data-status="failed">{tr(`校验失败（${v.reason === 'inclusion' ? `版本 ${v.revision} 不在签名树中` : v.reason === 'signature' ? '签名无效' : '签名密钥未公布'}）`, `failed (${v.reason === 'inclusion' ? `revision ${v.revision} is not in the signed tree` : v.reason === 'signature' ? 'bad signature' : 'unpublished key'})`)}</span>;
  return (
    <span class="badge ok wrap" data-testid="ledger-proof" data-status="verified" title={`${v.head.rootHash} · ${v.head.keyId}`}>
      {tr(`已验证：${v.events} 个事件在 ${formatInstant(v.head.timestamp)} 签名的树（${v.head.treeSize}）中${v.signature === 'verified' ? '' : '，签名请用离线验证器核对'}`,
        `verified: ${v.events} events in the tree (${v.head.treeSize}) signed ${formatInstant(v.head.timestamp)}${v.signature === 'verified' ? '' : '; check the signature with the offline verifier'}`)}
    </span>
  );
}
