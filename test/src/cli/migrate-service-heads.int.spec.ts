import { describe, it, expect, afterAll } from '@jest/globals';
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import request from 'supertest';
import { actor } from '../../support/actors.js';
import { startTestApp } from '../../support/test-app.js';
import { tempDir } from '../../support/temp-dir.js';
import { runCli } from './cli-fixture.js';

const ORG = '91320583722291823U';

/**
 * Issue 13/14: with LEDGER_KEPT_BY=service the signed heads live in views.sqlite (`ledger_heads`),
 * which migrate rebuilds rather than moves: they must reach the target all the same, each root
 * recomputed from the target's tree, never dropped with the views.
 */
describe('cli migrate --to sqlite: signed heads kept by the service (LEDGER_KEPT_BY=service) go with the log', () => {
  const source = tempDir('credit-ledger-migrate-service-heads-src-');
  const target = tempDir('credit-ledger-migrate-service-heads-dst-');
  const otherTarget = tempDir('credit-ledger-migrate-service-heads-dst2-');
  afterAll(() => [source, target, otherTarget].forEach((dir) => dir.remove()));

  it('copies every head of views.sqlite\'s ledger_heads into the target log\'s heads, and names them in the report', async () => {
    const app = await startTestApp({ DATA_DIR: source.path, LEDGER_KEPT_BY: 'service', LEDGER_HEAD_INTERVAL_MS: '3600000' });
    const http = request(app.app.getHttpServer());
    await http.post('/subjects').set(actor('department', 'officer-7', 'ks-housing')).send({ kind: 'organisation', uscc: ORG, name: '昆山示例精密机械有限公司' }).expect(201);
    const signed = (await http.post('/ledger/heads').set(actor('credit-office', 'office-1')).expect(201)).body as { treeSize: number; rootHash: string; signature: string };
    const kept = (await http.get('/ledger/heads').set(actor('auditor', 'auditor-1')).expect(200)).body.items as Array<{ treeSize: number; rootHash: string; signature: string }>;
    await app.app.close();
    expect(kept.at(-1)).toMatchObject(signed);

    const run = await runCli(source.path, ['migrate', '--from', 'sqlite', '--to', 'sqlite', '--target-dir', target.path]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`signed tree heads kept by the service \\(view store, ledger_heads\\) +${kept.length} copied \\(each root recomputed`));

    const db = new BetterSqlite3(join(target.path, 'events.sqlite'), { readonly: true });
    const moved = db.prepare('SELECT tree_size AS treeSize, root_hash AS rootHash, signature FROM tree_heads ORDER BY tree_size').all();
    db.close();
    expect(moved).toEqual(kept.map(({ treeSize, rootHash, signature }) => ({ treeSize, rootHash, signature })));
  }, 120_000);

  it('refuses (MIGRATION_HEAD_MISMATCH) a service-kept head whose root is not the target tree\'s at its size: a head is never carried over a log it does not sign', async () => {
    const views = new BetterSqlite3(join(source.path, 'views.sqlite'));
    views.prepare("UPDATE v_ledger_heads SET doc = json_set(doc, '$.rootHash', ?) WHERE id = (SELECT id FROM v_ledger_heads ORDER BY json_extract(doc, '$.treeSize') DESC LIMIT 1)").run('00'.repeat(32));
    views.close();
    const run = await runCli(source.path, ['migrate', '--from', 'sqlite', '--to', 'sqlite', '--target-dir', otherTarget.path]);
    expect(run.code).not.toBe(0);
    expect(run.stdout + run.stderr).toContain('MIGRATION_HEAD_MISMATCH');
  }, 120_000);
});
