/**
 * `npm run test:soak` (not part of `npm test`): the real service (`node dist/src/main.js`, both of
 * its threads on) killed with SIGKILL ≥ 20 times while several clients post commands, restarted
 * each time. Then: every acknowledged (2xx) event is in the log at the position it was answered
 * with, positions and stream revisions have no gap (no half-written record), the hash chain
 * verifies (the CLI's `verify`), SQLite's integrity check passes, and the projections catch up to
 * the head. Prints a summary; exit 0 when every check holds. SOAK_KILLS / SOAK_CLIENTS adjust it.
 */
import BetterSqlite3 from 'better-sqlite3';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { demoUscc } from '../../src/demo/identifiers.js';
import { Prng } from '../../src/demo/prng.js';
import { TEST_JWT_SECRET, actor } from '../support/actors.js';
import { exited, killHard, runService, runTs, waitForOutput } from '../support/child-process.js';
import { tempDir } from '../support/temp-dir.js';

const KILLS = Number(process.env.SOAK_KILLS ?? 20);
const CLIENTS = Number(process.env.SOAK_CLIENTS ?? 6);
const PORT = 33000 + (process.pid % 1000);
const BASE = `http://127.0.0.1:${PORT}`;
const OFFICER = actor('department', 'officer-soak', 'ks-drc');
const rng = new Prng(20261206);
const dir = tempDir('credit-ledger-soak-');
const dataDir = join(dir.path, 'data');

interface Acknowledged { readonly eventId: string; readonly position: number; readonly stream: string }
const acknowledged: Acknowledged[] = [];
const tally = { sent: 0, ok: 0, refused4xx: 0, failed5xx: 0, cutOff: 0 };
const fiveHundreds: string[] = [];
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function start(): ChildProcess {
  return runService({ DATA_DIR: dataDir, PORT: String(PORT), HOST: '127.0.0.1', JWT_SECRET: TEST_JWT_SECRET });
}

