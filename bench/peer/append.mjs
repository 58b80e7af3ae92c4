// The peer's append measurement (run by bench/groups/peer.ts from this folder, so its own
// node_modules resolve): `node append.mjs <file> <writers> <count> <maxSeconds>`; each writer
// appends one event at a time to its own stream with Emmett-sqlite's appendToStream, awaiting
// each append, until `count` appends were tried or `maxSeconds` passed.
// Prints `RESULT {json}`: appends that succeeded, their rate, and every error by its code.
import { getSQLiteEventStore } from '@event-driven-io/emmett-sqlite';

const [file, writersText, countText, maxSecondsText] = process.argv.slice(2);
const writers = Number(writersText);
const count = Number(countText);
const deadline = performance.now() + Number(maxSecondsText) * 1000;
const store = getSQLiteEventStore({ fileName: file, schema: { autoMigration: 'CreateOrUpdate' } });
const data = (n) => ({
  basisDocument: `昆市监罚〔2026〕${n % 460}号`, breachClass: 'general', breachId: `0194818a-b9e0-7acb-9743-${String(n).padStart(12, '0')}`, commitmentId: null,
  decisionDate: '2026-01-17', departmentId: 'ks-market', disclosedThrough: '2026-07-17', disclosureMonths: 6, recordedAt: '2026-01-20T10:29:00+08:00',
  repairPossibleFrom: '2026-04-18', subjectMinorOnDecision: false, summary: '产品质量抽检不合格且拒不整改',
});

const errors = {};
let ok = 0;
let next = 0;
const started = performance.now();
// A rejected promise the library leaves unhandled must not end the measurement.
process.on('unhandledRejection', (error) => {
  const code = error?.code ?? error?.name ?? 'unhandledRejection';
  errors[code] = (errors[code] ?? 0) + 1;
});
await Promise.all(Array.from({ length: writers }, async (_, w) => {
  while (next < count && performance.now() < deadline) {
    const n = next++;
    try {
      await store.appendToStream(`subject-BENCH${w}`, [{ type: 'BreachRecorded', data: data(n) }]);
      ok += 1;
    } catch (error) {
      const code = error?.code ?? error?.name ?? 'Error';
      const message = String(error?.message ?? error);
      const key = (message.startsWith(code) ? message : `${code}: ${message}`).slice(0, 80);
      errors[key] = (errors[key] ?? 0) + 1;
    }
  }
}));
const seconds = (performance.now() - started) / 1000;
process.stdout.write(`RESULT ${JSON.stringify({ writers, attempted: next, ok, seconds, rate: ok / seconds, errors })}\n`);
process.exit(0);
