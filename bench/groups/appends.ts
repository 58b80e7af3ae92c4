/**
 * Durable appends through the store port at 1 and 64 writers, beside raw better-sqlite3 in the
 * same run: 1 row per FULL transaction (the floor for one writer) and 100 rows per FULL
 * transaction (the ceiling group commit aims at). Issue 13: the same appends without the Merkle
 * tree (`merkleTree: false`) beside them, in the other order every other run so drift hits both,
 * and the ratio with ÷ without. Each measurement in its own process and file.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runChild } from '../lib/child.js';
import { Collector, type GroupResult } from '../lib/results.js';
import type { AppendResultFigures } from './appends-child.js';
import type { GroupContext } from './context.js';

const CHILD = new URL('./appends-child.js', import.meta.url);

export function appendChild(ctx: GroupContext, name: string, args: readonly string[]): Promise<AppendResultFigures> {
  const dir = join(ctx.workDir, `appends-${name}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const [mode, ...rest] = args;
  return runChild<AppendResultFigures>(CHILD, [mode!, dir, ...rest]).finally(() => rmSync(dir, { recursive: true, force: true }));
}

/** The store's appends with the tree and without it (`merkleTree: false`), the order swapped every other run. */
async function withAndWithoutTree(ctx: GroupContext, run: number, name: string, args: readonly string[]): Promise<[AppendResultFigures, AppendResultFigures]> {
  const measure = (tree: boolean) => appendChild(ctx, tree ? name : `${name}-no-tree`, [...args, tree ? 'tree' : 'no-tree']);
  if (run % 2 === 1) {
    const withTree = await measure(true);
    return [withTree, await measure(false)];
  }
  const withoutTree = await measure(false);
  return [await measure(true), withoutTree];
}

export async function appends(ctx: GroupContext): Promise<GroupResult> {
  const collector = new Collector();
  const problems: string[] = [];
  const one = ctx.settings.appends;
  const many = one * 10;
  for (let run = 1; run <= ctx.settings.runs; run++) {
    process.stderr.write(`  appends run ${run}/${ctx.settings.runs}\n`);
    const raw1 = await appendChild(ctx, 'raw1', ['raw1', String(one)]);
    const [port1, port1NoTree] = await withAndWithoutTree(ctx, run, 'port1', ['port', '1', String(one)]);
    const raw100 = await appendChild(ctx, 'raw100', ['raw100', String(many)]);
    const [port64, port64NoTree] = await withAndWithoutTree(ctx, run, 'port64', ['port', '64', String(many)]);
    const row = (label: string, ours: AppendResultFigures, noTree: AppendResultFigures, base: AppendResultFigures, baseName: string) => {
      collector.add(label, 'rate', ours.rate);
      collector.add(label, 'noTreeRate', noTree.rate);
      collector.ratio(label, 'treeRatio', ours.rate, noTree.rate);
      collector.text(label, 'baseline', baseName);
      collector.add(label, 'baseRate', base.rate);
      collector.ratio(label, 'ratio', ours.rate, base.rate);
      if (ours.failed + noTree.failed > 0) problems.push(`${label}: ${ours.failed} appends failed with the tree, ${noTree.failed} without`);
    };
    row('store port, 1 writer', port1, port1NoTree, raw1, 'raw, 1 row per FULL transaction');
    row('store port, 64 writers (group commit)', port64, port64NoTree, raw100, 'raw, 100 rows per FULL transaction');
  }
  return {
    problems,
    tables: [collector.table('appends', 'Durable appends (synchronous=FULL, ≈ 350-byte payloads, each in its own process and file)', [
      { key: 'rate', title: 'appends/s' },
      { key: 'noTreeRate', title: 'without the Merkle tree, appends/s' },
      { key: 'treeRatio', title: 'with ÷ without the tree', unit: '%' },
      { key: 'baseline', title: 'baseline' },
      { key: 'baseRate', title: 'baseline rows/s' },
      { key: 'ratio', title: 'ratio', unit: '%' },
    ], { growth: 'rate', note: `${one.toLocaleString('en-US')} appends at 1 writer, ${many.toLocaleString('en-US')} at 64 writers. "Without the Merkle tree": the same store with \`merkleTree: false\` (issue 13's baseline), measured next to it in the same run, first on even runs and second on odd ones.` })],
  };
}
