/**
 * A test-only evaluator of the small part of MongoDB's query language the mapping emits
 * ($eq/$ne/$in/$nin/$gt/$gte/$lt/$lte/$and/$or, null matching missing, type bracketing, BSON
 * sort order for null < numbers < strings < objects < booleans). No server runs on this machine:
 * this lets the mapping tests check what a filter selects and how pages follow, not only its shape.
 */
type Doc = Record<string, unknown>;

function at(doc: Doc, path: string): unknown {
  let current: unknown = doc;
  for (const part of path.split('.')) current = current && typeof current === 'object' ? (current as Doc)[part] : undefined;
  return current;
}

const typeRank = (value: unknown): number =>
  value === null || value === undefined ? 0 : typeof value === 'number' ? 1 : typeof value === 'string' ? 2 : typeof value === 'object' ? 3 : 4;

export function compare(a: unknown, b: unknown): number {
  const ranks = typeRank(a) - typeRank(b);
  if (ranks !== 0) return ranks;
  if (typeRank(a) === 0) return 0;
  if (typeof a === 'object') return compare(JSON.stringify(a), JSON.stringify(b));
  return a === b ? 0 : (a as number) < (b as number) ? -1 : 1;
}

function equals(value: unknown, target: unknown): boolean {
  if (target === null) return value === null || value === undefined;
  return value !== undefined && value !== null && typeRank(value) === typeRank(target) && compare(value, target) === 0;
}

function operator(value: unknown, op: string, arg: unknown): boolean {
  const bracketed = (test: (c: number) => boolean) => value !== undefined && value !== null && typeRank(value) === typeRank(arg) && test(compare(value, arg));
  switch (op) {
    case '$eq': return equals(value, arg);
    case '$ne': return !equals(value, arg);
    case '$in': return (arg as unknown[]).some((item) => equals(value, item));
    case '$nin': return !(arg as unknown[]).some((item) => equals(value, item));
    case '$gt': return bracketed((c) => c > 0);
    case '$gte': return bracketed((c) => c >= 0);
    case '$lt': return bracketed((c) => c < 0);
    case '$lte': return bracketed((c) => c <= 0);
    case '$exists': return (value !== undefined) === arg;
    default: throw new Error(`mini-mongo: no ${op}`);
  }
}

const isOperatorDoc = (condition: unknown) =>
  condition !== null && typeof condition === 'object' && Object.keys(condition).length > 0 && Object.keys(condition).every((key) => key.startsWith('$'));

export function matches(doc: Doc, filter: Doc): boolean {
  return Object.entries(filter).every(([key, condition]) => {
    if (key === '$and') return (condition as Doc[]).every((part) => matches(doc, part));
    if (key === '$or') return (condition as Doc[]).some((part) => matches(doc, part));
    const value = at(doc, key);
    if (isOperatorDoc(condition)) return Object.entries(condition as Doc).every(([op, arg]) => operator(value, op, arg));
    return equals(value, condition);
  });
}

/** find(filter).sort(sort).limit(limit) over stored documents. */
export function query<T extends Doc>(docs: readonly T[], filter: Doc, sort: Record<string, 1 | -1>, limit = Infinity): T[] {
  const order = Object.entries(sort);
  return docs
    .filter((doc) => matches(doc, filter))
    .sort((a, b) => {
      for (const [path, direction] of order) {
        const c = compare(at(a, path), at(b, path));
        if (c !== 0) return c * direction;
      }
      return 0;
    })
    .slice(0, limit);
}
