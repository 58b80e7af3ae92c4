import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { ALL_PROJECTIONS } from '../../projections/index.js';
import { domainEventSchemas } from '../../src/event-store/domain-event-schemas.js';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store.js';
import { ProjectionRunner } from '../../src/projections/projection-runner.js';
import { SqliteViewStore } from '../../src/view-store/sqlite/sqlite-view-store.js';
import { demoUscc } from '../../src/demo/identifiers.js';
import { Prng } from '../../src/demo/prng.js';
import { actor } from '../support/actors.js';
import { buildService, killHard } from '../support/child-process.js';
import { call, startInstance, stopInstance, viewsSnapshot, type Instance } from '../support/service-instances.js';
import { tempDir } from '../support/temp-dir.js';

const OFFICER = actor('department', 'officer-7', 'ks-drc');
const SUPERVISOR = actor('credit-office', 'supervisor-1');
/** Organisations added straight into the log while no instance runs: a catch-up long enough to be killed in the middle of. */
const BULK = 1000;
/** Organisations registered over HTTP before the kill (24 more after it). */
const ONLINE = 90;
/** Short leases, so a takeover after kill -9 comes within seconds. */
const LEASES = { LEASE_TTL_MS: '3000', LEASE_RENEW_MS: '300' };

/** Fixed test organisations: distinct valid Kunshan enterprise USCCs from a seeded generator. */
const USCCS = (() => {
  const rng = new Prng(14);
  const found = new Set<string>();
  while (found.size < ONLINE + 24 + BULK) found.add(demoUscc(rng));
  return [...found];
})();
const uscc = (n: number): string => USCCS[n]!;

type Ready = { projections: Array<{ name: string; state: string; checkpoint: number; lag: number; holder: string | null; here: boolean }>; leases: Array<{ name: string; holder: string }>; log: { head: number } };
const ready = async (instance: Instance) => (await call(instance, 'GET', '/health/ready', {})).body as unknown as Ready;

