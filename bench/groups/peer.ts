/**
 * The peer: Emmett-sqlite 0.38.5 (the TypeScript event store on SQLite), installed on demand in
 * bench/peer/ (its own package.json and lock file, never a dependency of the service). Appends at
 * 1, 8 and 64 concurrent writers beside ours at the same writers, with its errors counted by code
 * (the library's own logging is dropped). A failing peer never fails the bench.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Collector, type GroupResult } from '../lib/results.js';
import { appendChild } from './appends.js';
import type { GroupContext } from './context.js';

/** bench/peer in the source tree (dist/bench/groups → the repository root is three levels up). */
export const PEER_DIR = new URL('../../../bench/peer/', import.meta.url).pathname;
const WRITERS = [1, 8, 64];

interface PeerResult {
  readonly writers: number;
  readonly attempted: number;
  readonly ok: number;
  readonly seconds: number;
  readonly rate: number;
  readonly errors: Readonly<Record<string, number>>;
}

/** `npm --prefix bench/peer ci` when its node_modules is missing (sqlite3 may compile from source). */
export function ensurePeerInstalled(): string | null {
  if (existsSync(join(PEER_DIR, 'node_modules', '@event-driven-io', 'emmett-sqlite'))) return null;
  process.stderr.write('  installing the peer (npm --prefix bench/peer ci)…\n');
  const result = spawnSync('npm', ['--prefix', PEER_DIR, 'ci', '--no-audit', '--no-fund'], { stdio: ['ignore', 'inherit', 'inherit'] });
  return result.status === 0 ? null : `peer: npm ci in bench/peer failed (${result.status ?? result.signal})`;
}

function runPeer(file: string, writers: number, count: number, maxSeconds: number): Promise<PeerResult | string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['append.mjs', file, String(writers), String(count), String(maxSeconds)], { cwd: PEER_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (err = (err + chunk.toString('utf8')).slice(-2000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), (maxSeconds + 60) * 1000);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      resolve(line ? (JSON.parse(line.slice(7)) as PeerResult) : `ended (${signal ?? code}) without a result: ${err.split('\n').filter(Boolean).slice(-3).join(' / ')}`);
    });
  });
}

export async function peer(ctx: GroupContext): Promise<GroupResult> {
  const installProblem = ensurePeerInstalled();
  if (installProblem) return { tables: [], problems: [installProblem] };
  const collector = new Collector();
  const problems: string[] = [];
  const dir = join(ctx.workDir, 'peer');
  const count = ctx.settings.appends;
  const maxSeconds = Math.max(5, Math.min(60, count / 50));
  for (let run = 1; run <= ctx.settings.runs; run++) {
    for (const writers of WRITERS) {
      process.stderr.write(`  peer run ${run}/${ctx.settings.runs}: Emmett-sqlite, ${writers} writer(s)\n`);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      const theirs = await runPeer(join(dir, 'emmett.sqlite'), writers, count, maxSeconds);
      const ours = await appendChild(ctx, `peer-ours-${writers}`, ['port', String(writers), String(count)]);
      const label = `${writers} writer${writers === 1 ? '' : 's'}`;
      collector.add(label, 'ours', ours.rate);
      if (typeof theirs === 'string') {
        collector.text(label, 'errors', theirs);
        continue;
      }
      collector.add(label, 'rate', theirs.rate);
      collector.text(label, 'done', `${theirs.ok}/${theirs.attempted}`);
      const errors = Object.entries(theirs.errors).map(([code, n]) => `${code} ×${n}`).join('; ');
      collector.text(label, 'errors', errors || 'none');
      if (theirs.rate > 0) collector.add(label, 'ratio', ours.rate / theirs.rate);
    }
  }
  rmSync(dir, { recursive: true, force: true });
  return {
    problems,
    tables: [collector.table('peer', `Peer: Emmett-sqlite 0.38.5 appends (one event per append, awaited; ${count.toLocaleString('en-US')} appends or ${maxSeconds} s per measurement)`, [
      { key: 'rate', title: 'Emmett appends/s' },
      { key: 'done', title: 'succeeded/tried (last run)' },
      { key: 'errors', title: 'Emmett errors (last run)' },
      { key: 'ours', title: 'ours (store port) appends/s' },
      { key: 'ratio', title: 'ours ÷ Emmett', unit: '×' },
    ])],
  };
}
