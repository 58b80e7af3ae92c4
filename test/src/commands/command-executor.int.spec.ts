import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import type { RecordAgencyStaff } from '../../../domain/agency/commands.js';
import { agencyDecider, agencyStreamName } from '../../../domain/agency/decider.js';
import { CommandExecutor } from '../../../src/commands/command-executor.js';
import { executeDeciderCommand } from '../../../src/commands/execute-decider-command.js';
import { domainEventSchemas } from '../../../src/event-store/domain-event-schemas.js';
import { WrongExpectedRevision } from '../../../src/event-store/errors.js';
import type { AppendRequest, EventStore } from '../../../src/event-store/event-store.port.js';
import { SqliteEventStore } from '../../../src/event-store/sqlite/sqlite-event-store.js';
import type { CommandHeaders } from '../../../src/http/command-headers.js';
import { ManualClock } from '../../support/clocks.js';
import { countingReads } from '../../support/counting-store.js';
import { testMetadata } from '../../support/metadata.js';

const AGENCY = 'AG-17';
const STREAM = agencyStreamName(AGENCY);
const creditOffice = { kind: 'credit-office', id: 'supervisor-1', department: null } as const;
/** A small budget (the app's is CONFLICT_BUDGET): attempts in all, not retries after the first. */
const ATTEMPTS = 3;
const BUDGET = { attempts: ATTEMPTS, totalMs: 60_000, baseMs: 1, capMs: 4 };

const staffJoined = (now: string, staffId: string): RecordAgencyStaff =>
  ({ type: 'RecordAgencyStaff', now, agencyId: AGENCY, staffId, role: '信用分析师', change: 'joined', on: '2026-03-01' });

/**
 * The real SQLite store, except that before some appends another writer appends to the same stream
 * first: the conflict the executor sees is the store's own WrongExpectedRevision, not a fake.
 */
