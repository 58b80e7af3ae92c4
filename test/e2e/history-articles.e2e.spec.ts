import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { SUBJECT_EVENT_CATALOGUE } from '../../domain/subject/events.js';
import { actor } from '../support/actors.js';
import { startTestApp } from '../support/test-app.js';
import { ORG, http, recordBreach, registerOrganisation, type TestApp } from './records-fixture.js';

const auditor = actor('auditor', 'auditor-1');
const catalogueArticles = (type: string) => SUBJECT_EVENT_CATALOGUE.find((spec) => spec.type === type)!.articles;

describe('each history entry names the articles its event type serves, from the event catalogue (real app, SQLite, manual clock)', () => {
  let ctx: TestApp;
  beforeAll(async () => {
    ctx = await startTestApp();
    await registerOrganisation(ctx, ORG);
    await recordBreach(ctx, ORG);
  });
  afterAll(async () => ctx.close());

  it('A9: a BreachRecorded entry of GET /subjects/{id}/history carries the catalogue\'s articles; A4: so does SubjectRegistered', async () => {
    const { body } = await http(ctx).get(`/subjects/${ORG}/history`).set(auditor).expect(200);
    const types = body.items.map((item: { type: string }) => item.type);
    expect(types).toEqual(['SubjectRegistered', 'BreachRecorded']);
    const breach = body.items.find((item: { type: string }) => item.type === 'BreachRecorded');
    expect(breach.articles).toEqual(catalogueArticles('BreachRecorded'));
    expect(breach.articles).toContain('A9');
    expect(body.items[0].articles).toEqual(catalogueArticles('SubjectRegistered'));
    expect(body.items[0].articles).toContain('A4');
  });
});
