/**
 * What a group measured, as tables: each cell a spread over the runs (or a text), the baseline
 * and the ratio to it beside each figure. `Collector` gathers one value per run and cell.
 */
import { type Spread, formatSpread, spread } from './stats.js';

export interface Column {
  readonly key: string;
  readonly title: string;
  readonly unit?: string;
}

export interface Row {
  readonly label: string;
  readonly cells: Readonly<Record<string, Spread | string>>;
}

export interface Table {
  readonly id: string;
  readonly title: string;
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
  readonly note?: string;
  /** The column the growth table follows (10k → 100k → 1M). */
  readonly growth?: string;
}

export interface GroupResult {
  readonly tables: readonly Table[];
  /** Anything that did not produce a figure or answered with an unexpected status. */
  readonly problems: readonly string[];
}

export class Collector {
  private readonly rows = new Map<string, Map<string, number[] | string>>();

  add(label: string, column: string, value: number): void {
    const cells = this.row(label);
    const list = cells.get(column);
    if (Array.isArray(list)) list.push(value);
    else cells.set(column, [value]);
  }

  text(label: string, column: string, value: string): void {
    this.row(label).set(column, value);
  }

  /** The ratio of two columns of one row, per run (same-run pairs), as a percentage. */
  ratio(label: string, column: string, numerator: number, denominator: number): void {
    this.add(label, column, (numerator / denominator) * 100);
  }

  table(id: string, title: string, columns: readonly Column[], extra: { note?: string; growth?: string } = {}): Table {
    const rows: Row[] = [...this.rows.entries()].map(([label, cells]) => ({
      label,
      cells: Object.fromEntries([...cells.entries()].map(([key, value]) => [key, Array.isArray(value) ? spread(value) : value])),
    }));
    return { id, title, columns, rows, ...extra };
  }

  private row(label: string): Map<string, number[] | string> {
    let cells = this.rows.get(label);
    if (!cells) {
      cells = new Map();
      this.rows.set(label, cells);
    }
    return cells;
  }
}

export function cellText(cell: Spread | string | undefined, column: Column): string {
  if (cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  return formatSpread(cell, column.unit);
}

export function markdownTable(table: Table): string {
  const header = ['', ...table.columns.map((c) => c.title)];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const row of table.rows) lines.push(`| ${[row.label, ...table.columns.map((c) => cellText(row.cells[c.key], c))].join(' | ')} |`);
  return [`### ${table.title}`, '', ...lines, ...(table.note ? ['', table.note] : [])].join('\n');
}