/** One client: registers organisations one after another until told to stop; a kill cuts its request off. */
async function client(n: number, running: () => boolean): Promise<void> {
  for (let i = 0; running(); i += 1) {
    const body = { kind: 'organisation', uscc: demoUscc(rng), name: `昆山压力测试企业${n}-${i}有限公司` };
    tally.sent += 1;
    try {
      const response = await fetch(`${BASE}/subjects`, { method: 'POST', headers: { ...OFFICER, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      const answer = (await response.json()) as { stream: string; events: Array<{ eventId: string; position: number }>; code?: string };
      if (response.status >= 500) {
        tally.failed5xx += 1;
        fiveHundreds.push(`${response.status} ${answer.code}`);
      } else if (response.status >= 400) tally.refused4xx += 1;
      else {
        tally.ok += 1;
        for (const event of answer.events) acknowledged.push({ eventId: event.eventId, position: event.position, stream: answer.stream });
      }
    } catch {
      tally.cutOff += 1; // the connection died with the process: not acknowledged, so it may or may not be in the log
      return;
    }
  }
}

async function cycle(k: number): Promise<void> {
  const child = start();
  await waitForOutput(child, (out) => out.includes('credit-ledger listening'), 60_000);
  let running = true;
  const clients = Array.from({ length: CLIENTS }, (_, n) => client(n, () => running));
  await pause(300 + ((k * 137) % 700)); // a different moment of the write load each time
  await killHard(child);
  running = false;
  await Promise.all(clients);
}

interface Ready { readonly status: string; readonly log: { head: number }; readonly projections: ReadonlyArray<{ checkpoint: number; lag: number }> }

async function caughtUp(): Promise<{ head: number; positions: number[]; code: number | null }> {
  const child = start();
  const stopped = exited(child);
  await waitForOutput(child, (out) => out.includes('credit-ledger listening'), 60_000);
  let ready = null as Ready | null;
  for (let i = 0; i < 600; i += 1) {
    const response = await fetch(`${BASE}/health/ready`);
    ready = (await response.json()) as Ready;
    if (response.status === 200 && ready.projections.every((p) => p.lag === 0)) break;
    await pause(200);
  }
  child.kill('SIGTERM');
  const { code } = await stopped;
  return { head: ready!.log.head, positions: ready!.projections.map((p) => p.checkpoint), code };
}

function checkLog(): { head: number; missing: Acknowledged[]; positionGaps: number; revisionGaps: number; integrity: string[] } {
  const db = new BetterSqlite3(join(dataDir, 'events.sqlite'), { readonly: true });
  try {
    const head = (db.prepare('SELECT max(position) AS head, count(*) AS n FROM events').get() as { head: number; n: number });
    const at = db.prepare('SELECT event_id AS eventId, stream FROM events WHERE position = ?');
    const missing = acknowledged.filter((a) => {
      const row = at.get(a.position) as { eventId: string; stream: string } | undefined;
      return row?.eventId !== a.eventId || row.stream !== a.stream;
    });
    const revisionGaps = (db.prepare(`SELECT count(*) AS n FROM (SELECT stream, count(*) AS events, max(revision) AS last FROM events GROUP BY stream)
      WHERE events != last + 1`).get() as { n: number }).n;
    const integrity = ['events.sqlite', 'views.sqlite', 'personal-data.sqlite'].map((file) => {
      const check = new BetterSqlite3(join(dataDir, file), { readonly: true });
      try {
        return `${file}: ${String(check.pragma('integrity_check', { simple: true }))}`;
      } finally {
        check.close();
      }
    });
    return { head: head.head, missing, positionGaps: head.head - head.n, revisionGaps, integrity };
  } finally {
    db.close();
  }
}

async function main(): Promise<number> {
  const began = Date.now();
  console.log(`soak: ${KILLS} kill -9s of node dist/src/main.js under ${CLIENTS} concurrent writers, data in ${dataDir}`);
  for (let k = 1; k <= KILLS; k += 1) {
    await cycle(k);
    process.stdout.write(`  kill ${k}/${KILLS}: ${tally.ok} acknowledged so far\n`);
  }
  const views = await caughtUp();
  const log = checkLog();
  const verify = await exited(runTs('src/cli/main.ts', ['verify'], { DATA_DIR: dataDir }));
  const checks: Array<[string, boolean]> = [
    [`every acknowledged event is in the log at its position (${acknowledged.length} acknowledged, ${log.missing.length} missing)`, log.missing.length === 0 && acknowledged.length > 0],
    [`no 5xx answer (${tally.failed5xx}${fiveHundreds.length > 0 ? `: ${[...new Set(fiveHundreds)].join(', ')}` : ''})`, tally.failed5xx === 0],
    [`positions 1..${log.head} without a gap, every stream's revisions without a gap (${log.positionGaps} / ${log.revisionGaps})`, log.positionGaps === 0 && log.revisionGaps === 0],
    [`hash chain verifies (npm run cli -- verify: exit ${verify.code})`, verify.code === 0],
    [`SQLite integrity (${log.integrity.join('; ')})`, log.integrity.every((line) => line.endsWith(': ok'))],
    [`projections caught up with the head ${views.head} (checkpoints ${[...new Set(views.positions)].join(', ')})`, views.head === log.head && views.positions.every((p) => p === log.head)],
    [`a final SIGTERM stops it with exit 0 (${views.code})`, views.code === 0],
  ];
  console.log(`\nsoak summary after ${KILLS} kills in ${Math.round((Date.now() - began) / 1000)} s: ${tally.sent} commands sent, ${tally.ok} acknowledged, `
    + `${tally.refused4xx} refused (4xx), ${tally.cutOff} cut off by a kill, log head ${log.head}`);
  for (const [what, ok] of checks) console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (verify.code !== 0) console.log(verify.stdout, verify.stderr);
  const passed = checks.every(([, ok]) => ok);
  if (passed) dir.remove();
  else console.log(`data kept for inspection: ${dataDir}`);
  return passed ? 0 : 1;
}

process.exitCode = await main();
