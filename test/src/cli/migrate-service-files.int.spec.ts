import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { EVENT_STORE, type EventStore } from '../../../src/event-store/event-store.port.js';
import { claimsFor, signTestToken, type ActorKindForTests } from '../../support/actors.js';
import { startTestApp } from '../../support/test-app.js';
import { tempDir } from '../../support/temp-dir.js';
import { identityNumber } from '../../e2e/records-fixture.js';
import { runCli } from './cli-fixture.js';

type App = Awaited<ReturnType<typeof startTestApp>>;

/** Per test that runs CLI children or starts the app: generous, as the cores are shared (no timing is asserted). */
const CHILDREN_TIMEOUT_MS = 90_000;

const PERSON = identityNumber('320583', '1980-05-17', '123');
const ORG = '91320583722291823U';
/** A made-up 2027 notice (fixed test data), installed with `cli calendar load`: not a shipped year. */
const TABLE_2027 = { year: 2027, notice: '国办发明电〔2026〕99号', off: ['2027-01-01'], work: ['2027-02-06'] };

/**
 * Issue 14, item 9: a directory made by `migrate --to sqlite --target-dir D` is a whole DATA_DIR. The
 * source runs as the real app over HTTP with the service's own key files (no JWT_SECRET, no
 * PSEUDONYM_KEY: the files under DATA_DIR/keys are created and used), a person and an installed
 * calendar; the migrated directory, started as the real app, must answer the same.
 */
