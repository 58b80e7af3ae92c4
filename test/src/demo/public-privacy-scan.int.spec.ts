import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import request from 'supertest';
import { checkResidentId } from '../../../domain/rules/identifiers/resident-id.js';
import { POLICY } from '../../../src/auth/policy.js';
import { loadConfig } from '../../../src/config/app-config.js';
import { createApp } from '../../../src/create-app.js';
import { EVENT_STORE, type EventStore } from '../../../src/event-store/event-store.port.js';
import type { PersonalRecord } from '../../../src/personal-data/personal-data.port.js';
import { ProjectionHost } from '../../../src/projections/projection-host.js';
import { TEST_JWT_SECRET } from '../../support/actors.js';
import { ManualClock, TEST_NOW } from '../../support/clocks.js';
import { ensureConsoleBuilt } from '../../support/console-build.js';
import { tempDir } from '../../support/temp-dir.js';
import { AT_TODAY, seedDemo } from './seed-demo-process.js';

/** 18 characters shaped like a GB 11643 identity number: division, a birth date 19xx/20xx, sequence, check character. */
const ID_SHAPE = /(?<![0-9A-Za-z])\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g;

/** The example number printed in GB 11643-1999 itself, used in the OpenAPI examples: nobody's number. */
const STANDARD_EXAMPLE = '11010519491231002X';

/** Candidates that are real identity numbers (valid date and GB 11643 check digit), not USCCs that merely look alike. */
function identityNumbersIn(text: string): string[] {
  return [...text.matchAll(ID_SHAPE)].map(([candidate]) => candidate).filter((candidate) => {
    if (candidate.toUpperCase() === STANDARD_EXAMPLE) return false;
    try {
      checkResidentId(candidate);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * Issue 5, A28: after `npm run seed:demo`, the JSON of every public route (no token) holds no
 * identity number and no person's full name, read from the personal-data store itself.
 */
describe('public responses after seeding the demo hold no unmasked personal data (A28)', () => {
  const dir = tempDir('credit-ledger-public-scan-');
  let app: NestExpressApplication;
  let persons: PersonalRecord[];
  const answers = new Map<string, string>();
  const get = async (path: string) => {
    const response = await request(app.getHttpServer()).get(path).expect(200);
    answers.set(path, response.text);
    return response.body;
  };

  beforeAll(async () => {
    ensureConsoleBuilt();
    expect((await seedDemo(dir.path, AT_TODAY)).code).toBe(0);
    const db = new BetterSqlite3(join(dir.path, 'personal-data.sqlite'), { readonly: true });
    persons = (db.prepare('SELECT record FROM persons WHERE record IS NOT NULL').all() as { record: string }[]).map((row) => JSON.parse(row.record) as PersonalRecord);
    db.close();
    app = await createApp(loadConfig({ DATA_DIR: dir.path, SQLITE_SYNCHRONOUS: 'NORMAL', JWT_SECRET: TEST_JWT_SECRET, PUBLIC_RATE_LIMIT_PER_MINUTE: '100000' }), { logger: false, clock: ManualClock.at(TEST_NOW) });
    await app.init();
    const head = await app.get<symbol, EventStore>(EVENT_STORE).headPosition();
    expect(await app.get(ProjectionHost).waitFor(head, 60_000)).toBe(true);

    // Every public route of the policy table, every page of the lists, every agency.
    for (let cursor: string | null = null, first = true; first || cursor !== null; first = false)
      cursor = (await get(`/disclosures?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).nextCursor;
    const agencyIds: string[] = [];
    for (let cursor: string | null = null, first = true; first || cursor !== null; first = false) {
      const page = await get(`/agencies?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      agencyIds.push(...page.items.map((agency: { agencyId: string }) => agency.agencyId));
      cursor = page.nextCursor;
    }
    for (const id of agencyIds) await get(`/agencies/${encodeURIComponent(id)}`);
    // Issue 12: the disclosures by each class, and the public department names, every page and each one.
    for (const breachClass of ['minor', 'general', 'serious']) await get(`/disclosures?limit=500&breachClass=${breachClass}`);
    const departmentIds: string[] = [];
    for (let cursor: string | null = null, first = true; first || cursor !== null; first = false) {
      const page = await get(`/departments/names?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      departmentIds.push(...page.items.map((department: { departmentId: string }) => department.departmentId));
      cursor = page.nextCursor;
    }
    for (const id of departmentIds) await get(`/departments/names/${encodeURIComponent(id)}`);
    await get('/calendar/deadline?from=2026-03-02&workingDays=5');
    await get('/calendar/days?from=2026-03-01&to=2026-03-31');
    await get('/.well-known/credit-ledger-keys.json'); // issue 13: the public keys of the signed tree heads
    // The web console: its pages and assets (no data of their own), and the development sign-in's answers.
    const shell = (await request(app.getHttpServer()).get('/ui').expect(200)).text;
    answers.set('/ui', shell);
    answers.set('/ui/disclosures', (await request(app.getHttpServer()).get('/ui/disclosures').expect(200)).text);
    for (const [, asset] of shell.matchAll(/"\/ui\/assets\/([^"]+)"/g)) answers.set(`/ui/assets/${asset}`, (await request(app.getHttpServer()).get(`/ui/assets/${asset}`).expect(200)).text);
    await get('/dev-sign-in');
    answers.set('POST /dev-sign-in', (await request(app.getHttpServer()).post('/dev-sign-in').send({ role: 'auditor' }).expect(201)).text);
    await get('/health');
    await get('/health/ready');
    await get('/docs-json');
    answers.set('/docs', (await request(app.getHttpServer()).get('/docs/').expect(200)).text);
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    dir.remove();
  });

  it('the demo has persons, some of them disclosed (masked), and every public route was read', () => {
    expect(persons.length).toBeGreaterThan(0);
    const disclosed = [...answers].filter(([path]) => path.startsWith('/disclosures')).flatMap(([, text]) => JSON.parse(text).items);
    expect(disclosed.some((entry: { subject: { kind: string } }) => entry.subject.kind === 'person')).toBe(true);
    const publicRoutes = Object.entries(POLICY).filter(([, policy]) => policy === 'public').map(([route]) => route.replace(/^GET /, '').replace(/\{[a-z]+\}|\*path/i, ''));
    for (const route of publicRoutes) expect([...answers.keys()].some((path) => path.split('?')[0]!.replace(/\/$/, '').startsWith(route.replace(/\/$/, '')))).toBe(true);
  });

  it('A28: no public answer holds an identity number (GB 11643 shape with a valid check digit)', () => {
    const found = [...answers].flatMap(([path, text]) => identityNumbersIn(text).map((number) => `${path}: ${number}`));
    expect(found).toEqual([]);
    const stored = persons.map((person) => person.identityNumber);
    expect([...answers].filter(([, text]) => stored.some((number) => text.includes(number))).map(([path]) => path)).toEqual([]);
  });

  it('A28: no public answer holds a person\'s full name', () => {
    const leaks = [...answers].flatMap(([path, text]) => persons.filter((person) => text.includes(person.fullName)).map((person) => `${path}: ${person.subjectId}`));
    expect(leaks).toEqual([]);
  });
});
