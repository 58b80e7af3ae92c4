import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { usccCheckCharacter } from '../../domain/rules/identifiers/uscc.js';
import { actor } from '../support/actors.js';
import { startTestApp } from '../support/test-app.js';
import { caughtUp, center, housing, http, identityNumber, registerPerson, type TestApp } from './records-fixture.js';

const auditor = actor('auditor', 'auditor-1');
const office = actor('credit-office', 'supervisor-1');

/** A valid USCC (GB 32100-2015) from its first 17 characters. */
const uscc = (first17: string) => first17 + usccCheckCharacter(first17);

type Found = { subjectId: string; kind: string; name: string | null; uscc: string | null; legalRepresentative: string | null };

/**
 * Issue 12: auditors, the center and the credit office find an organisation by the start of its name
 * (Chinese) or USCC; persons are never found by name (A28), only by identity number through
 * POST /subjects/lookup, which auditors may now use too.
 */
describe('GET /subjects?q=: find an organisation by name or USCC prefix (real app, SQLite)', () => {
  let ctx: TestApp;
  let written: { 'X-Min-Position': string };
  let personId: string;
  const ORGS = [
    { uscc: uscc('91320583MA1A0001'.padEnd(17, '0')), name: '昆山示例精密机械有限公司', legalRepresentative: '王建国' },
    { uscc: uscc('91320583MA1A0002'.padEnd(17, '0')), name: '昆山示例电子科技有限公司', legalRepresentative: '李敏' },
    { uscc: uscc('91320583MA1A0003'.padEnd(17, '0')), name: '昆山𠀀字号商贸有限公司' }, // CJK extension B right after the prefix 昆山
    { uscc: uscc('91320583MA1A0004'.padEnd(17, '0')), name: '苏州示例物流有限公司' },
    { uscc: uscc('92320583MA1B0005'.padEnd(17, '0')), name: '9232号便利店' }, // a name that starts like a USCC
  ];
  const search = (q: string, extra: Record<string, string | number> = {}, as: Record<string, string> = auditor) => http(ctx).get('/subjects').query({ q, ...extra }).set(as).set(written);

  async function walk(q: string, limit: number): Promise<Found[]> {
    const found: Found[] = [];
    let cursor: string | null = null;
    do {
      const query: Record<string, string | number> = cursor === null ? { limit } : { limit, cursor };
      const page: { items: Found[]; nextCursor: string | null } = (await search(q, query).expect(200)).body;
      found.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== null);
    return found;
  }

  beforeAll(async () => {
    ctx = await startTestApp();
    for (const org of ORGS) await http(ctx).post('/subjects').set(housing).send({ kind: 'organisation', ...org }).expect(201);
    personId = await registerPerson(ctx, identityNumber('320583', '1980-05-17', '123'), '昆山欧阳娜娜');
    written = await caughtUp(ctx);
  });
  afterAll(async () => ctx.close());

  it('issue 12: a Chinese name prefix finds the organisations whose name starts with it, by name, with USCC and legal representative', async () => {
    const { body } = await search('昆山示例').expect(200);
    expect(body).toEqual({
      items: [
        { subjectId: ORGS[1]!.uscc, kind: 'organisation', name: '昆山示例电子科技有限公司', uscc: ORGS[1]!.uscc, legalRepresentative: '李敏' },
        { subjectId: ORGS[0]!.uscc, kind: 'organisation', name: '昆山示例精密机械有限公司', uscc: ORGS[0]!.uscc, legalRepresentative: '王建国' },
      ],
      nextCursor: null,
    });
    expect((await search('示例').expect(200)).body.items).toEqual([]); // a prefix, not a substring
  });

  it('a name prefix keeps names whose next character lies beyond U+FFFF (CJK extension B)', async () => {
    const names = (await search('昆山').expect(200)).body.items.map((item: Found) => item.name);
    expect(names).toEqual(expect.arrayContaining(['昆山示例精密机械有限公司', '昆山示例电子科技有限公司', '昆山𠀀字号商贸有限公司']));
    expect(names).toHaveLength(3);
  });

  it('GB 32100-2015: a USCC prefix, in any case, finds by code; an organisation found by name and code is listed once', async () => {
    const byCode = (await search('91320583ma1a000').expect(200)).body.items.map((item: Found) => item.uscc);
    expect(byCode).toEqual([ORGS[0]!.uscc, ORGS[1]!.uscc, ORGS[2]!.uscc, ORGS[3]!.uscc]);
    const both = (await search('9232').expect(200)).body.items.map((item: Found) => item.name);
    expect(both).toEqual(['9232号便利店']);
    expect((await search(ORGS[3]!.uscc).expect(200)).body.items).toEqual([{ subjectId: ORGS[3]!.uscc, kind: 'organisation', name: '苏州示例物流有限公司', uscc: ORGS[3]!.uscc, legalRepresentative: null }]);
  });

  it('A28: a person is never found by name, nor by any part of its pseudonymous id', async () => {
    expect((await search('昆山欧阳').expect(200)).body.items).toEqual([]);
    expect((await search(personId.slice(0, 6)).expect(200)).body.items).toEqual([]);
    const all = JSON.stringify((await search('昆山', { limit: 100 }).expect(200)).body);
    expect(all).not.toMatch(/欧阳|娜娜/);
    expect(all).not.toContain(personId);
  });

  it('paging with limit 1 walks the matches once each, names first then codes, each cursor tied to its q', async () => {
    expect((await walk('昆山', 1)).map((item) => item.name)).toEqual(['昆山示例电子科技有限公司', '昆山示例精密机械有限公司', '昆山𠀀字号商贸有限公司']);
    expect((await walk('91320583', 1)).map((item) => item.uscc)).toEqual([ORGS[0]!.uscc, ORGS[1]!.uscc, ORGS[2]!.uscc, ORGS[3]!.uscc]);
    // Found by name on the first page, by code again on the next: listed once.
    expect((await walk('9232', 1)).map((item) => item.name)).toEqual(['9232号便利店']);
    const { body } = await search('昆山', { limit: 1 }).expect(200);
    const refused = await search('昆山示例', { limit: 1, cursor: body.nextCursor }).expect(400);
    expect(refused.body).toMatchObject({ code: 'INVALID_VIEW_QUERY', details: { field: 'cursor', rule: 'CURSOR' } });
  });

  it('q is NFC-normalised and trimmed: a decomposed or padded text finds the same', async () => {
    await http(ctx).post('/subjects').set(housing).send({ kind: 'organisation', uscc: uscc('91320583MA1C0006'.padEnd(17, '0')), name: 'Café Lumière Ltd' }).expect(201);
    written = await caughtUp(ctx);
    const names = (await search('  Cafe\u0301 Lu  ').expect(200)).body.items.map((item: Found) => item.name);
    expect(names).toEqual(['Café Lumière Ltd']);
  });

  it.each([
    ['', 'SEARCH_TEXT_LENGTH'], ['昆', 'SEARCH_TEXT_LENGTH'], ['  昆  ', 'SEARCH_TEXT_LENGTH'], ['昆'.repeat(101), 'SEARCH_TEXT_LENGTH'],
  ])('bad q %j is 400 VALIDATION_FAILED naming q (%s)', async (q, rule) => {
    expect((await search(q).expect(400)).body).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'q', rule } });
  });

  it('q missing, a control character in q, a bad limit: 400 naming the field', async () => {
    expect((await http(ctx).get('/subjects').set(auditor).expect(400)).body).toMatchObject({ details: { field: 'q', rule: 'SEARCH_TEXT' } });
    expect((await http(ctx).get('/subjects?q=%E6%98%86%1B%E5%B1%B1').set(auditor).expect(400)).body).toMatchObject({ details: { field: 'q', rule: 'TEXT_CONTROL_CHARACTER' } });
    for (const limit of ['0', '101', 'x']) expect((await search('昆山', { limit }).expect(400)).body).toMatchObject({ details: { field: 'limit', rule: 'INTEGER_RANGE' } });
  });

  it('issue 5: auditors, the center and the credit office may search; a department 403, the public 401', async () => {
    for (const as of [auditor, center, office]) expect((await search('昆山示例', {}, as).expect(200)).body.items).toHaveLength(2);
    expect((await search('昆山示例', {}, housing).expect(403)).body.code).toBe('FORBIDDEN');
    expect((await http(ctx).get('/subjects').query({ q: '昆山示例' }).expect(401)).body.code).toBe('UNAUTHORIZED');
  });

  it('A28: an auditor looks a person up by identity number (in the body) and gets only its pseudonymous id, then replays its history', async () => {
    const { body } = await http(ctx).post('/subjects/lookup').set(auditor).send({ identityNumber: identityNumber('320583', '1980-05-17', '123') }).expect(200);
    expect(body).toEqual({ subjectId: personId });
    const history = await http(ctx).get(`/subjects/${personId}/history`).set(auditor).expect(200);
    expect(history.body.items[0]).toMatchObject({ type: 'SubjectRegistered' });
    expect(JSON.stringify(history.body)).not.toMatch(/欧阳|娜娜|320583198005/);
    await http(ctx).post('/subjects/lookup').set(auditor).send({ identityNumber: identityNumber('320583', '1990-01-01', '555') }).expect(404);
  });
});