async function until<T>(probe: () => Promise<T | null | undefined | false>, what: string, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`never: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Registers organisations from..to-1, each through one instance and read back (X-Min-Position) through the next. */
async function registerRoundRobin(instances: readonly Instance[], from: number, to: number): Promise<number> {
  let head = 0;
  const one = async (n: number) => {
    const writer = instances[n % instances.length]!;
    const reader = instances[(n + 1) % instances.length]!;
    const written = await call(writer, 'POST', '/subjects', OFFICER, { kind: 'organisation', uscc: uscc(n), name: `昆山测试企业${n}有限公司` });
    expect(written.status).toBe(201);
    head = Math.max(head, Number(written.body.position));
    const read = await call(reader, 'GET', `/subjects/${uscc(n)}/status`, { ...SUPERVISOR, 'X-Min-Position': String(written.body.position) });
    expect({ n, status: read.status }).toEqual({ n, status: 200 });
  };
  for (let n = from; n < to; n += 6) await Promise.all(Array.from({ length: Math.min(6, to - n) }, (_, k) => one(n + k)));
  return head;
}

/**
 * Registrations like the first one the instances wrote, one per new organisation (its USCC put in
 * place of the original's), appended straight to the log file; returns the new head.
 */
async function addOrganisationsOffline(file: string, from: number, count: number): Promise<number> {
  const log = new SqliteEventStore({ file, schemas: domainEventSchemas(), synchronous: 'NORMAL', writerThread: false });
  const [model] = (await log.readAll(0, 1000)).filter((event) => event.type === 'SubjectRegistered' && JSON.stringify(event).includes(uscc(0)));
  const { commandId: _c, correlationId: _r, causationId: _a, actor, commandType } = model!.metadata;
  const appends = [];
  for (let n = from; n < from + count; n += 1) {
    const swap = <T>(value: T): T => JSON.parse(JSON.stringify(value).replaceAll(uscc(0), uscc(n))) as T;
    appends.push(log.append({
      stream: swap(model!.stream), expected: 'no_stream', events: [{ type: model!.type, data: swap(model!.data) }],
      metadata: { commandId: `bulk-${n}`, correlationId: `bulk-${n}`, causationId: null, actor, commandType },
    }));
  }
  await Promise.all(appends);
  const head = await log.headPosition();
  await log.close();
  return head;
}

/**
 * Issue 14: several real service processes on one DATA_DIR (INSTANCES=shared), leases deciding which
 * one projects. Commands go to every instance; a read with X-Min-Position on an instance that does not
 * run the projections sees the write; kill -9 of the holder in the middle of a catch-up hands the
 * projections to another instance, and the views end equal to a clean rebuild from the log.
 */
describe('several service processes on one DATA_DIR (INSTANCES=shared, issue 14)', () => {
  const dir = tempDir();
  const running: Instance[] = [];
  beforeAll(() => buildService(), 120_000);
  afterAll(async () => {
    for (const instance of running) if (instance.child.exitCode === null && instance.child.signalCode === null) await killHard(instance.child).catch(() => undefined);
    dir.remove();
  });

  it('serves commands on every instance, reads its writes on a non-holder, and survives kill -9 of the holder mid-catch-up with views equal to a clean rebuild', async () => {
    // 1. Three instances; the first one started holds every projection's lease.
    const first = await startInstance('inst-1', dir.path, LEASES);
    running.push(first);
    for (const id of ['inst-2', 'inst-3']) running.push(await startInstance(id, dir.path, LEASES));
    const second = running[1]!;
    const standby = await ready(second);
    expect(standby.projections.every((p) => p.holder === 'inst-1' && !p.here && p.state === 'standby')).toBe(true);
    expect(standby.leases.filter((lease) => lease.name === 'ledger-head-signer').map((lease) => lease.holder)).toHaveLength(1);

    // 2. Appends through all three processes, each read back through another (two of which do not project).
    await registerRoundRobin(running, 0, ONLINE);
    for (const instance of running) await stopInstance(instance);
    running.length = 0;
    const head = await addOrganisationsOffline(join(dir.path, 'events.sqlite'), ONLINE + 24, BULK);

    // 3. The views are thrown away: a restarted holder catches up from position 0, one event per batch.
    for (const suffix of ['', '-wal', '-shm']) rmSync(join(dir.path, `views.sqlite${suffix}`), { force: true });
    const slow = { ...LEASES, PROJECTION_BATCH_SIZE: '1' };
    const holder = await startInstance('inst-1', dir.path, slow);
    running.push(holder);
    // The other two start meanwhile (standing by, or taking the leases over once they expire).
    const starting = Promise.all(['inst-2', 'inst-3'].map((id) => startInstance(id, dir.path, slow)));
    const views = join(dir.path, 'views.sqlite');
    const checkpoints = () => {
      const db = new BetterSqlite3(views, { readonly: true, fileMustExist: true });
      try {
        return db.prepare("SELECT position FROM view_checkpoints WHERE name LIKE '%@g%'").pluck().all() as number[];
      } finally {
        db.close();
      }
    };
    await until(async () => checkpoints().some((position) => position > 0), 'the holder has started catching up');
    await killHard(holder.child);
    const atKill = checkpoints();
    expect(Math.min(...atKill)).toBeLessThan(head);
    const others = await starting;
    running.push(...others);

    // 4. Another instance takes the leases over once they expire, and finishes the catch-up.
    const survivor = others[0]!;
    const caughtUp = await until(async () => {
      const state = await ready(survivor);
      return state.projections.every((p) => p.lag === 0 && p.holder !== null && p.holder !== 'inst-1') && state;
    }, 'another instance holds every projection and has caught up');
    expect(new Set(caughtUp.projections.map((p) => p.holder)).size).toBeGreaterThanOrEqual(1);

    // 5. More writes on both survivors, read back on the other one (one of them does not run everything).
    const nonHolder = others.find((instance) => caughtUp.projections.some((p) => p.holder !== instance.id))!;
    const last = await registerRoundRobin([nonHolder, ...others.filter((o) => o !== nonHolder)], ONLINE, ONLINE + 24);
    for (const instance of others) await stopInstance(instance);

    // 6. The views equal a clean rebuild from the log.
    const log = new SqliteEventStore({ file: join(dir.path, 'events.sqlite'), schemas: domainEventSchemas() });
    expect(await log.headPosition()).toBeGreaterThanOrEqual(last);
    const cleanDir = tempDir();
    const clean = new SqliteViewStore(join(cleanDir.path, 'views.sqlite'));
    const rebuild = new ProjectionRunner(log, clean, ALL_PROJECTIONS, { batchSize: 500 });
    await rebuild.start();
    expect(await rebuild.waitFor(await log.headPosition(), 60_000)).toBe(true);
    await rebuild.stop();
    const shared = new SqliteViewStore(views);
    expect(await viewsSnapshot(shared)).toEqual(await viewsSnapshot(clean));
    await shared.close();
    await clean.close();
    await log.close();
    cleanDir.remove();
  }, 240_000);
});
