/**
 * The results file (`bench/results/<date>.md`): the machine, the command line, every table of
 * every city size, the growth table (10k → 100k → 1M: which costs stay flat), the problems.
 */
import type { Machine } from './machine.js';
import { type GroupResult, markdownTable, type Table } from './results.js';
import { figure } from './stats.js';

export interface CitySection {
  readonly subjects: number;
  readonly summary: string;
  readonly groups: readonly GroupResult[];
}

export interface Report {
  readonly date: string;
  readonly command: string;
  readonly machine: Machine;
  readonly cities: readonly CitySection[];
  /** Measurements that do not depend on the city (fresh files): appends, the peer. */
  readonly standalone: readonly GroupResult[];
  readonly notes: readonly string[];
}

export function problemsOf(report: Report): string[] {
  return [...report.cities.flatMap((c) => c.groups.flatMap((g) => g.problems.map((p) => `${c.subjects.toLocaleString('en-US')} subjects: ${p}`))), ...report.standalone.flatMap((g) => g.problems)];
}

export function renderReport(report: Report): string {
  const m = report.machine;
  const lines = [
    `# credit-ledger bench — ${report.date}`,
    '',
    `Command: \`${report.command}\``,
    '',
    '## Machine',
    '',
    '| CPU | cores | memory | OS | node | disk free | load average at start (1/5/15 min) |',
    '|---|---|---|---|---|---|---|',
    `| ${m.cpu} | ${m.cores} | ${m.memoryGb} GiB | ${m.os} | ${m.node} | ${m.diskFreeGb} GiB | ${m.loadAverage} |`,
    '',
    'Figures are `median (min–max)` over the runs; each ratio is taken within one run (figure ÷ its baseline of that run), then summarised.',
    ...report.notes.map((n) => `\n${n}`),
  ];
  for (const city of report.cities) {
    lines.push('', `## City of ${city.subjects.toLocaleString('en-US')} subjects`, '', city.summary);
    for (const group of city.groups) for (const table of group.tables) lines.push('', markdownTable(table));
  }
  if (report.standalone.length > 0) {
    lines.push('', '## Independent of the city (fresh files)');
    for (const group of report.standalone) for (const table of group.tables) lines.push('', markdownTable(table));
  }
  if (report.cities.length > 1) lines.push('', growthTable(report.cities));
  const problems = problemsOf(report);
  lines.push('', '## Problems', '', problems.length === 0 ? 'None: every measurement produced a figure and every answer had the expected status.' : problems.map((p) => `- ${p}`).join('\n'));
  return `${lines.join('\n')}\n`;
}

/** One row per measured line, the median of its growth column per city size, and last ÷ first. */
function growthTable(cities: readonly CitySection[]): string {
  const header = ['measurement', ...cities.map((c) => c.subjects.toLocaleString('en-US')), `${cities.at(-1)!.subjects.toLocaleString('en-US')} ÷ ${cities[0]!.subjects.toLocaleString('en-US')}`];
  const rows = new Map<string, Array<number | undefined>>();
  cities.forEach((city, i) => {
    for (const table of city.groups.flatMap((g) => g.tables)) {
      const column = growthColumn(table);
      if (!column) continue;
      for (const row of table.rows) {
        const cell = row.cells[column.key];
        if (cell === undefined || typeof cell === 'string') continue;
        const key = `${row.label} — ${column.title}${column.unit ? ` (${column.unit})` : ''}`;
        const values = rows.get(key) ?? new Array<number | undefined>(cities.length).fill(undefined);
        values[i] = cell.median;
        rows.set(key, values);
      }
    }
  });
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const [key, values] of rows) {
    const first = values[0];
    const last = values.at(-1);
    const ratio = first !== undefined && last !== undefined && first !== 0 ? `${figure(last / first)}×` : '';
    lines.push(`| ${[key, ...values.map((v) => (v === undefined ? '' : figure(v))), ratio].join(' | ')} |`);
  }
  return ['## Growth (median of each run set; a cost that stays flat keeps a ratio near 1×)', '', ...lines].join('\n');
}

function growthColumn(table: Table): Table['columns'][number] | undefined {
  return table.growth === undefined ? undefined : table.columns.find((c) => c.key === table.growth);
}