function withConcurrentWriter(store: EventStore, interferesOnAttempt: (attempt: number) => boolean): { store: EventStore; attempts: () => number } {
  let attempts = 0;
  const append = async (request: AppendRequest) => {
    attempts += 1;
    if (interferesOnAttempt(attempts)) {
      await executeDeciderCommand({ store, decider: agencyDecider, stream: STREAM, command: staffJoined('2026-03-06T09:00:00+08:00', `staff-other-${attempts}`), metadata: testMetadata() });
    }
    return store.append(request);
  };
  const wrapped = new Proxy(store, {
    get: (target, property) => {
      if (property === 'append') return append;
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { store: wrapped, attempts: () => attempts };
}

describe('CommandExecutor: a concurrency conflict is retried a bounded number of times, unless the client pinned a revision (If-Match)', () => {
  let store: SqliteEventStore;
  const clock = ManualClock.at('2026-03-06T10:00:00+08:00');

  const run = (wrapped: EventStore, headers: CommandHeaders = {}) =>
    new CommandExecutor(wrapped, clock, undefined, BUDGET).run({
      decider: agencyDecider, stream: STREAM, build: (_, now) => staffJoined(now, 'staff-2026-0042'),
      actor: creditOffice, headers,
    });
  const staffIds = async () => (await store.readStream(STREAM)).filter((e) => e.type !== 'AgencyFiled').map((e) => e.data.staffId);

  beforeEach(async () => {
    store = new SqliteEventStore({ file: ':memory:', schemas: domainEventSchemas(), clock });
    await executeDeciderCommand({
      store, decider: agencyDecider, stream: STREAM, metadata: testMetadata(),
      command: { type: 'FileAgency', now: '2026-03-02T09:00:00+08:00', agencyId: AGENCY, name: '苏州示例信用评估有限公司', uscc: '91320583796541485R',
        filingAuthority: '苏州市社会信用体系建设领导小组办公室', level: 'city', filingNumber: '苏信备〔2025〕003号', filedOn: '2025-01-15' },
    });
  });
  afterEach(async () => store.close());

  it('without If-Match, a conflict on the first attempt is retried against the new revision and succeeds', async () => {
    const writer = withConcurrentWriter(store, (attempt) => attempt === 1);
    const result = await run(writer.store);
    expect(writer.attempts()).toBe(2);
    expect(result.revision).toBe(2);
    expect(result.events.map((e) => e.data.staffId)).toEqual(['staff-2026-0042']);
    expect(await staffIds()).toEqual(['staff-other-1', 'staff-2026-0042']);
  });

  it('a retry after a conflict loads the stream again and builds the command again from that state (its facts follow the log), one read of the stream per attempt', async () => {
    const writer = withConcurrentWriter(store, (attempt) => attempt === 1);
    const counted = countingReads(writer.store);
    const builtFrom: string[][] = [];
    const result = await new CommandExecutor(counted.store, clock, undefined, BUDGET).run({
      decider: agencyDecider, stream: STREAM, actor: creditOffice, headers: {},
      // A fact taken from the state: how many staff the agency already has names the new member.
      build: (state, now) => {
        const staff = state.status === 'filed' ? Object.keys(state.currentStaff) : [];
        builtFrom.push(staff);
        return staffJoined(now, `staff-no-${staff.length + 1}`);
      },
    });
    expect(writer.attempts()).toBe(2);
    expect(builtFrom).toEqual([[], ['staff-other-1']]);
    expect(counted.reads.filter((read) => read.stream === STREAM)).toHaveLength(2);
    expect(result.events.map((e) => e.data.staffId)).toEqual(['staff-no-2']);
    expect(result.events[0]!.metadata.commandType).toBe('RecordAgencyStaff');
    expect(await staffIds()).toEqual(['staff-other-1', 'staff-no-2']);
  });

  it('an idempotent retry answers from the log before anything is read or built', async () => {
    const writer = withConcurrentWriter(store, () => false);
    const headers: CommandHeaders = { idempotency: { key: 'credit-office:supervisor-1:staff-once', fingerprint: 'f-1' } };
    const first = await run(writer.store, headers);
    const counted = countingReads(writer.store);
    let built = 0;
    const replay = await new CommandExecutor(counted.store, clock, undefined, BUDGET).run({
      decider: agencyDecider, stream: STREAM, actor: creditOffice, headers,
      build: (_, now) => {
        built += 1;
        return staffJoined(now, 'staff-2026-0042');
      },
    });
    expect(replay).toMatchObject({ replayed: true, position: first.position });
    expect(built).toBe(0);
    expect(counted.reads).toHaveLength(0);
  });

  it('without If-Match, it gives up after the bound with WrongExpectedRevision, having appended nothing of its own', async () => {
    const writer = withConcurrentWriter(store, () => true);
    await expect(run(writer.store)).rejects.toBeInstanceOf(WrongExpectedRevision);
    expect(writer.attempts()).toBe(ATTEMPTS);
    expect(await staffIds()).toEqual(['staff-other-1', 'staff-other-2', 'staff-other-3']);
  });

  it('with If-Match, a conflict is the client\'s answer: never retried', async () => {
    const writer = withConcurrentWriter(store, (attempt) => attempt === 1);
    await expect(run(writer.store, { expectedRevision: 0 })).rejects.toMatchObject({ code: 'WRONG_EXPECTED_REVISION', expected: 0, actual: 1 });
    expect(writer.attempts()).toBe(1);
    expect(await staffIds()).toEqual(['staff-other-1']);
  });

  it('with If-Match and no conflict, it appends once at the pinned revision', async () => {
    const writer = withConcurrentWriter(store, () => false);
    expect((await run(writer.store, { expectedRevision: 0 })).revision).toBe(1);
    expect(writer.attempts()).toBe(1);
  });

  it('a refusal of the decider is not a conflict: not retried, nothing appended (A26: a staff member joins once)', async () => {
    const writer = withConcurrentWriter(store, () => false);
    await run(writer.store);
    await expect(run(writer.store)).rejects.toMatchObject({ code: 'AGENCY_STAFF_ALREADY_JOINED' });
    expect(writer.attempts()).toBe(1);
    expect(await staffIds()).toEqual(['staff-2026-0042']);
  });
});