describe('cli migrate --to sqlite: the migrated directory serves the same persons and calendars (issue 14, item 9; A28)', () => {
  const source = tempDir('credit-ledger-migrate-whole-src-');
  const target = tempDir('credit-ledger-migrate-whole-dst-');
  const logOnly = tempDir('credit-ledger-migrate-log-only-');
  const otherKeyTarget = tempDir('credit-ledger-migrate-other-key-');
  let secret: string;
  let before: Awaited<ReturnType<typeof observe>>;
  let migration: Awaited<ReturnType<typeof runCli>>;

  /**
   * The real app on `dataDir` with its own key files (JWT_SECRET unset: DATA_DIR/keys/jwt.secret).
   * Heads are signed at start and when asked only (the hourly timer never fires in a test): fixed heads to compare.
   */
  const start = (dataDir: string): Promise<App> => startTestApp({ DATA_DIR: dataDir, JWT_SECRET: '', LEDGER_HEAD_INTERVAL_MS: '3600000' });
  /** Tokens signed with the source's secret file, as `npm run token` signs them. */
  const as = (kind: ActorKindForTests, id: string, department?: string, key = secret) => ({ Authorization: `Bearer ${signTestToken(claimsFor(kind, id, department), key)}` });
  const housing = (key = secret) => as('department', 'officer-3', 'ks-housing', key);
  /** The source log's size: its latest signed head covers all of it. */
  const events = (): number => before.heads.items.at(-1).treeSize;

  /** What a user sees of the person, the organisation, the calendar and the ledger's keys. */
  async function observe(app: App) {
    const http = request(app.app.getHttpServer());
    // Read your writes: the views caught up with the whole log before they answer.
    const caughtUp = { 'X-Min-Position': String(await app.app.get<EventStore>(EVENT_STORE).headPosition()) };
    const lookup = await http.post('/subjects/lookup').set(housing()).send({ identityNumber: PERSON });
    const disclosures = await http.get('/disclosures').set(caughtUp);
    const days = await http.get('/calendar/days?from=2027-01-01&to=2027-01-04');
    const keys = await http.get('/.well-known/credit-ledger-keys.json');
    const heads = await http.get('/ledger/heads').set(as('auditor', 'auditor-1'));
    return { lookup: [lookup.status, lookup.body], disclosures: [disclosures.status, disclosures.body], days: [days.status, days.body], keys: keys.body, heads: heads.body };
  }

  beforeAll(async () => {
    const notice = join(source.path, 'notice-2027.json');
    writeFileSync(notice, JSON.stringify(TABLE_2027));
    const load = await runCli(join(source.path, 'data'), ['calendar', 'load', notice]);
    expect(load.code).toBe(0);

    const app = await start(join(source.path, 'data'));
    secret = readFileSync(join(source.path, 'data', 'keys', 'jwt.secret'), 'utf8').trim();
    const http = request(app.app.getHttpServer());
    await http.post('/subjects').set(housing()).send({ kind: 'person', identityNumber: PERSON, fullName: '欧阳娜娜' }).expect(201);
    await http.post('/subjects').set(housing()).send({ kind: 'organisation', uscc: ORG, name: '昆山示例精密机械有限公司' }).expect(201);
    const personId = (await http.post('/subjects/lookup').set(housing()).send({ identityNumber: PERSON }).expect(200)).body.subjectId as string;
    // A9: a disclosed breach shows the person's masked name, read from the personal-data store (A28).
    await http.post(`/subjects/${personId}/breaches`).set(housing())
      .send({ breachClass: 'serious', basisDocument: '昆住建罚〔2026〕8号', decisionDate: '2026-11-25', disclosureMonths: 24, summary: '严重失信' }).expect(201);
    await http.post(`/subjects/${ORG}/breaches`).set(housing())
      .send({ breachClass: 'general', basisDocument: '昆住建罚〔2026〕7号', decisionDate: '2026-11-20', disclosureMonths: 12, summary: '虚假承诺' }).expect(201);
    await http.post('/ledger/heads').set(as('credit-office', 'office-1')).expect(201);
    before = await observe(app);
    await app.app.close(); // the service stopped (its files stay): migrate takes DATA_DIR's lock

    migration = await runCli(join(source.path, 'data'), ['migrate', '--from', 'sqlite', '--to', 'sqlite', '--target-dir', target.path]);
    // The old behaviour, for contrast: the log alone in a directory of its own.
    copyFileSync(join(target.path, 'events.sqlite'), join(logOnly.path, 'events.sqlite'));
  }, 180_000);
  afterAll(() => [source, target, logOnly, otherKeyTarget].forEach((dir) => dir.remove()));

  it('the source served what the test compares: the person found, shown masked, the 2027 table in force, a signed head', () => {
    expect(before.lookup[0]).toBe(200);
    expect(before.disclosures[1]).toMatchObject({ items: expect.arrayContaining([expect.objectContaining({ subject: { kind: 'person', name: '欧阳**' } })]) });
    expect(before.days[1].days[0]).toEqual({ date: '2027-01-01', working: false, kind: 'holiday', provisional: false });
    // The head signed at start (size 0) and the one asked for over the whole log (with the A13 pilot departments' events).
    expect(before.heads.items.map((head: { treeSize: number }) => head.treeSize)).toEqual([0, events()]);
  });

  it('migrates the log and names everything it moved beside it: personal data, the keys, the installed calendar, the signed heads', () => {
    expect(migration.code).toBe(0);
    expect(migration.stdout).toContain(`OK: migrated the whole log (${events()} events in `);
    expect(migration.stdout).toContain(`beside the log, moved to ${target.path} for the service started there:`);
    for (const line of [
      /personal-data\.sqlite +copied \(1 person record/,
      /keys\/pseudonym\.key +copied/,
      /keys\/jwt\.secret +copied/,
      /keys\/ledger-ed25519\.pem +copied/,
      /keys\/ledger-public-keys\.json +copied/,
      /calendar\/cn-2027\.json +copied/,
      /signed tree heads +2 copied \(each root recomputed/,
      /persons findable +1 of 1 person\(s\) lead back to their subject id with keys\/pseudonym\.key/,
      /views\.sqlite +not moved: the projections rebuild it/,
      /idempotency-key records: not moved/,
    ]) expect(migration.stdout).toMatch(line);
    expect(migration.stdout).toContain(`start the service with DATA_DIR=${target.path}`);
  });

  it('A28: the migrated directory, started as the service, finds the same person by identity number, shows the same disclosures and the same 2027 calendar, with the same keys and heads', async () => {
    const app = await start(target.path);
    try {
      expect(await observe(app)).toEqual(before);
      const verify = await runCli(target.path, ['verify', '--json']);
      expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true, checkedEvents: events() });
    } finally {
      await app.close(); // removes only its own temp dir; target is removed in afterAll
    }
  }, CHILDREN_TIMEOUT_MS);

  it('contrast: the log alone (what migrate copied before) refuses the source\'s tokens, finds no person and has no 2027 table', async () => {
    const app = await start(logOnly.path);
    try {
      const http = request(app.app.getHttpServer());
      // Its own new secret: the source's tokens are refused, so act with tokens of its own key file.
      await http.post('/subjects/lookup').set(housing()).send({ identityNumber: PERSON }).expect(401);
      const itsOwn = readFileSync(join(logOnly.path, 'keys', 'jwt.secret'), 'utf8').trim();
      // A new pseudonym key: the person's identity number leads to another subject id, with no stream.
      await http.post('/subjects/lookup').set(housing(itsOwn)).send({ identityNumber: PERSON }).expect(404);
      const days = (await http.get('/calendar/days?from=2027-01-01&to=2027-01-01').expect(200)).body;
      expect(days.days[0]).toMatchObject({ date: '2027-01-01', provisional: true });
    } finally {
      await app.close();
    }
  }, CHILDREN_TIMEOUT_MS);

  it('runs again without change (each item already there, identical), and refuses a target whose own key differs, overwriting nothing', async () => {
    const again = await runCli(join(source.path, 'data'), ['migrate', '--from', 'sqlite', '--to', 'sqlite', '--target-dir', target.path]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/personal-data\.sqlite +already in the target, the same 1 person/);
    expect(again.stdout).toMatch(/keys\/pseudonym\.key +already in the target, identical/);
    expect(again.stdout).toMatch(/signed tree heads +0 copied, 2 already in the target/);

    const foreignKey = 'ab'.repeat(32);
    const moved = readFileSync(join(target.path, 'keys', 'pseudonym.key'));
    writeFileSync(join(target.path, 'keys', 'pseudonym.key'), foreignKey);
    const refused = await runCli(join(source.path, 'data'), ['migrate', '--from', 'sqlite', '--to', 'sqlite', '--target-dir', target.path]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("MIGRATION_TARGET_DIVERGES: the target's keys/pseudonym.key differs from the source's");
    expect(refused.stdout).not.toContain('OK:');
    expect(readFileSync(join(target.path, 'keys', 'pseudonym.key'), 'utf8')).toBe(foreignKey);
    expect(existsSync(join(target.path, 'personal-data.sqlite'))).toBe(true);
    writeFileSync(join(target.path, 'keys', 'pseudonym.key'), moved); // the moved key back, for the next test
  }, CHILDREN_TIMEOUT_MS);

  it('A28: refuses (exit 1, no OK) when the key the target\'s service would use does not make the persons\' ids (PSEUDONYM_KEY set to another key)', async () => {
    const run = await runCli(join(source.path, 'data'), ['migrate', '--from', 'sqlite', '--to', 'sqlite', '--target-dir', otherKeyTarget.path], { PSEUDONYM_KEY: 'cd'.repeat(32) });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/MIGRATION_PERSONS_UNFINDABLE: person P[0-9A-F]{32} would not be found by identity number with PSEUDONYM_KEY/);
    expect(run.stdout).not.toContain('OK:');
  }, CHILDREN_TIMEOUT_MS);

  it('issue 13: the migrated directory takes writes (its ledger check accepts the moved heads) and signs on with the moved key', async () => {
    const app = await start(target.path);
    try {
      const http = request(app.app.getHttpServer());
      await http.post('/subjects').set(housing()).send({ kind: 'person', identityNumber: identityNumber('320583', '1990-01-01', '555'), fullName: '张三' }).expect(201);
      expect((await http.post('/subjects/lookup').set(housing()).send({ identityNumber: PERSON }).expect(200)).body).toEqual(before.lookup[1]);
      const head = (await http.post('/ledger/heads').set(as('credit-office', 'office-1')).expect(201)).body;
      expect(head).toMatchObject({ treeSize: events() + 1, keyId: before.keys.keys[0].keyId });
    } finally {
      await app.close();
    }
  }, CHILDREN_TIMEOUT_MS);
});
