import type { FieldCondition, IndexedValue, ViewQuery } from '../view-store.port.js';
import { InvalidViewQuery } from '../errors.js';

type Param = string | number | null;

/** SQLite has no boolean: json_extract yields 1/0, so parameters are bound the same way. */
export function toParam(value: IndexedValue): Param {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value !== null && typeof value !== 'string' && typeof value !== 'number')
    throw new InvalidViewQuery('filter', 'VALUE_TYPE', 'filter values are strings, numbers, booleans or null');
  return value;
}

export function fieldExpression(field: string): string {
  return field === 'id' ? 'id' : `json_extract(doc, '$.${field}')`;
}

const OPERATORS = { eq: '=', ne: '!=', gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

function conditionSql(expr: string, condition: FieldCondition, params: Param[]): string[] {
  if (condition === null) return [`${expr} IS NULL`];
  if (typeof condition !== 'object') {
    params.push(toParam(condition));
    return [`${expr} = ?`];
  }
  const parts: string[] = [];
  for (const [op, value] of Object.entries(condition)) {
    if (op === 'in') {
      const list = value as readonly IndexedValue[];
      if (!Array.isArray(list) || list.length === 0) throw new InvalidViewQuery('filter', 'IN_LIST', '`in` takes a non-empty list');
      params.push(...list.map(toParam));
      parts.push(`${expr} IN (${list.map(() => '?').join(', ')})`);
    } else if (op in OPERATORS) {
      if (value === null && (op === 'eq' || op === 'ne')) parts.push(`${expr} IS ${op === 'ne' ? 'NOT ' : ''}NULL`);
      else {
        params.push(toParam(value as IndexedValue));
        parts.push(`${expr} ${OPERATORS[op as keyof typeof OPERATORS]} ?`);
      }
    } else throw new InvalidViewQuery('filter', 'OPERATOR', `unknown operator ${op}`);
  }
  return parts;
}

export function whereClause(filter: ViewQuery['filter'], params: Param[]): string[] {
  return Object.entries(filter ?? {}).flatMap(([field, condition]) => conditionSql(fieldExpression(field), condition, params));
}

/**
 * Keyset pagination after (value, id), matching SQLite's order: NULL first ascending, last
 * descending. The sort field's bound comes first (`expr >= v AND (expr > v OR id > ?)`), so the
 * cursor is a range on the index (field, id) and a deep page starts where the last one ended
 * instead of walking the pages before it. `nullsExcluded`: the filter already leaves NULL out, so
 * a descending page need not add the NULLs after the last value (which would defeat the range).
 */
export function afterCursorSql(expr: string, direction: 'asc' | 'desc', value: IndexedValue, id: string, params: Param[], nullsExcluded = false): string {
  if (expr === 'id') {
    params.push(id);
    return `id ${direction === 'asc' ? '>' : '<'} ?`;
  }
  if (direction === 'asc') {
    if (value === null) {
      params.push(id);
      return `(${expr} IS NOT NULL OR id > ?)`;
    }
    params.push(toParam(value), toParam(value), id);
    return `${expr} >= ? AND (${expr} > ? OR id > ?)`;
  }
  if (value === null) {
    params.push(id);
    return `(${expr} IS NULL AND id < ?)`;
  }
  params.push(toParam(value), toParam(value), id);
  const after = `${expr} <= ? AND (${expr} < ? OR id < ?)`;
  return nullsExcluded ? after : `((${after}) OR ${expr} IS NULL)`;
}
